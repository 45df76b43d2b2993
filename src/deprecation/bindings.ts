// Stage 3: the file's table of bindings, built on demand. A window is a statement and the lines joined to it (plus
// one line either side, for prose cut across lines); each window is tokenized and parsed once. A name is looked up by
// reading its occurrences once (indexOf, word-bounded) and keeping those that are definitions. Bounded per file:
// names looked up, occurrences per name, window size.
import { statements, type Definition, type Statement } from './expressions';
import { tokenize, type Dialect } from './tokens';
import { isWordChar } from './text';

const MAX_NAMES = 48;
const MAX_OCCURRENCES = 400;
const MAX_LINE = 1024;
const LONG_LINE_WINDOW = 1024;
const MAX_JOINED_LINES = 8;

interface Window {
  start: number;
  end: number;
  statements: Statement[];
}

interface NameEntry {
  definitions: Definition[];
  occurrences: number[];
}

/** Start of the line holding `at`, looking back at most MAX_LINE + 1 characters (a longer line starts further). */
function lineStartOf(text: string, at: number): number {
  const floor = Math.max(0, at - MAX_LINE - 1);
  for (let i = at - 1; i >= floor; i--) {
    if (text.charCodeAt(i) === 10) {
      return i + 1;
    }
  }
  return floor === 0 ? 0 : floor - 1;
}

/** End of the line holding `at`, looking ahead at most MAX_LINE + 1 characters. */
function lineEndOf(text: string, at: number): number {
  const ceiling = Math.min(text.length, at + MAX_LINE + 1);
  for (let i = at; i < ceiling; i++) {
    if (text.charCodeAt(i) === 10) {
      return i;
    }
  }
  return ceiling === text.length ? ceiling : ceiling + 1;
}

const CONTINUED_LINE_END = /(?:[+.,([{=&|\\%]|\.\.|->)\s*$/;
const CONTINUING_LINE_START = /^\s*(?:[.+)\]}|&?]|\.\.)/;

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
    let best: Statement | undefined;
    for (const statement of window.statements) {
      if (statement.start <= at && at < statement.end && (!best || statement.end - statement.start < best.end - best.start)) {
        best = statement;
      }
    }
    return best;
  }

  private windowAt(at: number): Window {
    for (let k = this.windows.length - 1; k >= 0 && k >= this.windows.length - 8; k--) {
      const window = this.windows[k];
      if (window.start <= at && at < window.end) {
        return window;
      }
    }
    const [start, end] = this.bounds(at);
    const window = { start, end, statements: statements(tokenize(this.text, start, end, this.dialect), this.dialect) };
    this.windows.push(window);
    return window;
  }

  /** The lines of the statement holding `at` and one line either side; a slice of a very long line. */
  private bounds(at: number): [number, number] {
    const { text } = this;
    const lineStart = lineStartOf(text, at);
    const lineEnd = lineEndOf(text, at);
    if (lineEnd - lineStart > MAX_LINE) {
      const from = Math.max(lineStart, at - LONG_LINE_WINDOW);
      const semicolon = text.lastIndexOf(';', at);
      const start = semicolon >= from ? semicolon + 1 : from;
      const stop = text.indexOf(';', at);
      const end = stop >= 0 && stop < at + LONG_LINE_WINDOW ? stop + 1 : Math.min(lineEnd, at + LONG_LINE_WINDOW);
      return [start, end];
    }
    let start = lineStart;
    for (let n = 0; n < MAX_JOINED_LINES && start > 0; n++) {
      const previousStart = lineStartOf(text, start - 1);
      const previous = text.slice(previousStart, start - 1);
      const current = text.slice(start, Math.min(lineEndOf(text, start), start + 200));
      if (previous.length > MAX_LINE || !(CONTINUED_LINE_END.test(previous) || CONTINUING_LINE_START.test(current))) {
        break;
      }
      start = previousStart;
    }
    let end = lineEnd;
    for (let n = 0; n < MAX_JOINED_LINES && end < text.length; n++) {
      const nextEnd = lineEndOf(text, end + 1);
      const current = text.slice(Math.max(start, end - 200), end);
      const next = text.slice(end + 1, Math.min(nextEnd, end + 201));
      if (nextEnd - end > MAX_LINE || !(CONTINUED_LINE_END.test(current) || CONTINUING_LINE_START.test(next))) {
        break;
      }
      end = nextEnd;
    }
    // One more line either side, for prose cut across lines (the statement split keeps code apart).
    if (start > 0) {
      const previousStart = lineStartOf(text, start - 1);
      if (start - previousStart <= MAX_LINE) {
        start = previousStart;
      }
    }
    if (end < text.length) {
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
    const entry: NameEntry = { definitions: [], occurrences: [] };
    this.names.set(name, entry);
    if (this.names.size > MAX_NAMES || name.length < 2) {
      return entry;
    }
    const { text } = this;
    for (let at = text.indexOf(name); at >= 0 && entry.occurrences.length < MAX_OCCURRENCES; at = text.indexOf(name, at + 1)) {
      if ((at > 0 && isWordChar(text.charCodeAt(at - 1))) || isWordChar(text.charCodeAt(at + name.length))) {
        continue;
      }
      entry.occurrences.push(at);
      const definition = this.statementAt(at)?.definition;
      if (definition && definition.name === name && definition.at <= at && at <= definition.at + 1 && !entry.definitions.includes(definition)) {
        entry.definitions.push(definition);
      }
    }
    return entry;
  }

  /** The definition of `name` that applies at `at`: the nearest one before it, else the first one in the file. */
  resolve(name: string, at: number): Definition | undefined {
    const { definitions } = this.entry(name);
    let found: Definition | undefined;
    for (const definition of definitions) {
      const inOwnValue = definition.value.start <= at && at < definition.value.end;
      if (definition.at < at && !inOwnValue) {
        found = definition;
      }
    }
    return found ?? definitions.find((definition) => definition.at > at);
  }

  /** Offsets where `definition`'s name is used and `definition` is the binding that applies there. */
  usesOf(definition: Definition): number[] {
    const { occurrences } = this.entry(definition.name);
    return occurrences.filter((at) => (at < definition.at || at > definition.at + 1) && this.resolve(definition.name, at) === definition);
  }
}
