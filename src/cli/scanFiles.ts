// Scanning the files of one thread: read, decode (only when a candidate word is there), scan, and count.
import { languageIdForPath, scanText } from '../deprecation';
import type { FileFinding } from '../deprecation/report';
import { FileReader, fileContent } from './fileText';
import { describeError, emptyTotals, type Note, type Totals } from './totals';
import type { FileTask } from './walk';

/** What one thread found; the threads' results are merged by the main thread. */
export interface ScanResult {
  findings: FileFinding[];
  totals: Totals;
  notes: Note[];
}

export function emptyResult(): ScanResult {
  return { findings: [], totals: emptyTotals(), notes: [] };
}

/** Findings of `text` with the file name and the text of each span (for fingerprints). */
function fileFindings(text: string, task: FileTask): FileFinding[] {
  const found = scanText(text, languageIdForPath(task.path));
  const findings: FileFinding[] = [];
  // Findings come in text order: walk the line starts once, only as far as the last finding.
  let line = 0;
  let lineStart = 0;
  for (const finding of found) {
    for (; line < finding.line; line++) {
      lineStart = text.indexOf('\n', lineStart) + 1;
    }
    const start = lineStart + finding.character;
    findings.push({ ...finding, file: task.file, text: text.slice(start, start + finding.length) });
  }
  return findings;
}

export class FileScanner {
  private readonly reader = new FileReader();

  constructor(
    private readonly maxFileBytes: number,
    readonly result: ScanResult = emptyResult(),
  ) {}

  /** Scans one file into `result`. A file that cannot be read (gone, denied, not a file any more) is counted and noted. */
  scan(task: FileTask): void {
    const { totals } = this.result;
    let content;
    try {
      const bytes = this.reader.read(task.path, this.maxFileBytes);
      content = bytes === 'tooLarge' ? bytes : fileContent(bytes);
    } catch (error) {
      totals.unreadable++;
      this.result.notes.push({ file: task.file, message: `cannot read: ${describeError(error)}` });
      return;
    }
    if (content === 'tooLarge') {
      totals.tooLarge++;
      return;
    }
    if (content.kind === 'binary') {
      totals.binary++;
      return;
    }
    if (content.kind === 'text') {
      for (const finding of fileFindings(content.text, task)) {
        this.result.findings.push(finding);
      }
    }
    totals.scanned++;
    if (task.committedIgnored) {
      totals.committedIgnored++;
    }
  }
}
