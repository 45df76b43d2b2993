// JSON text of a parsed value, with the nesting depth bounded: JSON.stringify recurses, so a 40 KB `[[[…]]]` from a
// server overflows the stack (RangeError). Deeper levels are replaced by a marker string, so the text stays valid JSON.
// Pure.

export const MAX_JSON_DEPTH = 64;
export const TOO_DEEP_MARKER = '… (nested too deep to show)';

/** Like `JSON.stringify(value, null, indent)` for values that came from JSON.parse, at most `maxDepth` levels deep. */
export function boundedJson(value: unknown, indent = 0, maxDepth = MAX_JSON_DEPTH): string {
  const parts: string[] = [];
  const step = ' '.repeat(indent);
  const newline = indent > 0 ? '\n' : '';
  const colon = indent > 0 ? ': ' : ':';

  const write = (current: unknown, depth: number, pad: string): void => {
    if (current === null || typeof current !== 'object') {
      parts.push(scalar(current));
      return;
    }
    const entries: Array<[string | undefined, unknown]> = Array.isArray(current)
      ? current.map((item): [undefined, unknown] => [undefined, item])
      : Object.entries(current).filter(([, item]) => item !== undefined && typeof item !== 'function');
    const [open, close] = Array.isArray(current) ? ['[', ']'] : ['{', '}'];
    if (entries.length === 0) {
      parts.push(open + close);
      return;
    }
    if (depth >= maxDepth) {
      parts.push(JSON.stringify(TOO_DEEP_MARKER));
      return;
    }
    const inner = pad + step;
    parts.push(open);
    entries.forEach(([key, item], index) => {
      parts.push(index === 0 ? newline : `,${newline}`, inner);
      if (key !== undefined) parts.push(JSON.stringify(key), colon);
      write(item, depth + 1, inner);
    });
    parts.push(newline, pad, close);
  };
  write(value, 0, '');
  return parts.join('');
}

function scalar(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'bigint') return value.toString();
  return 'null';
}
