// The live inventory the Terraform fix fills import ids from: the legacy connections the view has already loaded.
// Nothing is requested here; a project the person has not expanded is simply not in it.
import type { LegacyConnection, LegacyInventory } from '../deprecation/fixes';
import type { ConnectionsModel } from '../tree/connectionsModel';

/** Builds the inventory from the view's model, and returns the same object while no project's state changed. */
export class LoadedInventory {
  private last: { states: readonly unknown[]; inventory: LegacyInventory | undefined } | undefined;

  current(model: ConnectionsModel | undefined): LegacyInventory | undefined {
    const loaded = model?.loadedProjects() ?? [];
    const states = loaded.map(({ state }) => state);
    if (this.last && this.last.states.length === states.length && this.last.states.every((state, index) => state === states[index])) {
      return this.last.inventory;
    }
    const inventory = new Map<string, LegacyConnection[]>();
    for (const { project, state } of loaded) {
      if (state.kind === 'connections') {
        inventory.set(project.id, state.connections.map(({ id, endpointServiceName, interfaceEndpoints, status }) => ({ id, endpointServiceName, interfaceEndpoints, status })));
      }
    }
    this.last = { states, inventory: inventory.size > 0 ? inventory : undefined };
    return this.last.inventory;
  }
}
