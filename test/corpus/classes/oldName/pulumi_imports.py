"""A Pulumi program importing the provider's classes by name, and through an alias."""
import pulumi
import pulumi_mongodbatlas as atlas
from pulumi_azure_native.network import PrivateEndpoint as AzurePrivateEndpoint
from pulumi_mongodbatlas import (
    PrivateEndpoint,
    PrivateEndpointInterfaceLink,
)

config = pulumi.Config()
project_id = config.require("projectId")

link = PrivateEndpoint("link", project_id=project_id, provider_name="AWS", region="us-east-1")
PrivateEndpointInterfaceLink("iface", project_id=project_id, private_link_id=link.private_link_id, interface_endpoint_id="vpce-0abc")
other = atlas.PrivateEndpoint("other", project_id=project_id, provider_name="AWS", region="eu-west-1")
current = atlas.PrivateLinkEndpoint("current", project_id=project_id, provider_name="AWS", region="us-east-1")
azure_side = AzurePrivateEndpoint("azure", resource_group_name="rg", subnet={"id": "subnet"})
