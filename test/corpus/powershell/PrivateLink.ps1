param(
    [Parameter(Mandatory)] [string] $GroupId,
    [string] $Region = 'us-east-1'
)

$cred = Get-Credential -Message 'Atlas API key (public key as user name)'
$base = 'https://cloud.mongodb.com/api/atlas/v1.0'

Invoke-RestMethod -Method Get -Uri "$base/groups/$GroupId/privateEndpoint" -Credential $cred

Invoke-RestMethod -Method Post -Credential $cred -ContentType 'application/json' `
    -Uri "$base/groups/$($GroupId)/privateEndpoint" `
    -Body (@{ providerName = 'AWS'; region = $Region } | ConvertTo-Json)

Invoke-RestMethod -Method Get -Uri "$base/groups/$GroupId/privateEndpoint/AWS/endpointService" -Credential $cred
