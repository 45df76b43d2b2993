// The scanner: stage 0 finds candidate words with one native indexOf pass (most text has none and costs
// nothing more); names are judged where they stand; paths go through the stages: the window around a candidate is
// tokenized (tokens.ts), its statements parsed into expressions (expressions.ts), names resolved through the file's
// bindings (bindings.ts, values.ts) and the path rule applied (pathRule.ts). In data files, which the tokenizer reads
// as prose, lists of segments around a candidate are read by dataSegments.ts. Every stage is bounded per file.
import { definesAt, extendsItself, FileBindings } from './bindings';
import { embeddedScripts, onlyBlocks, type EmbeddedScript } from './embeddedScripts';
import { looksLikeNotebook, notebookCode, type NotebookCode } from './notebookCells';
import { listMethod, segmentListAt, type SegmentList } from './dataSegments';
import type { Definition, Node, Statement } from './expressions';
import { detectHttpMethod } from './httpMethod';
import { DATA_FILE_SYNTAX, TemplatedFile } from './templateVariables';
import { formatInference, formatMessage } from './messages';
import { matchName, ServiceBindings } from './nameRules';
import { pathFinding } from './pathFindings';
import { ANCHOR, scanPaths, underV2, type PathScan } from './pathRule';
import type { RuleMatch } from './ruleMatch';
import { dialectFor, type Dialect } from './tokens';
import { isWordChar, lineEndWithin, lineStartWithin } from './text';
import type { Finding } from './types';
import { evaluate, partAt, type Part, type Value } from './values';

/**
 * Candidate words, from the second letter on (case variants of the first letter come for free): a head, then the
 * tail. `String.prototype.indexOf` finds the common tail several times faster than a regular expression of the
 * alternatives; a six-letter pattern is searched faster than a longer one, and `d` is rarer in text than `n`.
 */
const TRIGGER_TAIL = 'dpoint';
const TRIGGER_HEADS = ['rivateEn', 'rivateen', 'rivate-en', 'rivate_en', 'nterfaceEn'];
const PATH_WORDS = ['privateEndpoint', 'interfaceEndpoints'];
/** How many definitions a file may follow into their uses. */
const MAX_FLOW_DEFINITIONS = 256;
const MAX_USES = 64;
const MAX_RAW_LINE = 4096;
/** Members of one route map followed into their uses. */
const MAX_MEMBERS = 32;

interface UseReport {
  /** A use builds a path of the current API. */
  current: boolean;
  /** Offsets of uses that send the value unchanged (`NewRequest(ctx, http.MethodPost, path, body)`). */
  plain: number[];
  /** Uses that extend it into a longer path (or bind it to another name). */
  extended: number;
  /** Uses that are not the name redefined from its own value (`url += "/interfaceEndpoints"`). */
  others: number;
  /** Redefinitions from its own value that make it a path to interface endpoints. */
  toInterfaces: number;
  /** Uses that may send the value unchanged as a request's URL, with the innermost node at each. */
  sends: Array<[Node | undefined, number]>;
}

function nodeContains(node: Node, at: number): boolean {
  return node.start <= at && at < node.end;
}

/** `at` falls inside a string's text in `node`. */
function textContains(node: Node, at: number): boolean {
  switch (node.t) {
    case 'lit':
      return nodeContains(node, at);
    case 'concat':
    case 'join':
      return node.items.some((item) => textContains(item, at));
    case 'format':
      return textContains(node.format, at) || node.args.some((arg) => textContains(arg, at));
    default:
      return false;
  }
}

/**
 * The item of a list literal that holds `at` (`(LINKS, "deprecated")` in a table of test cases): the items of a list
 * are values of their own, unless the list is what a name is bound to (segments joined later).
 */
function itemAt(node: Node | undefined, at: number, definition: Definition | undefined): Node | undefined {
  let current = node;
  while (current && current.t === 'join' && current.separator === '' && current !== definition?.value) {
    const item = current.items.find((candidate) => nodeContains(candidate, at));
    if (!item) {
      break;
    }
    current = item;
  }
  return current;
}

function innermostAt(statement: Statement, at: number): Node | undefined {
  let best: Node | undefined;
  for (const node of statement.expressions) {
    if (nodeContains(node, at) && (!best || node.end - node.start < best.end - best.start)) {
      best = node;
    }
  }
  return best;
}

class FileScan {
  readonly matches: RuleMatch[] = [];
  private readonly bindings: FileBindings;
  private readonly doneStatements = new WeakSet<Statement>();
  private readonly judged = new WeakMap<Definition, boolean>();
  private flowBudget = MAX_FLOW_DEFINITIONS;
  /** A REST Client / JetBrains request file: its lines are read with their `{{variables}}`. */
  private readonly http: TemplatedFile | undefined;
  /** A data file whose keys are referenced as `{{name}}` (Insomnia, Ansible): its definitions are judged by their uses. */
  private readonly dataVariables: TemplatedFile | undefined;

  constructor(
    private readonly text: string,
    private readonly languageId: string | undefined,
  ) {
    this.dialect = dialectFor(languageId);
    this.bindings = new FileBindings(text, this.dialect);
    const sink = {
      scan: (value: Value) => this.scan(value, false),
      report: (value: Value, scan: PathScan) => scan.matches.forEach((match) => this.add(pathFinding(this.text, value, match, undefined))),
    };
    if (languageId === 'http') {
      this.http = new TemplatedFile(text, sink);
    } else if (this.dialect.family === 'data' && text.includes('{{')) {
      this.dataVariables = new TemplatedFile(text, sink, DATA_FILE_SYNTAX);
    }
  }

  private readonly dialect: Dialect;

  private readonly resolve = (name: string, at: number) => this.bindings.resolve(name, at);

  /** The value of `node`; names that only a base could explain are not looked up when the path names its version. */
  private evaluate(node: Node, forcedAt?: number): Value {
    const source = this.text.slice(node.start, node.end);
    return evaluate(node, this.resolve, source.includes('/v1.0/') || source.includes('/v1/'), forcedAt);
  }

  run(pathTriggers: number[]): void {
    let rawLineEnd = -1;
    let listEnd = -1;
    const data = dialectFor(this.languageId).family === 'data';
    for (const at of pathTriggers) {
      const list = data && at >= listEnd ? segmentListAt(this.text, at, PATH_WORDS.find((word) => this.text.startsWith(word, at)) as string) : undefined;
      if (list) {
        listEnd = list.end;
        this.segmentList(list);
      }
      const statement = this.bindings.statementAt(at);
      if (statement && !this.doneStatements.has(statement)) {
        this.doneStatements.add(statement);
        this.statement(statement);
      }
      // Words outside any string or comment (an unquoted URL, a request line, an unknown language): the line as text.
      const covered = statement && (statement.expressions.some((node) => textContains(node, at)) || statement.prose.some((token) => token.start <= at && at < token.end));
      if (!covered && at > rawLineEnd) {
        rawLineEnd = this.rawLine(at, rawLineEnd);
      }
    }
  }

  /** A data file's list of segments (`"path": ["api", …, "privateEndpoint"]`), read as the path it spells. */
  private segmentList(list: SegmentList): void {
    const value: Value = { text: '', parts: [], offsets: [] };
    const push = (part: Part) => {
      value.offsets.push(value.text.length);
      value.parts.push(part);
      value.text += part.text;
    };
    list.items.forEach((item, index) => {
      if (index > 0 && !item.text.startsWith('/') && !value.text.endsWith('/')) {
        push({ text: '/', start: item.start, end: item.start, kind: 'lit', joined: true });
      }
      // An indexed name (`item.interfaceEndpoints[0]`) stands for a value: a placeholder segment.
      const text = item.text.includes('[') ? `{${item.text}}` : item.text;
      push({ text, start: item.start, end: item.end, kind: 'lit', joined: true });
    });
    const method = listMethod(this.text, list, this.languageId === 'yaml');
    // A list that starts at the path word is no project's path by itself (a list of tags, of names).
    for (const match of this.scan(value, false).matches) {
      this.add(pathFinding(this.text, value, match, undefined, method, true));
    }
  }

  /** Scans the line holding `at` (bounded) as prose; returns where it ends. */
  private rawLine(at: number, floor: number): number {
    const { text } = this;
    const start = Math.max(lineStartWithin(text, at, MAX_RAW_LINE), floor + 1);
    const end = lineEndWithin(text, at, MAX_RAW_LINE);
    const value: Value = { text: text.slice(start, end), parts: [{ text: text.slice(start, end), start, end, kind: 'lit' }], offsets: [0] };
    for (const match of this.scan(value, false).matches) {
      // Outside strings, a quote inside a path means the text is not one path.
      if (!/["'`]/.test(value.text.slice(match.start, match.end))) {
        this.add(pathFinding(this.text, value, match, undefined));
      }
    }
    return end;
  }

  private statement(statement: Statement): void {
    const prose = statement.prose;
    for (let k = 0; k < prose.length; k++) {
      this.prose(statement, k);
    }
    const definition = statement.definition;
    for (const node of statement.expressions) {
      if (!this.hasPathWord(node)) {
        continue;
      }
      const own = definition && node === definition.value ? definition : definition ? undefined : (this.bindings.getterOwning(node) ?? this.bindings.functionReturning(node) ?? this.bindings.memberOwning(node));
      if (own) {
        this.definition(own, 0);
      } else {
        this.expression(node);
      }
      // A route map (`{ links: BASE + "/privateEndpoint", … }`): each member is a binding whose uses are followed.
      if (node.t === 'join' && node.separator === '') {
        for (const item of node.items.slice(0, MAX_MEMBERS)) {
          const member = this.hasPathWord(item) ? this.bindings.memberOwning(item) : undefined;
          if (member) {
            this.definition(member, 0);
          }
        }
      }
    }
  }

  private hasPathWord(node: Node): boolean {
    const source = this.text.slice(node.start, node.end);
    return PATH_WORDS.some((word) => source.includes(word));
  }

  private scan(value: Value, relativeStart = true, bareRequest = false): PathScan {
    return scanPaths(
      value.text,
      (at) => {
        const part = value.parts[partIndexBefore(value, at)];
        return part !== undefined && part.kind !== 'lit';
      },
      relativeStart,
      bareRequest,
    );
  }

  /** The expression at `start` is an argument of a request call (`client.get(`, `newRequest(ctx, "GET", `, `-Path `, `json('GET', `). */
  private inRequestCall(start: number): boolean {
    const before = this.text.slice(lineStartWithin(this.text, start, 120), start);
    return REQUEST_CALL_BEFORE.test(before);
  }

  /** A string expression that is not a definition: flagged where its value is a legacy path. */
  private expression(node: Node): void {
    const value = this.evaluate(node);
    const bare = value.text.startsWith('privateEndpoint') && this.inRequestCall(node.start);
    for (const match of this.scan(value, true, bare).matches) {
      this.add(pathFinding(this.text, value, match, node));
    }
  }

  /**
   * A definition whose value is a legacy path is flagged unless the file also uses it for the current API
   * (`X + "/" + provider + "/endpointService"`), directly or through names derived from it. Uses that extend it
   * (`X + "/" + id`) are judged on their own; a use that sends it unchanged lends it its HTTP method. Returns whether
   * it is used for the current API.
   */
  private definition(definition: Definition, depth: number): boolean {
    const known = this.judged.get(definition);
    if (known !== undefined) {
      return known;
    }
    this.judged.set(definition, false);
    const value = this.evaluate(definition.value);
    const scan = this.scan(value);
    let current = scan.current;
    let uses: UseReport | undefined;
    // A name for the path word itself (`PE = "privateEndpoint"`) makes paths where it is used as a segment.
    const segmentWord = definition.value.t === 'lit' && PATH_WORDS.includes(definition.value.text);
    if ((scan.matches.length > 0 || segmentWord) && this.flowBudget-- > 0 && depth < 3) {
      uses = this.usesReport(definition, depth, segmentWord);
      current = uses.current || current;
    }
    // The old Go client's base-path constant is shared with the current service: not flagged on its own.
    if (this.languageId === 'go' && /Path$/.test(definition.name) && scan.matches.every((match) => !match.hasId) && this.bindings.usesOf(definition).length === 0) {
      current = true;
    }
    this.judged.set(definition, current);
    // A bare list of segments (`parts = ["groups", g, "privateEndpoint"]`) may still grow; the join that uses it is
    // judged. A list no use extends is judged where it is written.
    const list = this.isList(definition) && (uses?.extended ?? 0) > 0;
    // A path to one link that only grows on (`url += "/privateEndpoint/" + id`, then `url += "/interfaceEndpoints"`)
    // is judged where it stops growing: once, with the kind of the whole path.
    const grows = uses !== undefined && uses.toInterfaces > 0 && uses.others === 0 && scan.matches.every((match) => match.hasId && match.interfaceAt === undefined);
    if (!current && !list && !grows) {
      const method = uses?.plain.map((at) => detectHttpMethod(this.text, at, at + definition.name.length)).find((found) => found !== undefined);
      const kinds = new Set<string>();
      for (const match of scan.matches) {
        const finding = pathFinding(this.text, value, match, definition.value, method);
        if (finding) {
          kinds.add(finding.kind);
          this.add(finding);
        }
      }
      // A request that sends it unchanged is the same finding again, unless its method makes it another operation
      // (`fetch(peBase(g), { method: "POST" })` where the path was reported as a list). A template filled in
      // (`format(LINKS, group: g)`) is reported where it is filled, as a path of its own.
      this.sendsAlone(definition, uses?.sends ?? [], kinds);
    } else if (uses?.current && !scan.current) {
      // A base the file also extends into the current API is silent where it is written; a request that sends it
      // unchanged (`fetch(peBase(g))`, `session.get(LINKS)`, `curl "$BASE" | jq`) lists the legacy connections.
      this.sendsAlone(definition, uses.sends, new Set());
    }
    return current;
  }

  /** The definition binds a list of segments: `["groups", g]`, or a list it adds to (`parts += "privateEndpoint"`). */
  private isList(definition: Definition): boolean {
    let current: Definition | undefined = definition;
    for (let n = 0; current && n < 8; n++) {
      if (current.value.t === 'join' && current.value.separator === '') {
        return true;
      }
      current = extendsItself(current) ? this.bindings.resolve(current.name, current.at) : undefined;
    }
    return false;
  }

  /**
   * How the uses of a definition treat it: for the current API, extended into a longer path, or sent unchanged.
   * `segment`: the definition names a path word, judged in the expression where it is used (not through the name
   * that expression is bound to).
   */
  private usesReport(definition: Definition, depth: number, segment = false): UseReport {
    const report: UseReport = { current: false, plain: [], extended: 0, others: 0, toInterfaces: 0, sends: [] };
    const uses = this.bindings.usesOf(definition).slice(0, MAX_USES);
    for (const use of uses) {
      const statement = this.bindings.statementAt(use);
      if (!statement) {
        continue;
      }
      const derived = statement.definition ?? this.functionReturningUse(statement, use);
      // A name bound to a value built from this one (not to a call's result: `req, err := NewRequest(…, path, …)`).
      // `x += "/" + id`, `parts.append(id)`, `segs = append(segs, id)`: the name redefined from its own value.
      const selfExtension = derived !== undefined && derived.name === definition.name && (definesAt(derived, use) ? extendsItself(derived) : nodeContains(derived.value, use));
      if (!segment && derived && derived !== definition && derived.value.t !== 'hole' && nodeContains(derived.value, use) && (derived.name !== definition.name || selfExtension)) {
        // A chain of additions to one name (`parts.append(…)` line after line) stays at the same depth.
        const derivedCurrent = this.definition(derived, selfExtension ? depth : depth + 1) || this.scan(this.evaluate(derived.value, use)).current;
        // A step taken only under a condition leaves the value as it was otherwise: judged where it is written.
        if (selfExtension && derived.conditional) {
          report.others++;
          continue;
        }
        report.current = derivedCurrent || report.current;
        report.extended += derivedCurrent ? 0 : 1;
        report.others += selfExtension ? 0 : 1;
        if (selfExtension && !derivedCurrent && this.scan(this.evaluate(derived.value)).matches.some((match) => match.interfaceAt !== undefined)) {
          report.toInterfaces++;
        }
        continue;
      }
      report.others++;
      const node = itemAt(innermostAt(statement, use), use, statement.definition);
      if (!node || node.t === 'ref' || node.t === 'hole') {
        report.plain.push(use);
        report.sends.push([node, use]);
        continue;
      }
      if (derived === definition) {
        continue;
      }
      // The judged name is resolved at its use even where the path has started (`Sprintf("groups/%s%s/%s/…", g, PE, p)`).
      const value = this.evaluate(node, use);
      const scan = this.scan(value);
      report.current = scan.current || report.current;
      if (scan.current) {
        continue;
      }
      if (scan.matches.length === 0) {
        report.plain.push(use);
        continue;
      }
      // A message that names the path (`"DELETE " + url + " failed"`, `echo "Using $BASE"`) sends nothing.
      if (inMessage(value)) {
        continue;
      }
      report.extended++;
      // A statement already scanned judged this node itself only when it holds a path word.
      if (!this.doneStatements.has(statement) || !this.hasPathWord(node)) {
        // A list's finding stands where its segments are written; the use says how it is sent.
        const method = detectHttpMethod(this.text, node.start, node.end);
        for (const match of scan.matches) {
          this.add(pathFinding(this.text, value, match, node, method));
        }
      }
    }
    return report;
  }

  /** A function or getter whose returned expression holds the use (`def _links(self): return LINKS.format(…)`). */
  private functionReturningUse(statement: Statement, use: number): Definition | undefined {
    let outermost: Node | undefined;
    for (const node of statement.expressions) {
      if (nodeContains(node, use) && (!outermost || node.end - node.start > outermost.end - outermost.start)) {
        outermost = node;
      }
    }
    return outermost && (this.bindings.getterOwning(outermost) ?? this.bindings.functionReturning(outermost));
  }

  private sendsAlone(definition: Definition, sends: ReadonlyArray<[Node | undefined, number]>, reportedKinds: ReadonlySet<string>): void {
    for (const [node, use] of sends) {
      this.sentAlone(definition, node, use, reportedKinds);
    }
  }

  /**
   * A use that sends the value unchanged as a request's URL (`fetch(peBase(g))`, `session.get(LINKS)`,
   * `curl "$BASE" | jq`): reported where it stands, with the request's method.
   */
  private sentAlone(definition: Definition, innermost: Node | undefined, use: number, reportedKinds: ReadonlySet<string>): void {
    // The use itself, not a call holding it (`fetch(peBase(g))`).
    const node = innermost && (innermost.t === 'ref' || innermost.t === 'hole') && innermost.name === definition.name ? innermost : undefined;
    const shell = this.dialect.family === 'shell';
    if (shell ? node?.t !== 'hole' || !SHELL_REQUEST_BEFORE.test(this.text.slice(lineStartWithin(this.text, node.start, 200), node.start)) : !REQUEST_ARGUMENT_BEFORE.test(this.text.slice(lineStartWithin(this.text, use, 200), node?.start ?? use))) {
      return;
    }
    const target: Node = node ?? { t: 'ref', name: definition.name, start: use, end: use + definition.name.length, call: true };
    const value = this.evaluate(target, use);
    // A request's whole path may be relative to a project-scoped client (`this.api.get(this.collection)`).
    const scan = this.scan(value, true, value.text.startsWith('privateEndpoint'));
    if (scan.current) {
      return;
    }
    for (const match of scan.matches) {
      const finding = pathFinding(this.text, value, match, target);
      if (finding && !reportedKinds.has(finding.kind)) {
        this.add(finding);
      }
    }
  }

  /** Comments and prose, line by line; a path cut after a `/` at a line end continues on the next line. */
  private prose(statement: Statement, index: number): void {
    const token = statement.prose[index];
    const line = token.pieces?.[0];
    if (!line) {
      return;
    }
    if (this.http) {
      this.http.line(line.start, line.end);
      return;
    }
    if (this.dataVariables?.definitionLine(line.start)) {
      return;
    }
    const parts: Part[] = [{ text: line.text, start: line.start, end: line.end, kind: 'lit' }];
    const next = statement.prose[index + 1];
    const nextLine = next?.pieces?.[0];
    if (nextLine && /\/\s*$/.test(line.text) && this.text.slice(line.end, nextLine.start).split('\n').length === 2) {
      const lead = /^\s*(?:\/\/+|#+|\*|>|--|;+)?\s*/.exec(nextLine.text)?.[0].length ?? 0;
      const trimmed = line.text.trimEnd();
      parts[0] = { ...parts[0], text: trimmed, end: line.start + trimmed.length };
      parts.push({ text: nextLine.text.slice(lead), start: nextLine.start + lead, end: nextLine.end, kind: 'lit', joined: true, wrapped: true });
    }
    this.wrappedFromAbove(parts);
    const value: Value = { text: parts.map((part) => part.text).join(''), parts, offsets: [] };
    let offset = 0;
    for (const part of parts) {
      value.offsets.push(offset);
      offset += part.text.length;
    }
    if (!value.text.includes(ANCHOR) && !value.text.includes('/interfaceEndpoints') && !/%2[fF]privateEndpoint/.test(value.text)) {
      return;
    }
    for (const match of this.scan(value, false).matches) {
      this.add(pathFinding(this.text, value, match, undefined));
    }
  }

  /**
   * A line of prose that starts with the path word continues a path cut after a `/` at the end of the line above
   * (that line is its own statement in Markdown): the line above is put in front.
   */
  private wrappedFromAbove(parts: Part[]): void {
    const { text } = this;
    const first = parts[0];
    const lead = /^\s*(?:\/\/+|#+|\*|>|--|;+)?\s*`?/.exec(first.text)?.[0].length ?? 0;
    if (!first.text.startsWith('privateEndpoint', lead) || parts.length > 1 || first.start === 0 || text.charCodeAt(first.start - 1) !== 10) {
      return;
    }
    const aboveEnd = text.charCodeAt(first.start - 2) === 13 ? first.start - 2 : first.start - 1;
    const aboveStart = lineStartWithin(text, aboveEnd, 400);
    const above = text.slice(aboveStart, aboveEnd).trimEnd();
    if (!above.endsWith('/')) {
      return;
    }
    parts.splice(0, 1, { text: above, start: aboveStart, end: aboveStart + above.length, kind: 'lit' }, { ...first, text: first.text.slice(lead), start: first.start + lead, joined: true, wrapped: true });
  }

  private add(match: RuleMatch | undefined): void {
    if (match) {
      this.matches.push(match);
    }
  }
}

/** Words around a path in the same string (a URL holds no whitespace): a message about the request, not its URL. */
function inMessage(value: Value): boolean {
  // A request line's method before the URL (`parseRequest ("DELETE " ++ url)`) is no message.
  return value.parts.some((part, k) => part.kind === 'lit' && WHITESPACE.test(part.text) && !(k === 0 && REQUEST_LINE_METHOD.test(part.text)));
}
const WHITESPACE = /\s/;
const REQUEST_LINE_METHOD = /^(?:GET|POST|PUT|PATCH|DELETE) +$/;

function partIndexBefore(value: Value, at: number): number {
  return at <= 0 || value.offsets.length === 0 ? -1 : partAt(value, at - 1);
}

/** A request call's URL argument starts here: `requests.get(`, `fetch(`, `getJson<T[]>(`, `NewRequest(ctx, http.MethodGet, `, `-Uri `. */
const REQUEST_ARGUMENT_BEFORE =
  /(?:^|[^A-Za-z0-9])(?:get|post|delete|put|patch|head|request|fetch|send|exchange|newRequest|newRequestWithContext|urlopen|getForObject|getForEntity|postForObject|postForEntity|uri)(?:Async|AsJsonAsync|WithContext|Json|_json)?(?:(?:::)?<[^()\n]{0,80}>)?\s*\((?:[^()]{0,80},)?\s*(?:(?:this|self|\$this|static|Self)\s*(?:\.|->|::)\s*|@)?$|-(?:Uri|Path)\s+$/i;
/** A shell command that sends a request: curl, wget, HTTPie, xh, or an array of curl options (`"${CURL[@]}"`). */
const SHELL_REQUEST_BEFORE = /(?:^|[;&|({`]|\$\()\s*(?:sudo\s+)?(?:curl|wget|https?|xh|"?\$\{?(?:curl|CURL|Curl|http|HTTP)\w{0,20}(?:\[@\])?\}?"?)\s[^;&|#]*$/;
const REQUEST_CALL_BEFORE = /(?:get|post|delete|put|patch|request|call|fetch|send|invoke|execute|exchange)\w*(?:(?:::)?<[^()\n]{0,80}>)?\s*\([^()]{0,80}$|-(?:Path|Uri)\s+$|\w\s*\(\s*["'](?:get|post|delete|put|patch)["']\s*,\s*["'`]?$/i;
const CURRENT_NEXT = /^\/(?:aws|azure|gcp|endpointService|regionalMode|serverless)(?![\w-])/i;
const SEGMENT_THEN_SERVICE = /^\/[^/\n]{1,64}\/endpointService(?!\w)/;

/**
 * Stage 0 shortcut: the raw text already says this `privateEndpoint` belongs to the current API (a provider or a
 * current segment right after it, `/{provider}/endpointService`, or `/v2` as the nearest version before it on the
 * line), so the stages would find nothing there. Bounded lookahead and lookbehind.
 */
function plainlyCurrent(text: string, at: number): boolean {
  const after = at + PATH_WORDS[0].length;
  if (text.charCodeAt(after) === 47) {
    const ahead = text.slice(after, after + 96);
    if (CURRENT_NEXT.test(ahead) || (SEGMENT_THEN_SERVICE.test(ahead) && !ahead.includes('interfaceEndpoints'))) {
      return true;
    }
  }
  const lineStart = lineStartWithin(text, at, 256);
  return underV2(text.slice(lineStart, at), at - lineStart);
}

/** Where the candidate word whose tail is at `tail` starts (at its second letter), or -1. */
function triggerStart(text: string, tail: number): number {
  for (const head of TRIGGER_HEADS) {
    if (text.startsWith(head, tail - head.length)) {
      return tail - head.length;
    }
  }
  return -1;
}

/** The scripts in a YAML text's block scalars that hold any of the candidates at `positions`. */
function scriptsHolding(text: string, positions: readonly number[]): EmbeddedScript[] {
  if (positions.length === 0 || !/[|>][+-]?[0-9]?[ \t]*\r?\n/.test(text)) {
    return [];
  }
  return embeddedScripts(text).filter((block) => positions.some((at) => block.start <= at && at < block.end));
}

/**
 * A match in a notebook's decoded code, placed on the notebook's JSON. Its rewrite is kept, JSON-escaped, only where
 * the match lies inside one JSON string.
 */
function inNotebookJson(match: RuleMatch, notebook: NotebookCode): RuleMatch {
  const last = Math.max(match.start, match.end - 1);
  const placed: RuleMatch = { ...match, start: notebook.rawStart[match.start], end: notebook.rawEnd[last] };
  const string = notebook.stringOf[match.start];
  if (placed.replacement !== undefined) {
    if (string >= 0 && notebook.stringOf[last] === string) {
      placed.replacement = JSON.stringify(placed.replacement).slice(1, -1);
    } else {
      delete placed.replacement;
    }
  }
  return placed;
}

/** Rule matches in text order, without overlaps (the first, then the longest, wins). */
function scanMatches(text: string, languageId?: string): RuleMatch[] {
  let matches: RuleMatch[] = [];
  let pathTriggers: number[] = [];
  let services: ServiceBindings | undefined;
  let nameEnd = 0;
  // Candidates start at or after `from` (a name's match moves it past the name).
  let from = 0;
  for (let tail = text.indexOf(TRIGGER_TAIL); tail >= 0; tail = text.indexOf(TRIGGER_TAIL, tail + TRIGGER_TAIL.length)) {
    const start = triggerStart(text, tail);
    if (start < from) {
      continue;
    }
    from = tail + TRIGGER_TAIL.length;
    const at = start - 1;
    if (at < 0) {
      continue;
    }
    const name = at >= nameEnd ? matchName(text, at) : undefined;
    if (name) {
      matches.push(name);
      services ??= new ServiceBindings(text);
      matches.push(...services.callsAfter(name));
      nameEnd = name.end;
      from = Math.max(from, name.end);
      continue;
    }
    const word = PATH_WORDS.find((candidate) => text.startsWith(candidate, at));
    // A path segment, not part of a longer name (`privateEndpointId`, `privateEndpointsPath`).
    // `%2FprivateEndpoint`: a URL-encoded slash before the word.
    const encodedSlash = at >= 3 && text.charCodeAt(at - 3) === 37 && text.startsWith('2', at - 2) && (text[at - 1] === 'F' || text[at - 1] === 'f');
    if (word && !isWordChar(text.charCodeAt(at + word.length)) && (encodedSlash || !isWordChar(text.charCodeAt(at - 1))) && !(word === PATH_WORDS[0] && plainlyCurrent(text, at))) {
      pathTriggers.push(at);
    }
  }
  const blocks = languageId === 'yaml' ? scriptsHolding(text, [...pathTriggers, ...matches.map((match) => match.start)]) : [];
  if (blocks.length > 0) {
    // Lines of a script in a block scalar are read in the script's language, and only there.
    const inBlock = (at: number) => blocks.some((block) => block.start <= at && at < block.end);
    matches = matches.filter((match) => !inBlock(match.start));
    pathTriggers = pathTriggers.filter((at) => !inBlock(at));
    for (const language of new Set(blocks.map((block) => block.languageId))) {
      matches.push(...scanMatches(onlyBlocks(text, blocks.filter((block) => block.languageId === language)), language));
    }
  }
  const notebook = (languageId === 'json' || languageId === 'jsonc') && (pathTriggers.length > 0 || matches.length > 0) && looksLikeNotebook(text) ? notebookCode(text) : undefined;
  if (notebook) {
    // The code cells are read in the kernel's language, and only there.
    const inCode = (at: number) => notebook.strings.some(([start, end]) => start <= at && at < end);
    matches = matches.filter((match) => !inCode(match.start));
    pathTriggers = pathTriggers.filter((at) => !inCode(at));
    matches.push(...scanMatches(notebook.text, notebook.languageId).map((match) => inNotebookJson(match, notebook)));
  }
  if (pathTriggers.length > 0) {
    const file = new FileScan(text, languageId);
    file.run(pathTriggers);
    for (const match of file.matches) {
      matches.push(match);
    }
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: RuleMatch[] = [];
  let lastEnd = 0;
  for (const match of matches) {
    if (match.start >= lastEnd && match.end > match.start) {
      result.push(match);
      lastEnd = match.end;
    }
  }
  return result;
}

/**
 * Every use of the deprecated Atlas private endpoint API in `text`: legacy REST paths (with a rewrite where it is
 * unambiguous), the old Go client's deprecated service, Terraform/Pulumi names and Atlas CLI commands. `languageId`
 * is the VS Code language of the text when known; it chooses the tokenizer.
 */
export function scanText(text: string, languageId?: string): Finding[] {
  return findingsIn(text, languageId, false);
}

/** `scanText`, each finding with the text it covers (the command line prints it and fingerprints it). */
export function scanTextSpans(text: string, languageId?: string): Array<Finding & { text: string }> {
  return findingsIn(text, languageId, true) as Array<Finding & { text: string }>;
}

function findingsIn(text: string, languageId: string | undefined, withSpans: boolean): Finding[] {
  const findings: Finding[] = [];
  let line = 0;
  let lineStart = 0;
  let nextNewline = text.indexOf('\n');
  for (const match of scanMatches(text, languageId)) {
    // One iteration per line up to the match (often every line of the file): kept free of calls but indexOf's.
    while (nextNewline >= 0 && nextNewline < match.start) {
      line++;
      lineStart = nextNewline + 1;
      nextNewline = text.indexOf('\n', lineStart);
    }
    const lineEnd = nextNewline < 0 ? Infinity : nextNewline;
    const messageArgs: [string, string] = [match.subject, match.suggestion];
    const base = formatMessage(match.kind, messageArgs);
    const finding: Finding = {
      line,
      character: match.start - lineStart,
      length: Math.min(match.end, lineEnd) - match.start,
      kind: match.kind,
      confidence: match.inference ? 'inferred' : 'certain',
      message: match.inference ? `${base} ${formatInference(match.inference)}` : base,
      messageArgs,
    };
    if (match.inference) {
      finding.inference = match.inference;
    }
    if (match.httpMethod !== undefined) {
      finding.httpMethod = match.httpMethod;
    }
    if (match.replacement !== undefined) {
      finding.replacement = match.replacement;
    }
    if (withSpans) {
      (finding as Finding & { text: string }).text = text.slice(match.start, match.start + finding.length);
    }
    findings.push(finding);
  }
  return findings;
}
