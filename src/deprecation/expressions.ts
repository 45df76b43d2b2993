// Stage 2: string expressions over the tokens of a window. Concatenations, format calls (`fmt.Sprintf`,
// `String.format`, `"…".format`, `%`), joins of segments (`url.JoinPath`, `path.join`, `"/".join`, `[…].join("/")`,
// StringBuilder and `appendingPathComponent` chains) and template parts become a small tree; statements that bind a
// name (`X = …`, `X := …`, `const X = …`) are recorded as definitions. Nothing here looks outside the window.
import { tokenize, type Dialect, type Piece, type Token } from './tokens';

export type Node =
  | { t: 'lit'; text: string; start: number; end: number; escaped?: boolean; regex?: boolean }
  /** An interpolation or a call whose value is not known: `${groupId}`, `this.projectPath()`. */
  | { t: 'hole'; text: string; start: number; end: number; name?: string; call?: boolean }
  /** A name whose value a binding may give. */
  | { t: 'ref'; name: string; start: number; end: number; call?: boolean }
  | { t: 'concat'; items: Node[]; start: number; end: number }
  | { t: 'format'; format: Node; args: Node[]; start: number; end: number }
  | { t: 'join'; separator: string; items: Node[]; start: number; end: number };

export interface Definition {
  name: string;
  /** Offset of the name, where the binding starts to apply. */
  at: number;
  value: Node;
  /** Under a one-line condition (`if (id) url += …`): the name may keep the value it held before. */
  conditional?: boolean;
}

export interface Statement {
  start: number;
  end: number;
  /** Every string expression not inside a bigger one (definitions' values included). */
  expressions: Node[];
  definition?: Definition;
  /** Comments and prose in the statement's lines. */
  prose: Token[];
}

const FORMAT_FUNCTIONS = new Set(['Sprintf', 'sprintf', 'snprintf', 'format', 'Format', 'printf', 'Printf', 'vsprintf', 'formatted']);
/** Methods that fill the template held in their receiver: `LINKS.format(g)`, Python's `Template.substitute`, URI templates' `expand` and `fill`. */
const FILL_METHODS = new Set(['format', 'formatted', 'substitute', 'safe_substitute', 'expand', 'fill', 'fillFromObject']);
/** Receivers of a format function that take the template as their first argument (`String.format(t, …)`). */
const FORMAT_NAMESPACES = new Set(['String', 'string', 'System.String', 'str', 'fmt', 'MessageFormat', 'Strings', 'Kernel']);
const JOIN_RECEIVERS = new Set(['path', 'posixpath', 'os.path', 'path.posix', 'filepath', 'File', 'Path', 'url', 'pathlib', 'urllib.parse', 'posix']);
const JOIN_FUNCTIONS = new Set(['join', 'Join', 'JoinPath', 'joinPath', 'Combine', 'joinpath', 'urljoin']);
const SEGMENT_METHODS = new Set([
  'appendingPathComponent', 'appendPathComponent', 'appendPath', 'addPathSegment', 'addPathSegments', 'addEncodedPathSegment', 'addEncodedPathSegments',
  'pathSegment', 'appendPathSegments', 'joinpath', 'path', 'resolve', 'appending', 'AppendPathSegment', 'AppendPathSegments',
  // sttp's `uri.addPath("groups", g)` and `withPath(…)`, Apache HttpClient's `setPathSegments(…)`, Android's `appendEncodedPath`.
  'addPath', 'withPath', 'setPathSegments', 'appendEncodedPath',
]);
/** Functions that join their arguments as URL or path segments (`urlJoin(api, "groups", g)` from url-join). */
const SEGMENT_JOIN_FUNCTIONS = new Set(['urlJoin', 'urljoin', 'joinURL', 'joinUrl', 'joinPath', 'joinPaths', 'pathJoin', 'join', 'combine', 'Combine']);
/** Methods that join a list held in a name with a separator (`parts.join("/")`, `segments.joinToString("/")`). */
const LIST_JOIN_METHODS = new Set(['join', 'Join', 'joinToString', 'mkString']);
/** Methods that add items to a list held in a name (`parts.append(x)`, `segments.push(x)`, `list.add(x)`). */
const LIST_APPEND_METHODS = new Set(['append', 'push', 'add', 'Add', 'extend', 'addAll', 'AddRange', 'push_back', 'concat', 'Append', 'WriteString', 'push_str']);
const APPEND_METHODS = new Set(['append', 'concat', 'Append', 'AppendString', 'push_str', 'WriteString']);
/** Methods that return (a form of) their receiver's text. */
const PASS_THROUGH_METHODS = new Set([
  'replace', 'Replace', 'replaceAll', 'ReplaceAll', 'strip', 'rstrip', 'lstrip', 'trim', 'trimEnd', 'TrimEnd', 'TrimSuffix', 'TrimRight',
  'toString', 'ToString', 'String', 'as_str', 'to_string', 'to_owned', 'into', 'freeze', 'toURI', 'build', 'encode', 'toUri',
]);
/** Calls whose value is their first argument's text, as far as a path is concerned. */
const WRAPPERS = new Set(['StringBuilder', 'URI', 'URL', 'Uri', 'create', 'String', 'str', 'quote', 'encodeURI', 'Url', 'parse', 'Parse', 'buildUrl', 'new', 'Template', 'URITemplate', 'UriTemplate', 'parseTemplate']);
/** Calls that make a list of their arguments (`listOf(a, b)`, `List.of(…)`, `Arrays.asList(…)`, `vec![…]`). */
const LIST_CONSTRUCTORS = new Set(['listOf', 'arrayOf', 'mutableListOf', 'of', 'asList', 'vec', 'array', 'Array', 'list', 'tuple', 'Seq', 'List', 'Vector']);
const KEYWORDS = new Set(['const', 'let', 'var', 'val', 'final', 'static', 'private', 'public', 'protected', 'internal', 'readonly', 'export', 'local', 'declare', 'set', 'string', 'String', 'str', 'def', 'my', 'our', 'global']);

function isOpen(token: Token | undefined, text: string): boolean {
  return token?.type === 'punct' && token.text === text;
}

function span(nodes: readonly Node[]): { start: number; end: number } {
  return { start: nodes[0].start, end: nodes[nodes.length - 1].end };
}

/** Whether a node carries text of its own (a string, a format, a join) rather than only names. */
export function hasText(node: Node): boolean {
  switch (node.t) {
    case 'lit':
      return true;
    case 'hole':
    case 'ref':
      return false;
    case 'concat':
      return node.items.some(hasText);
    case 'format':
      return true;
    case 'join':
      return true;
  }
}

const MAX_HOLE_EXPRESSION = 400;
const MAX_JUXTAPOSED_ARGUMENTS = 8;
const MAX_LISP_ITEMS = 64;
const HTTP_METHOD_NAMES = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD']);
/** Words of F#, OCaml and Haskell that end a function's juxtaposed arguments. */
const ML_KEYWORDS = new Set(['let', 'in', 'if', 'then', 'else', 'elif', 'match', 'with', 'fun', 'function', 'do', 'done', 'begin', 'end', 'of', 'and', 'or', 'not', 'mod', 'rec', 'type', 'module', 'open', 'where', 'case', 'when', 'yield', 'return', 'use', 'mutable', 'new', 'val', 'try', 'finally', 'raise', 'lazy', 'assert', 'null', 'true', 'false', 'as', 'to', 'downto', 'for', 'while']);
/** An interpolation that formats a template held in a name (`{string.Format(Template, g)}`, `{T.format(base=B)}`). */
const FORMAT_CALL = /\b(?:Sprintf|sprintf|[Ff]ormat|formatted)[ \t]*\(/;
const SHELL_COMMAND_NAME = /^\s*([A-Za-z_]\w*(?:-[A-Za-z]\w*)*)(?:\s|$)/;

function hasQuote(source: string): boolean {
  return source.includes('"') || source.includes("'") || source.includes('`');
}

/**
 * An interpolation that holds string literals (`${['groups', g].join('/')}`, `{'/'.join(parts)}`): parsed as an
 * expression of its own, with source offsets. Undefined when it holds none, or is long.
 */
function holeExpression(piece: Piece, dialect: Dialect, found?: Node[]): Node | undefined {
  const source = piece.hole as string;
  // Shell's command substitution (`"$("${CURL[@]}" "${BASE}/${ID}")"`): its value is the command's output, and the
  // words of the command are expressions of their own. In a Makefile, `$(NAME)` is a variable.
  const command = dialect.family === 'shell' && !dialect.makeVariables && piece.text.startsWith('$(') && found !== undefined;
  if (source.length > MAX_HOLE_EXPRESSION || (!command && !hasQuote(source) && !FORMAT_CALL.test(source))) {
    return undefined;
  }
  // The hole's text ends right before its closing bracket.
  const shift = piece.end - 1 - source.length;
  const tokens = tokenize(source, 0, source.length, dialect).map((token) => ({
    ...token,
    start: token.start + shift,
    end: token.end + shift,
    pieces: token.pieces?.map((inner) => ({ ...inner, start: inner.start + shift, end: inner.end + shift })),
  }));
  const parser = new Parser(tokens, dialect);
  const node = parser.parseAll(0);
  if (command) {
    // The command's name (`pe_url` in `$(pe_url "$G")`) is no expression: the output is (see stringNode).
    found.push(...parser.found.filter((node) => !(node.start === tokens[0]?.start && (node.t === 'ref' || (node.t === 'lit' && /^[\w-]*$/.test(node.text))))));
    return undefined;
  }
  return node && hasText(node) && node.start >= piece.start && node.end <= piece.end ? node : undefined;
}

function stringNode(token: Token, dialect?: Dialect, found?: Node[]): Node {
  const items: Node[] = (token.pieces ?? []).map((piece: Piece) => {
    const inner = piece.hole !== undefined && dialect ? holeExpression(piece, dialect, found) : undefined;
    if (inner) {
      return inner;
    }
    if (piece.hole !== undefined) {
      // A command's output (`x="$(curl "$BASE/$ID")"`) is not the command's text: its words were judged where they stand.
      const output = dialect?.family === 'shell' && !dialect.makeVariables && found !== undefined && piece.text.startsWith('$(');
      // A shell function's output (`"$(pe_url "$G")/$id"`) is its result: the command's first word names it. So is
      // a PowerShell function's in a subexpression (`"$(Get-AtlasPeBase -GroupId $g)/$id"`).
      const command = output || (dialect?.dashedNames === true && piece.text.startsWith('$('));
      const name = command ? SHELL_COMMAND_NAME.exec(piece.hole)?.[1] : holeName(piece.hole);
      return { t: 'hole', text: output ? '$(…)' : piece.text, start: piece.start, end: piece.end, name, call: command || piece.hole.includes('(') };
    }
    return { t: 'lit', text: piece.text, start: piece.start, end: piece.end, escaped: piece.escaped, regex: token.regex };
  });
  if (items.length === 0) {
    return { t: 'lit', text: '', start: token.start, end: token.end };
  }
  return items.length === 1 ? items[0] : { t: 'concat', items, start: token.start, end: token.end };
}

/** `groupId`, `this.base`, `self.api_url`, `projectPath()`, `$($x)`: the name a binding could give, if any. */
function holeName(expression: string): string | undefined {
  const trimmed = expression.trim();
  if (trimmed.length > 120) {
    return undefined;
  }
  const compact = trimmed.replace(/\s+/g, '');
  const match = /^\$?\(?\$?(?:(?:this|self|@|[A-Za-z_]\w*)(?:\.|->|::))*([A-Za-z_]\w*)(?:\([\w ,.$"']*\))?\)?$/.exec(compact);
  // A route map's member: `ROUTES['links']`, `paths["links"]`.
  return match ? match[1] : /^[A-Za-z_][\w.]*\[["']([A-Za-z_]\w*)["']\]$/.exec(compact)?.[1];
}

/** The literal text a string expression starts with (`"privateEndpoint"`, `` `./privateEndpoint/${id}` ``). */
function leadingText(node: Node): string | undefined {
  const first = node.t === 'concat' ? node.items[0] : node;
  return first?.t === 'lit' ? first.text : undefined;
}

/** `./privateEndpoint/…` resolved on a base is `privateEndpoint/…` there. */
function withoutDotSlash(node: Node): Node {
  const first = node.t === 'concat' ? node.items[0] : node;
  if (first?.t !== 'lit' || !first.text.startsWith('./')) {
    return node;
  }
  const trimmed: Node = { ...first, text: first.text.slice(2), start: first.start + 2 };
  return node.t === 'concat' ? { ...node, items: [trimmed, ...node.items.slice(1)] } : trimmed;
}

/** Lookups with a default: an environment variable's, a setting's, a map's (`getenv("X", default)`). */
const DEFAULT_GETTERS = new Set(['get', 'getenv', 'Getenv', 'getEnv', 'getOrDefault', 'GetValueOrDefault', 'fetch', 'getProperty', 'getOrElse', 'get_or', 'setdefault', 'env', 'envOr']);

/** A lookup's key: a name, or a literal without a `/` (`"LINKS_URL"`, `'atlas.links'`). */
function isKey(node: Node): boolean {
  return node.t === 'ref' || (node.t === 'lit' && node.text !== '' && !node.text.includes('/'));
}

/** Text that may be a path: a literal with a `/`, or any expression with text in it. */
function isPathText(node: Node): boolean {
  return node.t === 'lit' ? node.text.includes('/') : hasText(node);
}

/** After the path word, the arguments that still read as segments: literals, and names of ids or providers. */
const SEGMENT_ARGUMENT_NAME = /id$|provider|cloud|link|vpce|endpoint|interface/i;

/**
 * Arguments that spell `"groups", g, "privateEndpoint"[, id, …]` one segment each, as [from, to), or undefined. After
 * the path word, a name counts only when it names an id or a provider (`body` or `options` is not a segment).
 */
function segmentRun(args: readonly Node[]): [number, number] | undefined {
  const from = args.findIndex((arg) => arg.t === 'lit' && (arg.text === 'groups' || arg.text === '/groups'));
  const word = args[from + 2];
  if (from < 0 || word?.t !== 'lit' || word.text !== 'privateEndpoint') {
    return undefined;
  }
  let to = from + 3;
  for (; to < args.length; to++) {
    const arg = args[to];
    const next = args[to + 1];
    // Any value right before `endpointService` is a provider (`toupper(provider)`, `cloud.value`).
    const beforeService = next?.t === 'lit' && next.text === 'endpointService';
    const segment = arg.t === 'lit' ? /^[\w.-]+$/.test(arg.text) : ((arg.t === 'ref' || arg.t === 'hole') && arg.name !== undefined && SEGMENT_ARGUMENT_NAME.test(arg.name)) || beforeService;
    if (!segment) {
      break;
    }
  }
  return [from, to];
}

class Parser {
  private i = 0;
  /** String expressions found inside calls' arguments, outermost first. */
  readonly found: Node[] = [];
  /** Joins made by Rust's `path_segments_mut()`. */
  private readonly segmentLists = new WeakSet<Node>();

  constructor(
    private readonly tokens: readonly Token[],
    private readonly dialect: Dialect,
  ) {}

  /** End of the last token read (arguments may run to the statement's end without closing). */
  private lastEnd(): number {
    return this.tokens[Math.min(this.i, this.tokens.length) - 1]?.end ?? 0;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  /** The arguments of the call whose opening bracket is token `open`. */
  argumentsAt(open: number): Node[] {
    this.i = open;
    return this.arguments();
  }

  /** The token after the last call read. */
  get position(): number {
    return this.i;
  }

  /** Parses the statement's tokens; returns the expression that starts at `from` (a definition's value). */
  parseAll(from: number): Node | undefined {
    this.i = from;
    let first: Node | undefined;
    while (this.i < this.tokens.length) {
      const before = this.i;
      const node = this.expression();
      if (node) {
        if (before === from && first === undefined) {
          first = node;
        }
        if (hasText(node) || node.t === 'ref' || node.t === 'hole') {
          this.found.push(node);
        }
      }
      if (this.i === before) {
        this.i++;
      }
    }
    return first;
  }

  private expression(): Node | undefined {
    let left = this.postfix(this.primary());
    if (!left) {
      return undefined;
    }
    for (;;) {
      const token = this.peek();
      const next = this.peek(1);
      if (!token || token.type !== 'punct' || !next) {
        break;
      }
      // Elixir's `<>` comes as `<` and `>`.
      const diamond = token.text === '<' && isOpen(next, '>') && next.start === token.end && this.dialect.concatOperators?.includes('<>') === true;
      const op = diamond ? '<>' : token.text;
      const ownConcat = this.dialect.concatOperators?.includes(op) === true && (hasText(left) || (diamond ? this.peek(2)?.type === 'str' : next.type === 'str'));
      // A fallback (`process.env.LINKS ?? API + "/privateEndpoint"`, `a || b`, Kotlin's `?:`): where what is looked up
      // first holds no text, the fallback's text is the value the code was written for.
      const elvis = op === '?' && isOpen(next, ':') && next.start === token.end;
      if ((op === '??' || (op === '||' && this.dialect.family !== 'shell') || elvis) && !hasText(left) && !ownConcat) {
        this.i += elvis ? 2 : 1;
        // The fallback binds more loosely than `+`: the rest of the expression is the fallback.
        const right = this.expression();
        if (right && hasText(right)) {
          left = right;
        }
        break;
      }
      const dotConcat = op === '.' && (this.dialect.dotConcat || (hasText(left) && (next.type === 'str' || next.dollar === true)));
      if (op === '+' || op === '..' || op === '&' || dotConcat || op === '.=' || ownConcat) {
        this.i += diamond ? 2 : 1;
        const right = this.postfix(this.primary());
        if (!right) {
          break;
        }
        left = concat(left, right);
        continue;
      }
      // Path objects whose `/` joins segments: Python's `URL(API) / "groups" / g`, http4s's `project / "privateEndpoint"`,
      // Nim's `parseUri(base) / "groups" / g`. A division by text (or of it) is nothing else.
      // Haskell's req: `https "cloud.mongodb.com" /: "api" /: g`.
      const reqSegment = op === '/' && isOpen(next, ':') && next.start === token.end && this.dialect.juxtaposedCalls === true;
      if (op === '/' && this.dialect.family !== 'shell' && (hasText(left) || next.type === 'str' || reqSegment)) {
        this.i += reqSegment ? 2 : 1;
        const right = this.postfix(this.primary());
        if (!right) {
          break;
        }
        const items: Node[] = left.t === 'join' && left.separator === '/' ? [...left.items, right] : [left, right];
        left = { t: 'join', separator: '/', items, start: left.start, end: right.end };
        continue;
      }
      // `TEMPLATE % (BASE, g)`, `TEMPLATE % { api: API }`: a template held in a name, formatted.
      if (op === '%' && (hasText(left) || (left.t === 'ref' && (isOpen(next, '(') || isOpen(next, '{') || next.type === 'str')))) {
        this.i++;
        const args = isOpen(this.peek(), '(') || isOpen(this.peek(), '{') ? this.arguments() : [this.postfix(this.primary())].filter((node): node is Node => node !== undefined);
        left = { t: 'format', format: left, args, start: left.start, end: this.lastEnd() };
        continue;
      }
      break;
    }
    // Python and C: adjacent string literals are one string (Ruby and Python also across a `\` line continuation). In C, a
    // macro's name stands for its literal: `ATLAS_API "/groups/%s/privateEndpoint"`.
    const continuation = () => isOpen(this.peek(), '\\') && this.peek(1)?.type === 'str';
    const macro = left?.t === 'ref' && this.plainC() && MACRO_NAME.test(left.name);
    while ((this.peek()?.type === 'str' || continuation()) && left && (hasText(left) || macro) && this.dialect.family !== 'shell') {
      if (continuation()) {
        this.i++;
      }
      if (this.peek()?.unterminated || this.tokens[this.i - 1]?.unterminated) {
        break;
      }
      const right = this.postfix(this.primary());
      if (!right) {
        break;
      }
      left = concat(left, right);
    }
    return left;
  }

  /** `(a, b, c)`, `[a, b]` or `{a, b}` after the opening bracket at `this.i`: the argument expressions. */
  private arguments(): Node[] {
    const open = this.peek() as Token;
    const close = open.text === '(' ? ')' : open.text === '[' ? ']' : '}';
    this.i++;
    const args: Node[] = [];
    while (this.i < this.tokens.length && !isOpen(this.peek(), close)) {
      const before = this.i;
      // Keyword arguments (`safe=""`, `auth=AUTH`) and named labels (`path: x`) are not positional.
      const keyword = this.peek()?.type === 'ident' && (isOpen(this.peek(1), '=') || (isOpen(this.peek(1), ':') && this.dialect.family !== 'python'));
      if (keyword) {
        this.i += 2;
      }
      const node = this.expression();
      // Only comma-separated expressions are arguments; words in a row (a shell command) stand alone.
      const separated = isOpen(this.peek(), ',') || isOpen(this.peek(), close);
      if (node && !keyword && separated) {
        args.push(node);
      } else if (node && (hasText(node) || node.t === 'ref' || (node.t === 'hole' && this.dialect.family === 'shell'))) {
        this.found.push(node);
      }
      if (isOpen(this.peek(), ',')) {
        this.i++;
      } else if (this.i === before) {
        this.i++;
      }
    }
    this.i++;
    return args;
  }

  private primary(): Node | undefined {
    const token = this.peek();
    if (!token) {
      return undefined;
    }
    if (token.type === 'str') {
      this.i++;
      return stringNode(token, this.dialect, this.found);
    }
    if (this.dialect.lispCalls && token.type === 'punct' && (token.text === '(' || token.text === '[')) {
      return this.lispForm();
    }
    // (`$(` comes as a two-character `(`: a command substitution, no array.)
    if (this.dialect.family === 'shell' && isOpen(token, '(') && token.end - token.start === 1 && isOpen(this.tokens[this.i - 1], '=') && this.tokens[this.i - 1].end === token.start) {
      // A shell array, `parts=("$API" groups "$G" privateEndpoint)`: its words are its items.
      return this.lispForm();
    }
    if (token.type === 'punct' && (token.text === '(' || token.text === '[')) {
      const args = this.arguments();
      if (token.text === '[' && args.length === 0 && this.peek()?.type === 'ident' && isOpen(this.peek(1), '{')) {
        // Go's `[]string{…}`: the element type, then the list.
        this.i++;
        return this.primary();
      }
      if (token.text === '(' && args.length === 1) {
        return args[0];
      }
      // An array literal: kept as a join with no separator yet (`.join("/")` gives it one).
      return args.length > 0 ? { t: 'join', separator: '', items: args, ...span(args) } : undefined;
    }
    // Allman style puts the brace on a line of its own (`new[]⏎{ … }`).
    let back = this.i - 1;
    while (this.tokens[back]?.type === 'newline') {
      back--;
    }
    const before = this.tokens[back];
    if (token.type === 'punct' && token.text === '{' && (before?.type === 'ident' || before?.text === ']' || before?.text === '(' || before?.text === ',' || before?.text === '=')) {
      // Go's composite literal `[]string{a, b}`, Lua's table `{a, b}`, C#'s `new[] { a, b }`.
      const args = this.arguments();
      return args.length > 0 ? { t: 'join', separator: '', items: args, ...span(args) } : undefined;
    }
    if (token.type !== 'ident') {
      return undefined;
    }
    const next = this.peek(1);
    if (next?.type === 'str' && next.start === token.end && token.text.length <= 3 && !token.dollar) {
      // A string's prefix: Scala's `s"…"`, `f"…"`, `raw"…"`; Rust's `r"…"`; C++'s `L"…"`.
      this.i += 2;
      return stringNode(next, this.dialect);
    }
    return this.nameOrCall();
  }

  /** `a.b.c`, `a.b(…)`, `new X(…)`, `format!(…)`, `[]string{…}`. */
  private nameOrCall(): Node | undefined {
    const start = this.peek() as Token;
    if (start.text === 'new' && this.peek(1)?.type === 'ident') {
      this.i++;
      return this.nameOrCall();
    }
    const names: string[] = [];
    let last = start;
    while (this.peek()?.type === 'ident') {
      last = this.peek() as Token;
      names.push(last.text);
      this.i++;
      const separator = this.peek();
      if (separator?.type === 'punct' && (separator.text === '.' || separator.text === '->' || separator.text === '::' || separator.text === '?.') && this.peek(1)?.type === 'ident' && !(this.dialect.dotConcat && separator.text === '.')) {
        this.i++;
        continue;
      }
      break;
    }
    if (isOpen(this.peek(), '!') && isOpen(this.peek(1), '(')) {
      this.i++;
    }
    this.i = typeArgumentsEnd(this.tokens, this.i);
    const name = names[names.length - 1];
    const receiver = names.slice(0, -1).join('.');
    if (isOpen(this.peek(), '[') && this.peek(1)?.type === 'str' && isOpen(this.peek(2), ']') && /^[A-Za-z_]\w*$/.test(this.peek(1)?.pieces?.[0]?.text ?? '') && !this.peek(1)?.pieces?.[0]?.hole) {
      // A route map's member: `ROUTES["links"]` is read as the member `links`.
      const key = this.peek(1) as Token;
      this.i += 3;
      return { t: 'ref', name: key.pieces?.[0]?.text as string, start: start.start, end: this.lastEnd() };
    }
    if (this.dialect.lispCalls) {
      // A name followed by a list is a name and a list: only `(name …)` calls (see lispForm).
      return { t: 'ref', name, start: start.start, end: last.end };
    }
    const juxtaposed = isOpen(this.peek(), '(') ? undefined : this.juxtaposedArguments(names.join('.'));
    if (!isOpen(this.peek(), '(') && !juxtaposed) {
      if (names[0] === 'this' || names[0] === 'self') {
        names.shift();
      }
      return { t: 'ref', name, start: start.start, end: last.end };
    }
    const args = juxtaposed ?? this.arguments();
    const end = this.lastEnd();
    if (FILL_METHODS.has(name) && names.length >= 2 && !FORMAT_NAMESPACES.has(receiver)) {
      // `LINKS.format(g)` (Python, Kotlin): the receiver's value is the template.
      const held = names[names.length - 2];
      return { t: 'format', format: { t: 'ref', name: held, start: start.start, end: start.start + receiver.length }, args, start: start.start, end };
    }
    if (FORMAT_FUNCTIONS.has(name) && args.length > 0 && (receiver !== '' || name !== 'format' || hasText(args[0]) || args[0].t === 'ref')) {
      // C's `snprintf(buf, size, FMT, …)` and `sprintf(buf, FMT, …)` write into a buffer first.
      const skip = receiver !== '' || !this.plainC() ? 0 : name === 'snprintf' ? 2 : name === 'sprintf' && args.length > 1 && args[0].t === 'ref' ? 1 : 0;
      return { t: 'format', format: args[skip] ?? args[0], args: args.slice(skip + 1), start: start.start, end };
    }
    if (JOIN_FUNCTIONS.has(name) && args.length > 0) {
      if (name === 'Join' && receiver === 'strings' && args.length === 2 && (args[0].t === 'join' || args[0].t === 'ref') && args[1].t === 'lit') {
        return { t: 'join', separator: args[1].text, items: args[0].t === 'join' ? args[0].items : [args[0]], start: start.start, end };
      }
      if ((name === 'join' || name === 'Join') && (receiver === 'String' || receiver === 'string') && args[0].t === 'lit') {
        const items = args.length === 2 && args[1].t === 'join' ? args[1].items : args.slice(1);
        return { t: 'join', separator: args[0].text, items, start: start.start, end };
      }
      if (JOIN_RECEIVERS.has(receiver) || name === 'JoinPath' || name === 'Combine' || name === 'urljoin' || receiver === 'URI' || receiver.endsWith('.path')) {
        const items = args.length === 1 && args[0].t === 'join' ? args[0].items : args;
        return { t: 'join', separator: '/', items, start: start.start, end };
      }
    }
    if (LIST_JOIN_METHODS.has(name) && receiver !== '' && args.length === 1 && args[0].t === 'lit' && names.length >= 2) {
      // `parts.join("/")`, `this.segments.joinToString("/")`: the list held in the receiver's name.
      const held = names[names.length - 2];
      const ref: Node = { t: 'ref', name: held, start: start.start, end: start.start + receiver.length };
      return { t: 'join', separator: args[0].text, items: [ref], start: start.start, end };
    }
    if ((name === 'implode' || (name === 'join' && receiver === '')) && args.length >= 2 && args[0].t === 'lit') {
      // PHP's implode("/", [...]) and implode("/", $parts); Perl's join('/', $api, 'groups', …).
      const items = args.length === 2 && args[1].t === 'join' ? args[1].items : args.slice(1);
      return { t: 'join', separator: args[0].text, items, start: start.start, end };
    }
    if (name === 'concat' && receiver === 'table' && args.length === 2 && args[1].t === 'lit') {
      // Lua's table.concat({…}, "/").
      return { t: 'join', separator: args[1].text, items: args[0].t === 'join' ? args[0].items : [args[0]], start: start.start, end };
    }
    if (name === 'path_segments_mut' && receiver !== '' && args.length === 0) {
      // Rust's `url.path_segments_mut().unwrap().push("groups").push(g)`: segments pushed after the receiver's path.
      const segments: Node = { t: 'join', separator: '/', items: [{ t: 'ref', name: names[names.length - 2], start: start.start, end: start.start + receiver.length }], start: start.start, end };
      this.segmentLists.add(segments);
      return segments;
    }
    if (receiver !== '' && SEGMENT_METHODS.has(name) && args.length > 0) {
      // `target.path("groups")`, `builder.addPathSegment("groups")`, `path.resolve(a, b)`: segments after the receiver.
      const held: Node = { t: 'ref', name: names[names.length - 2], start: start.start, end: start.start + receiver.length };
      return { t: 'join', separator: '/', items: JOIN_RECEIVERS.has(receiver) ? args : [held, ...args], start: start.start, end };
    }
    if ((name === 'join' || name === 'Join') && args.length === 2 && args[0].t === 'join' && args[0].separator === '' && args[1].t === 'lit' && args[1].text.length <= 2) {
      // A list joined with a separator: Julia's `join([…], "/")`, Erlang's `string:join([…], "/")`, Go's `strings.Join([]string{…}, "/")`.
      return { t: 'join', separator: args[1].text, items: args[0].items, start: start.start, end };
    }
    if (receiver === '' && SEGMENT_JOIN_FUNCTIONS.has(name) && args.length >= 2 && !(args[0].t === 'lit' && args[0].text.length <= 2)) {
      // `urlJoin(API, "groups", g)`, `join(API, "groups", g)` (imported from path): segments.
      return { t: 'join', separator: '/', items: args, start: start.start, end };
    }
    if (receiver === '' && SEGMENT_METHODS.has(name) && name !== 'resolve' && args.length > 0) {
      // A builder's segments in its own scope: ktor's `url { appendPathSegments("groups", g, "privateEndpoint") }`.
      return { t: 'join', separator: '/', items: args, start: start.start, end };
    }
    if (name === 'append' && args.length > 1 && args[0].t === 'join' && args[0].separator === '') {
      // Go's append([]string{…}, more…): one list.
      return { t: 'join', separator: '', items: [...args[0].items, ...args.slice(1)], start: start.start, end };
    }
    if ((name === 'append' || name === 'array_merge') && args.length > 1 && args[0].t === 'ref') {
      // Go's append(parts, more…), PHP's array_merge($parts, […]): the list held in the name, then more.
      return { t: 'join', separator: '', items: [args[0], ...args.slice(1).flatMap((arg) => (arg.t === 'join' && arg.separator === '' ? arg.items : [arg]))], start: start.start, end };
    }
    if (name === 'get' && (receiver === 'Paths' || receiver === 'Path') && args.length > 0) {
      // Java's Paths.get("groups", g, "privateEndpoint"): segments.
      return { t: 'join', separator: '/', items: args, start: start.start, end };
    }
    if ((name === 'URL' || name === 'Uri' || name === 'URI') && args.length === 2) {
      // new URL("privateEndpoint", base) and new Uri(base, "privateEndpoint"): a relative path resolved on a base.
      // A template (`` `./privateEndpoint/${id}` ``) only with `./`: without it, the template alone is judged where it stands.
      const relative = args.findIndex((arg) => { const lead = leadingText(arg); return lead !== undefined && (arg.t === 'lit' ? /^(?:\.\/)?[A-Za-z]/ : /^\.\/[A-Za-z]/).test(lead) && !lead.includes(':'); });
      if (relative >= 0) {
        return { t: 'join', separator: '/', items: [args[1 - relative], withoutDotSlash(args[relative])], start: start.start, end };
      }
      if (name === 'Uri' && (hasText(args[1]) || args[1].t === 'format')) {
        // .NET's new Uri(baseUri, string.Format(Template, …)): the relative part second.
        return { t: 'join', separator: '/', items: [args[0], args[1]], start: start.start, end };
      }
    }
    if (receiver === '' && (name === 'paste' || name === 'paste0') && args.length > 0) {
      // R: paste0("groups/", g) concatenates; paste(a, "groups", g, sep = "/") and paste(c(…), collapse = "/") join.
      const items = args.flatMap((arg) => (arg.t === 'join' && arg.separator === '' ? arg.items : [arg]));
      return name === 'paste0' ? { t: 'concat', items, start: start.start, end } : { t: 'join', separator: '', items, start: start.start, end };
    }
    if ((LIST_CONSTRUCTORS.has(name) || (name === 'c' && receiver === '' && this.dialect.family === 'python')) && args.length > 0) {
      return { t: 'join', separator: '', items: args, start: start.start, end };
    }
    if (WRAPPERS.has(name) && args.length > 0 && (hasText(args[0]) || args[0].t === 'ref')) {
      return args[0];
    }
    if (DEFAULT_GETTERS.has(name) && args.length === 2 && isKey(args[0]) && isPathText(args[1])) {
      // `os.environ.get("LINKS", default)`, `ENV.fetch("LINKS", default)`, `getOrDefault(key, default)`: the default is
      // the value the code was written for.
      return args[1];
    }
    const run = segmentRun(args);
    if (run) {
      // A helper that joins its arguments: `api("groups", g, "privateEndpoint")`, `_request("GET", "groups", g, …)`.
      const items = args.slice(run[0], run[1]);
      this.found.push({ t: 'join', separator: '/', items, start: items[0].start, end: items[items.length - 1].end });
    }
    args.forEach((arg, k) => (!run || k < run[0] || k >= run[1]) && (hasText(arg) || arg.t === 'ref') && this.found.push(arg));
    return { t: 'hole', text: `{${name}()}`, name, call: true, start: start.start, end };
  }

  /**
   * F#, OCaml and Haskell apply a function to the words after it: `linksUrl group`, `sprintf "%s/%s" (linksUrl g) id`.
   * The arguments are strings, names (not applied to what follows them) and parenthesised expressions, up to the
   * first operator, keyword or line break. Undefined when no argument follows (or the language has no such calls).
   */
  private juxtaposedArguments(name: string): Node[] | undefined {
    // PowerShell's commands: `Get-AtlasPeBase -GroupId $g`, named Verb-Noun.
    const command = this.dialect.dashedNames === true && name.includes('-');
    if (!this.dialect.juxtaposedCalls && !command) {
      return undefined;
    }
    const args: Node[] = [];
    while (args.length < MAX_JUXTAPOSED_ARGUMENTS) {
      const token = this.peek();
      if (command && isOpen(token, '-') && this.peek(1)?.type === 'ident' && this.peek(1)?.start === token?.end) {
        // A parameter's name.
        this.i += 2;
      } else if (token?.type === 'str' || isOpen(token, '(')) {
        const node = this.primary();
        if (node) {
          args.push(node);
        }
      } else if (token?.type === 'ident' && !ML_KEYWORDS.has(token.text)) {
        let end = this.i + 1;
        while (isOpen(this.tokens[end], '.') && this.tokens[end + 1]?.type === 'ident') {
          end += 2;
        }
        const last = this.tokens[end - 1];
        args.push({ t: 'ref', name: last.text, start: token.start, end: last.end });
        this.i = end;
      } else if (token?.type === 'num') {
        this.i++;
      } else {
        break;
      }
    }
    return args.length > 0 ? args : undefined;
  }

  /**
   * Clojure's `(name arg …)` and `[a b …]`: `str` concatenates, `format` fills its template, `str/join` joins; any
   * other name is a call, whose result a binding may give. A vector is a list of its items, and so is a shell array.
   */
  private lispForm(): Node | undefined {
    const open = this.peek() as Token;
    const close = open.text === '(' ? ')' : ']';
    this.i++;
    let name: string | undefined;
    if (open.text === '(' && this.peek()?.type === 'ident' && this.dialect.lispCalls) {
      name = (this.peek() as Token).text;
      this.i++;
      // A namespace: `str/join`, `clojure.string/join`, `http/get`.
      while (isOpen(this.peek(), '/') && this.peek(1)?.type === 'ident' && this.peek(1)?.start === this.peek()?.end) {
        name = (this.peek(1) as Token).text;
        this.i += 2;
      }
    }
    const args: Node[] = [];
    while (this.i < this.tokens.length && !isOpen(this.peek(), close) && args.length < MAX_LISP_ITEMS) {
      const before = this.i;
      const node = this.expression();
      if (node) {
        args.push(node);
      }
      if (this.i === before) {
        this.i++;
      }
    }
    this.i++;
    const end = this.lastEnd();
    if (name === undefined) {
      // A shell array's bare words are text: `groups`, `privateEndpoint`.
      const items = this.dialect.lispCalls ? args : args.map((arg): Node => (arg.t === 'ref' ? { t: 'lit', text: arg.name, start: arg.start, end: arg.end } : arg));
      return items.length > 0 ? { t: 'join', separator: '', items, start: open.start, end } : undefined;
    }
    if (name === 'str' && args.length > 0) {
      return { t: 'concat', items: args, start: open.start, end };
    }
    if (name === 'format' && args.length > 0) {
      return { t: 'format', format: args[0], args: args.slice(1), start: open.start, end };
    }
    if (name === 'join' && args.length === 2 && args[0].t === 'lit' && args[1].t === 'join') {
      return { t: 'join', separator: args[0].text, items: args[1].items, start: open.start, end };
    }
    args.forEach((arg) => (hasText(arg) || arg.t === 'ref' || arg.t === 'hole') && this.found.push(arg));
    return { t: 'hole', text: `{${name}()}`, name, call: true, start: open.start, end };
  }

  /** C, C++ and Objective-C (and other languages without string interpolation or `$` names). */
  private plainC(): boolean {
    const { dialect } = this;
    return dialect.family === 'c' && !dialect.dollarBrace && !dialect.hashBrace && !dialect.backslashParen && !dialect.dollarIdentifiers;
  }

  /** A join made by `path_segments_mut()`, which `push` and `extend` add to. */
  private segmentsMut(node: Node): boolean {
    return this.segmentLists.has(node);
  }

  /** Method chains on a string: `.format(…)`, `.join(…)`, `.append(…)`, `.appendingPathComponent(…)`, `.replace(…)`. */
  private postfix(node: Node | undefined): Node | undefined {
    let current = node;
    while (current) {
      const dot = this.peek();
      const method = this.peek(1);
      const methodDot = dot?.text === '.' || dot?.text === '?.' || (dot?.text === ':' && this.dialect.colonMethods === true);
      if (!dot || dot.type !== 'punct' || !methodDot || method?.type !== 'ident' || method.dollar || (this.dialect.dotConcat && dot.text === '.')) {
        break;
      }
      const name = method.text;
      this.i += 2;
      const args = isOpen(this.peek(), '(') ? this.arguments() : [];
      const end = this.lastEnd();
      if (FILL_METHODS.has(name)) {
        current = { t: 'format', format: current, args, start: current.start, end };
      } else if ((name === 'join' || name === 'Join') && current.t === 'lit' && args.length === 1) {
        const items = args[0].t === 'join' ? args[0].items : args;
        current = { t: 'join', separator: current.text, items, start: current.start, end };
      } else if (LIST_JOIN_METHODS.has(name) && current.t === 'join' && current.separator === '' && args.length >= 1 && args[0].t === 'lit') {
        current = { ...current, separator: args[0].text, end };
      } else if ((name === 'join' || name === 'Join') && current.t !== 'lit' && !(current.t === 'join' && current.separator === '') && args.length === 1 && !(args[0].t === 'lit' && args[0].text.length <= 2) && current.t !== 'ref') {
        // `PathBuf::from(base).join("groups").join(g)`: a path joined with one more segment.
        current = { t: 'join', separator: '/', items: current.t === 'join' && current.separator === '/' ? [...current.items, args[0]] : [current, args[0]], start: current.start, end };
      } else if (LIST_JOIN_METHODS.has(name) && current.t === 'ref' && args.length === 1 && args[0].t === 'lit') {
        current = { t: 'join', separator: args[0].text, items: [current], start: current.start, end };
      } else if (current.t === 'join' && current.separator === '/' && (name === 'unwrap' || name === 'expect') && this.segmentsMut(current)) {
        // keeps the segments of `path_segments_mut()`
      } else if (current.t === 'join' && current.separator === '/' && (name === 'push' || name === 'extend') && args.length === 1 && this.segmentsMut(current)) {
        const items = name === 'extend' && args[0].t === 'join' && args[0].separator === '' ? args[0].items : args;
        current = { t: 'join', separator: '/', items: [...current.items, ...items], start: current.start, end };
        this.segmentLists.add(current);
      } else if (SEGMENT_METHODS.has(name) && args.length > 0) {
        current = { t: 'join', separator: '/', items: [current, ...args], start: current.start, end };
      } else if (APPEND_METHODS.has(name) && args.length > 0) {
        current = concat(current, args[0]);
        current.end = end;
      } else if (PASS_THROUGH_METHODS.has(name) && (hasText(current) || current.t === 'ref')) {
        // keeps `current`
      } else if (DEFAULT_GETTERS.has(name) && args.length === 2 && isKey(args[0]) && isPathText(args[1]) && !hasText(current)) {
        // `System.getenv().getOrDefault("LINKS", default)`, `config.get("atlas", {}).get("links", default)`.
        current = args[1];
      } else {
        // Any other method makes something that is not this string (`.length`, `requests.get(…).json()`).
        if (hasText(current)) {
          this.found.push(current);
        }
        args.forEach((arg) => hasText(arg) && this.found.push(arg));
        current = { t: 'hole', text: `{${name}()}`, name, call: true, start: current.start, end };
      }
    }
    return current;
  }
}

function concat(left: Node, right: Node): Node {
  const items = [...(left.t === 'concat' ? left.items : [left]), ...(right.t === 'concat' ? right.items : [right])];
  return { t: 'concat', items, start: left.start, end: right.end };
}

const MACRO_NAME = /^[A-Z][A-Z0-9_]*$/;
const CONTINUES_AFTER = new Set(['+', '.', ',', '(', '[', '=', ':=', '+=', '||', '&&', '..', '&', '%', '->', '\\', '|', '.=', '/']);
const GROUP_KEYWORDS = new Set(['const', 'var', 'let', 'import', 'type']);
const LITERAL_OPENS_AFTER = new Set([':=', '(', ',', ']']);
const CONTINUES_BEFORE = new Set(['.', '+', ')', ']', '?.', '..', '&&', '||', '|', '}']);

/** `name = (a, b) => value` and `name = a => value`: the value is the arrow function's body. */
function arrowBodyFrom(tokens: readonly Token[], from: number): number {
  let k = from;
  if (tokens[k]?.type === 'ident' && isOpen(tokens[k + 1], '=>')) {
    return k + 2;
  }
  if (!isOpen(tokens[k], '(')) {
    return from;
  }
  let depth = 0;
  for (; k < tokens.length && k < from + 40; k++) {
    if (isOpen(tokens[k], '(')) {
      depth++;
    } else if (isOpen(tokens[k], ')') && --depth === 0) {
      break;
    }
  }
  // `(g: string): string => …`
  let arrow = k + 1;
  if (isOpen(tokens[arrow], ':')) {
    arrow += 2;
  }
  return isOpen(tokens[arrow], '=>') ? arrow + 1 : from;
}

/** The definition at the start of a statement: `X = …`, `const X: T = …`, `$x = …`, `x := …`, `x += …`. */
function definitionIn(tokens: readonly Token[], juxtaposedCalls = false): { name: string; at: number; valueFrom: number; append: boolean } | undefined {
  let depth = 0;
  for (let k = 0; k < tokens.length && k < 12; k++) {
    const token = tokens[k];
    if (token.type === 'punct') {
      if (token.text === '(' || token.text === '[' || token.text === '{') {
        depth++;
      } else if (token.text === ')' || token.text === ']' || token.text === '}') {
        depth--;
      } else if (depth === 0 && (token.text === '=' || token.text === ':=' || token.text === '+=' || token.text === '.=')) {
        const left = tokens.slice(0, k);
        if (left.some((t) => t.type === 'punct' && (t.text === '(' || t.text === ')'))) {
          return undefined;
        }
        if (left.length === 0 || left[left.length - 1].type !== 'ident') {
          // `a[i] = …`, `f() = …`; a type annotation ends in an identifier too.
          const colon = left.findIndex((t) => t.type === 'punct' && t.text === ':');
          if (colon <= 0) {
            return undefined;
          }
        }
        // F#'s and OCaml's `let name args = …` defines a function: its name follows `let`.
        if (left[0]?.text === 'let' && left.length >= 3 && left.every((t) => t.type === 'ident')) {
          return { name: left[1].text, at: left[1].start, valueFrom: k + 1, append: false };
        }
        // Haskell's `linksUrl g = …` (and a `where` clause's): the first word is the function's name.
        const head = left[0]?.text === 'where' ? left.slice(1) : left;
        if (juxtaposedCalls && head.length >= 2 && head.every((t) => t.type === 'ident' && !ML_KEYWORDS.has(t.text))) {
          return { name: head[0].text, at: head[0].start, valueFrom: k + 1, append: false };
        }
        const comma = left.findIndex((t) => t.type === 'punct' && t.text === ',');
        const colon = left.findIndex((t) => t.type === 'punct' && t.text === ':');
        let nameToken: Token | undefined;
        if (comma >= 0) {
          nameToken = left.slice(0, comma).filter((t) => t.type === 'ident' && !KEYWORDS.has(t.text)).pop();
        } else if (colon > 0) {
          nameToken = left[colon - 1].type === 'ident' ? left[colon - 1] : undefined;
        } else {
          nameToken = left[left.length - 1];
        }
        if (!nameToken || nameToken.type !== 'ident' || KEYWORDS.has(nameToken.text) || left.some((t) => t.type === 'str')) {
          return undefined;
        }
        return { name: nameToken.text, at: nameToken.start, valueFrom: arrowBodyFrom(tokens, k + 1), append: token.text === '+=' || token.text === '.=' };
      }
    } else if (token.type === 'ident' && (token.text === 'if' || token.text === 'while' || token.text === 'for' || token.text === 'return')) {
      return undefined;
    }
  }
  return undefined;
}

/** A statement's tokens before they are parsed, with the span the parsed statement will have. */
export interface StatementTokens {
  start: number;
  end: number;
  tokens: Token[];
  prose: Token[];
}

/** Splits a window's tokens into statements and parses each. */
export function statements(tokens: readonly Token[], dialect: Dialect): Statement[] {
  return statementTokens(tokens).map((group) => parseStatement(group, dialect));
}

/**
 * Splits a window's tokens into statements: at `;`, at block braces, and at line ends that do not continue. Nothing is
 * parsed yet: a window holds many statements and a lookup needs one.
 */
export function statementTokens(tokens: readonly Token[]): StatementTokens[] {
  const result: StatementTokens[] = [];
  let current: Token[] = [];
  let prose: Token[] = [];
  let depth = 0;
  const flush = () => {
    if (current.length > 0 || prose.length > 0) {
      const start = Math.min(current[0]?.start ?? Infinity, prose[0]?.start ?? Infinity);
      const end = Math.max(current[current.length - 1]?.end ?? 0, prose[prose.length - 1]?.end ?? 0);
      result.push({ start, end, tokens: current, prose });
    }
    current = [];
    prose = [];
    depth = 0;
  };
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.type === 'comment') {
      prose.push(token);
      continue;
    }
    if (token.type === 'newline') {
      if (depth > 0) {
        continue;
      }
      const previous = current[current.length - 1];
      let next: Token | undefined;
      for (let j = k + 1; j < tokens.length; j++) {
        if (tokens[j].type !== 'newline' && tokens[j].type !== 'comment') {
          next = tokens[j];
          break;
        }
      }
      const continues =
        (previous?.type === 'punct' && CONTINUES_AFTER.has(previous.text)) || (next?.type === 'punct' && CONTINUES_BEFORE.has(next.text) && next.text !== '}');
      if (!continues) {
        flush();
      }
      continue;
    }
    if (token.type === 'punct') {
      if (token.text === ';' && depth <= 0) {
        flush();
        continue;
      }
      if (token.text === '{' || token.text === '(') {
        // A block: `{` at a line end, or Go's `const (` / `var (` groups.
        const next = tokens[k + 1];
        const atLineEnd = !next || next.type === 'newline' || next.type === 'comment';
        const previous = current[current.length - 1];
        // A literal that opens a list (`parts := []string{`, `= {`, `new[] {`) is not a block.
        const literal = token.text === '{' && previous !== undefined && (LITERAL_OPENS_AFTER.has(previous.text) || (previous.type === 'ident' && current[current.length - 2]?.text === ']'));
        if (atLineEnd && !literal && (token.text === '{' || (previous?.type === 'ident' && GROUP_KEYWORDS.has(previous.text)))) {
          flush();
          continue;
        }
      }
      if (token.text === '(' || token.text === '[' || token.text === '{') {
        depth++;
      } else if (token.text === ')' || token.text === ']' || token.text === '}') {
        if (depth === 0) {
          flush();
          continue;
        }
        depth--;
      }
    }
    current.push(token);
  }
  flush();
  return result;
}

interface ListAppend {
  name: string;
  at: number;
  items: Node[];
}

/**
 * A statement that adds items to a list held in a name: `parts.append(x)`, `segments.push(a, b)`, `list.add(x)`,
 * `parts.extend([…])`, `parts << x`, `$parts[] = x`, `array_push($parts, x)`. It is read as a new definition of the
 * name: the list it held, then the items.
 */
function listAppendIn(tokens: readonly Token[], dialect: Dialect): ListAppend | undefined {
  let k = 0;
  if ((tokens[0]?.text === 'this' || tokens[0]?.text === 'self') && isOpen(tokens[1], '.')) {
    k = 2;
  } else if (isOpen(tokens[0], '@')) {
    k = 1;
  }
  const name = tokens[k];
  if (name?.type !== 'ident') {
    return undefined;
  }
  const spread = (nodes: Node[]) => nodes.flatMap((node) => (node.t === 'join' && node.separator === '' ? node.items : [node]));
  if (name.text === 'array_push' && isOpen(tokens[k + 1], '(') && tokens[k + 2]?.type === 'ident' && isOpen(tokens[k + 3], ',')) {
    const args = new Parser(tokens, dialect).argumentsAt(k + 1);
    return args.length > 1 ? { name: tokens[k + 2].text, at: tokens[k + 2].start, items: args.slice(1) } : undefined;
  }
  const op = tokens[k + 1];
  if (isOpen(op, '.') && tokens[k + 2]?.type === 'ident' && LIST_APPEND_METHODS.has(tokens[k + 2].text) && isOpen(tokens[k + 3], '(')) {
    const method = tokens[k + 2].text;
    const parser = new Parser(tokens, dialect);
    const args = parser.argumentsAt(k + 3);
    // More calls of the same method on its result (`sb.append("/groups/").append(g);`) add more; any other call
    // (`parts.add(x).build()`) makes the statement not one about the list.
    let at = parser.position;
    while (isOpen(tokens[at], '.') && tokens[at + 1]?.text === method && isOpen(tokens[at + 2], '(') && args.length > 0) {
      args.push(...parser.argumentsAt(at + 2));
      at = parser.position;
    }
    // `responses.add(responses.DELETE, url, …)` registers a mock request: an HTTP method first is no list item.
    const first = args[0];
    if (args.length === 0 || at < tokens.length || (first.t === 'ref' && HTTP_METHOD_NAMES.has(first.name))) {
      return undefined;
    }
    return { name: name.text, at: name.start, items: spread(args) };
  }
  if (isOpen(op, '<<') || (isOpen(op, '[') && isOpen(tokens[k + 2], ']') && isOpen(tokens[k + 3], '='))) {
    const from = isOpen(op, '<<') ? k + 2 : k + 4;
    const value = new Parser(tokens, dialect).parseAll(from);
    return value ? { name: name.text, at: name.start, items: spread([value]) } : undefined;
  }
  return undefined;
}

/** A C preprocessor macro: `#define LINKS API "/groups/%s/privateEndpoint"` (names and literals side by side concatenate). */
function macroIn(tokens: readonly Token[], dialect: Dialect): Definition | undefined {
  if (!isOpen(tokens[0], '#') || tokens[1]?.text !== 'define' || tokens[2]?.type !== 'ident' || tokens.length < 4 || tokens.length > 12) {
    return undefined;
  }
  const items: Node[] = [];
  for (const token of tokens.slice(3)) {
    if (token.type === 'str') {
      items.push(stringNode(token, dialect));
    } else if (token.type === 'ident') {
      items.push({ t: 'ref', name: token.text, start: token.start, end: token.end });
    } else if (token.type !== 'newline' && token.type !== 'comment') {
      return undefined;
    }
  }
  const value = items.reduce((left, right) => concat(left, right));
  return { name: tokens[2].text, at: tokens[2].start, value };
}

const CONTROL_KEYWORDS = new Set(['if', 'elif', 'elsif', 'while', 'unless', 'else']);
const MAX_CONDITION_TOKENS = 40;

/**
 * Where the statement after a one-line control header starts (`if (id) url += …`, `if id: parts.append(…)`,
 * `if id != "" { p += … }`, `else …`), and where it ends (before a closing `}` of the header's braces); undefined
 * without a header.
 */
function controlBody(tokens: readonly Token[]): [number, number] | undefined {
  if (tokens[0]?.type !== 'ident' || !CONTROL_KEYWORDS.has(tokens[0].text)) {
    return undefined;
  }
  let k = tokens[0].text === 'else' && tokens[1]?.text === 'if' ? 2 : 1;
  if (tokens[0].text !== 'else' || k === 2) {
    let depth = 0;
    const parenthesized = isOpen(tokens[k], '(');
    for (const stop = Math.min(tokens.length, k + MAX_CONDITION_TOKENS); ; k++) {
      if (k >= stop) {
        return undefined;
      }
      const text = tokens[k].type === 'punct' ? tokens[k].text : '';
      if (depth === 0 && !parenthesized && (text === ':' || text === '{')) {
        break;
      }
      depth += text === '(' || text === '[' ? 1 : text === ')' || text === ']' ? -1 : 0;
      if (parenthesized && depth === 0) {
        k++;
        break;
      }
    }
  }
  let bodyEnd = tokens.length;
  if (isOpen(tokens[k], ':')) {
    k++;
  } else if (isOpen(tokens[k], '{') && isOpen(tokens[bodyEnd - 1], '}')) {
    k++;
    bodyEnd--;
  }
  return k < bodyEnd ? [k, bodyEnd] : undefined;
}

export function parseStatement(statementTokens: StatementTokens, dialect: Dialect): Statement {
  const { start, end, tokens, prose } = statementTokens;
  // A definition under a one-line control header is read as the definition; the condition's strings are kept.
  const control = controlBody(tokens);
  if (control) {
    const body = tokens.slice(control[0], control[1]);
    if (definitionIn(body, dialect.juxtaposedCalls) || listAppendIn(body, dialect)) {
      const statement = parseStatement({ ...statementTokens, tokens: body }, dialect);
      if (statement.definition) {
        statement.definition.conditional = true;
      }
      const condition = new Parser(tokens.slice(0, control[0]), dialect);
      condition.parseAll(0);
      statement.expressions = [...condition.found, ...statement.expressions];
      return statement;
    }
  }
  const macro = macroIn(tokens, dialect);
  if (macro) {
    return { start, end, expressions: [macro.value], prose, definition: macro };
  }
  const parser = new Parser(tokens, dialect);
  const def = definitionIn(tokens, dialect.juxtaposedCalls);
  const value = parser.parseAll(def ? def.valueFrom : 0);
  const statement: Statement = { start, end, expressions: parser.found, prose };
  const appended = def ? undefined : listAppendIn(tokens, dialect);
  if (appended) {
    const self: Node = { t: 'ref', name: appended.name, start: appended.at, end: appended.at + appended.name.length };
    const own: Node = { t: 'join', separator: '', items: [self, ...appended.items], start: appended.at, end };
    statement.definition = { name: appended.name, at: appended.at, value: own };
    statement.expressions = [own, ...statement.expressions.filter((node) => node.end <= appended.at || node.start >= end)];
    return statement;
  }
  if (def && value) {
    const self: Node = { t: 'ref', name: def.name, start: def.at, end: def.at };
    const list = value.t === 'join' && value.separator === '';
    const own: Node = def.append ? (list ? { t: 'join', separator: '', items: [self, ...value.items], start: def.at, end: value.end } : concat(self, value)) : value;
    statement.definition = { name: def.name, at: def.at, value: own };
    if (def.append) {
      statement.expressions = statement.expressions.map((node) => (node === value ? own : node));
    }
  }
  return statement;
}

export { CONTINUES_AFTER };

/** Tokens a call's type arguments hold: `fetchJson<unknown[]>(`, `get<Map<string, X>>(`, Rust's `::<Vec<_>>(`. */
const TYPE_ARGUMENT_PUNCT = new Set([',', '.', '[', ']', '?', '::', '&', '*', '<', '>', '>>']);
const MAX_TYPE_ARGUMENT_TOKENS = 24;

/** Where a call's opening `(` is when type arguments stand before it at `at`; otherwise `at`. Bounded. */
function typeArgumentsEnd(tokens: readonly Token[], at: number): number {
  let k = isOpen(tokens[at], '::') ? at + 1 : at;
  if (!isOpen(tokens[k], '<')) {
    return at;
  }
  let depth = 0;
  for (const stop = Math.min(tokens.length, k + MAX_TYPE_ARGUMENT_TOKENS); k < stop; k++) {
    const token = tokens[k];
    if (token.type === 'punct' && !TYPE_ARGUMENT_PUNCT.has(token.text)) {
      return at;
    }
    if (token.type !== 'punct' && token.type !== 'ident') {
      return at;
    }
    depth += token.text === '<' ? 1 : token.text === '>' ? -1 : token.text === '>>' ? -2 : 0;
    if (depth <= 0) {
      return depth === 0 && isOpen(tokens[k + 1], '(') ? k + 1 : at;
    }
  }
  return at;
}
