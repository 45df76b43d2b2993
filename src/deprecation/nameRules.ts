// Deprecated names: the old Go client's `PrivateEndpointsDeprecated` family (and the Atlas CLI's internal store
// names), Terraform's removed resources, their Pulumi bridges, and the Atlas CLI's legacy `privateEndpoints` commands.
// None of these gets an automatic rewrite: the replacements take different arguments.
import type { RuleMatch } from './ruleMatch';
import { identifierEnd, identifierStart, isBlank, isWordChar, lineStartWithin, skipBlanks, skipBlanksBack } from './text';

const GO_SDK = 'PrivateEndpointServicesApi';

/** Methods of `Client.PrivateEndpointsDeprecated` and their replacements (old Go client, then atlas-sdk-go). */
const GO_CLIENT_METHODS: Record<string, [string, string]> = {
  List: ['PrivateEndpoints.List', 'ListPrivateEndpointService'],
  Get: ['PrivateEndpoints.Get', 'GetPrivateEndpointService'],
  Create: ['PrivateEndpoints.Create', 'CreatePrivateEndpointService'],
  Delete: ['PrivateEndpoints.Delete', 'DeletePrivateEndpointService'],
  AddOneInterfaceEndpoint: ['PrivateEndpoints.AddOnePrivateEndpoint', 'CreatePrivateEndpoint'],
  GetOneInterfaceEndpoint: ['PrivateEndpoints.GetOnePrivateEndpoint', 'GetPrivateEndpoint'],
  DeleteOneInterfaceEndpoint: ['PrivateEndpoints.DeleteOnePrivateEndpoint', 'DeletePrivateEndpoint'],
};

/** Deprecated identifiers and what replaces each. */
const DEPRECATED_IDENTIFIERS: Record<string, string> = {
  PrivateEndpointsDeprecated: `PrivateEndpoints (go.mongodb.org/atlas) or ${GO_SDK} (atlas-sdk-go)`,
  PrivateEndpointsServiceDeprecated: `PrivateEndpointsService (go.mongodb.org/atlas) or ${GO_SDK} (atlas-sdk-go)`,
  PrivateEndpointsServiceOpDeprecated: `PrivateEndpointsServiceOp (go.mongodb.org/atlas) or ${GO_SDK} (atlas-sdk-go)`,
  PrivateEndpointConnectionDeprecated: 'PrivateEndpointConnection (go.mongodb.org/atlas) or admin.EndpointService (atlas-sdk-go)',
  InterfaceEndpointConnectionDeprecated: 'InterfaceEndpointConnection (go.mongodb.org/atlas) or admin.PrivateLinkEndpoint (atlas-sdk-go)',
  // The Atlas CLI's store (internal/store/deprected_private_endpoints.go).
  PrivateEndpointDeprecated: `PrivateEndpoint (${GO_SDK}.GetPrivateEndpointService)`,
  CreatePrivateEndpointDeprecated: `CreatePrivateEndpoint (${GO_SDK}.CreatePrivateEndpointService)`,
  DeletePrivateEndpointDeprecated: `DeletePrivateEndpoint (${GO_SDK}.DeletePrivateEndpointService)`,
  InterfaceEndpointDeprecated: `InterfaceEndpoint (${GO_SDK}.GetPrivateEndpoint)`,
  CreateInterfaceEndpointDeprecated: `CreateInterfaceEndpoint (${GO_SDK}.CreatePrivateEndpoint)`,
  DeleteInterfaceEndpointDeprecated: `DeleteInterfaceEndpoint (${GO_SDK}.DeletePrivateEndpoint)`,
};

/** `anchor`..`anchorEnd` matched inside a deprecated Go identifier (`PrivateEndpointsDeprecated`, …). */
export function matchSdkIdentifier(text: string, anchor: number, anchorEnd: number): RuleMatch | undefined {
  const start = identifierStart(text, anchor);
  const end = identifierEnd(text, anchorEnd);
  if (end !== anchorEnd || (start > 0 && text[start - 1] === '$')) {
    return undefined;
  }
  const name = text.slice(start, end);
  const suggestion = DEPRECATED_IDENTIFIERS[name];
  if (!suggestion) {
    return undefined;
  }
  if (name === 'PrivateEndpointsDeprecated' && text[end] === '.') {
    const methodEnd = identifierEnd(text, end + 1);
    const method = text.slice(end + 1, methodEnd);
    const replacement = Object.hasOwn(GO_CLIENT_METHODS, method) ? GO_CLIENT_METHODS[method] : undefined;
    if (replacement) {
      return {
        start,
        end: methodEnd,
        kind: 'sdk',
        subject: `${name}.${method}`,
        suggestion: `${replacement[0]} (go.mongodb.org/atlas) or ${GO_SDK}.${replacement[1]} (atlas-sdk-go)`,
      };
    }
  }
  return { start, end, kind: 'sdk', subject: name, suggestion };
}

const FROM_ADDRESS = /^\s*from\s*=\s*$/;

const TERRAFORM_RESOURCES: Record<string, string> = {
  mongodbatlas_private_endpoint_link: 'mongodbatlas_privatelink_endpoint_service (with mongodbatlas_privatelink_endpoint)',
  mongodbatlas_private_endpoint: 'mongodbatlas_privatelink_endpoint and mongodbatlas_privatelink_endpoint_service',
  mongodbatlas_private_endpoint_interface_link: 'mongodbatlas_privatelink_endpoint_service (with mongodbatlas_privatelink_endpoint)',
};

/** `mongodbatlas_private_endpoint`, `…_interface_link` or the first name of the link, `…_link`, as a whole name (not `…_regional_mode`). */
export function matchTerraformResource(text: string, anchor: number): RuleMatch | undefined {
  if (anchor > 0 && isWordChar(text.charCodeAt(anchor - 1))) {
    return undefined;
  }
  const end = identifierEnd(text, anchor);
  const name = text.slice(anchor, end);
  const suggestion = Object.hasOwn(TERRAFORM_RESOURCES, name) ? TERRAFORM_RESOURCES[name] : undefined;
  // `removed { from = <old address> }` (and `moved`) record the migration itself: not a use.
  if (FROM_ADDRESS.test(text.slice(lineStartWithin(text, anchor, 64), anchor))) {
    return undefined;
  }
  return suggestion ? { start: anchor, end, kind: 'terraform', subject: name, suggestion } : undefined;
}

const PULUMI_RESOURCES: Record<string, string> = {
  PrivateEndpoint: 'PrivateLinkEndpoint and PrivateLinkEndpointService',
  PrivateEndpointInterfaceLink: 'PrivateLinkEndpointService (with PrivateLinkEndpoint)',
  NewPrivateEndpoint: 'NewPrivateLinkEndpoint and NewPrivateLinkEndpointService',
  NewPrivateEndpointInterfaceLink: 'NewPrivateLinkEndpointService (with NewPrivateLinkEndpoint)',
};

/** Pulumi's bridged resources, constructed as `mongodbatlas.PrivateEndpoint(…)` (`New…` in Go). */
export function matchPulumiResource(text: string, anchor: number): RuleMatch | undefined {
  const start = identifierStart(text, anchor, 3);
  const end = identifierEnd(text, anchor);
  const name = text.slice(start, end);
  const suggestion = Object.hasOwn(PULUMI_RESOURCES, name) ? PULUMI_RESOURCES[name] : undefined;
  if (!suggestion || text[start - 1] !== '.' || text[skipBlanks(text, end, 2)] !== '(') {
    return undefined;
  }
  const module = text.slice(Math.max(0, start - 13), start - 1);
  if (module.toLowerCase() !== 'mongodbatlas') {
    return undefined;
  }
  return { start: start - 13, end, kind: 'terraform', subject: `${module}.${name}`, suggestion: `${module}.${suggestion.replace(/ (and|with) /, ` $1 ${module}.`)}` };
}

const CLI_ALIASES = new Set(['privateEndpoints', 'privateendpoints', 'private-endpoints', 'privateEndpoint', 'privateendpoint', 'private-endpoint']);
const CLI_SUBCOMMANDS: Record<string, string> = {
  list: 'list',
  ls: 'list',
  describe: 'describe',
  create: 'create',
  delete: 'delete',
  rm: 'delete',
  watch: 'watch',
  interfaces: 'interfaces',
};
const CLI_INTERFACE_SUBCOMMANDS: Record<string, string> = { create: 'create', describe: 'describe', delete: 'delete', rm: 'delete' };

function wordAt(text: string, pos: number): string {
  let end = pos;
  while (end < text.length && end < pos + 24 && (isWordChar(text.charCodeAt(end)) || text[end] === '-')) {
    end++;
  }
  return text.slice(pos, end);
}

const MAX_ARGV_GAP = 160;
/** What a program's path may be in an argument list: `"atlas"`, `"/usr/local/bin/atlas"`, `"atlas.exe"`. */
const ATLAS_PROGRAM = /(?:^|[/\\])atlas(?:\.exe)?$/;
/** A name that holds the CLI's path: `cliPath`, `atlasBin`, `ATLAS`, `self.atlas_path`. */
const ATLAS_PROGRAM_NAME = /atlas|^cli(?:_?(?:path|bin|exe))?$/i;
/** Between two items of an argument list: a comma, or the next call of a builder (`).arg(`, `).args([`). */
const ARGV_SEPARATOR = /^\s*(?:,|\)\s*\.\s*(?:arg|args|Arg|Args|add|Add)\s*\(\s*[[&{]?)\s*/;

function isQuote(char: string | undefined): boolean {
  return char === '"' || char === "'" || char === '`';
}

/** Index before the blanks and line breaks that end at `pos`, looking back at most `MAX_ARGV_GAP`. */
function skipSpaceBack(text: string, pos: number): number {
  const floor = Math.max(0, pos - MAX_ARGV_GAP);
  let i = pos;
  while (i > floor && (isBlank(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13)) {
    i--;
  }
  return i;
}

/** The quoted item that starts at `pos` (`"list"`, `'list'`): its word and where it ends, if it is a plain word. */
function quotedWordAt(text: string, pos: number): { word: string; end: number } | undefined {
  const quote = text[pos];
  if (!isQuote(quote)) {
    return undefined;
  }
  const word = wordAt(text, pos + 1);
  return word.length > 0 && text[pos + 1 + word.length] === quote ? { word, end: pos + 2 + word.length } : undefined;
}

/** The next item of an argument list after the one that ends at `end`, as a quoted word. */
function nextArgvWord(text: string, end: number): { word: string; start: number; end: number } | undefined {
  const separator = ARGV_SEPARATOR.exec(text.slice(end, end + MAX_ARGV_GAP));
  if (!separator) {
    return undefined;
  }
  const start = end + separator[0].length;
  const item = quotedWordAt(text, start);
  return item ? { ...item, start } : undefined;
}

/**
 * Where the argument list of an Atlas CLI run starts, when the quoted item at `quoteAt` is its command group: after
 * `"atlas"` or a name for the CLI's path (`exec.Command("atlas", "privateEndpoints", …)`,
 * `exec.Command(cliPath, …)`), or first in a call's or a list's arguments (`run_cli(["privateEndpoints", …])`, a
 * wrapper that adds `atlas` itself). Returns where the finding starts, or -1.
 */
function argvStart(text: string, quoteAt: number): number {
  const before = skipSpaceBack(text, quoteAt);
  const char = text[before - 1];
  if (char === '(' || char === '[' || char === '{') {
    return quoteAt;
  }
  if (char !== ',') {
    return -1;
  }
  const itemEnd = skipSpaceBack(text, before - 1);
  const last = text[itemEnd - 1];
  if (isQuote(last)) {
    const open = text.lastIndexOf(last, itemEnd - 2);
    const program = open >= 0 && itemEnd - open < 128 ? text.slice(open + 1, itemEnd - 1) : '';
    if (!ATLAS_PROGRAM.test(program)) {
      return -1;
    }
    // Shown from `atlas` when it is on the same line.
    return text.slice(open, quoteAt).includes('\n') ? quoteAt : open + 1;
  }
  const name = text.slice(identifierStart(text, itemEnd, 48), itemEnd);
  return name.length > 0 && ATLAS_PROGRAM_NAME.test(name) ? quoteAt : -1;
}

/** `"privateEndpoints", "list"` as items of an argument list that runs the Atlas CLI (see `argvStart`). */
function matchCliArgv(text: string, anchor: number, alias: string): RuleMatch | undefined {
  const quoteAt = anchor - 1;
  if (text[anchor + alias.length] !== text[quoteAt]) {
    return undefined;
  }
  const start = argvStart(text, quoteAt);
  const sub = start < 0 ? undefined : nextArgvWord(text, anchor + alias.length + 1);
  const command = sub && Object.hasOwn(CLI_SUBCOMMANDS, sub.word) ? CLI_SUBCOMMANDS[sub.word] : undefined;
  if (!sub || !command) {
    return undefined;
  }
  let end = sub.end - 1;
  let normalized = command;
  const nested = command === 'interfaces' ? nextArgvWord(text, sub.end) : undefined;
  if (nested && Object.hasOwn(CLI_INTERFACE_SUBCOMMANDS, nested.word)) {
    end = nested.end - 1;
    normalized = `interfaces ${CLI_INTERFACE_SUBCOMMANDS[nested.word]}`;
  }
  return { start, end, kind: 'cli', subject: `atlas ${alias} ${normalized}`, suggestion: `atlas privateEndpoints aws ${normalized}` };
}

/** `atlas privateEndpoints list|describe|create|delete|watch|interfaces …` without a provider (`aws`, `azure`, `gcp`). */
export function matchCliCommand(text: string, anchor: number): RuleMatch | undefined {
  const alias = wordAt(text, anchor);
  if (!CLI_ALIASES.has(alias)) {
    return undefined;
  }
  if (isQuote(text[anchor - 1])) {
    return matchCliArgv(text, anchor, alias);
  }
  if (!isBlank(text.charCodeAt(anchor - 1))) {
    return undefined;
  }
  const atlasEnd = skipBlanksBack(text, anchor);
  const start = atlasEnd - 'atlas'.length;
  if (start < 0 || text.slice(start, atlasEnd) !== 'atlas' || (start > 0 && /[\w.-]/.test(text[start - 1]))) {
    return undefined;
  }
  const subStart = skipBlanks(text, anchor + alias.length);
  if (subStart === anchor + alias.length) {
    return undefined;
  }
  const sub = wordAt(text, subStart);
  const command = Object.hasOwn(CLI_SUBCOMMANDS, sub) ? CLI_SUBCOMMANDS[sub] : undefined;
  if (!command || /[\w-]/.test(text[subStart + sub.length] ?? ' ')) {
    return undefined;
  }
  let end = subStart + sub.length;
  let normalized = command;
  if (command === 'interfaces') {
    const nestedStart = skipBlanks(text, end);
    const nested = wordAt(text, nestedStart);
    if (nestedStart > end && Object.hasOwn(CLI_INTERFACE_SUBCOMMANDS, nested)) {
      end = nestedStart + nested.length;
      normalized = `interfaces ${CLI_INTERFACE_SUBCOMMANDS[nested]}`;
    }
  }
  return {
    start,
    end,
    kind: 'cli',
    subject: `atlas ${alias} ${normalized}`,
    suggestion: `atlas privateEndpoints aws ${normalized}`,
  };
}

/** Methods that only the old Go client's `PrivateEndpointsDeprecated` service has (before its 2020 rename). */
const OLD_GO_METHODS: Record<string, string> = {
  AddOneInterfaceEndpoint: 'PrivateEndpoints.AddOnePrivateEndpoint (go.mongodb.org/atlas) or PrivateEndpointServicesApi.CreatePrivateEndpoint (atlas-sdk-go)',
  GetOneInterfaceEndpoint: 'PrivateEndpoints.GetOnePrivateEndpoint (go.mongodb.org/atlas) or PrivateEndpointServicesApi.GetPrivateEndpoint (atlas-sdk-go)',
  DeleteOneInterfaceEndpoint: 'PrivateEndpoints.DeleteOnePrivateEndpoint (go.mongodb.org/atlas) or PrivateEndpointServicesApi.DeletePrivateEndpoint (atlas-sdk-go)',
};

/** Pulumi's data sources for the removed resources, by language, and their successors. */
const PULUMI_DATA_SOURCES: Record<string, string> = {
  get_private_endpoint: 'get_privatelink_endpoint',
  get_private_endpoint_output: 'get_privatelink_endpoint_output',
  get_private_endpoint_interface_link: 'get_privatelink_endpoint_service',
  getPrivateEndpoint: 'getPrivateLinkEndpoint',
  getPrivateEndpointOutput: 'getPrivateLinkEndpointOutput',
  getPrivateEndpointInterfaceLink: 'getPrivateLinkEndpointService',
  GetPrivateEndpoint: 'GetPrivateLinkEndpoint',
  GetPrivateEndpointInterfaceLink: 'GetPrivateLinkEndpointService',
  LookupPrivateEndpoint: 'LookupPrivateLinkEndpoint',
  LookupPrivateEndpointOutput: 'LookupPrivateLinkEndpointOutput',
  LookupPrivateEndpointInterfaceLink: 'LookupPrivateLinkEndpointService',
};
const PULUMI_QUALIFIERS = ['mongodbatlas.', 'Mongodbatlas.', 'MongodbatlasFunctions.', 'pulumi_mongodbatlas.'];
/** Pulumi type tokens: `mongodbatlas:index/privateEndpoint:PrivateEndpoint`, `mongodbatlas:getPrivateEndpoint` (YAML). */
const PULUMI_TOKENS: Record<string, string> = {
  'mongodbatlas:index/privateEndpoint:PrivateEndpoint': 'mongodbatlas:index/privateLinkEndpoint:PrivateLinkEndpoint',
  'mongodbatlas:index/privateEndpointInterfaceLink:PrivateEndpointInterfaceLink': 'mongodbatlas:index/privateLinkEndpointService:PrivateLinkEndpointService',
  'mongodbatlas:index/getPrivateEndpoint:getPrivateEndpoint': 'mongodbatlas:index/getPrivateLinkEndpoint:getPrivateLinkEndpoint',
  'mongodbatlas:PrivateEndpoint': 'mongodbatlas:PrivateLinkEndpoint',
  'mongodbatlas:PrivateEndpointInterfaceLink': 'mongodbatlas:PrivateLinkEndpointService',
  'mongodbatlas:getPrivateEndpoint': 'mongodbatlas:getPrivateLinkEndpoint',
};

function qualifierBefore(text: string, start: number): string | undefined {
  return PULUMI_QUALIFIERS.find((qualifier) => text.startsWith(qualifier, start - qualifier.length) && !isWordChar(text.charCodeAt(start - qualifier.length - 1)));
}

/** Pulumi data sources (`mongodbatlas.get_private_endpoint(…)`, `mongodbatlas.LookupPrivateEndpoint(…)`) and type tokens. */
function matchPulumiName(text: string, start: number, end: number): RuleMatch | undefined {
  const name = text.slice(start, end);
  const floor = Math.max(0, start - 'mongodbatlas:index/'.length);
  const found = text.slice(floor, start).lastIndexOf('mongodbatlas:');
  const tokenStart = found < 0 ? -1 : floor + found;
  if (tokenStart >= 0) {
    let tokenEnd = end;
    while (tokenEnd < text.length && /[\w:/]/.test(text[tokenEnd]) && tokenEnd - tokenStart < 96) {
      tokenEnd++;
    }
    const token = text.slice(tokenStart, tokenEnd);
    if (Object.hasOwn(PULUMI_TOKENS, token)) {
      return { start: tokenStart, end: tokenEnd, kind: 'terraform', subject: token, suggestion: PULUMI_TOKENS[token] };
    }
  }
  const successor = Object.hasOwn(PULUMI_DATA_SOURCES, name) ? PULUMI_DATA_SOURCES[name] : undefined;
  const qualifier = successor ? qualifierBefore(text, start) : undefined;
  if (!successor || !qualifier) {
    return undefined;
  }
  return { start: start - qualifier.length, end, kind: 'terraform', subject: `${qualifier}${name}`, suggestion: `${qualifier}${successor}` };
}

/** A name at `at` (where a candidate word starts) that only the deprecated API has, or undefined. */
export function matchName(text: string, at: number): RuleMatch | undefined {
  const start = identifierStart(text, at, 48);
  const end = identifierEnd(text, at, 96);
  const name = text.slice(start, end);
  if (name.endsWith('Deprecated')) {
    return matchSdkIdentifier(text, start, end);
  }
  if (Object.hasOwn(OLD_GO_METHODS, name) && (text[start - 1] === '.' || text.startsWith('func ', start - 5))) {
    return { start, end, kind: 'sdk', subject: name, suggestion: OLD_GO_METHODS[name] };
  }
  if (name.startsWith('mongodbatlas_private_endpoint')) {
    return matchTerraformResource(text, start);
  }
  if (text.startsWith('PrivateEndpoint', at) && at > 0 && text[at - 1] !== '.' && text[at - 1] !== ':' && !/New$/.test(text.slice(start, at))) {
    // Inside a longer name (`GetPrivateEndpoint`): only Pulumi's data sources.
    return matchPulumiName(text, start, end);
  }
  return matchPulumiResource(text, at) ?? matchPulumiName(text, start, end) ?? matchCliCommand(text, start);
}
