// A client whose base is the project, called with type arguments.
type Connection = { id: string; status: string };
export class ProjectClient {
  constructor(private readonly call: <T>(method: string, path: string) => Promise<T>) {}
  list() { return this.call<Connection[]>('GET', '/privateEndpoint'); }
  remove(id: string) { return this.call<Map<string, Connection>>('DELETE', `/privateEndpoint/${id}`); }
  services(provider: string) { return this.call<Connection[]>('GET', `/privateEndpoint/${provider}/endpointService`); }
  compare(a: number, b: number) { return a < b; }
}
