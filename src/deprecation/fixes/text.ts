// Offsets, line endings and indentation for the rewrites. Pure and bounded.
import type { TextEdit } from './types';

/** Start offset of every line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    starts.push(i + 1);
  }
  return starts;
}

/** 0-based line of an offset, by binary search over `starts`. */
export function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return low;
}

/** The line ending the text uses (the first one found; `\n` when there is none). */
export function eolOf(text: string): string {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

/** Leading blanks of the line that holds `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = start;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) {
    end++;
  }
  return text.slice(start, end);
}

/** Offset of the start of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the line ending of the line holding `offset` (or the text end). */
export function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

/** Sorted by start; an edit that overlaps one already kept is dropped, identical edits are kept once. */
export function normalizeEdits(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  for (const edit of sorted) {
    const last = kept[kept.length - 1];
    if (last && last.start === edit.start && last.end === edit.end && last.newText === edit.newText) {
      continue;
    }
    if (last && (edit.start < last.end || (edit.start === last.start && last.start !== last.end))) {
      continue;
    }
    kept.push(edit);
  }
  return kept;
}

/** Applies non-overlapping edits (any order) and returns the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = normalizeEdits(edits);
  let result = '';
  let at = 0;
  for (const edit of sorted) {
    result += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return result + text.slice(at);
}

/** Index after the bracket group that opens at `open` (`(`, `{`, `[`), skipping strings and comments; -1 if unclosed. */
export function matchingClose(text: string, open: number, limit = 20_000): number {
  const pairs: Record<string, string> = { '(': ')', '{': '}', '[': ']' };
  const stack: string[] = [];
  const ceiling = Math.min(text.length, open + limit);
  for (let i = open; i < ceiling; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      i = stringEnd(text, i, ceiling) - 1;
      continue;
    }
    if (ch === '#' || (ch === '/' && text[i + 1] === '/')) {
      const newline = text.indexOf('\n', i);
      i = newline < 0 ? ceiling : newline;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? ceiling : close + 1;
      continue;
    }
    if (pairs[ch]) {
      stack.push(pairs[ch]);
    } else if (ch === ')' || ch === '}' || ch === ']') {
      if (stack.pop() !== ch) {
        return -1;
      }
      if (stack.length === 0) {
        return i + 1;
      }
    }
  }
  return -1;
}

/** Index after the string literal that opens at `quote` (backslash escapes; ends at the line end for ' and "). */
export function stringEnd(text: string, quote: number, ceiling = text.length): number {
  const q = text[quote];
  for (let i = quote + 1; i < ceiling; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
    } else if (ch === q) {
      return i + 1;
    } else if (ch === '\n' && q !== '`') {
      return i;
    }
  }
  return ceiling;
}

/** Top-level comma-separated arguments of the call whose `(` is at `open`: their [start, end) trimmed. */
export function callArguments(text: string, open: number): { args: Array<{ start: number; end: number }>; close: number } | undefined {
  const closeEnd = matchingClose(text, open, 4000);
  if (closeEnd < 0 || text[closeEnd - 1] !== ')') {
    return undefined;
  }
  const close = closeEnd - 1;
  const args: Array<{ start: number; end: number }> = [];
  let start = open + 1;
  for (let i = open + 1; i <= close; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '{' || ch === '[') {
      const end = matchingClose(text, i, 4000);
      if (end < 0) {
        return undefined;
      }
      i = end - 1;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      i = stringEnd(text, i) - 1;
    } else if (ch === ',' || i === close) {
      const raw = text.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed) {
        args.push({ start: start + lead, end: start + lead + trimmed.length });
      }
      start = i + 1;
    }
  }
  return { args, close };
}
