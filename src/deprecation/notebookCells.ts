// Jupyter notebooks (.ipynb) are JSON, but the code in their code cells is Python (or the kernel's language), with
// names bound in one cell and used in another. The scanner reads the code cells, decoded and joined, in that language
// and maps what it finds back to the notebook's JSON.

export interface NotebookCode {
  /** The code cells' source, decoded from JSON, one cell after another with a blank line between them. */
  readonly text: string;
  readonly languageId: string;
  /** The JSON offset where each character of `text` starts; one entry more, for the end. */
  readonly rawStart: Int32Array;
  /** The JSON offset just after each character of `text` (an escape is longer than what it stands for). */
  readonly rawEnd: Int32Array;
  /** The JSON string each character of `text` comes from (its index), or -1 for the breaks between cells. */
  readonly stringOf: Int32Array;
  /** The JSON ranges of the code cells' source strings (their contents, without quotes), in order. */
  readonly strings: ReadonlyArray<readonly [number, number]>;
}

const KERNEL_LANGUAGES: Readonly<Record<string, string>> = {
  python: 'python',
  python3: 'python',
  r: 'r',
  julia: 'julia',
  scala: 'scala',
  bash: 'shellscript',
  sh: 'shellscript',
  powershell: 'powershell',
  'c#': 'csharp',
  csharp: 'csharp',
  'f#': 'fsharp',
  javascript: 'javascript',
  typescript: 'typescript',
  go: 'go',
  ruby: 'ruby',
};
const LANGUAGE_INFO = /"language_info"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"\\]{1,32})"/;
const KERNEL_LANGUAGE = /"kernelspec"\s*:\s*\{[^{}]*?"language"\s*:\s*"([^"\\]{1,32})"/;
/** Notebooks are read in whole; a bigger JSON file is left to the JSON rules. */
const MAX_NOTEBOOK_CHARS = 8 << 20;

interface Frame {
  readonly isObject: boolean;
  /** The key this container is the value of (for an array: of the object around it). */
  readonly key: string | undefined;
  /** In an object: the key whose value comes next, once its colon is read. */
  pendingKey?: string;
  expectKey?: boolean;
  cellType?: string;
  sources?: Array<[number, number]>;
}

/** Whether a JSON text looks like a Jupyter notebook (cheap: two words). */
export function looksLikeNotebook(text: string): boolean {
  return text.includes('"cell_type"') && text.includes('"nbformat"');
}

/** The code cells of a notebook, or undefined when the text is not one (or is malformed, or too big). */
export function notebookCode(text: string): NotebookCode | undefined {
  if (text.length > MAX_NOTEBOOK_CHARS || !looksLikeNotebook(text)) {
    return undefined;
  }
  const strings = codeCellStrings(text);
  if (!strings || strings.length === 0) {
    return undefined;
  }
  return decodeCells(text, strings);
}

function kernelLanguage(text: string): string {
  const name = (LANGUAGE_INFO.exec(text)?.[1] ?? KERNEL_LANGUAGE.exec(text)?.[1] ?? 'python').toLowerCase();
  return Object.hasOwn(KERNEL_LANGUAGES, name) ? KERNEL_LANGUAGES[name] : 'python';
}

/** One linear walk over the JSON: the content ranges of the strings under `source` of cells whose `cell_type` is code. */
function codeCellStrings(text: string): Array<[number, number]> | undefined {
  const stack: Frame[] = [];
  const cells: Array<Array<[number, number]>> = [];
  const keyFor = (): string | undefined => {
    const top = stack[stack.length - 1];
    return top === undefined ? undefined : top.isObject ? top.pendingKey : top.key;
  };
  const valueDone = (): void => {
    const top = stack[stack.length - 1];
    if (top?.isObject) top.pendingKey = undefined;
  };
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 34) {
      const end = stringEnd(text, at);
      if (end < 0) return undefined;
      const top = stack[stack.length - 1];
      if (top?.isObject && top.expectKey) {
        top.pendingKey = text.slice(at + 1, end);
        top.expectKey = false;
      } else if (top?.isObject) {
        if (top.pendingKey === 'cell_type') top.cellType = text.slice(at + 1, end);
        if (top.pendingKey === 'source') (top.sources ??= []).push([at + 1, end]);
        top.pendingKey = undefined;
      } else if (top && top.key === 'source') {
        const cell = stack[stack.length - 2];
        if (cell?.isObject) (cell.sources ??= []).push([at + 1, end]);
      }
      at = end;
    } else if (code === 123 || code === 91) {
      stack.push({ isObject: code === 123, key: keyFor(), expectKey: code === 123 });
    } else if (code === 125 || code === 93) {
      const frame = stack.pop();
      if (!frame || frame.isObject !== (code === 125)) return undefined;
      if (frame.isObject && frame.cellType === 'code' && frame.sources) cells.push(frame.sources);
      valueDone();
    } else if (code === 44) {
      const top = stack[stack.length - 1];
      if (top?.isObject) top.expectKey = true;
    }
  }
  return stack.length === 0 ? cells.flat() : undefined;
}

/** The index of the closing quote of the JSON string opening at `open`, or -1. */
function stringEnd(text: string, open: number): number {
  for (let at = open + 1; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 92) at++;
    else if (code === 34) return at;
    else if (code === 10) return -1;
  }
  return -1;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };

function decodeCells(text: string, strings: ReadonlyArray<readonly [number, number]>): NotebookCode {
  const total = strings.reduce((sum, [start, end]) => sum + (end - start) + 2, 0) + 1;
  const rawStart = new Int32Array(total);
  const rawEnd = new Int32Array(total);
  const stringOf = new Int32Array(total);
  const parts: string[] = [];
  let length = 0;
  const put = (char: string, start: number, end: number, string: number): void => {
    parts.push(char);
    rawStart[length] = start;
    rawEnd[length] = end;
    stringOf[length] = string;
    length++;
  };
  let previousEnd = -1;
  strings.forEach(([start, end], index) => {
    // A cell's strings are contiguous items of one array; the next cell starts later than its first string's end.
    if (previousEnd >= 0 && !isNextItem(text, previousEnd, start)) {
      put('\n', previousEnd, previousEnd, -1);
      put('\n', previousEnd, previousEnd, -1);
    }
    for (let at = start; at < end; at++) {
      const char = text[at];
      if (char !== '\\') {
        put(char, at, at + 1, index);
      } else if (text[at + 1] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) {
        put(String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16)), at, at + 6, index);
        at += 5;
      } else {
        put(SIMPLE_ESCAPES[text[at + 1]] ?? text[at + 1] ?? '', at, at + 2, index);
        at++;
      }
    }
    previousEnd = end;
  });
  rawStart[length] = previousEnd;
  rawEnd[length] = previousEnd;
  stringOf[length] = -1;
  return { text: parts.join(''), languageId: kernelLanguage(text), rawStart, rawEnd, stringOf, strings };
}

/** Whether only a comma and blanks separate a string ending at `end` (its closing quote) from one starting at `start`. */
function isNextItem(text: string, end: number, start: number): boolean {
  return /^"\s*,\s*"$/.test(text.slice(end, start));
}
