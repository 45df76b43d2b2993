// Which HTTP method a request to a matched URL uses, guessed from the code around it. Only the list/create
// distinction changes a rewrite, so the guess stays within the statement: the same line, lines joined to it by a
// line continuation or an open bracket, method chains, and a Postman-style `"method"` key. All windows are bounded.
import { CH_NEWLINE, lineEndWithin, lineStartWithin } from './text';

export type HttpMethod = 'GET' | 'POST' | 'DELETE' | 'PUT' | 'PATCH';

const MAX_LINE = 400;
const SAME_LINE_WINDOW = 200;
const MAX_JOINED_LINES = 8;
const MAX_POSTMAN_LINES = 60;

const METHOD_TOKEN =
  /\b(GET|POST|DELETE|PUT|PATCH)\b|(?:\.|->)(get|post|delete|put|patch|Get|Post|Delete|Put|Patch)(?:Async|AsJsonAsync|!)?\s?\(|Method(Get|Post|Delete|Put|Patch)\b|HttpMethod\.(Get|Post|Delete|Put|Patch)\b|-Method (Get|Post|Delete|Put|Patch)\b|\bHttp(Get|Post|Delete|Put|Patch)\b|\(:(get|post|delete|put|patch),/g;
const CURL = /\bcurl\b|\$\{(?:curl|CURL|Curl)\w{0,20}\[[@*]\]\}/;
const GET_BY_DEFAULT = /\b(?:curl|wget|fetch|Invoke-RestMethod|Invoke-WebRequest|urlopen)\b|\$\{(?:curl|CURL|Curl)\w{0,20}\[[@*]\]\}/;
const CURL_DATA_FLAG = /(?:^|\s)(?:-d|--data(?:-raw|-binary|-urlencode)?|--json|-F|--form)(?=[\s=]|$)/;
const JSON_URL_KEY = /"(?:raw|url)"\s*:\s*"[^"]*$/;
const YAML_URL_KEY = /^(\s*)(-\s+)?url:\s/;
/** Indentation, a `method:` value, and whether the key opens a list item. */
const YAML_KEY = /^(\s*(?:(-)\s+)?)(?:method:\s*["']?(GET|POST|DELETE|PUT|PATCH|get|post|delete|put|patch)\b|[\w-]+:)/;
const MAX_SIBLING_LINES = 12;
const JSON_METHOD_KEY = /"method"\s*:\s*"(GET|POST|DELETE|PUT|PATCH)"/;

function methodsIn(text: string): HttpMethod[] {
  const found: HttpMethod[] = [];
  for (const match of text.matchAll(METHOD_TOKEN)) {
    const name = match.slice(1).find((group) => group !== undefined);
    if (name) {
      found.push(name.toUpperCase() as HttpMethod);
    }
  }
  return found;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function lineAt(text: string, start: number): Line {
  const end = lineEndWithin(text, start, MAX_LINE);
  return { start, end, text: text.slice(start, end) };
}

function previousLine(text: string, line: Line): Line | undefined {
  // A start that is not after a newline is where a long line was cut off: nothing before it is looked at.
  if (line.start === 0 || text.charCodeAt(line.start - 1) !== CH_NEWLINE) {
    return undefined;
  }
  const end = line.start - 1 > 0 && text[line.start - 2] === '\r' ? line.start - 2 : line.start - 1;
  const start = lineStartWithin(text, end, MAX_LINE);
  return { start, end, text: text.slice(start, end) };
}

function nextLine(text: string, line: Line): Line | undefined {
  let next = line.end;
  if (text[next] === '\r') {
    next++;
  }
  if (text[next] !== '\n') {
    return undefined;
  }
  return lineAt(text, next + 1);
}

/** The line ends inside an unfinished statement: a shell/PowerShell/cmd continuation, an open bracket, an operator. */
function continuesOnNextLine(line: string): boolean {
  return /[\\`^(,{[+=]$/.test(line.trimEnd());
}

/** The line continues the previous one: a method chain or a closing bracket. */
function continuesPreviousLine(line: string): boolean {
  return /^\s*[.)\]}]/.test(line);
}

/** Lines before the match that belong to the same statement, nearest first. */
function joinedLinesBefore(text: string, current: Line): Line[] {
  const lines: Line[] = [];
  let line = current;
  for (let n = 0; n < MAX_JOINED_LINES; n++) {
    const previous = previousLine(text, line);
    if (!previous || !(continuesOnNextLine(previous.text) || continuesPreviousLine(line.text))) {
      break;
    }
    lines.push(previous);
    line = previous;
  }
  return lines;
}

/** Lines after the match that belong to the same statement, nearest first. */
function joinedLinesAfter(text: string, current: Line): Line[] {
  const lines: Line[] = [];
  let line = current;
  for (let n = 0; n < MAX_JOINED_LINES; n++) {
    const next = nextLine(text, line);
    if (!next || !(continuesOnNextLine(line.text) || continuesPreviousLine(next.text))) {
      break;
    }
    lines.push(next);
    line = next;
  }
  return lines;
}

/** A Postman collection keeps `"method"` a few keys above `"url": { "raw": … }`. */
function postmanMethod(text: string, current: Line, spanStart: number): HttpMethod | undefined {
  if (!JSON_URL_KEY.test(text.slice(current.start, spanStart))) {
    return undefined;
  }
  let line: Line | undefined = current;
  for (let n = 0; n < MAX_POSTMAN_LINES && line; n++) {
    line = previousLine(text, line);
    const match = line && JSON_METHOD_KEY.exec(line.text);
    if (match) {
      return match[1] as HttpMethod;
    }
  }
  return undefined;
}

/** A YAML mapping's `url:` key (Ansible's `uri`, a pipeline step) with a sibling `method:` key at its indentation. */
function siblingMethod(text: string, current: Line): HttpMethod | undefined {
  const key = YAML_URL_KEY.exec(current.text);
  if (!key) {
    return undefined;
  }
  const indent = key[1].length + (key[2] ?? '').length;
  // An item's first key has no siblings above it.
  for (const step of key[2] ? [nextLine] : [nextLine, previousLine]) {
    let line: Line | undefined = current;
    for (let n = 0; n < MAX_SIBLING_LINES; n++) {
      line = step(text, line);
      const sibling = line && YAML_KEY.exec(line.text);
      if (!line || (line.text.trim() !== '' && (!sibling || sibling[1].length < indent))) {
        break;
      }
      if (sibling && sibling[1].length === indent && sibling[3] !== undefined) {
        return sibling[3].toUpperCase() as HttpMethod;
      }
      if (sibling?.[2] !== undefined) {
        // Another list item, or this item's first key (`- method: POST`, read above).
        break;
      }
    }
  }
  return undefined;
}

function lastMethod(text: string): HttpMethod | undefined {
  const methods = methodsIn(text);
  return methods[methods.length - 1];
}

/**
 * The HTTP method used with the URL at [spanStart, spanEnd), or undefined when the code does not say.
 * Explicit methods on the same line win, then the rest of the statement; curl with a body means POST.
 */
export function detectHttpMethod(text: string, spanStart: number, spanEnd: number): HttpMethod | undefined {
  const lineStart = lineStartWithin(text, spanStart, SAME_LINE_WINDOW);
  const lineEnd = lineEndWithin(text, spanEnd, SAME_LINE_WINDOW);
  const sameLine = lastMethod(text.slice(lineStart, spanStart)) ?? methodsIn(text.slice(spanEnd, lineEnd))[0];
  if (sameLine) {
    return sameLine;
  }
  const current: Line = { start: lineStart, end: lineEnd, text: text.slice(lineStart, lineEnd) };
  const linesBefore = joinedLinesBefore(text, current);
  for (const line of linesBefore) {
    const method = lastMethod(line.text);
    if (method) {
      return method;
    }
  }
  const linesAfter = joinedLinesAfter(text, current);
  for (const line of linesAfter) {
    const method = methodsIn(line.text)[0];
    if (method) {
      return method;
    }
  }
  const statement = [...linesBefore, current, ...linesAfter];
  if (statement.some((line) => CURL.test(line.text)) && statement.some((line) => CURL_DATA_FLAG.test(line.text))) {
    return 'POST';
  }
  // curl, wget, fetch(url) and Invoke-RestMethod send GET when nothing says otherwise.
  return postmanMethod(text, current, spanStart) ?? siblingMethod(text, current) ?? (statement.some((line) => GET_BY_DEFAULT.test(line.text)) ? 'GET' : undefined);
}
