// What a run did with the files it met: counted, then summed over threads and printed as the summary.

export interface Totals {
  scanned: number;
  /** Of the scanned: committed to git although a .gitignore lists them. */
  committedIgnored: number;
  binary: number;
  tooLarge: number;
  unreadable: number;
  /** Symbolic links met inside folders (not followed). */
  symlinks: number;
  /** Named pipes, sockets and devices. */
  special: number;
  /** Paths named on the command line that are symbolic link loops or dangling links. */
  brokenLinks: number;
}

export function emptyTotals(): Totals {
  return { scanned: 0, committedIgnored: 0, binary: 0, tooLarge: 0, unreadable: 0, symlinks: 0, special: 0, brokenLinks: 0 };
}

export function addTotals(into: Totals, from: Totals): void {
  for (const key of Object.keys(into) as Array<keyof Totals>) {
    into[key] += from[key];
  }
}

/** A problem with one path, printed on standard error before the summary. */
export interface Note {
  file: string;
  message: string;
}

/** A file system error as `CODE: what happened`, without the path (the note names the file already). */
export function describeError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const text = typeof message === 'string' ? message : String(error);
  // Node writes `CODE: what, syscall 'path'`.
  return code && text.startsWith(`${code}:`) ? text.split(',')[0] : text;
}
