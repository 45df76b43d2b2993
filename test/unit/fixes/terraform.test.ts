import assert from 'node:assert/strict';
import { parse } from '@cdktf/hcl2json';
import { scanText } from '../../../src/deprecation';
import { fix, reasons } from './helpers';

type Hcl = Record<string, unknown> & {
  resource?: Record<string, Record<string, Array<Record<string, unknown>>>>;
  data?: Record<string, Record<string, Array<Record<string, unknown>>>>;
  import?: Array<{ to: string; id: string }>;
  removed?: Array<{ from: string; lifecycle: Array<{ destroy: boolean }> }>;
  output?: Record<string, Array<{ value: string }>>;
};

/** HashiCorp's own HCL parser (a WASM build from npm): the generated file must be valid HCL. */
async function hcl(text: string): Promise<Hcl> {
  return (await parse('main.tf', text)) as Hcl;
}

const TF = { languageId: 'terraform' };

const LEGACY = `resource "mongodbatlas_private_endpoint" "primary" {
  project_id    = "5e2211c17a3e5a48f5497de3"
  provider_name = "AWS"
  region        = "us-east-1"
}

resource "aws_vpc_endpoint" "primary" {
  vpc_id       = var.vpc_id
  service_name = mongodbatlas_private_endpoint.primary.endpoint_service_name
}

resource "mongodbatlas_private_endpoint_interface_link" "primary" {
  project_id            = mongodbatlas_private_endpoint.primary.project_id
  private_link_id       = mongodbatlas_private_endpoint.primary.private_link_id
  interface_endpoint_id = aws_vpc_endpoint.primary.id
  depends_on            = [mongodbatlas_private_endpoint.primary]
}

data "mongodbatlas_private_endpoint" "existing" {
  project_id      = var.project_id
  private_link_id = var.private_link_id
}

data "mongodbatlas_private_endpoint_interface_link" "existing" {
  project_id            = var.project_id
  private_link_id       = var.private_link_id
  interface_endpoint_id = var.vpce_id
}

output "status" {
  value = "\${mongodbatlas_private_endpoint_interface_link.primary.connection_status} \${data.mongodbatlas_private_endpoint.existing.status}"
}
`;

describe('fixes: Terraform', () => {
  it('migrates resources, data sources and references, and the result is valid HCL', async () => {
    const { text } = fix(LEGACY, TF);
    const parsed = await hcl(text);
    assert.deepEqual(Object.keys(parsed.resource ?? {}).sort(), ['aws_vpc_endpoint', 'mongodbatlas_privatelink_endpoint', 'mongodbatlas_privatelink_endpoint_service']);
    const service = parsed.resource?.mongodbatlas_privatelink_endpoint_service.primary[0] ?? {};
    assert.equal(service.endpoint_service_id, '${aws_vpc_endpoint.primary.id}');
    assert.equal(service.provider_name, 'AWS');
    assert.equal(service.private_link_id, '${mongodbatlas_privatelink_endpoint.primary.private_link_id}');
    assert.deepEqual(service.depends_on, ['${mongodbatlas_privatelink_endpoint.primary}']);
    assert.equal('interface_endpoint_id' in service, false);
    assert.equal(parsed.resource?.aws_vpc_endpoint.primary[0].service_name, '${mongodbatlas_privatelink_endpoint.primary.endpoint_service_name}');
    const endpointData = parsed.data?.mongodbatlas_privatelink_endpoint.existing[0] ?? {};
    assert.equal(endpointData.provider_name, 'AWS');
    const linkData = parsed.data?.mongodbatlas_privatelink_endpoint_service.existing[0] ?? {};
    assert.equal(linkData.endpoint_service_id, '${var.vpce_id}');
    assert.equal(linkData.provider_name, 'AWS');
    assert.equal(
      parsed.output?.status[0].value,
      '${mongodbatlas_privatelink_endpoint_service.primary.aws_connection_status} ${data.mongodbatlas_privatelink_endpoint.existing.status}',
    );
  });

  it('keeps the state: removed blocks for the old resources, import blocks with the documented id formats', async () => {
    const { text, plan } = fix(LEGACY, TF);
    const parsed = await hcl(text);
    assert.deepEqual(
      parsed.removed?.map((block) => [block.from, block.lifecycle[0].destroy]),
      [
        ['${mongodbatlas_private_endpoint.primary}', false],
        ['${mongodbatlas_private_endpoint_interface_link.primary}', false],
      ],
    );
    // {project_id}-{private_link_id}-{provider_name}-{region} and {project_id}--{private_link_id}--{endpoint_service_id}--{provider_name}
    assert.deepEqual(
      parsed.import?.map((block) => [block.to, block.id]),
      [
        ['${mongodbatlas_privatelink_endpoint.primary}', '5e2211c17a3e5a48f5497de3-PRIVATE_LINK_ID-AWS-us-east-1'],
        ['${mongodbatlas_privatelink_endpoint_service.primary}', '5e2211c17a3e5a48f5497de3--PRIVATE_LINK_ID--INTERFACE_ENDPOINT_ID--AWS'],
      ],
    );
    assert.match(text, /# TODO\(atlas-migration\): replace PRIVATE_LINK_ID before you plan\. PRIVATE_LINK_ID is the endpoint service id/);
    assert.ok(reasons(plan).some((reason) => reason.includes('placeholders (PRIVATE_LINK_ID)')));
  });

  it('fills the import ids from the live inventory when the project id is a literal', async () => {
    const inventory = new Map([
      [
        '5e2211c17a3e5a48f5497de3',
        [
          { id: '5df264b8f10fab7d2cad2f0d', endpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0aee615d3fe32c14e', interfaceEndpoints: ['vpce-05934e68436496102'] },
          { id: '5df264b8f10fab7d2cad2f0e', endpointServiceName: 'com.amazonaws.vpce.eu-west-1.vpce-svc-0aee615d3fe32c14f', interfaceEndpoints: [] },
        ],
      ],
    ]);
    const { text, plan } = fix(LEGACY, { ...TF, inventory });
    const parsed = await hcl(text);
    assert.deepEqual(
      parsed.import?.map((block) => block.id),
      ['5e2211c17a3e5a48f5497de3-5df264b8f10fab7d2cad2f0d-AWS-us-east-1', '5e2211c17a3e5a48f5497de3--5df264b8f10fab7d2cad2f0d--vpce-05934e68436496102--AWS'],
    );
    assert.doesNotMatch(text, /TODO/);
    assert.equal(plan.notes.length, 0);
  });

  it('leaves placeholders when the project id is not a literal, even when signed in', async () => {
    const inventory = new Map([['5e2211c17a3e5a48f5497de3', [{ id: '5df264b8f10fab7d2cad2f0d', endpointServiceName: null, interfaceEndpoints: [] }]]]);
    const source = 'resource "mongodbatlas_private_endpoint" "x" {\n  project_id    = var.project_id\n  provider_name = "AWS"\n  region        = "us-east-1"\n}\n';
    const { text } = fix(source, { ...TF, inventory });
    assert.deepEqual((await hcl(text)).import?.map((block) => block.id), ['PROJECT_ID-PRIVATE_LINK_ID-AWS-us-east-1']);
  });

  it('keeps CRLF line endings and tab indentation', async () => {
    const source = 'resource "mongodbatlas_private_endpoint_interface_link" "l" {\r\n\tproject_id = "p"\r\n\tprivate_link_id = "5df264b8f10fab7d2cad2f0d"\r\n\tinterface_endpoint_id = "vpce-0b9c5701325cb15dd"\r\n}\r\n';
    const { text } = fix(source, TF);
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/, 'every inserted line ends with CRLF');
    assert.match(text, /\tprovider_name = "AWS"\r\n\}/);
    assert.deepEqual((await hcl(text)).import?.map((block) => block.id), ['p--5df264b8f10fab7d2cad2f0d--vpce-0b9c5701325cb15dd--AWS']);
  });

  it('leaves repeated resources (count/for_each) without an import block, and says why', async () => {
    const source = 'resource "mongodbatlas_private_endpoint" "many" {\n  count         = 2\n  project_id    = "p"\n  provider_name = "AWS"\n  region        = "us-east-1"\n}\n';
    const { text, plan } = fix(source, TF);
    const parsed = await hcl(text);
    assert.equal(parsed.import, undefined);
    assert.equal(parsed.removed?.length, 1);
    assert.ok(reasons(plan).some((reason) => reason.includes('count or for_each')));
  });

  it('the scanner does not report the old address in a removed block (the migration itself)', () => {
    assert.deepEqual(scanText('removed {\n  from = mongodbatlas_private_endpoint.x\n}\n', 'terraform'), []);
    assert.equal(scanText('x = mongodbatlas_private_endpoint.x.id\n', 'terraform').length, 1);
  });

  it('migrates the repository corpus file into valid HCL', async () => {
    const { readFileSync } = await import('node:fs');
    const { text } = fix(readFileSync('test/corpus/terraform/main.tf', 'utf8'), TF);
    const parsed = await hcl(text);
    assert.equal(parsed.import?.length, 2);
    assert.ok(parsed.data?.mongodbatlas_privatelink_endpoint.existing);
  });
});
