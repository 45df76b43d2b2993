// A CDKTF stack on the provider's generated bindings: the classes are imported by name.
const { TerraformStack, TerraformOutput } = require("cdktf");
import { PrivateEndpoint } from "./.gen/providers/mongodbatlas/private-endpoint";
import { PrivateEndpointInterfaceLink } from "./.gen/providers/mongodbatlas/private-endpoint-interface-link";
import { DataMongodbatlasPrivateEndpoint } from "./.gen/providers/mongodbatlas/data-mongodbatlas-private-endpoint";
import { VpcEndpoint } from "@cdktf/provider-aws/lib/vpc-endpoint";

export class Network extends TerraformStack {
  constructor(scope, id, props) {
    super(scope, id);
    const link = new PrivateEndpoint(this, "link", { projectId: props.projectId, providerName: "AWS", region: "us-east-1" });
    const vpce = new VpcEndpoint(this, "vpce", { vpcId: props.vpcId, serviceName: link.endpointServiceName });
    new PrivateEndpointInterfaceLink(this, "iface", { projectId: props.projectId, privateLinkId: link.privateLinkId, interfaceEndpointId: vpce.id });
    const old = new DataMongodbatlasPrivateEndpoint(this, "old", { projectId: props.projectId, privateLinkId: props.linkId });
    new TerraformOutput(this, "status", { value: old.status });
  }
}
