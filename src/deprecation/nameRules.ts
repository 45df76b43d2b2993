// Deprecated names: the old Go client's `PrivateEndpointsDeprecated` family (and the Atlas CLI's internal store
// names), Terraform's removed resources, their Pulumi bridges, and the Atlas CLI's legacy `privateEndpoints` commands.
// The CLI's commands are read on a shell line and in argument lists (`exec.Command("atlas", "privateEndpoints", …)`).
// None of these gets an automatic rewrite: the replacements take different arguments.
import type { RuleMatch } from './ruleMatch';
import { PROVIDER_MODULE, providerImports } from './pulumiImports';
import { identifierEnd, identifierStart, isBlank, isWordChar, lineEndWithin, lineStartWithin, skipBlanks, skipBlanksBack } from './text';

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
  // Every resource name has `PrivateEndpoint` at the anchor.
  if (text.charCodeAt(anchor) !== 80) {
    return undefined;
  }
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
  return { start: start - 13, end, kind: 'terraform', subject: `${module}.${name}`, suggestion: qualified(module, suggestion) };
}

/** A suggestion's class names under the module the code uses (`atlas.PrivateLinkEndpoint and atlas.PrivateLinkEndpointService`). */
function qualified(module: string, suggestion: string): string {
  return `${module}.${suggestion.replace(/ (and|with) /, ` $1 ${module}.`)}`;
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
/** Items looked at before the group: `atlas` and global flags with their values (`"--profile", p`). */
const MAX_ITEMS_BACK = 8;
/** What a program's path may be in an argument list: `"atlas"`, `"/usr/local/bin/atlas"`, `"atlas.exe"`. */
const ATLAS_PROGRAM = /(?:^|[/\\])atlas(?:\.exe)?$/;
/** A name that holds the CLI's path: `cliPath`, `atlasBin`, `ATLAS`, `self.atlas_path`. */
const ATLAS_PROGRAM_NAME = /atlas|^cli(?:_?(?:path|bin|exe))?$/i;
/**
 * Between two items of an argument list: a comma, the next call of a builder (`).arg(`, `).args([`), or the next
 * statement adding to the same list (`); psi.ArgumentList.Add(`).
 */
const ARGV_SEPARATOR = /^\s*(?:,|\)\s*(?:;\s*)?[\w.]{0,60}\.(?:arg|args|Arg|Args|add|Add|append|push)\s*\(\s*[[&{]?)\s*/;
/** A key that holds the CLI's arguments as one string: `Arguments = "…"`, `args: '…'`. */
const ARGUMENTS_KEY = /(?:arguments|args)["']?\s*[=:]\s*$/i;

function isQuote(char: string | undefined): boolean {
  return char === '"' || char === "'" || char === '`';
}

function isSpaceCode(code: number): boolean {
  return isBlank(code) || code === 10 || code === 13;
}

/** Index before the blanks and line breaks that end at `pos`, looking back at most `MAX_ARGV_GAP`. */
function skipSpaceBack(text: string, pos: number): number {
  const floor = Math.max(0, pos - MAX_ARGV_GAP);
  let i = pos;
  while (i > floor && isSpaceCode(text.charCodeAt(i - 1))) {
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

/** Where a string that starts at the quote `quoteAt` starts with its prefix (C#'s `$"…"`, Python's `f"…"`). */
function stringStart(text: string, quoteAt: number): number {
  let i = quoteAt;
  while (i > quoteAt - 2 && i > 0 && '$@fFrRbBuU'.includes(text[i - 1])) {
    i--;
  }
  return i === quoteAt || !isWordChar(text.charCodeAt(i - 1)) ? i : quoteAt;
}

interface ArgvItem {
  /** A string's text, or a name's source. */
  text: string;
  quoted: boolean;
  start: number;
}

/** The argument-list item (a string or a name) that ends at `end`. */
function argvItemBefore(text: string, end: number): ArgvItem | undefined {
  const last = text[end - 1];
  if (isQuote(last)) {
    const open = text.lastIndexOf(last, end - 2);
    if (open < 0 || end - open > 128 || text.slice(open, end).includes('\n')) {
      return undefined;
    }
    return { text: text.slice(open + 1, end - 1), quoted: true, start: stringStart(text, open) };
  }
  let i = end;
  while (i > 0 && end - i < 64 && (isWordChar(text.charCodeAt(i - 1)) || '.$*@>-'.includes(text[i - 1]))) {
    i--;
  }
  return i < end ? { text: text.slice(i, end), quoted: false, start: i } : undefined;
}

/**
 * Where the argument list of an Atlas CLI run starts, when the item at `itemStart` is its command group: after
 * `"atlas"` or a name for the CLI's path (`exec.Command("atlas", "privateEndpoints", …)`, `exec.Command(cliPath, …)`),
 * possibly with global flags between (`"atlas", "--profile", p, "privateEndpoints"`), or first in a call's or a list's
 * arguments (`run_cli(["privateEndpoints", …])`, a wrapper that adds `atlas` itself). Another word before the group
 * (`"dataFederation", "privateEndpoints"`) is another command. Returns where the finding starts, or -1.
 */
function argvStart(text: string, itemStart: number): number {
  let pos = itemStart;
  // The item after this one is a flag's value: the item before must be the flag.
  let value = false;
  for (let k = 0; k < MAX_ITEMS_BACK; k++) {
    const before = skipSpaceBack(text, pos);
    const char = text[before - 1];
    if (char === '(' || char === '[' || char === '{') {
      return value ? -1 : itemStart;
    }
    if (char !== ',') {
      return ARGUMENTS_KEY.test(text.slice(Math.max(0, before - 24), before)) && k === 0 ? itemStart : -1;
    }
    const item = argvItemBefore(text, skipSpaceBack(text, before - 1));
    if (!item) {
      return -1;
    }
    const program = item.quoted ? ATLAS_PROGRAM.test(item.text) : ATLAS_PROGRAM_NAME.test(item.text.slice(identifierStart(item.text, item.text.length)));
    if (program) {
      // Shown from `atlas` when it is on the same line.
      return value ? -1 : text.slice(item.start, itemStart).includes('\n') || !item.quoted ? itemStart : item.start + 1;
    }
    const flag = item.quoted && item.text.startsWith('-');
    if (!flag && value) {
      return -1;
    }
    value = !flag;
    pos = item.start;
  }
  return -1;
}

/** The verb after the group at `from` (`list`, `interfaces create`), read by `next`; undefined for any other word. */
function cliVerb(alias: string, start: number, first: { word: string; end: number } | undefined, next: (end: number) => { word: string; end: number } | undefined): RuleMatch | undefined {
  const command = first && Object.hasOwn(CLI_SUBCOMMANDS, first.word) ? CLI_SUBCOMMANDS[first.word] : undefined;
  if (!first || !command) {
    return undefined;
  }
  let end = first.end;
  let normalized = command;
  const nested = command === 'interfaces' ? next(first.end) : undefined;
  if (nested && Object.hasOwn(CLI_INTERFACE_SUBCOMMANDS, nested.word)) {
    end = nested.end;
    normalized = `interfaces ${CLI_INTERFACE_SUBCOMMANDS[nested.word]}`;
  }
  return { start, end, kind: 'cli', subject: `atlas ${alias} ${normalized}`, suggestion: `atlas privateEndpoints aws ${normalized}` };
}

/** The blank-separated word after `end` (`privateEndpoints list`), ending at a blank, a quote or the line end. */
function nextShellWord(text: string, end: number): { word: string; end: number } | undefined {
  const start = skipBlanks(text, end);
  const word = wordAt(text, start);
  const after = text[start + word.length] ?? ' ';
  return start > end && word.length > 0 && !/[\w-]/.test(after) ? { word, end: start + word.length } : undefined;
}

/**
 * `"privateEndpoints", "list"` as items of an argument list that runs the Atlas CLI, or `"privateEndpoints list …"`
 * as one argument string (see `argvStart`).
 */
function matchCliArgv(text: string, anchor: number, alias: string): RuleMatch | undefined {
  const quoteAt = anchor - 1;
  const start = argvStart(text, stringStart(text, quoteAt));
  if (start < 0) {
    return undefined;
  }
  if (text[anchor + alias.length] === text[quoteAt]) {
    const next = (end: number) => {
      const item = nextArgvWord(text, end + 1);
      return item && { word: item.word, end: item.end - 1 };
    };
    return cliVerb(alias, start, next(anchor + alias.length), next);
  }
  const next = (end: number) => nextShellWord(text, end);
  return cliVerb(alias, start, next(anchor + alias.length), next);
}

/** `  - privateEndpoints` in a YAML block list: indentation, then the item's word. */
const YAML_ITEM_LEAD = /^([ \t]*)-[ \t]+["']?$/;
const YAML_ITEM = /^([ \t]*)-[ \t]+(["']?)([^\s"']{1,80})\2[ \t]*$/;

/** The YAML block-list item on the line that starts at `lineStart`, at this indentation: its word and where it ends. */
function yamlItemAt(text: string, lineStart: number, indent: number): { word: string; start: number; end: number } | undefined {
  const lineEnd = lineEndWithin(text, lineStart, 120);
  const item = YAML_ITEM.exec(text.slice(lineStart, lineEnd).trimEnd());
  if (!item || item[1].length !== indent) {
    return undefined;
  }
  const start = lineStart + item[0].length - item[3].length - item[2].length;
  return { word: item[3], start, end: start + item[3].length };
}

/**
 * A command written as a YAML block list (a Kubernetes container's `args:`, an Ansible `argv:`): `- atlas` on the line
 * above, `- ls` on the line below. False when the alias is not such an item; undefined when it is one of no command.
 */
function matchYamlArgv(text: string, anchor: number, alias: string): RuleMatch | undefined | false {
  const lineStart = lineStartWithin(text, anchor, 120);
  const lead = YAML_ITEM_LEAD.exec(text.slice(lineStart, anchor));
  if (!lead || text.charCodeAt(lineStart - 1) !== 10) {
    return false;
  }
  const indent = lead[1].length;
  const previousStart = lineStartWithin(text, lineStart - 2, 120);
  const program = lineStart > 1 ? yamlItemAt(text, previousStart, indent) : undefined;
  if (!program || !ATLAS_PROGRAM_PATH.test(program.word)) {
    return undefined;
  }
  const next = (end: number) => {
    const newline = text.indexOf('\n', end);
    const item = newline >= 0 && newline - end < 8 ? yamlItemAt(text, newline + 1, indent) : undefined;
    return item && { word: item.word, end: item.end };
  };
  return cliVerb(alias, program.start, next(anchor + alias.length), next);
}

/** `atlas privateEndpoints list|describe|create|delete|watch|interfaces …` without a provider (`aws`, `azure`, `gcp`). */
export function matchCliCommand(text: string, anchor: number): RuleMatch | undefined {
  const alias = wordAt(text, anchor);
  if (!CLI_ALIASES.has(alias)) {
    return undefined;
  }
  const yamlItem = matchYamlArgv(text, anchor, alias);
  if (yamlItem !== false) {
    return yamlItem;
  }
  if (isQuote(text[anchor - 1])) {
    return matchCliArgv(text, anchor, alias);
  }
  if (!isBlank(text.charCodeAt(anchor - 1))) {
    return undefined;
  }
  const start = cliProgramStart(text, skipBlanksBack(text, anchor));
  if (start === undefined) {
    return undefined;
  }
  const next = (end: number) => nextShellWord(text, end);
  return cliVerb(alias, start, next(anchor + alias.length), next);
}

/** A program path ending in `atlas` (`atlas`, `./bin/atlas`, `atlas.exe`), possibly quoted. */
const ATLAS_PROGRAM_PATH = /^(?:[^$%\s]{0,60}[/\\])?atlas(?:\.exe)?$/;
/** A variable holding the program: `$(ATLAS)` (make), `${ATLAS_CLI}`, `$ATLAS`, `%ATLAS%` (cmd), `$atlas` (PowerShell). */
const PROGRAM_VARIABLE = /^(?:\$\((\w+)\)|\$\{(\w+)\}|\$(\w+)|%(\w+)%)$/;

/** A string's prefix before the program (`f"`, `$"`, `@"`), or the opening of Ruby's word list (`%w[`). */
const STRING_OPENER = /^([fFrRbBuU]{1,2}(?=["'])|[$@]{1,2}(?=")|\*?%[wWiIx]?[[({<])/;

/** Where the shell word that runs the CLI and ends at `end` starts, when it is the CLI: `atlas`, a path, a variable. */
function cliProgramStart(text: string, end: number): number | undefined {
  let start = end;
  while (start > 0 && end - start < 80) {
    const char = text[start - 1];
    if (/[\s;|&`=]/.test(char) || (char === '(' && text[start - 2] !== '$')) {
      break;
    }
    start--;
  }
  let word = text.slice(start, end);
  if (word[0] === '@' || word[0] === '-') {
    start += 1; // a make recipe's `@$(ATLAS) …` (silent) or `-$(ATLAS) …` (errors ignored)
    word = word.slice(1);
  }
  const opener = STRING_OPENER.exec(word);
  if (opener) {
    // A string's prefix (`f"atlas …"`, `$"atlas …"`, `@"…"`) or Ruby's word list (`%w[atlas …]`).
    start += opener[1].length;
    word = word.slice(opener[1].length);
  }
  if (word.startsWith('$(') && !word.endsWith(')')) {
    start += 2; // `$(atlas privateEndpoints list)`
    word = word.slice(2);
  }
  if (isQuote(word[0]) && word.length > 1 && word[word.length - 1] === word[0]) {
    word = word.slice(1, -1); // `"$ATLAS" privateEndpoints list`
  } else if (isQuote(word[0])) {
    start += 1; // `run: "atlas privateEndpoints list"`
    word = word.slice(1);
  }
  if (ATLAS_PROGRAM_PATH.test(word)) {
    return start;
  }
  const variable = PROGRAM_VARIABLE.exec(word);
  const name = variable && (variable[1] ?? variable[2] ?? variable[3] ?? variable[4]);
  return name && ATLAS_PROGRAM_NAME.test(name) ? start : undefined;
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

/** Resource classes as Pulumi and CDKTF name them, with their successors in each. */
const IMPORTED_RESOURCES: Record<string, [pulumi: string, cdktf: string]> = {
  PrivateEndpoint: ['PrivateLinkEndpoint and PrivateLinkEndpointService', 'PrivatelinkEndpoint and PrivatelinkEndpointService'],
  PrivateEndpointInterfaceLink: ['PrivateLinkEndpointService (with PrivateLinkEndpoint)', 'PrivatelinkEndpointService (with PrivatelinkEndpoint)'],
  DataMongodbatlasPrivateEndpoint: ['', 'DataMongodbatlasPrivatelinkEndpoint'],
  DataMongodbatlasPrivateEndpointInterfaceLink: ['', 'DataMongodbatlasPrivatelinkEndpointService'],
};

/**
 * A resource class constructed by the name the file imports from the provider's package (`new PrivateEndpoint(this,
 * "link", …)` in CDKTF, `PrivateEndpoint("link", …)` after `from pulumi_mongodbatlas import PrivateEndpoint`), or
 * through a module alias (`atlas.PrivateEndpoint(…)`).
 */
function matchImportedResource(text: string, start: number, end: number): RuleMatch | undefined {
  const name = text.slice(start, end);
  const successors = Object.hasOwn(IMPORTED_RESOURCES, name) ? IMPORTED_RESOURCES[name] : undefined;
  if (!successors) {
    return undefined;
  }
  const imports = providerImports(text);
  if (text[skipBlanks(text, end, 2)] !== '(') {
    // The import itself (`from imports.mongodbatlas.… import (PrivateEndpoint,`), which the migration changes too.
    const suggestion = successors[imports.cdktf ? 1 : 0];
    return imports.names.has(name) && suggestion && inProviderImport(text, start) ? { start, end, kind: 'terraform', subject: name, suggestion } : undefined;
  }
  if (text[start - 1] === '.') {
    const aliasStart = identifierStart(text, start - 1, 40);
    const alias = text.slice(aliasStart, start - 1);
    return imports.aliases.has(alias) && successors[0] ? { start: aliasStart, end, kind: 'terraform', subject: `${alias}.${name}`, suggestion: qualified(alias, successors[0]) } : undefined;
  }
  const suggestion = successors[imports.cdktf ? 1 : 0];
  return (imports.names.has(name) || imports.namespace) && suggestion ? { start, end, kind: 'terraform', subject: name, suggestion } : undefined;
}

const MAX_IMPORT_WINDOW = 600;
const PYTHON_IMPORT_OPEN = /(?:^|\n)[ \t]*from[ \t]+([\w.]{1,200})[ \t]+import[ \t]+\(?[^()\n]*(?:\n[^()\n]*){0,20}$/;
const JVM_IMPORT_HEAD = /(?:^|\n)[ \t]*import[ \t]+([\w.]{1,200})\.$/;
const BRACE_IMPORT_OPEN = /(?:^|\n)[ \t]*import[ \t]+(?:type[ \t]+)?\{[^{}]*$/;
const BRACE_IMPORT_CLOSE = /^[^{}]*\}[ \t]*from[ \t]*["']([^"'\n]{1,200})["']/;

/** Whether `start` is inside an import from the provider's module: `from … import (…)`, `import {…} from "…"`, `import com.….Name;`. */
function inProviderImport(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - MAX_IMPORT_WINDOW), start);
  const python = PYTHON_IMPORT_OPEN.exec(window);
  if (python) {
    return PROVIDER_MODULE.test(python[1]);
  }
  const jvm = JVM_IMPORT_HEAD.exec(window);
  if (jvm) {
    return PROVIDER_MODULE.test(jvm[1]);
  }
  if (BRACE_IMPORT_OPEN.test(window)) {
    const module = BRACE_IMPORT_CLOSE.exec(text.slice(start, start + MAX_IMPORT_WINDOW))?.[1];
    return module !== undefined && PROVIDER_MODULE.test(module);
  }
  return false;
}

/** CDKTF's Python module of the old data source: `imports.mongodbatlas.data_mongodbatlas_private_endpoint`. */
const CDKTF_DATA_MODULE = /^data_mongodbatlas_private_endpoint(?:_interface_link)?$/;

/** A Go method's header up to its name: `func (f *FakeLinks) `, as a fake of the old service implements it. */
const GO_METHOD_HEADER = /^\s*func\s*\([^()\n]{0,80}\)\s*$/;

/** A name at `at` (where a candidate word starts) that only the deprecated API has, or undefined. */
export function matchName(text: string, at: number): RuleMatch | undefined {
  const start = identifierStart(text, at, 48);
  const end = identifierEnd(text, at, 96);
  const name = text.slice(start, end);
  if (name.endsWith('Deprecated')) {
    return matchSdkIdentifier(text, start, end);
  }
  if (Object.hasOwn(OLD_GO_METHODS, name) && (text[start - 1] === '.' || text.startsWith('func ', start - 5) || GO_METHOD_HEADER.test(text.slice(lineStartWithin(text, start, 120), start)))) {
    return { start, end, kind: 'sdk', subject: name, suggestion: OLD_GO_METHODS[name] };
  }
  if (name.startsWith('mongodbatlas_private_endpoint')) {
    return matchTerraformResource(text, start);
  }
  if (CDKTF_DATA_MODULE.test(name) && text.slice(Math.max(0, start - 14), start).endsWith('mongodbatlas.')) {
    return { start, end, kind: 'terraform', subject: name, suggestion: name.replace('private_endpoint_interface_link', 'privatelink_endpoint_service').replace('private_endpoint', 'privatelink_endpoint') };
  }
  if (text.startsWith('PrivateEndpoint', at) && at > 0 && text[at - 1] !== '.' && text[at - 1] !== ':' && !/New$/.test(text.slice(start, at))) {
    // Inside a longer name (`GetPrivateEndpoint`): only Pulumi's data sources, and CDKTF's classes.
    return matchPulumiName(text, start, end) ?? matchImportedResource(text, start, end);
  }
  return matchPulumiResource(text, at) ?? matchPulumiName(text, start, end) ?? matchImportedResource(text, start, end) ?? matchCliCommand(text, start);
}

const MAX_SERVICE_BINDINGS = 16;
const SERVICE_SCOPE = 65536;
const MAX_SERVICE_CALLS = 64;
const SERVICE_NAMES = new Set(['PrivateEndpointsDeprecated', 'PrivateEndpointsServiceDeprecated', 'PrivateEndpointsServiceOpDeprecated']);
/** `svc := c.client.` / `svc = ` / `var svc = ` / `svc: ` before the service, or `svc *atlas.` / `svc ` before its type. */
const SERVICE_BINDING_BEFORE = /(?:^|[\s,(])([A-Za-z_]\w*)[ \t]*(?::=|=|:)[ \t]*&?(?:[A-Za-z_]\w*\.){0,4}$|(?:^|[\s,(])([A-Za-z_]\w*)[ \t]+\*?(?:[A-Za-z_]\w*\.)?$/;

/**
 * The old Go client's deprecated service bound to a name (`svc := s.client.PrivateEndpointsDeprecated`, a parameter
 * `svc mongodbatlas.PrivateEndpointsServiceDeprecated`), then called through it (`svc.List(ctx, p, nil)`): each call,
 * until the name is bound again. Bounded: a few bindings per file, a window and a number of calls per binding.
 */
export class ServiceBindings {
  private bindings = 0;

  constructor(private readonly text: string) {}

  callsAfter(match: RuleMatch): RuleMatch[] {
    const { text } = this;
    const service = text.slice(match.start, match.end);
    // A function of that name called (the Atlas CLI's `store.PrivateEndpointsDeprecated(projectID, opts)`) binds no service.
    if (!SERVICE_NAMES.has(service) || this.bindings >= MAX_SERVICE_BINDINGS || text[skipBlanks(text, match.end, 2)] === '(') {
      return [];
    }
    const head = SERVICE_BINDING_BEFORE.exec(text.slice(lineStartWithin(text, match.start, 120), match.start));
    const name = head?.[1] ?? head?.[2];
    if (!name || name === 'func' || name === 'type' || name === 'return') {
      return [];
    }
    this.bindings++;
    const calls: RuleMatch[] = [];
    let ceiling = Math.min(text.length, match.end + SERVICE_SCOPE);
    // A local (`svc := …`) lives until the function ends; a parameter or a field until the scope's window ends.
    if (head?.[1] !== undefined && text.startsWith(':=', skipBlanks(text, text.lastIndexOf(name, match.start) + name.length, 8))) {
      const nextFunction = text.indexOf('\nfunc ', match.end);
      ceiling = nextFunction < 0 ? ceiling : Math.min(ceiling, nextFunction);
    }
    for (let at = text.indexOf(name, match.end); at >= 0 && at < ceiling && calls.length < MAX_SERVICE_CALLS; at = text.indexOf(name, at + name.length)) {
      const after = at + name.length;
      if ((at > 0 && isWordChar(text.charCodeAt(at - 1))) || isWordChar(text.charCodeAt(after))) {
        continue;
      }
      if (text[after] !== '.') {
        // Bound again (`svc = s.client.PrivateEndpoints`): later calls are another service's.
        const op = skipBlanks(text, after, 8);
        if ((text[op] === '=' && text[op + 1] !== '=') || text.startsWith(':=', op)) {
          break;
        }
        continue;
      }
      const methodEnd = identifierEnd(text, after + 1);
      const method = text.slice(after + 1, methodEnd);
      const replacement = Object.hasOwn(GO_CLIENT_METHODS, method) ? GO_CLIENT_METHODS[method] : undefined;
      if (replacement && text[skipBlanks(text, methodEnd, 2)] === '(') {
        calls.push({ start: at, end: methodEnd, kind: 'sdk', subject: `PrivateEndpointsDeprecated.${method}`, suggestion: `${replacement[0]} (go.mongodb.org/atlas) or ${GO_SDK}.${replacement[1]} (atlas-sdk-go)` });
      }
    }
    return calls;
  }
}
