// Status changes over time, for tests of watching pending connections: "in N ms, connection C of project P becomes
// S". Applied to the emulator's dataset (the legacy list and the endpoint services alike); `reset` undoes them.
import type { EmulatorProject } from './dataset';

export interface StatusChange {
  projectId: string;
  connectionId: string;
  status: string;
  /** Default 0: at once. */
  afterMs?: number;
  /** Set with the status (for example a name once an endpoint service is created); null clears it. */
  errorMessage?: string | null;
  endpointServiceName?: string | null;
}

export function parseStatusChange(input: unknown): StatusChange {
  const value = input as Partial<StatusChange> | null;
  if (typeof value !== 'object' || value === null) throw new Error('a status change is an object');
  if (typeof value.projectId !== 'string' || typeof value.connectionId !== 'string' || typeof value.status !== 'string' || value.status === '') {
    throw new Error('a status change needs projectId, connectionId and status');
  }
  if (value.afterMs !== undefined && !(typeof value.afterMs === 'number' && value.afterMs >= 0)) throw new Error('afterMs must be >= 0');
  return value as StatusChange;
}

/** Holds the scheduled changes and what they replaced, so that `reset` restores the dataset. */
export class StatusChanges {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly undo: Array<() => void> = [];

  constructor(private readonly projects: ReadonlyMap<string, EmulatorProject>) {}

  schedule(change: StatusChange): void {
    const project = this.projects.get(change.projectId);
    const known = project && (project.connections.some((item) => item.id === change.connectionId) || Object.values(project.endpointServices).some((list) => list.some((item) => item.id === change.connectionId)));
    if (!known) throw new Error(`no connection ${change.connectionId} in project ${change.projectId}`);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.apply(project, change);
    }, change.afterMs ?? 0);
    this.timers.add(timer);
  }

  reset(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const restore of this.undo.splice(0).reverse()) restore();
  }

  private apply(project: EmulatorProject, change: StatusChange): void {
    const update = <T extends { id: string; status: string }>(list: T[]) => {
      const index = list.findIndex((item) => item.id === change.connectionId);
      if (index < 0) return;
      const before = list[index];
      const after: T = { ...before, status: change.status };
      if (change.errorMessage !== undefined) (after as Record<string, unknown>).errorMessage = change.errorMessage;
      if (change.endpointServiceName !== undefined) (after as Record<string, unknown>).endpointServiceName = change.endpointServiceName;
      list[index] = after;
      this.undo.push(() => {
        list[index] = before;
      });
    };
    update(project.connections);
    for (const list of Object.values(project.endpointServices)) update(list);
  }
}
