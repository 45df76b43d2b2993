// What the view reads from a connection or an endpoint service, whatever its cloud provider: the name to copy, its
// status, the error and the interface endpoints. Pure (no `vscode`).
import type { ConnectionLikeNode } from './nodes';

/** The name to copy: AWS `endpointServiceName`, Azure `privateLinkServiceName`, GCP service attachments (one per line). */
export function endpointServiceNameOf(node: ConnectionLikeNode): string | undefined {
  if (node.kind === 'connection') {
    return nonEmpty(node.connection.endpointServiceName);
  }
  const service = node.service;
  return (
    nonEmpty(service.endpointServiceName) ??
    nonEmpty(service.privateLinkServiceName) ??
    nonEmpty(stringsOf(service.serviceAttachmentNames).join('\n'))
  );
}

export function statusOf(node: ConnectionLikeNode): string {
  const status = node.kind === 'connection' ? node.connection.status : node.service.status;
  return typeof status === 'string' && status ? status : 'UNKNOWN';
}

/** Every field Atlas sent, in its order. */
export function fieldsOf(node: ConnectionLikeNode): Record<string, unknown> {
  return node.kind === 'connection' ? node.connection : node.service;
}

export function errorMessageOf(node: ConnectionLikeNode): string | undefined {
  return nonEmpty(fieldsOf(node).errorMessage);
}

export function interfaceEndpointsOf(node: ConnectionLikeNode): string[] {
  if (node.kind === 'connection') {
    return stringsOf(node.connection.interfaceEndpoints);
  }
  const service = node.service;
  return [...stringsOf(service.interfaceEndpoints), ...stringsOf(service.privateEndpoints), ...stringsOf(service.endpointGroupNames)];
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
