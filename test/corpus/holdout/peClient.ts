import { request } from 'undici';

const V1 = 'https://cloud.mongodb.com/api/atlas/v1.0';

export class ProjectClient {
  constructor(private readonly groupId: string) {}

  private projectPath(): string {
    return `${V1}/groups/${this.groupId}`;
  }

  async listLinks() {
    return request(`${this.projectPath()}/privateEndpoint`);
  }

  async addInterface(linkId: string, vpce: string) {
    return request(`${this.projectPath()}/privateEndpoint/${linkId}/interfaceEndpoints`, {
      method: 'POST',
      body: JSON.stringify({ interfaceEndpointId: vpce }),
    });
  }

  async services(cloudProvider: 'AWS' | 'AZURE' | 'GCP') {
    return request(`${this.projectPath()}/privateEndpoint/${cloudProvider}/endpointService`);
  }

  async regional() {
    return request(`${this.projectPath()}/privateEndpoint/regionalMode`);
  }
}

export const LEGACY_ROUTE = /^\/api\/atlas\/v1\.0\/groups\/([0-9a-f]{24})\/privateEndpoint\/([0-9a-f]{24})$/;
export const V2_ROUTE = /^\/api\/atlas\/v2\/groups\/([0-9a-f]{24})\/privateEndpoint\/(AWS|AZURE|GCP)\/endpointService$/;

// Migration note: `atlas privateendpoints describe <id>` used to show this; use the aws variant now.
