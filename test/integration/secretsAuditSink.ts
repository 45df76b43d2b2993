// Where in-host suites put what the extension showed (error nodes, command results, raw JSON documents), for the
// launcher's secret leak audit (scripts/vscode-host/secretsAudit.ts), which searches every file of the run.
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** Appends `text` under the label `source`; a no-op when the launcher did not ask for an audit (ATLAS_AUDIT_DIR). */
export function recordShownText(source: string, text: string): void {
  const dir = process.env.ATLAS_AUDIT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  appendFileSync(path.join(dir, 'in-host-shown.txt'), `[${source}] ${text}\n`);
}
