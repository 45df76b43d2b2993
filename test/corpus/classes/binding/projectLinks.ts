declare const API: string;

export class ProjectLinks {
  private readonly links: string;

  constructor(private readonly groupId: string) {
    this.links = `${API}/groups/${this.groupId}/privateEndpoint`;
  }

  remove(linkId: string) {
    return fetch(`${this.links}/${linkId}`, { method: 'DELETE' });
  }
}
