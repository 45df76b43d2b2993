package atlas

import "fmt"

const peRoot = "/privateEndpoint"

// Services lists the endpoint services of one provider.
func (c *Client) Services(groupID, provider string) (*Response, error) {
	path := fmt.Sprintf("groups/%s%s/%s/endpointService", groupID, peRoot, provider)
	return c.get(path)
}

// Service reads one endpoint service.
func (c *Client) Service(groupID, provider, id string) (*Response, error) {
	return c.get(fmt.Sprintf("groups/%s%s/%s/endpointService/%s", groupID, peRoot, provider, id))
}
