import pulumi
import pulumi_mongodbatlas as mongodbatlas
import pulumi_azure_native as azure_native

cfg = pulumi.Config()
existing = mongodbatlas.get_private_endpoint(project_id=cfg.require("projectId"), private_link_id=cfg.require("linkId"))
link = mongodbatlas.PrivateLinkEndpoint("link", project_id=cfg.require("projectId"), provider_name="AWS", region="us-east-1")
azure_pe = azure_native.network.get_private_endpoint(private_endpoint_name="pe", resource_group_name="rg")
pulumi.export("service", existing.endpoint_service_name)
