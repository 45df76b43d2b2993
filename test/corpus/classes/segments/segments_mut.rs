use url::Url;

pub fn links_url(base: &Url, group_id: &str) -> Url {
    let mut url = base.clone();
    url.path_segments_mut()
        .expect("base")
        .push("groups")
        .push(group_id)
        .push("privateEndpoint");
    url
}

pub fn link_url(base: &Url, group_id: &str, link_id: &str) -> Url {
    let mut url = base.clone();
    url.path_segments_mut().unwrap().push("groups").push(group_id).push("privateEndpoint").push(link_id);
    url
}

pub fn service_url(base: &Url, group_id: &str, cloud: &str) -> Url {
    let mut url = base.clone();
    url.path_segments_mut().unwrap().push("groups").push(group_id).push("privateEndpoint").push(cloud).push("endpointService");
    url
}
