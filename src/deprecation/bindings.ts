// Stage 3: the file's table of bindings, built on demand. A window is a statement and the lines joined to it (plus
// one line either side, for prose cut across lines); each window is tokenized and parsed once. A name is looked up by
// one word-bounded indexOf pass over the file; only the occurrences that look like a definition in the raw text
// (`name =`, `name :=`, `const name: T =`, `def name(`) are tokenized. Definitions are kept in text order, so the one
// that applies at an offset is found by binary search. Bounded per file: names looked up, occurrences per name,
// definitions tokenized, window size.
import { hasText, parseStatement, statementTokens, type Definition, type Node, type Statement, type StatementTokens } from './expressions';
import { tokenize, type Dialect } from './tokens';
import { isWordChar, lineStartWithin } from './text';

const MAX_NAMES = 24;
const MAX_OCCURRENCES = 400;
const MAX_DEFINITIONS_PER_NAME = 64;
const MAX_LINE = 1024;
const LONG_LINE_WINDOW = 1024;
const MAX_JOINED_LINES = 24;
const MAX_WINDOWS_KEPT = 8;
const MAX_FUNCTION_HEADER = 200;
const MAX_FUNCTION_BODY = 400;
const MAX_FUNCTION_STATEMENTS = 5;
const MAX_MEMBER_DEPTH = 6;
const MAX_GETTER_WORDS = 6;

interface Window {
  start: number;
  end: number;
  statements: StatementTokens[];
  /** Each statement parsed on first lookup, so that every lookup of it gets the same object. */
  parsed: Array<Statement | undefined>;
}

interface NameEntry {
  /** Word-bounded occurrences, in text order. */
  occurrences: number[];
  /** The definition made at each occurrence: undefined until looked at, null when it is not one. */
  definitions: Array<Definition | null | undefined>;
  /** Definitions tokenized so far for this name. */
  tokenized: number;
  /** For occurrence k: the index of the nearest definition before it (-1: none; -2: not computed yet). */
  nearest: Int32Array;
  /** Index of the first definition in the file (-1: none; -2: not computed yet). */
  first: number;
}

// The two below search a bounded slice natively: a character loop costs several times more while the scanner's code
// is still cold (the command line scans each file once), and a slice keeps a very long line linear.

/** Start of the line holding `at`, looking back at most MAX_LINE + 1 characters (a longer line starts further). */
function lineStartOf(text: string, at: number): number {
  const floor = Math.max(0, at - MAX_LINE - 1);
  const newline = at > floor ? text.slice(floor, at).lastIndexOf('\n') : -1;
  if (newline >= 0) {
    return floor + newline + 1;
  }
  return floor === 0 ? 0 : floor - 1;
}

/** End of the line holding `at`, looking ahead at most MAX_LINE + 1 characters. */
function lineEndOf(text: string, at: number): number {
  const ceiling = Math.min(text.length, at + MAX_LINE + 1);
  const newline = ceiling > at ? text.slice(at, ceiling).indexOf('\n') : -1;
  if (newline >= 0) {
    return at + newline;
  }
  return ceiling === text.length ? ceiling : ceiling + 1;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Last non-blank character code in [from, to), or 0. */
function lastNonBlank(text: string, from: number, to: number): [code: number, at: number] {
  for (let i = to - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13) {
      return [code, i];
    }
  }
  return [0, -1];
}

/** First non-blank character code in [from, to), or 0. */
function firstNonBlank(text: string, from: number, to: number): [code: number, at: number] {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13) {
      return [code, i];
    }
  }
  return [0, -1];
}

/** The line [from, to) holds only a line comment (`#`, `//`, `--`) or nothing. */
function isCommentLine(text: string, from: number, to: number): boolean {
  const [code, at] = firstNonBlank(text, from, to);
  return code === 0 || code === 10 || code === 35 || ((code === 47 || code === 45) && text.charCodeAt(at + 1) === code);
}

/** The line [from, to) ends inside an unfinished statement: an operator, a comma, an open bracket, a continuation. */
function endsContinued(text: string, from: number, to: number): boolean {
  const [code, at] = lastNonBlank(text, from, to);
  // + . , ( [ { = & | \ %   and  ..  ->  and a spaced ` /` (a path joined by an operator; `/re/` ends without a space)
  return code === 43 || code === 46 || code === 44 || code === 40 || code === 91 || code === 123 || code === 61 || code === 38 || code === 124 || code === 92 || code === 37 || (code === 62 && text.charCodeAt(at - 1) === 45) || (code === 47 && text.charCodeAt(at - 1) === 32);
}

/** The line [from, to) continues the one before it: a method chain, an operator or a closing bracket. */
function startsContinuing(text: string, from: number, to: number): boolean {
  const [code, at] = firstNonBlank(text, from, to);
  // . + ) ] } | & ?
  if (code === 46 || code === 43 || code === 41 || code === 93 || code === 125 || code === 124 || code === 38 || code === 63) {
    return true;
  }
  // A string literal (f"…" too) may be the next piece of adjacent literals in brackets (Python, C); the statement
  // parser decides.
  const quoteAt = text.charCodeAt(at) === 34 || text.charCodeAt(at) === 39 ? at : text.charCodeAt(at + 1) === 34 || text.charCodeAt(at + 1) === 39 ? at + 1 : -1;
  return quoteAt >= 0 && (quoteAt === at || 'fFrRbBuU'.includes(text[at]));
}

/** Allman style: an array literal's `{` on the line after `new[]` / `new String[]` continues that line. */
function bracesArrayLiteral(text: string, previousFrom: number, previousTo: number, from: number, to: number): boolean {
  return lastNonBlank(text, previousFrom, previousTo)[0] === 93 && firstNonBlank(text, from, to)[0] === 123;
}

const LIST_APPEND = /^\.(?:append|push|add|Add|extend|addAll|AddRange|push_back|concat|Append|WriteString|push_str)\(/;

/** `name.append(`, `name.push(`, `name << `, `name[] =` after the name (at `i`): items added to a list it holds. */
function addsToList(text: string, i: number, code: number, next: number): boolean {
  if (code === 46) {
    return LIST_APPEND.test(text.slice(i, i + 14));
  }
  if (code === 60) {
    return next === 60 && text.charCodeAt(i + 2) !== 61;
  }
  if (code !== 91 || next !== 93) {
    return false;
  }
  let k = i + 2;
  while (k < i + 40 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) {
    k++;
  }
  return text.charCodeAt(k) === 61 && text.charCodeAt(k + 1) !== 61;
}

/** `#define ` before a macro's name, at a line start. */
const MACRO_HEAD = /(?:^|\n)[ \t]*#[ \t]*define[ \t]+$/;

/** A bare word of a shell command: a command's name, an option, a brace. */
const SHELL_WORD = /^[\w{}().-]*$/;
const DEFINING_KEYWORDS = /(?:^|[\s(])(?:def|defp|defn|func|function|fun|fn|sub|proc|Function|Property)\s+(?:\([^)\n]{0,80}\)\s*)?(?:[A-Za-z_]\w{0,40}[.:])?$/;

/**
 * Whether the occurrence of a name at [at, end) reads as its definition in the raw text: `name =` (not `==`, `=>`),
 * `name :=`, `name +=`, `name .=`, `name: Type =`, `name Type =` (Go), or a function header (`def name`, `func name`,
 * `function name`, `name(…) {` at a line start), or a C macro (`#define name`). Cheap and bounded; the statement parser
 * has the last word.
 */
export function looksLikeDefinition(text: string, at: number, end: number): boolean {
  if (text.charCodeAt(at - 1) === 32 && MACRO_HEAD.test(text.slice(Math.max(0, at - 24), at))) {
    return true;
  }
  let i = end;
  const limit = Math.min(text.length, end + 80);
  while (i < limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) {
    i++;
  }
  const code = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (code === 61) {
    return next !== 61 && next !== 62 && next !== 126;
  }
  if ((code === 58 || code === 43 || code === 46) && next === 61) {
    return true;
  }
  if (code === 58 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 42 || code === 91) {
    // `name: Type = …`, Go `name Type = …`: an `=` later on the same line, before any other statement starts.
    for (let k = i; k < limit; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 59 || c === 40 || c === 34 || c === 39) {
        break;
      }
      if (c === 61) {
        const after = text.charCodeAt(k + 1);
        return after !== 61 && after !== 62 && text.charCodeAt(k - 1) !== 33;
      }
    }
  }
  if (addsToList(text, i, code, next)) {
    return true;
  }
  const lineStart = Math.max(0, text.lastIndexOf('\n', at - 1) + 1, at - 120);
  const before = text.slice(lineStart, at);
  if (code === 44 && /array_push\(\s*\$?$/.test(before)) {
    return true;
  }
  // `[` opens Clojure's parameters: `(defn links-url [g] …)`.
  if (code === 40 || code === 60 || code === 0 || code === 10 || code === 13 || code === 58 || code === 123 || code === 91) {
    if (DEFINING_KEYWORDS.test(before)) {
      return true;
    }
  }
  // VB.NET's `Property PeBase As String`, its body on the next lines.
  if (code === 65 && /^As\s+[\w.]+\s*$/.test(text.slice(i, lineEndOf(text, i))) && DEFINING_KEYWORDS.test(before)) {
    return true;
  }
  if (code === 40 && /^[\w\s<>[\],.?]*$/.test(before)) {
    // `projectPath(id: string) {` / `String linksPath(String g) {`: a method header when the line opens a body.
    const lineEnd = text.indexOf('\n', end);
    const rest = text.slice(end, lineEnd < 0 ? Math.min(text.length, end + 200) : Math.min(lineEnd, end + 200)).trimEnd();
    // C#'s expression-bodied members end in `;`: `string LinksPath(string g) => $"…";`.
    // Erlang's clause head ends in `->`: `links_url(Group) ->`.
    // A shell function on one line: `pe_base() { printf '…' "$1"; }`.
    return (/[{=]$|->$|=>|=\s*\S/.test(rest) && !/;$/.test(rest)) || /^\([^()]*\)\s*=>/.test(rest) || /^\(\s*\)\s*\{\s/.test(rest);
  }
  return false;
}

/** What may stand between a member's key and its string value: an arrow function's or a lambda's head. */
const MEMBER_FUNCTION = /^\s*(?:(?:\([^()\n]{0,120}\)|[A-Za-z_]\w*)\s*(?::\s*[\w.<>[\]]{1,40}\s*)?=>|lambda\b[^:\n]{0,80}:|function\s*\([^()\n]{0,120}\)\s*\{\s*return\b|->)\s*/;

/**
 * The occurrence of a name at [at, end) is a key of an object, a dict or a map whose value follows (`links: …`,
 * `"links": …`, `'links' => …`, `[:links] = …` not included), right after `{`, `,` or a line start: the offset where
 * its value starts (past an arrow function's head), or undefined.
 */
export function memberValueAt(text: string, at: number, end: number): number | undefined {
  let i = end;
  let from = at;
  const quote = text.charCodeAt(at - 1);
  if (quote === 34 || quote === 39) {
    if (text.charCodeAt(end) !== quote) {
      return undefined;
    }
    i++;
    from--;
  }
  while (i < end + 8 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) {
    i++;
  }
  if (text.charCodeAt(i) === 58 && text.charCodeAt(i + 1) !== 58 && text.charCodeAt(i + 1) !== 61) {
    i++;
  } else if (text.charCodeAt(i) === 61 && text.charCodeAt(i + 1) === 62) {
    i += 2;
  } else {
    return undefined;
  }
  const lineStart = lineStartWithin(text, from, 120);
  const [before] = lastNonBlank(text, lineStart, from);
  // `{`, `,`, `(`, `[` or nothing before the key on its line.
  if (before !== 0 && before !== 123 && before !== 44 && before !== 40 && before !== 91) {
    return undefined;
  }
  const rest = text.slice(i, i + 200);
  const head = MEMBER_FUNCTION.exec(rest);
  let k = i + (head ? head[0].length : 0);
  while (k < i + 200 && isBlank(text.charCodeAt(k))) {
    k++;
  }
  return k;
}

/** After a property's name: Kotlin's `get() =` (also after `: Type` and a line break), `=>`, Swift's `: Type {`, C#'s `{ get`. */
const GETTER_AFTER = /^(?:\s*:\s*[\w.<>?[\], ]{1,60}?)?(?:\s*get\(\)\s*=|[ \t]*=>|[ \t]*\{\s*get\b|[ \t]*\{)/;

/**
 * A property whose getter gives a string (C#'s `string Links => $"…"`, Dart's `String get links => '…'`, Kotlin's
 * `val links get() = "…"`, Swift's `var links: String { "…" }`): the offset where its body starts, or undefined.
 */
export function getterBodyAt(text: string, at: number, end: number): number | undefined {
  const after = GETTER_AFTER.exec(text.slice(end, end + 120));
  if (!after) {
    return undefined;
  }
  const before = text.slice(lineStartWithin(text, at, 120), at);
  const arrow = after[0].endsWith('=>');
  const brace = after[0].endsWith('{');
  // `=>` after a type or `get` (not a lambda's parameter), `{` only on Swift's `var`; `get() =` on any property.
  if ((arrow && !/[\w>\]?]\s$/.test(before)) || (brace && !/\bvar\s+$/.test(before)) || !/^\s*(?:[\w<>[\]?,]+\s+)*$/.test(before)) {
    return undefined;
  }
  return end + after[0].length;
}

/** The name's occurrence at `at` is the one `definition` defines (its token may start with a `$`). */
export function definesAt(definition: Definition, at: number): boolean {
  return definition.at <= at && at <= definition.at + 1;
}

/** The string at `at` (its text, its quote or its prefix) is a call's argument: a `(` or `,` comes before it. */
function isArgument(text: string, at: number): boolean {
  let i = at;
  const floor = Math.max(0, at - 8);
  // Back over the opening quote and a prefix (`f"`, `$"`, `@"`, `s"`).
  while (i > floor && isQuoteOrPrefix(text.charCodeAt(i - 1))) {
    i--;
  }
  const [code] = lastNonBlank(text, Math.max(0, i - MAX_LINE), i);
  return code === 40 || code === 44;
}

function isQuoteOrPrefix(code: number): boolean {
  // " ' ` $ @ and ASCII letters
  return code === 34 || code === 39 || code === 96 || code === 36 || code === 64 || ((code | 32) >= 97 && (code | 32) <= 122);
}

/** The definition adds to the value the name held before (`x += …`, `parts.append(…)`): its value starts with the name. */
export function extendsItself(definition: Definition): boolean {
  const { value } = definition;
  const first = value.t === 'concat' || value.t === 'join' ? value.items[0] : undefined;
  return first?.t === 'ref' && first.name === definition.name && first.start === definition.at;
}

export class FileBindings {
  private readonly windows: Window[] = [];
  private readonly names = new Map<string, NameEntry>();

  constructor(
    private readonly text: string,
    private readonly dialect: Dialect,
  ) {}

  /** The statement holding `at`, from the (cached) window around it. */
  statementAt(at: number): Statement | undefined {
    const window = this.windowAt(at);
    let best = -1;
    for (let k = 0; k < window.statements.length; k++) {
      const { start, end } = window.statements[k];
      if (start <= at && at < end && (best < 0 || end - start < window.statements[best].end - window.statements[best].start)) {
        best = k;
      }
    }
    if (best < 0) {
      return undefined;
    }
    return (window.parsed[best] ??= parseStatement(window.statements[best], this.dialect));
  }

  private windowAt(at: number): Window {
    for (let k = this.windows.length - 1; k >= 0 && k >= this.windows.length - MAX_WINDOWS_KEPT; k--) {
      const window = this.windows[k];
      if (window.start <= at && at < window.end) {
        return window;
      }
    }
    const [start, end] = this.bounds(at);
    const window: Window = { start, end, statements: statementTokens(tokenize(this.text, start, end, this.dialect)), parsed: [] };
    this.windows.push(window);
    if (this.windows.length > 4 * MAX_WINDOWS_KEPT) {
      this.windows.splice(0, this.windows.length - MAX_WINDOWS_KEPT);
    }
    return window;
  }

  /** The lines of the statement holding `at` and one line either side; a slice of a very long line. */
  private bounds(at: number): [number, number] {
    const { text } = this;
    const lineStart = lineStartOf(text, at);
    const lineEnd = lineEndOf(text, at);
    if (lineEnd - lineStart > MAX_LINE) {
      const from = Math.max(lineStart, at - LONG_LINE_WINDOW);
      const semicolon = text.slice(from, at).lastIndexOf(';');
      const start = semicolon >= 0 ? from + semicolon + 1 : from;
      const to = Math.min(lineEnd, at + LONG_LINE_WINDOW);
      const stop = text.slice(at, to).indexOf(';');
      return [start, stop >= 0 ? at + stop + 1 : to];
    }
    // Each loop keeps the other end of the line it stands on, known once that line has been read.
    let start = lineStart;
    let lineTo = lineEnd;
    for (let n = 0; n < MAX_JOINED_LINES && start > 0; n++) {
      // Comment and blank lines inside a statement (a list with a comment between items) are passed over.
      let previousEnd = start - 1;
      let previousStart = lineStartOf(text, previousEnd);
      for (let skipped = 0; previousStart > 0 && skipped < MAX_JOINED_LINES && isCommentLine(text, previousStart, previousEnd); skipped++) {
        previousEnd = previousStart - 1;
        previousStart = lineStartOf(text, previousEnd);
      }
      if (previousEnd - previousStart > MAX_LINE || !(endsContinued(text, previousStart, previousEnd) || startsContinuing(text, start, lineTo) || bracesArrayLiteral(text, previousStart, previousEnd, start, lineTo))) {
        break;
      }
      start = previousStart;
      lineTo = text.charCodeAt(previousEnd) === 10 ? previousEnd : lineEndOf(text, start);
    }
    let end = lineEnd;
    let lineFrom = lineStart;
    for (let n = 0; n < MAX_JOINED_LINES && end < text.length; n++) {
      let nextStart = end + 1;
      let nextEnd = lineEndOf(text, nextStart);
      for (let skipped = 0; nextEnd < text.length && skipped < MAX_JOINED_LINES && isCommentLine(text, nextStart, nextEnd); skipped++) {
        nextStart = nextEnd + 1;
        nextEnd = lineEndOf(text, nextStart);
      }
      if (nextEnd - nextStart > MAX_LINE || !(endsContinued(text, lineFrom, end) || startsContinuing(text, nextStart, nextEnd) || bracesArrayLiteral(text, lineFrom, end, nextStart, nextEnd))) {
        break;
      }
      end = nextEnd;
      lineFrom = text.charCodeAt(nextStart - 1) === 10 ? nextStart : lineStartOf(text, end);
    }
    // One more line either side where a path may be cut across lines (a line ending in `/`), for prose.
    if (start > 0) {
      const previousStart = lineStartOf(text, start - 1);
      if (start - previousStart <= MAX_LINE && lastNonBlank(text, previousStart, start - 1)[0] === 47) {
        start = previousStart;
      }
    }
    if (end < text.length && lastNonBlank(text, Math.max(start, end - MAX_LINE), end)[0] === 47) {
      const nextEnd = lineEndOf(text, end + 1);
      if (nextEnd - end <= MAX_LINE) {
        end = nextEnd;
      }
    }
    return [start, end];
  }

  private entry(name: string): NameEntry {
    const known = this.names.get(name);
    if (known) {
      return known;
    }
    const entry: NameEntry = { occurrences: [], definitions: [], tokenized: 0, nearest: new Int32Array(1), first: -1 };
    this.names.set(name, entry);
    if (this.names.size > MAX_NAMES || name.length < 2) {
      entry.nearest[0] = -1;
      return entry;
    }
    const { text } = this;
    for (let at = text.indexOf(name); at >= 0 && entry.occurrences.length < MAX_OCCURRENCES; at = text.indexOf(name, at + name.length)) {
      if ((at > 0 && isWordChar(text.charCodeAt(at - 1))) || isWordChar(text.charCodeAt(at + name.length))) {
        continue;
      }
      entry.occurrences.push(at);
    }
    entry.nearest = new Int32Array(entry.occurrences.length + 1).fill(-2);
    entry.nearest[0] = -1;
    entry.first = -2;
    return entry;
  }

  /** Index of the nearest definition among occurrences [0, k), or -1; each occurrence is classified at most once. */
  private nearestBefore(name: string, entry: NameEntry, k: number): number {
    let j = k;
    while (entry.nearest[j] === -2) {
      j--;
    }
    let result = entry.nearest[j];
    for (let m = j + 1; m <= k; m++) {
      if (this.definitionAt(name, entry, m - 1)) {
        result = m - 1;
      }
      entry.nearest[m] = result;
    }
    return result;
  }

  private firstDefinition(name: string, entry: NameEntry): number {
    if (entry.first === -2) {
      entry.first = -1;
      for (let k = 0; k < entry.occurrences.length; k++) {
        if (this.definitionAt(name, entry, k)) {
          entry.first = k;
          break;
        }
      }
    }
    return entry.first;
  }

  /** The definition made at occurrence `index` of `name`, or null; decided once, on first need. */
  private definitionAt(name: string, entry: NameEntry, index: number): Definition | null {
    const known = entry.definitions[index];
    if (known !== undefined) {
      return known;
    }
    const at = entry.occurrences[index];
    let found: Definition | null = null;
    if (entry.tokenized < MAX_DEFINITIONS_PER_NAME && looksLikeDefinition(this.text, at, at + name.length)) {
      entry.tokenized++;
      const definition = this.statementAt(at)?.definition;
      if (definition && definition.name === name && definesAt(definition, at)) {
        found = definition;
      } else {
        found = this.isFunctionHeader(at, at + name.length) ? this.functionResult(name, at) : null;
      }
    } else if (entry.tokenized < MAX_DEFINITIONS_PER_NAME) {
      const valueAt = memberValueAt(this.text, at, at + name.length);
      const bodyAt = valueAt === undefined ? getterBodyAt(this.text, at, at + name.length) : undefined;
      if (valueAt !== undefined) {
        entry.tokenized++;
        found = this.memberDefinition(name, at, valueAt);
      } else if (bodyAt !== undefined) {
        entry.tokenized++;
        found = this.bodyResult(name, at, bodyAt - 1, bodyAt - 1);
      }
    }
    entry.definitions[index] = found;
    return found;
  }

  /** A route map's member (`links: …`, `"links": …`, `'links' => …`): the string expression its value starts with. */
  private memberDefinition(name: string, at: number, valueAt: number): Definition | null {
    const statement = this.statementAt(at);
    let value: Node | undefined;
    const visit = (node: Node, depth: number): void => {
      if (value || depth > MAX_MEMBER_DEPTH || node.start > valueAt || node.end <= valueAt) {
        return;
      }
      if (node.start === valueAt && hasText(node)) {
        value = node;
        return;
      }
      if (node.t === 'concat' || node.t === 'join') {
        node.items.forEach((item) => visit(item, depth + 1));
      } else if (node.t === 'format') {
        visit(node.format, depth + 1);
        node.args.forEach((arg) => visit(arg, depth + 1));
      }
    };
    statement?.expressions.forEach((node) => visit(node, 0));
    return value ? { name, at, value } : null;
  }

  /** The name at [at, end) is a function's: a `(` follows it, or a defining keyword (`def`, `function`) precedes it. */
  private isFunctionHeader(at: number, end: number): boolean {
    const { text } = this;
    let i = end;
    while (i < end + 8 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) {
      i++;
    }
    return text.charCodeAt(i) === 40 || DEFINING_KEYWORDS.test(text.slice(Math.max(0, at - 40), at));
  }

  /**
   * A function or method whose body gives a string (`def links_path(g)\n  "#{BASE}/groups/#{g}/privateEndpoint"`,
   * `return f"…"`, `=> $"…"`): bound to the first string expression of the next few statements.
   */
  private functionResult(name: string, at: number): Definition | null {
    const { text } = this;
    if (this.dialect.lispCalls) {
      // `(def name value)`, `(defn name [params] body)`: the value or the body follows the name (and the parameters).
      let after = at + name.length;
      while (after < text.length && isBlank(text.charCodeAt(after))) {
        after++;
      }
      const params = text[after] === '[' ? text.indexOf(']', after) : -1;
      const opens = params >= 0 && params < at + MAX_FUNCTION_HEADER ? params : after - 1;
      return this.bodyResult(name, at, opens, opens);
    }
    const limit = Math.min(text.length, at + MAX_FUNCTION_HEADER);
    const lineEnd = text.indexOf('\n', at);
    let opens = text.indexOf('(', at);
    if (opens < 0 || opens > limit || (lineEnd >= 0 && opens > lineEnd)) {
      // A header with no parameters (Ruby's `def links_url`): the body starts on the next line.
      if (lineEnd < 0 || lineEnd > limit || !DEFINING_KEYWORDS.test(text.slice(Math.max(0, at - 40), at))) {
        return null;
      }
      opens = lineEnd;
    }
    return this.bodyResult(name, at, opens, opens === lineEnd ? lineEnd : text.indexOf(')', opens));
  }

  /** The first string expression after `opens` in the few statements from `first` on: a body's result. */
  private bodyResult(name: string, at: number, opens: number, first: number): Definition | null {
    const { text } = this;
    for (let from = first, n = 0; from >= 0 && from < at + MAX_FUNCTION_BODY && n < MAX_FUNCTION_STATEMENTS; n++) {
      let next = from + 1;
      while (next < text.length && next < from + MAX_LINE && isBlank(text.charCodeAt(next))) {
        next++;
      }
      const statement = this.statementAt(next);
      // A shell function's words (`{`, `echo`, `printf`, `-n`) are not what it prints.
      const value = statement?.expressions.find((node) => node.start > opens && hasText(node) && !(this.dialect.family === 'shell' && node.t === 'lit' && SHELL_WORD.test(node.text)));
      // Swift's `{ "…" }` body reads as a list of one item: the item. PowerShell's `param([string]$g)` is no result.
      const result = value?.t === 'join' && value.separator === '' && value.items.length === 1 ? value.items[0] : value;
      if (result && hasText(result)) {
        return { name, at, value: result };
      }
      const newline = text.indexOf('\n', from + 1);
      from = newline < 0 ? -1 : newline;
    }
    return null;
  }

  /**
   * The function or method whose result `node` is (`def links_path(g)\n  "…/privateEndpoint"`,
   * `string LinksPath(string g) => $"…";`): the headers of the few lines before it are looked up.
   */
  functionReturning(node: { start: number }): Definition | undefined {
    const { text } = this;
    // An argument (`return session.delete(f"…")`) is not what the function returns.
    if (isArgument(text, node.start)) {
      return undefined;
    }
    const from = Math.max(0, node.start - MAX_FUNCTION_BODY);
    const window = text.slice(from, node.start);
    const candidates: Array<[string, number]> = [];
    // `name(` anywhere, or a header without parameters: Ruby's `def name`, Perl's `sub name {`, PowerShell's
    // `function Get-Name {`, VB.NET's `Property Name As String`.
    for (const match of window.matchAll(/\b([A-Za-z_]\w*)[ \t]*\(|\b(?:def|defn|sub|function|Function|Property)[ \t]+([A-Za-z_]\w*(?:-[A-Za-z]\w*)*)/g)) {
      const name = match[1] ?? match[2];
      candidates.push([name, from + (match.index ?? 0) + match[0].indexOf(name)]);
    }
    for (let k = candidates.length - 1; k >= 0 && k >= candidates.length - MAX_FUNCTION_STATEMENTS; k--) {
      const [name, at] = candidates[k];
      // Kotlin's `val links get() = …`: the property is the binding (see getterOwning), not `get`.
      if (name === 'get' || !looksLikeDefinition(text, at, at + name.length)) {
        continue;
      }
      // The nearest header decides: one lookup at most.
      const definition = this.resolve(name, at + 1);
      return definition && definition.at === at && definition.value.start === node.start ? definition : undefined;
    }
    return undefined;
  }

  /** A key's or a getter's value may start at `at`: after `:`, `=>`, `->`, `=`, `{` or `return`. */
  private mayOwn(at: number): boolean {
    const [code] = lastNonBlank(this.text, Math.max(0, at - MAX_LINE), at);
    return code === 58 || code === 62 || code === 61 || code === 123 || code === 110 || code === 10;
  }

  /** The route map member whose value `node` is (`links: \`…\``, `"links": BASE + "…"`), as resolved at its key. */
  memberOwning(node: { start: number }): Definition | undefined {
    const { text } = this;
    if (!this.mayOwn(node.start)) {
      return undefined;
    }
    const lineStart = lineStartWithin(text, node.start, MAX_FUNCTION_HEADER);
    const keys = [...text.slice(lineStart, node.start).matchAll(/\b([A-Za-z_]\w*)["']?[ \t]*(?::|=>)/g)];
    for (let k = keys.length - 1; k >= 0 && k >= keys.length - MAX_FUNCTION_STATEMENTS; k--) {
      const name = keys[k][1];
      const at = lineStart + (keys[k].index ?? 0);
      if (memberValueAt(text, at, at + name.length) !== node.start) {
        continue;
      }
      const definition = this.resolve(name, at + 1);
      return definition && definition.at === at && definition.value.start === node.start ? definition : undefined;
    }
    return undefined;
  }

  /** The property whose getter gives `node` (`string Links => $"…"`, `val links get() = "…"`), as resolved at its name. */
  getterOwning(node: { start: number }): Definition | undefined {
    const { text } = this;
    if (!this.mayOwn(node.start)) {
      return undefined;
    }
    const from = lineStartWithin(text, Math.max(0, lineStartWithin(text, node.start, MAX_FUNCTION_HEADER) - 1), MAX_FUNCTION_HEADER);
    const words = [...text.slice(from, node.start).matchAll(/\b[A-Za-z_]\w*/g)];
    for (let k = words.length - 1; k >= 0 && k >= words.length - MAX_GETTER_WORDS; k--) {
      const name = words[k][0];
      const at = from + (words[k].index ?? 0);
      if (name === 'get' || getterBodyAt(text, at, at + name.length) === undefined) {
        continue;
      }
      const definition = this.resolve(name, at + 1);
      return definition && definition.at === at && definition.value.start === node.start ? definition : undefined;
    }
    return undefined;
  }

  /** Index of the last occurrence before `at`, or -1. */
  private static lastBefore(occurrences: readonly number[], at: number): number {
    let low = 0;
    let high = occurrences.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (occurrences[mid] < at) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /**
   * The definition of `name` that applies at `at`: the nearest one before it (not the one whose value holds `at`),
   * else the first one in the file. Occurrences are looked at from `at` outwards, each at most once.
   */
  resolve(name: string, at: number): Definition | undefined {
    const entry = this.entry(name);
    let k = this.nearestBefore(name, entry, FileBindings.lastBefore(entry.occurrences, at) + 1);
    while (k >= 0) {
      const definition = entry.definitions[k] as Definition;
      if (!(definition.value.start <= at && at < definition.value.end)) {
        return definition;
      }
      k = this.nearestBefore(name, entry, k);
    }
    const first = this.firstDefinition(name, entry);
    const definition = first >= 0 ? entry.definitions[first] : undefined;
    return definition && definition.at > at ? definition : undefined;
  }

  /**
   * Offsets where `definition`'s name is used and `definition` is the binding that applies there: after it up to the
   * next definition (told by the raw text), and before it when no definition comes first (a constant declared below
   * its use). Only a line that redefines the name (`x = x + "/y"`) is tokenized to tell the two apart.
   */
  usesOf(definition: Definition): number[] {
    const { text } = this;
    const { name } = definition;
    const entry = this.entry(name);
    const own = FileBindings.lastBefore(entry.occurrences, definition.at + 2);
    const uses: number[] = [];
    let earlierDefinition = false;
    for (let k = own - 1; k >= 0; k--) {
      const at = entry.occurrences[k];
      if (looksLikeDefinition(text, at, at + name.length)) {
        earlierDefinition = true;
        break;
      }
    }
    if (!earlierDefinition) {
      uses.push(...entry.occurrences.slice(0, Math.max(0, own)));
    }
    let stop = Infinity;
    for (let k = own + 1; k < entry.occurrences.length; k++) {
      const at = entry.occurrences[k];
      if (at >= stop) {
        break;
      }
      if (stop === Infinity && looksLikeDefinition(text, at, at + name.length)) {
        const newline = text.indexOf('\n', at);
        stop = newline < 0 ? text.length : newline;
        // `x += "/" + id`, `parts.append(id)`: a new definition built on this one.
        const redefinition = this.statementAt(at)?.definition;
        if (redefinition && redefinition.name === name && definesAt(redefinition, at) && extendsItself(redefinition)) {
          uses.push(at);
        }
        continue;
      }
      if (stop === Infinity || this.resolve(name, at) === definition) {
        uses.push(at);
      }
    }
    return uses;
  }
}
