API_V2 = "https://cloud.mongodb.com/api/atlas/v2"
url = API_V2 + "/groups/" + group_id + "/privateEndpoint"
base = f"{API}/groups/{group_id}/privateEndpoint"
services = f"{base}/{cloud_provider}/endpointService"
regional = requests.get(f"{API}/groups/{group_id}/privateEndpoint/regionalMode")
