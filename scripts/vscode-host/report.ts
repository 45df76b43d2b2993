// The result of one mocha run, as written by the integration index inside the extension host (and by the e2e
// runner in this process), and its printed form: mocha's spec layout, summary lines and failures.

export interface TestResult {
  /** Suite titles from the outermost in. */
  readonly path: string[];
  readonly title: string;
  readonly state: 'passed' | 'failed' | 'pending';
  readonly durationMs?: number;
  /** Error message and stack for failures (and for failing hooks). */
  readonly error?: string;
}

export interface SuiteReport {
  readonly passes: number;
  readonly failures: number;
  readonly pending: number;
  readonly durationMs: number;
  readonly results: TestResult[];
  /** `vscode.version` where the suite ran (integration only). */
  readonly vscodeVersion?: string;
}

/** Formats a report like mocha's spec reporter, ending with `N passing`, `N failing` and the failures. */
export function formatReport(report: SuiteReport): string {
  const lines: string[] = [''];
  let previousPath: string[] = [];
  for (const result of report.results) {
    const common = commonPrefix(previousPath, result.path);
    result.path.slice(common).forEach((title, index) => lines.push(`${indent(common + index + 1)}${title}`));
    previousPath = result.path;
    const pad = indent(result.path.length + 1);
    const duration = result.durationMs !== undefined && result.durationMs >= 75 ? ` (${result.durationMs}ms)` : '';
    if (result.state === 'passed') {
      lines.push(`${pad}✔ ${result.title}${duration}`);
    } else if (result.state === 'pending') {
      lines.push(`${pad}- ${result.title}`);
    } else {
      lines.push(`${pad}${failureNumber(report, result)}) ${result.title}`);
    }
  }
  lines.push('', `  ${report.passes} passing (${formatDuration(report.durationMs)})`);
  if (report.pending > 0) {
    lines.push(`  ${report.pending} pending`);
  }
  if (report.failures > 0) {
    lines.push(`  ${report.failures} failing`, '');
    report.results
      .filter((result) => result.state === 'failed')
      .forEach((result, index) => {
        lines.push(`  ${index + 1}) ${[...result.path, result.title].join(' ')}:`);
        lines.push(...(result.error ?? 'unknown error').split('\n').map((line) => `     ${line}`), '');
      });
  }
  return lines.join('\n');
}

/** A closing line that CI tools recognise in any language: `name: N passed, N failed`. */
export function plainSummary(name: string, report: SuiteReport): string {
  return `${name}: ${report.passes} passed, ${report.failures} failed${report.pending > 0 ? `, ${report.pending} skipped` : ''}`;
}

function failureNumber(report: SuiteReport, result: TestResult): number {
  return report.results.filter((candidate) => candidate.state === 'failed').indexOf(result) + 1;
}

function commonPrefix(a: string[], b: string[]): number {
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) {
    index++;
  }
  return index;
}

function indent(level: number): string {
  return '  '.repeat(level);
}

function formatDuration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)}s` : `${ms}ms`;
}

/** Mocha's runner events, as strings so that this module needs no runtime import of mocha. */
interface RunnerLike {
  on(event: 'pass' | 'pending', listener: (test: RunnableLike) => void): unknown;
  on(event: 'fail', listener: (test: RunnableLike, error: unknown) => void): unknown;
  once(event: 'end', listener: () => void): unknown;
}

interface RunnableLike {
  title: string;
  duration?: number;
  titlePath(): string[];
}

export interface CollectOptions {
  readonly vscodeVersion?: string;
  /** Stack frames in this file are left out of failures (mocha's own frames, when mocha is bundled). */
  readonly hideStackFramesOf?: string;
}

/** Collects a SuiteReport from a mocha runner; resolves when the run ends. */
export function collectReport(runner: RunnerLike, options: CollectOptions = {}): Promise<SuiteReport> {
  const { vscodeVersion, hideStackFramesOf } = options;
  const started = Date.now();
  const results: TestResult[] = [];
  const record = (test: RunnableLike, state: TestResult['state'], error?: unknown) => {
    const titlePath = test.titlePath();
    results.push({
      path: titlePath.slice(0, -1),
      title: titlePath[titlePath.length - 1] ?? test.title,
      state,
      durationMs: test.duration,
      error: error === undefined ? undefined : withoutFramesOf(describeError(error), hideStackFramesOf),
    });
  };
  runner.on('pass', (test) => record(test, 'passed'));
  runner.on('pending', (test) => record(test, 'pending'));
  runner.on('fail', (test, error) => record(test, 'failed', error));
  return new Promise((resolve) => {
    runner.once('end', () => {
      const count = (state: TestResult['state']) => results.filter((result) => result.state === state).length;
      resolve({
        passes: count('passed'),
        failures: count('failed'),
        pending: count('pending'),
        durationMs: Date.now() - started,
        results,
        vscodeVersion,
      });
    });
  });
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    return error.stack ?? `${error.name}: ${error.message}`;
  }
  return String(error);
}

function withoutFramesOf(stack: string, file: string | undefined): string {
  return file ? stack.split('\n').filter((line) => !(line.trimStart().startsWith('at ') && line.includes(file))).join('\n') : stack;
}
