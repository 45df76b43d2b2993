interface Client { delete(path: string): Promise<unknown> }
interface Http { get(path: string): Promise<unknown> }

export const removeLink = (client: Client, id: string) => client.delete('/privateEndpoint/' + id);
export const getLink = (http: Http, linkId: string) => http.get(`privateEndpoint/${linkId}`);
export const listServices = (http: Http, provider: string) => http.get(`privateEndpoint/${provider}/endpointService`);
