// Paths and commands written as lists: the Atlas CLI run through an argument list (nameRules.ts), lists of segments in
// data files (dataSegments.ts), paths over several lines shown on the line of the word that decides their kind, and
// lists held in a name shown where their segments are written (pathFindings.ts).
import assert from 'node:assert/strict';
import { scanText } from '../../../src/deprecation';
import { listMethod, segmentListAt } from '../../../src/deprecation/dataSegments';

/** [1-based line, kind, HTTP method or '-'] of each finding. */
function found(text: string, languageId: string): Array<[number, string, string]> {
  return scanText(text, languageId).map((finding) => [finding.line + 1, finding.kind, finding.httpMethod ?? '-']);
}

describe('Atlas CLI run through an argument list', () => {
  it('flags the legacy group followed by its verb, after atlas, a name for its path, or first in a wrapper', () => {
    const cases: Array<[string, string, string]> = [
      ['go', 'exec.Command("atlas", "privateEndpoints", "describe", id)', 'atlas privateEndpoints describe'],
      ['go', 'exec.CommandContext(ctx, cliPath, "privateendpoints", "rm", id)', 'atlas privateendpoints delete'],
      ['python', 'subprocess.run(["atlas", "--profile", p, "privateEndpoints", "list"])', 'atlas privateEndpoints list'],
      ['python', 'run_cli(["privateEndpoint", "ls"])', 'atlas privateEndpoint list'],
      ['javascript', "spawn('atlas', ['private-endpoints', 'interfaces', 'create', id])", 'atlas private-endpoints interfaces create'],
      ['rust', 'Command::new("atlas").arg("privateEndpoints").arg("watch")', 'atlas privateEndpoints watch'],
      ['csharp', 'new ProcessStartInfo("atlas", $"privateEndpoints delete {id}")', 'atlas privateEndpoints delete'],
      ['csharp', 'new ProcessStartInfo { FileName = "atlas", Arguments = "privateEndpoints list" }', 'atlas privateEndpoints list'],
      ['csharp', 'info.ArgumentList.Add("privateEndpoints");\ninfo.ArgumentList.Add("create");', 'atlas privateEndpoints create'],
    ];
    for (const [languageId, text, subject] of cases) {
      const findings = scanText(text, languageId);
      assert.deepEqual(findings.map((finding) => [finding.kind, finding.messageArgs[0]]), [['cli', subject]], text);
      assert.match(findings[0].message, /atlas privateEndpoints aws /);
    }
  });

  it('shows an argument list over several lines on the line of the group', () => {
    assert.deepEqual(found('cmd := exec.Command("atlas",\n\t"privateEndpoints",\n\t"list",\n\t"--projectId", p)', 'go'), [[2, 'cli', '-']]);
  });

  it('stays silent for a provider after the group, other groups, names it cannot read, and lists of words', () => {
    for (const text of [
      'exec.Command("atlas", "privateEndpoints", "aws", "list")',
      'exec.Command(cliPath, "privateEndpoints", "regionalModes", "describe")',
      'exec.Command("atlas", "dataFederation", "privateEndpoints", "list")',
      'subprocess.run(["atlas", "datafederation", "privateendpoints", "describe", "vpce-1"])',
      'exec.Command(cliPath, privateEndpointsEntity, "list")',
      'exec.Command(client, "privateEndpoints", "list")',
      "spawn('atlas', ['streams', 'privateLinks', 'list'])",
      'aliases = ["privateEndpoints", "privateendpoints"]',
      'labels = ["privateEndpoints", "listing"]',
      'x = {"privateEndpoints": "list"}',
      'Use: "privateEndpoints",',
    ]) {
      assert.deepEqual(found(text, 'go'), [], text);
    }
  });
});

describe('lists of segments in data files', () => {
  const postman = (method: string, path: string, raw = '') =>
    `{"item": [{"request": {"method": "${method}", "url": {${raw}"host": ["{{host}}"], "path": ${path}}}}]}`;

  it('reads a Postman path list as the path it spells, with the request method', () => {
    assert.deepEqual(found(postman('POST', '["api", "atlas", "v1.0", "groups", "{{g}}", "privateEndpoint"]'), 'json'), [[1, 'create', 'POST']]);
    assert.deepEqual(found(postman('DELETE', '["groups", ":g", "privateEndpoint", ":id"]'), 'json'), [[1, 'delete', 'DELETE']]);
    const split = '{"request": {"method": "GET", "url": {"path": [\n  "groups", "{{g}}",\n  "privateEndpoint", "{{id}}",\n  "interfaceEndpoints"\n]}}}';
    assert.deepEqual(found(split, 'json'), [[4, 'interfaceEndpoints', 'GET']]);
  });

  it('reports both places Postman writes the URL, the raw URL (with its fix) and the path list, since tools read either', () => {
    const text = postman('GET', '["api", "atlas", "v1.0", "groups", "{{g}}", "privateEndpoint"]', '"raw": "{{host}}/api/atlas/v1.0/groups/{{g}}/privateEndpoint", ');
    const findings = scanText(text, 'json');
    assert.deepEqual(
      findings.map((finding) => [finding.kind, finding.confidence, text.slice(finding.character, finding.character + finding.length).includes('"'), finding.replacement !== undefined]),
      [
        ['list', 'certain', false, true],
        ['list', 'inferred', true, false],
      ],
    );
  });

  it('reads YAML flow and block lists, and the method key of their item', () => {
    const yaml = [
      'requests:',
      '  - name: drop',
      '    method: DELETE',
      '    path:',
      '      - groups',
      '      - "{{g}}"',
      '      - privateEndpoint',
      '      - "{{id}}"',
      '  - name: list',
      '    path: [groups, "{{g}}", privateEndpoint]',
      '    method: GET',
    ].join('\n');
    assert.deepEqual(found(yaml, 'yaml'), [
      [7, 'delete', 'DELETE'],
      [10, 'list', 'GET'],
    ]);
    const list = segmentListAt(yaml, yaml.indexOf('privateEndpoint]'), 'privateEndpoint');
    assert.deepEqual(list?.items.map((item) => item.text), ['groups', '{{g}}', 'privateEndpoint']);
    assert.equal(list && listMethod(yaml, list, true), 'GET');
  });

  it('names no method when the objects around the list name two', () => {
    const text = '{"method": "GET", "x": {"method": "POST", "path": ["groups", "g", "privateEndpoint"]}}';
    const list = segmentListAt(text, text.indexOf('privateEndpoint'), 'privateEndpoint');
    assert.equal(list && listMethod(text, list, false), undefined);
  });

  it('stays silent for current paths, other APIs, and lists that start at the word', () => {
    for (const path of [
      '["api", "atlas", "v2", "groups", "{{g}}", "privateEndpoint", "{{cloudProvider}}", "endpointService"]',
      '["api", "atlas", "v1.0", "groups", "{{g}}", "privateEndpoint", "AWS", "endpointService"]',
      '["api", "atlas", "v1.0", "groups", "{{g}}", "privateEndpoint", "regionalMode"]',
      '["subscriptions", "{{sub}}", "providers", "Microsoft.Network", "privateEndpoint", "{{name}}"]',
      '["privateEndpoint", "{{id}}"]',
    ]) {
      assert.deepEqual(found(postman('GET', path), 'json'), [], path);
    }
    assert.deepEqual(found('tags: [privateEndpoint, network]\nlist:\n  - privateEndpoint\n  - other', 'yaml'), []);
  });
});

describe('paths over several lines and lists held in a name', () => {
  it('shows the path on the line of the word that decides its kind, once, with that kind', () => {
    const cases: Array<[string, string, Array<[number, string, string]>]> = [
      ['python', 'u = posixpath.join(api, "groups", g,\n    "privateEndpoint", link_id,\n    "interfaceEndpoints")', [[3, 'interfaceEndpoints', '-']]],
      ['go', 'u, _ := url.JoinPath(api,\n\t"groups", g,\n\t"privateEndpoint")', [[3, 'list', '-']]],
      ['csharp', 'var u = string.Join("/",\n    "groups", g,\n    "privateEndpoint", id,\n    "interfaceEndpoints");', [[4, 'interfaceEndpoints', '-']]],
      ['rust', 'url.path_segments_mut().unwrap()\n    .extend(&["groups", g, "privateEndpoint"])\n    .push(id)\n    .push("interfaceEndpoints");', [[4, 'interfaceEndpoints', '-']]],
      ['typescript', "const u = [\n  api,\n  'groups',\n  g,\n  'privateEndpoint',\n  id,\n  'interfaceEndpoints',\n].join('/');", [[7, 'interfaceEndpoints', '-']]],
    ];
    for (const [languageId, text, expected] of cases) {
      assert.deepEqual(found(text, languageId), expected, text);
    }
  });

  it('stays silent when a provider arrives on a later line', () => {
    assert.deepEqual(found('u = posixpath.join(api, "groups", g,\n    "privateEndpoint", provider,\n    "endpointService")', 'python'), []);
    assert.deepEqual(found("const u = [\n  api, 'groups', g,\n  'privateEndpoint',\n  cloud,\n  'endpointService',\n].join('/');", 'typescript'), []);
  });

  it('shows a list joined later where its segments are written, with the method of the call that sends it', () => {
    assert.deepEqual(found('segments = ["groups", g, "privateEndpoint", link_id]\nresp = session.delete("/".join(segments))', 'python'), [[1, 'delete', 'DELETE']]);
    assert.deepEqual(found('parts := []string{\n\t"groups", g,\n\t"privateEndpoint",\n}\nreq, _ := http.NewRequest(http.MethodGet, base+path.Join(parts...), nil)', 'go'), [[3, 'list', 'GET']]);
    assert.deepEqual(found("const segments = ['groups', g, 'privateEndpoint', id];\nsegments.push('interfaceEndpoints');\nawait fetch(segments.join('/'), { method: 'POST' });", 'typescript'), [[2, 'interfaceEndpoints', 'POST']]);
    assert.deepEqual(found('segments = ["groups", g, "privateEndpoint", provider, "endpointService"]\nrequests.get("/".join(segments))', 'python'), []);
  });

  it('reads a name for the path word itself where it is used as a segment', () => {
    const text = 'PE = "privateEndpoint"\nurl = "/".join(["groups", g, PE, link_id])\nsvc = "/".join(["groups", g, PE, provider, "endpointService"])';
    assert.deepEqual(found(text, 'python'), [[2, 'get', '-']]);
  });

  it('joins adjacent literals across lines (in brackets, or after a line continuation) into one path', () => {
    assert.deepEqual(found('u = (f"{base}/groups/{g}"\n     f"/privateEndpoint/{link_id}"\n     "/interfaceEndpoints")', 'python'), [[3, 'interfaceEndpoints', '-']]);
    assert.deepEqual(found('u = "#{base}/groups/#{g}" \\\n  "/privateEndpoint/#{id}" \\\n  "/interfaceEndpoints"', 'ruby'), [[3, 'interfaceEndpoints', '-']]);
    assert.deepEqual(found('u = (f"{base}/groups/{g}"\n     f"/privateEndpoint/{cloud}"\n     "/endpointService")', 'python'), []);
  });

  it("reads R's paste and paste0 as joins and concatenations", () => {
    assert.deepEqual(found('u <- paste(base, "groups", g, "privateEndpoint", sep = "/")', 'r'), [[1, 'list', '-']]);
    assert.deepEqual(found('u <- paste0(base, "/groups/", g, "/privateEndpoint/", id)', 'r'), [[1, 'get', '-']]);
    assert.deepEqual(found('DELETE(paste(c(base, "groups", g, "privateEndpoint", id), collapse = "/"))', 'r'), [[1, 'delete', 'DELETE']]);
  });

  it('judges a path built over several statements once, where it stops growing, with the kind of the whole path', () => {
    const python = 'url = BASE + "/groups/" + g\nurl += "/privateEndpoint/" + link_id\nurl += "/interfaceEndpoints"\nsession.get(url)';
    assert.deepEqual(found(python, 'python'), [[3, 'interfaceEndpoints', 'GET']]);
    const java = 'StringBuilder sb = new StringBuilder(base);\nsb.append("/groups/").append(g);\nsb.append("/privateEndpoint/").append(id);\nsb.append("/interfaceEndpoints");\nreturn sb.toString();';
    assert.deepEqual(found(java, 'java'), [[4, 'interfaceEndpoints', '-']]);
    const go = 'var sb strings.Builder\nsb.WriteString(base)\nsb.WriteString("/groups/")\nsb.WriteString(g)\nsb.WriteString("/privateEndpoint/")\nsb.WriteString(id)\nreturn sb.String()';
    assert.deepEqual(found(go, 'go'), [[5, 'get', '-']]);
    assert.deepEqual(found('url = BASE + "/groups/" + g\nurl += "/privateEndpoint/" + cloud\nurl += "/endpointService"', 'python'), []);
  });
});
