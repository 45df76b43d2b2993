// Prints a plain-text table: one header row, right-aligned numbers.
import { availableParallelism, loadavg } from 'node:os';

export type Cell = string | number;

/** The machine's load average (1, 5, 15 minutes) and core count: timings mean little on a machine busy with other work. */
export function machineLoad(): string {
  return `load average ${loadavg().map((value) => value.toFixed(2)).join(', ')} on ${availableParallelism()} cores`;
}

export function printTable(title: string, header: string[], rows: Cell[][]): void {
  const text = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? formatNumber(cell) : cell)));
  const widths = header.map((name, column) => Math.max(name.length, ...text.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[], numeric: boolean[]) => cells.map((cell, column) => (numeric[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ');
  const numeric = header.map((_, column) => rows.every((row) => typeof row[column] === 'number'));
  console.log(`\n${title}`);
  console.log(line(header, numeric));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of text) console.log(line(row, numeric));
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}
