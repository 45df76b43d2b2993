// Server side of HTTP Digest (RFC 7616) as Atlas uses it (reference §5): realm "MMS Public API",
// qop="auth", MD5 by default or SHA-256, nonces with a lifetime (stale=true after it), nc tracked per
// nonce so a replayed request is refused.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const REALM = 'MMS Public API';
export type DigestAlgorithm = 'MD5' | 'SHA-256';

export interface ApiKey {
  publicKey: string;
  privateKey: string;
}

export type DigestVerdict = 'ok' | 'wrongCredentials' | 'stale' | 'replay' | 'malformed';

interface NonceRecord {
  issuedAt: number;
  algorithm: string;
  usedNc: Set<number>;
}

/** Parameters of an `Authorization: Digest …` header (quoted or bare values, commas inside quotes kept). */
export function parseDigestParams(header: string): Map<string, string> | undefined {
  const match = /^\s*Digest\s+(.*)$/is.exec(header);
  if (!match) return undefined;
  const params = new Map<string, string>();
  const pattern = /\s*([a-zA-Z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,]*))\s*(?:,|$)/gy;
  const text = match[1];
  let entry: RegExpExecArray | null;
  while (pattern.lastIndex < text.length && (entry = pattern.exec(text)) !== null) {
    const value = entry[2] !== undefined ? entry[2].replace(/\\(.)/g, '$1') : entry[3].trim();
    params.set(entry[1].toLowerCase(), value);
  }
  return params;
}

function hash(algorithm: string, data: string): string {
  return createHash(algorithm === 'SHA-256' ? 'sha256' : 'md5').update(data).digest('hex');
}

/** Constant-time comparison of two texts (a credential check must not tell how much of a guess was right). */
export function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export class DigestVerifier {
  private readonly nonces = new Map<string, NonceRecord>();

  constructor(
    public algorithm: DigestAlgorithm,
    public nonceLifetimeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A fresh WWW-Authenticate value. `algorithmOverride` is for the unknown-algorithm fault. */
  challenge(stale: boolean, algorithmOverride?: string): string {
    this.prune();
    // 32 characters of standard base64 (with + and /), like real Atlas's nonces.
    const nonce = randomBytes(24).toString('base64');
    const algorithm = algorithmOverride ?? this.algorithm;
    this.nonces.set(nonce, { issuedAt: this.now(), algorithm, usedNc: new Set() });
    return `Digest realm="${REALM}", domain="", nonce="${nonce}", algorithm=${algorithm}, qop="auth", stale=${stale}`;
  }

  /** Makes every nonce issued so far expire now (the next request gets stale=true). */
  expireAll(): void {
    for (const record of this.nonces.values()) record.issuedAt = -Infinity;
  }

  verify(method: string, requestUri: string, header: string, key: ApiKey): DigestVerdict {
    const params = parseDigestParams(header);
    if (params === undefined) return 'malformed';
    const username = params.get('username');
    const nonce = params.get('nonce');
    const uri = params.get('uri');
    const response = params.get('response');
    const qop = params.get('qop');
    const nc = params.get('nc');
    const cnonce = params.get('cnonce');
    const realm = params.get('realm');
    const algorithm = (params.get('algorithm') ?? 'MD5').toUpperCase();
    if (!username || !nonce || !uri || !response || qop !== 'auth' || !nc || !/^[0-9a-fA-F]{8}$/.test(nc) || !cnonce || realm !== REALM) return 'malformed';
    if (uri !== requestUri) return 'malformed';
    const record = this.nonces.get(nonce);
    if (algorithm !== (record?.algorithm ?? this.algorithm)) return 'malformed';
    if (algorithm !== 'MD5' && algorithm !== 'SHA-256') return 'malformed';
    const ha1 = hash(algorithm, `${username}:${REALM}:${key.privateKey}`);
    const ha2 = hash(algorithm, `${method}:${uri}`);
    const expected = hash(algorithm, `${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`);
    if (!sameText(username, key.publicKey) || !sameText(response.toLowerCase(), expected)) return 'wrongCredentials';
    // Right keys, but a nonce we never issued or that has expired: tell the client to retry with a new one.
    if (record === undefined || this.now() - record.issuedAt > this.nonceLifetimeMs) return 'stale';
    const count = parseInt(nc, 16);
    if (record.usedNc.has(count)) return 'replay';
    record.usedNc.add(count);
    return 'ok';
  }

  private prune(): void {
    const horizon = this.now() - Math.max(this.nonceLifetimeMs * 2, 60_000);
    for (const [nonce, record] of this.nonces) {
      if (record.issuedAt < horizon) this.nonces.delete(nonce);
    }
  }
}
