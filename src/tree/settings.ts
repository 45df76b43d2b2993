// Reads the view's settings into the model's shape, tolerating hand-edited nonsense. Pure (no `vscode`).
import type { ModelSettings } from './connectionsModel';
import type { ApiMode } from './projectLoader';

export const SETTINGS_SECTION = 'atlasPrivateEndpoints';
/** The settings that change what the tree shows (relative to the section). */
export const TREE_SETTINGS = ['pageSize', 'api', 'discoverProjects'] as const;

const API_MODES: readonly ApiMode[] = ['auto', 'legacy', 'endpointService'];
const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 500;

export function readModelSettings(get: (key: (typeof TREE_SETTINGS)[number]) => unknown): ModelSettings {
  const pageSize = get('pageSize');
  const api = get('api');
  const discover = get('discoverProjects');
  return {
    pageSize:
      typeof pageSize === 'number' && Number.isFinite(pageSize) ? Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(pageSize))) : DEFAULT_PAGE_SIZE,
    apiMode: API_MODES.includes(api as ApiMode) ? (api as ApiMode) : 'auto',
    discover: typeof discover === 'boolean' ? discover : true,
  };
}
