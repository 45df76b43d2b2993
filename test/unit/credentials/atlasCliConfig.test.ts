import * as assert from 'node:assert/strict';
import { AtlasCliConfigError, atlasCliConfigPath, parseAtlasCliConfig } from '../../../src/credentials/atlasCliConfig';

const PRIVATE_KEY = 'PRIVATE-12345678-abcd-ef01-2345-6789abcdef01';

const CONFIG = `
version = 2
skip_update_check = true

[default]
auth_type = 'api_keys'
org_id = 'a0123456789abcdef012345a'
project_id = 'b0123456789abcdef012345b'
public_api_key = 'ABCDEF01'
private_api_key = '${PRIVATE_KEY}'
service = 'cloud'
output = 'plaintext'

[gov]
public_api_key = 'GOVKEY01'
private_api_key = 'gov-private'
service = 'cloudgov'

[local]
public_api_key = 'LOCAL001'
private_api_key = 'local-private'
ops_manager_url = 'http://localhost:8080/'
project_id = 'not-a-project-id'

[migrated]
auth_type = 'api_keys'
org_id = 'a0123456789abcdef012345a'

[robot]
auth_type = 'service_account'
client_id = 'mdb_sa_id_0123456789abcdef01234567'
client_secret = 'mdb_sa_sk_abc'

[human]
auth_type = 'user_account'

[remote_http]
public_api_key = 'REMOTE01'
private_api_key = 'remote-private'
ops_manager_url = 'http://atlas.example.com/'
`;

describe('Atlas CLI config import', () => {
  const profiles = parseAtlasCliConfig(CONFIG);
  const byName = (name: string) => {
    const profile = profiles.find((candidate) => candidate.name === name);
    assert.ok(profile, `profile ${name} missing`);
    return profile;
  };

  it('lists every profile table and no global setting', () => {
    assert.deepEqual(
      profiles.map((profile) => profile.name),
      ['default', 'gov', 'local', 'migrated', 'robot', 'human', 'remote_http'],
    );
  });

  it('maps an API key profile with its project, org and the commercial base URL', () => {
    assert.deepEqual(byName('default'), {
      name: 'default',
      baseUrl: 'https://cloud.mongodb.com',
      orgId: 'a0123456789abcdef012345a',
      projectId: 'b0123456789abcdef012345b',
      status: { importable: true, secret: { kind: 'apiKey', publicKey: 'ABCDEF01', privateKey: PRIVATE_KEY } },
    });
  });

  it('uses Atlas for Government for service = cloudgov', () => {
    assert.equal(byName('gov').baseUrl, 'https://cloud.mongodbgov.com');
    assert.equal(byName('gov').status.importable, true);
  });

  it('lets ops_manager_url override the base URL, and drops a project id that is not 24-hex', () => {
    const local = byName('local');
    assert.match(local.baseUrl, /^http:\/\/localhost:8080\/?$/);
    assert.equal(local.status.importable, true);
    assert.equal(local.projectId, undefined);
  });

  it('lists profiles whose keys are in the OS keyring as not importable, with the reason', () => {
    const migrated = byName('migrated');
    assert.equal(migrated.status.importable, false);
    assert.ok(!migrated.status.importable && /keyring/.test(migrated.status.reason) && /atlascli_migrated/.test(migrated.status.reason));
  });

  it('imports service account profiles as service accounts', () => {
    assert.deepEqual(byName('robot').status, {
      importable: true,
      secret: { kind: 'serviceAccount', clientId: 'mdb_sa_id_0123456789abcdef01234567', clientSecret: 'mdb_sa_sk_abc' },
    });
  });

  it('explains user-account profiles', () => {
    const human = byName('human');
    assert.ok(!human.status.importable && /user account/.test(human.status.reason));
  });

  it('refuses an ops_manager_url that would send keys over plain http to another host', () => {
    const remote = byName('remote_http');
    assert.ok(!remote.status.importable && /https/.test(remote.status.reason));
  });

  it('masks a password in ops_manager_url and gives the real reason (not "plain http")', () => {
    const [profile] = parseAtlasCliConfig(
      `[withpass]\npublic_api_key = 'ABCDEF01'\nprivate_api_key = '${PRIVATE_KEY}'\nops_manager_url = 'https://admin:hunter2-secret@cloud.mongodb.com/'\n`,
    );
    assert.ok(!profile.status.importable);
    const shown = `${profile.baseUrl} ${profile.status.importable ? '' : profile.status.reason}`;
    assert.ok(!shown.includes('hunter2-secret'), shown);
    assert.ok(!shown.includes('admin:'), shown);
    assert.match(profile.status.importable ? '' : profile.status.reason, /user name or password/);
    assert.doesNotMatch(profile.status.importable ? '' : profile.status.reason, /plain http|only over https/);
  });

  it('reports malformed TOML with line and column, without quoting the file', () => {
    const broken = `[default]\npublic_api_key = 'ABC'\nprivate_api_key = '${PRIVATE_KEY}\n`;
    assert.throws(
      () => parseAtlasCliConfig(broken),
      (error: unknown) => error instanceof AtlasCliConfigError && /line 3, column \d+/.test(error.message) && !error.message.includes(PRIVATE_KEY),
    );
  });

  it('returns no profiles for an empty file and drops prototype-polluting keys', () => {
    assert.deepEqual(parseAtlasCliConfig(''), []);
    const names = parseAtlasCliConfig("[__proto__]\npublic_api_key = 'a'\nprivate_api_key = 'b'\n").map((profile) => profile.name);
    assert.deepEqual(names, []);
  });

  it('finds config.toml where the Atlas CLI keeps it on each platform', () => {
    assert.equal(atlasCliConfigPath({}, 'linux', '/home/ann'), '/home/ann/.config/atlascli/config.toml');
    assert.equal(atlasCliConfigPath({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/ann'), '/xdg/atlascli/config.toml');
    assert.equal(atlasCliConfigPath({}, 'darwin', '/Users/ann'), '/Users/ann/Library/Application Support/atlascli/config.toml');
    assert.equal(atlasCliConfigPath({ APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ann'), 'C:\\Users\\ann\\AppData\\Roaming\\atlascli\\config.toml');
    assert.equal(atlasCliConfigPath({ ATLAS_CLI_CONFIG: '/tmp/x.toml' }, 'linux', '/home/ann'), '/tmp/x.toml');
  });
});
