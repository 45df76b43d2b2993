// The in-host part of the secret leak audit. Some of what the extension keeps or shows is visible only from inside the
// extension host: the raw JSON documents it opens (virtual documents, never on disk), its globalState as the host holds
// it, and the contributed settings at every level. This file records all of that into the run's audit folder (the
// launcher's audit, scripts/vscode-host/secretsAudit.ts, searches it with everything else the run wrote), and checks
// here too that no key is in it. The launcher's emulator keys are recognisable canaries (see run.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { RAW_JSON_SCHEME } from '../../src/ids';
import { allSettingsText, credentialsState, emulatorServiceAccount } from './credentialsHelpers';
import { emulatorInfo } from './env';
import { extensionLogText } from './faultMatrixHelpers';
import { recordShownText } from './secretsAuditSink';

/** Every raw JSON document's text, whenever one opens or changes, from the moment mocha loads the suites. */
const rawJsonWatch = [
  vscode.workspace.onDidOpenTextDocument((document) => {
    if (document.uri.scheme === RAW_JSON_SCHEME) recordShownText(`raw JSON ${document.uri.path}`, document.getText());
  }),
  vscode.workspace.onDidChangeTextDocument((event) => {
    if (event.document.uri.scheme === RAW_JSON_SCHEME) recordShownText(`raw JSON ${event.document.uri.path}`, event.document.getText());
  }),
];

/** What the extension persisted and shows now, as text. */
async function extensionStateText(): Promise<Array<[string, string]>> {
  const state = await credentialsState();
  return [
    ['globalState', JSON.stringify(state.globalState)],
    ['profiles', JSON.stringify(state.profiles)],
    ['settings (every contributed setting at every level)', allSettingsText()],
    ['open raw JSON documents', vscode.workspace.textDocuments.filter((document) => document.uri.scheme === RAW_JSON_SCHEME).map((document) => document.getText()).join('\n')],
  ];
}

function secrets(): Array<[string, string]> {
  const info = emulatorInfo();
  return [
    ['private key', info.privateKey],
    ['service-account secret', emulatorServiceAccount().clientSecret],
  ];
}

function leaksIn(text: string): string[] {
  return secrets().filter(([, secret]) => text.includes(secret)).map(([name]) => name);
}

// Root-level: runs after every suite of the run, when the extension has done everything it will do.
after(async () => {
  rawJsonWatch.forEach((subscription) => subscription.dispose());
  for (const [source, text] of await extensionStateText()) recordShownText(`${source} at the end of the integration suites`, text);
});

describe('secret leak audit, in the extension host', () => {
  it('the keys are recognisable canaries, and the search finds one where it is planted', () => {
    for (const [name, secret] of secrets()) {
      assert.match(secret, /LEAKCANARY/, `the emulator's ${name} is not a leak canary: start the suites with the launcher`);
    }
    assert.deepEqual(leaksIn(`log line with ${emulatorInfo().privateKey} planted`), ['private key']);
  });

  it('no key in globalState, settings, profiles, open raw JSON documents, or the extension log so far', async () => {
    const sources = [...(await extensionStateText()), ['extension log', await extensionLogText()] as [string, string]];
    const found = sources.flatMap(([source, text]) => leaksIn(text).map((name) => `${name} in ${source}`));
    assert.deepEqual(found, []);
    assert.ok(sources.find(([source]) => source === 'extension log')?.[1].includes('GET /api/atlas/v1.0/'), 'the extension log was read (it holds requests)');
  });
});
