// Building the single exclude glob that `workspace.findFiles` takes from several settings. VS Code's glob syntax
// does not nest brace groups, so patterns that already contain braces are expanded before they are combined.

const MAX_EXPANSIONS = 64;

/** `**\/*.{js,ts}` gives `**\/*.js` and `**\/*.ts`; patterns without braces come back as they are. */
export function expandBraces(pattern: string): string[] {
  const results: string[] = [];
  const pending = [pattern];
  while (pending.length > 0 && results.length < MAX_EXPANSIONS) {
    const current = pending.pop() as string;
    const open = current.indexOf('{');
    const close = open < 0 ? -1 : current.indexOf('}', open);
    if (close < 0) {
      results.push(current);
      continue;
    }
    // The innermost group that starts before `close`.
    const start = current.lastIndexOf('{', close);
    const choices = current.slice(start + 1, close).split(',');
    for (const choice of choices.reverse()) {
      pending.push(current.slice(0, start) + choice + current.slice(close + 1));
    }
  }
  return [...new Set(results)];
}

/** Keys whose value is `true` in a `files.exclude`-style object (conditional `{ when }` entries are skipped). */
export function enabledPatterns(setting: unknown): string[] {
  if (!setting || typeof setting !== 'object') {
    return [];
  }
  return Object.entries(setting as Record<string, unknown>)
    .filter(([, value]) => value === true)
    .map(([pattern]) => pattern);
}

/** One glob matching any of `patterns`, or undefined when there are none. */
export function combineGlobs(patterns: readonly string[]): string | undefined {
  const unique = [...new Set(patterns.flatMap(expandBraces).map((pattern) => pattern.trim()).filter((pattern) => pattern.length > 0))];
  if (unique.length === 0) {
    return undefined;
  }
  return unique.length === 1 ? unique[0] : `{${unique.join(',')}}`;
}
