// Bench section "scan": the deprecation scanner on a generated corpus of mixed source (>= 100 MB), next to ripgrep
// searching the same files for the same legacy-path pattern in the same run; the re-scan cost of one 1 MB document
// (one debounced keystroke); and the hostile inputs (a 10 MB single-line file, 100,000 near-misses).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { languageIdForPath, scanText } from '../src/deprecation';
import { printTable, type Cell } from './table';

export const CORPUS_DIR = path.join(os.tmpdir(), 'atlas-scan-bench-corpus');
export const CORPUS_BYTES = 104 * 1024 * 1024;
const GENERATOR_VERSION = '2';
/** ripgrep's view of "the legacy path": `/groups/<one segment>/privateEndpoint`. */
export const RG_PATTERN = '/groups/[^/\\s]+/privateEndpoint';
const RUNS = 3;

/** mulberry32: a small deterministic PRNG, so every run scans the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Language {
  extension: string;
  lines: string[];
  legacy: string[];
  nearMisses: string[];
}

export const LANGUAGES: Language[] = [
  {
    extension: 'ts',
    lines: [
      'export async function load(id: string): Promise<Item[]> {',
      '  const response = await fetch(`${base}/api/items/${encodeURIComponent(id)}`, { headers });',
      '  if (!response.ok) throw new Error(`request failed: ${response.status}`);',
      '  return (await response.json()) as Item[];',
      '}',
      '// Keeps the cache warm between refreshes; see the design notes.',
      'const items = new Map<string, Item>();',
      'for (const [key, value] of Object.entries(config)) { items.set(key, normalize(value)); }',
    ],
    legacy: ['  const url = `${baseUrl}/api/atlas/v1.0/groups/${groupId}/privateEndpoint`;'],
    nearMisses: ['  const url = `${baseUrl}/api/atlas/v2/groups/${groupId}/privateEndpoint/${provider}/endpointService`;', '  const { privateEndpointId } = service;'],
  },
  {
    extension: 'py',
    lines: [
      'def handle(event, context):',
      '    """Process one record and return the normalized payload."""',
      '    payload = json.loads(event["body"])',
      '    for key, value in payload.items():',
      '        if value is None:',
      '            continue',
      '        result[key] = transform(value)',
      '    return {"statusCode": 200, "body": json.dumps(result)}',
    ],
    legacy: ['    resp = requests.delete(f"{BASE}/groups/{group_id}/privateEndpoint/{link_id}", auth=auth)'],
    nearMisses: ['    resp = requests.get(f"{BASE}/groups/{group_id}/privateEndpoint/regionalMode", auth=auth)'],
  },
  {
    extension: 'go',
    lines: [
      'func (s *Service) Get(ctx context.Context, id string) (*Item, error) {',
      '\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, s.base+"/items/"+id, nil)',
      '\tif err != nil {',
      '\t\treturn nil, fmt.Errorf("building request: %w", err)',
      '\t}',
      '\tdefer resp.Body.Close()',
      '\treturn decode(resp.Body)',
      '}',
    ],
    legacy: ['\tconns, _, err := client.PrivateEndpointsDeprecated.List(ctx, groupID, nil)'],
    nearMisses: ['\tsvc, _, err := client.PrivateEndpoints.Get(ctx, groupID, "AWS", id)'],
  },
  {
    extension: 'java',
    lines: [
      '    public List<Item> load(String id) throws IOException {',
      '        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/items/" + id)).GET().build();',
      '        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());',
      '        return mapper.readValue(response.body(), new TypeReference<>() {});',
      '    }',
      '    private static final Logger LOG = LoggerFactory.getLogger(Loader.class);',
    ],
    legacy: ['        URI uri = URI.create(BASE + "/groups/" + groupId + "/privateEndpoint/" + linkId + "/interfaceEndpoints");'],
    nearMisses: ['        URI uri = URI.create(BASE + "/groups/" + groupId + "/privateEndpoint/" + cloudProvider + "/endpointService");'],
  },
  {
    extension: 'sh',
    lines: [
      'set -euo pipefail',
      'for file in "$@"; do',
      '  echo "processing $file"',
      '  gzip -9 "$file"',
      'done',
      'aws s3 cp ./build "s3://$BUCKET/releases/$VERSION" --recursive',
    ],
    legacy: ['atlas privateEndpoints list --projectId "$GROUP_ID" --output json'],
    nearMisses: ['atlas privateEndpoints aws list --projectId "$GROUP_ID" --output json'],
  },
  {
    extension: 'tf',
    lines: [
      'resource "aws_s3_bucket" "logs" {',
      '  bucket = "${var.prefix}-logs"',
      '  tags   = local.tags',
      '}',
      'variable "prefix" { type = string }',
    ],
    legacy: ['resource "mongodbatlas_private_endpoint" "app" {'],
    nearMisses: ['resource "mongodbatlas_privatelink_endpoint" "app" {'],
  },
  {
    extension: 'md',
    lines: [
      '## Deploying',
      '',
      'Run `make deploy` from a clean checkout; the pipeline tags the release and uploads the artifacts.',
      '- Configure the `AWS_PROFILE` first.',
      '- Check the dashboards after each step.',
    ],
    legacy: ['| GET | `/api/atlas/v1.0/groups/{GROUP-ID}/privateEndpoint` | list connections |'],
    nearMisses: ['| GET | `/api/atlas/v2/groups/{GROUP-ID}/privateEndpoint/AWS/endpointService` | list services |'],
  },
];

/**
 * Writes `bytes` of generated source files below `directory` (once; a marker file remembers it). A share `apiFiles`
 * of the files mention the API: their lines are legacy uses (0.2%) and near misses (0.8%); the others are plain code.
 */
export function generateCorpus(directory = CORPUS_DIR, bytes = CORPUS_BYTES, apiFiles = 1): void {
  const marker = path.join(directory, `.generated-v${GENERATOR_VERSION}-${bytes}-${apiFiles}`);
  if (existsSync(marker)) {
    return;
  }
  rmSync(directory, { recursive: true, force: true });
  const next = random(20240607);
  let written = 0;
  for (let index = 0; written < bytes; index++) {
    const language = LANGUAGES[index % LANGUAGES.length];
    const mentionsApi = next() < apiFiles;
    const lines: string[] = [];
    let size = 0;
    const target = 8_000 + Math.floor(next() * 40_000);
    while (size < target) {
      const roll = mentionsApi ? next() : 1;
      const line =
        roll < 0.002
          ? language.legacy[Math.floor(next() * language.legacy.length)]
          : roll < 0.01
            ? language.nearMisses[Math.floor(next() * language.nearMisses.length)]
            : language.lines[Math.floor(next() * language.lines.length)];
      lines.push(line);
      size += line.length + 1;
    }
    const file = path.join(directory, `pkg${index % 37}`, `module${index}.${language.extension}`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${lines.join('\n')}\n`);
    written += size;
  }
  writeFileSync(marker, '');
}

export function corpusFiles(directory = CORPUS_DIR): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function time<T>(action: () => T): [T, number] {
  const started = performance.now();
  const result = action();
  return [result, (performance.now() - started) / 1000];
}

function medianSeconds(action: () => unknown, runs = RUNS): number {
  return median(Array.from({ length: runs }, () => time(action)[1]));
}

/** ripgrep from the npm registry (@vscode/ripgrep-universal ships the binaries; ESM, so imported at run time). */
export async function ripgrepPath(): Promise<string> {
  const { rgPath } = (await import('@vscode/ripgrep-universal')) as { rgPath: string };
  if (!existsSync(rgPath)) {
    throw new Error(`@vscode/ripgrep-universal has no binary for ${process.platform}-${process.arch} (${rgPath})`);
  }
  return rgPath;
}

/** One ripgrep run over `directory`: how many matches it counted. */
export function ripgrepOnce(rg: string, threads: number, directory = CORPUS_DIR): number {
  const run = spawnSync(rg, ['--count-matches', '--no-ignore', '--hidden', '--no-filename', '-j', String(threads), RG_PATTERN, directory], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error) {
    throw new Error(`ripgrep could not run (${run.error.message}): run npm ci (it comes with @vscode/ripgrep-universal)`);
  }
  return run.stdout.split('\n').filter(Boolean).reduce((sum, count) => sum + Number(count), 0);
}

function ripgrep(rg: string, threads: number): { seconds: number; lines: number } {
  let lines = 0;
  const seconds = medianSeconds(() => {
    lines = ripgrepOnce(rg, threads);
  });
  return { seconds, lines };
}

async function throughputSection(): Promise<void> {
  const rg = await ripgrepPath();
  generateCorpus();
  const files = corpusFiles();
  const texts = files.map((file) => ({ text: readFileSync(file, 'utf8'), languageId: languageIdForPath(file) }));
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const megabytes = bytes / (1024 * 1024);
  const scanAll = () => texts.reduce((sum, { text, languageId }) => sum + scanText(text, languageId).length, 0);
  const findings = scanAll(); // warm-up, and the count
  const scanSeconds = medianSeconds(scanAll);
  const anchorSeconds = medianSeconds(() =>
    texts.reduce((sum, { text }) => {
      let count = 0;
      for (let at = text.indexOf('/privateEndpoint'); at >= 0; at = text.indexOf('/privateEndpoint', at + 1)) {
        count++;
      }
      return sum + count;
    }, 0),
  );
  const rgAll = ripgrep(rg, os.cpus().length);
  const rgOne = ripgrep(rg, 1);
  const rate = (seconds: number) => megabytes / seconds;
  const rows: Cell[][] = [
    ['ripgrep, all cores (baseline)', rgAll.seconds * 1000, rate(rgAll.seconds), 1, `${rgAll.lines} matches`],
    ['ripgrep -j1', rgOne.seconds * 1000, rate(rgOne.seconds), rate(rgOne.seconds) / rate(rgAll.seconds), `${rgOne.lines} matches`],
    ['scanText (in memory)', scanSeconds * 1000, rate(scanSeconds), rate(scanSeconds) / rate(rgAll.seconds), `${findings} findings`],
    ['indexOf("/privateEndpoint") (floor)', anchorSeconds * 1000, rate(anchorSeconds), rate(anchorSeconds) / rate(rgAll.seconds), ''],
  ];
  printTable(
    `Throughput on ${files.length} generated files, ${megabytes.toFixed(1)} MB (${CORPUS_DIR}); median of ${RUNS}; rg pattern ${RG_PATTERN}. ` +
      'Target: scanText >= 400 MB/s. Every file mentions the API; the command-line scanner has its own section below.',
    ['what', 'ms', 'MB/s', 'x ripgrep', 'count'],
    rows,
  );
}

function typicalDocument(bytes: number): string {
  const next = random(7);
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const language = LANGUAGES[0];
    const roll = next();
    const line = roll < 0.002 ? language.legacy[0] : roll < 0.01 ? language.nearMisses[0] : language.lines[Math.floor(next() * language.lines.length)];
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

function latencySection(): void {
  const document = typicalDocument(1024 * 1024);
  const samples: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < 30; i++) {
    scanText(document, 'typescript');
  }
  for (let i = 0; i < 200; i++) {
    samples.push(time(() => scanText(document, 'typescript'))[1] * 1000);
    baseline.push(time(() => document.split('\n').length)[1] * 1000);
  }
  printTable(
    'Re-scan of one 1 MB TypeScript document (one debounced keystroke), 200 runs. Target: <= 5 ms.',
    ['what', 'median ms', 'p95 ms', 'x baseline (median)'],
    [
      ['document.split("\\n") (baseline: one pass)', median(baseline), percentile(baseline, 95), 1],
      ['scanText', median(samples), percentile(samples, 95), median(samples) / median(baseline)],
    ],
  );
}

function hostileSection(): void {
  const minifiedUnit = 'var u=b+"/api/atlas/v1.0/groups/"+g+"/privateEndpoint",v=privateEndpointId;function f(a){return a.map(function(c){return c*2})};';
  const plainUnit = 'function f(a){return a.map(function(c){return c*2})};var d={e:1,g:"x",h:[1,2,3]};';
  const nearMisses = [
    'GET /groups/{g}/privateEndpoint/AWS/endpointService',
    'privateEndpointId',
    'atlas privateEndpoints aws list',
    'mongodbatlas_private_endpoint_regional_mode',
    '/groups/x/privateEndpointService',
    'PrivateEndpointsDeprecatedX',
  ];
  const cases: Array<[string, string]> = [
    ['5 MB single line, no findings', plainUnit.repeat(Math.ceil(5e6 / plainUnit.length))],
    ['10 MB single line, no findings', plainUnit.repeat(Math.ceil(10e6 / plainUnit.length))],
    ['5 MB single line, a finding every 120 B', minifiedUnit.repeat(Math.ceil(5e6 / minifiedUnit.length))],
    ['10 MB single line, a finding every 120 B', minifiedUnit.repeat(Math.ceil(10e6 / minifiedUnit.length))],
    ['50,000 near-miss lines', Array.from({ length: 50_000 }, (_, i) => nearMisses[i % nearMisses.length]).join('\n')],
    ['100,000 near-miss lines', Array.from({ length: 100_000 }, (_, i) => nearMisses[i % nearMisses.length]).join('\n')],
  ];
  const rows: Cell[][] = cases.map(([label, text]) => {
    scanText(text);
    const [findings, seconds] = time(() => scanText(text).length);
    return [label, text.length / 1e6, seconds * 1000, text.length / 1e6 / seconds, findings];
  });
  printTable(
    'Hostile inputs (linear time: doubling the input about doubles the time)',
    ['input', 'MB', 'ms', 'MB/s', 'findings'],
    rows,
  );
}

export async function runScanBench(): Promise<void> {
  await throughputSection();
  latencySection();
  hostileSection();
}
