// Serialising bodies the way Atlas does: compact by default, `pretty=true` in the seed's layout
// (two-space indent, arrays of plain values on one line).

function isPlain(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

export function atlasPretty(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPlain)) return `[${value.map((entry) => JSON.stringify(entry)).join(', ')}]`;
    return `[\n${value.map((entry) => inner + atlasPretty(entry, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([key, entry]) => `${inner}${JSON.stringify(key)}: ${atlasPretty(entry, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

export function serialize(value: unknown, pretty: boolean): string {
  return pretty ? atlasPretty(value) : JSON.stringify(value);
}
