// The text of one connection (or endpoint service) row, made to read in a 300 px sidebar: the label tells rows apart
// (region · service id), the description is the status (with the error's first words), the tooltip has everything.
// Pure (no `vscode`). Kept apart from nodeLook.ts so that row text has one home.
import { outsideText as neutralise } from '../outsideText';
import { endpointServiceNameOf, errorMessageOf, fieldsOf, statusOf } from './connectionFields';
import { markdownFields } from './markdown';
import type { ConnectionLikeNode } from './nodes';

/** How many characters of an error message the description keeps (the tooltip has all of it). */
const ERROR_WORDS_CHARS = 48;
/** Longest status (or provider) shown: Atlas's are short, anything longer is not one. */
const STATUS_CHARS = 60;

/** `com.amazonaws.vpce.<region>.vpce-svc-<id>` (commercial and GovCloud regions alike). */
const AWS_SERVICE_NAME = /^com\.amazonaws\.vpce\.([a-z0-9-]+)\.(vpce-svc-[0-9a-z]+)$/i;

export interface RowText {
  readonly label: string;
  readonly description: string;
}

/** Text from Atlas on its way into a label or description: every row's outside text passes through the shared helper. */
function outsideText(text: string, maxLength?: number): string {
  return neutralise(text, { maxLength });
}

/** The region and the short service id that tell a row apart, whatever the provider; undefined when unknown. */
export function regionAndServiceId(node: ConnectionLikeNode): { region?: string; serviceId?: string } {
  const name = endpointServiceNameOf(node);
  const fields = fieldsOf(node);
  const declaredRegion = typeof fields.regionName === 'string' && fields.regionName ? fields.regionName : typeof fields.region === 'string' && fields.region ? fields.region : undefined;
  if (!name) {
    return { region: declaredRegion };
  }
  const first = name.split('\n')[0];
  const aws = AWS_SERVICE_NAME.exec(first);
  if (aws) {
    return { region: aws[1], serviceId: aws[2] };
  }
  const segments = first.split('/').filter(Boolean);
  // GCP service attachment URLs: `…/regions/<region>/serviceAttachments/<name>`.
  const regions = segments.lastIndexOf('regions');
  if (regions >= 0 && segments[regions + 2] === 'serviceAttachments' && segments.length === regions + 4) {
    return { region: segments[regions + 1], serviceId: segments[regions + 3] };
  }
  // Azure `pls_…` and anything else: the name's last path segment.
  return { region: declaredRegion, serviceId: segments.at(-1) ?? first };
}

export function connectionRowText(node: ConnectionLikeNode): RowText {
  const { region, serviceId } = regionAndServiceId(node);
  // Still INITIATING (no name yet): the id is what tells it apart.
  const identity = serviceId ?? (node.kind === 'connection' ? node.connection.id : node.service.id);
  const label = region ? `${region} · ${identity}` : identity;
  const status = outsideText(statusOf(node), STATUS_CHARS);
  const provider = node.kind === 'endpointService' ? `${outsideText(node.service.cloudProvider, STATUS_CHARS)} · ` : '';
  const errorMessage = errorMessageOf(node);
  const description = errorMessage ? `${provider}${status} · ${firstWords(outsideText(errorMessage), ERROR_WORDS_CHARS)}` : `${provider}${status}`;
  return { label: outsideText(label), description: outsideText(description) };
}

/** Markdown: the full endpoint service name (or the id) as the title, the error, then every field Atlas sent. */
export function connectionTooltip(node: ConnectionLikeNode): string {
  const name = endpointServiceNameOf(node);
  const id = node.kind === 'connection' ? node.connection.id : node.service.id;
  return markdownFields(outsideText(name ? name.replace(/\n/g, ', ') : id), Object.entries(fieldsOf(node)), errorMessageOf(node));
}

/** At most `max` characters, cut at a word boundary when there is one, with an ellipsis when cut. */
export function firstWords(text: string, max: number): string {
  if (text.length <= max) {
    return text;
  }
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  let end = space > max / 2 ? space : cut.length;
  while (end > 0 && ' ,;:.'.includes(cut[end - 1])) {
    end--;
  }
  return `${cut.slice(0, end)}…`;
}
