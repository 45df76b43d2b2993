// `npm run emulator -- [options]`: starts the Atlas emulator and prints, as the FIRST stdout line, one JSON
// object {"url", "publicKey", "privateKey", "serviceAccount", "projects": [{"id", "name", "connections"}]}.
// Serves until SIGINT/SIGTERM. Options:
//   --port N                 0 (default) = any free port        --host H            default 127.0.0.1
//   --public-key K           --private-key K                    --client-id ID      --client-secret S
//   --shape array|paginated  --envelope                         --algorithm MD5|SHA-256
//   --nonce-lifetime-ms N    --latency-ms N                     --ignore-page-num   --token-lifetime-s N
//   --huge                   (adds the 10,000-connection project)
//   --extra-projects N       --extra-connections N              (load tests and benchmarks)
import { parseArgs } from 'node:util';
import { startEmulator, type EmulatorOptions } from './server';

const USAGE = `Usage: npm run -s emulator -- [options]
Starts the Atlas Admin API emulator (demo dataset, real digest auth) on loopback and prints one JSON line first:
{"url", "publicKey", "privateKey", "serviceAccount", "projects"}. Serves until Ctrl-C.

  --port N                 port, 0 (default) = any free port
  --host H                 address to listen on (default 127.0.0.1)
  --public-key K           --private-key K         API key (default: random)
  --client-id ID           --client-secret S       service account (default: random)
  --shape array|paginated  legacy list bodies: the seed's bare array (default) or {links, results, totalCount}
  --envelope               wrap every response as with envelope=true
  --algorithm MD5|SHA-256  digest algorithm (default MD5; Atlas for Government uses SHA-256)
  --nonce-lifetime-ms N    nonce lifetime before stale=true (default 300000)
  --latency-ms N           delay added to every API request (default 0)
  --ignore-page-num        serve page 1 whatever pageNum says (a misbehaving server)
  --token-lifetime-s N     service-account token lifetime (default 3600)
  --huge                   add the 10,000-connection project
  --extra-projects N       --extra-connections N   add N generated projects (load tests, benchmarks)
  -h, --help               this text`;

function number(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} needs a whole number >= 0`);
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'public-key': { type: 'string' },
      'private-key': { type: 'string' },
      'client-id': { type: 'string' },
      'client-secret': { type: 'string' },
      shape: { type: 'string' },
      envelope: { type: 'boolean' },
      algorithm: { type: 'string' },
      'nonce-lifetime-ms': { type: 'string' },
      'latency-ms': { type: 'string' },
      'ignore-page-num': { type: 'boolean' },
      'token-lifetime-s': { type: 'string' },
      huge: { type: 'boolean' },
      'extra-projects': { type: 'string' },
      'extra-connections': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.shape !== undefined && values.shape !== 'array' && values.shape !== 'paginated') throw new Error('--shape is array or paginated');
  if (values.algorithm !== undefined && values.algorithm !== 'MD5' && values.algorithm !== 'SHA-256') throw new Error('--algorithm is MD5 or SHA-256');
  const options: EmulatorOptions = {
    port: number(values.port, 'port') ?? 0,
    host: values.host,
    publicKey: values['public-key'],
    privateKey: values['private-key'],
    serviceAccount: { clientId: values['client-id'], clientSecret: values['client-secret'] },
    shape: values.shape as EmulatorOptions['shape'],
    envelope: values.envelope,
    algorithm: values.algorithm as EmulatorOptions['algorithm'],
    nonceLifetimeMs: number(values['nonce-lifetime-ms'], 'nonce-lifetime-ms'),
    latencyMs: number(values['latency-ms'], 'latency-ms'),
    ignorePageNum: values['ignore-page-num'],
    tokenLifetimeSeconds: number(values['token-lifetime-s'], 'token-lifetime-s'),
    hugeProject: values.huge,
    extraProjects: number(values['extra-projects'], 'extra-projects'),
    extraProjectConnections: number(values['extra-connections'], 'extra-connections'),
  };
  const emulator = await startEmulator(options);
  process.stdout.write(`${JSON.stringify(emulator.info())}\n`);
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`emulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
