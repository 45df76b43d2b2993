// What the scanner prints: the report (text, JSON lines or SARIF) and the summary on standard error.
import { version } from '../../package.json';
import { toJsonLine, toSarif, toTextLine, type FileFinding } from '../deprecation/report';
import type { Format } from './options';
import type { Note, Totals } from './totals';

function isControl(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    // Bidirectional embeddings, overrides and isolates would reorder what a terminal shows.
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

const NAMED_ESCAPES: Record<number, string> = { 0x09: '\\t', 0x0a: '\\n', 0x0d: '\\r' };

/**
 * `text` with control characters (C0, DEL, C1, line and paragraph separators, bidi controls) written as escapes,
 * so that a file name cannot add lines to the report or drive the terminal.
 */
export function printable(text: string): string {
  let result = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isControl(code)) {
      const hex = code.toString(16);
      result += text.slice(from, i) + (NAMED_ESCAPES[code] ?? (code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`));
      from = i + 1;
    }
  }
  return from === 0 ? text : result + text.slice(from);
}

export function render(findings: readonly FileFinding[], format: Format): string {
  switch (format) {
    case 'json':
      return findings.map((finding) => `${toJsonLine(finding)}\n`).join('');
    case 'sarif':
      return `${JSON.stringify(
        toSarif(findings, {
          toolName: 'atlas-private-endpoints-scan',
          toolVersion: version,
          informationUri: 'https://github.com/atlas-private-endpoints/vscode-atlas-private-endpoints',
        }),
        null,
        2,
      )}\n`;
    default:
      return findings.map((finding) => `${printable(toTextLine(finding))}\n`).join('');
  }
}

export function noteLine(note: Note): string {
  return `atlas-scan: ${printable(note.file)}: ${printable(note.message)}\n`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The last line on standard error: what was found, scanned and skipped, and why. */
export function summaryLine(findings: readonly FileFinding[], totals: Totals): string {
  const files = new Set(findings.map((finding) => finding.file)).size;
  const skipped = [
    totals.binary ? `${totals.binary} binary` : '',
    totals.tooLarge ? `${totals.tooLarge} too large` : '',
    totals.unreadable ? `${totals.unreadable} unreadable` : '',
    totals.symlinks ? `${count(totals.symlinks, 'symbolic link')} (not followed)` : '',
    totals.special ? `${count(totals.special, 'named pipe, socket or device', 'named pipes, sockets or devices')}` : '',
    totals.brokenLinks ? `${count(totals.brokenLinks, 'broken or looping symbolic link')}` : '',
  ].filter(Boolean);
  const committed = totals.committedIgnored
    ? ` (including ${count(totals.committedIgnored, 'committed file')} that .gitignore lists)`
    : '';
  return (
    `atlas-scan: ${findings.length} deprecated Atlas private endpoint API use(s) in ${files} file(s); ` +
    `${totals.scanned} file(s) scanned${committed}${skipped.length ? `, skipped ${skipped.join(', ')}` : ''}.\n`
  );
}
