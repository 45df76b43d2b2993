param([string]$GroupId)

$api = "https://cloud.mongodb.com/api/atlas/v1.0/groups/$GroupId"
$v2 = "https://cloud.mongodb.com/api/atlas/v2/groups/$GroupId"

$links = Invoke-RestMethod -Uri "$api/privateEndpoint" -Method Get
foreach ($link in $links) {
    Invoke-RestMethod -Uri ("$api/privateEndpoint/" + $link.id + "/interfaceEndpoints") -Method Get
}

$services = Invoke-RestMethod -Uri "$v2/privateEndpoint/AWS/endpointService" -Method Get
$provider = "AZURE"
$azure = Invoke-RestMethod -Uri ("$v2/privateEndpoint/" + $provider + "/endpointService") -Method Get
