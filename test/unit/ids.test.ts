// src/ids.ts against package.json `contributes`: every id the code uses is declared there, and every one declared
// there is known to the code.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COMMANDS, CONFIG_SECTION, CONTEXT_KEYS, RAW_JSON_SCHEME, SETTINGS, TEST_COMMANDS, VIEW_CONTAINER_ID, VIEW_ID, settingId } from '../../src/ids';

interface Contributes {
  viewsContainers: { activitybar: Array<{ id: string }> };
  views: Record<string, Array<{ id: string }>>;
  viewsWelcome: Array<{ view: string; when?: string }>;
  commands: Array<{ command: string; category?: string }>;
  menus: Record<string, Array<{ command: string; when?: string }>>;
  configuration: { properties: Record<string, unknown> };
}

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { contributes: Contributes };
const { contributes } = manifest;

function sorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

function whenClauses(): string[] {
  return [...contributes.viewsWelcome, ...Object.values(contributes.menus).flat()].flatMap((entry) => (entry.when ? [entry.when] : []));
}

describe('ids (src/ids.ts against package.json contributes)', () => {
  it('the commands are exactly the contributed commands', () => {
    assert.deepEqual(sorted(Object.values(COMMANDS)), sorted(contributes.commands.map((entry) => entry.command)));
  });

  it('every menu entry names a known command', () => {
    const known = new Set<string>(Object.values(COMMANDS));
    for (const [menu, entries] of Object.entries(contributes.menus)) {
      for (const entry of entries) assert.ok(known.has(entry.command), `${menu}: ${entry.command}`);
    }
  });

  it('test commands are never contributed', () => {
    const contributed = new Set(contributes.commands.map((entry) => entry.command));
    for (const id of Object.values(TEST_COMMANDS)) assert.equal(contributed.has(id), false, id);
  });

  it('the view and its container are the contributed ones', () => {
    assert.deepEqual(
      contributes.viewsContainers.activitybar.map((container) => container.id),
      [VIEW_CONTAINER_ID],
    );
    assert.deepEqual(
      contributes.views[VIEW_CONTAINER_ID].map((view) => view.id),
      [VIEW_ID],
    );
    for (const welcome of contributes.viewsWelcome) assert.equal(welcome.view, VIEW_ID);
  });

  it('the context keys are exactly the ones the when-clauses read', () => {
    const prefix = new RegExp(`\\b${CONFIG_SECTION}\\.[A-Za-z.]+`, 'g');
    const read = whenClauses().flatMap((when) => when.match(prefix) ?? []).filter((id) => id !== VIEW_ID);
    assert.deepEqual(sorted(read), sorted(Object.values(CONTEXT_KEYS)));
  });

  it('the settings are exactly the contributed configuration properties', () => {
    assert.deepEqual(sorted(Object.values(SETTINGS).map(settingId)), sorted(Object.keys(contributes.configuration.properties)));
  });

  it('commands and context keys carry the extension prefix; the raw-JSON scheme is a valid URI scheme', () => {
    for (const id of [...Object.values(COMMANDS), ...Object.values(TEST_COMMANDS), ...Object.values(CONTEXT_KEYS), VIEW_ID]) {
      assert.ok(id.startsWith(`${CONFIG_SECTION}.`), id);
    }
    assert.match(RAW_JSON_SCHEME, /^[a-z][a-z0-9+.-]*$/);
  });
});
