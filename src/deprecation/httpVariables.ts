// REST Client and JetBrains HTTP request files (`.http`, `.rest`): file variables (`@base = {{host}}/…/privateEndpoint`)
// used in request lines (`GET {{base}}/{{linkId}}`). A line's value is its text with each `{{name}}` whose variable
// holds a path replaced by that value (bounded depth), every character keeping where it came from. A definition is not
// a request: its legacy path is reported on the lines that use it, and on the definition only when nothing uses it.
// One regular-expression pass collects the definitions; uses are found by indexOf, a bounded number per variable.
import type { PathScan } from './pathRule';
import { lineEndWithin, lineStartWithin } from './text';
import { valueOfParts, type Part, type Value } from './values';

const MAX_LINE = 4096;
const MAX_DEPTH = 4;
const MAX_USES = 64;
const MAX_PARTS = 64;
const MAX_FOLLOWED = 64;
const DEFINITION = /^[ \t]*@([A-Za-z_][\w.-]{0,63})[ \t]*=[ \t]*/gm;
const REFERENCE = /\{\{[ \t]*([A-Za-z_][\w.-]{0,63})[ \t]*\}\}/g;
const PATH_LIKE = /\/|privateEndpoint|interfaceEndpoints/;
/** A header line (`Referer: {{base}}`) carries no request. */
const HEADER = /^[ \t]*[A-Za-z][\w-]*:[ \t]/;

interface Variable {
  name: string;
  /** Start of its line. */
  line: number;
  valueStart: number;
  valueEnd: number;
}

export interface HttpLineSink {
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

export class HttpFile {
  private table: Map<string, Variable[]> | undefined;
  private readonly judged = new Map<Variable, Judgement>();
  /** Definitions whose uses are looked for: each look is a pass over the file. */
  private followBudget = MAX_FOLLOWED;

  constructor(
    private readonly text: string,
    private readonly sink: HttpLineSink,
  ) {}

  private variables(): Map<string, Variable[]> {
    if (this.table) {
      return this.table;
    }
    const table = new Map<string, Variable[]>();
    const { text } = this;
    for (const match of text.matchAll(DEFINITION)) {
      const valueStart = (match.index ?? 0) + match[0].length;
      let valueEnd = lineEndWithin(text, valueStart, MAX_LINE);
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
      for (const match of source.matchAll(REFERENCE)) {
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
    DEFINITION.lastIndex = 0;
    const head = DEFINITION.exec(this.text.slice(lineStart, lineStart + 80));
    DEFINITION.lastIndex = 0;
    if (!head || head.index !== 0) {
      return undefined;
    }
    const list = this.variables().get(head[1]) ?? [];
    const variable = list[lastBefore(list, lineStart + 1)];
    return variable?.line === lineStart ? variable : undefined;
  }

  /** Scans the line [start, end): a request line with its variables resolved, or a variable's definition. */
  line(start: number, end: number): void {
    const lineStart = lineStartWithin(this.text, start, MAX_LINE);
    const variable = this.definedAt(lineStart);
    if (variable) {
      this.definition(variable, 0);
      return;
    }
    const value = this.value(start, end);
    this.sink.report(value, this.sink.scan(value));
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
    if (!judgement.current && judgement.reported === 0) {
      this.sink.report(value, own);
      judgement.reported = 1;
    }
    return judgement;
  }

  private judgeUses(variable: Variable, judgement: Judgement, depth: number): void {
    const { text } = this;
    const needle = `{{${variable.name}}}`;
    let uses = 0;
    for (let at = text.indexOf(needle); at >= 0 && uses < MAX_USES; at = text.indexOf(needle, at + needle.length)) {
      if ((at >= variable.valueStart && at < variable.valueEnd) || this.resolve(variable.name, at) !== variable) {
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
      if (HEADER.test(text.slice(lineStart, at))) {
        continue;
      }
      const value = this.value(lineStart, lineEnd);
      const scan = this.sink.scan(value);
      judgement.current ||= scan.current;
      if (scan.matches.length > 0) {
        judgement.reported++;
        this.sink.report(value, scan);
      }
    }
  }
}
