import assert from 'node:assert/strict';
import { scanText } from '../../../src/deprecation';
import { applyEdits, planFixes, type FixOptions, type FixPlan } from '../../../src/deprecation/fixes';

export interface Fixed {
  text: string;
  plan: FixPlan;
}

/** Scans, plans, applies; then checks the promise of every fix: nothing fixable is left and a second pass changes nothing. */
export function fix(text: string, options: FixOptions = {}): Fixed {
  const plan = planFixes(text, scanText(text, options.languageId), options);
  const fixed = applyEdits(text, plan.edits);
  const again = planFixes(fixed, scanText(fixed, options.languageId), options);
  assert.equal(again.fixes.length, 0, `a rescan still finds fixable findings:\n${fixed}`);
  assert.equal(applyEdits(fixed, again.edits), fixed, 'a second pass changed the text');
  return { text: fixed, plan };
}

export function reasons(plan: FixPlan): string[] {
  return plan.notes.map((note) => note.reason);
}
