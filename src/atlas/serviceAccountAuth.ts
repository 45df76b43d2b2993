// OAuth2 client credentials for Atlas service accounts: POST {base}/api/oauth/token, token kept in memory
// only, renewed ahead of expiry, one token request at a time however many callers need it.
import { raceAbort } from './abort';
import { AtlasApiError, invalidResponse, readErrorBody } from './errors';
import { isIpAccessListCode } from './errorVocabulary';
import type { ExchangeResponse } from './http';
import { parseJsonOrUndefined } from './parse';
import type { ServiceAccountCredentials } from './types';

/** Renew this long before Atlas says the token expires. */
export const TOKEN_RENEW_EARLY_MS = 60_000;

/** How many of the tokens issued to this client stay in the redaction list (a token Atlas refused stays too). */
const REMEMBERED_TOKENS = 8;

export type TokenRequestSender = (body: string, basicAuthorization: string, signal?: AbortSignal) => Promise<ExchangeResponse>;

interface Token {
  value: string;
  /** When to ask for a new one: before Atlas says it expires, by at most TOKEN_RENEW_EARLY_MS. */
  renewAt: number;
}

export class ServiceAccountAuth {
  private token: Token | undefined;
  private pending: Promise<Token> | undefined;
  private readonly issued: string[] = [];

  constructor(
    private readonly credentials: ServiceAccountCredentials,
    private readonly send: TokenRequestSender,
    private readonly now: () => number = Date.now,
    /** Makes outside text safe to show (redaction included); the client passes its own. */
    private readonly clean: (text: string | undefined) => string | undefined = (text) => text,
  ) {}

  /** The current token, if any. */
  get currentToken(): string | undefined {
    return this.token?.value;
  }

  /**
   * What must never appear in text we produce: the client id and secret, the Basic credential built from them, and
   * every token issued lately, including ones Atlas has since refused (a server may still reflect them).
   */
  secrets(): string[] {
    return [this.credentials.clientId, this.credentials.clientSecret, this.basicCredential(), ...this.issued];
  }

  async bearer(signal?: AbortSignal): Promise<string> {
    const token = this.token;
    if (token !== undefined && this.now() < token.renewAt) return token.value;
    // Shared by concurrent callers; deliberately not tied to one caller's signal.
    this.pending ??= this.requestToken().finally(() => {
      this.pending = undefined;
    });
    const fresh = await raceAbort(this.pending, signal);
    return fresh.value;
  }

  /** Forget a token Atlas refused (a 401), unless another caller already replaced it. */
  invalidate(value: string): void {
    if (this.token?.value === value) this.token = undefined;
  }

  private basicCredential(): string {
    return Buffer.from(`${this.credentials.clientId}:${this.credentials.clientSecret}`, 'utf8').toString('base64');
  }

  private async requestToken(): Promise<Token> {
    const response = await this.send('grant_type=client_credentials', `Basic ${this.basicCredential()}`);
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      const body = await parseJsonOrUndefined(response.text);
      const atlasError = readErrorBody(body);
      throw new AtlasApiError({
        kind: response.status === 403 && isIpAccessListCode(atlasError?.errorCode) ? 'ipNotAllowed' : 'unauthorized',
        status: response.status,
        // Outside text like any other: redacted (a server may reflect the Basic credential), one line, clipped.
        errorCode: this.clean(atlasError?.errorCode ?? oauthError(body)),
        credential: 'serviceAccount',
        message: `Atlas did not issue an access token for the service account (HTTP ${response.status}). Check the client id and secret, and that the secret has not expired or been revoked.`,
      });
    }
    if (response.status < 200 || response.status >= 300) {
      throw new AtlasApiError({
        kind: response.status === 429 ? 'rateLimited' : response.status === 503 ? 'unavailable' : 'serverError',
        status: response.status,
        message: `Atlas could not issue an access token for the service account (HTTP ${response.status}). Try again later.`,
      });
    }
    const body = (await parseJsonOrUndefined(response.text)) as { access_token?: unknown; expires_in?: unknown; token_type?: unknown } | undefined;
    if (typeof body?.access_token !== 'string' || body.access_token === '' || (typeof body.token_type === 'string' && body.token_type.toLowerCase() !== 'bearer')) {
      throw invalidResponse('the token endpoint did not return a Bearer access_token.', response.status);
    }
    const expiresInSeconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 3600;
    const lifetimeMs = expiresInSeconds * 1000;
    // Renew a minute early, but never earlier than half way through: a short-lived token would otherwise be renewed on every request.
    const renewAt = this.now() + lifetimeMs - Math.min(TOKEN_RENEW_EARLY_MS, lifetimeMs / 2);
    const token = { value: body.access_token, renewAt };
    this.token = token;
    this.issued.push(token.value);
    if (this.issued.length > REMEMBERED_TOKENS) this.issued.shift();
    return token;
  }
}

function oauthError(body: unknown): string | undefined {
  const error = (body as { error?: unknown } | undefined)?.error;
  return typeof error === 'string' ? error : undefined;
}
