// Terraform: the whole-file migration from the removed `mongodbatlas_private_endpoint` and
// `mongodbatlas_private_endpoint_interface_link` (resources and data sources) to `mongodbatlas_privatelink_endpoint`
// and `mongodbatlas_privatelink_endpoint_service`, with every reference renamed, and with `removed` (Terraform >= 1.7)
// and `import` (Terraform >= 1.5) blocks so the Atlas objects stay while the state moves to the new resources.
import { eolOf, indentAt, lineStarts, lineOf, matchingClose } from './text';
import type { FixNote, LegacyConnection, LegacyInventory, TextEdit } from './types';

const OLD_ENDPOINT = 'mongodbatlas_private_endpoint';
const OLD_LINK = 'mongodbatlas_private_endpoint_interface_link';
const NEW_ENDPOINT = 'mongodbatlas_privatelink_endpoint';
const NEW_LINK = 'mongodbatlas_privatelink_endpoint_service';

const HEADER = /^([ \t]*)(resource|data)([ \t]+)"(mongodbatlas_private_endpoint(?:_interface_link)?)"[ \t]+"([^"\n]+)"[ \t]*\{/gm;
const REFERENCE = /\b(data\.)?(mongodbatlas_private_endpoint(?:_interface_link)?)\.([A-Za-z_][\w-]*)(?:\.([A-Za-z_]\w*))?/g;
const LINK_ATTRIBUTE_RENAMES: Record<string, string> = { interface_endpoint_id: 'endpoint_service_id', connection_status: 'aws_connection_status' };
const HEX_ID = /^[0-9a-f]{24}$/i;

export const PLACEHOLDER = { project: 'PROJECT_ID', privateLink: 'PRIVATE_LINK_ID', endpoint: 'INTERFACE_ENDPOINT_ID', region: 'REGION' } as const;

interface Attribute {
  key: string;
  keyStart: number;
  /** Blanks between the key and `=`. */
  gapEnd: number;
  value: string;
}

interface LegacyBlock {
  mode: 'resource' | 'data';
  type: string;
  name: string;
  typeStart: number;
  open: number;
  close: number;
  attributes: Map<string, Attribute>;
  /** `count` or `for_each`: one block stands for several objects. */
  repeated: boolean;
  line: number;
}

export interface TerraformMigration {
  edits: TextEdit[];
  notes: FixNote[];
}

/** Top-level `key = value` lines of a block body (value: the rest of the line). */
function attributesOf(text: string, open: number, close: number): { attributes: Map<string, Attribute>; repeated: boolean } {
  const attributes = new Map<string, Attribute>();
  let depth = 0;
  let lineStart = open + 1;
  let repeated = false;
  for (let i = open + 1; i < close; i++) {
    const ch = text[i];
    if (ch === '"') {
      while (++i < close && text[i] !== '"' && text[i] !== '\n') {
        if (text[i] === '\\') i++;
      }
      continue;
    }
    if (ch === '{' || ch === '[' || ch === '(') depth++;
    if (ch === '}' || ch === ']' || ch === ')') depth--;
    if (ch === '#' || (ch === '/' && text[i + 1] === '/')) {
      const newline = text.indexOf('\n', i);
      i = newline < 0 ? close : newline - 1;
      continue;
    }
    if (ch === '\n') {
      lineStart = i + 1;
      if (depth === 0) {
        const lineEnd = text.indexOf('\n', lineStart);
        const match = /^([ \t]*)([A-Za-z_][\w-]*)([ \t]*)=(?!=)[ \t]*([^\r\n]*)/.exec(text.slice(lineStart, lineEnd < 0 || lineEnd > close ? close : lineEnd));
        if (match) {
          const keyStart = lineStart + match[1].length;
          attributes.set(match[2], { key: match[2], keyStart, gapEnd: keyStart + match[2].length + match[3].length, value: match[4].trim() });
          if (match[2] === 'count' || match[2] === 'for_each') repeated = true;
        }
      }
    }
  }
  return { attributes, repeated };
}

function legacyBlocks(text: string): LegacyBlock[] {
  const starts = lineStarts(text);
  const blocks: LegacyBlock[] = [];
  for (const match of text.matchAll(HEADER)) {
    const open = match.index + match[0].length - 1;
    const closeEnd = matchingClose(text, open, 200_000);
    if (closeEnd < 0) continue;
    const typeStart = match.index + match[1].length + match[2].length + match[3].length + 1;
    const { attributes, repeated } = attributesOf(text, open, closeEnd - 1);
    blocks.push({
      mode: match[2] as 'resource' | 'data',
      type: match[4],
      name: match[5],
      typeStart,
      open,
      close: closeEnd - 1,
      attributes,
      repeated,
      line: lineOf(starts, match.index),
    });
  }
  return blocks;
}

function literal(value: string | undefined): string | undefined {
  const match = value === undefined ? null : /^"([^"$%\\]*)"\s*(?:#.*|\/\/.*)?$/.exec(value);
  return match ? match[1] : undefined;
}

/** `us-east-1` for `US_EAST_1`, `us-east-1` and `com.amazonaws.vpce.us-east-1.vpce-svc-…`. */
export function awsRegion(value: string): string {
  const service = /^com\.amazonaws\.vpce\.([a-z0-9-]+)\.vpce-svc-/.exec(value);
  return (service ? service[1] : value).toLowerCase().replace(/_/g, '-');
}

/** The legacy connection a resource stands for, when the inventory says so without doubt. */
function connectionFor(inventory: LegacyInventory | undefined, projectId: string | undefined, region: string | undefined): LegacyConnection | undefined {
  if (!inventory || !projectId) return undefined;
  const connections = inventory.get(projectId) ?? [];
  const candidates = region
    ? connections.filter((connection) => connection.endpointServiceName && awsRegion(connection.endpointServiceName) === awsRegion(region))
    : connections;
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** `mongodbatlas_private_endpoint.NAME.ATTR` in a value: the NAME. */
function referencedEndpoint(value: string | undefined, attribute: string): string | undefined {
  const match = value === undefined ? null : new RegExp(`^"?\\$?\\{?${OLD_ENDPOINT}\\.([A-Za-z_][\\w-]*)\\.${attribute}\\}?"?$`).exec(value);
  return match ? match[1] : undefined;
}

interface ImportIds {
  endpoint: Map<string, { project?: string; privateLink?: string; region?: string; connection?: LegacyConnection }>;
}

function importSection(blocks: LegacyBlock[], inventory: LegacyInventory | undefined, notes: FixNote[]): string[] {
  const ids: ImportIds = { endpoint: new Map() };
  const lines: string[] = [];
  const resources = blocks.filter((block) => block.mode === 'resource');
  for (const block of resources.filter((candidate) => candidate.type === OLD_ENDPOINT)) {
    const project = literal(block.attributes.get('project_id')?.value);
    const regionLiteral = literal(block.attributes.get('region')?.value);
    const connection = connectionFor(inventory, project && HEX_ID.test(project) ? project : undefined, regionLiteral);
    const region = regionLiteral ?? (connection?.endpointServiceName ? awsRegion(connection.endpointServiceName) : undefined);
    ids.endpoint.set(block.name, { project, privateLink: connection?.id, region, connection });
  }
  for (const block of resources) {
    const isLink = block.type === OLD_LINK;
    const newType = isLink ? NEW_LINK : NEW_ENDPOINT;
    lines.push('removed {', `  from = ${block.type}.${block.name}`, '  lifecycle {', '    destroy = false', '  }', '}');
    if (block.repeated) {
      notes.push({ line: block.line, kind: 'terraform', reason: `${block.type}.${block.name} uses count or for_each: write one import block per instance (to = ${newType}.${block.name}[…]).` });
      lines.push('');
      continue;
    }
    let id: string;
    const missing: string[] = [];
    const need = (value: string | undefined, placeholder: string) => {
      if (value) return value;
      missing.push(placeholder);
      return placeholder;
    };
    if (!isLink) {
      const known = ids.endpoint.get(block.name);
      const provider = literal(block.attributes.get('provider_name')?.value) ?? 'AWS';
      id = `${need(known?.project, PLACEHOLDER.project)}-${need(known?.privateLink, PLACEHOLDER.privateLink)}-${provider}-${need(known?.region, PLACEHOLDER.region)}`;
    } else {
      const linkedName = referencedEndpoint(block.attributes.get('private_link_id')?.value, 'private_link_id');
      const linked = linkedName ? ids.endpoint.get(linkedName) : undefined;
      const project = literal(block.attributes.get('project_id')?.value) ?? (referencedEndpoint(block.attributes.get('project_id')?.value, 'project_id') === linkedName ? linked?.project : undefined);
      const privateLink = literal(block.attributes.get('private_link_id')?.value) ?? linked?.privateLink;
      const endpointLiteral = literal(block.attributes.get('interface_endpoint_id')?.value);
      const fromInventory = linked?.connection && linked.connection.interfaceEndpoints.length === 1 ? linked.connection.interfaceEndpoints[0] : undefined;
      id = `${need(project, PLACEHOLDER.project)}--${need(privateLink, PLACEHOLDER.privateLink)}--${need(endpointLiteral ?? fromInventory, PLACEHOLDER.endpoint)}--AWS`;
    }
    if (missing.length > 0) {
      lines.push(`# TODO(atlas-migration): replace ${missing.join(', ')} before you plan. ${howToFill(missing)}`);
      notes.push({ line: block.line, kind: 'terraform', reason: `The import id of ${newType}.${block.name} has placeholders (${missing.join(', ')}): fill them before terraform plan.` });
    }
    lines.push('import {', `  to = ${newType}.${block.name}`, `  id = "${id}"`, '}', '');
  }
  return lines;
}

function howToFill(missing: string[]): string {
  const hints: string[] = [];
  if (missing.includes(PLACEHOLDER.project)) hints.push(`${PLACEHOLDER.project} is the Atlas project id`);
  if (missing.includes(PLACEHOLDER.privateLink)) hints.push(`${PLACEHOLDER.privateLink} is the endpoint service id ("id" in atlas privateEndpoints aws list, or the Atlas Private Endpoints view)`);
  if (missing.includes(PLACEHOLDER.endpoint)) hints.push(`${PLACEHOLDER.endpoint} is the vpce-… id of the interface endpoint`);
  if (missing.includes(PLACEHOLDER.region)) hints.push(`${PLACEHOLDER.region} is the value of the resource's region argument`);
  return `${hints.join('; ')}.`;
}

const SECTION_HEADER = [
  '# Atlas private endpoint migration: keep the existing Atlas objects while the state moves to the replacement',
  '# resources. `removed` needs Terraform >= 1.7 and `import` >= 1.5; both belong in the root module. After a clean',
  '# terraform apply, these blocks can be deleted.',
];

/** The migration of a whole Terraform file; empty when it has no legacy block or reference. */
export function migrateTerraform(text: string, inventory?: LegacyInventory): TerraformMigration {
  const blocks = legacyBlocks(text);
  const edits: TextEdit[] = [];
  const notes: FixNote[] = [];
  const eol = eolOf(text);
  const starts = lineStarts(text);
  for (const block of blocks) {
    const isLink = block.type === OLD_LINK;
    edits.push({ start: block.typeStart, end: block.typeStart + block.type.length, newText: isLink ? NEW_LINK : NEW_ENDPOINT });
    if (isLink) {
      const attribute = block.attributes.get('interface_endpoint_id');
      if (attribute) {
        const aligned = attribute.gapEnd - attribute.keyStart - attribute.key.length > 1;
        const width = aligned ? Math.max(attribute.gapEnd - attribute.keyStart - 'endpoint_service_id'.length, 1) : 1;
        edits.push({ start: attribute.keyStart, end: attribute.gapEnd, newText: `endpoint_service_id${' '.repeat(width)}` });
      }
    }
    if ((isLink || block.mode === 'data') && !block.attributes.has('provider_name')) {
      edits.push(providerNameLine(text, block, eol));
    }
  }
  for (const match of text.matchAll(REFERENCE)) {
    const before = text.slice(text.lastIndexOf('\n', match.index) + 1, match.index);
    if (/\bfrom\s*=\s*$/.test(before) || before.trimStart().startsWith('#')) {
      continue;
    }
    const isLink = match[2] === OLD_LINK;
    const attribute = match[4];
    let replacement = `${match[1] ?? ''}${isLink ? NEW_LINK : NEW_ENDPOINT}.${match[3]}`;
    if (attribute !== undefined) {
      replacement += `.${isLink && Object.hasOwn(LINK_ATTRIBUTE_RENAMES, attribute) ? LINK_ATTRIBUTE_RENAMES[attribute] : attribute}`;
      if (attribute === 'id') {
        notes.push({ line: lineOf(starts, match.index), kind: 'terraform', reason: 'The id attribute of the replacement resource has another format; check what reads it.' });
      }
    }
    edits.push({ start: match.index, end: match.index + match[0].length, newText: replacement });
  }
  const section = importSection(blocks, inventory, notes);
  if (section.length > 0) {
    const ending = text.length === 0 || text.endsWith('\n') ? '' : eol;
    while (section[section.length - 1] === '') {
      section.pop();
    }
    const unit = blocks.length > 0 ? indentUnit(text, blocks[0]) : '  ';
    const body = [...SECTION_HEADER, ...section].map((line) => reindent(line, unit)).join(eol);
    edits.push({ start: text.length, end: text.length, newText: `${ending}${eol}${body}${eol}` });
  }
  return { edits, notes };
}

/** The section is written with two spaces per level: use the file's unit instead. */
function reindent(line: string, unit: string): string {
  const trimmed = line.trimStart();
  return unit.repeat((line.length - trimmed.length) / 2) + trimmed;
}

/** One level of indentation as the file writes it (a tab, or the first attribute's spaces). */
function indentUnit(text: string, block: LegacyBlock): string {
  const first = [...block.attributes.values()][0];
  const indent = first ? indentAt(text, first.keyStart) : '';
  return indent === '' ? '  ' : indent;
}

function providerNameLine(text: string, block: LegacyBlock, eol: string): TextEdit {
  const closeLineStart = text.lastIndexOf('\n', block.close) + 1;
  const closeOnOwnLine = text.slice(closeLineStart, block.close).trim() === '' && closeLineStart > block.open;
  const attributes = [...block.attributes.values()];
  if (!closeOnOwnLine || attributes.length === 0) {
    return { start: block.close, end: block.close, newText: ' provider_name = "AWS" ' };
  }
  const last = attributes[attributes.length - 1];
  const indent = indentAt(text, last.keyStart);
  const aligned = attributes.some((attribute) => attribute.gapEnd - attribute.keyStart - attribute.key.length > 1);
  const equalsColumn = last.gapEnd - (text.lastIndexOf('\n', last.keyStart) + 1);
  const gap = aligned ? Math.max(equalsColumn - indent.length - 'provider_name'.length, 1) : 1;
  return { start: closeLineStart, end: closeLineStart, newText: `${indent}provider_name${' '.repeat(gap)}= "AWS"${eol}` };
}
