// OnePerTurn: whoever asks gets a turn of the event loop of its own, in order, and the work it does in that turn (its
// microtasks) ends before the next one starts.
import assert from 'node:assert/strict';
import { OnePerTurn } from '../../../src/atlas/turns';
import { countTurns } from './helpers';

describe('atlas/turns', () => {
  it('grants five callers that ask in the same turn five different turns, in the order asked', async () => {
    const turns = countTurns();
    const gate = new OnePerTurn();
    const granted: Array<{ caller: number; turn: number }> = [];
    await Promise.all(
      Array.from({ length: 5 }, async (_, caller) => {
        await gate.take();
        granted.push({ caller, turn: turns.now() });
      }),
    );
    turns.stop();
    assert.deepEqual(granted.map((grant) => grant.caller), [0, 1, 2, 3, 4]);
    for (let index = 1; index < granted.length; index += 1) {
      assert.ok(granted[index].turn > granted[index - 1].turn, `callers ${index - 1} and ${index} shared turn ${granted[index].turn}`);
    }
    assert.equal(gate.queued, 0);
  });

  it("lets a caller's own follow-up work (its microtasks) finish before the next caller starts", async () => {
    const gate = new OnePerTurn();
    const log: string[] = [];
    const caller = async (name: string) => {
      await gate.take();
      log.push(`${name} starts`);
      for (let step = 0; step < 3; step += 1) await Promise.resolve();
      log.push(`${name} ends`);
    };
    await Promise.all([caller('a'), caller('b')]);
    assert.deepEqual(log, ['a starts', 'a ends', 'b starts', 'b ends']);
  });

  it('grants a caller that asks later, after the others were served, in a turn after theirs', async () => {
    const turns = countTurns();
    const gate = new OnePerTurn();
    await gate.take();
    const first = turns.now();
    await gate.take();
    const second = turns.now();
    turns.stop();
    assert.ok(second > first);
  });

  it('serves callers that ask ahead before the others waiting, each still in a turn of its own', async () => {
    const turns = countTurns();
    const gate = new OnePerTurn();
    const granted: Array<{ name: string; turn: number }> = [];
    const caller = async (name: string, ahead: boolean) => {
      await gate.take(ahead);
      granted.push({ name, turn: turns.now() });
    };
    await Promise.all([caller('parse 1', false), caller('parse 2', false), caller('send 1', true), caller('send 2', true)]);
    turns.stop();
    assert.deepEqual(granted.map((grant) => grant.name), ['send 1', 'send 2', 'parse 1', 'parse 2']);
    assert.equal(new Set(granted.map((grant) => grant.turn)).size, 4);
  });

  it('lets an ahead caller with no other ahead of it go in the turn it asked in; a second ahead in that turn waits for one of its own', async () => {
    const turns = countTurns();
    const gate = new OnePerTurn();
    const asked = turns.now();
    const granted: Array<{ name: string; turn: number }> = [];
    const caller = async (name: string, ahead: boolean) => {
      await gate.take(ahead);
      granted.push({ name, turn: turns.now() });
    };
    await Promise.all([caller('parse', false), caller('send 1', true), caller('send 2', true)]);
    turns.stop();
    assert.deepEqual(granted.map((grant) => grant.name), ['send 1', 'send 2', 'parse']);
    assert.equal(granted[0].turn, asked, 'the first send waited for another turn');
    assert.equal(new Set(granted.map((grant) => grant.turn)).size, 3);
    assert.equal(gate.queued, 0);
  });
});
