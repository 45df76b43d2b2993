// Stage 3 (use): the text an expression stands for, with names resolved through the file's bindings. Every character
// of the result keeps where it came from: the source offsets that show it, and the binding it came through.
import type { Definition, Node } from './expressions';

export interface Part {
  text: string;
  /** Source offsets shown for this text: its own, or the name's when it came from a binding. */
  start: number;
  end: number;
  kind: 'lit' | 'hole' | 'ref';
  /** The first name resolved on the way to this text. */
  via?: string;
  /** Its value when `via` is set, for the message. */
  viaValue?: string;
  joined?: boolean;
  /** Prose continued from the line before. */
  wrapped?: boolean;
  escaped?: boolean;
  regex?: boolean;
}

export interface Value {
  text: string;
  parts: Part[];
  /** Offset in `text` where each part starts. */
  offsets: number[];
}

export type Resolve = (name: string, at: number) => Definition | undefined;

const MAX_DEPTH = 4;
const PATH_LIKE = /\/|^(?:aws|azure|gcp)$|privateEndpoint|interfaceEndpoints|endpointService/i;
const MAX_PARTS = 256;
const PLACEHOLDER = /%\[(\d+)\][sdvq]|%[-+ #0-9.]*[sdvq]|\{(\d*)\}|\{([A-Za-z_]\w{0,63})\}/g;

/**
 * Names are resolved only while the path has not started: a base (`BASE + "/groups/…"`, `${this.base}/privateEndpoint`,
 * `fmt.Sprintf(linksPath, g)`) decides the API family, while a name after the first `/` is a segment (an id, a
 * provider) that its own name describes well enough. That keeps lookups few: most expressions need none.
 */
/** A list item that is a literal path segment of the private endpoint family. */
function isSegmentWord(node: Node): boolean {
  return node.t === 'lit' && (node.text === 'groups' || node.text === 'privateEndpoint' || node.text === 'interfaceEndpoints');
}

function isSegmentPart(part: Part): boolean {
  return part.kind === 'lit' && (part.text === 'groups' || part.text === 'privateEndpoint' || part.text === 'interfaceEndpoints');
}

class Evaluator {
  private readonly stack = new Set<Definition>();
  /** A literal `/` has been produced: later names are segments. */
  private pathStarted = false;
  /** Inside a concatenation, a join or a format. */
  private composite = 0;
  /** The separator of the join a list held in a name is being read for (`"/".join(parts)`). */
  private listSeparator: string | undefined;

  constructor(
    private readonly resolve: Resolve,
    /** The expression names its API version itself (`/api/atlas/v1.0/…`): a base cannot change the family. */
    private versioned: boolean,
    /** A name's offset that is resolved wherever it stands: the use of a binding being judged. */
    private readonly forcedAt: number | undefined,
  ) {}

  private produced(parts: readonly Part[]): Part[] {
    if (!this.pathStarted && parts.some((part) => part.kind === 'lit' && part.text.includes('/'))) {
      this.pathStarted = true;
    }
    return parts as Part[];
  }

  parts(node: Node, depth: number): Part[] {
    switch (node.t) {
      case 'lit':
        return this.produced([{ text: node.text, start: node.start, end: node.end, kind: 'lit', escaped: node.escaped, regex: node.regex }]);
      case 'hole':
      case 'ref': {
        // A call is looked up only as the base of a longer expression (`links_path(g) + "/" + id`).
        const forced = this.forcedAt !== undefined && node.start <= this.forcedAt && this.forcedAt < node.end;
        const lookUp = node.name !== undefined && (forced || (!this.pathStarted && !this.versioned)) && (!node.call || this.composite > 0 || forced);
        const resolved = lookUp ? this.binding(node.name as string, node.start, node.end, depth) : undefined;
        if (resolved) {
          return this.produced(resolved);
        }
        return [{ text: node.t === 'ref' ? `{${node.name}}` : node.text, start: node.start, end: node.end, kind: node.t }];
      }
      case 'concat': {
        this.composite++;
        try {
          return this.concat(node.items, depth);
        } finally {
          this.composite--;
        }
      }
      case 'join':
        this.composite++;
        try {
          return this.join(node.items, node.separator, depth);
        } finally {
          this.composite--;
        }
      case 'format':
        this.composite++;
        try {
          return this.format(node, depth);
        } finally {
          this.composite--;
        }
    }
  }

  private concat(items: readonly Node[], depth: number): Part[] {
    const first = items[0];
    if (first.t === 'ref' && !this.pathStarted && !this.versioned && this.heldList(first)) {
      // Kotlin's `parts += "privateEndpoint"` on a list: one more item.
      return this.join(items, '', depth);
    }
    const parts: Part[] = [];
    for (const item of items) {
      if (parts.length >= MAX_PARTS) {
        break;
      }
      for (const part of this.parts(item, depth)) {
        parts.push(part);
      }
    }
    return this.limit(parts);
  }

  /** `ref` names a list of segments (`mutableListOf("groups", g)`), as bound where it is used. */
  private heldList(ref: Extract<Node, { t: 'ref' }>): boolean {
    const definition = this.resolve(ref.name, ref.start);
    return definition !== undefined && definition.value.t === 'join' && definition.value.separator === '';
  }

  private limit(parts: Part[]): Part[] {
    return parts.length > MAX_PARTS ? parts.slice(0, MAX_PARTS) : parts;
  }

  /** The value of the binding `name` seen at `at`, shown at [start, end). */
  private binding(name: string, start: number, end: number, depth: number): Part[] | undefined {
    if (depth >= MAX_DEPTH) {
      return undefined;
    }
    const definition = this.resolve(name, start);
    if (!definition || this.stack.has(definition)) {
      return undefined;
    }
    this.stack.add(definition);
    const started = this.pathStarted;
    this.pathStarted = false;
    try {
      const inner = this.parts(definition.value, depth + 1);
      const viaValue = inner.map((part) => part.text).join('');
      // Only path structure and providers matter; a name for an id keeps its own placeholder.
      if (!PATH_LIKE.test(viaValue)) {
        return undefined;
      }
      // A list held in a name (`parts = ["groups", g, "privateEndpoint"]`, joined later) keeps where its segments are written.
      const held = definition.value.t === 'join' && definition.value.separator === '';
      return inner.map((part) => ({ ...part, start: held ? part.start : start, end: held ? part.end : end, via: part.via ?? name, viaValue: part.via ? part.viaValue : viaValue }));
    } finally {
      this.stack.delete(definition);
      this.pathStarted = started;
    }
  }

  /**
   * A join of segments. A list left unjoined (separator '': `Seq(…).mkString("/")`, `[…].map(f).join("/")`, a list
   * built over several statements) takes the separator of the join that holds it, else `/` when it holds a path
   * segment of its own (`"groups"`, `"privateEndpoint"`).
   */
  private join(items: readonly Node[], separator: string, depth: number): Part[] {
    const result: Part[] = [];
    // `"/".join(parts)`: a join of one name is a join of the list that name holds, wherever it stands.
    const started = this.pathStarted;
    const outer = this.listSeparator;
    const versioned = this.versioned;
    if (items.length === 1 && items[0].t === 'ref' && separator !== '') {
      // A list held in a name holds segments, not a base: it is read even after `/api/atlas/v1.0/`.
      this.pathStarted = false;
      this.versioned = false;
      this.listSeparator = separator;
    }
    const evaluated: Part[][] = [];
    try {
      for (const item of items) {
        evaluated.push(this.parts(item, depth).map((part) => ({ ...part, joined: true })));
        // Only the first item may be a base; the others are segments (an id, a provider), named well enough.
        this.pathStarted = true;
      }
      this.pathStarted = started || evaluated.some((parts) => parts.some((part) => part.kind === 'lit' && part.text.includes('/'))) || items.length > 1;
    } finally {
      this.listSeparator = outer;
      this.versioned = versioned;
    }
    let glue = separator;
    if (glue === '') {
      glue = this.listSeparator ?? (items.some(isSegmentWord) || evaluated.some((parts) => parts.some(isSegmentPart)) ? '/' : '');
    }
    evaluated.forEach((parts, index) => {
      if (index > 0 && glue !== '' && parts.length > 0) {
        const previous = result[result.length - 1];
        const needsSeparator = !(previous?.text.endsWith(glue) || parts[0]?.text.startsWith(glue));
        if (needsSeparator) {
          result.push(...this.produced([{ text: glue, start: items[index].start, end: items[index].start, kind: 'lit', joined: true }]));
        }
      }
      result.push(...parts);
    });
    return this.limit(result);
  }

  /** Fills `%s`, `%v`, `{}`, `{0}` and `%[1]s` with the arguments that have a value; other placeholders stay. */
  private format(node: Extract<Node, { t: 'format' }>, depth: number): Part[] {
    const template = this.parts(node.format, depth);
    // The template's own text does not start the path: its placeholders are filled in order, as they are read.
    this.pathStarted = false;
    const computed: Array<Part[] | undefined> = [];
    const argAt = (index: number): Part[] => (computed[index] ??= this.parts(node.args[index], depth));
    const args = node.args;
    const known = (index: number) => argAt(index).some((part) => part.kind === 'lit' || part.via !== undefined);
    const result: Part[] = [];
    let next = 0;
    for (const part of template) {
      if (part.kind !== 'lit') {
        result.push(part);
        continue;
      }
      let last = 0;
      for (const match of part.text.matchAll(PLACEHOLDER)) {
        const at = match.index ?? 0;
        if (match[3] !== undefined) {
          // Rust's inline arguments (`format!("{base}{LINKS}/{id}")`): a name the file may bind.
          const named = this.parts({ t: 'ref', name: match[3], start: part.start, end: part.end }, depth);
          if (named.some((item) => item.via !== undefined)) {
            if (at > last) {
              result.push(slicePart(part, last, at));
            }
            result.push(...named);
            last = at + match[0].length;
          }
          continue;
        }
        const explicit = match[1] ?? match[2];
        const index = explicit !== undefined && explicit !== '' ? Number(explicit) - (match[1] !== undefined ? 1 : 0) : next++;
        if (!this.pathStarted && at > last && part.text.slice(last, at).includes('/')) {
          this.pathStarted = true;
        }
        if (index < 0 || index >= args.length || !known(index)) {
          continue;
        }
        if (at > last) {
          result.push(slicePart(part, last, at));
        }
        result.push(...this.produced(argAt(index)));
        last = at + match[0].length;
      }
      result.push(...this.produced([last === 0 ? part : slicePart(part, last, part.text.length)]));
    }
    return this.limit(result.filter((part) => part.text.length > 0));
  }
}

/** `part.text[from, to)`, with source offsets narrowed when the text is a plain copy of the source. */
function slicePart(part: Part, from: number, to: number): Part {
  const exact = !part.escaped && part.via === undefined && part.end - part.start === part.text.length;
  return {
    ...part,
    text: part.text.slice(from, to),
    start: exact ? part.start + from : part.start,
    end: exact ? part.start + to : part.end,
  };
}

/** `forcedAt`: the offset of a name to resolve even after the path has started (a binding's use being judged). */
export function evaluate(node: Node, resolve: Resolve, versioned = false, forcedAt?: number): Value {
  return valueOfParts(new Evaluator(resolve, versioned, forcedAt).parts(node, 0));
}

/** The value the parts spell, with each part's offset in it. */
export function valueOfParts(parts: Part[]): Value {
  const offsets: number[] = [];
  let text = '';
  for (const part of parts) {
    offsets.push(text.length);
    text += part.text;
  }
  return { text, parts, offsets };
}

/** The part holding value offset `at` (the last one starting at or before it). */
export function partAt(value: Value, at: number): number {
  let low = 0;
  let high = value.offsets.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (value.offsets[mid] <= at) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return low;
}

/** Source offset of value offset `at`: exact inside plain literal runs, else the start (or end) of its part. */
export function sourceOffset(value: Value, at: number, isEnd: boolean): number {
  if (value.parts.length === 0) {
    return 0;
  }
  const index = partAt(value, isEnd ? Math.max(0, at - 1) : at);
  const part = value.parts[index];
  const inside = at - value.offsets[index];
  if (part.kind === 'lit' && part.via === undefined && !part.escaped && part.end - part.start === part.text.length) {
    return part.start + inside;
  }
  return isEnd ? part.end : part.start;
}
