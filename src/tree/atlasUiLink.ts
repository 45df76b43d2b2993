// Where a project's private endpoints are in the Atlas UI, for the profile's cloud. Pure (no `vscode`).
// Atlas's documentation describes the page (Network Access, the Private Endpoint tab); its address is the project's
// page under /v2/<project id> with the route #/security/network/privateEndpoint, on cloud.mongodb.com for commercial
// Atlas and on cloud.mongodbgov.com for Atlas for Government.
import { DEFAULT_BASE_URL, GOV_BASE_URL, isValidGroupId, normalizeBaseUrl } from '../atlas';

export type AtlasUiLink =
  | { readonly kind: 'url'; readonly url: string; readonly cloud: 'commercial' | 'government' }
  /** A custom base URL (an emulator, a proxy): there is no Atlas UI to open. */
  | { readonly kind: 'noUi'; readonly baseUrl: string }
  | { readonly kind: 'invalidProject' };

export function atlasUiLink(baseUrl: string, projectId: string): AtlasUiLink {
  if (!isValidGroupId(projectId)) {
    return { kind: 'invalidProject' };
  }
  const base = normalizeBaseUrl(baseUrl);
  const cloud = base === DEFAULT_BASE_URL ? 'commercial' : base === GOV_BASE_URL ? 'government' : undefined;
  if (!cloud) {
    return { kind: 'noUi', baseUrl: base };
  }
  return { kind: 'url', cloud, url: `${base}/v2/${projectId}#/security/network/privateEndpoint` };
}
