// Each stage of the scanner on its own: tokenizer (tokens.ts), expressions (expressions.ts), the binding table
// (bindings.ts), values (values.ts) and the path rule (pathRule.ts).
import assert from 'node:assert/strict';
import { FileBindings, getterBodyAt, looksLikeDefinition, memberValueAt } from '../../../src/deprecation/bindings';
import { statements, type Node } from '../../../src/deprecation/expressions';
import { scanText } from '../../../src/deprecation';
import { scanPaths } from '../../../src/deprecation/pathRule';
import { dialectFor, tokenize, type Token } from '../../../src/deprecation/tokens';
import { evaluate } from '../../../src/deprecation/values';

function tokens(text: string, languageId: string): Token[] {
  return tokenize(text, 0, text.length, dialectFor(languageId));
}

/** Strings as their pieces (holes in braces), other tokens as their text. */
function shown(list: Token[]): string[] {
  return list.filter((token) => token.type !== 'newline').map((token) => (token.type === 'str' ? `str(${(token.pieces ?? []).map((piece) => (piece.hole !== undefined ? `{${piece.hole}}` : piece.text)).join('')})` : `${token.type}:${token.text}`));
}

function onlyStatement(text: string, languageId: string) {
  const found = statements(tokens(text, languageId), dialectFor(languageId));
  assert.equal(found.length, 1, JSON.stringify(found.map((statement) => text.slice(statement.start, statement.end))));
  return found[0];
}

/** Each [statement, language, name, value]: the statement defines the name, whose value (no bindings) is the value. */
function assertDefinitions(cases: Array<[string, string, string, string]>): void {
  for (const [text, languageId, name, value] of cases) {
    const statement = onlyStatement(text, languageId);
    assert.equal(statement.definition?.name, name, text);
    assert.equal(valueOf(statement.definition.value), value, text);
  }
}

function valueOf(node: Node, text = ''): string {
  return evaluate(node, () => undefined).text || text;
}

describe('stage 1: tokenizer', () => {
  it('reads strings with escapes and interpolations per language family', () => {
    assert.deepEqual(shown(tokens('url = f"{BASE}/groups/{gid}/x" # note', 'python')), ['ident:url', 'punct:=', 'str({BASE}/groups/{gid}/x)', 'comment:']);
    assert.deepEqual(shown(tokens('const u = `${base}/groups/${g}`; // c', 'typescript')), ['ident:const', 'ident:u', 'punct:=', 'str({base}/groups/{g})', 'punct:;', 'comment:']);
    assert.deepEqual(shown(tokens('url="$API/groups/${G}/x"', 'shellscript')), ['ident:url', 'punct:=', 'str({API}/groups/{G}/x)']);
    assert.deepEqual(shown(tokens("'$raw' \"a\\\"b\"", 'php')), ['str($raw)', 'str(a"b)']);
    assert.deepEqual(shown(tokens('"#{BASE}/groups/#{g}"', 'ruby')), ['str({BASE}/groups/{g})']);
    assert.deepEqual(shown(tokens('let u = "\\(base)/groups"', 'swift')), ['ident:let', 'ident:u', 'punct:=', 'str({base}/groups)']);
  });

  it('keeps regex escapes visible in strings and reads JavaScript regex literals', () => {
    assert.deepEqual(shown(tokens('"v1\\\\.0/[0-9a-f]{24}"', 'java')), ['str(v1\\.0/[0-9a-f]{24})']);
    const [regex] = tokens('x(/\\/groups\\/\\w+$/)', 'javascript').filter((token) => token.type === 'str');
    assert.equal(regex.regex, true);
  });

  it('reads multi-character operators and never loops on unclosed input', () => {
    assert.deepEqual(shown(tokens('a := b ... c === d', 'go')).slice(0, 2), ['ident:a', 'punct::=']);
    for (const text of ['"unclosed', '`${', '/* open', "f'{x", '$(( ', '#{']) {
      assert.ok(tokens(text.repeat(1000), 'typescript').length > 0);
    }
  });
});

describe('stage 1: shell positional parameters', () => {
  it('reads $1 to $9, $@ and $* in a double-quoted string as holes, as ${1} is', () => {
    assert.deepEqual(shown(tokens('echo "$API/groups/$1/privateEndpoint/$@" \'$2\'', 'shellscript')), ['ident:echo', 'str({API}/groups/{1}/privateEndpoint/{@})', 'str($2)']);
  });
});

describe('stage 2: a shell array', () => {
  it('is a list of its words, bare words as text; a command substitution after = is none', () => {
    const value = onlyStatement('parts=("$API" groups "$G" privateEndpoint)', 'shellscript').definition?.value;
    assert.ok(value?.t === 'join');
    assert.deepEqual(value.items.map((item) => (item.t === 'lit' ? item.text : item.t)), ['hole', 'groups', 'hole', 'privateEndpoint']);
    assert.notEqual(onlyStatement('id=$(curl -s "$API/groups/$G/privateEndpoint")', 'shellscript').definition?.value.t, 'join');
  });
});

describe('stage 3: a shell function\'s output', () => {
  it('binds the function to what it prints, on one line or several, and reads "$(name args)" as its result', () => {
    const text = [
      'pe_base() { printf \'%s/groups/%s/privateEndpoint\' "$API" "$1"; }',
      'pe_url() {',
      '  echo "$API/groups/$1/privateEndpoint"',
      '}',
      'curl -X DELETE "$(pe_url "$G")/$id"',
    ].join('\n');
    const bindings = new FileBindings(text, dialectFor('shellscript'));
    assert.equal(valueOf(bindings.resolve('pe_base', text.length)?.value as Node), '%s/groups/%s/privateEndpoint');
    assert.equal(valueOf(bindings.resolve('pe_url', text.length)?.value as Node), '$API/groups/$1/privateEndpoint');
    const use = onlyStatement('curl -X DELETE "$(pe_url "$G")/$id"', 'shellscript').expressions.find((node) => node.t === 'concat');
    assert.ok(use?.t === 'concat');
    assert.deepEqual(use.items[0], { t: 'hole', text: '$(…)', start: 16, end: 30, name: 'pe_url', call: true });
  });
});

describe('stage 2: expressions', () => {
  it('records a definition and its value: concatenation, format, join, builder chain, additions to a list', () => {
    const cases: Array<[string, string, string, string]> = [
      ['LINKS = PROJECT + "/privateEndpoint"', 'python', 'LINKS', '{PROJECT}/privateEndpoint'],
      ['u := fmt.Sprintf("%s/groups/%s", base, g)', 'go', 'u', '%s/groups/%s'],
      ['url = "/".join((API, "groups", g))', 'python', 'url', '{API}/groups/{g}'],
      ['String u = new StringBuilder(b).append("/groups/").append(g).toString();', 'java', 'u', '{b}/groups/{g}'],
      ['$one = $links . "/" . $id;', 'php', 'one', '{links}/{id}'],
      ['val one = listOf(api, "groups", g).joinToString("/")', 'kotlin', 'one', '{api}/groups/{g}'],
      // An addition to a list is a new definition of its name; a join may read a list held in a name.
      ['parts.append("privateEndpoint")', 'python', 'parts', '{parts}/privateEndpoint'],
      ['segments.push(provider, "endpointService");', 'typescript', 'segments', '{segments}{provider}endpointService'],
      ["$parts[] = 'privateEndpoint';", 'php', 'parts', '{parts}/privateEndpoint'],
      ["array_push($parts, $id, 'interfaceEndpoints');", 'php', 'parts', '{parts}/{id}/interfaceEndpoints'],
      ['parts << "privateEndpoint"', 'ruby', 'parts', '{parts}/privateEndpoint'],
      ['segs = append(segs, "privateEndpoint", id)', 'go', 'segs', '{segs}/privateEndpoint/{id}'],
      ['url := strings.Join(segs, "/")', 'go', 'url', '{segs}'],
      ['val u = parts.joinToString("/")', 'kotlin', 'u', '{parts}'],
      ['local u = table.concat({api, "groups", g}, "/")', 'lua', 'u', '{api}/groups/{g}'],
      ['u = LINKS.format(g)', 'python', 'u', '{LINKS}'],
      ['val u = s"$api/groups/$g"', 'scala', 'u', '$api/groups/$g'],
      ['r = target.path("groups").path(g).path("privateEndpoint")', 'java', 'r', '{target}/groups/{g}/privateEndpoint'],
    ];
    assertDefinitions(cases);
    // Calls of the same method chained on the addition add more (`sb.append(a).append(b);` as a statement of its own);
    // any other call makes something else.
    const chained = onlyStatement('sb.append("/groups/").append(g);', 'java').definition;
    assert.deepEqual(chained && [chained.name, evaluate(chained.value, () => undefined).text], ['sb', '{sb}/groups/{g}']);
    assert.equal(onlyStatement('parts.add("groups").build()', 'java').definition, undefined);
  });

  it('reads a call with type arguments as a call: its arguments stay apart, not a tuple of strings', () => {
    const cases: Array<[string, string, string]> = [
      ["r = this.call<Connection[]>('GET', '/privateEndpoint');", 'typescript', '/privateEndpoint'],
      ["r = http.get<Map<string, List<X>>>('/privateEndpoint');", 'typescript', '/privateEndpoint'],
      ['let r = client.get::<Vec<Conn>>("/privateEndpoint");', 'rust', '/privateEndpoint'],
    ];
    for (const [text, languageId, argument] of cases) {
      const found = onlyStatement(text, languageId).expressions.map((node) => valueOf(node));
      assert.ok(found.includes(argument), `${text}: ${JSON.stringify(found)}`);
      assert.ok(!found.some((value) => value.includes('GET') && value.includes(argument)), `${text}: ${JSON.stringify(found)}`);
    }
  });

  it('reads a definition under a one-line condition as a conditional one, and keeps the condition\'s strings', () => {
    const cases: Array<[string, string, string, string]> = [
      ["if (linkId) segments.push(linkId, 'interfaceEndpoints');", 'typescript', 'segments', '{segments}/{linkId}/interfaceEndpoints'],
      ['if (id) url += `/${id}`;', 'typescript', 'url', '{url}/${id}'],
      ['if link_id: parts.append(link_id)', 'python', 'parts', '{parts}{link_id}'],
      ['if id != "" { p += "/" + id }', 'go', 'p', '{p}/{id}'],
      ['else url = url + "/regionalMode"', 'java', 'url', '{url}/regionalMode'],
    ];
    assertDefinitions(cases);
    for (const [text, languageId] of cases) {
      assert.equal(onlyStatement(text, languageId).definition?.conditional, true, text);
    }
    assert.equal(onlyStatement('url += "/privateEndpoint";', 'typescript').definition?.conditional, undefined);
    const guarded = onlyStatement('if (url === "/groups/x/privateEndpoint") url += "/AWS";', 'typescript');
    assert.ok(guarded.expressions.some((node) => valueOf(node) === '/groups/x/privateEndpoint'));
    // Without a definition after it, the header is part of the statement as before.
    assert.equal(onlyStatement('if (ok) fetch("/privateEndpoint");', 'typescript').definition, undefined);
  });

  it("joins strings with each language's own operators, and reads Make's and Erlang's variables", () => {
    assertDefinitions([
      ['u = links_url(g) * "/" * id', 'julia', 'u', '{links_url()}/{id}'],
      ['Url = ?API ++ "/groups/" ++ Group,', 'erlang', 'Url', '{API}/groups/{Group}'],
      ["v_url := p_api || '/groups/' || p_group;", 'sql', 'v_url', '{p_api}/groups/{p_group}'],
      ['LINKS := $(API)/groups/$(GROUP)/privateEndpoint # the legacy collection', 'makefile', 'LINKS', '$(API)/groups/$(GROUP)/privateEndpoint '],
      ['url = join([ROOT, "groups", g], "/")', 'julia', 'url', '{ROOT}/groups/{g}'],
    ]);
    // `*` is not a concatenation elsewhere, nor `||` in SQL a fallback.
    assert.equal(onlyStatement('u = a * "/" * b', 'python').definition?.value.t, 'ref');
  });

  it('reads a lookup with a default, and a fallback, as the default path the code was written for', () => {
    assertDefinitions([
      ['LINKS = os.environ.get("LINKS_URL", API + "/privateEndpoint")', 'python', 'LINKS', '{API}/privateEndpoint'],
      ['const L = process.env.L ?? API + "/privateEndpoint";', 'typescript', 'L', '{API}/privateEndpoint'],
      ['const x = process.env.A || process.env.B || "/groups/x/privateEndpoint";', 'typescript', 'x', '/groups/x/privateEndpoint'],
      ['val l = System.getenv("L") ?: API + "/privateEndpoint"', 'kotlin', 'l', '{API}/privateEndpoint'],
      ['var l = Environment.GetEnvironmentVariable("L") ?? Api + "/privateEndpoint";', 'csharp', 'l', '{Api}/privateEndpoint'],
      ['String l = System.getenv().getOrDefault("L", API + "/privateEndpoint");', 'java', 'l', '{API}/privateEndpoint'],
      ['l = ENV.fetch("L", "#{API}/privateEndpoint")', 'ruby', 'l', '#{API}/privateEndpoint'],
    ]);
    // A default that is no path, a lookup of a path-like key, and two names: not read as a default.
    assertDefinitions([
      ['REGION = os.environ.get("REGION", "us-east-1")', 'python', 'REGION', '{get()}'],
      ['r = client.get("/groups/x", "privateEndpoint")', 'python', 'r', '{get()}'],
      ['u = a || b', 'ruby', 'u', '{a}'],
    ]);
  });

  it('reads F#, OCaml and Haskell calls without parentheses: a function applied to the words after it', () => {
    assertDefinitions([
      // The format function's template and its arguments; a parenthesised call among them is a call, not its argument.
      ['let u = sprintf "%s/%s" (linksUrl group) id', 'fsharp', 'u', '%s/%s'],
      ['let u = Printf.sprintf "%s/groups/%s/privateEndpoint" api group', 'ocaml', 'u', '%s/groups/%s/privateEndpoint'],
      // `linksUrl g ++ "/" ++ i`: the call, then the concatenation (`++`, `^`).
      ['u = linksUrl g ++ "/" ++ i', 'haskell', 'u', '{linksUrl()}/{i}'],
      ['let u = links_url g ^ "/" ^ id', 'ocaml', 'u', '{links_url()}/{id}'],
      // Haskell's `name args = …` defines the function `name`, not its last argument.
      ['linksUrl g = apiBase ++ "/groups/" ++ g', 'haskell', 'linksUrl', '{apiBase}/groups/{g}'],
      ['where linksUrl g = apiBase ++ "/groups/" ++ g', 'haskell', 'linksUrl', '{apiBase}/groups/{g}'],
    ]);
    // Elixir's `<>` concatenates; Haskell's req joins segments with `/:`.
    assertDefinitions([
      ['u = links_url(g) <> "/" <> id', 'elixir', 'u', '{links_url()}/{id}'],
      ['u = apiV1 /: "groups" /: gid /: "privateEndpoint"', 'haskell', 'u', '{apiV1}/groups/{gid}/privateEndpoint'],
    ]);
    // PowerShell's commands are named Verb-Noun and take their arguments (and `-Name` parameters) without parentheses.
    assertDefinitions([
      ['$u = (Get-AtlasPeBase -GroupId $g) + "/" + $id', 'powershell', 'u', '{Get-AtlasPeBase()}/{id}'],
      ['$u = "$(Get-AtlasPeBase -GroupId $g)/$id"', 'powershell', 'u', '$(Get-AtlasPeBase -GroupId $g)/$id'],
    ]);
    assert.deepEqual(shown(tokens('Invoke-RestMethod -Uri $a-$b', 'powershell')), ['ident:Invoke-RestMethod', 'punct:-', 'ident:Uri', 'ident:a', 'punct:-', 'ident:b']);
    // Clojure: `(str …)` concatenates, `(str/join "/" […])` joins, `(name …)` is a call, a vector lists its items.
    const clojure = (text: string) => onlyStatement(text, 'clojure').expressions.map((node) => valueOf(node, `${node.t}`));
    assert.ok(clojure('(http/get (str (links-url g) "/" id))').includes('{links-url()}/{id}'));
    assert.ok(clojure('(http/post (str/join "/" [(links-url g) id "interfaceEndpoints"]))').includes('{links-url()}/{id}/interfaceEndpoints'));
    const format = onlyStatement('let u = sprintf "%s/%s" (linksUrl group) id', 'fsharp').definition?.value;
    assert.ok(format?.t === 'format');
    assert.deepEqual(format.args.map((arg) => (arg.t === 'hole' || arg.t === 'ref' ? `${arg.t}:${arg.name}` : arg.t)), ['hole:linksUrl', 'ref:id']);
    // In other languages, words in a row stay apart.
    assert.equal(valueOf(onlyStatement('u = links_url g', 'python').definition?.value as Node), '{links_url}');
  });

  it('splits statements at semicolons and line ends, and joins lines that continue', () => {
    const text = 'a = "x" +\n  "/y"\nb = "q"; c = "z"';
    const found = statements(tokens(text, 'python'), dialectFor('python'));
    assert.deepEqual(found.map((statement) => statement.definition?.name), ['a', 'b', 'c']);
    assert.equal(valueOf(found[0].definition!.value), 'x/y');
  });
});

describe('stage 3: bindings', () => {
  it('tells definitions from uses in the raw text', () => {
    const text = 'base = x\nif base == y:\nconst path: string = "a"\nfoo(base)\nfunc linksPath(g string) string {';
    assert.equal(looksLikeDefinition(text, 0, 4), true);
    assert.equal(looksLikeDefinition(text, 12, 16), false);
    assert.equal(looksLikeDefinition(text, text.indexOf('path'), text.indexOf('path') + 4), true);
    assert.equal(looksLikeDefinition(text, text.indexOf('base)'), text.indexOf('base)') + 4), false);
    assert.equal(looksLikeDefinition(text, text.indexOf('linksPath'), text.indexOf('linksPath') + 9), true);
  });

  it('resolves a name to the nearest definition before it, else the first one after; lists the uses', () => {
    const text = ['xs = "/a"', 'use(xs)', 'xs = xs + "/b"', 'use(xs)', 'ys = LATER', 'LATER = "/c"'].join('\n');
    const bindings = new FileBindings(text, dialectFor('python'));
    const first = bindings.resolve('xs', text.indexOf('use(xs)') + 4);
    assert.equal(first?.at, 0);
    const second = bindings.resolve('xs', text.lastIndexOf('use(xs)') + 4);
    assert.equal(second?.at, text.indexOf('xs = xs'));
    // Inside its own value, `xs` is the binding before.
    assert.equal(bindings.resolve('xs', text.indexOf('xs + "/b"'))?.at, 0);
    assert.equal(bindings.resolve('LATER', text.indexOf('LATER'))?.at, text.lastIndexOf('LATER'));
    assert.deepEqual(bindings.usesOf(first!), [text.indexOf('use(xs)') + 4, text.indexOf('xs + "/b"')]);
  });

  it('binds an arrow function to its body, and a call to it as the base of a longer path', () => {
    const text = 'const linksUrl = (g: string) => `${BASE}/groups/${g}/privateEndpoint`;\nfetch(linksUrl(g) + "/" + id, { method: "DELETE" });';
    const findings = scanText(text, 'typescript').map((finding) => [finding.line, finding.kind, finding.confidence]);
    assert.deepEqual(findings, [
      [0, 'list', 'certain'],
      [1, 'delete', 'inferred'],
    ]);
  });

  it("reads Rust's path_segments_mut() pushes as segments", () => {
    const text = 'url.path_segments_mut().unwrap().push("groups").push(g).push("privateEndpoint").push(id);';
    const statement = onlyStatement(text, 'rust');
    assert.equal(evaluate(statement.expressions[0], () => undefined).text, '{url}/groups/{g}/privateEndpoint/{id}');
  });

  it('parses a statement of a window once: every lookup in it gets the same statement, the one statements() builds', () => {
    const lines = ['const a = "/x" +', '  "/y";', 'const b = `${a}/privateEndpoint`;', '// note', 'const c = b;'];
    const text = lines.join('\n');
    const bindings = new FileBindings(text, dialectFor('typescript'));
    const at = (word: string) => text.indexOf(word);
    assert.equal(bindings.statementAt(at('"/y"')), bindings.statementAt(at('const a')));
    assert.equal(bindings.statementAt(at('b =')), bindings.statementAt(at('privateEndpoint')));
    assert.notEqual(bindings.statementAt(at('b =')), bindings.statementAt(at('const a')));
    const parsed = statements(tokens(text, 'typescript'), dialectFor('typescript'));
    for (const word of ['const a', '"/y"', 'b =', 'c =']) {
      const statement = bindings.statementAt(at(word))!;
      const same = parsed.find((candidate) => candidate.start === statement.start && candidate.end === statement.end);
      assert.equal(same?.definition?.name, statement.definition?.name, word);
      assert.equal(same?.expressions.length, statement.expressions.length, word);
    }
  });

  it('follows a list built over several statements to the join that reads it, and shows it where privateEndpoint is added', () => {
    const text = 'parts = ["groups", g]\nparts.append("privateEndpoint")\nparts.append(link_id)\nurl = "/".join(parts)';
    const bindings = new FileBindings(text, dialectFor('python'));
    const statement = bindings.statementAt(text.indexOf('url'))!;
    assert.equal(evaluate(statement.definition!.value, (name, at) => bindings.resolve(name, at)).text, 'groups/{g}/privateEndpoint/{link_id}');
    assert.deepEqual(scanText(text, 'python').map((finding) => [finding.line, finding.kind]), [[1, 'get']]);
  });

  it("binds a function to the string it returns, not to a call's argument", () => {
    const text = 'def links_url\n  "#{BASE}/groups/#{g}/privateEndpoint"\nend\ndef drop(id)\n  conn.delete("#{links_url}/#{id}")\nend';
    const bindings = new FileBindings(text, dialectFor('ruby'));
    const body = bindings.statementAt(text.indexOf('"#{BASE}'))!.expressions[0];
    assert.equal(bindings.functionReturning(body)?.name, 'links_url');
    const call = 'def links(self):\n    return self.session.get("/privateEndpoint")';
    const argument = new FileBindings(call, dialectFor('python'));
    assert.equal(argument.functionReturning(argument.statementAt(call.indexOf('"/private'))!.expressions.find((node) => node.t === 'lit')!), undefined);
  });

  it("binds a route map's members (object keys, quoted dict keys, arrow functions), not a ternary's branch", () => {
    const text = 'const r = {\n  links: (g: string) => `${B}/groups/${g}/privateEndpoint`,\n  "peers": P + "/peers",\n};\nx = ok ? links : "/privateEndpoint"';
    const at = (word: string) => text.indexOf(word);
    assert.equal(memberValueAt(text, at('links'), at('links') + 5), at('`${B}'));
    assert.equal(memberValueAt(text, at('peers'), at('peers') + 5), at('P +'));
    assert.equal(memberValueAt(text, text.lastIndexOf('links'), text.lastIndexOf('links') + 5), undefined);
    const bindings = new FileBindings(text, dialectFor('typescript'));
    assert.equal(bindings.resolve('links', text.length)?.value.start, at('`${B}'));
    const python = 'ROUTES = {\n    "links": PROJECT + "/privateEndpoint",\n}\ns.get(ROUTES["links"] + "/" + lid)\ns.get(f"{ROUTES[\'links\']}/{lid}")';
    assert.deepEqual(scanText(python, 'python').map((finding) => [finding.line, finding.kind]), [[1, 'list'], [3, 'get'], [4, 'get']]);
  });

  it("binds a property to its getter's string (C#, Dart, Kotlin, Swift), not a lambda's parameter", () => {
    const cases: Array<[string, string]> = [
      ['csharp', 'class A {\n  private string Links => $"{Project}/privateEndpoint";\n  Task Del(string id) => http.DeleteAsync($"{Links}/{id}");\n}'],
      ['dart', "class A {\n  String get links => '$project/privateEndpoint';\n  Future del(String id) => http.delete(Uri.parse('$links/$id'));\n}"],
      ['kotlin', 'class A(val project: String) {\n  private val links get() = "$project/privateEndpoint"\n  fun del(id: String) = client.delete("$links/$id")\n}'],
      ['swift', 'struct A {\n  var links: String { "\\(project)/privateEndpoint" }\n  func del(id: String) { client.delete("\\(links)/\\(id)") }\n}'],
    ];
    for (const [languageId, text] of cases) {
      assert.deepEqual(scanText(text, languageId).map((finding) => [finding.line, finding.kind]), [[1, 'list'], [2, 'delete']], languageId);
    }
    const lambda = 'ids.map(links => `${links}/x`)';
    assert.equal(getterBodyAt(lambda, lambda.indexOf('links'), lambda.indexOf('links') + 5), undefined);
  });

  it("fills Rust's inline format arguments from the file's bindings", () => {
    const text = 'const LINKS: &str = "/privateEndpoint";\nfn u(base: &str, id: &str) -> String { format!("{base}{LINKS}/{id}") }';
    assert.deepEqual(scanText(text, 'rust').map((finding) => [finding.line, finding.kind]), [[0, 'list'], [1, 'get']]);
  });

  it('resolves the judged name at its use even after the path has started (a shared root used for the current API)', () => {
    const text = 'const peRoot = "/privateEndpoint"\nfunc s(g, p string) { c.get(fmt.Sprintf("groups/%s%s/%s/endpointService", g, peRoot, p)) }';
    assert.deepEqual(scanText(text, 'go'), []);
  });

  it('joins the lines of a list across comment lines', () => {
    const text = ['u = "/".join(', '    [', '        base,', '        "groups",', '        g,', '        # legacy', '', '        "privateEndpoint",', '        link_id,', '    ]', ')'].join('\n');
    assert.deepEqual(scanText(text, 'python').map((finding) => [finding.line, finding.kind]), [[7, 'get']]);
  });

  it('stays linear with 100,000 definitions of one name', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `base = "/v${i}"`).join('\n');
    const bindings = new FileBindings(text, dialectFor('python'));
    let found = 0;
    for (let at = 0; at < text.length; at += 997) {
      found += bindings.resolve('base', at) ? 1 : 0;
    }
    // Occurrences and tokenized definitions per name are bounded: the first ones are found, the rest cost nothing.
    assert.ok(found > 0);
  });
});

describe('stage 3: values and stage 4: the path rule', () => {
  it('fills format placeholders and resolves a base through a binding, not names after the first slash', () => {
    const text = 'BASE = "https://cloud.mongodb.com/api/atlas/v2"\nurl = BASE + "/groups/" + g + "/privateEndpoint"';
    const bindings = new FileBindings(text, dialectFor('python'));
    const statement = bindings.statementAt(text.indexOf('url'))!;
    const value = evaluate(statement.definition!.value, (name, at) => bindings.resolve(name, at));
    assert.equal(value.text, 'https://cloud.mongodb.com/api/atlas/v2/groups/{g}/privateEndpoint');
    assert.equal(value.parts[0].via, 'BASE');
  });

  it("does not read another API's collection as a project (`/subscriptions/{sub}/privateEndpoint`)", () => {
    const unknown = (at: number) => at > 0;
    assert.deepEqual(scanPaths('subscriptions/{sub}/privateEndpoint/{name}', unknown).matches, []);
    assert.equal(scanPaths('{API}/api/atlas/v1.0/{project}/privateEndpoint/{id}', unknown).matches.length, 1);
  });

  it('tells legacy from current paths, relative paths and escaped forms', () => {
    const never = () => false;
    const legacy = (text: string) => scanPaths(text, never).matches.map((match) => text.slice(match.start, match.end));
    assert.deepEqual(legacy('/api/atlas/v1.0/groups/{g}/privateEndpoint/{id}/interfaceEndpoints'), ['/groups/{g}/privateEndpoint/{id}/interfaceEndpoints']);
    assert.deepEqual(legacy('/api/atlas/v2/groups/{g}/privateEndpoint'), []);
    assert.deepEqual(legacy('/groups/{g}/privateEndpoint/AWS/endpointService'), []);
    assert.deepEqual(legacy('/groups/{g}/privateEndpoint/{cloudProvider}/endpointService'), []);
    assert.deepEqual(legacy('privateEndpoint/{id}'), ['privateEndpoint/{id}']);
    // A literal id in a test: a word with a digit, or a number. A bare word without one may be a provider.
    assert.deepEqual(legacy('/groups/{g}/privateEndpoint/abc123'), ['/groups/{g}/privateEndpoint/abc123']);
    assert.deepEqual(legacy('/groups/{g}/privateEndpoint/pl-1/interfaceEndpoints/vpce-1'), ['/groups/{g}/privateEndpoint/pl-1/interfaceEndpoints/vpce-1']);
    assert.deepEqual(legacy('/groups/{g}/privateEndpoint/gcp'), []);
    assert.deepEqual(legacy('privateEndpoint'), []);
    assert.equal(scanPaths('privateEndpoint', never, true, true).matches.length, 1);
    assert.deepEqual(legacy('%2Fgroups%2F{g}%2FprivateEndpoint'), ['%2Fgroups%2F{g}%2FprivateEndpoint']);
    // Encoded braces are a placeholder too; an encoded provider placeholder before endpointService is the current API.
    assert.deepEqual(legacy('%2Fgroups%2F%7BgroupId%7D%2FprivateEndpoint'), ['%2Fgroups%2F%7BgroupId%7D%2FprivateEndpoint']);
    assert.deepEqual(legacy('%2Fgroups%2F%7Bg%7D%2FprivateEndpoint%2F%7BcloudProvider%7D%2FendpointService'), []);
    assert.deepEqual(legacy('^/groups/(?P<g>[^/]+)/privateEndpoint/?$'), ['/groups/(?P<g>[^/]+)/privateEndpoint/?$']);
    assert.equal(scanPaths('/groups/{g}/privateEndpoint/AWS/endpointService', never).current, true);
  });
});
