// Stage 1: a small tokenizer per language family. It reads one window of a file (a statement and the lines joined to
// it) and yields strings with their escapes decoded and their interpolations as holes, identifiers, punctuation and
// comments. Every loop advances, so a window is read in linear time.
import { isWordChar, lineEndWithin } from './text';

export type Family = 'c' | 'python' | 'shell' | 'hcl' | 'data' | 'prose';

/** One run of a string's value: literal text, or a hole filled by code (`${groupId}`, `#{id}`, `$GROUP`, `{base}`). */
export interface Piece {
  /** Decoded text of a literal run; for a hole, its source text (`${groupId}`), which reads as a path placeholder. */
  text: string;
  /** Source offsets. For a literal run, `text.length === end - start` unless it is one escape sequence. */
  start: number;
  end: number;
  /** For a hole: the expression inside (`groupId`, `this.projectPath()`). */
  hole?: string;
  /** A literal run whose text differs from the source (an escape). */
  escaped?: boolean;
}

export type TokenType = 'str' | 'ident' | 'num' | 'punct' | 'comment' | 'newline';

export interface Token {
  type: TokenType;
  start: number;
  end: number;
  /** Identifier name (without a leading `$`), punctuation, or '' for strings and comments. */
  text: string;
  /** Strings and comments: their value. */
  pieces?: Piece[];
  /** A regular expression literal (its pieces are its source). */
  regex?: boolean;
  /** An identifier written with a leading `$` (`$id`). */
  dollar?: boolean;
  /** A string that runs to the line end (or the window end) without its closing quote. */
  unterminated?: boolean;
}

export interface Dialect {
  family: Family;
  lineComments: readonly string[];
  blockComment: boolean;
  /** `'…'` holds no escapes or interpolation (Python raw strings aside, shell, PHP, Ruby, YAML). */
  singleQuotesRaw: boolean;
  backtickStrings: boolean;
  /** Interpolation styles recognised in double-quoted (and backtick) strings. */
  dollarBrace: boolean;
  dollarName: boolean;
  hashBrace: boolean;
  backslashParen: boolean;
  /** JavaScript regular expression literals (Ruby's and Perl's `/…/` too). */
  regexLiterals: boolean;
  /** Ruby's `%r{…}` regular expressions. */
  percentRegex?: boolean;
  /** Identifiers may start with `$` (PHP, PowerShell, shell). */
  dollarIdentifiers: boolean;
  /** `.` concatenates strings (PHP, Perl). */
  dotConcat: boolean;
  /** `'…'` interpolates like `"…"` (Dart). */
  singleQuotesInterpolate?: boolean;
  /** More operators that join strings: Julia's `*`, Erlang's and Haskell's `++`, SQL's `||`, OCaml's `^`. */
  concatOperators?: readonly string[];
  /** Make's variables: `NAME := value` to the line's end, read as `$(NAME)` and `${NAME}`. */
  makeVariables?: boolean;
  /** Erlang's macros, `?NAME`: read as the name. */
  questionMacros?: boolean;
  /** Lua's method calls, `LINKS:format(g)`. */
  colonMethods?: boolean;
  /** A function applied to the words after it, without parentheses (F#, OCaml, Haskell): `linksUrl group`. */
  juxtaposedCalls?: boolean;
  /** Names may hold dashes between letters: PowerShell's `Get-AtlasPeBase`. */
  dashedNames?: boolean;
  /** Calls are lists, `(name arg …)`, and so are vectors, `[a b]` (Clojure). */
  lispCalls?: boolean;
}

const MAX_STRING = 4096;
const PERCENT_CLOSE: Record<string, string> = { '{': '}', '(': ')', '[': ']', '<': '>' };

const BASE: Dialect = {
  family: 'c',
  lineComments: ['//'],
  blockComment: true,
  singleQuotesRaw: false,
  backtickStrings: true,
  dollarBrace: true,
  dollarName: true,
  hashBrace: true,
  backslashParen: true,
  regexLiterals: false,
  dollarIdentifiers: true,
  dotConcat: false,
};

const C_LIKE: Dialect = { ...BASE };
const JS: Dialect = { ...BASE, dollarName: false, hashBrace: false, backslashParen: false, regexLiterals: true };
const PLAIN_C: Dialect = { ...BASE, dollarBrace: false, dollarName: false, hashBrace: false, backslashParen: false, dollarIdentifiers: false };
const KOTLIN: Dialect = { ...BASE, hashBrace: false, backslashParen: false, dollarIdentifiers: false };
const SWIFT: Dialect = { ...PLAIN_C, backslashParen: true, backtickStrings: false };
const PHP: Dialect = { ...BASE, dotConcat: true, lineComments: ['//', '#'], singleQuotesRaw: true, backtickStrings: false, hashBrace: false, backslashParen: false };
const PYTHON: Dialect = {
  ...BASE,
  family: 'python',
  lineComments: ['#'],
  blockComment: false,
  backtickStrings: false,
  dollarBrace: false,
  dollarName: false,
  hashBrace: false,
  backslashParen: false,
  dollarIdentifiers: false,
};
const RUBY: Dialect = { ...PYTHON, singleQuotesRaw: true, hashBrace: true };
const SHELL: Dialect = { ...BASE, family: 'shell', lineComments: ['#'], blockComment: false, singleQuotesRaw: true, hashBrace: false, backslashParen: false };
const POWERSHELL: Dialect = { ...SHELL, family: 'c', dashedNames: true };
const HCL: Dialect = { ...BASE, family: 'hcl', lineComments: ['#', '//'], dollarName: false, hashBrace: false, backslashParen: false, backtickStrings: false, dollarIdentifiers: false };
const DATA: Dialect = { ...PLAIN_C, family: 'data', lineComments: ['#'], blockComment: false, singleQuotesRaw: true, backtickStrings: false, dollarBrace: true };
const PROSE: Dialect = { ...PLAIN_C, family: 'prose', lineComments: [], blockComment: false, backtickStrings: false };

const BY_LANGUAGE: Record<string, Dialect> = {
  javascript: JS,
  javascriptreact: JS,
  typescript: JS,
  typescriptreact: JS,
  go: PLAIN_C,
  java: PLAIN_C,
  c: PLAIN_C,
  cpp: PLAIN_C,
  rust: PLAIN_C,
  csharp: { ...PLAIN_C, backtickStrings: false },
  kotlin: KOTLIN,
  groovy: KOTLIN,
  scala: KOTLIN,
  dart: { ...KOTLIN, singleQuotesInterpolate: true },
  swift: SWIFT,
  php: PHP,
  python: PYTHON,
  ruby: { ...RUBY, regexLiterals: true, percentRegex: true },
  perl: { ...RUBY, dollarIdentifiers: true, dollarName: true, dotConcat: true, regexLiterals: true },
  elixir: { ...RUBY, concatOperators: ['<>'] },
  r: PYTHON,
  lua: { ...PLAIN_C, lineComments: ['--'], blockComment: false, backtickStrings: false, colonMethods: true },
  shellscript: SHELL,
  dockerfile: SHELL,
  makefile: { ...SHELL, makeVariables: true },
  powershell: POWERSHELL,
  terraform: HCL,
  hcl: HCL,
  yaml: DATA,
  json: DATA,
  jsonc: { ...DATA, lineComments: ['//'], blockComment: true },
  toml: DATA,
  ini: DATA,
  http: DATA,
  markdown: PROSE,
  plaintext: PROSE,
  restructuredtext: PROSE,
  asciidoc: PROSE,
  bat: PROSE,
  xml: PROSE,
  html: PROSE,
  jinja: PROSE,
  // VB.NET: `'` starts a comment, `&` concatenates, `$"{x}"` interpolates as in C#.
  vb: { ...PLAIN_C, lineComments: ["'"], blockComment: false, backtickStrings: false },
  'objective-c': PLAIN_C,
  'objective-cpp': PLAIN_C,
  zig: { ...PLAIN_C, concatOperators: ['++'] },
  haskell: { ...PLAIN_C, lineComments: ['--'], blockComment: false, backtickStrings: false, concatOperators: ['++'], juxtaposedCalls: true },
  erlang: { ...PLAIN_C, lineComments: ['%'], blockComment: false, backtickStrings: false, concatOperators: ['++'], questionMacros: true },
  ocaml: { ...PLAIN_C, lineComments: [], backtickStrings: false, concatOperators: ['^'], juxtaposedCalls: true },
  fsharp: { ...PLAIN_C, backtickStrings: false, concatOperators: ['^'], juxtaposedCalls: true },
  sql: { ...PLAIN_C, lineComments: ['--'], singleQuotesRaw: true, backtickStrings: false, concatOperators: ['||'] },
  clojure: { ...PLAIN_C, lineComments: [';'], blockComment: false, backtickStrings: false, dashedNames: true, lispCalls: true },
  julia: { ...PYTHON, dollarName: true, concatOperators: ['*'] },
  nim: PYTHON,
  crystal: RUBY,
  fish: SHELL,
  dotenv: SHELL,
  properties: DATA,
  bruno: DATA,
};

/** The dialect for a VS Code language id; unknown languages get a permissive C-like one. */
export function dialectFor(languageId: string | undefined): Dialect {
  return (languageId !== undefined && Object.hasOwn(BY_LANGUAGE, languageId) ? BY_LANGUAGE[languageId] : undefined) ?? C_LIKE;
}

/** Every token has every field, so that the parser reads tokens of one shape. */
function makeToken(type: TokenType, start: number, end: number, text: string, pieces?: Piece[]): Token {
  return { type, start, end, text, pieces, regex: false, dollar: false, unterminated: false };
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isIdentStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code > 127;
}

function isIdentPart(code: number): boolean {
  return isWordChar(code) || code > 127;
}

/** Index after the bracketed group that opens at `pos`, on one line and within `limit`; -1 when it does not close. */
function closeOf(text: string, pos: number, limit: number): number {
  const open = text.charCodeAt(pos);
  const close = open === 123 ? 125 : open === 40 ? 41 : 93;
  let depth = 0;
  for (let i = pos; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      return -1;
    }
    if (code === open) {
      depth++;
    } else if (code === close && --depth === 0) {
      return i + 1;
    }
  }
  return -1;
}

const PUNCT3 = new Set(['...', '===', '!==', '**=', '<<=', '>>=']);
const PUNCT2 = new Set(['==', '!=', '<=', '>=', '=>', ':=', '+=', '-=', '->', '&&', '||', '..', '::', '<<', '>>', '?.', '??', '.=', '++']);
/** Characters that can continue a multi-character operator. */
const PUNCT_SECOND = new Set('=>&|.:<?*-+'.split('').map((char) => char.charCodeAt(0)));

function isBlankCode(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}

class Reader {
  readonly tokens: Token[] = [];
  private pos: number;
  private previousSignificant: Token | undefined;
  private readonly slashComments: boolean;
  private readonly hashComments: boolean;

  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
    private readonly dialect: Dialect,
  ) {
    this.pos = start;
    this.slashComments = dialect.lineComments.includes('//');
    this.hashComments = dialect.lineComments.includes('#');
  }

  run(): Token[] {
    if (this.dialect.family === 'prose' || this.dialect.family === 'data') {
      this.readProse();
      return this.tokens;
    }
    while (this.pos < this.end) {
      this.next();
    }
    return this.tokens;
  }

  private push(token: Token): void {
    this.tokens.push(token);
    if (token.type !== 'comment' && token.type !== 'newline') {
      this.previousSignificant = token;
    }
  }

  /**
   * A Makefile's `NAME = value` (or `:=`, `::=`, `?=`, `+=`, `!=`) at `start`, a line's start: the name, `=`, and the
   * value to the line's end as one string whose `$(X)` and `${X}` are holes.
   */
  private readMakeAssignment(start: number): boolean {
    const { text } = this;
    const lineEnd = Math.min(this.end, lineEndWithin(text, start, MAX_STRING));
    const assignment = /^([A-Za-z_][\w.-]*)[ \t]*(?:::|[:?+!])?=[ \t]*/.exec(text.slice(start, lineEnd));
    if (!assignment) {
      return false;
    }
    const nameEnd = start + assignment[1].length;
    const valueStart = start + assignment[0].length;
    this.push(makeToken('ident', start, nameEnd, assignment[1]));
    this.push(makeToken('punct', valueStart - 1, valueStart, '='));
    const pieces: Piece[] = [];
    let runStart = valueStart;
    const flush = (at: number) => {
      if (at > runStart) {
        pieces.push({ text: text.slice(runStart, at), start: runStart, end: at });
      }
    };
    let i = valueStart;
    for (; i < lineEnd && text[i] !== '#'; i++) {
      const opener = text.charCodeAt(i + 1);
      const close = text.charCodeAt(i) === 36 && (opener === 40 || opener === 123) ? closeOf(text, i + 1, lineEnd) : -1;
      if (close > 0) {
        flush(i);
        pieces.push({ text: text.slice(i, close), start: i, end: close, hole: text.slice(i + 2, close - 1) });
        i = close - 1;
        runStart = close;
      }
    }
    flush(i);
    if (pieces.length > 0) {
      this.push(makeToken('str', valueStart, i, '', pieces));
    }
    this.pos = i;
    return true;
  }

  /** Markdown, plain text and data (YAML, JSON, .http): every line is one comment-like token of prose. */
  private readProse(): void {
    const { text, end } = this;
    let lineStart = this.pos;
    while (lineStart < end) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > end) {
        lineEnd = end;
      }
      if (lineEnd > lineStart) {
        this.push(makeToken('comment', lineStart, lineEnd, '', [{ text: text.slice(lineStart, lineEnd), start: lineStart, end: lineEnd }]));
      }
      if (lineEnd < end) {
        this.push(makeToken('newline', lineEnd, lineEnd + 1, '\n'));
      }
      lineStart = lineEnd + 1;
    }
  }

  private next(): void {
    const { text, dialect } = this;
    const start = this.pos;
    const code = text.charCodeAt(start);
    if (code === 10) {
      this.pos++;
      this.push(makeToken('newline', start, start + 1, '\n'));
      return;
    }
    if (isBlankCode(code)) {
      let i = start + 1;
      while (i < this.end && isBlankCode(text.charCodeAt(i))) {
        i++;
      }
      this.pos = i;
      return;
    }
    if ((code === 47 && this.slashComments && text.charCodeAt(start + 1) === 47) || (code === 35 && this.hashComments && this.hashStartsComment(start))) {
      this.readLineComment(start);
      return;
    }
    if (dialect.blockComment && code === 47 && text.charCodeAt(start + 1) === 42) {
      this.readBlockComment(start);
      return;
    }
    if (dialect.makeVariables && (start === 0 || text.charCodeAt(start - 1) === 10) && this.readMakeAssignment(start)) {
      return;
    }
    // A shell word may start with a quote and go on (`"${BASE}/"\` + newline + `"${ID}"`).
    if (dialect.family === 'shell' && code !== 96 && this.readShellWord(start)) {
      return;
    }
    if (code === 34 || code === 39 || (code === 96 && dialect.backtickStrings)) {
      this.readString(start, code);
      return;
    }
    if (dialect.regexLiterals && code === 47 && this.regexAllowed() && this.readRegex(start)) {
      return;
    }
    if (dialect.percentRegex && code === 37 && text.charCodeAt(start + 1) === 114 && this.regexAllowed() && this.readPercentRegex(start)) {
      return;
    }
    const sigil = (code === 36 && dialect.dollarIdentifiers) || (code === 63 && dialect.questionMacros === true);
    if (isIdentStart(code) || (sigil && isIdentStart(text.charCodeAt(start + 1)))) {
      const nameStart = isIdentStart(code) ? start : start + 1;
      const hcl = dialect.family === 'hcl';
      let i = nameStart + 1;
      for (; i < this.end; i++) {
        const c = text.charCodeAt(i);
        const dashedWord = c === 45 && dialect.dashedNames === true && nameStart === start && isLetter(text.charCodeAt(i + 1));
        if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c > 127 || (hcl && c === 45) || dashedWord)) {
          break;
        }
      }
      // String prefixes: f"…", r'…', b"…", rb"…" (Python), $"…" / @"…" (C#).
      const next = text.charCodeAt(i);
      if ((next === 34 || next === 39) && i - start <= 2 && /^[fFrRbBuU]{1,2}$/.test(text.slice(start, i))) {
        this.readString(i, next, text.slice(start, i).toLowerCase());
        this.tokens[this.tokens.length - 1].start = start;
        return;
      }
      this.pos = i;
      const ident = makeToken('ident', start, i, text.slice(nameStart, i));
      ident.dollar = nameStart !== start;
      this.push(ident);
      return;
    }
    if ((code === 36 || code === 64) && text.charCodeAt(start + 1) === 34) {
      this.readString(start + 1, 34, code === 36 ? 'f' : 'r');
      this.tokens[this.tokens.length - 1].start = start;
      return;
    }
    if (code >= 48 && code <= 57) {
      let i = start + 1;
      while (i < this.end && (isIdentPart(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) {
        i++;
      }
      this.pos = i;
      this.push(makeToken('num', start, i, text.slice(start, i)));
      return;
    }
    let punct = text[start];
    if (PUNCT_SECOND.has(text.charCodeAt(start + 1))) {
      const three = text.slice(start, start + 3);
      const two = three.slice(0, 2);
      punct = PUNCT3.has(three) ? three : PUNCT2.has(two) ? two : punct;
    }
    this.pos = start + punct.length;
    this.push(makeToken('punct', start, this.pos, punct));
  }

  /** `#` starts a comment at the start of a word (shell's `$#`, `${#x}` and `a#b` are not comments). */
  private hashStartsComment(pos: number): boolean {
    if (this.dialect.family !== 'shell') {
      return true;
    }
    const before = this.text.charCodeAt(pos - 1);
    return pos === 0 || before === 32 || before === 9 || before === 10 || before === 59;
  }

  private lineEnd(from: number): number {
    const newline = this.text.indexOf('\n', from);
    return newline < 0 || newline > this.end ? this.end : newline;
  }

  private readLineComment(start: number): void {
    const end = this.lineEnd(start);
    this.pos = end;
    this.tokens.push(makeToken('comment', start, end, '', [{ text: this.text.slice(start, end), start, end }]));
  }

  private readBlockComment(start: number): void {
    let close = this.text.indexOf('*/', start + 2);
    if (close < 0 || close + 2 > this.end) {
      close = this.end - 2;
    }
    const end = Math.max(start + 2, close + 2);
    this.pos = end;
    // One comment token per line, so that prose rules see lines.
    let lineStart = start;
    while (lineStart < end) {
      const lineEnd = Math.min(this.lineEnd(lineStart), end);
      this.tokens.push(makeToken('comment', lineStart, lineEnd, '', [{ text: this.text.slice(lineStart, lineEnd), start: lineStart, end: lineEnd }]));
      if (lineEnd < end) {
        this.tokens.push(makeToken('newline', lineEnd, lineEnd + 1, '\n'));
      }
      lineStart = lineEnd + 1;
    }
  }

  /** A `/` starts a regular expression where an operand is expected. */
  private regexAllowed(): boolean {
    const previous = this.previousSignificant;
    if (!previous) {
      return true;
    }
    if (previous.type === 'ident') {
      return previous.text === 'return' || previous.text === 'typeof' || previous.text === 'case';
    }
    return previous.type === 'punct' && !')]}'.includes(previous.text);
  }

  private readRegex(start: number): boolean {
    const { text } = this;
    const limit = Math.min(this.lineEnd(start), start + MAX_STRING);
    let inClass = false;
    for (let i = start + 1; i < limit; i++) {
      const code = text.charCodeAt(i);
      if (code === 92) {
        i++;
      } else if (code === 91) {
        inClass = true;
      } else if (code === 93) {
        inClass = false;
      } else if (code === 47 && !inClass) {
        this.pushRegex(start, start + 1, i, limit);
        return true;
      }
    }
    return false;
  }

  /** A regular expression token whose pattern is `[bodyStart, bodyEnd)`, with the flags after its closing delimiter. */
  private pushRegex(start: number, bodyStart: number, bodyEnd: number, limit: number): void {
    const { text } = this;
    let end = bodyEnd + 1;
    while (end < limit && isWordChar(text.charCodeAt(end))) {
      end++;
    }
    this.pos = end;
    const token = makeToken('str', start, end, '', [{ text: text.slice(bodyStart, bodyEnd), start: bodyStart, end: bodyEnd }]);
    token.regex = true;
    this.push(token);
  }

  /** Ruby's `%r{…}`, `%r(…)`, `%r[…]`, `%r<…>` (brackets nest) or `%r|…|`, on one line, with its flags. */
  private readPercentRegex(start: number): boolean {
    const { text } = this;
    const open = text[start + 2];
    const close = PERCENT_CLOSE[open] ?? (open === '|' || open === '!' ? open : undefined);
    if (!close) {
      return false;
    }
    const limit = Math.min(this.lineEnd(start), start + MAX_STRING);
    let depth = 0;
    for (let i = start + 3; i < limit; i++) {
      const char = text[i];
      if (char === '\\') {
        i++;
      } else if (char === open && open !== close) {
        depth++;
      } else if (char === close && depth-- === 0) {
        this.pushRegex(start, start + 3, i, limit);
        return true;
      }
    }
    return false;
  }

  private readString(quoteAt: number, quote: number, prefix = ''): void {
    const { text, dialect } = this;
    const triple = dialect.family === 'python' && text.charCodeAt(quoteAt + 1) === quote && text.charCodeAt(quoteAt + 2) === quote;
    const open = triple ? 3 : 1;
    const raw = prefix.includes('r') || (quote === 39 && dialect.singleQuotesRaw) || (quote === 96 && dialect.family !== 'c');
    const formatted = prefix.includes('f');
    const interpolating = !raw && (quote === 34 || quote === 96 || (quote === 39 && dialect.singleQuotesInterpolate === true)) && !prefix.includes('b');
    const multiline = triple || quote === 96;
    const limit = Math.min(this.end, quoteAt + MAX_STRING);
    const pieces: Piece[] = [];
    let runStart = quoteAt + open;
    let i = runStart;
    const flush = (until: number) => {
      if (until > runStart) {
        pieces.push({ text: text.slice(runStart, until), start: runStart, end: until });
      }
    };
    let closed = false;
    while (i < limit) {
      const code = text.charCodeAt(i);
      // Most characters are none of the ones the branches below look at.
      if (code !== quote && code !== 10 && code !== 92 && code !== 36 && code !== 35 && code !== 123) {
        i++;
        continue;
      }
      if (code === quote && (!triple || (text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote))) {
        // Doubled quotes escape themselves in YAML, C# verbatim and PowerShell single-quoted strings.
        if (!triple && raw && text.charCodeAt(i + 1) === quote && quote === 39) {
          flush(i);
          pieces.push({ text: "'", start: i, end: i + 2, escaped: true });
          i += 2;
          runStart = i;
          continue;
        }
        closed = true;
        break;
      }
      if (code === 10 && !multiline) {
        break;
      }
      if (code === 92 && !raw) {
        flush(i);
        const escaped = text[i + 1] ?? '';
        if (escaped === '(' && interpolating && dialect.backslashParen) {
          const close = closeOf(text, i + 1, limit);
          if (close > 0) {
            pieces.push({ text: text.slice(i, close), start: i, end: close, hole: text.slice(i + 2, close - 1) });
            i = close;
            runStart = i;
            continue;
          }
        }
        const decoded = escaped === 'n' || escaped === 'r' || escaped === 't' ? ' ' : escaped === '\n' ? '' : escaped;
        // Regex escapes inside strings stay visible (`v1\.0`, `\w+`): the path rule reads them as a pattern.
        const keep = /[A-Za-z0-9.[\](){}^$*+?|]/.test(escaped) && escaped !== 'n' && escaped !== 'r' && escaped !== 't';
        const value = escaped === '\\' ? '\\' : keep ? `\\${escaped}` : decoded;
        pieces.push({ text: value, start: i, end: i + 2, escaped: value.length !== 2 });
        i += 2;
        runStart = i;
        continue;
      }
      const opener = text.charCodeAt(i + 1);
      const bracketHole =
        interpolating &&
        ((code === 36 && opener === 123 && (dialect.dollarBrace || dialect.family === 'shell')) ||
          (code === 36 && opener === 40 && dialect.dollarName) ||
          (code === 35 && opener === 123 && dialect.hashBrace));
      const close = bracketHole ? closeOf(text, i + 1, limit) : -1;
      if (close > 0) {
        // `${expr}`, `$(expr)`, `#{expr}`
        flush(i);
        pieces.push({ text: text.slice(i, close), start: i, end: close, hole: text.slice(i + 2, close - 1) });
        i = close;
        runStart = i;
        continue;
      }
      if (interpolating && code === 36 && dialect.dollarName && ((opener >= 48 && opener <= 57) || (dialect.family === 'shell' && (opener === 64 || opener === 42)))) {
        // A positional parameter (`$1`, one digit) or all of them (`$@`, `$*`): a function's argument.
        flush(i);
        pieces.push({ text: text.slice(i, i + 2), start: i, end: i + 2, hole: text.slice(i + 1, i + 2) });
        i += 2;
        runStart = i;
        continue;
      }
      if (interpolating && code === 36 && dialect.dollarName && isIdentStart(opener)) {
        let end = i + 2;
        while (end < limit && isIdentPart(text.charCodeAt(end))) {
          end++;
        }
        flush(i);
        pieces.push({ text: text.slice(i, end), start: i, end, hole: text.slice(i + 1, end) });
        i = end;
        runStart = i;
        continue;
      }
      if (formatted && code === 123) {
        if (text.charCodeAt(i + 1) === 123) {
          i += 2;
          continue;
        }
        const close = closeOf(text, i, limit);
        if (close > 0) {
          flush(i);
          const inner = text.slice(i + 1, close - 1);
          const colon = inner.search(/[:!]/);
          pieces.push({ text: text.slice(i, close), start: i, end: close, hole: colon > 0 ? inner.slice(0, colon) : inner });
          i = close;
          runStart = i;
          continue;
        }
      }
      i++;
    }
    flush(i);
    const end = closed ? i + open : i;
    this.pos = Math.max(end, quoteAt + 1);
    const string = makeToken('str', quoteAt, this.pos, '', pieces);
    string.unterminated = !closed;
    this.push(string);
  }

  /**
   * Shell words: a run of quoted and unquoted parts with no blank between them is one string (`"$API"/groups/$G`).
   * `name=value` gives an identifier, `=` and the value. Returns false when the word is plain punctuation.
   */
  private readShellWord(start: number): boolean {
    const { text } = this;
    let i = start;
    const assignment = /^[A-Za-z_]\w*=/.exec(text.slice(start, Math.min(this.end, start + 128)));
    if (assignment && (start === 0 || /[\s;]/.test(text[start - 1]))) {
      const nameEnd = start + assignment[0].length - 1;
      this.push(makeToken('ident', start, nameEnd, text.slice(start, nameEnd)));
      this.push(makeToken('punct', nameEnd, nameEnd + 1, '='));
      i = nameEnd + 1;
      this.pos = i;
      if (i >= this.end || /\s/.test(text[i])) {
        return true;
      }
    }
    if (text.charCodeAt(i) === 36 && text.charCodeAt(i + 1) === 40) {
      // `$(command)` starting a word: its words are read as code.
      this.pos = i + 2;
      this.push(makeToken('punct', i, i + 2, '('));
      return true;
    }
    const pieces: Piece[] = [];
    const wordStart = i;
    const quoted = text.charCodeAt(i) === 34 || text.charCodeAt(i) === 39;
    while (i < this.end) {
      const code = text.charCodeAt(i);
      if (code === 32 || code === 9 || code === 10 || code === 13 || code === 59 || code === 124 || code === 38 || code === 41 || code === 40 || code === 60 || code === 62) {
        break;
      }
      if (code === 34 || code === 39) {
        const before = this.tokens.length;
        this.readString(i, code);
        const token = this.tokens.pop() as Token;
        this.tokens.length = before;
        pieces.push(...(token.pieces ?? []));
        i = token.end;
        // A word that starts with a quote goes on only into another quoted part, or past a line continuation.
        if (quoted && !isQuoteOrContinuation(text, i)) {
          break;
        }
        continue;
      }
      if (code === 36) {
        const next = text.charCodeAt(i + 1);
        let end = -1;
        let hole = '';
        if (next === 123 || next === 40) {
          end = closeOf(text, i + 1, this.end);
          hole = end > 0 ? text.slice(i + 2, end - 1) : '';
        } else if (isIdentStart(next)) {
          end = i + 2;
          while (end < this.end && isIdentPart(text.charCodeAt(end))) {
            end++;
          }
          hole = text.slice(i + 1, end);
        }
        if (end > 0) {
          pieces.push({ text: text.slice(i, end), start: i, end, hole });
          i = end;
          continue;
        }
      }
      if (code === 92) {
        // `\` at a line end continues the word on the next line (`"${BASE}/"\` then `"${ID}"`).
        const continued = text.charCodeAt(i + 1) === 10 || (text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10);
        const end = Math.min(this.end, continued && text.charCodeAt(i + 1) === 13 ? i + 3 : i + 2);
        pieces.push({ text: continued ? '' : (text[i + 1] ?? ''), start: i, end, escaped: true });
        i = end;
        continue;
      }
      let end = i + 1;
      while (end < this.end && !/[\s;|&()<>"'$\\]/.test(text[end])) {
        end++;
      }
      pieces.push({ text: text.slice(i, end), start: i, end });
      i = end;
    }
    if (i === wordStart) {
      return this.pos !== start;
    }
    this.pos = i;
    // A bare word of letters only is a command or a keyword: an identifier.
    if (pieces.length === 1 && pieces[0].hole === undefined && /^[A-Za-z_][\w-]*$/.test(pieces[0].text) && pieces[0].start === wordStart) {
      this.push(makeToken('ident', wordStart, i, pieces[0].text));
    } else {
      this.push(makeToken('str', wordStart, i, '', pieces));
    }
    return true;
  }
}

function isQuoteOrContinuation(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code === 34 || code === 39 || (code === 92 && (next === 10 || (next === 13 && text.charCodeAt(at + 2) === 10)));
}

/** Tokens of `text[start, end)` read as `dialect`. */
export function tokenize(text: string, start: number, end: number, dialect: Dialect): Token[] {
  return new Reader(text, start, Math.min(end, text.length), dialect).run();
}
