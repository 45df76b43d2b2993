import { execFile, execFileSync, spawn } from 'node:child_process';

export function removeLink(id: string) {
  return spawn('atlas', ['privateendpoints', 'delete', id, '--force']);
}

export function createLink(projectId: string) {
  return execFileSync('atlas', [
    'privateEndpoints',
    'create',
    '--provider', 'AWS',
    '--projectId', projectId,
  ]);
}

export const atlas = (...args: string[]) => execFile('atlas', args);
export const listLinks = () => atlas('privateEndpoints', 'ls', '--output', 'json');

// Current: a provider after the group, and other commands named alike.
export const services = () => atlas('privateEndpoints', 'azure', 'list');
export const federation = () => spawn('atlas', ['dataFederation', 'privateEndpoints', 'create', 'vpce-1']);
export const streams = () => spawn('atlas', ['streams', 'privateLinks', 'list']);
export const words = ['privateEndpoints', 'privateEndpoint'];
