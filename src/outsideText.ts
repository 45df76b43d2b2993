// Text from outside (Atlas bodies, names, config files, command arguments) made safe to show: in a notification, a
// quick pick, a tree label or tooltip, or a log line. One helper, so every such string is treated the same way. Pure.
//
// - Control characters (line breaks included) become spaces, so no text can forge a second log line; invisible
//   formatting characters (zero-width, bidirectional overrides) are removed, so text cannot hide or reorder itself.
// - Secrets are redacted (after the above, so an invisible character cannot split a key to slip past).
// - Link syntax is broken: VS Code renders `[label](command:…)` and `[label](https:…)` in notification text as links,
//   and `$(icon)` in quick picks as icons. `](` becomes `] (` and `$(` becomes `$ (`: still readable, never active.
// - The result is one line, clipped (an ellipsis marks the cut).

export const OUTSIDE_TEXT_MAX_LENGTH = 300;

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const INVISIBLE_FORMATTING = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

export interface OutsideTextOptions {
  /** Longest result, ellipsis included (default 300). */
  readonly maxLength?: number;
  /** Replaces secrets (keys, tokens) in the text; applied before link syntax is broken and before clipping. */
  readonly redact?: (text: string) => string;
}

/** `text` as plain, single-line, clipped text that no renderer turns into a link, a command or an icon. */
export function outsideText(text: unknown, options: OutsideTextOptions = {}): string {
  const raw = typeof text === 'string' ? text : text === undefined || text === null ? '' : String(text);
  const visible = raw.replace(INVISIBLE_FORMATTING, '').replace(CONTROL_CHARACTERS, ' ');
  const redacted = options.redact ? options.redact(visible) : visible;
  const safe = neutraliseLinks(redacted.replace(/\s+/g, ' ').trim());
  return clipText(safe, options.maxLength ?? OUTSIDE_TEXT_MAX_LENGTH);
}

/** Breaks `[label](target)` links and `$(icon)` references; everything else is left as it is. */
export function neutraliseLinks(text: string): string {
  return text.replace(/\]\s*\(/g, '] (').replace(/\$\(/g, '$ (');
}

/** At most `maxLength` characters, the last one an ellipsis when cut (never splitting a surrogate pair). */
export function clipText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let end = Math.max(0, maxLength - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
