// `scan --fix` and `scan --fix-dry-run`: apply every determined rewrite of the migration engine to the files the scan
// found, the way `eslint --fix` does. Writes are atomic (a temporary file in the same folder, then a rename), only to
// regular files inside the paths given on the command line, never through a symbolic link. Per file it says what
// changed and what is left for a person, with the reason; the dry run prints a unified diff and writes nothing.
import { closeSync, fsyncSync, lstatSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { languageIdForPath, scanText, type Finding } from '../deprecation';
import { applyEdits, planFixes } from '../deprecation/fixes';
import type { FileFinding } from '../deprecation/report';

export type FixMode = 'fix' | 'dry-run';

/** Removes `--fix` / `--fix-dry-run` from `argv` and says which one was given (the dry run wins). */
export function takeFixFlags(argv: string[]): FixMode | undefined {
  let mode: FixMode | undefined;
  for (let i = argv.length - 1; i >= 0; i--) {
    if (argv[i] === '--fix-dry-run' || argv[i] === '--fix') {
      mode = argv[i] === '--fix-dry-run' || mode === 'dry-run' ? 'dry-run' : 'fix';
      argv.splice(i, 1);
    }
  }
  return mode;
}

export const FIX_USAGE = `  --fix                      rewrite what has a determined fix, in place; print what changed and what is left
  --fix-dry-run              print the fixes as a unified diff and write nothing`;

export interface FixOutput {
  out(text: string): void;
  err(text: string): void;
}

const BOM = '\uFEFF';

/** The real path is one of the roots or below one (roots are real paths too). */
function inside(real: string, roots: readonly string[]): boolean {
  return roots.some((root) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
}

function realRoots(paths: readonly string[]): string[] {
  return paths.flatMap((given) => {
    try {
      return [realpathSync(path.resolve(given))];
    } catch {
      return [];
    }
  });
}

/** Writes `bytes` to `file` atomically, keeping its mode. */
function writeAtomically(file: string, bytes: Buffer): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.atlas-fix-${process.pid}-${Date.now()}.tmp`);
  const mode = statSync(file).mode & 0o7777;
  const fd = openSync(temporary, 'wx', mode);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function toFileFindings(file: string, text: string, found: readonly Finding[]): FileFinding[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    starts.push(i + 1);
  }
  return found.map((finding) => {
    const start = starts[finding.line] + finding.character;
    return { ...finding, file, text: text.slice(start, start + finding.length) };
  });
}

interface FileResult {
  remaining: FileFinding[];
  changed: boolean;
}

function fixFile(file: string, roots: readonly string[], mode: FixMode, output: FixOutput): FileResult | string {
  const absolute = path.resolve(file);
  if (lstatSync(absolute).isSymbolicLink()) {
    return 'a symbolic link: not written';
  }
  if (!inside(realpathSync(absolute), roots)) {
    return 'outside the given paths: not written';
  }
  const bytes = readFileSync(absolute);
  const decoded = bytes.toString('utf8');
  if (!Buffer.from(decoded, 'utf8').equals(bytes)) {
    return 'not valid UTF-8: not written';
  }
  const bom = decoded.startsWith(BOM) ? BOM : '';
  const text = decoded.slice(bom.length);
  const languageId = languageIdForPath(absolute);
  const findings = scanText(text, languageId);
  const plan = planFixes(text, findings, { languageId });
  const fixed = applyEdits(text, plan.edits);
  const kinds = [...new Set(plan.fixes.map((fix) => fix.finding.kind))].join(', ');
  if (fixed !== text) {
    if (mode === 'dry-run') {
      output.out(createTwoFilesPatch(`a/${file}`, `b/${file}`, text, fixed, undefined, undefined, { context: 3 }));
    } else {
      writeAtomically(absolute, Buffer.from(bom + fixed, 'utf8'));
    }
    output.err(`atlas-scan: ${file}: ${mode === 'dry-run' ? 'would fix' : 'fixed'} ${plan.fixes.length} finding(s) (${kinds})\n`);
  }
  for (const note of plan.notes) {
    output.err(`atlas-scan: ${file}:${note.line + 1}: left for a person (${note.kind}): ${note.reason}\n`);
  }
  const remaining = mode === 'dry-run' ? findings : scanText(fixed, languageId);
  return { remaining: toFileFindings(file, mode === 'dry-run' ? text : fixed, remaining), changed: fixed !== text };
}

/**
 * Fixes the files of `findings` (paths relative to the current folder, as the scan reports them) and returns the
 * findings that remain (after `--fix`) or that are there now (dry run), in the same order of files.
 */
export function runFixes(findings: readonly FileFinding[], paths: readonly string[], mode: FixMode, output: FixOutput): FileFinding[] {
  const roots = realRoots(paths);
  const files = [...new Set(findings.map((finding) => finding.file))];
  const remaining: FileFinding[] = [];
  let changed = 0;
  for (const file of files) {
    let result: FileResult | string;
    try {
      result = fixFile(file, roots, mode, output);
    } catch (error) {
      result = `${(error as Error).message}: not written`;
    }
    if (typeof result === 'string') {
      output.err(`atlas-scan: ${file}: ${result}\n`);
      remaining.push(...findings.filter((finding) => finding.file === file));
      continue;
    }
    changed += result.changed ? 1 : 0;
    remaining.push(...result.remaining);
  }
  output.err(`atlas-scan: ${mode === 'dry-run' ? 'would change' : 'changed'} ${changed} file(s); ${remaining.length} finding(s) ${mode === 'dry-run' ? 'found' : 'remain'}.\n`);
  return remaining;
}
