// The old Go client (go.mongodb.org/atlas/mongodbatlas): `PrivateEndpointsDeprecated.<Method>(…)` calls become the
// provider-aware `PrivateEndpoints` calls, and the deprecated type names with the same fields become their current
// names. Only calls whose arguments can be read (balanced, the documented count) are rewritten.
import type { Finding } from '../types';
import { callArguments } from './text';
import type { TextEdit } from './types';

export interface GoFix {
  edits: TextEdit[];
  title: string;
}

/** Method of the deprecated service -> [new method, index where "AWS" is inserted, argument count]. */
const METHODS: Record<string, [string, number, number]> = {
  List: ['List', 2, 3],
  Get: ['Get', 2, 3],
  Delete: ['Delete', 2, 3],
  Create: ['Create', -1, 3],
  GetOneInterfaceEndpoint: ['GetOnePrivateEndpoint', 2, 4],
  DeleteOneInterfaceEndpoint: ['DeleteOnePrivateEndpoint', 2, 4],
  AddOneInterfaceEndpoint: ['AddOnePrivateEndpoint', 2, 4],
};

/** Deprecated types whose current type has the same fields (a rename is enough). */
const TYPE_RENAMES: Record<string, string> = {
  PrivateEndpointsServiceDeprecated: 'PrivateEndpointsService',
  PrivateEndpointsServiceOpDeprecated: 'PrivateEndpointsServiceOp',
  PrivateEndpointConnectionDeprecated: 'PrivateEndpointConnection',
};

export const GO_NOT_FIXED: Record<string, string> = {
  InterfaceEndpointConnectionDeprecated:
    'InterfaceEndpointConnection is not a rename: the interface endpoint id moves from ID to InterfaceEndpointID and ConnectionStatus becomes AWSConnectionStatus. Change the type and its field reads by hand.',
  PrivateEndpointsDeprecated: 'Only calls of PrivateEndpointsDeprecated.<Method>(…) are rewritten; change this use to PrivateEndpoints by hand.',
};

const CLI_STORE_NAMES = new Set([
  'PrivateEndpointDeprecated',
  'CreatePrivateEndpointDeprecated',
  'DeletePrivateEndpointDeprecated',
  'InterfaceEndpointDeprecated',
  'CreateInterfaceEndpointDeprecated',
  'DeleteInterfaceEndpointDeprecated',
]);

const IMPORT_PATH = '"go.mongodb.org/atlas/mongodbatlas"';

/** How the file names the package: its import alias, `mongodbatlas`, '' inside the package itself, or undefined. */
export function goPackageQualifier(text: string): string | undefined {
  if (/^package\s+mongodbatlas\b/m.test(text)) {
    return '';
  }
  const importAt = text.indexOf(IMPORT_PATH);
  if (importAt < 0) {
    return undefined;
  }
  const lineStart = text.lastIndexOf('\n', importAt) + 1;
  const words = text.slice(lineStart, importAt).trim().split(/\s+/).filter((word) => word !== '' && word !== 'import');
  const alias = words[words.length - 1];
  if (alias === '_' || alias === '.') {
    return undefined;
  }
  return alias ?? 'mongodbatlas';
}

/** The file defines the deprecated client itself (a vendored copy): renaming its declarations would break it. */
export function definesDeprecatedClient(text: string): boolean {
  return /\btype\s+PrivateEndpoint\w*Deprecated\b|\)\s*AddOneInterfaceEndpoint\s*\(/.test(text);
}

/** Why a Go finding has no rewrite, or undefined when `fixGoFinding` handles it. */
export function goNoFixReason(name: string): string | undefined {
  if (CLI_STORE_NAMES.has(name)) {
    return 'An Atlas CLI internal store name: its replacement is a different store method, not a rename.';
  }
  return Object.hasOwn(GO_NOT_FIXED, name) ? GO_NOT_FIXED[name] : undefined;
}

/** The rewrite of one `sdk` finding at `start` (offset), or a reason why there is none. */
export function fixGoFinding(text: string, start: number, finding: Finding): GoFix | { reason: string } {
  const subject = finding.messageArgs[0];
  if (definesDeprecatedClient(text)) {
    return { reason: 'This file defines the deprecated client itself; it is left as it is.' };
  }
  const end = start + finding.length;
  if (Object.hasOwn(TYPE_RENAMES, subject)) {
    return { edits: [{ start, end, newText: TYPE_RENAMES[subject] }], title: TYPE_RENAMES[subject] };
  }
  const dot = subject.indexOf('.');
  const method = dot > 0 ? subject.slice(dot + 1) : '';
  if (!subject.startsWith('PrivateEndpointsDeprecated.') || !Object.hasOwn(METHODS, method)) {
    return { reason: goNoFixReason(subject) ?? 'No determined rewrite for this name.' };
  }
  const [newMethod, providerAt, count] = METHODS[method];
  let open = end;
  while (text[open] === ' ') {
    open++;
  }
  const call = text[open] === '(' ? callArguments(text, open) : undefined;
  if (!call || call.args.length !== count) {
    return { reason: `The arguments of ${subject}(…) could not be read with certainty; rewrite the call by hand.` };
  }
  const edits: TextEdit[] = [{ start, end, newText: `PrivateEndpoints.${newMethod}` }];
  const argText = (index: number) => text.slice(call.args[index].start, call.args[index].end);
  if (providerAt >= 0) {
    edits.push({ start: call.args[providerAt].start, end: call.args[providerAt].start, newText: '"AWS", ' });
  }
  if (method === 'AddOneInterfaceEndpoint') {
    const qualifier = goPackageQualifier(text);
    if (qualifier === undefined) {
      return { reason: 'The file does not import go.mongodb.org/atlas/mongodbatlas by a usable name; rewrite the call by hand.' };
    }
    const type = qualifier ? `${qualifier}.InterfaceEndpointConnection` : 'InterfaceEndpointConnection';
    edits.push({ start: call.args[3].start, end: call.args[3].end, newText: `&${type}{ID: ${argText(3)}}` });
  }
  return { edits, title: `PrivateEndpoints.${newMethod}(…, "AWS", …)` };
}
