// Pulumi (the Terraform bridge) in TypeScript/JavaScript, Python, Go and C#: `PrivateEndpoint` becomes
// `PrivateLinkEndpoint` (same arguments) and `PrivateEndpointInterfaceLink` becomes `PrivateLinkEndpointService`
// (interfaceEndpointId -> endpointServiceId, plus providerName "AWS"); the data sources the same way, where the
// replacement also needs providerName.
import { callArguments, eolOf, indentAt, lineStartOf } from './text';
import type { TextEdit } from './types';

type Style = 'camel' | 'snake' | 'go' | 'csharp';

const STYLE_BY_LANGUAGE: Record<string, Style> = {
  typescript: 'camel',
  typescriptreact: 'camel',
  javascript: 'camel',
  javascriptreact: 'camel',
  python: 'snake',
  go: 'go',
  csharp: 'csharp',
};

interface Names {
  projectId: string;
  interfaceEndpointId: string;
  endpointServiceId: string;
  /** Key followed by what separates it from the value. */
  assign: string;
  provider(isInvoke: boolean): string;
}

const NAMES: Record<Style, Names> = {
  camel: { projectId: 'projectId', interfaceEndpointId: 'interfaceEndpointId', endpointServiceId: 'endpointServiceId', assign: ':', provider: () => 'providerName: "AWS"' },
  snake: { projectId: 'project_id', interfaceEndpointId: 'interface_endpoint_id', endpointServiceId: 'endpoint_service_id', assign: '=', provider: () => 'provider_name="AWS"' },
  go: {
    projectId: 'ProjectId',
    interfaceEndpointId: 'InterfaceEndpointId',
    endpointServiceId: 'EndpointServiceId',
    assign: ':',
    provider: (isInvoke) => (isInvoke ? 'ProviderName: "AWS"' : 'ProviderName: pulumi.String("AWS")'),
  },
  csharp: { projectId: 'ProjectId', interfaceEndpointId: 'InterfaceEndpointId', endpointServiceId: 'EndpointServiceId', assign: '=', provider: () => 'ProviderName = "AWS"' },
};

/** Old name -> [new name, is the interface link, is a data source]. */
const RENAMES: Record<string, [string, boolean, boolean]> = {
  PrivateEndpoint: ['PrivateLinkEndpoint', false, false],
  NewPrivateEndpoint: ['NewPrivateLinkEndpoint', false, false],
  PrivateEndpointInterfaceLink: ['PrivateLinkEndpointService', true, false],
  NewPrivateEndpointInterfaceLink: ['NewPrivateLinkEndpointService', true, false],
  getPrivateEndpoint: ['getPrivateLinkEndpoint', false, true],
  getPrivateEndpointOutput: ['getPrivateLinkEndpointOutput', false, true],
  getPrivateEndpointInterfaceLink: ['getPrivateLinkEndpointService', true, true],
  getPrivateEndpointInterfaceLinkOutput: ['getPrivateLinkEndpointServiceOutput', true, true],
  get_private_endpoint: ['get_private_link_endpoint', false, true],
  get_private_endpoint_output: ['get_private_link_endpoint_output', false, true],
  get_private_endpoint_interface_link: ['get_private_link_endpoint_service', true, true],
  get_private_endpoint_interface_link_output: ['get_private_link_endpoint_service_output', true, true],
  LookupPrivateEndpoint: ['LookupPrivateLinkEndpoint', false, true],
  LookupPrivateEndpointInterfaceLink: ['LookupPrivateLinkEndpointService', true, true],
  GetPrivateEndpoint: ['GetPrivateLinkEndpoint', false, true],
  GetPrivateEndpointInterfaceLink: ['GetPrivateLinkEndpointService', true, true],
};

/** Argument-type names inside the call (Go `…Args{`, C# `new …Args`). */
const ARGS_TYPES = /\b(Lookup|Get)?PrivateEndpoint(InterfaceLink)?(Args|InvokeArgs)\b/g;
const ARGS_TYPE_RENAME = (_match: string, prefix: string | undefined, link: string | undefined, suffix: string) =>
  `${prefix ?? ''}PrivateLinkEndpoint${link ? 'Service' : ''}${suffix}`;

/** Every Pulumi data-source call with a legacy name in the text (they are not scanner findings). */
export const DATA_SOURCE_CALL = /\bmongodbatlas\.(getPrivateEndpoint(?:InterfaceLink)?(?:Output)?|get_private_endpoint(?:_interface_link)?(?:_output)?|LookupPrivateEndpoint(?:InterfaceLink)?)\s*\(|\b(GetPrivateEndpoint(?:InterfaceLink)?)\.Invoke(?:Async)?\s*\(/gi;

export type PulumiFix = { edits: TextEdit[]; title: string } | { reason: string };

/** Rewrites the call of `name` (which starts at `nameStart`) whose argument list opens at or after `searchFrom`. */
export function fixPulumiCall(text: string, nameStart: number, name: string, searchFrom: number, languageId: string | undefined): PulumiFix {
  const style = languageId && Object.hasOwn(STYLE_BY_LANGUAGE, languageId) ? STYLE_BY_LANGUAGE[languageId] : undefined;
  const rename = Object.hasOwn(RENAMES, name) ? RENAMES[name] : undefined;
  if (!style || !rename) {
    return { reason: 'No determined Pulumi rewrite for this language.' };
  }
  const [newName, isLink, isData] = rename;
  const open = text.indexOf('(', searchFrom);
  const call = open >= 0 && open - searchFrom < 40 ? callArguments(text, open) : undefined;
  if (!call) {
    return { reason: 'The call could not be read; rename it by hand.' };
  }
  const names = NAMES[style];
  const inside = text.slice(open, call.close);
  const edits: TextEdit[] = [{ start: nameStart, end: nameStart + name.length, newText: newName }];
  for (const type of inside.matchAll(ARGS_TYPES)) {
    edits.push({ start: open + type.index, end: open + type.index + type[0].length, newText: type[0].replace(ARGS_TYPES, ARGS_TYPE_RENAME) });
  }
  const keyAt = (key: string): number[] => [...inside.matchAll(new RegExp(`\\b${key}(?=\\s*${names.assign}(?!=))`, 'g'))].map((match) => open + match.index);
  if (isLink) {
    const keys = keyAt(names.interfaceEndpointId);
    if (keys.length !== 1) {
      return { reason: `The ${names.interfaceEndpointId} argument is not written in the call; rewrite it by hand (it becomes ${names.endpointServiceId}, with provider "AWS").` };
    }
    edits.push({ start: keys[0], end: keys[0] + names.interfaceEndpointId.length, newText: names.endpointServiceId });
  }
  if (isLink || isData) {
    const projects = keyAt(names.projectId);
    if (projects.length !== 1) {
      return { reason: 'The project argument is not written in the call; add the provider ("AWS") by hand.' };
    }
    const at = projects[0];
    const lineStart = lineStartOf(text, at);
    const provider = names.provider(isData);
    edits.push(
      text.slice(lineStart, at).trim() === ''
        ? { start: lineStart, end: lineStart, newText: `${indentAt(text, at)}${provider},${eolOf(text)}` }
        : { start: at, end: at, newText: `${provider}, ` },
    );
  }
  return { edits, title: newName };
}
