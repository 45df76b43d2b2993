from azure.mgmt.network import NetworkManagementClient

pe = network_client.private_endpoints.begin_create_or_update(rg, "privateEndpoint", params)
url = f"https://management.azure.com/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Network/privateEndpoints/{name}"
resp = requests.get(f"{ARM}/providers/Microsoft.Network/privateEndpoint/{name}")
path = "/".join(["subscriptions", sub, "privateEndpoint", name])
legacy = base + "/subscriptions/" + sub + "/privateEndpoint/" + name
