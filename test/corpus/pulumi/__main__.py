"""Pulumi program for the app VPC's PrivateLink to Atlas."""
import pulumi
import pulumi_aws as aws
import pulumi_mongodbatlas as mongodbatlas

config = pulumi.Config()
project_id = config.require("projectId")

legacy = mongodbatlas.PrivateEndpoint("legacy", project_id=project_id, provider_name="AWS", region="us-east-1")

vpce = aws.ec2.VpcEndpoint(
    "app",
    vpc_id=config.require("vpcId"),
    service_name=legacy.endpoint_service_name,
    vpc_endpoint_type="Interface",
)

link = mongodbatlas.PrivateEndpointInterfaceLink(
    "link",
    project_id=project_id,
    private_link_id=legacy.private_link_id,
    interface_endpoint_id=vpce.id,
)

# The replacement (fine):
endpoint = mongodbatlas.PrivateLinkEndpoint("next", project_id=project_id, provider_name="AWS", region="us-east-1")
service = mongodbatlas.PrivateLinkEndpointService(
    "next",
    project_id=project_id,
    private_link_id=endpoint.private_link_id,
    endpoint_service_id=vpce.id,
    provider_name="AWS",
)
pulumi.export("privateEndpointId", service.private_endpoint_id)
