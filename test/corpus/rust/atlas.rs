use reqwest::Client;

const BASE: &str = "https://cloud.mongodb.com/api/atlas/v1.0";

pub async fn list_connections(client: &Client, group_id: &str) -> reqwest::Result<String> {
    client
        .get(format!("{}/groups/{}/privateEndpoint", BASE, group_id))
        .send()
        .await?
        .text()
        .await
}

pub async fn create_connection(client: &Client, group_id: &str, region: &str) -> reqwest::Result<String> {
    client
        .post(format!("{BASE}/groups/{group_id}/privateEndpoint"))
        .json(&serde_json::json!({ "providerName": "AWS", "region": region }))
        .send()
        .await?
        .text()
        .await
}

pub fn endpoint_service_url(group_id: &str, cloud_provider: &str) -> String {
    format!("{BASE}/groups/{group_id}/privateEndpoint/{cloud_provider}/endpointService")
}
