// Scripts inside YAML block scalars: a CI step's `run: |`, a Kubernetes container's `args: - |`, a CloudFormation
// function's `ZipFile: |`. Their lines are code in another language, with names bound and used inside the block, so
// the scanner reads each block in that language (a shell unless the block reads as Python or PowerShell).

export interface EmbeddedScript {
  /** Offsets of the block's lines, from the start of its first line to the end of its last. */
  start: number;
  end: number;
  languageId: string;
}

/** A block scalar's indicator: `|`, `>-`, `|+2`. */
const BLOCK_INDICATOR = /^[|>][+-]?[0-9]?$/;
const PYTHON_LINE = /^[ \t]*(?:import [\w.]+|from [\w.]+ import |def \w+\(|class \w+[(:])/m;
const POWERSHELL_WORD = /\$env:|Invoke-RestMethod|Invoke-WebRequest|Write-Host/;
const MAX_BLOCKS = 64;

function indentOf(line: string): number {
  let width = 0;
  while (width < line.length && (line[width] === ' ' || line[width] === '\t')) {
    width++;
  }
  return width;
}

/** The indentation of a line that opens a block scalar (`key: |`, `key: >-`, `- |`), or -1. */
function blockOpenerIndent(line: string): number {
  const indent = indentOf(line);
  const rest = line.slice(indent).trimEnd();
  const item = rest.startsWith('- ') ? rest.slice(2).trimStart() : rest;
  if (BLOCK_INDICATOR.test(item)) {
    return indent;
  }
  const colon = item.lastIndexOf(': ');
  return colon > 0 && !item.slice(0, colon).includes('#') && BLOCK_INDICATOR.test(item.slice(colon + 2).trim()) ? indent : -1;
}

function languageOf(block: string): string {
  if (PYTHON_LINE.test(block)) {
    return 'python';
  }
  return POWERSHELL_WORD.test(block) ? 'powershell' : 'shellscript';
}

/** The block scalars of a YAML text, each with the language its lines are read in. */
export function embeddedScripts(text: string): EmbeddedScript[] {
  const blocks: EmbeddedScript[] = [];
  const lines = text.split('\n');
  let offset = 0;
  for (let k = 0; k < lines.length && blocks.length < MAX_BLOCKS; ) {
    const indent = blockOpenerIndent(lines[k]);
    offset += lines[k].length + 1;
    k++;
    if (indent < 0) {
      continue;
    }
    const start = offset;
    let end = offset;
    while (k < lines.length && (lines[k].trim() === '' || indentOf(lines[k]) > indent)) {
      offset += lines[k].length + 1;
      if (lines[k].trim() !== '') {
        end = offset - 1;
      }
      k++;
    }
    if (end > start) {
      blocks.push({ start, end, languageId: languageOf(text.slice(start, end)) });
    }
  }
  return blocks;
}

/** `text` with everything outside `blocks` blanked (line breaks kept), so that offsets and lines stay the same. */
export function onlyBlocks(text: string, blocks: readonly EmbeddedScript[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const block of blocks) {
    parts.push(text.slice(at, block.start).replace(/[^\n]/g, ' '), text.slice(block.start, block.end));
    at = block.end;
  }
  parts.push(text.slice(at).replace(/[^\n]/g, ' '));
  return parts.join('');
}
