// A project row at a glance: its total as soon as the first page gives one, the counts that need attention once
// everything is loaded, and the full breakdown by status in its tooltip. Pure (no `vscode`).
import type { Localizer } from '../localizer';
import { markdownFields } from './markdown';
import { describeNode, type NodeLook } from './nodeLook';
import type { ProjectEntry } from './projectDirectory';
import type { ProjectState } from './projectLoader';

export const FAILED_STATUSES: ReadonlySet<string> = new Set(['FAILED', 'REJECTED']);
/** Statuses on their way somewhere: counted as pending, and polled by a watch. */
export const PENDING_STATUSES: ReadonlySet<string> = new Set(['INITIATING', 'WAITING_FOR_USER', 'PENDING_ACCEPTANCE', 'PENDING', 'DELETING']);

const numbers = new Intl.NumberFormat('en-US');

export function formatCount(value: number): string {
  return numbers.format(value);
}

export interface ProjectProgress {
  readonly state: ProjectState;
  /** How many loaded rows have each status. */
  readonly counts: ReadonlyMap<string, number>;
}

interface Totals {
  readonly loaded: number;
  readonly total?: number;
  readonly complete: boolean;
  readonly failed: number;
  readonly pending: number;
}

export function totalsOf(progress: ProjectProgress): Totals | undefined {
  const { state, counts } = progress;
  if (state.kind !== 'connections' && state.kind !== 'endpointServices') {
    return undefined;
  }
  const loaded = state.kind === 'connections' ? state.connections.length : state.services.length;
  const complete = state.kind === 'endpointServices' || !state.hasMore;
  const total = state.kind === 'connections' ? (state.totalCount ?? (complete ? loaded : undefined)) : loaded;
  let failed = 0;
  let pending = 0;
  for (const [status, count] of counts) {
    if (FAILED_STATUSES.has(status)) failed += count;
    else if (PENDING_STATUSES.has(status)) pending += count;
  }
  return { loaded, total, complete, failed, pending };
}

/** `1,234 · 3 failed · 12 pending` once all is loaded; `1,234 · 100 loaded` (or `100+ loaded`) before. */
export function projectDescription(totals: Totals, l10n: Localizer): string {
  if (!totals.complete) {
    return totals.total !== undefined
      ? l10n.t('{0} · {1} loaded', formatCount(totals.total), formatCount(totals.loaded))
      : l10n.t('{0}+ loaded', formatCount(totals.loaded));
  }
  const parts = [formatCount(totals.total ?? totals.loaded)];
  if (totals.failed > 0) parts.push(l10n.t('{0} failed', formatCount(totals.failed)));
  if (totals.pending > 0) parts.push(l10n.t('{0} pending', formatCount(totals.pending)));
  return parts.join(' · ');
}

/** Statuses in the order a person looks for them: failed, then pending, then the rest, each by count. */
function breakdown(counts: ReadonlyMap<string, number>): Array<[string, number]> {
  const rank = (status: string) => (FAILED_STATUSES.has(status) ? 0 : PENDING_STATUSES.has(status) ? 1 : 2);
  return [...counts].filter(([, count]) => count > 0).sort(([a, countA], [b, countB]) => rank(a) - rank(b) || countB - countA || (a < b ? -1 : 1));
}

/** The project row: as `describeNode` has it before anything is loaded; with totals and the breakdown after. */
export function describeProject(project: ProjectEntry, progress: ProjectProgress | undefined, l10n: Localizer): NodeLook {
  const base = describeNode({ kind: 'project', project }, l10n);
  const totals = progress && totalsOf(progress);
  if (!progress || !totals) {
    return base;
  }
  const loadedText = totals.complete
    ? l10n.t('{0}, all loaded', formatCount(totals.total ?? totals.loaded))
    : totals.total !== undefined
      ? l10n.t('{0} of {1} loaded', formatCount(totals.loaded), formatCount(totals.total))
      : l10n.t('{0} loaded, more to load', formatCount(totals.loaded));
  const fields: Array<[string, unknown]> = [
    [l10n.t('Project id'), project.id],
    [l10n.t('Connections'), loadedText],
    ...breakdown(progress.counts).map(([status, count]): [string, unknown] => [status, formatCount(count)]),
  ];
  return {
    ...base,
    description: projectDescription(totals, l10n),
    tooltip: markdownFields(project.name ?? project.id, fields),
    contextValue: `${base.contextValue}${totals.complete ? '' : '.more'}`,
  };
}
