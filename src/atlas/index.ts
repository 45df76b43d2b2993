export * from './types';
// Placeholder until the client lands.
export declare class AtlasClient {}
