// contributes.walkthroughs: four steps, each with a completion event and a Markdown page that exists and ships.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COMMANDS, WALKTHROUGH_ID } from '../../src/ids';

const ROOT = path.resolve(__dirname, '..', '..');

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string };
  completionEvents: string[];
}

describe('walkthrough (package.json contributes.walkthroughs)', () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { walkthroughs: Array<{ id: string; steps: Step[] }> } };
  const nls = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const [walkthrough] = manifest.contributes.walkthroughs;

  it('is the one the command opens, with sign in, connections, scan and migrate', () => {
    assert.equal(manifest.contributes.walkthroughs.length, 1);
    assert.equal(walkthrough.id, WALKTHROUGH_ID);
    assert.deepEqual(walkthrough.steps.map((step) => step.id), ['sign-in', 'connections', 'scan', 'migrate']);
  });

  it('every step has a completion event, localized text, and a Markdown page that exists and is packaged', () => {
    const vscodeignore = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    for (const step of walkthrough.steps) {
      assert.ok(step.completionEvents.length > 0, step.id);
      for (const text of [step.title, step.description]) {
        const key = /^%(.+)%$/.exec(text)?.[1];
        assert.ok(key && nls[key], `${step.id}: ${text} is in package.nls.json`);
      }
      assert.ok(step.media.markdown && existsSync(path.join(ROOT, step.media.markdown)), `${step.id}: ${step.media.markdown}`);
    }
    assert.match(vscodeignore, /^!media\/walkthrough\/\*\.md$/m);
  });

  it('the commands the steps link to and complete on exist', () => {
    const known = new Set<string>([...Object.values(COMMANDS), 'atlasPrivateEndpoints.connections.focus', 'workbench.actions.view.problems']);
    for (const step of walkthrough.steps) {
      const linked = [...nls[step.description.slice(1, -1)].matchAll(/\(command:([\w.]+)\)/g)].map((match) => match[1]);
      const completing = step.completionEvents.filter((event) => event.startsWith('onCommand:')).map((event) => event.slice('onCommand:'.length));
      for (const command of [...linked, ...completing]) assert.ok(known.has(command), `${step.id}: ${command}`);
    }
  });
});
