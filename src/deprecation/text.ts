// Small bounded helpers over a string. Every loop here has a fixed upper bound, so callers stay linear in the text.

export const CH_NEWLINE = 10;
export const CH_RETURN = 13;

export function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 95 // _
  );
}

export function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** Start of the line holding `pos`, looking back at most `max` characters (then `pos - max`). */
export function lineStartWithin(text: string, pos: number, max: number): number {
  const floor = Math.max(0, pos - max);
  for (let i = pos - 1; i >= floor; i--) {
    if (text.charCodeAt(i) === CH_NEWLINE) {
      return i + 1;
    }
  }
  return floor;
}

/** End of the line holding `pos` (index of its `\r`/`\n`, or the text end), looking ahead at most `max` characters. */
export function lineEndWithin(text: string, pos: number, max: number): number {
  const ceiling = Math.min(text.length, pos + max);
  for (let i = pos; i < ceiling; i++) {
    const code = text.charCodeAt(i);
    if (code === CH_NEWLINE || code === CH_RETURN) {
      return i;
    }
  }
  return ceiling;
}

/** Index after the identifier (`[A-Za-z0-9_]`) that starts at `pos`, scanning at most `max` characters. */
export function identifierEnd(text: string, pos: number, max = 64): number {
  const ceiling = Math.min(text.length, pos + max);
  let i = pos;
  while (i < ceiling && isWordChar(text.charCodeAt(i))) {
    i++;
  }
  return i;
}

/** Index of the first character of the identifier that ends at `pos` (exclusive), scanning back at most `max`. */
export function identifierStart(text: string, pos: number, max = 64): number {
  const floor = Math.max(0, pos - max);
  let i = pos;
  while (i > floor && isWordChar(text.charCodeAt(i - 1))) {
    i--;
  }
  return i;
}

export function skipBlanks(text: string, pos: number, max = 8): number {
  const ceiling = Math.min(text.length, pos + max);
  let i = pos;
  while (i < ceiling && isBlank(text.charCodeAt(i))) {
    i++;
  }
  return i;
}

export function skipBlanksBack(text: string, pos: number, max = 8): number {
  const floor = Math.max(0, pos - max);
  let i = pos;
  while (i > floor && isBlank(text.charCodeAt(i - 1))) {
    i--;
  }
  return i;
}
