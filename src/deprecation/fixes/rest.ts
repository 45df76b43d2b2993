// Legacy REST paths: the scanner's path rewrite, plus the request body of "add an interface endpoint", which changes
// from {"interfaceEndpointId": "vpce-…"} to {"id": "vpce-…"} (the only legacy request whose body differs).
import type { Finding } from '../types';
import type { TextEdit } from './types';

export const BODY_CHANGE_NOTE =
  'The request body changes too: {"interfaceEndpointId": "vpce-…"} becomes {"id": "vpce-…"}; no body literal was found near the call to rewrite.';

const LINES_BEFORE = 4;
const LINES_AFTER = 12;
/** `interfaceEndpointId` used as a key: quoted (JSON, dicts, escaped in shell strings) or bare (JS objects). */
const BODY_KEY = /(\\?["'])interfaceEndpointId\1\s*:|(?<=[{,]\s*|^\s*)interfaceEndpointId(?=\s*:)/gm;

/** The finding adds an interface endpoint: POST to the `…/interfaceEndpoints` collection (the only verb it has). */
export function addsInterfaceEndpoint(finding: Finding): boolean {
  return finding.kind === 'interfaceEndpoints' && finding.messageArgs[0].endsWith('/interfaceEndpoints') && !/^(?:GET|DELETE|PUT|PATCH) /.test(finding.messageArgs[0]);
}

function windowAround(text: string, starts: readonly number[], line: number, languageId: string | undefined): [number, number] {
  const from = starts[Math.max(0, line - LINES_BEFORE)];
  let to = line + LINES_AFTER + 1 < starts.length ? starts[line + LINES_AFTER + 1] : text.length;
  if (languageId === 'http') {
    // An .http request ends at the next `###` separator; the one before ends at the request line.
    const next = text.slice(starts[line], to).search(/^###/m);
    if (next >= 0) {
      to = starts[line] + next;
    }
    const previous = text.slice(from, starts[line]).lastIndexOf('###');
    return [previous >= 0 ? from + previous : from, to];
  }
  return [from, to];
}

/** The edit renaming the body key near the call, or undefined when there is not exactly one such key. */
export function bodyEdit(text: string, starts: readonly number[], finding: Finding, languageId: string | undefined): TextEdit | undefined {
  const [from, to] = windowAround(text, starts, finding.line, languageId);
  const window = text.slice(from, to);
  const keys = [...window.matchAll(BODY_KEY)];
  if (keys.length !== 1) {
    return undefined;
  }
  const key = keys[0];
  const nameAt = from + key.index + key[0].indexOf('interfaceEndpointId');
  return { start: nameAt, end: nameAt + 'interfaceEndpointId'.length, newText: 'id' };
}
