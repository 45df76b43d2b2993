// JSON.parse for bodies too big to parse in one turn of the event loop (a page near the 20 MB cap takes 70 to 100 ms
// in one piece). A body up to SLICE_CHARS is parsed at once. A bigger array or object is cut at its elements (or
// members), found by one linear pass over its text; runs of small elements are parsed together, a big one is cut in
// turn, and the caller's `pause` lets other work run between slices. The value is the one JSON.parse gives, and text
// that JSON.parse rejects is rejected (with a SyntaxError).

export const SLICE_CHARS = 1 << 16;
/** Containers nested deeper than this are parsed whole: only hostile text nests big values so deep. */
const MAX_CUT_DEPTH = 8;

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

function isBlank(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function invalid(at: number): SyntaxError {
  return new SyntaxError(`Unexpected token in JSON at position ${at}`);
}

class SlicedParser {
  /** Characters parsed or walked since the last pause. */
  private spent = 0;

  constructor(
    private readonly text: string,
    private readonly pause: () => Promise<void>,
    private readonly sliceChars: number,
  ) {}

  private async charge(chars: number): Promise<void> {
    this.spent += chars;
    if (this.spent >= this.sliceChars) {
      this.spent = 0;
      await this.pause();
    }
  }

  private skipBlanks(at: number, end: number): number {
    while (at < end && isBlank(this.text.charCodeAt(at))) {
      at++;
    }
    return at;
  }

  /** The end of the string whose opening quote is at `at` (after its closing quote). */
  private stringEnd(at: number, end: number): number {
    const { text } = this;
    for (let quote = text.indexOf('"', at + 1); quote >= 0 && quote < end; quote = text.indexOf('"', quote + 1)) {
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) {
        backslashes++;
      }
      if (backslashes % 2 === 0) {
        return quote + 1;
      }
    }
    throw invalid(at);
  }

  /**
   * The end of the value starting at `at`: at the first `,`, `]` or `}` outside strings and brackets. Walking is
   * cheaper than parsing: it is charged a quarter of a character per character.
   */
  private async valueEnd(at: number, end: number): Promise<number> {
    const { text } = this;
    let depth = 0;
    let k = at;
    let charged = at;
    while (k < end) {
      if (k - charged >= this.sliceChars) {
        await this.charge((k - charged) >> 2);
        charged = k;
      }
      const code = text.charCodeAt(k);
      if (code === QUOTE) {
        k = this.stringEnd(k, end);
        continue;
      }
      if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        depth++;
      } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        if (depth === 0) {
          break;
        }
        depth--;
      } else if (code === COMMA && depth === 0) {
        break;
      }
      k++;
    }
    await this.charge((k - charged) >> 2);
    // Blanks before the separator belong to no value.
    while (k > at && isBlank(text.charCodeAt(k - 1))) {
      k--;
    }
    return k;
  }

  async value(start: number, end: number, depth: number): Promise<unknown> {
    const from = this.skipBlanks(start, end);
    let to = end;
    while (to > from && isBlank(this.text.charCodeAt(to - 1))) {
      to--;
    }
    const open = this.text.charCodeAt(from);
    if (to - from <= this.sliceChars || depth >= MAX_CUT_DEPTH || (open !== OPEN_BRACKET && open !== OPEN_BRACE)) {
      await this.charge(to - from);
      return JSON.parse(this.text.slice(from, to));
    }
    const close = open === OPEN_BRACKET ? CLOSE_BRACKET : CLOSE_BRACE;
    if (this.text.charCodeAt(to - 1) !== close) {
      throw invalid(to - 1);
    }
    return open === OPEN_BRACKET ? this.array(from + 1, to - 1, depth) : this.object(from + 1, to - 1, depth);
  }

  /** Where the next element or member starts after one that ends at `itemEnd`: past a comma, or `end` after the last. */
  private nextItem(itemEnd: number, end: number): number {
    const comma = this.skipBlanks(itemEnd, end);
    if (comma === end) {
      return end;
    }
    const next = this.skipBlanks(comma + 1, end);
    if (this.text.charCodeAt(comma) !== COMMA || next === end) {
      throw invalid(comma);
    }
    return next;
  }

  /** Each element's [start, end) between `[` and `]`, checked for the commas between them. */
  private async elements(start: number, end: number): Promise<Array<[number, number]>> {
    const found: Array<[number, number]> = [];
    let at = this.skipBlanks(start, end);
    while (at < end) {
      const valueEnd = await this.valueEnd(at, end);
      if (valueEnd === at) {
        throw invalid(at);
      }
      found.push([at, valueEnd]);
      at = this.nextItem(valueEnd, end);
    }
    return found;
  }

  private async array(start: number, end: number, depth: number): Promise<unknown[]> {
    const result: unknown[] = [];
    const elements = await this.elements(start, end);
    for (let k = 0; k < elements.length; ) {
      const [elementStart, elementEnd] = elements[k];
      if (elementEnd - elementStart > this.sliceChars) {
        result.push(await this.value(elementStart, elementEnd, depth + 1));
        k++;
        continue;
      }
      // A run of small elements, parsed as one array.
      let last = k;
      while (last + 1 < elements.length && elements[last + 1][1] - elementStart <= this.sliceChars) {
        last++;
      }
      await this.charge(elements[last][1] - elementStart);
      const run = JSON.parse(`[${this.text.slice(elementStart, elements[last][1])}]`) as unknown[];
      for (const item of run) {
        result.push(item);
      }
      k = last + 1;
    }
    return result;
  }

  private async object(start: number, end: number, depth: number): Promise<Record<string, unknown>> {
    const result: Record<string, unknown> = {};
    let at = this.skipBlanks(start, end);
    while (at < end) {
      if (this.text.charCodeAt(at) !== QUOTE) {
        throw invalid(at);
      }
      const keyEnd = this.stringEnd(at, end);
      const key = JSON.parse(this.text.slice(at, keyEnd)) as string;
      const colon = this.skipBlanks(keyEnd, end);
      if (this.text.charCodeAt(colon) !== COLON) {
        throw invalid(colon);
      }
      const valueStart = this.skipBlanks(colon + 1, end);
      const valueEnd = await this.valueEnd(valueStart, end);
      if (valueEnd === valueStart) {
        throw invalid(valueStart);
      }
      // As JSON.parse does: an own property, even for `__proto__`; a repeated key keeps its last value.
      Object.defineProperty(result, key, { value: await this.value(valueStart, valueEnd, depth + 1), writable: true, enumerable: true, configurable: true });
      at = this.nextItem(valueEnd, end);
    }
    return result;
  }
}

/** The next turn of the event loop. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** `JSON.parse(text)`, with `pause` awaited after every `sliceChars` characters of work. */
export function parseJsonInSlices(text: string, pause: () => Promise<void> = nextTurn, sliceChars = SLICE_CHARS): Promise<unknown> {
  if (text.length <= sliceChars) {
    return Promise.resolve().then(() => JSON.parse(text));
  }
  return new SlicedParser(text, pause, sliceChars).value(0, text.length, 0);
}
