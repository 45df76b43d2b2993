// What "Open Raw JSON" shows: the JSON Atlas returned, exactly as sent, pretty-printed. Pure (no `vscode`).
// The client keeps each page's parsed body (`Page.raw`); nothing else (no headers, no keys) is ever part of it.
import { boundedJson } from '../boundedJson';
import type { ConnectionLikeNode } from './nodes';
import type { ProjectState } from './projectLoader';

/** 2-space pretty print with a final newline; depth-bounded, so a hostile `[[[…]]]` cannot overflow the stack. */
export function formatJson(value: unknown): string {
  return `${boundedJson(value, 2)}\n`;
}

/** The element of a list body with this id, in any shape Atlas uses (bare array, `results`, envelope `content`, nested). */
export function findRawItem(bodies: readonly unknown[], id: string): unknown {
  for (const body of bodies) {
    for (const item of listOf(body)) {
      if (item !== null && typeof item === 'object' && (item as { id?: unknown }).id === id) {
        return item;
      }
    }
  }
  return undefined;
}

/** A loop, not recursion: an envelope's `content` may nest as deep as a server likes. */
function listOf(body: unknown): unknown[] {
  let current = body;
  for (;;) {
    if (Array.isArray(current)) {
      return current;
    }
    if (current === null || typeof current !== 'object') {
      return [];
    }
    const { results, content } = current as { results?: unknown; content?: unknown };
    if (Array.isArray(results)) {
      return results;
    }
    if (content === undefined) {
      return [];
    }
    current = content;
  }
}

/** The raw JSON of one connection or endpoint service as Atlas sent it (the parsed item when no raw body holds it). */
export function rawJsonOfItem(node: ConnectionLikeNode, state: ProjectState): unknown {
  if (node.kind === 'connection') {
    const bodies = state.kind === 'connections' ? state.rawPages : [];
    return findRawItem(bodies, node.connection.id) ?? node.connection;
  }
  const provider = node.service.cloudProvider;
  const body = state.kind === 'endpointServices' ? state.rawByProvider[provider] : undefined;
  return findRawItem(body === undefined ? [] : [body], node.service.id) ?? node.service;
}

/**
 * A project's raw JSON: the bodies of the pages loaded so far (an array, one body per page), or, for endpoint
 * services, an object keyed by cloud provider. Undefined when nothing is loaded.
 */
export function rawJsonOfProject(state: ProjectState): unknown {
  if (state.kind === 'connections') {
    return [...state.rawPages];
  }
  if (state.kind === 'endpointServices') {
    return { ...state.rawByProvider };
  }
  return undefined;
}

/** The path of the read-only document (`atlas-private-endpoints:/…`); ends in `.json` so the editor picks JSON. */
export function rawJsonPath(projectId: string, node?: ConnectionLikeNode): string {
  const project = encodeURIComponent(projectId);
  if (!node) {
    return `/${project}/pages.json`;
  }
  if (node.kind === 'connection') {
    return `/${project}/privateEndpoint/${encodeURIComponent(node.connection.id)}.json`;
  }
  return `/${project}/${encodeURIComponent(node.service.cloudProvider)}/endpointService/${encodeURIComponent(node.service.id)}.json`;
}
