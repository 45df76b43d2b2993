// The command line of the scanner: options, defaults and the usage text.
import { parseArgs } from 'node:util';
import { FIX_USAGE } from './fix';

export const USAGE = `Usage: atlas-scan [options] [paths...]

Finds uses of the deprecated Atlas private endpoint API (GET/POST/DELETE /groups/{GROUP-ID}/privateEndpoint...,
the Go client's PrivateEndpointsDeprecated, Terraform's mongodbatlas_private_endpoint, \`atlas privateEndpoints list\`...).
Paths are files or folders (default: the current folder). Folders are walked honouring .gitignore and
.atlasscanignore files; files committed to git are scanned even when .gitignore lists them. node_modules, .git,
binary files and symbolic links inside folders are skipped, and the summary says how many.

Options:
  --format text|json|sarif   output format (default: text). json prints one object per line.
  --ignore-file FILE         more gitignore-style patterns, relative to the current folder (repeatable)
  --max-file-size-kb N       skip files larger than N KB (default: no limit)
  --output FILE              write the report to FILE instead of standard output
  --threads N                scan on N threads (default: one per idle processor)
${FIX_USAGE}
  -h, --help                 show this help

Exit code: 1 when anything is found, 0 when nothing is, 2 on a usage error.`;

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export class UsageError extends Error {}

export interface Options {
  format: Format;
  ignoreFiles: string[];
  maxFileBytes: number;
  output?: string;
  /** Threads to scan on, the main one included; undefined: one per idle processor. */
  threads?: number;
  paths: string[];
}

function wholeNumber(option: string, text: string | undefined, minimum: number): number | undefined {
  if (text === undefined) {
    return undefined;
  }
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum) {
    throw new UsageError(`--${option} needs a whole number of at least ${minimum}.`);
  }
  return value;
}

/** The options in `argv`, or 'help'. Throws a UsageError on anything it does not understand. */
export function parseOptions(argv: string[]): Options | 'help' {
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
        threads: { type: 'string' },
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
  const kb = wholeNumber('max-file-size-kb', values['max-file-size-kb'], 1);
  return {
    format: values.format as Format,
    ignoreFiles: values['ignore-file'],
    maxFileBytes: kb === undefined ? Infinity : kb * 1024,
    output: values.output,
    threads: wholeNumber('threads', values.threads, 1),
    paths: positionals.length > 0 ? positionals : ['.'],
  };
}
