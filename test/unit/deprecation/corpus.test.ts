// Precision and recall of the scanner on the hand-labelled corpus in test/corpus (labels: test/corpus/expected.json).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { languageIdForPath, scanText } from '../../../src/deprecation';

const CORPUS = path.resolve(__dirname, '..', '..', 'corpus');
const LABELS = 'expected.json';
/** Held-out cases, scored only by `npm run bench -- scan`. */
const HELD_OUT = 'holdout/';

type Label = [line: number, kind: string, text: string, replacement?: string];

function corpusFiles(): string[] {
  return readdirSync(CORPUS, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(CORPUS, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => file !== LABELS && !file.startsWith(HELD_OUT))
    .sort();
}

/** One comparable key per finding: line, kind, exact span text and replacement. */
function key(file: string, [line, kind, text, replacement]: Label): string {
  return JSON.stringify([file, line, kind, text, replacement ?? null]);
}

describe('scanner on the labelled corpus', () => {
  const labels = JSON.parse(readFileSync(path.join(CORPUS, LABELS), 'utf8')) as Record<string, Label[] | string>;
  const files = corpusFiles();
  const expected = new Set<string>();
  const actual = new Set<string>();

  for (const file of files) {
    const text = readFileSync(path.join(CORPUS, file), 'utf8');
    const lines = text.split('\n');
    for (const finding of scanText(text, languageIdForPath(file))) {
      const spanText = lines[finding.line].slice(finding.character, finding.character + finding.length);
      actual.add(key(file, [finding.line + 1, finding.kind, spanText, finding.replacement]));
    }
    const fileLabels = labels[file];
    if (Array.isArray(fileLabels)) {
      fileLabels.forEach((label) => expected.add(key(file, label)));
    }
  }

  it('labels every corpus file (near-miss files with an empty list)', () => {
    const unlabelled = files.filter((file) => !Array.isArray(labels[file]));
    const missing = Object.keys(labels).filter((file) => !file.startsWith('$') && !files.includes(file));
    assert.deepEqual({ unlabelled, missing }, { unlabelled: [], missing: [] });
    assert.ok(files.length >= 20, `expected a corpus of at least 20 files, found ${files.length}`);
  });

  it('has 100% precision and 100% recall', () => {
    const truePositives = [...actual].filter((finding) => expected.has(finding)).length;
    const falsePositives = [...actual].filter((finding) => !expected.has(finding));
    const falseNegatives = [...expected].filter((finding) => !actual.has(finding));
    const precision = actual.size === 0 ? 1 : truePositives / actual.size;
    const recall = expected.size === 0 ? 1 : truePositives / expected.size;
    console.log(
      `      corpus: ${files.length} files, ${expected.size} labelled findings, ${actual.size} reported; ` +
        `precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}%`,
    );
    assert.deepEqual({ falsePositives, falseNegatives }, { falsePositives: [], falseNegatives: [] });
    assert.equal(precision, 1);
    assert.equal(recall, 1);
  });
});
