// Stage 4, paths: the legacy REST family `/groups/{G}/privateEndpoint[/{ID}[/interfaceEndpoints[/{E}]]]` in the text
// an expression stands for. Regex and URL-encoded forms are read through a normalisation that keeps a map back to the
// value. The replacement family (a provider, `endpointService`, `regionalMode`, `serverless`, `/v2/`) is reported as
// current, so that a binding used that way is not flagged.
import { isPathEnd, parseSegment, templateSegmentEnd, type Segment } from './pathSegments';
import { identifierEnd, isWordChar } from './text';

export const ANCHOR = '/privateEndpoint';
const INTERFACE_ENDPOINTS = 'interfaceEndpoints';
const GROUPS = 'groups/';
const MAX_LOOKBEHIND = 256;
const MAX_LOOKAHEAD = 512;
const PATH_BOUNDARY = /[\s"'`]/;

const CURRENT_SEGMENTS = /^(?:aws|azure|gcp|endpointService|regionalMode|serverless)$/i;
const NAMES_A_PROVIDER = /provider|cloud/i;
const HEX_ID = /^[0-9a-f]{24}$/i;
const NAMES_AN_ID = /id$/i;
/** A literal id in a test or a script: a word with a digit (`abc123`, `l1`, `pl-1`), or a number. */
const LITERAL_ID = /^(?:[A-Za-z][\w-]{0,63}|\d{1,24})$/;
const HAS_DIGIT = /\d/;

export interface PathShape {
  end: number;
  interfaceAt?: number;
  hasId: boolean;
}

export interface PathMatch {
  /** Offsets in the value. */
  start: number;
  end: number;
  anchorEnd: number;
  interfaceAt?: number;
  hasId: boolean;
  /** `/groups/{G}` was seen before the anchor. */
  groups: boolean;
  /** Only `/interfaceEndpoints` was seen (no `/privateEndpoint` before it in this value). */
  interfaceOnly: boolean;
  /** Read through regex or URL-encoding. */
  escaped: boolean;
}

export interface PathScan {
  matches: PathMatch[];
  /** A `/privateEndpoint` of the current API was seen (a provider or a current segment after it, or under /v2). */
  current: boolean;
}

function looksLikeId(text: string, segment: Segment): boolean {
  const value = text.slice(segment.start, segment.end);
  if (segment.bare) {
    return HEX_ID.test(value) || (NAMES_AN_ID.test(value) && !CURRENT_SEGMENTS.test(value)) || (HAS_DIGIT.test(value) && LITERAL_ID.test(value));
  }
  return !NAMES_A_PROVIDER.test(value) && !CURRENT_SEGMENTS.test(value.replace(/[^A-Za-z]/g, ''));
}

/** What follows `/privateEndpoint`; 'current' for the replacement family, undefined for anything else. */
export function pathShape(text: string, afterAnchor: number): PathShape | 'current' | undefined {
  const limit = Math.min(text.length, afterAnchor + MAX_LOOKAHEAD);
  if (isPathEnd(text, afterAnchor)) {
    return { end: afterAnchor, hasId: false };
  }
  const templateId = templateSegmentEnd(text, afterAnchor);
  if (templateId >= 0) {
    return afterTemplateId(text, afterAnchor + 2, templateId, limit);
  }
  if (text[afterAnchor] !== '/') {
    return undefined;
  }
  const idStart = afterAnchor + 1;
  if (CURRENT_SEGMENTS.test(text.slice(idStart, identifierEnd(text, idStart, 32)))) {
    return 'current';
  }
  const id = parseSegment(text, idStart, limit);
  if (!id) {
    // `privateEndpoint/*` is a glob over the current API's paths too: not judged.
    return isPathEnd(text, idStart) && text[idStart] !== '*' ? { end: afterAnchor, hasId: false } : undefined;
  }
  if (!looksLikeId(text, id)) {
    return 'current';
  }
  if (isPathEnd(text, id.end)) {
    return { end: id.end, hasId: true };
  }
  if (text[id.end] !== '/') {
    return undefined;
  }
  const interfaceAt = id.end + 1;
  // `<` ends a path (`…/x</a>`) but also opens a placeholder segment (`/<ID>/<ID>/…`): the path goes on then.
  if (isPathEnd(text, interfaceAt) && !parseSegment(text, interfaceAt, limit)) {
    return { end: id.end, hasId: true };
  }
  if (CURRENT_SEGMENTS.test(text.slice(interfaceAt, identifierEnd(text, interfaceAt, 32)))) {
    return 'current';
  }
  if (!text.startsWith(INTERFACE_ENDPOINTS, interfaceAt)) {
    return undefined;
  }
  return interfaceTail(text, interfaceAt, limit);
}

/** `/privateEndpoint{/linkId}…`: the id is a URI template's path expansion (RFC 6570). */
function afterTemplateId(text: string, nameStart: number, end: number, limit: number): PathShape | 'current' | undefined {
  if (CURRENT_SEGMENTS.test(text.slice(nameStart, end - 1)) || NAMES_A_PROVIDER.test(text.slice(nameStart, end - 1))) {
    return 'current';
  }
  if (isPathEnd(text, end)) {
    return { end, hasId: true };
  }
  return text[end] === '/' && text.startsWith(INTERFACE_ENDPOINTS, end + 1) ? interfaceTail(text, end + 1, limit) : undefined;
}

function interfaceTail(text: string, interfaceAt: number, limit: number): PathShape | undefined {
  const afterInterface = interfaceAt + INTERFACE_ENDPOINTS.length;
  if (isPathEnd(text, afterInterface)) {
    return { end: afterInterface, interfaceAt, hasId: true };
  }
  const templateEndpoint = templateSegmentEnd(text, afterInterface);
  if (templateEndpoint >= 0) {
    return isPathEnd(text, templateEndpoint) ? { end: templateEndpoint, interfaceAt, hasId: true } : undefined;
  }
  if (text[afterInterface] === '$' && text[afterInterface + 1] === '{') {
    // An optional id from an expression (`interfaceEndpoints${vpce ? `/${vpce}` : ""}`): only the legacy API has this word.
    return { end: afterInterface, interfaceAt, hasId: true };
  }
  if (text[afterInterface] !== '/') {
    return undefined;
  }
  const endpoint = parseSegment(text, afterInterface + 1, limit);
  if (!endpoint) {
    return isPathEnd(text, afterInterface + 1) ? { end: afterInterface, interfaceAt, hasId: true } : undefined;
  }
  return isPathEnd(text, endpoint.end) ? { end: endpoint.end, interfaceAt, hasId: true } : undefined;
}

/** The path before `before` is under `/v2` (as in `/api/atlas/v2/groups/…`): the nearest version segment is v2. */
export function underV2(text: string, before: number): boolean {
  const floor = Math.max(0, before - MAX_LOOKBEHIND);
  // Only this path's own segments: not back over a blank or a quote into another path.
  const window = text.slice(floor, before).split(PATH_BOUNDARY).pop() ?? '';
  for (let at = window.lastIndexOf('/v'); at >= 0; at = at > 0 ? window.lastIndexOf('/v', at - 1) : -1) {
    const version = window.charCodeAt(at + 2);
    const after = window.charCodeAt(at + 3);
    if (version === 50 && (at + 3 >= window.length || !isWordChar(after))) {
      return true;
    }
    if (version === 49 && (at + 3 >= window.length || after === 46 || !isWordChar(after))) {
      return false;
    }
  }
  return false;
}

/** Start of `/groups/{G}` right before the anchor (or of `groups/` at the start of a relative path). */
function groupPrefixStart(text: string, anchor: number, floor: number): number | undefined {
  const from = Math.max(floor, anchor - MAX_LOOKBEHIND);
  const lead = text.slice(from, anchor);
  // `groups{/groupId}`: a URI template's path expansion (RFC 6570).
  const templated = lead.endsWith('}') ? lead.lastIndexOf('groups{/') : -1;
  const found = templated >= 0 && templateSegmentEnd(text, from + templated + 6) === anchor ? templated : lead.lastIndexOf(GROUPS);
  if (found < 0) {
    return undefined;
  }
  const groups = from + found;
  const segment = found === templated ? undefined : parseSegment(text, groups + GROUPS.length, anchor);
  if (found !== templated && (!segment || segment.end !== anchor)) {
    return undefined;
  }
  const before = groups - 1;
  if (before < floor || /["'`\s(=]/.test(text[before])) {
    return groups;
  }
  return text[before] === '/' ? before : undefined;
}

/** Segments that may stand before a project's own path (`/api/atlas/v1.0/{project}/privateEndpoint`). */
const PROJECT_PREFIXES = /^(?:api|atlas|v1(?:\.0)?|groups|public)$/i;

/**
 * The path reaches the anchor through another API's collection and a name (`/subscriptions/{sub}/privateEndpoint`,
 * Azure's; `/vpcs/:id/privateEndpoint`): not a project's path.
 */
function underForeignCollection(lead: string): boolean {
  const hole = /\/?(?:\{[^{}/]*\}|\$\{[^{}/]*\}|:\w+|\$\w+|%[sv])$/.exec(lead);
  if (!hole) {
    return false;
  }
  const before = lead.slice(0, hole.index);
  const segment = before.slice(before.lastIndexOf('/') + 1);
  return /^[A-Za-z][\w.-]*$/.test(segment) && !PROJECT_PREFIXES.test(segment);
}

/** Where the path holding `at` starts: after the last blank or quote before it. */
function pathStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && i > at - MAX_LOOKBEHIND && !/[\s"'`(,]/.test(text[i - 1])) {
    i--;
  }
  return i;
}

interface Normalized {
  text: string;
  /** Value offset of each normalized offset (one more entry for the end). */
  map?: number[];
}

const REGEX_HOLE = /^(?:\((?:\?<\w+>|\?:|\?P<\w+>)?[^()]{0,60}\)|\[[^\]\n]{1,40}\]|\\[wdsSh]|\.)(?:[+*?]|\{\d+(?:,\d*)?\})/;
/** A capturing group standing for one segment (`(?P<g>[^/]+)`, `([0-9a-f]{24})`), with no quantifier after it. */
const REGEX_GROUP = /^\((?:\?<\w+>|\?P<\w+>|\?:)?(?:\[[^\]\n]{1,40}\]|[^()/[\]]){1,60}\)/;
/** A capturing group that holds a regex (`(?P<g>[^/]+)`, `(\w+)`), not a call's or an interpolation's parentheses. */
function regexGroup(window: string): RegExpExecArray | null {
  const group = REGEX_GROUP.exec(window);
  return group && /[[\\+*?|.^]/.test(group[0]) ? group : null;
}

/** An optional group (`(/[0-9a-f]{24})?`): it may be absent, so it is read as absent. */
const REGEX_OPTIONAL = /^\([^()]{0,60}\)\?/;

/** Regex and URL-encoded paths as plain paths: `\/` → `/`, `v1\.0` → `v1.0`, `[0-9a-f]{24}` → `{*}`, `%2F` → `/`, `%7B` → `{`. */
function normalize(text: string): Normalized {
  if (!/\\|%2[fF]|[[(*+]/.test(text)) {
    return { text };
  }
  let out = '';
  const map: number[] = [];
  const emit = (chars: string, from: number) => {
    for (let k = 0; k < chars.length; k++) {
      map.push(from);
    }
    out += chars;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const next = text[i + 1];
    if (ch === '\\' && i + 1 < text.length && '/.-_'.includes(next)) {
      emit(next, i);
      i += 2;
      continue;
    }
    // Anchors and boundaries: `\z`, `\Z`, `\A`, `\b`; an optional trailing slash `/?`.
    if ((ch === '\\' && (next === 'z' || next === 'Z' || next === 'A' || next === 'b')) || (ch === '/' && next === '?')) {
      i += 2;
      continue;
    }
    if (ch === '%' && next === '2' && (text[i + 2] === 'F' || text[i + 2] === 'f')) {
      emit('/', i);
      i += 3;
      continue;
    }
    // An encoded placeholder: `%7BgroupId%7D`.
    if (ch === '%' && next === '7' && 'BbDd'.includes(text[i + 2] ?? '-')) {
      emit(text[i + 2] === 'B' || text[i + 2] === 'b' ? '{' : '}', i);
      i += 3;
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '\\' || ch === '.') {
      const window = text.slice(i, i + 80);
      const optional = ch === '(' ? REGEX_OPTIONAL.exec(window) : null;
      if (optional) {
        i += optional[0].length;
        continue;
      }
      const hole = REGEX_HOLE.exec(window) ?? (ch === '(' ? regexGroup(window) : null);
      if (hole) {
        emit('{*}', i);
        i += hole[0].length;
        continue;
      }
    }
    if ((ch === '^' && (i === 0 || text[i - 1] === '"')) || (ch === '$' && (i + 1 === text.length || text[i + 1] === ')' || text[i + 1] === '"'))) {
      i++;
      continue;
    }
    emit(ch, i);
    i++;
  }
  map.push(text.length);
  return out === text ? { text } : { text: out, map };
}

/**
 * Legacy paths in `text` (an expression's value, or a line of prose). `open` marks values whose start is unknown
 * code (a name or a call that was not resolved): a path that begins with `/privateEndpoint` there is relative.
 */
export function scanPaths(value: string, unknownBefore: (at: number) => boolean, relativeStart = true, bareRequest = false): PathScan {
  const normalized = normalize(value);
  const text = normalized.text;
  const toValue = (at: number) => (normalized.map ? normalized.map[Math.min(at, normalized.map.length - 1)] : at);
  const escaped = normalized.map !== undefined;
  const matches: PathMatch[] = [];
  let current = false;
  let floor = 0;
  /** Where each match above ends, in `text`. */
  const ends: number[] = [];
  // A path relative to the project with no leading slash: `"privateEndpoint/" + id`, `f"privateEndpoint/{pid}"`;
  // `"privateEndpoint"` alone only as the path argument of a request call.
  const WORD = ANCHOR.slice(1);
  if (relativeStart && text.startsWith(WORD)) {
    const shape = pathShape(text, WORD.length);
    if (shape === 'current') {
      current = true;
    } else if (shape && (shape.hasId || bareRequest)) {
      matches.push({ start: 0, end: toValue(shape.end), anchorEnd: toValue(WORD.length), interfaceAt: shape.interfaceAt === undefined ? undefined : toValue(shape.interfaceAt), hasId: shape.hasId, groups: false, interfaceOnly: false, escaped });
      floor = shape.end;
      ends.push(floor);
    }
  }
  for (let anchor = text.indexOf(ANCHOR); anchor >= 0; anchor = text.indexOf(ANCHOR, anchor + 1)) {
    const afterAnchor = anchor + ANCHOR.length;
    if (anchor < floor) {
      continue;
    }
    const shape = pathShape(text, afterAnchor);
    if (shape === 'current') {
      current = true;
      continue;
    }
    if (!shape) {
      continue;
    }
    if (underV2(text, anchor)) {
      current = true;
      continue;
    }
    let start = groupPrefixStart(text, anchor, floor);
    const groups = start !== undefined;
    if (start === undefined) {
      const begins = pathStart(text, anchor, floor);
      // A relative path starts the string, or follows code whose value is unknown (`base + "/privateEndpoint"`).
      const lead = text.slice(begins, anchor);
      const relative = (anchor === 0 && relativeStart) || unknownBefore(toValue(anchor)) || /^\{[^}]*\}$|^\$\{[^}]*\}$|^\$\w+$|^%s$/.test(lead);
      if (!relative || underForeignCollection(lead)) {
        continue;
      }
      start = begins;
    }
    matches.push({
      start: toValue(start),
      end: toValue(shape.end),
      anchorEnd: toValue(afterAnchor),
      interfaceAt: shape.interfaceAt === undefined ? undefined : toValue(shape.interfaceAt),
      hasId: shape.hasId,
      groups,
      interfaceOnly: false,
      escaped,
    });
    floor = shape.end;
    ends.push(floor);
  }
  // `/interfaceEndpoints` belongs to no current private endpoint path: legacy by itself, and so is a relative path
  // that starts with it (`new URL(\`interfaceEndpoints/${id}\`, link.href)`).
  const word = `/${INTERFACE_ENDPOINTS}`;
  const covered = matches.map((match) => [match.start, match.end]);
  const endpointId = relativeStart && text.startsWith(`${INTERFACE_ENDPOINTS}/`) ? parseSegment(text, INTERFACE_ENDPOINTS.length + 1) : undefined;
  const relativeTail = endpointId && looksLikeId(text, endpointId) ? interfaceTail(text, 0, Math.min(text.length, MAX_LOOKAHEAD)) : undefined;
  if (relativeTail && !covered.some(([from]) => from === 0)) {
    matches.push({ start: 0, end: toValue(relativeTail.end), anchorEnd: 0, interfaceAt: 0, hasId: true, groups: false, interfaceOnly: true, escaped });
  }
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const valueAt = toValue(at);
    if (covered.some(([from, to]) => valueAt >= from && valueAt < to)) {
      continue;
    }
    const tail = interfaceTail(text, at + 1, Math.min(text.length, at + MAX_LOOKAHEAD));
    if (!tail || underV2(text, at)) {
      continue;
    }
    // Not back over a path already matched before it (`…/privateEndpoint?a=1/…/interfaceEndpoints`).
    const begins = pathStart(text, at, ends.reduce((floor, end) => (end <= at && end > floor ? end : floor), 0));
    matches.push({
      start: toValue(begins),
      end: toValue(tail.end),
      anchorEnd: toValue(at),
      interfaceAt: toValue(at + 1),
      hasId: true,
      groups: false,
      interfaceOnly: true,
      escaped,
    });
  }
  matches.sort((a, b) => a.start - b.start);
  return { matches, current };
}
