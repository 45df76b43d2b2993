// Scanning the files of one thread: read, decode (only when a candidate word is there), scan, and count.
import { languageIdForPath, scanTextSpans } from '../deprecation';
import type { FileFinding } from '../deprecation/report';
import { FileReader, fileContent } from './fileText';
import { noteScanned } from './jit';
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
  return scanTextSpans(text, languageIdForPath(task.path)).map((finding) => ({ ...finding, file: task.file }));
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
      noteScanned(content.text.length);
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
