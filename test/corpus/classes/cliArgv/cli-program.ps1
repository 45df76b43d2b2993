param(
    [Parameter(Mandatory = $true)][string]$ProjectId,
    [string]$AtlasCli = "atlas"
)

$ErrorActionPreference = "Stop"
$atlas = (Get-Command $AtlasCli).Source

$links = & $atlas privateEndpoints list --projectId $ProjectId --output json | ConvertFrom-Json
foreach ($link in $links) {
    Write-Host "$($link.id) $($link.status)"
    & "$atlas" privateEndpoints interfaces describe $link.id --privateEndpointId $link.interfaceEndpoints[0] --projectId $ProjectId
}

& $atlas privateEndpoints azure list --projectId $ProjectId
& $atlas dataFederation privateEndpoints list --projectId $ProjectId
