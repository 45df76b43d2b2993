// Parsing of one URL path segment as people write it in code: literal ids, every common placeholder style, and
// string concatenation (`" + groupId + "`). Each parse is bounded by MAX_SEGMENT characters.
import { CH_NEWLINE, CH_RETURN, identifierEnd, isBlank, isWordChar, skipBlanks } from './text';

export const MAX_SEGMENT = 160;

export interface Segment {
  start: number;
  /** Index after the segment. */
  end: number;
  /**
   * The string literal stops inside this segment and the value comes from code (`"/privateEndpoint/" + linkId`):
   * `end` is the closing quote, and nothing after it belongs to the path.
   */
  open: boolean;
  /** A plain run of literal characters, with no placeholder or concatenation. */
  bare: boolean;
}

const QUOTES = new Set(['"', "'", '`']);

/** True when the path ends at `pos`: end of text or line, whitespace, a quote, a query, a fragment, or punctuation. */
export function isPathEnd(text: string, pos: number): boolean {
  if (pos >= text.length) {
    return true;
  }
  switch (text[pos]) {
    case '\n':
    case '\r':
    case ' ':
    case '\t':
    case '"':
    case "'":
    case '`':
    case '?':
    case '#':
    case ')':
    case ']':
    case '}':
    case ',':
    case ';':
    case '<':
    case '>':
    case '|':
    case '\\':
    case '*':
      return true;
    case '{':
      // A URI template's query or fragment expansion (`{?pageNum,itemsPerPage}`, RFC 6570).
      return text[pos + 1] === '?' || text[pos + 1] === '&' || text[pos + 1] === '#';
    case '.':
    case ':':
    case '=':
    case '~':
      // End of a sentence in prose, a YAML key (`/groups/{groupId}/privateEndpoint:`), Org mode's `=verbatim=`.
      return pos + 1 >= text.length || /[\s"'`)]/.test(text[pos + 1]);
    default:
      return false;
  }
}

/** After a URI template's path expansion at `pos` (`{/linkId}`, RFC 6570), or -1. */
export function templateSegmentEnd(text: string, pos: number): number {
  if (text[pos] !== '{' || text[pos + 1] !== '/') {
    return -1;
  }
  const close = indexWithin(text, '}', pos + 2, 64);
  return close > pos + 2 && /^[\w.,*-]+$/.test(text.slice(pos + 2, close)) ? close + 1 : -1;
}

/** `text.indexOf(char, from)`, looking at most `max` characters ahead (-1 past that). */
function indexWithin(text: string, char: string, from: number, max: number): number {
  const ceiling = Math.min(text.length, from + max);
  for (let i = from; i < ceiling; i++) {
    if (text[i] === char) {
      return i;
    }
  }
  return -1;
}

function isLiteralChar(code: number): boolean {
  return isWordChar(code) || code === 45 /* - */ || code === 126 /* ~ */;
}

/** Index after a bracketed group that opens at `pos` (`{…}`, `(…)`), with nesting; -1 if it does not close in bounds. */
function groupEnd(text: string, pos: number, limit: number): number {
  const open = text[pos];
  const close = open === '{' ? '}' : ')';
  let depth = 0;
  for (let i = pos; i < limit; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') {
      return -1;
    }
    if (ch === open) {
      depth++;
    } else if (ch === close) {
      depth--;
      if (depth === 0) {
        return i + 1;
      }
    }
  }
  return -1;
}

/** `%s`, `%v`, `%d`, `%[1]s`, `%(group_id)s`, Ruby's `%{group}` and `%<group>s`: index after it, or -1. */
function printfEnd(text: string, pos: number, limit: number): number {
  let i = pos + 1;
  if (text[i] === '@') {
    // Objective-C's object placeholder.
    return i + 1;
  }
  const first = text.charCodeAt(i);
  const name = isWordChar(first) && !(first >= 48 && first <= 57) ? identifierEnd(text, i, Math.min(40, limit - i)) : i;
  if (name > i + 1 && text[name] === '%') {
    // A batch file's `%LINK_ID%`.
    return name + 1;
  }
  if (text[i] === '{') {
    const close = identifierEnd(text, i + 1, Math.min(40, limit - i - 1));
    return close > i + 1 && text[close] === '}' ? close + 1 : -1;
  }
  if (text[i] === '<') {
    const close = identifierEnd(text, i + 1, Math.min(40, limit - i - 1));
    if (close <= i + 1 || text[close] !== '>') {
      return -1;
    }
    i = close + 1;
  } else if (text[i] === '[') {
    const close = indexWithin(text, ']', i, 4);
    if (close < 0) {
      return -1;
    }
    i = close + 1;
  } else if (text[i] === '(') {
    const close = indexWithin(text, ')', i, Math.min(40, limit - i));
    if (close < 0) {
      return -1;
    }
    i = close + 1;
  }
  return i < limit && /[svdqxi]/.test(text[i]) ? i + 1 : -1;
}

const CONCAT_OPERATORS = ['..', '||', '+', '.', '&'];

function operatorAt(text: string, pos: number): string | undefined {
  return CONCAT_OPERATORS.find((op) => text.startsWith(op, pos));
}

function endsWithOperator(text: string): boolean {
  const trimmed = text.trimEnd();
  return CONCAT_OPERATORS.some((op) => trimmed.endsWith(op)) && trimmed.length > 0;
}

interface ConcatResult {
  end: number;
  open: boolean;
}

/**
 * At a quote that closes the current string literal: `" + expr + "` (closed, the literal resumes),
 * `" + expr` (open, the value continues in code), or shell adjacency `"$GROUP_ID"` / `'"$G"'`.
 */
function concatAt(text: string, quotePos: number, limit: number): ConcatResult | undefined {
  const quote = text[quotePos];
  let i = skipBlanks(text, quotePos + 1);
  const op = operatorAt(text, i);
  if (!op) {
    return shellAdjacencyAt(text, quotePos, limit);
  }
  i = skipBlanks(text, i + op.length);
  const exprStart = i;
  let depth = 0;
  const ceiling = Math.min(limit, quotePos + MAX_SEGMENT);
  for (; i < ceiling; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') {
      break;
    }
    if (ch === '(' || ch === '[' || ch === '{') {
      depth++;
      continue;
    }
    if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) {
        break;
      }
      depth--;
      continue;
    }
    if (depth > 0) {
      continue;
    }
    if (ch === quote) {
      const between = text.slice(exprStart, i);
      if (!endsWithOperator(between)) {
        return undefined;
      }
      const trimmed = between.trimEnd();
      const operator = CONCAT_OPERATORS.find((candidate) => trimmed.endsWith(candidate)) ?? '';
      return trimmed.length > operator.length ? { end: i + 1, open: false } : undefined;
    }
    if (ch === ';' || ch === ',' || QUOTES.has(ch)) {
      break;
    }
  }
  return { end: quotePos, open: true };
}

/** Shell: `"…/groups/"$GROUP_ID"/…"` or `'…/groups/'"${GROUP_ID}"'/…'`. */
function shellAdjacencyAt(text: string, quotePos: number, limit: number): ConcatResult | undefined {
  const quote = text[quotePos];
  const next = quotePos + 1;
  if (text[next] === '$') {
    const end = dollarEnd(text, next, limit);
    return end > 0 && text[end] === quote ? { end: end + 1, open: false } : undefined;
  }
  const inner = text[next];
  if ((inner === '"' || inner === "'") && inner !== quote) {
    const close = indexWithin(text, inner, next + 1, Math.min(MAX_SEGMENT, limit - next - 1));
    if (close < 0 || text.slice(next + 1, close).includes('\n')) {
      return undefined;
    }
    return text[close + 1] === quote ? { end: close + 2, open: false } : undefined;
  }
  return undefined;
}

/** `$name`, `${…}`, `$(…)`: index after it, or -1. */
function dollarEnd(text: string, pos: number, limit: number): number {
  const next = text[pos + 1];
  if (next === '{' || next === '(') {
    return groupEnd(text, pos + 1, limit);
  }
  const end = identifierEnd(text, pos + 1, limit - pos - 1);
  return end > pos + 1 && !/[0-9]/.test(next) ? end : -1;
}

/**
 * One placeholder or literal run at `pos`. Returns the index after it, or -1 when nothing segment-like starts there.
 * `atSegmentStart` allows `:name` (Express-style route parameters).
 */
function atomEnd(text: string, pos: number, limit: number, atSegmentStart: boolean): { end: number; bare: boolean } | undefined {
  const ch = text[pos];
  const code = text.charCodeAt(pos);
  if (ch === '~' && atSegmentStart) {
    // Erlang's and Lisp's format directives, a whole segment: `~s`, `~p`, `~ts` (`~` is a literal character otherwise).
    const directive = text[pos + 1] === 't' ? pos + 2 : pos + 1;
    if (/[spwbdai]/.test(text[directive] ?? '') && (text[directive + 1] === '/' || isPathEnd(text, directive + 1))) {
      return { end: directive + 1, bare: false };
    }
  }
  if (isLiteralChar(code)) {
    let i = pos + 1;
    while (i < limit) {
      const c = text.charCodeAt(i);
      if (isLiteralChar(c) || (c === 46 /* . */ && i + 1 < limit && isLiteralChar(text.charCodeAt(i + 1)))) {
        i++;
      } else {
        break;
      }
    }
    return { end: i, bare: true };
  }
  let end = -1;
  switch (ch) {
    case '{':
      end = groupEnd(text, pos, limit);
      break;
    case '$':
      end = dollarEnd(text, pos, limit);
      break;
    case '(':
      // Nushell's interpolation: `$"…/groups/($group)/…"`.
      end = text[pos + 1] === '$' ? groupEnd(text, pos, limit) : -1;
      break;
    case '#':
      end = text[pos + 1] === '{' ? groupEnd(text, pos + 1, limit) : -1;
      break;
    case '\\':
      end = text[pos + 1] === '(' ? groupEnd(text, pos + 1, limit) : -1;
      break;
    case '%':
      end = printfEnd(text, pos, limit);
      break;
    case '<': {
      // `<ID>`, and Hoppscotch's `<<groupId>>`.
      const double = text[pos + 1] === '<';
      const close = identifierOrDashRun(text, pos + (double ? 2 : 1), limit);
      if (double) {
        end = close > pos + 2 && text[close] === '>' && text[close + 1] === '>' ? close + 2 : -1;
        break;
      }
      end = close > pos + 1 && text[close] === '>' ? close + 1 : -1;
      break;
    }
    case ':': {
      const close = identifierEnd(text, pos + 1, limit - pos - 1);
      end = atSegmentStart && close > pos + 1 ? close : -1;
      break;
    }
    case '[': {
      // Documentation's `[GROUP-ID]` (a regex's character class has a quantifier or a range after it).
      const close = identifierOrDashRun(text, pos + 1, limit);
      end = atSegmentStart && close > pos + 1 && text[close] === ']' && (text[close + 1] === '/' || isPathEnd(text, close + 1)) ? close + 1 : -1;
      break;
    }
    case '&': {
      // HTML's `&lt;GROUP-ID&gt;`.
      const close = text.startsWith('&lt;', pos) ? identifierOrDashRun(text, pos + 4, limit) : -1;
      end = close > pos + 4 && text.startsWith('&gt;', close) ? close + 4 : -1;
      break;
    }
    case '*': {
      // A glob's whole segment with another after it (`groups/*/privateEndpoint`: Laravel's Http::fake, route globs).
      const close = text[pos + 1] === '*' ? pos + 2 : pos + 1;
      end = atSegmentStart && text[close] === '/' ? close : -1;
      break;
    }
  }
  return end > pos ? { end, bare: false } : undefined;
}

function identifierOrDashRun(text: string, pos: number, limit: number): number {
  let i = pos;
  while (i < limit && (isLiteralChar(text.charCodeAt(i)) || text[i] === '.')) {
    i++;
  }
  return i;
}

/**
 * Parses the path segment starting at `pos` and stops before the next `/` or the end of the path.
 * Returns undefined when the text there is not a segment (for example empty, or a malformed concatenation).
 */
export function parseSegment(text: string, pos: number, limit = text.length): Segment | undefined {
  const ceiling = Math.min(limit, pos + MAX_SEGMENT);
  let i = pos;
  let bare = true;
  while (i < ceiling) {
    const ch = text[i];
    if (ch === '/') {
      break;
    }
    if (QUOTES.has(ch)) {
      const concat = concatAt(text, i, ceiling);
      if (!concat) {
        break;
      }
      if (concat.open) {
        return i > pos || concat.end === i ? { start: pos, end: concat.end, open: true, bare: false } : undefined;
      }
      bare = false;
      i = concat.end;
      continue;
    }
    // Org mode's `~code~` closes on a `~` that ends the path.
    if (ch === '~' && i > pos && isPathEnd(text, i)) {
      break;
    }
    // `<GROUP-ID>`, `#{group_id}` and `\(groupId)` start with characters that otherwise end a path.
    const atom = atomEnd(text, i, ceiling, i === pos);
    if (!atom) {
      if (isPathEnd(text, i)) {
        break;
      }
      return undefined;
    }
    bare = bare && atom.bare;
    i = atom.end;
  }
  if (i === pos) {
    return undefined;
  }
  const last = text.charCodeAt(i - 1);
  if (last === CH_NEWLINE || last === CH_RETURN || isBlank(last)) {
    return undefined;
  }
  return { start: pos, end: i, open: false, bare };
}
