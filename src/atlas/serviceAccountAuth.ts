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

export type TokenRequestSender = (body: string, basicAuthorization: string, signal?: AbortSignal) => Promise<ExchangeResponse>;

interface Token {
  value: string;
  expiresAt: number;
}

export class ServiceAccountAuth {
  private token: Token | undefined;
  private pending: Promise<Token> | undefined;

  constructor(
    private readonly credentials: ServiceAccountCredentials,
    private readonly send: TokenRequestSender,
    private readonly now: () => number = Date.now,
  ) {}

  /** The current token, for redacting it from any text we produce. */
  get currentToken(): string | undefined {
    return this.token?.value;
  }

  async bearer(signal?: AbortSignal): Promise<string> {
    const token = this.token;
    if (token !== undefined && this.now() < token.expiresAt - TOKEN_RENEW_EARLY_MS) return token.value;
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

  private async requestToken(): Promise<Token> {
    const basic = Buffer.from(`${this.credentials.clientId}:${this.credentials.clientSecret}`, 'utf8').toString('base64');
    const response = await this.send('grant_type=client_credentials', `Basic ${basic}`);
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      const body = parseJsonOrUndefined(response.text);
      const atlasError = readErrorBody(body);
      throw new AtlasApiError({
        kind: response.status === 403 && isIpAccessListCode(atlasError?.errorCode) ? 'ipNotAllowed' : 'unauthorized',
        status: response.status,
        errorCode: atlasError?.errorCode ?? oauthError(body),
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
    const body = parseJsonOrUndefined(response.text) as { access_token?: unknown; expires_in?: unknown; token_type?: unknown } | undefined;
    if (typeof body?.access_token !== 'string' || body.access_token === '' || (typeof body.token_type === 'string' && body.token_type.toLowerCase() !== 'bearer')) {
      throw invalidResponse('the token endpoint did not return a Bearer access_token.', response.status);
    }
    const expiresInSeconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 3600;
    const token = { value: body.access_token, expiresAt: this.now() + expiresInSeconds * 1000 };
    this.token = token;
    return token;
  }
}

function oauthError(body: unknown): string | undefined {
  const error = (body as { error?: unknown } | undefined)?.error;
  return typeof error === 'string' ? error : undefined;
}
