fn paths(base: &str, group_id: &str, id: &str) {
    let p = PathBuf::from(base).join("groups").join(group_id).join("privateEndpoint");
    let q = vec![API, "groups", group_id, "privateEndpoint"].join("/");
    let r = format!("{}/{}", base, ["groups", group_id, "privateEndpoint", id].join("/"));
    let s = PathBuf::from(base).join("groups").join(group_id).join("privateEndpoint").join(provider).join("endpointService");
}
