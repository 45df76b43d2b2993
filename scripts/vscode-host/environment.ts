// The environment the test hosts start with: the launcher's, minus what must not reach them.

/** `npm run` exports npm_* variables (prefix, package paths) that would point a nested npm at this repository. */
export function withoutNpmVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
}

/**
 * A developer's real Atlas credentials (the Atlas CLI's MONGODB_ATLAS_* and MCLI_* variables, which the extension's
 * environment profile reads) never enter a test host: the suites talk to the emulator only.
 */
export function withoutAtlasCredentials(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^(MONGODB_ATLAS_|MCLI_)/i.test(key)));
}
