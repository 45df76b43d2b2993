// Issue 7, "Keys and trust", the parts decided without the editor: every way a base URL reaches the client refuses
// plain http to another machine (property-based over many URLs), and the manifest gives a workspace no say over where
// requests go and declares exactly the Restricted Mode support the code has. (In the editor: restrictedSettings.test.ts
// and the launcher's Restricted Mode phase.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { AtlasApiError, AtlasClient, isLoopbackHost, normalizeBaseUrl } from '../../../src/atlas';
import { parseAtlasCliConfig } from '../../../src/credentials/atlasCliConfig';
import { detectEnvironmentProfile } from '../../../src/credentials/environment';
import { validateBaseUrl } from '../../../src/credentials/validation';

const ROOT = path.resolve(__dirname, '..', '..', '..');

interface Setting {
  type: string;
  scope?: string;
  format?: string;
}

interface Manifest {
  capabilities: { untrustedWorkspaces: { supported: boolean | 'limited'; description?: string; restrictedConfigurations?: string[] } };
  contributes: { configuration: { properties: Record<string, Setting> }; viewsWelcome: Array<{ contents: string; when: string }> };
}

function manifest(): Manifest {
  return JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
}

function nls(): Record<string, string> {
  return JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
}

/** Where a base URL would send the keys, or undefined when it is refused. */
function acceptedOrigin(accept: () => string | undefined): URL | undefined {
  try {
    const url = accept();
    return url === undefined ? undefined : new URL(url);
  } catch (error) {
    if (error instanceof AtlasApiError && error.kind === 'invalidBaseUrl') return undefined;
    throw error;
  }
}

const hostArbitrary = fc.oneof(
  fc.domain(),
  fc.ipV4(),
  fc.ipV6().map((ip) => `[${ip}]`),
  fc.constantFrom('localhost', '127.0.0.1', '127.9.9.9', '[::1]', 'localhost.evil.example', '127.0.0.1.nip.io', '0.0.0.0', '[::ffff:127.0.0.1]', 'LOCALHOST', '2130706433'),
);
const urlArbitrary = fc
  .tuple(fc.constantFrom('http', 'https', 'HTTP', 'ftp', 'ws'), hostArbitrary, fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }), fc.constantFrom('', '/', '//', '/api', '/a/b/'))
  .map(([scheme, host, port, rest]) => `${scheme}://${host}${port === undefined ? '' : `:${port}`}${rest}`);

describe('keys and trust', () => {
  it('no entry point accepts plain http to a host other than this machine (URLs typed, from the environment, from the Atlas CLI, given to the client)', () => {
    fc.assert(
      fc.property(urlArbitrary, (url) => {
        const origins = [
          acceptedOrigin(() => normalizeBaseUrl(url)),
          acceptedOrigin(() => (validateBaseUrl(url) === undefined ? normalizeBaseUrl(url) : undefined)),
          acceptedOrigin(() => {
            const found = detectEnvironmentProfile({ MONGODB_ATLAS_PUBLIC_API_KEY: 'abcdefgh', MONGODB_ATLAS_PRIVATE_API_KEY: 'secret-1', MONGODB_ATLAS_BASE_URL: url });
            return found.found && 'source' in found ? found.source.baseUrl : undefined;
          }),
          acceptedOrigin(() => {
            const [profile] = parseAtlasCliConfig(`[p]\npublic_api_key = 'abcdefgh'\nprivate_api_key = 'secret-1'\nops_manager_url = ${JSON.stringify(url)}\n`);
            return profile?.status.importable ? profile.baseUrl : undefined;
          }),
          acceptedOrigin(() => new AtlasClient({ baseUrl: url, publicKey: 'abcdefgh', privateKey: 'secret-1' }).baseUrl),
        ];
        for (const origin of origins) {
          if (origin === undefined) continue;
          assert.ok(origin.protocol === 'https:' || (origin.protocol === 'http:' && isLoopbackHost(origin.hostname)), `${url} accepted as ${origin.href}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('no setting chooses where requests go, and those that shape requests are not taken from a workspace', () => {
    const settings = manifest().contributes.configuration.properties;
    for (const [key, setting] of Object.entries(settings)) {
      assert.ok(!/url|host|proxy|server|origin|address/i.test(key), `${key} looks like it chooses where requests go`);
      assert.notEqual(setting.format, 'uri', `${key} holds a URL`);
    }
    // Read by the credentials module to build the client, or decide whether requests are made at all.
    for (const key of ['atlasPrivateEndpoints.maxConcurrentRequests', 'atlasPrivateEndpoints.requestTimeoutSeconds', 'atlasPrivateEndpoints.discoverProjects']) {
      assert.ok(['application', 'machine'].includes(settings[key]?.scope ?? ''), `${key} has scope ${settings[key]?.scope}: a workspace could set it`);
    }
    // Window-scoped settings that reach requests only choose what is asked for, within bounds.
    assert.deepEqual([settings['atlasPrivateEndpoints.pageSize'].type, settings['atlasPrivateEndpoints.api'].type], ['integer', 'string']);
  });

  it('declares limited support in untrusted workspaces, in words that match the code: no requests, diagnostics work', () => {
    const { capabilities, contributes } = manifest();
    assert.equal(capabilities.untrustedWorkspaces.supported, 'limited');
    const description = nls()[capabilities.untrustedWorkspaces.description?.replace(/^%|%$/g, '') ?? ''];
    assert.match(description, /no requests to Atlas/);
    assert.match(description, /diagnostics still work/);
    const restricted = contributes.viewsWelcome.find((entry) => entry.when === '!isWorkspaceTrusted');
    assert.ok(restricted, 'the view has content for Restricted Mode');
    assert.ok(contributes.viewsWelcome.filter((entry) => entry !== restricted).every((entry) => /\bisWorkspaceTrusted\b/.test(entry.when) && !entry.when.includes('!isWorkspaceTrusted')), 'no other welcome shows in Restricted Mode');
  });
});
