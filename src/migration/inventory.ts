// The live inventory the Terraform fix fills import ids from: the legacy connections the view has already loaded.
// Nothing is requested here; a project the person has not expanded is simply not in it.
import type { LegacyConnection, LegacyInventory } from '../deprecation/fixes';
import type { ConnectionsModel } from '../tree/connectionsModel';

export function loadedLegacyInventory(model: ConnectionsModel | undefined): LegacyInventory | undefined {
  if (!model) {
    return undefined;
  }
  const inventory = new Map<string, LegacyConnection[]>();
  for (const { project, state } of model.loadedProjects()) {
    if (state.kind === 'connections') {
      inventory.set(project.id, state.connections.map(({ id, endpointServiceName, interfaceEndpoints, status }) => ({ id, endpointServiceName, interfaceEndpoints, status })));
    }
  }
  return inventory.size > 0 ? inventory : undefined;
}
