// Validation of what a person types or pastes when signing in or adding a project.
// Each function returns undefined when the value is fine, or a message saying how to fix it.
import { isLoopbackHost, isValidGroupId, normalizeBaseUrl } from '../atlas';
import { englishL10n, type Localizer } from '../localizer';

export const PROFILE_NAME_MAX_LENGTH = 64;
const PROFILE_NAME_PATTERN = /^[\p{L}\p{N} ._@()-]+$/u;
const PROFILE_NAME_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const API_PUBLIC_KEY_PATTERN = /^[A-Za-z0-9._-]+$/;
const CLIENT_ID_PATTERN = /^mdb_sa_id_[0-9a-fA-F]{24}$/;
const SECRET_MAX_LENGTH = 512;

export function validateProfileName(name: string, existingNames: readonly string[], l10n: Localizer = englishL10n): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return l10n.t('Enter a profile name.');
  if (trimmed.length > PROFILE_NAME_MAX_LENGTH) {
    return l10n.t('Profile names are at most {0} characters long.', PROFILE_NAME_MAX_LENGTH);
  }
  if (!PROFILE_NAME_PATTERN.test(trimmed)) {
    return l10n.t('Use letters, digits, spaces and . _ - @ ( ) in profile names.');
  }
  const lower = trimmed.toLowerCase();
  if (existingNames.some((existing) => existing.toLowerCase() === lower)) {
    return l10n.t('A profile named "{0}" already exists. Choose another name.', trimmed);
  }
  return undefined;
}

/**
 * A profile name that passes `validateProfileName` (duplicates aside), made from a name found elsewhere (an Atlas CLI
 * profile's table name): characters a typed name may not have become "-", and it leaves room for a " (2)" suffix.
 */
export function profileNameFrom(text: string, fallback = 'Atlas CLI profile'): string {
  const characters: string[] = [];
  for (const character of text.normalize('NFC')) {
    const allowed = PROFILE_NAME_PATTERN.test(character) ? character : '-';
    // No runs of "-", and none at the start.
    if (allowed === '-' && (characters.length === 0 || characters[characters.length - 1] === '-')) continue;
    characters.push(allowed);
    if (characters.length >= PROFILE_NAME_MAX_LENGTH - 6) break;
  }
  while (characters.length > 0 && (characters[characters.length - 1] === '-' || characters[characters.length - 1] === ' ')) characters.pop();
  const name = characters.join('').trim();
  return Array.from(name).some((character) => PROFILE_NAME_LETTER_OR_DIGIT.test(character)) ? name : fallback;
}

export function validatePublicKey(value: string, l10n: Localizer = englishL10n): string | undefined {
  if (!value) return l10n.t('Enter the public key of the API key (shown in Atlas under Access Manager > API Keys).');
  if (/\s/.test(value)) return l10n.t('The public key contains spaces or line breaks. Paste it without them.');
  if (value.length > 64) return l10n.t('The public key is too long: Atlas public keys are a few characters, like "abcdefgh".');
  if (!API_PUBLIC_KEY_PATTERN.test(value)) return l10n.t('The public key may contain only letters, digits, ".", "_" and "-".');
  return undefined;
}

export function validatePrivateKey(value: string, l10n: Localizer = englishL10n): string | undefined {
  if (!value) return l10n.t('Enter the private key of the API key. Atlas shows it once, when the key is created.');
  return validateSecretText(value, l10n);
}

export function validateClientId(value: string, l10n: Localizer = englishL10n): string | undefined {
  if (!value) return l10n.t('Enter the client id of the service account (it starts with "mdb_sa_id_").');
  if (/\s/.test(value)) return l10n.t('The client id contains spaces or line breaks. Paste it without them.');
  if (!value.startsWith('mdb_sa_id_')) return l10n.t('Service account client ids start with "mdb_sa_id_".');
  if (!CLIENT_ID_PATTERN.test(value)) return l10n.t('A client id is "mdb_sa_id_" followed by 24 hexadecimal characters.');
  return undefined;
}

export function validateClientSecret(value: string, l10n: Localizer = englishL10n): string | undefined {
  if (!value) return l10n.t('Enter the client secret of the service account (it starts with "mdb_sa_sk_").');
  const problem = validateSecretText(value, l10n);
  if (problem) return problem;
  if (!value.startsWith('mdb_sa_sk_')) return l10n.t('Service account secrets start with "mdb_sa_sk_".');
  return undefined;
}

function validateSecretText(value: string, l10n: Localizer): string | undefined {
  if (/\s/.test(value)) return l10n.t('The secret contains spaces or line breaks. Paste it without them.');
  if (value.length > SECRET_MAX_LENGTH) return l10n.t('The secret is longer than {0} characters; check what was pasted.', SECRET_MAX_LENGTH);
  // Printable ASCII only: anything else cannot be sent in a Digest or Basic Authorization header.
  if (!/^[\x21-\x7e]+$/.test(value)) return l10n.t('The secret contains characters Atlas keys never have. Paste it again.');
  return undefined;
}

/** A 24-character hexadecimal Atlas project (group) id. */
export function validateProjectId(value: string, l10n: Localizer = englishL10n): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return l10n.t('Enter the 24-character project id (Atlas shows it in Project Settings).');
  if (!/^[0-9a-fA-F]*$/.test(trimmed)) {
    return l10n.t('A project id has only hexadecimal characters (0-9, a-f), for example 5a0a1e7e0f2912c554080ae6.');
  }
  if (!isValidGroupId(trimmed)) return l10n.t('A project id is 24 characters long; this one has {0}.', trimmed.length);
  return undefined;
}

/**
 * Checks a base URL typed by a person. Keys are sent there, so only https is accepted, or http to this machine
 * (an emulator or a tunnel). The Atlas client's `normalizeBaseUrl` has the final word.
 */
export function validateBaseUrl(value: string, l10n: Localizer = englishL10n): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return l10n.t('Enter a URL such as https://cloud.mongodb.com.');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return l10n.t('This is not a valid URL. Enter one such as https://cloud.mongodb.com.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return l10n.t('The URL must start with https://.');
  if (url.username || url.password) return l10n.t('Do not put a user name or password in the URL; keys are entered separately.');
  if (url.search || url.hash) return l10n.t('The URL must not have a query (?) or fragment (#).');
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return l10n.t('Keys are never sent over plain http except to this machine (localhost). Use https://.');
  }
  try {
    normalizeBaseUrl(trimmed);
  } catch (error) {
    return l10n.t('This URL cannot be used: {0}', error instanceof Error ? error.message : String(error));
  }
  return undefined;
}

/** A default profile name for a base URL: "Atlas", "Atlas for Government" or the host name. */
export function suggestProfileName(baseUrl: string, kind: 'apiKey' | 'serviceAccount'): string {
  let host = '';
  try {
    host = new URL(baseUrl).hostname;
  } catch {
    // Validated elsewhere; fall back to the generic name.
  }
  const place = host === 'cloud.mongodb.com' || host === '' ? 'Atlas' : host === 'cloud.mongodbgov.com' ? 'Atlas for Government' : host.replace(/[^\p{L}\p{N}._-]/gu, '-').slice(0, 40);
  return kind === 'serviceAccount' ? `${place} service account` : place;
}
