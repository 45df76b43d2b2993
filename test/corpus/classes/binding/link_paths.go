package atlas

import "fmt"

const linksPath = "api/atlas/v1.0/groups/%s/privateEndpoint"

func (c *Client) linkURL(groupID, linkID string) string {
	base := fmt.Sprintf(linksPath, groupID)
	return fmt.Sprintf("%s/%s", base, linkID)
}

// The current API, built from a different constant: not flagged.
const servicesPath = "api/atlas/v1.0/groups/%s/privateEndpoint/%s/endpointService"
