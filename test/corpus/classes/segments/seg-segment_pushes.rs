use url::Url;

fn interface_url(base: &Url, group: &str, link: &str) -> Url {
    let mut url = base.clone();
    url.path_segments_mut()
        .unwrap()
        .extend(&["groups", group, "privateEndpoint"])
        .push(link)
        .push("interfaceEndpoints");
    url
}

fn service_url(base: &Url, group: &str, provider: &str) -> Url {
    let mut url = base.clone();
    url.path_segments_mut()
        .unwrap()
        .extend(&["groups", group, "privateEndpoint"])
        .push(provider)
        .push("endpointService");
    url
}
