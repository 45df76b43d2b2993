# PrivateLink connections from Nushell
const ATLAS = "https://cloud.mongodb.com/api/atlas/v1.0"

def "atlas links" [group: string] {
  http get $"($ATLAS)/groups/($group)/privateEndpoint"
}

def "atlas services" [group: string, cloud: string] {
  http get $"($ATLAS)/groups/($group)/privateEndpoint/($cloud)/endpointService"
}
