#!/usr/bin/env python
"""A CDKTF app on locally generated bindings (cdktf get), reading the old data source for an audit."""
from constructs import Construct
from cdktf import App, TerraformOutput, TerraformStack

from imports.mongodbatlas.provider import MongodbatlasProvider
from imports.mongodbatlas.data_mongodbatlas_private_endpoint import (
    DataMongodbatlasPrivateEndpoint,
)
from imports.mongodbatlas.data_mongodbatlas_privatelink_endpoint import DataMongodbatlasPrivatelinkEndpoint
from imports.azurerm.private_endpoint import PrivateEndpoint


class Audit(TerraformStack):
    def __init__(self, scope: Construct, ns: str):
        super().__init__(scope, ns)
        MongodbatlasProvider(self, "atlas")
        legacy = DataMongodbatlasPrivateEndpoint(self, "legacy", project_id="5e2211c17a3e5a48f5497de3", private_link_id="5f4a")
        current = DataMongodbatlasPrivatelinkEndpoint(self, "current", project_id="5e2211c17a3e5a48f5497de3", private_link_id="5f4a", provider_name="AWS")
        PrivateEndpoint(self, "azure-pe", name="pe", location="eastus", resource_group_name="rg", subnet_id="s")
        TerraformOutput(self, "legacy_status", value=legacy.status)
        TerraformOutput(self, "current_status", value=current.status)


app = App()
Audit(app, "audit")
app.synth()
