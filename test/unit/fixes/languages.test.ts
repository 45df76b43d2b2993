import assert from 'node:assert/strict';
import { fix, reasons } from './helpers';

describe('fixes: REST paths and request bodies', () => {
  it('rewrites the path and the curl -d body of "add an interface endpoint"', () => {
    const source = [
      'curl -X POST --digest -u "$K" \\',
      '  "https://cloud.mongodb.com/api/atlas/v1.0/groups/$G/privateEndpoint/$LINK/interfaceEndpoints" \\',
      "  -d '{\"interfaceEndpointId\":\"vpce-0b9c5701325cb15dd\"}'",
      '',
    ].join('\n');
    const { text, plan } = fix(source, { languageId: 'shellscript' });
    assert.match(text, /privateEndpoint\/AWS\/endpointService\/\$LINK\/endpoint"/);
    assert.match(text, /-d '\{"id":"vpce-0b9c5701325cb15dd"\}'/);
    assert.deepEqual(plan.notes, []);
  });

  it('rewrites a Python dict body and a JavaScript object body', () => {
    const python = 'url = f"{BASE}/groups/{g}/privateEndpoint/{link}/interfaceEndpoints"\nrequests.post(url, json={"interfaceEndpointId": vpce})\n';
    assert.match(fix(python, { languageId: 'python' }).text, /json=\{"id": vpce\}/);
    const js = 'await fetch(`${base}/groups/${g}/privateEndpoint/${link}/interfaceEndpoints`, {\n  method: "POST",\n  body: JSON.stringify({ interfaceEndpointId: vpce }),\n});\n';
    assert.match(fix(js, { languageId: 'javascript' }).text, /JSON\.stringify\(\{ id: vpce \}\)/);
  });

  it('rewrites an .http request body, and only the one of its own request', () => {
    const source = [
      'POST {{base}}/groups/{{g}}/privateEndpoint/{{link}}/interfaceEndpoints',
      'Content-Type: application/json',
      '',
      '{ "interfaceEndpointId": "vpce-0b9c5701325cb15dd" }',
      '',
      '###',
      'GET {{base}}/groups/{{g}}/privateEndpoint/AWS/endpointService/{{link}}/endpoint/vpce-1',
      '',
    ].join('\r\n');
    const { text } = fix(source, { languageId: 'http' });
    assert.match(text, /\{ "id": "vpce-0b9c5701325cb15dd" \}\r\n/);
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/, 'CRLF kept');
  });

  it('says the body changes when no body literal is near the call', () => {
    const source = 'const url = `/api/atlas/v1.0/groups/${g}/privateEndpoint/${link}/interfaceEndpoints`;\nawait client.post(url, body);\n';
    const { text, plan } = fix(source, { languageId: 'typescript' });
    assert.match(text, /endpointService\/\$\{link\}\/endpoint`/);
    assert.ok(reasons(plan).some((reason) => reason.includes('{"id": "vpce-…"}')));
  });

  it('does not touch interfaceEndpointId read from a response', () => {
    const source = 'r = requests.get(f"{B}/groups/{g}/privateEndpoint/{l}/interfaceEndpoints/{v}")\nprint(r.json()["interfaceEndpointId"])\n';
    const { text } = fix(source, { languageId: 'python' });
    assert.match(text, /\["interfaceEndpointId"\]/);
  });
});

describe('fixes: Go client (go.mongodb.org/atlas/mongodbatlas)', () => {
  const header = 'package net\n\nimport (\n\tatlas "go.mongodb.org/atlas/mongodbatlas"\n)\n\n';

  it('adds the provider to List, Get, Delete, GetOne and DeleteOne, and renames Create', () => {
    const source =
      header +
      'func f() {\n' +
      '\tc.PrivateEndpointsDeprecated.List(ctx, g, &atlas.ListOptions{PageNum: 1})\n' +
      '\tc.PrivateEndpointsDeprecated.Get(ctx, g, id)\n' +
      '\tc.PrivateEndpointsDeprecated.Delete(ctx, g, id)\n' +
      '\tc.PrivateEndpointsDeprecated.Create(ctx, g, &atlas.PrivateEndpointConnectionDeprecated{ProviderName: "AWS", Region: r})\n' +
      '\tc.PrivateEndpointsDeprecated.GetOneInterfaceEndpoint(ctx, g, id, vpce)\n' +
      '\tc.PrivateEndpointsDeprecated.DeleteOneInterfaceEndpoint(ctx, g, id, vpce)\n' +
      '}\n';
    const { text } = fix(source, { languageId: 'go' });
    assert.match(text, /c\.PrivateEndpoints\.List\(ctx, g, "AWS", &atlas\.ListOptions\{PageNum: 1\}\)/);
    assert.match(text, /c\.PrivateEndpoints\.Get\(ctx, g, "AWS", id\)/);
    assert.match(text, /c\.PrivateEndpoints\.Delete\(ctx, g, "AWS", id\)/);
    assert.match(text, /c\.PrivateEndpoints\.Create\(ctx, g, &atlas\.PrivateEndpointConnection\{ProviderName: "AWS", Region: r\}\)/);
    assert.match(text, /c\.PrivateEndpoints\.GetOnePrivateEndpoint\(ctx, g, "AWS", id, vpce\)/);
    assert.match(text, /c\.PrivateEndpoints\.DeleteOnePrivateEndpoint\(ctx, g, "AWS", id, vpce\)/);
  });

  it('wraps the vpce id of AddOneInterfaceEndpoint in the import alias\'s InterfaceEndpointConnection', () => {
    const { text } = fix(`${header}func f() {\n\tc.PrivateEndpointsDeprecated.AddOneInterfaceEndpoint(ctx, g, id, "vpce-1")\n}\n`, { languageId: 'go' });
    assert.match(text, /c\.PrivateEndpoints\.AddOnePrivateEndpoint\(ctx, g, "AWS", id, &atlas\.InterfaceEndpointConnection\{ID: "vpce-1"\}\)/);
  });

  it('leaves calls whose arguments cannot be read, InterfaceEndpointConnectionDeprecated, and vendored copies', () => {
    const source = `${header}func f() {\n\tc.PrivateEndpointsDeprecated.List(args...)\n\tvar e *atlas.InterfaceEndpointConnectionDeprecated\n}\n`;
    const { text, plan } = fix(source, { languageId: 'go' });
    assert.equal(text, source);
    assert.equal(plan.notes.length, 2);
    assert.ok(reasons(plan)[1].includes('InterfaceEndpointID'));
    const vendored = 'package mongodbatlas\n\ntype PrivateEndpointConnectionDeprecated struct{}\n';
    assert.equal(fix(vendored, { languageId: 'go' }).text, vendored);
  });
});

describe('fixes: Atlas CLI', () => {
  const sh = { languageId: 'shellscript' };

  it('maps list, describe, delete, watch and create (dropping --provider AWS)', () => {
    const source = [
      'atlas privateEndpoints ls --projectId "$G" -o json > out.json',
      'atlas privateEndpoints describe 5df264b8f10fab7d2cad2f0d --projectId "$G"',
      'atlas privateendpoints rm "$ID" --force',
      'atlas privateEndpoints watch "$ID"',
      'atlas privateEndpoints create --provider AWS --region us-east-1 --projectId "$G"',
      '',
    ].join('\n');
    const { text } = fix(source, sh);
    assert.deepEqual(text.split('\n'), [
      'atlas privateEndpoints aws list --projectId "$G" -o json > out.json',
      'atlas privateEndpoints aws describe 5df264b8f10fab7d2cad2f0d --projectId "$G"',
      'atlas privateendpoints aws delete "$ID" --force',
      'atlas privateEndpoints aws watch "$ID"',
      'atlas privateEndpoints aws create --region us-east-1 --projectId "$G"',
      '',
    ]);
  });

  it('maps interfaces: create keeps its arguments, describe/delete move the Atlas id to --endpointServiceId', () => {
    const source = [
      'atlas privateEndpoints interfaces create 5df264b8f10fab7d2cad2f0d --privateEndpointId vpce-0b9c5701325cb15dd',
      'atlas privateEndpoints interfaces describe 5df264b8f10fab7d2cad2f0d --privateEndpointId vpce-0b9c5701325cb15dd',
      'atlas privateEndpoints interfaces delete vpce-0b9c5701325cb15dd --privateEndpointId "$LINK" --force',
      '',
    ].join('\n');
    const { text } = fix(source, sh);
    assert.deepEqual(text.split('\n'), [
      'atlas privateEndpoints aws interfaces create 5df264b8f10fab7d2cad2f0d --privateEndpointId vpce-0b9c5701325cb15dd',
      'atlas privateEndpoints aws interfaces describe vpce-0b9c5701325cb15dd --endpointServiceId 5df264b8f10fab7d2cad2f0d',
      'atlas privateEndpoints aws interfaces delete vpce-0b9c5701325cb15dd --endpointServiceId "$LINK" --force',
      '',
    ]);
  });

  it('follows line continuations and inline code, and leaves what it cannot read', () => {
    const continued = 'atlas privateEndpoints create \\\n  --provider AWS \\\n  --region eu-west-1\n';
    assert.equal(fix(continued, sh).text, 'atlas privateEndpoints aws create \\\n \\\n  --region eu-west-1\n');
    assert.equal(fix('Run `atlas privateEndpoints list --projectId <id>`.\n', { languageId: 'markdown' }).text, 'Run `atlas privateEndpoints aws list --projectId <id>`.\n');
    const unknown = 'atlas privateEndpoints interfaces describe "$A" --privateEndpointId "$B"\natlas privateEndpoints create --provider AZURE --region eastus2\n';
    const { text, plan } = fix(unknown, sh);
    assert.equal(text, unknown);
    assert.equal(plan.notes.length, 2);
  });
});

describe('fixes: Pulumi', () => {
  it('TypeScript: resources, arguments and data sources', () => {
    const source = [
      'const ep = new mongodbatlas.PrivateEndpoint("ep", { projectId, providerName: "AWS", region: "us-east-1" });',
      'const link = new mongodbatlas.PrivateEndpointInterfaceLink("link", {',
      '    projectId: ep.projectId,',
      '    privateLinkId: ep.privateLinkId,',
      '    interfaceEndpointId: vpce.id,',
      '});',
      'const found = mongodbatlas.getPrivateEndpointOutput({ projectId: p, privateLinkId: ep.privateLinkId });',
      '',
    ].join('\n');
    const { text } = fix(source, { languageId: 'typescript' });
    assert.deepEqual(text.split('\n'), [
      'const ep = new mongodbatlas.PrivateLinkEndpoint("ep", { projectId, providerName: "AWS", region: "us-east-1" });',
      'const link = new mongodbatlas.PrivateLinkEndpointService("link", {',
      '    providerName: "AWS",',
      '    projectId: ep.projectId,',
      '    privateLinkId: ep.privateLinkId,',
      '    endpointServiceId: vpce.id,',
      '});',
      'const found = mongodbatlas.getPrivateLinkEndpointOutput({ providerName: "AWS", projectId: p, privateLinkId: ep.privateLinkId });',
      '',
    ]);
  });

  it('Python', () => {
    const source = 'link = mongodbatlas.PrivateEndpointInterfaceLink("link", project_id=p, private_link_id=l, interface_endpoint_id=v)\n';
    assert.equal(
      fix(source, { languageId: 'python' }).text,
      'link = mongodbatlas.PrivateLinkEndpointService("link", provider_name="AWS", project_id=p, private_link_id=l, endpoint_service_id=v)\n',
    );
  });

  it('Go', () => {
    const source = [
      '_, err := mongodbatlas.NewPrivateEndpointInterfaceLink(ctx, "link", &mongodbatlas.PrivateEndpointInterfaceLinkArgs{',
      '\tProjectId:           ep.ProjectId,',
      '\tPrivateLinkId:       ep.PrivateLinkId,',
      '\tInterfaceEndpointId: vpce.ID(),',
      '})',
      '',
    ].join('\n');
    assert.equal(
      fix(source, { languageId: 'go' }).text,
      [
        '_, err := mongodbatlas.NewPrivateLinkEndpointService(ctx, "link", &mongodbatlas.PrivateLinkEndpointServiceArgs{',
        '\tProviderName: pulumi.String("AWS"),',
        '\tProjectId:           ep.ProjectId,',
        '\tPrivateLinkId:       ep.PrivateLinkId,',
        '\tEndpointServiceId: vpce.ID(),',
        '})',
        '',
      ].join('\n'),
    );
  });

  it('C#', () => {
    const source = 'var ep = new Mongodbatlas.PrivateEndpoint("ep", new Mongodbatlas.PrivateEndpointArgs { ProjectId = p, ProviderName = "AWS", Region = "us-east-1" });\n';
    assert.equal(
      fix(source, { languageId: 'csharp' }).text,
      'var ep = new Mongodbatlas.PrivateLinkEndpoint("ep", new Mongodbatlas.PrivateLinkEndpointArgs { ProjectId = p, ProviderName = "AWS", Region = "us-east-1" });\n',
    );
  });

  it('leaves a link whose arguments come from a variable', () => {
    const source = 'link = mongodbatlas.PrivateEndpointInterfaceLink("link", **args)\n';
    const { text, plan } = fix(source, { languageId: 'python' });
    assert.equal(text, source);
    assert.equal(plan.notes.length, 1);
  });
});

describe('fixes: encoding', () => {
  it('keeps a byte-order mark and non-ASCII text around the edits', () => {
    const source = '\uFEFF# Größe: 🚀\ncurl "https://x/api/atlas/v1.0/groups/$G/privateEndpoint"\n';
    assert.equal(fix(source, { languageId: 'shellscript' }).text, '\uFEFF# Größe: 🚀\ncurl "https://x/api/atlas/v1.0/groups/$G/privateEndpoint/AWS/endpointService"\n');
  });
});
