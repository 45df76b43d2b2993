// The legacy REST family `/groups/{G}/privateEndpoint[/{ID}[/interfaceEndpoints[/{E}]]]` and its rewrite to
// `/groups/{G}/privateEndpoint/AWS/endpointService[/{ID}[/endpoint[/{E}]]]` (the legacy API was AWS-only).
import { detectHttpMethod } from './httpMethod';
import { isPathEnd, parseSegment, type Segment } from './pathSegments';
import type { RuleMatch } from './ruleMatch';
import { identifierEnd, isWordChar, lineStartWithin } from './text';

export const LEGACY_ANCHOR = '/privateEndpoint';
const GROUPS = 'groups/';
const INTERFACE_ENDPOINTS = 'interfaceEndpoints';
const MAX_LOOKBEHIND = 256;
const MAX_LOOKAHEAD = 512;

/** Next segments of the replacement family (and of other current endpoints): never legacy. */
const CURRENT_SEGMENTS = /^(?:aws|azure|gcp|endpointService|regionalMode|serverless)$/i;
const NAMES_A_PROVIDER = /provider|cloud/i;
const HEX_ID = /^[0-9a-f]{24}$/i;
const NAMES_AN_ID = /id$/i;

/** The old Go client's base-path constant, shared with its current service: `privateEndpointsPath = "…/privateEndpoint"`. */
const GO_BASE_PATH_CONSTANT = /^\s*(?:const\s+)?[A-Za-z_]\w*Path\s*=\s*"[^"]*$/;

/** The path segment that ends at the `/` at `slash` is exactly `v2` (as in `/api/atlas/v2/groups/…`). */
function underV2(text: string, slash: number): boolean {
  return text.startsWith('v2', slash - 2) && (slash - 3 < 0 || !isWordChar(text.charCodeAt(slash - 3)));
}

/**
 * Where the match starts: the `/` of `/groups/{G}` right before the anchor (or `groups/` itself at the start of a
 * relative path), when the group segment is valid and the path is not under `/v2`.
 */
function groupPrefixStart(text: string, anchor: number): number | undefined {
  const floor = lineStartWithin(text, anchor, MAX_LOOKBEHIND);
  const groups = text.slice(floor, anchor).lastIndexOf(GROUPS);
  if (groups < 0) {
    return undefined;
  }
  const groupsAt = floor + groups;
  const segment = parseSegment(text, groupsAt + GROUPS.length, anchor);
  if (!segment || segment.open || segment.end !== anchor) {
    return undefined;
  }
  const before = groupsAt - 1;
  if (before < 0 || /["'`\s(=]/.test(text[before])) {
    return groupsAt;
  }
  return text[before] === '/' && !underV2(text, before) ? before : undefined;
}

function segmentText(text: string, segment: Segment): string {
  return text.slice(segment.start, segment.end);
}

/** An id segment: a literal 24-hex id, a word ending in "id" (`PRIVATELINK-ID`), or a placeholder not naming a provider. */
function looksLikeId(text: string, segment: Segment): boolean {
  const value = segment.open ? openExpression(text, segment.end) : segmentText(text, segment);
  if (segment.bare) {
    return HEX_ID.test(value) || (NAMES_AN_ID.test(value) && !CURRENT_SEGMENTS.test(value));
  }
  return !NAMES_A_PROVIDER.test(value);
}

/** The first operand after the quote that ends an open concatenation: `" + linkId` gives `linkId`. */
function openExpression(text: string, quote: number): string {
  const match = /^\s*(?:\.\.|\|\||[+.&])\s*([\w.$]{1,64})/.exec(text.slice(quote + 1, quote + 80));
  return match ? match[1] : '';
}

interface PathShape {
  end: number;
  /** Index of `interfaceEndpoints` when the path goes there. */
  interfaceAt?: number;
  hasId: boolean;
}

/** Parses what follows `/privateEndpoint`; undefined when it is not a legacy route. */
function pathShape(text: string, afterAnchor: number): PathShape | undefined {
  const limit = Math.min(text.length, afterAnchor + MAX_LOOKAHEAD);
  if (isPathEnd(text, afterAnchor)) {
    return { end: afterAnchor, hasId: false };
  }
  if (text[afterAnchor] !== '/') {
    return undefined;
  }
  const idStart = afterAnchor + 1;
  if (CURRENT_SEGMENTS.test(text.slice(idStart, identifierEnd(text, idStart, 32)))) {
    return undefined;
  }
  const id = parseSegment(text, idStart, limit);
  if (!id) {
    // A trailing slash: `…/privateEndpoint/"`. The rewrite keeps it after the new path.
    return isPathEnd(text, idStart) ? { end: afterAnchor, hasId: false } : undefined;
  }
  if (!looksLikeId(text, id)) {
    return undefined;
  }
  if (id.open || isPathEnd(text, id.end)) {
    return { end: id.end, hasId: true };
  }
  if (text[id.end] !== '/') {
    return undefined;
  }
  const interfaceAt = id.end + 1;
  if (isPathEnd(text, interfaceAt)) {
    return { end: id.end, hasId: true };
  }
  const afterInterface = interfaceAt + INTERFACE_ENDPOINTS.length;
  if (!text.startsWith(INTERFACE_ENDPOINTS, interfaceAt)) {
    return undefined;
  }
  if (isPathEnd(text, afterInterface)) {
    return { end: afterInterface, interfaceAt, hasId: true };
  }
  if (text[afterInterface] !== '/') {
    return undefined;
  }
  const endpoint = parseSegment(text, afterInterface + 1, limit);
  if (!endpoint) {
    return isPathEnd(text, afterInterface + 1) ? { end: afterInterface, interfaceAt, hasId: true } : undefined;
  }
  if (!endpoint.open && !isPathEnd(text, endpoint.end)) {
    return undefined;
  }
  return { end: endpoint.end, interfaceAt, hasId: true };
}

const G = '/groups/{GROUP-ID}/privateEndpoint';
const NEW = `${G}/AWS/endpointService`;

function describe(kind: RuleMatch['kind'], method: string | undefined, hasEndpoint: boolean): [string, string] {
  switch (kind) {
    case 'create':
      return [`POST ${G}`, `POST ${G}/endpointService`];
    case 'list':
      return [`GET ${G}`, `GET ${NEW}`];
    case 'get':
      return [`GET ${G}/{ID}`, `GET ${NEW}/{ID}`];
    case 'delete':
      return [`DELETE ${G}/{ID}`, `DELETE ${NEW}/{ID}`];
    default: {
      const verb = method ? `${method} ` : '';
      return hasEndpoint
        ? [`${verb}${G}/{ID}/interfaceEndpoints/{ENDPOINT-ID}`, `${verb}${NEW}/{ID}/endpoint/{ENDPOINT-ID}`]
        : [`${verb}${G}/{ID}/interfaceEndpoints`, `${verb}${NEW}/{ID}/endpoint`];
    }
  }
}

/** Matches the legacy route whose `/privateEndpoint` starts at `anchor`. */
export function matchLegacyPath(text: string, anchor: number, languageId?: string): RuleMatch | undefined {
  const afterAnchor = anchor + LEGACY_ANCHOR.length;
  const shape = pathShape(text, afterAnchor);
  if (!shape) {
    return undefined;
  }
  const start = groupPrefixStart(text, anchor);
  if (start === undefined) {
    return undefined;
  }
  const end = shape.end;
  if (!shape.hasId && languageId === 'go' && GO_BASE_PATH_CONSTANT.test(text.slice(lineStartWithin(text, start, MAX_LOOKBEHIND), start))) {
    return undefined;
  }
  const method = detectHttpMethod(text, start, end);
  const head = text.slice(start, afterAnchor);
  const tail = text.slice(afterAnchor, end);
  let kind: RuleMatch['kind'];
  let replacement: string;
  if (shape.interfaceAt !== undefined) {
    kind = 'interfaceEndpoints';
    const at = shape.interfaceAt;
    replacement = `${head}/AWS/endpointService${text.slice(afterAnchor, at)}endpoint${text.slice(at + INTERFACE_ENDPOINTS.length, end)}`;
  } else if (shape.hasId) {
    kind = method === 'DELETE' ? 'delete' : 'get';
    replacement = `${head}/AWS/endpointService${tail}`;
  } else {
    kind = method === 'POST' ? 'create' : 'list';
    replacement = kind === 'create' ? `${head}/endpointService` : `${head}/AWS/endpointService`;
  }
  const hasEndpoint = shape.interfaceAt !== undefined && end > shape.interfaceAt + INTERFACE_ENDPOINTS.length;
  const [subject, suggestion] = describe(kind, method, hasEndpoint);
  return { start, end, kind, subject, suggestion, replacement };
}
