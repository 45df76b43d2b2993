// Files whose variables are written `{{name}}`: REST Client and JetBrains HTTP request files (`.http`, `.rest`: file
// variables `@base = {{host}}/…/privateEndpoint` used in request lines `GET {{base}}/{{linkId}}`), and data files that
// API tools and playbooks template (an Insomnia environment's `"pe": "{{ _.atlas }}/…"` used as `"url": "{{ _.pe }}"`,
// Ansible's `pe_url: "…"` used as `url: "{{ pe_url }}/{{ id }}"`). A line's value is its text with each variable
// that holds a path replaced by that value (bounded depth), every character keeping where it came from. As in code, a
// definition's legacy path is reported where it is written, and again on the lines that extend it or send it with
// another method. One regular-expression pass collects the definitions; uses are found by indexOf, a bounded number per
// variable.
import { detectHttpMethod } from './httpMethod';
import type { PathScan } from './pathRule';
import { lineEndWithin, lineStartWithin } from './text';
import { valueOfParts, type Part, type Value } from './values';

const MAX_LINE = 4096;
const MAX_DEPTH = 4;
const MAX_USES = 64;
const MAX_PARTS = 64;
const MAX_FOLLOWED = 64;
const PATH_LIKE = /\/|privateEndpoint|interfaceEndpoints/;
/** A header line (`Referer: {{base}}`) carries no request. */
const HEADER = /^[ \t]*[A-Za-z][\w-]*:[ \t]/;

/** How a kind of file defines and references its variables. */
export interface VariableSyntax {
  /** A definition at a line start (global, multiline): group 1 is the name; the match ends where the value starts. */
  definition: RegExp;
  /** A reference (global): group 1 is the name. */
  reference: RegExp;
  /** The longest text from a reference's start to its name (`{{ _.`). */
  referenceLead: number;
  /** The value's closing quote, when the definition opened one (group 2), ends it. */
  quoted: boolean;
  /** Header lines carry no request. */
  headers: boolean;
}

const REQUEST_FILE_SYNTAX: VariableSyntax = {
  definition: /^[ \t]*@([A-Za-z_][\w.-]{0,63})[ \t]*=[ \t]*/gm,
  reference: /\{\{[ \t]*([A-Za-z_][\w.-]{0,63})[ \t]*\}\}/g,
  referenceLead: 4,
  quoted: false,
  headers: true,
};

/** JSON and YAML keys (`"pe": "…"`, `pe_url: …`) referenced as `{{ _.pe }}` (Insomnia), `{{pe}}`, `{{ pe_url | default('') }}`. */
export const DATA_FILE_SYNTAX: VariableSyntax = {
  definition: /^[ \t]*(?:-[ \t]+)?["']?([A-Za-z_][\w-]{0,63})["']?[ \t]*:[ \t]*(["']?)/gm,
  reference: /\{\{[ \t]*(?:_\.|\$)?([A-Za-z_][\w-]{0,63})[ \t]*(?:\|[^{}\n]{0,80})?\}\}/g,
  referenceLead: 6,
  quoted: true,
  headers: false,
};

interface Variable {
  name: string;
  /** Start of its line. */
  line: number;
  valueStart: number;
  valueEnd: number;
}

export interface TemplatedLineSink {
  scan(value: Value): PathScan;
  report(value: Value, scan: PathScan): void;
}

interface Judgement {
  /** A use builds a path of the current API. */
  current: boolean;
  /** Uses whose legacy path was reported. */
  reported: number;
}

/** Index of the last variable defined before `at` (-1: none), by binary search over the file order. */
function lastBefore(list: readonly Variable[], at: number): number {
  let low = 0;
  let high = list.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (list[mid].line < at) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** A request that reads (GET, or no method named): sending a path unchanged that way repeats its definition's finding. */
function isRead(method: string | undefined): boolean {
  return method === undefined || method === 'GET';
}

export class TemplatedFile {
  private table: Map<string, Variable[]> | undefined;
  private readonly judged = new Map<Variable, Judgement>();
  /** Definitions whose uses are looked for: each look is a pass over the file. */
  private followBudget = MAX_FOLLOWED;

  private referenced: Set<string> | undefined;
  private readonly stickyReference: RegExp;

  constructor(
    private readonly text: string,
    private readonly sink: TemplatedLineSink,
    private readonly syntax: VariableSyntax = REQUEST_FILE_SYNTAX,
  ) {
    this.stickyReference = new RegExp(syntax.reference.source, 'y');
  }

  /** Whether any line references `name`: only then is its definition read as a variable (data files). */
  references(name: string): boolean {
    if (!this.referenced) {
      this.referenced = new Set();
      for (const match of this.text.matchAll(this.syntax.reference)) {
        this.referenced.add(match[1]);
      }
    }
    return this.referenced.has(name);
  }

  private variables(): Map<string, Variable[]> {
    if (this.table) {
      return this.table;
    }
    const table = new Map<string, Variable[]>();
    const { text } = this;
    for (const match of text.matchAll(this.syntax.definition)) {
      const valueStart = (match.index ?? 0) + match[0].length;
      let valueEnd = lineEndWithin(text, valueStart, MAX_LINE);
      const quote = this.syntax.quoted ? match[2] : '';
      if (quote) {
        const close = text.indexOf(quote, valueStart);
        valueEnd = close >= 0 && close < valueEnd ? close : valueEnd;
      }
      while (valueEnd > valueStart && (text.charCodeAt(valueEnd - 1) === 32 || text.charCodeAt(valueEnd - 1) === 9)) {
        valueEnd--;
      }
      const list = table.get(match[1]) ?? [];
      list.push({ name: match[1], line: match.index ?? 0, valueStart, valueEnd });
      table.set(match[1], list);
    }
    this.table = table;
    return table;
  }

  /** The definition of `name` that applies at `at`: the nearest one before it, else the first in the file. */
  private resolve(name: string, at: number): Variable | undefined {
    const list = this.variables().get(name);
    if (!list) {
      return undefined;
    }
    const index = lastBefore(list, at);
    return list[Math.max(0, index)];
  }

  /** The parts of text[start, end) with path-holding variables replaced by their values. */
  private parts(start: number, end: number, depth: number, stack: Set<Variable>): Part[] {
    const { text } = this;
    const parts: Part[] = [];
    const source = text.slice(start, end);
    let last = 0;
    if (depth < MAX_DEPTH && source.includes('{{')) {
      for (const match of source.matchAll(this.syntax.reference)) {
        const at = match.index ?? 0;
        const variable = this.resolve(match[1], start + at);
        if (!variable || stack.has(variable) || parts.length >= MAX_PARTS) {
          continue;
        }
        stack.add(variable);
        const inner = this.parts(variable.valueStart, variable.valueEnd, depth + 1, stack);
        stack.delete(variable);
        const viaValue = inner.map((part) => part.text).join('');
        if (!PATH_LIKE.test(viaValue)) {
          continue;
        }
        if (at > last) {
          parts.push({ text: source.slice(last, at), start: start + last, end: start + at, kind: 'lit' });
        }
        const from = start + at;
        const to = from + match[0].length;
        for (const part of inner) {
          parts.push({ ...part, start: from, end: to, via: part.via ?? match[1], viaValue: part.via ? part.viaValue : viaValue });
        }
        last = at + match[0].length;
      }
    }
    if (last < source.length || parts.length === 0) {
      parts.push({ text: source.slice(last), start: start + last, end, kind: 'lit' });
    }
    return parts;
  }

  private value(start: number, end: number): Value {
    return valueOfParts(this.parts(start, end, 0, new Set()));
  }

  /** The variable defined on the line that starts at `lineStart`, if it is a definition. */
  private definedAt(lineStart: number): Variable | undefined {
    const { definition } = this.syntax;
    definition.lastIndex = 0;
    const head = definition.exec(this.text.slice(lineStart, lineStart + 80));
    definition.lastIndex = 0;
    if (!head || head.index !== 0 || (this.syntax.quoted && !this.references(head[1]))) {
      return undefined;
    }
    const list = this.variables().get(head[1]) ?? [];
    const variable = list[lastBefore(list, lineStart + 1)];
    return variable?.line === lineStart ? variable : undefined;
  }

  /** Scans the line [start, end): a request line with its variables resolved, or a variable's definition. */
  line(start: number, end: number): void {
    if (this.definitionLine(start)) {
      return;
    }
    const value = this.value(start, end);
    this.sink.report(value, this.sink.scan(value));
  }

  /** Judges the variable defined on the line holding `at`, if any; returns whether there was one. */
  definitionLine(at: number): boolean {
    const variable = this.definedAt(lineStartWithin(this.text, at, MAX_LINE));
    if (variable) {
      this.definition(variable, 0);
    }
    return variable !== undefined;
  }

  /** Reports a variable's legacy path on the lines that use it (or on itself when none does). */
  private definition(variable: Variable, depth: number): Judgement {
    const known = this.judged.get(variable);
    if (known) {
      return known;
    }
    const judgement: Judgement = { current: false, reported: 0 };
    this.judged.set(variable, judgement);
    const value = this.value(variable.valueStart, variable.valueEnd);
    const own = this.sink.scan(value);
    judgement.current = own.current;
    if (own.matches.length === 0) {
      return judgement;
    }
    if (depth < MAX_DEPTH && this.followBudget-- > 0) {
      this.judgeUses(variable, judgement, depth);
    }
    if (!judgement.current) {
      this.sink.report(value, own);
      judgement.reported++;
    }
    return judgement;
  }

  /** Where the reference holding the name found at `found` starts, or -1 when that occurrence is not a reference. */
  private referenceAt(found: number, name: string): number {
    const floor = Math.max(0, found - this.syntax.referenceLead);
    const lead = this.text.slice(floor, found).lastIndexOf('{{');
    if (lead < 0) {
      return -1;
    }
    const open = floor + lead;
    this.stickyReference.lastIndex = open;
    const match = this.stickyReference.exec(this.text);
    return match && match[1] === name ? open : -1;
  }

  /** The quoted text around the reference at `at` has words beside it (`"name": "{{ _.pe }} docs"`): a message, not a URL. */
  private inMessage(at: number, lineStart: number, lineEnd: number): boolean {
    const { text } = this;
    const before = text.slice(lineStart, at);
    const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf("'"));
    const quote = open >= 0 ? before[open] : '';
    const close = quote ? text.indexOf(quote, at) : -1;
    const around = text.slice(lineStart + open + 1, close >= 0 && close < lineEnd ? close : lineEnd);
    return /\s/.test(around.replace(/\{\{[^{}]*\}\}/g, ''));
  }

  /**
   * The reference at `at` is the whole URL: nothing but a quote, a fragment or the line's end follows it. A query
   * (`{{links}}?itemsPerPage=500`) makes it a request of its own, as `LINKS + "?…"` is in code.
   */
  private sendsUnchanged(at: number, lineStart: number): boolean {
    this.stickyReference.lastIndex = at;
    const match = this.stickyReference.exec(this.text);
    const after = match ? this.text[at + match[0].length] : undefined;
    const before = this.text.slice(lineStart, at);
    return match !== null && (after === undefined || /[\s"'#,]/.test(after)) && /(?:^|[\s"'=:])$/.test(before);
  }

  private judgeUses(variable: Variable, judgement: Judgement, depth: number): void {
    const { text } = this;
    const { name } = variable;
    const plainSends: Array<[Value, PathScan]> = [];
    let uses = 0;
    for (let found = text.indexOf(name); found >= 0 && uses < MAX_USES; found = text.indexOf(name, found + name.length)) {
      const at = this.referenceAt(found, name);
      if (at < 0 || (at >= variable.valueStart && at < variable.valueEnd) || this.resolve(name, at) !== variable) {
        continue;
      }
      uses++;
      const lineStart = lineStartWithin(text, at, MAX_LINE);
      const lineEnd = lineEndWithin(text, at, MAX_LINE);
      const derived = this.definedAt(lineStart);
      if (derived) {
        const inner = this.definition(derived, depth + 1);
        judgement.current ||= inner.current;
        judgement.reported += inner.reported;
        continue;
      }
      if (this.syntax.headers ? HEADER.test(text.slice(lineStart, at)) : this.inMessage(at, lineStart, lineEnd)) {
        continue;
      }
      const value = this.value(lineStart, lineEnd);
      const scan = this.sink.scan(value);
      judgement.current ||= scan.current;
      if (scan.matches.length === 0) {
        continue;
      }
      if (this.sendsUnchanged(at, lineStart) && isRead(detectHttpMethod(text, at, at + name.length))) {
        plainSends.push([value, scan]);
        continue;
      }
      judgement.reported++;
      this.sink.report(value, scan);
    }
    // A request that sends the path unchanged is the definition's finding again; when the file also takes the
    // variable to the current API, the definition is silent and such a request is where the legacy list is read.
    if (judgement.current) {
      for (const [value, scan] of plainSends) {
        judgement.reported++;
        this.sink.report(value, scan);
      }
    }
  }
}
