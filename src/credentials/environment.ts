// The read-only "environment" profile, from the Atlas CLI's environment variables.
import { DEFAULT_BASE_URL, isValidGroupId, normalizeBaseUrl } from '../atlas';
import type { ProfileSecret } from './model';

export interface EnvironmentProfileSource {
  secret: ProfileSecret;
  baseUrl: string;
  /** From `MONGODB_ATLAS_PROJECT_ID` when it is a valid id. */
  projectId?: string;
}

export type EnvironmentDetection =
  | { found: false }
  | { found: true; source: EnvironmentProfileSource }
  /** The variables are set but unusable; `problem` says why (never contains a key). */
  | { found: true; problem: string };

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * API keys (`MONGODB_ATLAS_PUBLIC_API_KEY` + `MONGODB_ATLAS_PRIVATE_API_KEY`) win over a service account
 * (`MONGODB_ATLAS_CLIENT_ID` + `MONGODB_ATLAS_CLIENT_SECRET`). The base URL is `MONGODB_ATLAS_OPS_MANAGER_URL`, else
 * `MONGODB_ATLAS_BASE_URL`, else Atlas, as the Atlas CLI does.
 */
export function detectEnvironmentProfile(env: Environment): EnvironmentDetection {
  const secret = secretFromEnvironment(env);
  if (!secret) return { found: false };
  const rawBaseUrl = value(env, 'MONGODB_ATLAS_OPS_MANAGER_URL') ?? value(env, 'MONGODB_ATLAS_BASE_URL') ?? DEFAULT_BASE_URL;
  let baseUrl: string;
  try {
    baseUrl = normalizeBaseUrl(rawBaseUrl);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { found: true, problem: `The base URL from the environment cannot be used: ${reason}` };
  }
  const projectId = value(env, 'MONGODB_ATLAS_PROJECT_ID');
  const source: EnvironmentProfileSource = { secret, baseUrl };
  if (projectId && isValidGroupId(projectId)) source.projectId = projectId.toLowerCase();
  return { found: true, source };
}

function secretFromEnvironment(env: Environment): ProfileSecret | undefined {
  const publicKey = value(env, 'MONGODB_ATLAS_PUBLIC_API_KEY');
  const privateKey = value(env, 'MONGODB_ATLAS_PRIVATE_API_KEY');
  if (publicKey && privateKey) return { kind: 'apiKey', publicKey, privateKey };
  const clientId = value(env, 'MONGODB_ATLAS_CLIENT_ID');
  const clientSecret = value(env, 'MONGODB_ATLAS_CLIENT_SECRET');
  if (clientId && clientSecret) return { kind: 'serviceAccount', clientId, clientSecret };
  return undefined;
}

function value(env: Environment, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}
