export * from './dataset';
export * from './faults';
export { startEmulator, type EmulatorCounters, type EmulatorInfo, type EmulatorOptions, type EmulatorSettings, type ProjectSummary, type RunningEmulator, type ServiceAccount } from './server';
export { REALM, parseDigestParams, type DigestAlgorithm } from './digest';
export { atlasPretty } from './json';
export { countersOf, emulatorControl } from './control';
