// Bindings followed into their uses, stage by stage: REST Client file variables (templateVariables.ts), shell command
// substitutions and line continuations (tokens.ts, expressions.ts), templates held in names, values sent alone to a
// request (scan.ts) and the old Go client's service bound to a name (nameRules.ts).
import assert from 'node:assert/strict';
import { scanText } from '../../../src/deprecation';
import { statements } from '../../../src/deprecation/expressions';
import { dialectFor, tokenize } from '../../../src/deprecation/tokens';

/** [1-based line, kind, method] of each finding. */
function found(text: string, languageId: string): Array<[number, string, string | undefined]> {
  return scanText(text, languageId).map((finding) => [finding.line + 1, finding.kind, finding.httpMethod]);
}

const LEGACY = 'https://cloud.mongodb.com/api/atlas/v1.0/groups/{{g}}/privateEndpoint';

describe('REST Client / JetBrains request files: file variables', () => {
  it('reports a legacy path held in a variable where it is written, and on each request line that extends it or sends it with another method', () => {
    const text = [`@base = ${LEGACY}`, 'GET {{base}}', 'DELETE {{base}}/{{id}} HTTP/1.1', 'POST {{ base }}/{{id}}/interfaceEndpoints', 'POST {{base}}'].join('\n');
    assert.deepEqual(found(text, 'http'), [
      [1, 'list', undefined],
      [3, 'delete', 'DELETE'],
      [4, 'interfaceEndpoints', 'POST'],
      [5, 'create', 'POST'],
    ]);
  });

  it('follows a variable built from another one, and resolves a variable that holds only the project', () => {
    const chained = [`@base = ${LEGACY}`, '@one = {{base}}/{{id}}', 'GET {{one}}'].join('\n');
    assert.deepEqual(found(chained, 'http'), [
      [1, 'list', undefined],
      [2, 'get', undefined],
    ]);
    const project = ['@project = https://cloud.mongodb.com/api/atlas/v1.0/groups/{{g}}', 'GET {{project}}/privateEndpoint', 'GET {{project}}/privateEndpoint/AWS/endpointService'].join('\n');
    assert.deepEqual(found(project, 'http'), [[2, 'list', 'GET']]);
  });

  it('reports a definition nothing uses where it stands; a variable used for the current API, a header and v2 stay silent', () => {
    assert.deepEqual(found(`@unused = ${LEGACY}\n`, 'http'), [[1, 'list', undefined]]);
    const current = [`@svc = ${LEGACY}`, 'GET {{svc}}/AWS/endpointService', 'Referer: {{svc}}'].join('\n');
    assert.deepEqual(found(current, 'http'), []);
    assert.deepEqual(found(`@v2 = ${LEGACY.replace('v1.0', 'v2')}\nGET {{v2}}`, 'http'), []);
  });

  it("stays linear with 50,000 variables and 50,000 requests (a bounded number of variables followed into their uses)", () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `@v${i} = ${LEGACY}\nGET {{v${i % 50}}}/{{id}}`).join('\n');
    assert.ok(scanText(text, "http").length >= 50_000);
  });
});

describe('shell: bases inside command substitutions, sent alone, across line continuations', () => {
  it('reads the words of a command substitution inside a double-quoted string as code', () => {
    const [statement] = statements(tokenize('out="$("${CURL[@]}" "${BASE}/${ID}")"', 0, 40, dialectFor('shellscript')), dialectFor('shellscript'));
    assert.ok(statement.expressions.some((node) => node.t === 'concat' && node.start === 'out="$("${CURL[@]}" '.length));
  });

  it('continues a word that starts with a quote past a backslash at the line end, and not into other text', () => {
    const text = '"${S}/"\\\n"${P}/e" "a"b';
    const words = tokenize(text, 0, text.length, dialectFor('shellscript')).filter((token) => token.type === 'str');
    assert.deepEqual(
      words.map((token) => token.pieces?.map((piece) => piece.text).join('')),
      ['${S}/${P}/e', 'a'],
    );
  });

  it('reports a base where it is written, and again only where a request gives it another operation (-d: create), or extends it; not after echo or printf', () => {
    const text = [
      'BASE="${ATLAS}/api/atlas/v1.0/groups/${G}/privateEndpoint"',
      'CURL=(curl --digest -u "$KEYS")',
      'out="$("${CURL[@]}" "${BASE}/${ID}")"',
      'curl "$BASE" | jq .',
      '"${CURL[@]}" -d @body.json "$BASE"',
      'ids=$(curl -s "$BASE" | jq -r .results)',
      'printf "%s\\n" "$BASE"',
    ].join('\n');
    assert.deepEqual(found(text, 'shellscript'), [
      [1, 'list', 'GET'],
      [3, 'get', 'GET'],
      [5, 'create', 'POST'],
    ]);
  });

  it('reports each request that sends a base alone when the base is also extended into the current API (silent where it is written)', () => {
    const text = [
      'BASE="${ATLAS}/api/atlas/v1.0/groups/${G}/privateEndpoint"',
      '"${CURL[@]}" "$BASE" | jq -r ".[].id"',
      'curl -s "${BASE}/${PROVIDER}/endpointService"',
      'echo "$BASE"',
    ].join('\n');
    assert.deepEqual(found(text, 'shellscript'), [[2, 'list', 'GET']]);
  });

  it('stays silent on a base that gets its provider on the next line', () => {
    const text = ['SVC="${ATLAS}/api/atlas/v1.0/groups/${G}/privateEndpoint"', 'curl "${SVC}/"\\', '"${PROVIDER}/endpointService"'].join('\n');
    assert.deepEqual(found(text, 'shellscript'), []);
  });
});

describe('templates held in names, and values sent alone to a request', () => {
  it("formats a template held in a name: Ruby's %{name} and format(T, k: v), Python's % and .format inside an f-string, C#'s string.Format inside $\"…\"", () => {
    const ruby = 'LINKS = "%{api}/groups/%{group}/privateEndpoint"\ndef one(g, id) = URI(format(LINKS, api: API, group: g) + "/#{id}")';
    assert.deepEqual(found(ruby, 'ruby'), [
      [1, 'list', undefined],
      [2, 'get', undefined],
    ]);
    const python = 'OLD = "%s/groups/%s/privateEndpoint"\nNEW = "{b}/groups/{g}/privateEndpoint"\ndef d(s, g, i): return s.delete(OLD % (B, g) + "/" + i)\ndef o(s, g, i): return s.get(f"{NEW.format(b=B, g=g)}/{i}")';
    assert.deepEqual(found(python, 'python').slice(2), [
      [3, 'delete', 'DELETE'],
      [4, 'get', 'GET'],
    ]);
    const csharp = 'const string Links = "api/atlas/v1.0/groups/{0}/privateEndpoint";\nTask D(string g, string id) => http.DeleteAsync($"{string.Format(Links, g)}/{id}");';
    assert.deepEqual(found(csharp, 'csharp')[1], [2, 'delete', 'DELETE']);
  });

  it("reports a function's legacy result where it is built, and a request that sends it alone only for another operation; not a local sent once where it is built", () => {
    const ts = 'function peBase(g: string) { return `${API}/groups/${g}/privateEndpoint`; }\nconst a = () => fetch(peBase(g));\nconst b = () => fetch(peBase(g), { method: "POST" });';
    assert.deepEqual(found(ts, 'typescript'), [
      [1, 'list', 'GET'],
      [3, 'create', 'POST'],
    ]);
    // The function is also a base of the current API: silent where it is written, reported where it is sent alone.
    const shared = 'function peBase(g: string) { return `${API}/groups/${g}/privateEndpoint`; }\nconst s = (g, p) => fetch(`${peBase(g)}/${p}/endpointService`);\nconst a = () => fetchJson<unknown[]>(peBase(g), { method: "GET" });';
    assert.deepEqual(found(shared, 'typescript'), [[3, 'list', 'GET']]);
    const local = 'def links(s, g):\n    url = f"{API}/groups/{g}/privateEndpoint"\n    log.info(url)\n    return s.get(url)';
    assert.deepEqual(found(local, 'python'), [[2, 'list', 'GET']]);
  });
});

describe("the old Go client's deprecated service bound to a name", () => {
  it('reports each call through the name until it is bound again; a parameter of the service type too', () => {
    const text = [
      'func a(ctx context.Context, p string) {',
      '\tsvc := c.client.PrivateEndpointsDeprecated',
      '\tsvc.List(ctx, p, nil)',
      '\tsvc = c.client.PrivateEndpoints',
      '\tsvc.List(ctx, p, "AWS", nil)',
      '}',
      'func b(pe mongodbatlas.PrivateEndpointsServiceDeprecated) { pe.Delete(ctx, p, id) }',
    ].join('\n');
    assert.deepEqual(
      scanText(text, 'go').map((finding) => [finding.line + 1, finding.messageArgs[0]]),
      [
        [2, 'PrivateEndpointsDeprecated'],
        [3, 'PrivateEndpointsDeprecated.List'],
        [7, 'PrivateEndpointsServiceDeprecated'],
        [7, 'PrivateEndpointsDeprecated.Delete'],
      ],
    );
  });

  it("binds nothing to a function of that name called (the Atlas CLI's store)", () => {
    const text = 'func f() {\n\tr, err := store.PrivateEndpointsDeprecated(projectID, opts)\n\terr.Delete(ctx, p, id)\n}';
    assert.deepEqual(
      scanText(text, 'go').map((finding) => finding.line + 1),
      [2],
    );
  });
});

describe('a request line built in a string ("DELETE " + url)', () => {
  it('is a use that sends the path with that method; a message that names the path is not', () => {
    const text = [
      'LINKS = API + "/groups/" + g + "/privateEndpoint"',
      'request = build_request("DELETE " + LINKS + "/" + link_id)',
      'log.info("DELETE " + LINKS + "/" + link_id + " failed")',
    ].join('\n');
    assert.deepEqual(found(text, 'python'), [
      [1, 'list', undefined],
      [2, 'delete', 'DELETE'],
    ]);
  });
});

describe('a query added to a variable in a request file', () => {
  it('is a request of its own, as LINKS + "?…" is in code; the same variable sent bare is the definition\'s finding', () => {
    const text = [`@links = ${LEGACY}`, '', 'GET {{links}}?itemsPerPage=500', '', '###', 'GET {{links}}'].join('\n');
    assert.deepEqual(found(text, 'http'), [
      [1, 'list', undefined],
      [3, 'list', 'GET'],
    ]);
  });
});
