// The Atlas CLI: `atlas privateEndpoints list|describe|create|delete|watch` becomes `atlas privateEndpoints aws …`
// and `interfaces …` becomes `aws interfaces …`, with the flags mapped the way the CLI's own code reads them:
//   - legacy `create --provider AWS --region R`: `aws create --region R` (the aws command has no --provider);
//   - legacy `interfaces create <vpce> --privateEndpointId <atlasId>` (the code passes the argument as the interface
//     endpoint and the flag as the Atlas id): `aws interfaces create <atlasId> --privateEndpointId <vpce>`;
//   - legacy `interfaces describe|delete <vpce> --privateEndpointId <atlasId>`:
//     `aws interfaces describe|delete <vpce> --endpointServiceId <atlasId>`.
import type { Finding } from '../types';
import type { TextEdit } from './types';

interface Token {
  start: number;
  end: number;
  /** Without surrounding quotes. */
  value: string;
}

const VALUE_FLAGS = new Set(['--projectId', '-o', '--output', '--page', '--limit', '--provider', '--region', '--privateEndpointId', '-P', '--profile']);
const BOOLEAN_FLAGS = new Set(['--force', '-h', '--help']);
const QUOTES = new Set(['"', "'", '`']);
const HEX_ID = /^[0-9a-f]{24}$/i;

/** The tokens of the command after `from`, up to where the command ends (line end without continuation, `|`, `;`…). */
function tokensAfter(text: string, from: number, enclosing: string | undefined): Token[] {
  const tokens: Token[] = [];
  let i = from;
  const limit = Math.min(text.length, from + 2000);
  while (i < limit) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    if ((ch === '\\' || ch === '`') && /^[ \t]*\r?\n/.test(text.slice(i + 1, i + 40)) && ch !== enclosing) {
      i = text.indexOf('\n', i) + 1;
      continue;
    }
    // `<` and `>` redirect unless they wrap a placeholder (`--projectId <id>` in docs).
    const redirect = ch === '>' || (ch === '<' && !/[A-Za-z_]/.test(text[i + 1] ?? ''));
    if (ch === '\n' || ch === '\r' || ch === enclosing || '|;&)#'.includes(ch) || redirect) {
      break;
    }
    const start = i;
    let value = '';
    while (i < limit && !/[\s|;&)]/.test(text[i]) && text[i] !== enclosing) {
      if (QUOTES.has(text[i])) {
        const close = text.indexOf(text[i], i + 1);
        if (close < 0 || text.slice(i, close).includes('\n')) {
          return tokens;
        }
        value += text.slice(i + 1, close);
        i = close + 1;
      } else {
        value += text[i];
        i++;
      }
    }
    tokens.push({ start, end: i, value });
  }
  return tokens;
}

interface ParsedFlags {
  positionals: Token[];
  flags: Map<string, { name: Token; value?: Token; inline?: boolean }>;
}

function parseFlags(tokens: Token[]): ParsedFlags | undefined {
  const positionals: Token[] = [];
  const flags = new Map<string, { name: Token; value?: Token; inline?: boolean }>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.value.startsWith('-')) {
      positionals.push(token);
      continue;
    }
    const eq = token.value.indexOf('=');
    const name = eq > 0 ? token.value.slice(0, eq) : token.value;
    if (BOOLEAN_FLAGS.has(name)) {
      flags.set(name, { name: token });
    } else if (VALUE_FLAGS.has(name)) {
      if (eq > 0) {
        flags.set(name, { name: token, inline: true });
      } else if (i + 1 < tokens.length) {
        flags.set(name, { name: token, value: tokens[++i] });
      } else {
        return undefined;
      }
    } else {
      return undefined;
    }
  }
  return { positionals, flags };
}

function flagValue(flag: { name: Token; value?: Token; inline?: boolean }): string {
  return flag.inline ? flag.name.value.slice(flag.name.value.indexOf('=') + 1) : (flag.value?.value ?? '');
}

const SUBCOMMANDS: Record<string, string> = { list: 'list', ls: 'list', describe: 'describe', delete: 'delete', rm: 'delete', watch: 'watch', create: 'create' };

export type CliFix = { edits: TextEdit[]; title: string } | { reason: string };

/** The rewrite of one `cli` finding whose span starts at `start`. */
export function fixCliFinding(text: string, start: number, finding: Finding): CliFix {
  const end = start + finding.length;
  const span = text.slice(start, end);
  const words = span.split(/\s+/);
  const enclosing = QUOTES.has(text[start - 1]) ? text[start - 1] : undefined;
  const tokens = tokensAfter(text, end, enclosing);
  const parsed = parseFlags(tokens);
  if (!parsed) {
    return { reason: 'The command has flags this fix does not know; map it to `atlas privateEndpoints aws …` by hand.' };
  }
  if (words[2] === 'interfaces') {
    return fixInterfaces(text, start, span, words[3], parsed);
  }
  const sub = words[2];
  const mapped = SUBCOMMANDS[sub];
  if (!mapped) {
    return { reason: 'No determined rewrite for this command.' };
  }
  const subAt = start + span.lastIndexOf(sub);
  const edits: TextEdit[] = [{ start: subAt, end: end, newText: `aws ${mapped}` }];
  if (mapped === 'create') {
    const provider = parsed.flags.get('--provider');
    if (provider) {
      if (flagValue(provider).toUpperCase() !== 'AWS') {
        return { reason: '`--provider` is not the literal AWS: choose `atlas privateEndpoints aws|azure|gcp create` by hand.' };
      }
      const from = skipBlanksBack(text, provider.name.start);
      edits.push({ start: from, end: provider.inline ? provider.name.end : (provider.value as Token).end, newText: '' });
    }
  }
  return { edits, title: `atlas ${words[1]} aws ${mapped}` };
}

function skipBlanksBack(text: string, at: number): number {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) {
    i--;
  }
  return i;
}

/** Which of the two values is the Atlas endpoint service id, judged by literal shape: 'argument', 'flag' or unknown. */
function atlasIdSide(argument: string, flag: string): 'argument' | 'flag' | undefined {
  const argumentIsAtlas = HEX_ID.test(argument) || flag.startsWith('vpce-');
  const flagIsAtlas = HEX_ID.test(flag) || argument.startsWith('vpce-');
  return argumentIsAtlas === flagIsAtlas ? undefined : argumentIsAtlas ? 'argument' : 'flag';
}

function fixInterfaces(text: string, start: number, span: string, nested: string | undefined, parsed: ParsedFlags): CliFix {
  const sub = nested === 'rm' ? 'delete' : nested;
  if (sub !== 'create' && sub !== 'describe' && sub !== 'delete') {
    return { reason: 'An `interfaces` command without create, describe or delete: map it by hand.' };
  }
  const interfacesAt = start + span.indexOf('interfaces');
  const nestedAt = start + span.lastIndexOf(nested as string);
  const edits: TextEdit[] = [
    { start: interfacesAt, end: interfacesAt, newText: 'aws ' },
    ...(nested !== sub ? [{ start: nestedAt, end: nestedAt + (nested as string).length, newText: sub }] : []),
  ];
  const flag = parsed.flags.get('--privateEndpointId');
  if (parsed.positionals.length !== 1 || !flag) {
    return { reason: 'The interface endpoint and the Atlas private endpoint id could not be read with certainty; map the arguments by hand.' };
  }
  const positional = parsed.positionals[0];
  const side = atlasIdSide(positional.value, flagValue(flag));
  if (sub === 'create') {
    // Documented: `interfaces create <atlasPrivateEndpointId> --privateEndpointId <vpce>`, the same shape as
    // `aws interfaces create <endpointServiceId> --privateEndpointId <vpce>`.
    if (side === 'flag') {
      return { reason: 'The Atlas id and the vpce-… id look swapped: `aws interfaces create` takes the Atlas id as its argument and the vpce-… id as --privateEndpointId.' };
    }
    return { edits, title: 'atlas privateEndpoints aws interfaces create' };
  }
  // `aws interfaces describe|delete <interfaceEndpointId> --endpointServiceId <atlasId>`.
  if (side === undefined) {
    return { reason: `Which value is the vpce-… id and which the Atlas id cannot be told from the text; write \`atlas privateEndpoints aws interfaces ${sub} <vpce-…> --endpointServiceId <atlasId>\` by hand.` };
  }
  if (flag.inline) {
    return { reason: 'Write `--privateEndpointId <id>` as two words to get an automatic rewrite.' };
  }
  const value = flag.value as Token;
  edits.push({ start: flag.name.start, end: flag.name.end, newText: '--endpointServiceId' });
  if (side === 'argument') {
    edits.push(
      { start: positional.start, end: positional.end, newText: text.slice(value.start, value.end) },
      { start: value.start, end: value.end, newText: text.slice(positional.start, positional.end) },
    );
  }
  return { edits, title: `atlas privateEndpoints aws interfaces ${sub}` };
}
