const LINKS: &str = "/privateEndpoint";
const SERVICES: &str = "/privateEndpoint";

pub fn link_url(base: &str, id: &str) -> String {
    format!("{base}{LINKS}/{id}")
}

pub fn service_url(base: &str, cloud: &str) -> String {
    format!("{base}{SERVICES}/{cloud}/endpointService")
}
