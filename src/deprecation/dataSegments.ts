// Lists of path segments in data files, which the data tokenizer reads as prose: Postman's
// `"path": ["api", "atlas", "v1.0", "groups", "{{groupId}}", "privateEndpoint"]` (on one line or one item a line),
// YAML flow lists (`path: [api, groups, "{{g}}", privateEndpoint]`) and block lists (`- privateEndpoint`). The list
// around a segment word is read item by item, both ways from the word; the HTTP method comes from a `method` key of
// the objects around it when they name exactly one. Every walk is bounded.
import type { HttpMethod } from './httpMethod';
import { CH_NEWLINE, isBlank, isWordChar, lineEndWithin, lineStartWithin } from './text';

export interface ListItem {
  text: string;
  /** Source offsets of the item's text (inside its quotes). */
  start: number;
  end: number;
}

export interface SegmentList {
  items: ListItem[];
  /** Source offsets of the list: its brackets, or its first and last item. */
  start: number;
  end: number;
  /** A block list (`- item` lines). */
  block: boolean;
}

const MAX_ITEMS = 40;
const MAX_ITEM = 120;
const MAX_GAP = 200;
const MAX_OBJECT_WALK = 4000;
/** Objects around the list searched for a `method` key: the one it is in (0) and the one around that (Postman's request). */
const METHOD_LEVELS = 1;
const METHODS = new Set(['GET', 'POST', 'DELETE', 'PUT', 'PATCH']);

function isSpace(code: number): boolean {
  return isBlank(code) || code === CH_NEWLINE || code === 13;
}

/** A character that may stand in an unquoted YAML scalar of a flow list. */
function isPlainChar(char: string): boolean {
  return !'[]{},:#"\'\n\r'.includes(char);
}

function skipSpaceBack(text: string, pos: number, floor: number): number {
  let i = pos;
  while (i > floor && isSpace(text.charCodeAt(i - 1))) {
    i--;
  }
  return i;
}

function skipSpace(text: string, pos: number, ceiling: number): number {
  let i = pos;
  while (i < ceiling && isSpace(text.charCodeAt(i))) {
    i++;
  }
  return i;
}

/** `text.lastIndexOf(char, from)`, looking back at most `MAX_ITEM` characters (-1 past that). */
function lastIndexWithin(text: string, char: string, from: number): number {
  for (let i = from; i >= 0 && i > from - MAX_ITEM; i--) {
    if (text[i] === char) {
      return i;
    }
  }
  return -1;
}

/** `text.indexOf(char, from)`, looking ahead at most `MAX_ITEM` characters (-1 past that). */
function indexWithin(text: string, char: string, from: number): number {
  for (let i = from; i < text.length && i < from + MAX_ITEM; i++) {
    if (text[i] === char) {
      return i;
    }
  }
  return -1;
}

/** The flow-list item that ends right before `end` (exclusive; after any closing quote): its text and where it starts. */
function itemBefore(text: string, end: number): { item: ListItem; from: number } | undefined {
  const last = text[end - 1];
  if (last === '"' || last === "'") {
    const open = lastIndexWithin(text, last, end - 2);
    if (open < 0 || text.slice(open, end).includes('\n')) {
      return undefined;
    }
    return { item: { text: text.slice(open + 1, end - 1), start: open + 1, end: end - 1 }, from: open };
  }
  let i = end;
  while (i > 0 && end - i < MAX_ITEM && isPlainChar(text[i - 1])) {
    i--;
  }
  const raw = text.slice(i, end);
  const trimmed = raw.trimStart();
  return trimmed.length > 0 ? { item: { text: trimmed, start: end - trimmed.length, end }, from: i } : undefined;
}

/** The flow-list item that starts at `start`: its text and the index after it. */
function itemAfter(text: string, start: number): { item: ListItem; to: number } | undefined {
  const first = text[start];
  if (first === '"' || first === "'") {
    const close = indexWithin(text, first, start + 1);
    if (close < 0 || text.slice(start, close).includes('\n')) {
      return undefined;
    }
    return { item: { text: text.slice(start + 1, close), start: start + 1, end: close }, to: close + 1 };
  }
  let i = start;
  while (i < text.length && i - start < MAX_ITEM && isPlainChar(text[i])) {
    i++;
    // An index after a name (`item.interfaceEndpoints[0]`, Jinja and JSONPath): part of the item.
    if (text[i] === '[' && i > start) {
      const close = indexWithin(text, ']', i + 1);
      if (close > i && close - i <= 16 && !/[,\n[]/.test(text.slice(i + 1, close))) {
        i = close + 1;
      }
    }
  }
  const trimmed = text.slice(start, i).trimEnd();
  return trimmed.length > 0 ? { item: { text: trimmed, start, end: start + trimmed.length }, to: i } : undefined;
}

/** `[a, "b", c]` around the item at [itemStart, itemEnd) (its quotes, if any, included). */
function flowListAt(text: string, itemStart: number, itemEnd: number): SegmentList | undefined {
  const items: ListItem[] = [];
  // Backwards to the opening bracket.
  let pos = itemStart;
  let start = -1;
  while (start < 0) {
    if (items.length >= MAX_ITEMS) {
      return tooLong(text, itemStart, itemEnd);
    }
    const before = skipSpaceBack(text, pos, Math.max(0, pos - MAX_GAP));
    const char = text[before - 1];
    if (char === '[') {
      start = before - 1;
      break;
    }
    if (char !== ',') {
      return undefined;
    }
    const previous = itemBefore(text, skipSpaceBack(text, before - 1, Math.max(0, before - MAX_GAP)));
    if (!previous) {
      return undefined;
    }
    items.unshift(previous.item);
    pos = previous.from;
  }
  const own = itemAfter(text, itemStart);
  if (!own || own.to !== itemEnd) {
    return undefined;
  }
  items.push(own.item);
  // Forwards to the closing bracket.
  pos = itemEnd;
  while (items.length <= MAX_ITEMS) {
    const after = skipSpace(text, pos, Math.min(text.length, pos + MAX_GAP));
    const char = text[after];
    if (char === ']') {
      return { items, start, end: after + 1, block: false };
    }
    if (char !== ',') {
      return undefined;
    }
    const next = itemAfter(text, skipSpace(text, after + 1, Math.min(text.length, after + 1 + MAX_GAP)));
    if (!next) {
      return undefined;
    }
    items.push(next.item);
    pos = next.to;
  }
  return { items: [], start, end: pos, block: false };
}

/**
 * A list longer than any path (or a run of items with no bracket in reach): no path, and the items up to `MAX_ITEMS`
 * ahead need no second look (keeps a file full of items linear).
 */
function tooLong(text: string, itemStart: number, itemEnd: number): SegmentList {
  let pos = itemEnd;
  for (let n = 0; n < MAX_ITEMS; n++) {
    const after = skipSpace(text, pos, Math.min(text.length, pos + MAX_GAP));
    const next = text[after] === ',' ? itemAfter(text, skipSpace(text, after + 1, Math.min(text.length, after + 1 + MAX_GAP))) : undefined;
    if (!next) {
      break;
    }
    pos = next.to;
  }
  return { items: [], start: itemStart, end: pos, block: false };
}

interface BlockLine {
  indent: number;
  item?: ListItem;
  start: number;
  end: number;
}

/** A line of a YAML block list: `  - item` (its indentation and item), or a line that is not one. */
function blockLine(text: string, start: number): BlockLine {
  const end = lineEndWithin(text, start, 4 * MAX_ITEM);
  let i = start;
  while (i < end && text[i] === ' ') {
    i++;
  }
  const indent = i - start;
  if (text[i] !== '-' || text[i + 1] !== ' ' || end - i > MAX_ITEM) {
    return { indent, start, end };
  }
  const itemStart = skipSpace(text, i + 2, end);
  const parsed = itemAfter(text, itemStart);
  const rest = parsed ? text.slice(parsed.to, end).trim() : '';
  return { indent, start, end, item: parsed && (rest === '' || rest.startsWith('#')) ? parsed.item : undefined };
}

/** `- a` lines around the item line that starts at `lineStart`, at the same indentation. */
function blockListAt(text: string, lineStart: number): SegmentList | undefined {
  const own = blockLine(text, lineStart);
  if (!own.item) {
    return undefined;
  }
  const items: ListItem[] = [own.item];
  let first = own;
  let long = false;
  while (first.start > 0 && !long) {
    if (items.length >= MAX_ITEMS) {
      long = true;
      break;
    }
    const previousStart = lineStartWithin(text, first.start - 1, 4 * MAX_ITEM);
    const previous = blockLine(text, previousStart);
    if (!previous.item || previous.indent !== own.indent) {
      break;
    }
    items.unshift(previous.item);
    first = previous;
  }
  let last = own;
  while (last.end < text.length) {
    const next = blockLine(text, last.end + 1);
    if (!next.item || next.indent !== own.indent) {
      break;
    }
    items.push(next.item);
    last = next;
    if (items.length > 2 * MAX_ITEMS) {
      long = true;
      break;
    }
  }
  // Longer than any path: no path, and the items read ahead need no second look.
  return long || items.length > MAX_ITEMS ? { items: [], start: own.start, end: last.end, block: true } : { items, start: first.start, end: last.end, block: true };
}

/**
 * The list of segments holding the segment word at `at` (a quoted item, an unquoted flow item or a block list's
 * item), or undefined when the word does not stand alone as an item of a list.
 */
export function segmentListAt(text: string, at: number, word: string): SegmentList | undefined {
  const quote = text[at - 1];
  const quoted = (quote === '"' || quote === "'") && text[at + word.length] === quote;
  const itemStart = quoted ? at - 1 : at;
  const itemEnd = quoted ? at + word.length + 1 : at + word.length;
  const lineStart = lineStartWithin(text, at, MAX_ITEM);
  const lead = text.slice(lineStart, itemStart);
  if (lead.endsWith('- ') && lead.slice(0, -2).trim() === '') {
    return blockListAt(text, lineStart);
  }
  return flowListAt(text, itemStart, itemEnd);
}

/** Methods named by `"method": "X"` / `method: X` keys directly in the objects around [from, to). */
function methodsAround(text: string, from: number, to: number): Set<string> {
  const found = new Set<string>();
  // Backwards, then forwards: a key of an enclosing object is read where the walk is at that object's own depth.
  walkObjects(text, from - 1, Math.max(0, from - MAX_OBJECT_WALK) - 1, found);
  walkObjects(text, to, Math.min(text.length, to + MAX_OBJECT_WALK), found);
  return found;
}

/** Walks from `start` towards `stop` (excluded), either way, adding the `method` keys met at the objects' own depth. */
function walkObjects(text: string, start: number, stop: number, found: Set<string>): void {
  const step = stop < start ? -1 : 1;
  const [enter, leave] = step === 1 ? ['{[', '}]'] : ['}]', '{['];
  let depth = 0;
  let levels = 0;
  for (let i = start; i !== stop && levels <= METHOD_LEVELS; i += step) {
    const char = text[i];
    if (enter.includes(char)) {
      depth++;
    } else if (leave.includes(char)) {
      if (depth === 0) {
        levels++;
      } else {
        depth--;
      }
    } else if (depth === 0 && (char === 'm' || char === 'M') && !isWordChar(text.charCodeAt(i - 1))) {
      const method = methodKeyAt(text, i);
      if (method) {
        found.add(method);
      }
    }
  }
}

/** `method": "DELETE"` or `method: DELETE` at `at` (the key's first letter): the method. */
function methodKeyAt(text: string, at: number): string | undefined {
  const match = /^method["']?\s*:\s*["']?([A-Za-z]{3,6})\b/i.exec(text.slice(at, at + 40));
  const method = match?.[1].toUpperCase();
  return method && METHODS.has(method) ? method : undefined;
}

/** `method: X` as the key of a YAML line's content (after a `- ` that starts an item). */
function yamlMethod(content: string): string | undefined {
  const key = content.startsWith('- ') ? content.slice(2) : content;
  return /^method\s*:/i.test(key) ? methodKeyAt(key, 0) : undefined;
}

/**
 * YAML: `method:` keys of the mapping that holds the list's key, and of the item around it: the lines above that are
 * at most as indented, up to the `- ` that starts the item, and the key's siblings below.
 */
function yamlMethods(text: string, list: SegmentList): Set<string> {
  const found = new Set<string>();
  const keyStart = lineStartWithin(text, list.block ? list.start - 1 : list.start, 4 * MAX_ITEM);
  const keyIndent = blockLine(text, keyStart).indent;
  let indent = keyIndent;
  let lineStart = keyStart;
  for (let n = 0; n < 40 && lineStart > 0; n++) {
    lineStart = lineStartWithin(text, lineStart - 1, 4 * MAX_ITEM);
    const line = blockLine(text, lineStart);
    const content = text.slice(lineStart + line.indent, line.end);
    if (line.indent <= indent && content.trim() !== '') {
      const method = yamlMethod(content);
      if (method) {
        found.add(method);
      }
      if (content.startsWith('- ') || line.indent === 0) {
        break;
      }
      indent = line.indent;
    }
  }
  let lineEnd = list.end;
  for (let n = 0; n < 40 && lineEnd < text.length; n++) {
    const line = blockLine(text, lineEnd + 1);
    const content = text.slice(line.start + line.indent, line.end);
    lineEnd = line.end;
    if (content.trim() === '' || line.indent > keyIndent) {
      continue;
    }
    if (line.indent < keyIndent || content.startsWith('- ')) {
      break;
    }
    const method = yamlMethod(content);
    if (method) {
      found.add(method);
    }
  }
  return found;
}

/** The HTTP method the list's request uses, when the objects around it name exactly one (`yaml`: by indentation). */
export function listMethod(text: string, list: SegmentList, yaml: boolean): HttpMethod | undefined {
  const methods = yaml ? yamlMethods(text, list) : methodsAround(text, list.start, list.end);
  return methods.size === 1 ? ([...methods][0] as HttpMethod) : undefined;
}
