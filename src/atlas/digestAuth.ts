// HTTP Digest (RFC 7616) for Atlas API keys, built on digest-fetch's challenge parsing and response
// computation. What we add on top of digest-fetch (see DESIGN.md, "Package facts"):
// - a cryptographically random cnonce (digest-fetch uses Math.random);
// - the challenge's `algorithm` is honoured (MD5, SHA-256) and anything else refused;
// - every Authorization header takes its own `nc` at the moment it is built, so concurrent requests
//   never share one, and `nc` restarts at 1 for a new nonce;
// - `nc` is written as 8 hexadecimal digits, as RFC 7616 says (digest-fetch writes the decimal number, so its
//   10th request sends 00000010);
// - the request flow (first handshake serialized, stale nonces answered once) lives in the client.
import { createHash, randomBytes } from 'node:crypto';
import { DigestClient } from 'digest-fetch';
import { AtlasApiError } from './errors';

export type DigestAlgorithm = 'MD5' | 'SHA-256';
const HASHES: Record<DigestAlgorithm, string> = { MD5: 'md5', 'SHA-256': 'sha256' };

export interface DigestChallenge {
  nonce: string;
  stale: boolean;
  algorithm: string;
}

/** The Digest challenge in a WWW-Authenticate header, or undefined when there is none. */
export function readDigestChallenge(header: string | null): DigestChallenge | undefined {
  if (header === null || !/^\s*digest\s/i.test(header)) return undefined;
  const nonce = DigestClient.parse(header, 'nonce') ?? '';
  const algorithm = (DigestClient.parse(header, 'algorithm') ?? 'MD5').toUpperCase();
  const stale = (DigestClient.parse(header, 'stale') ?? '').toLowerCase() === 'true';
  return { nonce, stale, algorithm };
}

/** The fields of digest-fetch's per-client state we read and write (its typings list only some). */
interface DigestState {
  /** digest-fetch keeps a number and pads its decimal digits; we hand it the 8 hex digits instead (see ncHex). */
  nc: number | string;
  algorithm: string;
  realm: string;
  nonce?: string;
  cnonce?: string;
}

const CNONCE_BYTES = 16;
/** Random bytes for cnonces, fetched from the system a batch at a time (one call costs as much as a thousand bytes). */
const cnoncePool: { bytes: Buffer; offset: number } = { bytes: Buffer.alloc(0), offset: 0 };

function randomCnonce(): string {
  if (cnoncePool.offset + CNONCE_BYTES > cnoncePool.bytes.length) {
    cnoncePool.bytes = randomBytes(CNONCE_BYTES * 64);
    cnoncePool.offset = 0;
  }
  const start = cnoncePool.offset;
  cnoncePool.offset += CNONCE_BYTES;
  return cnoncePool.bytes.toString('hex', start, start + CNONCE_BYTES);
}

class AtlasDigestClient extends DigestClient {
  get state(): DigestState {
    return this.digest as DigestState;
  }

  override makeNonce(): string {
    return randomCnonce();
  }
}

export interface DigestAuthorization {
  header: string;
  nonce: string;
}

/** The nonce count as RFC 7616 writes it: 8 hexadecimal digits. */
export function ncHex(count: number): string {
  return count.toString(16).padStart(8, '0');
}

export class DigestAuth {
  private readonly client: AtlasDigestClient;
  /** Requests answered with the current nonce. */
  private count = 0;

  constructor(publicKey: string, privateKey: string) {
    this.client = new AtlasDigestClient(publicKey, privateKey);
  }

  /** True once a challenge has been absorbed: requests can carry a precomputed Authorization header. */
  get ready(): boolean {
    return this.client.hasAuth;
  }

  /**
   * Takes in a challenge from a 401. Throws `unsupportedAuth` for algorithms other than MD5 and SHA-256.
   * Returns false when the header holds no Digest challenge.
   */
  absorb(header: string | null): boolean {
    const challenge = readDigestChallenge(header);
    if (challenge === undefined) return false;
    if (challenge.algorithm !== 'MD5' && challenge.algorithm !== 'SHA-256') {
      throw new AtlasApiError({
        kind: 'unsupportedAuth',
        status: 401,
        message: `Atlas asked for digest algorithm "${challenge.algorithm.slice(0, 40)}", which this extension does not support (MD5 and SHA-256 are). Check the base URL points at Atlas.`,
      });
    }
    const digest = this.client.state;
    const previousNonce = this.ready ? digest.nonce : undefined;
    this.client.parseAuth(header);
    const algorithm: DigestAlgorithm = challenge.algorithm;
    const hashName = HASHES[algorithm];
    digest.algorithm = algorithm;
    this.client.hashFunc = (data: string) => createHash(hashName).update(data).digest('hex');
    // A new nonce starts counting again, the same nonce keeps going.
    if (digest.nonce !== previousNonce) this.count = 0;
    return true;
  }

  /** A fresh Authorization header for this request (its own nc and cnonce), or undefined before the first challenge. */
  authorize(method: string, url: string): DigestAuthorization | undefined {
    if (!this.ready) return undefined;
    const digest = this.client.state;
    this.count += 1;
    // digest-fetch writes ('00000000' + nc).slice(-8): given 8 hex digits, that is exactly them.
    digest.nc = ncHex(this.count);
    digest.cnonce = this.client.makeNonce();
    const options = this.client.addAuth(url, { method, headers: {} }) as { headers: { Authorization: string } };
    return { header: options.headers.Authorization, nonce: digest.nonce ?? '' };
  }
}
