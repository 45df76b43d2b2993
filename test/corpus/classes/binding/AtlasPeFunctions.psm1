#Requires -Version 7.0
# Private endpoint helpers for the platform team's runbooks.

$script:AtlasApi = 'https://cloud.mongodb.com/api/atlas/v1.0'

function Get-AtlasHeaders {
    @{ Accept = 'application/json'; Authorization = "Bearer $env:ATLAS_TOKEN" }
}

function Get-AtlasPeBase {
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)][string]$GroupId)
    "$AtlasApi/groups/$GroupId/privateEndpoint"
}

function Get-AtlasServiceBase([string]$GroupId, [string]$Provider) {
    return "$AtlasApi/groups/$GroupId/privateEndpoint/$Provider/endpointService"
}

function Get-AtlasPrivateLink {
    param([string]$GroupId, [string]$PrivateLinkId)
    Invoke-RestMethod -Method Get -Uri "$(Get-AtlasPeBase -GroupId $GroupId)/$PrivateLinkId" -Headers (Get-AtlasHeaders)
}

function Remove-AtlasPrivateLink {
    param([string]$GroupId, [string]$PrivateLinkId)
    Invoke-RestMethod -Method Delete -Uri ((Get-AtlasPeBase -GroupId $GroupId) + '/' + $PrivateLinkId) -Headers (Get-AtlasHeaders)
}

function Get-AtlasEndpointService {
    param([string]$GroupId, [string]$Provider, [string]$ServiceId)
    Invoke-RestMethod -Uri "$(Get-AtlasServiceBase -GroupId $GroupId -Provider $Provider)/$ServiceId" -Headers (Get-AtlasHeaders)
}

Export-ModuleMember -Function Get-AtlasPrivateLink, Remove-AtlasPrivateLink, Get-AtlasEndpointService
