// Command-line scanner for CI: the editor's deprecation rules over files and folders.
//   node dist/scan.js [--format text|json|sarif] [--ignore-file F]... [--max-file-size-kb N] [--output F] [paths...]
// Exit code: 1 when anything is found, 0 when clean, 2 on a usage error.
import { readFileSync, readdirSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ignore, { type Ignore } from 'ignore';
import { version } from '../../package.json';
import { languageIdForPath, scanText } from '../deprecation';
import { toJsonLine, toSarif, toTextLine, type FileFinding } from '../deprecation/report';
import { FIX_USAGE, runFixes, takeFixFlags } from './fix';

const USAGE = `Usage: atlas-scan [options] [paths...]

Finds uses of the deprecated Atlas private endpoint API (GET/POST/DELETE /groups/{GROUP-ID}/privateEndpoint...,
the Go client's PrivateEndpointsDeprecated, Terraform's mongodbatlas_private_endpoint, \`atlas privateEndpoints list\`...).
Paths are files or folders (default: the current folder). Folders are walked honouring .gitignore and
.atlasscanignore files; node_modules, .git and binary files are skipped.

Options:
  --format text|json|sarif   output format (default: text). json prints one object per line.
  --ignore-file FILE         more gitignore-style patterns, relative to the current folder (repeatable)
  --max-file-size-kb N       skip files larger than N KB (default: no limit)
  --output FILE              write the report to FILE instead of standard output
${FIX_USAGE}
  -h, --help                 show this help

Exit code: 1 when anything is found, 0 when nothing is, 2 on a usage error.`;

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

const IGNORE_FILES = ['.gitignore', '.atlasscanignore'];
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);
const BINARY_SNIFF_BYTES = 8192;

class UsageError extends Error {}

interface Options {
  format: Format;
  ignoreFiles: string[];
  maxFileBytes: number;
  output?: string;
  paths: string[];
}

function parseOptions(argv: string[]): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'ignore-file': { type: 'string', multiple: true, default: [] },
        'max-file-size-kb': { type: 'string' },
        output: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    return 'help';
  }
  if (!(FORMATS as readonly string[]).includes(values.format)) {
    throw new UsageError(`Unknown --format ${JSON.stringify(values.format)}: use text, json or sarif.`);
  }
  let maxFileBytes = Infinity;
  if (values['max-file-size-kb'] !== undefined) {
    const kb = Number(values['max-file-size-kb']);
    if (!Number.isInteger(kb) || kb < 1) {
      throw new UsageError('--max-file-size-kb needs a whole number of at least 1.');
    }
    maxFileBytes = kb * 1024;
  }
  return {
    format: values.format as Format,
    ignoreFiles: values['ignore-file'],
    maxFileBytes,
    output: values.output,
    paths: positionals.length > 0 ? positionals : ['.'],
  };
}

/** Gitignore-style patterns that apply below `base`. */
interface IgnoreScope {
  base: string;
  matcher: Ignore;
}

function readIgnoreScope(base: string, file: string): IgnoreScope | undefined {
  let patterns: string;
  try {
    patterns = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return { base, matcher: ignore().add(patterns) };
}

/** Like git: a deeper file can re-include (`!pattern`) what a shallower one ignored. */
function isIgnored(scopes: readonly IgnoreScope[], absolute: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const scope of scopes) {
    const relative = path.relative(scope.base, absolute).split(path.sep).join('/');
    if (!relative || relative.startsWith('../') || relative === '..' || path.isAbsolute(relative)) {
      continue;
    }
    const result = scope.matcher.test(isDirectory ? `${relative}/` : relative);
    if (result.ignored) {
      ignored = true;
    } else if (result.unignored) {
      ignored = false;
    }
  }
  return ignored;
}

interface Totals {
  scanned: number;
  skippedBinary: number;
  skippedLarge: number;
  unreadable: number;
}

function scanFile(file: string, stats: Stats, options: Options, totals: Totals, findings: FileFinding[]): void {
  if (stats.size > options.maxFileBytes) {
    totals.skippedLarge++;
    return;
  }
  let text: string;
  try {
    const bytes = readFileSync(file);
    if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
      totals.skippedBinary++;
      return;
    }
    text = bytes.toString('utf8');
  } catch (error) {
    totals.unreadable++;
    process.stderr.write(`atlas-scan: cannot read ${file}: ${(error as Error).message}\n`);
    return;
  }
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
  }
  totals.scanned++;
  const relative = path.relative(process.cwd(), file).split(path.sep).join('/') || path.basename(file);
  const found = scanText(text, languageIdForPath(file));
  if (found.length === 0) {
    return;
  }
  // Findings come in text order: walk the line starts once, only as far as the last finding.
  let line = 0;
  let lineStart = 0;
  for (const finding of found) {
    for (; line < finding.line; line++) {
      lineStart = text.indexOf('\n', lineStart) + 1;
    }
    const start = lineStart + finding.character;
    findings.push({ ...finding, file: relative, text: text.slice(start, start + finding.length) });
  }
}

function walk(directory: string, scopes: readonly IgnoreScope[], options: Options, totals: Totals, findings: FileFinding[]): void {
  const ownScopes = IGNORE_FILES.map((name) => readIgnoreScope(directory, path.join(directory, name))).filter(
    (scope): scope is IgnoreScope => scope !== undefined,
  );
  const active = ownScopes.length > 0 ? [...scopes, ...ownScopes] : scopes;
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    totals.unreadable++;
    process.stderr.write(`atlas-scan: cannot list ${directory}: ${(error as Error).message}\n`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolute = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!ALWAYS_SKIPPED.has(entry.name) && !isIgnored(active, absolute, true)) {
        walk(absolute, active, options, totals, findings);
      }
    } else if (entry.isFile() && !isIgnored(active, absolute, false)) {
      scanFile(absolute, statSync(absolute), options, totals, findings);
    }
  }
}

function render(findings: FileFinding[], format: Format): string {
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
      return findings.map((finding) => `${toTextLine(finding)}\n`).join('');
  }
}

function main(argv: string[]): number {
  const fixMode = takeFixFlags(argv);
  const options = parseOptions(argv);
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const cwd = process.cwd();
  const extraScopes = options.ignoreFiles.map((file) => {
    const scope = readIgnoreScope(cwd, path.resolve(file));
    if (!scope) {
      throw new UsageError(`Cannot read the ignore file ${file}.`);
    }
    return scope;
  });
  const totals: Totals = { scanned: 0, skippedBinary: 0, skippedLarge: 0, unreadable: 0 };
  let findings: FileFinding[] = [];
  for (const target of options.paths) {
    const absolute = path.resolve(target);
    let stats: Stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new UsageError(`No such file or folder: ${target}`);
    }
    if (stats.isDirectory()) {
      walk(absolute, extraScopes, options, totals, findings);
    } else {
      // A file named on the command line is scanned even if an ignore file lists it, like ripgrep does.
      scanFile(absolute, stats, options, totals, findings);
    }
  }
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.character - b.character));
  if (fixMode) {
    findings = runFixes(findings, options.paths, fixMode, { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) });
  }
  const report = fixMode === 'dry-run' ? '' : render(findings, options.format);
  if (options.output) {
    writeFileSync(options.output, report);
  } else {
    process.stdout.write(report);
  }
  const files = new Set(findings.map((finding) => finding.file)).size;
  const skipped = [
    totals.skippedBinary ? `${totals.skippedBinary} binary` : '',
    totals.skippedLarge ? `${totals.skippedLarge} too large` : '',
    totals.unreadable ? `${totals.unreadable} unreadable` : '',
  ].filter(Boolean);
  process.stderr.write(
    `atlas-scan: ${findings.length} deprecated Atlas private endpoint API use(s) in ${files} file(s); ` +
      `${totals.scanned} file(s) scanned${skipped.length ? `, skipped ${skipped.join(', ')}` : ''}.\n`,
  );
  return findings.length > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`atlas-scan: ${error.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`atlas-scan: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  }
}
