// Bench section "scan", accuracy part: precision and recall of the deprecation scanner per class of finding and per
// confidence, on the labelled corpus (test/corpus, labels in expected.json) and, separately, on the held-out cases
// (test/corpus/holdout, labels in labels.json), which are scored here and nowhere else.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { languageIdForPath, scanText, type Finding } from '../src/deprecation';
import { printTable, type Cell } from './table';

const CORPUS = path.resolve(__dirname, '..', 'test', 'corpus');
const HOLDOUT = path.join(CORPUS, 'holdout');
const LABELS = 'expected.json';
const HOLDOUT_LABELS = 'labels.json';
const NAME_KINDS = new Set(['sdk', 'terraform', 'cli']);

/** One reported finding, with what the labels need to match it. */
interface Reported {
  file: string;
  line: number;
  kind: string;
  text: string;
  replacement: string | null;
  confidence: Finding['confidence'];
}

interface Counts {
  truePositives: number;
  labels: number;
  reported: number;
}

function filesUnder(directory: string, skip: (file: string) => boolean): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !skip(file))
    .sort();
}

function scanFile(directory: string, file: string): Reported[] {
  const text = readFileSync(path.join(directory, file), 'utf8');
  const lines = text.split('\n');
  return scanText(text, languageIdForPath(file)).map((finding) => ({
    file,
    line: finding.line + 1,
    kind: finding.kind,
    text: lines[finding.line].slice(finding.character, finding.character + finding.length),
    replacement: finding.replacement ?? null,
    confidence: finding.confidence,
  }));
}

function ratio(part: number, whole: number): Cell {
  return whole === 0 ? '-' : part / whole;
}

function add(table: Map<string, Counts>, key: string, field: keyof Counts, amount = 1): void {
  const counts = table.get(key) ?? { truePositives: 0, labels: 0, reported: 0 };
  counts[field] += amount;
  table.set(key, counts);
}

function rows(table: Map<string, Counts>): Cell[][] {
  return [...table.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, { truePositives, labels, reported }]) => [key, labels, reported, truePositives, ratio(truePositives, reported), ratio(truePositives, labels)]);
}

const HEADER = ['', 'labels', 'reported', 'matched', 'precision', 'recall'];

/**
 * The class of a corpus label: the folder under test/corpus/classes/ it sits in, else `oldName` for names and
 * `literal` for REST paths (the per-language files name the API literally).
 */
function corpusClass(file: string, kind: string): string {
  const match = /^classes\/([^/]+)\//.exec(file);
  if (match) {
    return match[1];
  }
  return NAME_KINDS.has(kind) ? 'oldName' : 'literal';
}

/** test/corpus: a finding matches a label with the same file, line, kind, span text and rewrite. */
function corpusSection(): void {
  const labels = JSON.parse(readFileSync(path.join(CORPUS, LABELS), 'utf8')) as Record<string, Array<[number, string, string, string?]> | string>;
  const byClass = new Map<string, Counts>();
  const byConfidence = new Map<string, Counts>();
  let matched = 0;
  let reportedTotal = 0;
  let labelTotal = 0;
  for (const file of filesUnder(CORPUS, (name) => name === LABELS || name.startsWith('holdout/'))) {
    const fileLabels = labels[file];
    const expected = new Map<string, string>();
    for (const [line, kind, text, replacement] of Array.isArray(fileLabels) ? fileLabels : []) {
      const key = JSON.stringify([line, kind, text, replacement ?? null]);
      expected.set(key, corpusClass(file, kind));
      add(byClass, corpusClass(file, kind), 'labels');
      labelTotal++;
    }
    for (const finding of scanFile(CORPUS, file)) {
      reportedTotal++;
      const key = JSON.stringify([finding.line, finding.kind, finding.text, finding.replacement]);
      const labelClass = expected.get(key);
      const findingClass = labelClass ?? corpusClass(file, finding.kind);
      add(byClass, findingClass, 'reported');
      add(byConfidence, finding.confidence, 'reported');
      if (labelClass !== undefined) {
        matched++;
        add(byClass, labelClass, 'truePositives');
        add(byConfidence, finding.confidence, 'truePositives');
        add(byConfidence, finding.confidence, 'labels');
      }
    }
  }
  const unmatched = labelTotal - matched;
  if (unmatched > 0) {
    add(byConfidence, 'missed (confidence unknown)', 'labels', unmatched);
  }
  printTable(
    `Scanner accuracy on test/corpus (labels: ${LABELS}; exact span, kind and rewrite): precision ${(matched / Math.max(1, reportedTotal)).toFixed(3)}, ` +
      `recall ${(matched / Math.max(1, labelTotal)).toFixed(3)}. By class of the label:`,
    HEADER,
    rows(byClass),
  );
  printTable('By confidence of the reported finding (a miss has no confidence):', HEADER, rows(byConfidence));
}

/** test/corpus/holdout: labels are [line, kind, confidence, class]; a finding matches a label on the same file and line. */
function holdoutSection(): void {
  const labels = JSON.parse(readFileSync(path.join(HOLDOUT, HOLDOUT_LABELS), 'utf8')) as Record<string, Array<[number, string, string, string]> | string>;
  const byClass = new Map<string, Counts>();
  const byConfidence = new Map<string, Counts>();
  let matched = 0;
  let reportedTotal = 0;
  let labelTotal = 0;
  let sameKind = 0;
  let sameConfidence = 0;
  for (const file of filesUnder(HOLDOUT, (name) => name === HOLDOUT_LABELS)) {
    const fileLabels = labels[file];
    const open = Array.isArray(fileLabels) ? [...fileLabels] : [];
    for (const [, , confidence, labelClass] of open) {
      add(byClass, labelClass, 'labels');
      add(byConfidence, confidence, 'labels');
      labelTotal++;
    }
    for (const finding of scanFile(HOLDOUT, file)) {
      reportedTotal++;
      const index = open.findIndex(([line]) => line === finding.line);
      if (index < 0) {
        add(byClass, 'false alarm', 'reported');
        add(byConfidence, finding.confidence, 'reported');
        continue;
      }
      const [, kind, confidence, labelClass] = open.splice(index, 1)[0];
      matched++;
      sameKind += kind === finding.kind ? 1 : 0;
      sameConfidence += confidence === finding.confidence ? 1 : 0;
      add(byClass, labelClass, 'reported');
      add(byClass, labelClass, 'truePositives');
      add(byConfidence, confidence, 'reported');
      add(byConfidence, confidence, 'truePositives');
    }
  }
  printTable(
    `Scanner accuracy on the held-out cases (test/corpus/holdout, ${labelTotal} labels; same file and line): precision ` +
      `${(matched / Math.max(1, reportedTotal)).toFixed(3)}, recall ${(matched / Math.max(1, labelTotal)).toFixed(3)}; ` +
      `kind agrees on ${sameKind}/${matched}, confidence on ${sameConfidence}/${matched}. By class of the label:`,
    HEADER,
    rows(byClass),
  );
  printTable('By labelled confidence (false alarms by reported confidence):', HEADER, rows(byConfidence));
}

export async function runScanAccuracy(): Promise<void> {
  corpusSection();
  holdoutSection();
}
