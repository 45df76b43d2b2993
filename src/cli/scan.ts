// Command-line scanner for CI: the editor's deprecation rules over files and folders.
//   node dist/scan.js [--format text|json|sarif] [--ignore-file F]... [--max-file-size-kb N] [--output F] [paths...]
//   --fix / --fix-dry-run apply the migration engine's determined rewrites (./fix).
// Exit code: 1 when anything is found, 0 when clean, 2 on a usage error.
// The modules: options (command line), walk (which files), pool and scanFiles (reading and scanning, on every core),
// output (what is printed). This file is also the worker threads' entry (./scanWorker).
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { optimizeOnlyTheByteSearch } from './jit';
import { noteLine, render, summaryLine } from './output';
import { USAGE, UsageError, parseOptions, type Options } from './options';
import { ScanPool, defaultThreads } from './pool';
import { runFixes, takeFixFlags, type FixMode } from './fix';
import { runWorkerIfAsked } from './scanWorker';
import { addTotals } from './totals';
import { Walker, readIgnoreScope } from './walk';

function isFolder(target: string): boolean {
  try {
    return statSync(target).isDirectory();
  } catch {
    return false;
  }
}

async function main(argv: string[]): Promise<number> {
  const fixMode = takeFixFlags(argv);
  const options = parseOptions(argv);
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  optimizeOnlyTheByteSearch();
  const cwd = process.cwd();
  // Workers boot while the main thread walks; only for folders (a file or two is scanned before a worker is up).
  const hasFolder = options.paths.some((target) => isFolder(path.resolve(cwd, target)));
  const pool = new ScanPool(hasFolder ? (options.threads ?? defaultThreads()) : 1, options.maxFileBytes, __filename);
  try {
    return await scanAndReport(options, fixMode, pool);
  } finally {
    pool.close();
  }
}

async function scanAndReport(options: Options, fixMode: FixMode | undefined, pool: ScanPool): Promise<number> {
  const cwd = process.cwd();
  const extraScopes = options.ignoreFiles.map((file) => {
    const scope = readIgnoreScope(cwd, file, false);
    if (!scope) {
      throw new UsageError(`Cannot read the ignore file ${file}.`);
    }
    return scope;
  });
  const walker = new Walker(cwd, extraScopes);
  for (const target of options.paths) {
    walker.addTarget(target);
  }
  const result = await pool.scan(walker.tasks);
  addTotals(result.totals, walker.totals);
  let findings = result.findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.character - b.character));
  if (fixMode) {
    findings = runFixes(findings, options.paths, fixMode, { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) });
  }
  const report = fixMode === 'dry-run' ? '' : render(findings, options.format);
  if (options.output) {
    writeFileSync(options.output, report);
  } else {
    process.stdout.write(report);
  }
  const notes = [...walker.notes, ...result.notes].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  process.stderr.write(notes.map(noteLine).join('') + summaryLine(findings, result.totals));
  return findings.length > 0 ? 1 : 0;
}

if (!runWorkerIfAsked()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const usage = error instanceof UsageError;
      process.stderr.write(usage ? `atlas-scan: ${error.message}\n\n${USAGE}\n` : `atlas-scan: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
