// The scanner's candidate words, and a search for them in raw bytes. Guarantee (checked by
// test/unit/deprecation/candidates.test.ts on the corpus and on generated text): if `scanText(text)` reports a
// finding, `text` contains at least one of these words, ASCII case-insensitively. So bytes without any of them need
// no decoding and no scan. A rule that can fire without one of these words must add its word here.

/** Lower-case ASCII. Every legacy path, SDK, Terraform, Pulumi and Atlas CLI name the scanner knows contains one. */
export const CANDIDATE_WORDS: readonly string[] = ['privateendpoint', 'private_endpoint', 'private-endpoint', 'interfaceendpoint'];

/** Bytes are compared through this table: ASCII upper case folded to lower case, every other byte as it is. */
const FOLD = new Uint8Array(256).map((_, byte) => (byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte));

const WORD_BYTES = CANDIDATE_WORDS.map((word) => Uint8Array.from(word, (char) => char.charCodeAt(0)));

/** Length of the window the search slides: a part of every word. */
const WINDOW = Math.min(11, ...WORD_BYTES.map((word) => word.length));

/** ASCII letters from the most to the least frequent in English and in code; other bytes count as rare. */
const LETTERS_BY_FREQUENCY = 'etaoinsrlcdhumpfgybwvkxjqz';

function rarity(byte: number): number {
  const rank = LETTERS_BY_FREQUENCY.indexOf(String.fromCharCode(byte));
  return rank < 0 ? LETTERS_BY_FREQUENCY.length : rank;
}

/**
 * Where each word's window starts: the window ends on the word's rarest-looking pair of bytes ("dp" in
 * "privateEndpoint"), so that the search stops to check only where that pair occurs.
 */
const WINDOW_START = WORD_BYTES.map((word) => {
  let best = 0;
  for (let start = 1; start + WINDOW <= word.length; start++) {
    const score = (at: number) => rarity(word[at + WINDOW - 2]) + rarity(word[at + WINDOW - 1]);
    if (score(start) > score(best)) {
      best = start;
    }
  }
  return best;
});

/** The byte and, for an ASCII letter, its other case. */
function caseVariants(byte: number): number[] {
  const isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a;
  return isLetter ? [byte | 0x20, byte & ~0x20] : [byte];
}

/**
 * Wu-Manber with blocks of two bytes: how far the window may move when its last two bytes are `key`
 * (`first << 8 | second`), every case variant listed so that the search needs no folding. 0 means "some word's window
 * ends with these two bytes here: check".
 */
const SHIFT = (() => {
  const shift = new Uint8Array(1 << 16).fill(WINDOW - 1);
  WORD_BYTES.forEach((word, w) => {
    for (let i = 0; i < WINDOW - 1; i++) {
      for (const first of caseVariants(word[WINDOW_START[w] + i])) {
        for (const second of caseVariants(word[WINDOW_START[w] + i + 1])) {
          const key = (first << 8) | second;
          shift[key] = Math.min(shift[key], WINDOW - 2 - i);
        }
      }
    }
  });
  return shift;
})();

/** Whether a word's window ends at `end` (inclusive), with the whole word inside [from, to). */
function wordEndingAt(bytes: Uint8Array, at: number, from: number, to: number): boolean {
  for (let w = 0; w < WORD_BYTES.length; w++) {
    const word = WORD_BYTES[w];
    const start = at - (WINDOW_START[w] + WINDOW - 1);
    if (start < from || start + word.length > to) {
      continue;
    }
    let k = 0;
    while (k < word.length && FOLD[bytes[start + k]] === word[k]) {
      k++;
    }
    if (k === word.length) {
      return true;
    }
  }
  return false;
}

/**
 * Whether `bytes[start, end)` (ASCII, UTF-8 or any ASCII-compatible encoding) holds a candidate word. Linear, and
 * in code usually reads one pair of bytes in eight or more.
 */
export function hasCandidateWord(bytes: Uint8Array, start = 0, end = bytes.length): boolean {
  for (let at = start + WINDOW - 1; at < end; ) {
    const shift = SHIFT[(bytes[at - 1] << 8) | bytes[at]];
    if (shift > 0) {
      at += shift;
    } else if (wordEndingAt(bytes, at, start, end)) {
      return true;
    } else {
      at++;
    }
  }
  return false;
}
