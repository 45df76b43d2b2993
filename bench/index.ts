// `npm run bench [-- section…]`: runs the benchmark sections in order; each prints its own table.
// Timings are only ever compared with a baseline measured in the same run.
import { runClientBench } from './client';
import { runLoadBench } from './load';
import { runPackageBench } from './package';
import { runScanBench } from './scan';
import { runScanAccuracy } from './scanAccuracy';
import { runCliBench } from './scanCli';
import { runScanFixBench } from './scanFix';

const sections: Array<{ name: string; run: () => Promise<void> }> = [
  { name: 'client', run: runClientBench },
  {
    name: 'scan',
    run: async () => {
      await runScanBench();
      await runScanAccuracy();
      await runCliBench();
      await runScanFixBench();
    },
  },
  { name: 'load', run: runLoadBench },
  { name: 'package', run: runPackageBench },
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !sections.some((section) => section.name === name));
  if (unknown.length > 0) throw new Error(`unknown bench section(s): ${unknown.join(', ')}; known: ${sections.map((section) => section.name).join(', ')}`);
  for (const section of sections) {
    if (wanted.length > 0 && !wanted.includes(section.name)) continue;
    console.log(`\n== ${section.name} ==`);
    await section.run();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
