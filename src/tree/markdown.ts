// Markdown for tooltips, from text that comes from outside (Atlas bodies, names). Pure (no `vscode`).
import { boundedJson } from '../boundedJson';
import { outsideText } from '../outsideText';

const MAX_TOOLTIP_VALUE = 500;

/** A bold title, the error (when present), then one line per field: every field Atlas sent, in its order. */
export function markdownFields(title: string, fields: ReadonlyArray<readonly [string, unknown]>, errorMessage?: string): string {
  const lines = [`**${escapeMarkdown(title)}**`, ''];
  if (errorMessage) {
    lines.push(`⚠ ${escapeMarkdown(oneLine(errorMessage))}`, '');
  }
  for (const [field, value] of fields) {
    lines.push(`**${escapeMarkdown(field)}**: ${escapeMarkdown(formatValue(value))}  `);
  }
  return lines.join('\n').trimEnd();
}

function formatValue(value: unknown): string {
  const text =
    value === null ? 'null'
    : Array.isArray(value) ? (value.length ? value.map((item) => (typeof item === 'string' ? item : boundedJson(item))).join(', ') : '[]')
    : typeof value === 'object' ? boundedJson(value)
    : String(value);
  return outsideText(text, { maxLength: MAX_TOOLTIP_VALUE });
}

/** Runs of white space (line breaks included) as one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Backslash-escapes every ASCII punctuation character (CommonMark allows it), so untrusted text stays plain text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}
