// From a legacy path found in an expression's value to a rule match in the source: the span, the HTTP method and
// kind, how sure it is (and why), and the rewrite when it is unambiguous.
import type { Node } from './expressions';
import { detectHttpMethod, type HttpMethod } from './httpMethod';
import { INFERENCES } from './messages';
import type { PathMatch } from './pathRule';
import type { RuleMatch } from './ruleMatch';
import type { Inference } from './types';
import { partAt, sourceOffset, type Part, type Value } from './values';

const INTERFACE_ENDPOINTS = 'interfaceEndpoints';
const MAX_SHOWN = 80;
const G = '/groups/{GROUP-ID}/privateEndpoint';
const NEW = `${G}/AWS/endpointService`;

/** What the message says when the code does not show which HTTP method it sends (a route or a handler, a bare URL). */
const METHOD_UNKNOWN = '(the code does not show the HTTP method)';

export function describePath(kind: RuleMatch['kind'], method: string | undefined, hasEndpoint: boolean): [string, string] {
  switch (kind) {
    case 'create':
      return [`POST ${G}`, `POST ${G}/endpointService`];
    case 'list':
      return method ? [`GET ${G}`, `GET ${NEW}`] : [`${G} ${METHOD_UNKNOWN}`, `GET ${NEW} to list, or POST ${G}/endpointService to create,`];
    case 'get':
      return method ? [`GET ${G}/{ID}`, `GET ${NEW}/{ID}`] : [`${G}/{ID} ${METHOD_UNKNOWN}`, `GET ${NEW}/{ID} to read, or DELETE ${NEW}/{ID} to delete,`];
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

function shown(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN - 1)}…` : flat;
}

function partsIn(value: Value, from: number, to: number): Part[] {
  if (value.parts.length === 0 || to <= from) {
    return [];
  }
  return value.parts.slice(partAt(value, from), partAt(value, to - 1) + 1);
}

/** Why the match is not certain, or undefined when it is. Path structure through a binding counts; an id does not. */
function inferenceOf(value: Value, match: PathMatch): Inference | undefined {
  const parts = partsIn(value, match.start, match.end);
  const text = value.text.slice(match.start, match.end);
  const through = parts.find((part) => part.via !== undefined && /[/]|privateEndpoint|interfaceEndpoints/.test(part.text));
  if (through?.via) {
    return { template: INFERENCES.binding, args: [through.via, shown(through.viaValue ?? through.text)] };
  }
  if (parts.some((part) => part.wrapped)) {
    return { template: INFERENCES.wrapped, args: [shown(text)] };
  }
  if (parts.some((part) => part.joined)) {
    return { template: INFERENCES.segments, args: [shown(text)] };
  }
  if (match.escaped || parts.some((part) => part.regex)) {
    return { template: INFERENCES.escaped, args: [shown(text)] };
  }
  if (match.interfaceOnly) {
    return { template: INFERENCES.interfaceOnly, args: [shown(text)] };
  }
  if (!match.groups) {
    return { template: INFERENCES.relative, args: [shown(text)] };
  }
  return undefined;
}

/**
 * A path written over several lines (a builder chain, a list with one segment a line) is shown on the line that holds
 * the path word that decides its kind, where a reader looks for it: `interfaceEndpoints` when the path has it, else
 * `privateEndpoint`. The first non-blank character of that line, when it is after `start`.
 */
function anchorLineStart(source: string, value: Value, match: PathMatch, start: number, end: number): number | undefined {
  if (source.slice(start, end).indexOf('\n') < 0) {
    return undefined;
  }
  const part = decisivePart(value, match);
  if (!part || part.kind !== 'lit' || part.via !== undefined || part.start <= start || part.start >= end) {
    return undefined;
  }
  let lineStart = source.lastIndexOf('\n', part.start - 1) + 1;
  while (lineStart < part.start && (source[lineStart] === ' ' || source[lineStart] === '\t')) {
    lineStart++;
  }
  return lineStart > start ? lineStart : undefined;
}

/** The part of the match that decides its kind: `interfaceEndpoints` when the path has it, else `privateEndpoint`. */
function decisivePart(value: Value, match: PathMatch): Part | undefined {
  return value.parts[partAt(value, match.interfaceAt ?? Math.max(match.start, match.anchorEnd - 1))];
}

/**
 * A path read from a list held in a name (`parts = ["groups", g, "privateEndpoint"]`, joined later) is shown where the
 * list's segments are written: on the line of the word that decides its kind, over the segments on that line.
 */
function heldListSpan(source: string, value: Value, match: PathMatch): [number, number] | undefined {
  const decisive = decisivePart(value, match);
  if (!decisive || decisive.via === undefined || decisive.kind !== 'lit' || !source.startsWith(decisive.text, decisive.start) || decisive.text.length === 0) {
    return undefined;
  }
  const lineStart = source.lastIndexOf('\n', decisive.start - 1) + 1;
  const newline = source.indexOf('\n', decisive.end);
  const lineEnd = newline < 0 ? source.length : newline;
  let [start, end] = [decisive.start, decisive.end];
  for (const part of partsIn(value, match.start, match.end)) {
    if (part.via !== undefined && part.start >= lineStart && part.end <= lineEnd && part.end > part.start) {
      start = Math.min(start, part.start);
      end = Math.max(end, part.end);
    }
  }
  return [start, end];
}

/**
 * Source span of the match, on one line: exact where the text is literal, else the parts' own spans. Third: where the
 * path starts, before a multi-line path is moved to the line of its decisive word (the method may be written there).
 */
function sourceSpan(source: string, value: Value, match: PathMatch, node: Node | undefined): [number, number, number] {
  const held = heldListSpan(source, value, match);
  if (held) {
    return [...held, held[0]];
  }
  let start = sourceOffset(value, match.start, false);
  let end = sourceOffset(value, match.end, true);
  if (end <= start) {
    const parts = partsIn(value, match.start, match.end);
    start = Math.min(...parts.map((part) => part.start));
    end = Math.max(...parts.map((part) => part.end));
    if (end <= start && node) {
      [start, end] = [node.start, node.end];
    }
  }
  const pathStart = start;
  const anchorLine = anchorLineStart(source, value, match, start, end);
  if (anchorLine !== undefined) {
    start = anchorLine;
  }
  const newline = source.slice(start, end).indexOf('\n') + start;
  if (newline >= start) {
    end = newline > start ? newline : end;
    if (source[end - 1] === '\r') {
      end--;
    }
  }
  return [start, end, pathStart];
}

/** Source offset of value offset `at` when the text there is a plain literal copy; undefined otherwise. */
function exactSource(value: Value, at: number, length: number): number | undefined {
  const index = partAt(value, at);
  const part = value.parts[index];
  const inside = at - value.offsets[index];
  const plain = part && part.kind === 'lit' && part.via === undefined && !part.escaped && !part.regex && part.end - part.start === part.text.length;
  return plain && inside + length <= part.text.length ? part.start + inside : undefined;
}

function rewrite(source: string, start: number, end: number, anchorEnd: number, interfaceAt: number | undefined, create: boolean): string | undefined {
  if (anchorEnd < start || anchorEnd > end) {
    return undefined;
  }
  const inserted = create ? '/endpointService' : '/AWS/endpointService';
  if (interfaceAt === undefined) {
    return `${source.slice(start, anchorEnd)}${inserted}${source.slice(anchorEnd, end)}`;
  }
  if (interfaceAt < anchorEnd || interfaceAt + INTERFACE_ENDPOINTS.length > end || !source.startsWith(INTERFACE_ENDPOINTS, interfaceAt)) {
    return undefined;
  }
  return `${source.slice(start, anchorEnd)}${inserted}${source.slice(anchorEnd, interfaceAt)}endpoint${source.slice(interfaceAt + INTERFACE_ENDPOINTS.length, end)}`;
}

/**
 * `methodHint`: the HTTP method of a use elsewhere that sends this value unchanged, when the span's own code shows
 * none; `hintFirst`: the hint wins (a data file's `method` key of the same request).
 */
export function pathFinding(source: string, value: Value, match: PathMatch, node: Node | undefined, methodHint?: HttpMethod, hintFirst = false): RuleMatch | undefined {
  const [start, end, pathStart] = sourceSpan(source, value, match, node);
  if (end <= start) {
    return undefined;
  }
  const shownMethod = detectHttpMethod(source, start, end) ?? (pathStart < start ? detectHttpMethod(source, pathStart, end) : undefined);
  const method = hintFirst && methodHint ? methodHint : (shownMethod ?? methodHint);
  let kind: RuleMatch['kind'];
  if (match.interfaceAt !== undefined) {
    kind = 'interfaceEndpoints';
  } else if (match.hasId) {
    kind = method === 'DELETE' ? 'delete' : 'get';
  } else {
    kind = method === 'POST' ? 'create' : 'list';
  }
  const inference = inferenceOf(value, match);
  const hasEndpoint = match.interfaceAt !== undefined && match.end > match.interfaceAt + INTERFACE_ENDPOINTS.length;
  const [subject, suggestion] = describePath(kind, method, hasEndpoint);
  const result: RuleMatch = { start, end, kind, subject, suggestion };
  if (method) {
    result.httpMethod = method;
  }
  // A rewrite needs the anchor (and `interfaceEndpoints`) as plain text inside the span. An inferred list/create is
  // ambiguous (the same name may serve both), and so are segments and escapes.
  const anchorAt = match.interfaceOnly ? undefined : exactSource(value, match.anchorEnd - 'privateEndpoint'.length, 'privateEndpoint'.length);
  const interfaceAt = match.interfaceAt === undefined ? undefined : exactSource(value, match.interfaceAt, INTERFACE_ENDPOINTS.length);
  const unambiguous = !inference || (match.hasId && (inference.template === INFERENCES.relative || inference.template === INFERENCES.binding));
  if (anchorAt !== undefined && unambiguous && (match.interfaceAt === undefined || interfaceAt !== undefined)) {
    const replacement = rewrite(source, start, end, anchorAt + 'privateEndpoint'.length, interfaceAt, kind === 'create');
    if (replacement !== undefined) {
      result.replacement = replacement;
    }
  }
  if (inference) {
    result.inference = inference;
  }
  return result;
}
