import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatMessage, scanText, type Finding } from '../../../src/deprecation';

/** The text each finding covers, with its kind and replacement, for compact assertions. */
function spans(text: string, languageId?: string): Array<[string, string, string | undefined]> {
  const lines = text.split('\n');
  return scanText(text, languageId).map((finding) => [
    finding.kind,
    lines[finding.line].slice(finding.character, finding.character + finding.length),
    finding.replacement,
  ]);
}

/** Applies every replacement (they never overlap), last first so earlier offsets stay valid. */
function applyReplacements(text: string, findings: Finding[]): string {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    lineStarts.push(i + 1);
  }
  let result = text;
  for (const finding of [...findings].reverse()) {
    if (finding.replacement !== undefined) {
      const start = lineStarts[finding.line] + finding.character;
      result = result.slice(0, start) + finding.replacement + result.slice(start + finding.length);
    }
  }
  return result;
}

const REST_KINDS = new Set(['list', 'get', 'create', 'delete', 'interfaceEndpoints']);

describe('scanText: legacy REST paths', () => {
  // Every placeholder style from the issue, written the way its language writes the surrounding string.
  const groupForms: Array<[string, string]> = [
    ['{GROUP-ID}', '"https://cloud.mongodb.com/api/atlas/v1.0/groups/{GROUP-ID}/privateEndpoint"'],
    ['{groupId}', 'f"{BASE}/groups/{groupId}/privateEndpoint"'],
    ['${groupId}', '`${base}/groups/${groupId}/privateEndpoint`'],
    ['%s', 'fmt.Sprintf("%s/groups/%s/privateEndpoint", base, g)'],
    ['%v', 'fmt.Sprintf("/api/atlas/v1.0/groups/%v/privateEndpoint", g)'],
    [':groupId', "router.get('/api/atlas/v1.0/groups/:groupId/privateEndpoint', list)"],
    ['<GROUP-ID>', 'call /groups/<GROUP-ID>/privateEndpoint for the list'],
    ['{{groupId}}', '{{baseUrl}}/groups/{{groupId}}/privateEndpoint'],
    ['$GROUP_ID', 'curl "$API/groups/$GROUP_ID/privateEndpoint"'],
    ['${GROUP_ID}', 'curl "$API/groups/${GROUP_ID}/privateEndpoint"'],
    ['" + groupId + "', 'String url = BASE + "/groups/" + groupId + "/privateEndpoint";'],
    ["' . $id . '", "$url = self::BASE . '/groups/' . $id . '/privateEndpoint';"],
    ['{}', 'url = "{}/groups/{}/privateEndpoint".format(base, g)'],
    ['5e2211c17a3e5a48f5497de3', 'https://cloud.mongodb.com/api/atlas/v1.0/groups/5e2211c17a3e5a48f5497de3/privateEndpoint'],
    ['#{group_id}', '@client.get("#{BASE}/groups/#{group_id}/privateEndpoint")'],
    ['$($GroupId)', 'Invoke-RestMethod -Uri "$base/groups/$($GroupId)/privateEndpoint"'],
    ['\\(groupId)', 'let url = "\\(base)/groups/\\(groupId)/privateEndpoint"'],
    ['\'"$GROUP_ID"\'', "curl '/api/atlas/v1.0/groups/'\"$GROUP_ID\"'/privateEndpoint'"],
  ];
  for (const [group, line] of groupForms) {
    it(`flags the list call with group ${group} and keeps it in the rewrite`, () => {
      assert.deepEqual(spans(line), [['list', `/groups/${group}/privateEndpoint`, `/groups/${group}/privateEndpoint/AWS/endpointService`]]);
    });
  }

  it('ends the path at a quote, ?, #, whitespace, the end of a line or of the text', () => {
    for (const end of ['"', "'", '`', '?pretty=true', '#top', ' HTTP/1.1', '\n', '', ')', '.\n', ':\n']) {
      const [[kind, text]] = spans(`GET /api/atlas/v1.0/groups/{GROUP-ID}/privateEndpoint${end}`);
      assert.deepEqual([kind, text], ['list', '/groups/{GROUP-ID}/privateEndpoint'], JSON.stringify(end));
    }
  });

  it('flags the path with and without the /api/atlas/v1.0 prefix and host', () => {
    for (const prefix of ['https://cloud.mongodb.com/api/atlas/v1.0', 'https://cloud.mongodbgov.com/api/atlas/v1.0', '/api/atlas/v1.0', '']) {
      assert.equal(scanText(`"${prefix}/groups/{GROUP-ID}/privateEndpoint"`).length, 1, prefix);
    }
  });

  it('rewrites each kind to the endpoint service path, keeping placeholders and ids exactly', () => {
    assert.deepEqual(spans('curl -X POST "$API/groups/$G/privateEndpoint" -d @body.json'), [
      ['create', '/groups/$G/privateEndpoint', '/groups/$G/privateEndpoint/endpointService'],
    ]);
    assert.deepEqual(spans('GET /groups/{GROUP-ID}/privateEndpoint/{PRIVATELINK-ID}'), [
      ['get', '/groups/{GROUP-ID}/privateEndpoint/{PRIVATELINK-ID}', '/groups/{GROUP-ID}/privateEndpoint/AWS/endpointService/{PRIVATELINK-ID}'],
    ]);
    assert.deepEqual(spans('DELETE /groups/5e2211c17a3e5a48f5497de3/privateEndpoint/5df264b8f10fab7d2cad2f0d'), [
      [
        'delete',
        '/groups/5e2211c17a3e5a48f5497de3/privateEndpoint/5df264b8f10fab7d2cad2f0d',
        '/groups/5e2211c17a3e5a48f5497de3/privateEndpoint/AWS/endpointService/5df264b8f10fab7d2cad2f0d',
      ],
    ]);
    assert.deepEqual(spans('POST /groups/{G}/privateEndpoint/{ID}/interfaceEndpoints'), [
      ['interfaceEndpoints', '/groups/{G}/privateEndpoint/{ID}/interfaceEndpoints', '/groups/{G}/privateEndpoint/AWS/endpointService/{ID}/endpoint'],
    ]);
    assert.deepEqual(spans('DELETE /groups/{G}/privateEndpoint/{ID}/interfaceEndpoints/vpce-0b9c5701325cb15dd'), [
      [
        'interfaceEndpoints',
        '/groups/{G}/privateEndpoint/{ID}/interfaceEndpoints/vpce-0b9c5701325cb15dd',
        '/groups/{G}/privateEndpoint/AWS/endpointService/{ID}/endpoint/vpce-0b9c5701325cb15dd',
      ],
    ]);
  });

  it('takes the HTTP method from the statement: same line, continued lines, method chains, curl bodies', () => {
    const kinds = (text: string) => scanText(text).map((finding) => finding.kind);
    assert.deepEqual(kinds('requests.post(\n    f"{BASE}/groups/{g}/privateEndpoint",\n    json=body,\n)'), ['create']);
    assert.deepEqual(kinds('fetch(`${b}/groups/${g}/privateEndpoint`, {\n  method: "POST",\n})'), ['create']);
    assert.deepEqual(kinds('Request.Builder()\n  .url("$b/groups/$g/privateEndpoint/$id")\n  .delete()\n  .build()'), ['delete']);
    assert.deepEqual(kinds('curl --digest \\\n  "$API/groups/$G/privateEndpoint" \\\n  --data \'{"providerName":"AWS"}\''), ['create']);
    assert.deepEqual(kinds('requests.post(f"{B}/groups/{g}/clusters")\nurl = f"{B}/groups/{g}/privateEndpoint"'), ['list']);
    assert.deepEqual(kinds('x = client.get(f"{B}/groups/{os.environ.get(\'G\')}/privateEndpoint")'), ['list']);
  });

  // Issue 12: a test server's handler has no method check; the test around it creates a connection (POST).
  it('says the HTTP method is unknown instead of advising GET when the code does not show it (a request handler)', () => {
    const server = [
      'func TestCreateLink(t *testing.T) {',
      '\tmux.HandleFunc("/api/atlas/v1.0/groups/"+groupID+"/privateEndpoint", func(w http.ResponseWriter, r *http.Request) {',
      '\t\tfmt.Fprint(w, `{"id":"5df264b8f10fab7d2cad2f0d","status":"INITIATING"}`)',
      '\t})',
      '\tlink, _, err := client.PrivateEndpoints.Create(ctx, groupID, &PrivateEndpointConnection{ProviderName: "AWS"})',
      '}',
    ].join('\n');
    const [finding] = scanText(server, 'go');
    assert.equal(finding.kind, 'list');
    assert.equal(finding.httpMethod, undefined);
    assert.doesNotMatch(finding.message, /^GET /);
    assert.match(finding.message, /does not show the HTTP method/);
    assert.match(finding.message, /GET \/groups\/\{GROUP-ID\}\/privateEndpoint\/AWS\/endpointService to list, or POST \/groups\/\{GROUP-ID\}\/privateEndpoint\/endpointService to create/);
    const [read] = scanText('mux.HandleFunc("/api/atlas/v1.0/groups/{g}/privateEndpoint/{id}", handler)', 'go');
    assert.equal(read.kind, 'get');
    assert.match(read.message, /to read, or DELETE .* to delete/);
    // Where the code shows the method, the message names it.
    const [listed] = scanText('resp, err := http.Get(base + "/api/atlas/v1.0/groups/" + g + "/privateEndpoint")', 'go');
    assert.equal(listed.httpMethod, 'GET');
    assert.match(listed.message, /^GET \/groups\/\{GROUP-ID\}\/privateEndpoint is deprecated/);
  });

  it('reports 0-based lines and UTF-16 characters, with CRLF line ends', () => {
    const text = 'first line\r\n  // ünïcode ✓ then\r\n\tcurl "$API/groups/$G/privateEndpoint"\r\n';
    const [finding] = scanText(text);
    assert.equal(finding.line, 2);
    assert.equal(finding.character, '\tcurl "$API'.length);
    assert.equal(finding.length, '/groups/$G/privateEndpoint'.length);
  });

  const nearMisses = [
    'GET /groups/{GROUP-ID}/privateEndpoint/AWS/endpointService',
    'GET /groups/{GROUP-ID}/privateEndpoint/azure/endpointService/{ID}',
    'GET /groups/{GROUP-ID}/privateEndpoint/Gcp/endpointService/{ID}/endpoint/{E}',
    'GET /groups/{groupId}/privateEndpoint/{cloudProvider}/endpointService',
    'GET /groups/{GROUP-ID}/privateEndpoint/{CLOUD-PROVIDER}/endpointService/{ID}',
    'fmt.Sprintf("/groups/%s/privateEndpoint/%s/endpointService", g, provider)',
    'url = BASE + "/groups/" + g + "/privateEndpoint/" + cloudProvider + "/endpointService"',
    'POST /groups/{GROUP-ID}/privateEndpoint/endpointService',
    'PATCH /groups/{GROUP-ID}/privateEndpoint/endpointService/{ID}',
    'GET /groups/{GROUP-ID}/privateEndpoint/regionalMode',
    'GET /groups/{GROUP-ID}/privateEndpoint/serverless/instance/{NAME}/endpoint',
    'GET https://cloud.mongodb.com/api/atlas/v2/groups/{groupId}/privateEndpoint',
    'GET https://cloud.mongodb.com/api/atlas/v2/groups/{groupId}/privateEndpoint/{id}',
    'const privateEndpointId = endpoint.privateEndpointId;',
    'client.PrivateEndpoints.List(ctx, groupID, "AWS", nil)',
    'resource "mongodbatlas_privatelink_endpoint" "pe" {}',
    'resource "mongodbatlas_private_endpoint_regional_mode" "rm" {}',
    'GET /groups/{GROUP-ID}/privateEndpoints',
    'GET /groups/{GROUP-ID}/privateEndpointService',
    'GET /groups/{GROUP-ID}/privateEndpoint/unknownThing',
    'GET /subgroups/{GROUP-ID}/privateEndpoint',
    'https://docs.atlas.mongodb.com/reference/api/private-endpoint-get-one/',
  ];
  for (const text of nearMisses) {
    it(`does not flag ${text}`, () => {
      assert.deepEqual(spans(text), []);
    });
  }

  it('does not flag the old Go client base-path constant shared with the current service, in Go', () => {
    const source = 'const (\n\tprivateEndpointsPath = "api/atlas/v1.0/groups/%s/privateEndpoint"\n)\n';
    assert.deepEqual(spans(source, 'go'), []);
    assert.equal(spans('\turl := "api/atlas/v1.0/groups/%s/privateEndpoint"\n', 'go').length, 1);
  });
});

describe('scanText: SDK, Terraform, Pulumi and CLI names', () => {
  it('flags each method of the Go client PrivateEndpointsDeprecated service and names its replacement', () => {
    const methods = ['List', 'Get', 'Create', 'Delete', 'AddOneInterfaceEndpoint', 'GetOneInterfaceEndpoint', 'DeleteOneInterfaceEndpoint'];
    for (const method of methods) {
      const [finding] = scanText(`x, _, err := client.PrivateEndpointsDeprecated.${method}(ctx, groupID)`);
      assert.equal(finding.kind, 'sdk');
      assert.equal(finding.length, `PrivateEndpointsDeprecated.${method}`.length);
      assert.equal(finding.replacement, undefined);
      assert.match(finding.message, /PrivateEndpoints\.\w+ \(go\.mongodb\.org\/atlas\) or PrivateEndpointServicesApi\.\w+ \(atlas-sdk-go\)/);
    }
  });

  it('flags the deprecated Go types, but not current names that merely contain the word', () => {
    assert.deepEqual(
      spans('var a []mongodbatlas.PrivateEndpointConnectionDeprecated; var b *InterfaceEndpointConnectionDeprecated').map(([kind, text]) => [kind, text]),
      [
        ['sdk', 'PrivateEndpointConnectionDeprecated'],
        ['sdk', 'InterfaceEndpointConnectionDeprecated'],
      ],
    );
    assert.deepEqual(spans('var c PrivateEndpointConnectionDeprecatedX; var d MyPrivateEndpointsDeprecated'), []);
  });

  it('flags the Terraform resources and data sources (and their references) but not their successors', () => {
    const hcl = [
      'resource "mongodbatlas_private_endpoint" "a" {}',
      'data "mongodbatlas_private_endpoint_interface_link" "b" {}',
      'x = mongodbatlas_private_endpoint.a.private_link_id',
      'resource "mongodbatlas_privatelink_endpoint_service" "c" {}',
    ].join('\n');
    assert.deepEqual(
      spans(hcl).map(([kind, text]) => [kind, text]),
      [
        ['terraform', 'mongodbatlas_private_endpoint'],
        ['terraform', 'mongodbatlas_private_endpoint_interface_link'],
        ['terraform', 'mongodbatlas_private_endpoint'],
      ],
    );
    assert.match(scanText(hcl)[0].message, /mongodbatlas_privatelink_endpoint and mongodbatlas_privatelink_endpoint_service/);
  });

  it('flags Pulumi constructors of the bridged resources', () => {
    assert.deepEqual(
      spans('new mongodbatlas.PrivateEndpoint("pe", {}); mongodbatlas.NewPrivateEndpointInterfaceLink(ctx, "l", nil)').map(([k, t]) => [k, t]),
      [
        ['terraform', 'mongodbatlas.PrivateEndpoint'],
        ['terraform', 'mongodbatlas.NewPrivateEndpointInterfaceLink'],
      ],
    );
    assert.deepEqual(spans('mongodbatlas.PrivateLinkEndpoint("pe"); x := mongodbatlas.PrivateEndpointConnection{}'), []);
  });

  it('flags the deprecated Atlas CLI commands without a provider, and names the aws command', () => {
    for (const command of ['list', 'ls', 'describe', 'create', 'delete', 'rm', 'watch', 'interfaces']) {
      const [finding] = scanText(`atlas privateEndpoints ${command} --projectId 5e2211c17a3e5a48f5497de3`);
      assert.equal(finding?.kind, 'cli', command);
      assert.match(finding.message, /atlas privateEndpoints aws /);
    }
    assert.equal(scanText('  mongocli atlas private-endpoints interfaces describe x').length, 1);
    for (const text of [
      'atlas privateEndpoints aws list',
      'atlas privateEndpoints azure interfaces create x',
      'atlas privateEndpoints gcp describe x',
      'atlas privateEndpoints regionalModes enable',
      'atlas privateEndpoints --help',
      'mongodbatlas privateEndpoints list',
      'atlas privateEndpointsList list',
    ]) {
      assert.deepEqual(spans(text), [], text);
    }
  });
});

describe('scanText: messages', () => {
  it('builds every message from the per-kind template and its arguments', () => {
    const text = [
      'GET /groups/{G}/privateEndpoint',
      'client.PrivateEndpointsDeprecated.List(ctx, g, nil)',
      'resource "mongodbatlas_private_endpoint" "x" {}',
      'atlas privateEndpoints list',
    ].join('\n');
    for (const finding of scanText(text)) {
      assert.equal(finding.message, formatMessage(finding.kind, finding.messageArgs));
    }
    assert.equal(
      scanText('GET /groups/{G}/privateEndpoint')[0].message,
      'GET /groups/{GROUP-ID}/privateEndpoint is deprecated in the Atlas Admin API. Use GET /groups/{GROUP-ID}/privateEndpoint/AWS/endpointService instead.',
    );
  });
});

describe('scanText: linear time on hostile input (counts only; timings are in npm run bench)', function () {
  // Each case scans 10 MB or more (about 10 s on a loaded 2-core machine); a quadratic walk would take hours, so a
  // minute still catches one without failing on a busy CI runner.
  this.timeout(60_000);

  it('scans a 10 MB single-line minified file', () => {
    const unit = 'var u=b+"/api/atlas/v1.0/groups/"+g+"/privateEndpoint",v=privateEndpointId;function f(a){return a.map(function(c){return c*2})};';
    const copies = Math.ceil(10_000_000 / unit.length);
    const findings = scanText(unit.repeat(copies));
    assert.equal(findings.length, copies);
    assert.ok(findings.every((finding) => finding.line === 0 && finding.kind === 'list'));
  });

  it('scans single lines full of unclosed placeholders, quotes and braces (no scan-to-the-end per anchor)', () => {
    for (const unit of ['/groups/%[1/privateEndpoint ', '/groups/%(x/privateEndpoint ', '/groups/{{{{/privateEndpoint ', '/groups/" + x /privateEndpoint ']) {
      assert.equal(scanText(unit.repeat(100_000)).length, 0, unit);
    }
    // The tokenizer reads `'…'"…"` as two adjacent string literals (one string in C and Python), whose value can hold
    // `/groups/x/privateEndpoint`: at most one finding per copy.
    const quotes = '/groups/\'"x/privateEndpoint ';
    assert.ok(scanText(quotes.repeat(100_000)).length <= 100_000);
  });

  it('scans data files full of list items and argument lists full of the CLI group (no walk over the list per item)', () => {
    const items = 100_000;
    assert.equal(scanText(`{"path": [${'"privateEndpoint", '.repeat(items)}"x"]}`, 'json').length, 0);
    assert.equal(scanText(`{"path": [\n${'  "privateEndpoint",\n'.repeat(items)}"x"]}`, 'json').length, 0);
    assert.equal(scanText(`path:\n${'  - privateEndpoint\n'.repeat(items)}`, 'yaml').length, 0);
    assert.equal(scanText(`f(${'"privateEndpoints", '.repeat(items)})`, 'go').length, 0);
    // One finding per request, each list read once.
    const request = '{"method": "GET", "url": {"path": ["groups", "g", "privateEndpoint"]}},\n';
    assert.equal(scanText(`[${request.repeat(items / 4)}]`, 'json').length, items / 4);
  });

  it('scans a file of 100,000 near-misses and finds only the real calls among them', () => {
    const nearMiss = [
      'GET /groups/{g}/privateEndpoint/AWS/endpointService',
      'privateEndpointId',
      'atlas privateEndpoints aws list',
      'mongodbatlas_private_endpoint_regional_mode',
      '/groups/x/privateEndpointService',
      'PrivateEndpointsDeprecatedX',
      '/groups/' + '{'.repeat(40) + '/privateEndpoint/' + '"+ '.repeat(20),
    ];
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      lines.push(nearMiss[i % nearMiss.length]);
      if (i % 10_000 === 0) {
        lines.push('curl "$API/groups/$G/privateEndpoint"');
      }
    }
    assert.equal(scanText(lines.join('\n')).length, 10);
  });
});

describe('scanText: paths found by the rewrite property', () => {
  // Found by the rewrite property below: `<` ends a path, but `<ID>` after `/privateEndpoint/<ID>/` is a segment, so
  // the path is not a GET of `<ID>` whose kind would change with the text before it.
  it('reads /privateEndpoint/<ID>/<ID>/interfaceEndpoints the same wherever it stands', () => {
    const path = '/groups/{GROUP-ID}/privateEndpoint/<ID>/<ID>/interfaceEndpoints/" + id + "+';
    for (const before of ['', 'x"', '/groups/{GROUP-ID}/privateEndpoint"', '/groups/{GROUP-ID}/privateEndpoint/AWS/endpointService"']) {
      const kinds = scanText(before + path).filter((finding) => finding.character >= before.length).map((finding) => finding.kind);
      assert.ok(kinds.every((kind) => kind === 'interfaceEndpoints'), `${before}: ${kinds.join(', ')}`);
    }
  });

  it('does not let a later /interfaceEndpoints swallow a path matched before it', () => {
    const text = '/groups/{G}/privateEndpoint?a=1/groups/{G}/privateEndpoint/{G}/{G}/interfaceEndpoints';
    assert.deepEqual(scanText(text).map((finding) => finding.kind), ['list', 'interfaceEndpoints']);
  });
});

describe('scanText: properties', () => {
  const fragments = [
    '/groups/',
    '{GROUP-ID}',
    '${g}',
    '%s',
    '" + id + "',
    '/privateEndpoint',
    '/privateEndpoint/',
    '/interfaceEndpoints',
    '/AWS/endpointService',
    '/endpointService',
    '/api/atlas/v2',
    '/api/atlas/v1.0',
    '5df264b8f10fab7d2cad2f0d',
    'atlas privateEndpoints ',
    'list',
    'aws ',
    'PrivateEndpointsDeprecated',
    '.List(',
    'mongodbatlas_private_endpoint',
    '_interface_link',
    'POST ',
    '"',
    "'",
    '`',
    ' ',
    '\n',
    '\r\n',
    '?x=1',
    '\\',
    '+',
    '(',
    ')',
    '{',
    '}',
    'é',
    '🙂',
  ];
  const segment = fc.constantFrom('{GROUP-ID}', '${g}', '%s', '" + id + "', ':id', '<ID>', '{{g}}', '$G', '5df264b8f10fab7d2cad2f0d', '{}', 'x y', '');
  const url = fc
    .tuple(
      fc.constantFrom('', 'https://cloud.mongodb.com/api/atlas/v1.0', '/api/atlas/v2', 'groups'),
      segment,
      fc.constantFrom('', '/', '/AWS/endpointService', '/endpointService', '/regionalMode'),
      segment,
      fc.constantFrom('', '/interfaceEndpoints', '/interfaceEndpoints/', '/endpoint'),
      segment,
      fc.constantFrom('', '"', '?a=1', ' ', '\n', '/x'),
    )
    .map(([prefix, group, tail, id, sub, endpoint, end]) => `${prefix}/groups/${group}/privateEndpoint${tail}${tail === '/' ? id : ''}${sub ? `/${id}${sub}${endpoint}` : ''}${end}`);
  const documents = fc.array(fc.oneof(fc.constantFrom(...fragments), url), { maxLength: 40 }).map((parts) => parts.join(''));

  it('never throws; findings are ordered, inside their line and do not overlap', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const lines = text.split('\n');
        let previousEnd = -1;
        let previousLine = -1;
        for (const finding of scanText(text)) {
          assert.ok(finding.length > 0);
          assert.ok(finding.character + finding.length <= lines[finding.line].length);
          if (finding.line === previousLine) {
            assert.ok(finding.character >= previousEnd);
          } else {
            assert.ok(finding.line > previousLine);
          }
          previousLine = finding.line;
          previousEnd = finding.character + finding.length;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves no certain legacy REST finding once every rewrite is applied', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const rewritten = applyReplacements(text, scanText(text));
        // Inferred findings without a rewrite (`/interfaceEndpoints` alone) may stay; every rewritten one is gone.
        const remaining = scanText(rewritten).filter((finding) => REST_KINDS.has(finding.kind) && finding.confidence === 'certain');
        assert.deepEqual(remaining, [], rewritten);
      }),
      { numRuns: 3000 },
    );
  });
});
