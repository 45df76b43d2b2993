// The sliced JSON parser (src/atlas/slicedJson.ts) against JSON.parse itself: same values, same rejections, and pauses
// between slices. Small slice sizes make it cut even small texts.
import assert from 'node:assert/strict';
import { parseJsonInSlices } from '../../../src/atlas/slicedJson';

/** A deterministic pseudo-random generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AWKWARD_STRINGS = ['', 'a"b', 'back\\slash\\', '\\"', 'line\nbreak', 'tab\t', '{[,:]}', '\u2028', 'é漢字🙂', '\\\\"', '"'];

function valueOf(next: () => number, depth: number): unknown {
  const pick = Math.floor(next() * (depth > 3 ? 5 : 7));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return next() < 0.5;
    case 2:
      return Math.round((next() - 0.5) * 1e6) / 100;
    case 3:
    case 4:
      return AWKWARD_STRINGS[Math.floor(next() * AWKWARD_STRINGS.length)] + String(Math.floor(next() * 100));
    case 5:
      return Array.from({ length: Math.floor(next() * 6) }, () => valueOf(next, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: Math.floor(next() * 6) }, (_, k) => [`${AWKWARD_STRINGS[k % AWKWARD_STRINGS.length]}${k}`, valueOf(next, depth + 1)]));
  }
}

function countingPause(): { pause: () => Promise<void>; count: () => number } {
  let pauses = 0;
  return {
    pause: () => {
      pauses++;
      return new Promise((resolve) => setImmediate(resolve));
    },
    count: () => pauses,
  };
}

describe('parseJsonInSlices', () => {
  it('gives what JSON.parse gives, for generated values written compact and indented, at any slice size', async () => {
    const next = random(2026);
    for (let round = 0; round < 300; round++) {
      const text = JSON.stringify(valueOf(next, 0), null, round % 2 === 0 ? undefined : round % 5);
      for (const sliceChars of [1, 7, 64]) {
        assert.deepEqual(await parseJsonInSlices(text, () => Promise.resolve(), sliceChars), JSON.parse(text), `${text} (slices of ${sliceChars})`);
      }
    }
  });

  it('rejects what JSON.parse rejects', async () => {
    const bad = ['[1,]', '[,1]', '[1 2]', '{"a":1,}', '{"a" 1}', '{a:1}', '{"a":}', '[1,2}', '{"a":[1,2}', '["a\nb"]', '[1]]', '[[1]', '{"a":1}x', '["unterminated]', '[tru]', ''];
    for (const text of bad) {
      assert.throws(() => JSON.parse(text), `JSON.parse rejects ${JSON.stringify(text)}`);
      await assert.rejects(parseJsonInSlices(text, () => Promise.resolve(), 1), SyntaxError, JSON.stringify(text));
    }
  });

  it('keeps a "__proto__" key as an own property, as JSON.parse does, and the last of repeated keys', async () => {
    const text = '{"__proto__": {"polluted": true}, "a": 1, "a": 2, "list": [{"__proto__": 3}]}';
    const parsed = (await parseJsonInSlices(text, () => Promise.resolve(), 4)) as Record<string, unknown>;
    assert.deepEqual(parsed, JSON.parse(text));
    assert.equal(Object.getPrototypeOf(parsed), Object.prototype);
    assert.ok(Object.hasOwn(parsed, '__proto__'));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(parsed.a, 2);
  });

  it('pauses between slices of a big page (one pause per slice, about), and parses a small body at once', async () => {
    const page = { results: Array.from({ length: 2000 }, (_, k) => ({ id: k.toString(16).padStart(24, '0'), status: 'AVAILABLE', interfaceEndpoints: [`vpce-${k}`] })), totalCount: 2000 };
    const text = JSON.stringify(page);
    const sliceChars = 8192;
    const big = countingPause();
    assert.deepEqual(await parseJsonInSlices(text, big.pause, sliceChars), page);
    const expected = text.length / sliceChars;
    assert.ok(big.count() >= expected * 0.8 && big.count() <= expected * 2 + 2, `${big.count()} pauses for ${text.length} characters in slices of ${sliceChars}`);
    const small = countingPause();
    assert.deepEqual(await parseJsonInSlices('{"results":[]}', small.pause, sliceChars), { results: [] });
    assert.equal(small.count(), 0);
  });

  it('parses hostile nesting deeper than it cuts, and a huge string, as JSON.parse does', async () => {
    const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    // Walked, not compared by assert (whose comparison recurses).
    let level = 0;
    let value = await parseJsonInSlices(deep, () => Promise.resolve(), 16);
    for (; Array.isArray(value); level++) {
      assert.equal(value.length, 1);
      value = value[0];
    }
    assert.deepEqual([level, value], [5000, 1]);
    const long = JSON.stringify({ errorMessage: 'x'.repeat(100_000) });
    assert.deepEqual(await parseJsonInSlices(long, () => Promise.resolve(), 1000), JSON.parse(long));
  });
});
