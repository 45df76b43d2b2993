// The secret leak audit. Every run gives the emulator recognisable secrets ("leak canaries"): an API private key and a
// service-account client secret that carry a marker word and a random part unique to the run. After every phase, the
// launcher searches all bytes of everything the run wrote for them: the run folder (server and extension-host logs,
// our log channel's files, settings.json, global and workspace storage, the integration report, what the pages showed,
// the browser's persisted storage, the raw JSON documents and error texts the suites recorded) and the text this
// launcher printed. Every hit is a leak; the audit fails on any. A planted canary proves first that the search finds one.
import { randomBytes, randomUUID } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The marker word of every canary; found alone it still reveals a leak (a clipped key, say). */
export const CANARY_WORD = 'LEAKCANARY';

export interface LeakCanaries {
  /** The emulator's API private key. */
  readonly privateKey: string;
  /** The emulator's service-account client secret (Atlas's format: `mdb_sa_sk_…`). */
  readonly clientSecret: string;
}

export function makeLeakCanaries(): LeakCanaries {
  return {
    privateKey: `${CANARY_WORD}-${randomUUID()}`,
    clientSecret: `mdb_sa_sk_${CANARY_WORD}${randomBytes(18).toString('base64url')}`,
  };
}

export interface Needle {
  readonly name: string;
  readonly text: string;
}

/**
 * What the audit looks for: the canary word, each secret's random part (a copy without the word), and the Basic
 * credentials (base64 of `clientId:clientSecret`) the service account sends to the token endpoint.
 */
export function needlesFor(canaries: LeakCanaries, clientId: string): Needle[] {
  const randomPart = (secret: string) => secret.slice(secret.indexOf(CANARY_WORD) + CANARY_WORD.length).replace(/^-/, '');
  return [
    { name: 'canary word', text: CANARY_WORD },
    { name: 'private key', text: randomPart(canaries.privateKey) },
    { name: 'client secret', text: randomPart(canaries.clientSecret) },
    { name: 'service-account Basic credentials', text: Buffer.from(`${clientId}:${canaries.clientSecret}`).toString('base64') },
  ];
}

export interface AuditSource {
  readonly name: string;
  readonly bytes: Buffer;
}

export interface Hit {
  readonly source: string;
  readonly needle: string;
  readonly offset: number;
  /** The bytes around the hit as text, every needle masked: safe to print. */
  readonly context: string;
}

export interface AuditResult {
  readonly occurrences: number;
  readonly sourcesSearched: number;
  readonly hits: Hit[];
}

/** Each needle as UTF-8 and as UTF-16LE (how some stores keep text). */
function encodings(needle: Needle): Buffer[] {
  return [Buffer.from(needle.text, 'utf8'), Buffer.from(needle.text, 'utf16le')];
}

/** Bytes between two matches that still make them one occurrence (the "-" between the word and a key's random part). */
const SAME_OCCURRENCE_GAP = 4;

/** Finds every needle in every source; overlapping or adjacent matches (the parts of one whole key) count once. */
export function audit(sources: Iterable<AuditSource>, needles: readonly Needle[]): AuditResult {
  const hits: Hit[] = [];
  let sourcesSearched = 0;
  for (const source of sources) {
    sourcesSearched++;
    const ranges: Array<{ start: number; end: number; needle: string }> = [];
    for (const needle of needles) {
      for (const bytes of encodings(needle)) {
        for (let at = source.bytes.indexOf(bytes); at >= 0; at = source.bytes.indexOf(bytes, at + 1)) {
          ranges.push({ start: at, end: at + bytes.length, needle: needle.name });
        }
      }
    }
    ranges.sort((a, b) => a.start - b.start);
    let lastEnd = -Infinity;
    for (const range of ranges) {
      if (range.start <= lastEnd + SAME_OCCURRENCE_GAP) {
        lastEnd = Math.max(lastEnd, range.end);
        continue;
      }
      lastEnd = range.end;
      hits.push({ source: source.name, needle: range.needle, offset: range.start, context: maskedContext(source.bytes, range.start, range.end, needles) });
    }
  }
  return { occurrences: hits.length, sourcesSearched, hits };
}

function maskedContext(bytes: Buffer, start: number, end: number, needles: readonly Needle[]): string {
  let text = bytes.subarray(Math.max(0, start - 60), Math.min(bytes.length, end + 60)).toString('utf8');
  for (const needle of needles) text = text.split(needle.text).join(`<${needle.name}>`);
  // Whatever is left of a clipped key next to a masked part goes too.
  return text.replace(/[\w+/=-]*(<[^<>]+>)[\w+/=-]*/g, '$1').replace(/[^\x20-\x7e]/g, '.');
}

/** Every regular file under `dir` (symbolic links are not followed). */
export function filesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(full));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

export function* fileSources(files: readonly string[], relativeTo: string): Generator<AuditSource> {
  for (const file of files) {
    // A file can vanish between listing and reading (a lock released, a log rotated).
    if (!lstatSync(file, { throwIfNoEntry: false })?.isFile()) continue;
    yield { name: path.relative(relativeTo, file), bytes: readFileSync(file) };
  }
}

export function textSource(name: string, text: string): AuditSource {
  return { name, bytes: Buffer.from(text, 'utf8') };
}

/**
 * Proves the search finds a leak where one is: plants the canaries in `dir` (a UTF-16 copy inside binary bytes, a key
 * clipped to its random part) and in a text, audits just those, removes the plant. Throws when any plant is missed.
 */
export function plantedCheck(dir: string, canaries: LeakCanaries, needles: readonly Needle[]): void {
  const file = path.join(dir, 'planted-canary.bin');
  const uuid = canaries.privateKey.slice(CANARY_WORD.length + 1);
  writeFileSync(file, Buffer.concat([randomBytes(64), Buffer.from(canaries.privateKey, 'utf16le'), randomBytes(64), Buffer.from(`key=${uuid}`)]));
  const basic = Buffer.from(`${CLIENT_ID_FOR_PLANT}:${canaries.clientSecret}`).toString('base64');
  try {
    const result = audit([...fileSources([file], dir), textSource('planted output', `Authorization: Basic ${basic}`)], [...needles, { name: 'planted Basic credentials', text: basic }]);
    const where = result.hits.map((hit) => `${hit.source}:${hit.offset}`);
    if (result.occurrences !== 3) {
      throw new Error(`The secret leak audit found ${result.occurrences} of 3 planted canaries (${where.join(', ')}): it cannot be trusted.`);
    }
  } finally {
    rmSync(file, { force: true });
  }
}

const CLIENT_ID_FOR_PLANT = 'mdb_sa_id_000000000000000000000000';

export function formatAudit(result: AuditResult): string {
  const lines = [`secret leak audit: ${result.occurrences} occurrences in ${result.sourcesSearched} files/sources searched`];
  for (const hit of result.hits.slice(0, 20)) lines.push(`  LEAK ${hit.needle} in ${hit.source} at byte ${hit.offset}: ${hit.context}`);
  if (result.hits.length > 20) lines.push(`  … and ${result.hits.length - 20} more`);
  return lines.join('\n');
}
