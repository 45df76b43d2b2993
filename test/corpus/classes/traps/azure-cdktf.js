// Azure's CDKTF and Pulumi packages have a PrivateEndpoint too: not Atlas's.
import { PrivateEndpoint } from "@cdktf/provider-azurerm/lib/private-endpoint";
import * as network from "@pulumi/azure-native/network";
import * as atlas from "@pulumi/mongodbatlas";

export function azureSide(scope, subnetId, serviceId) {
  const pe = new PrivateEndpoint(scope, "atlas-pe", {
    name: "atlas",
    subnetId,
    privateServiceConnection: { name: "atlas", privateConnectionResourceId: serviceId, isManualConnection: true },
  });
  const native = new network.PrivateEndpoint("atlas-native", { subnet: { id: subnetId } });
  const current = new atlas.PrivateLinkEndpoint("atlas", { projectId: "p", providerName: "AZURE", region: "eastus2" });
  return [pe, native, current];
}
