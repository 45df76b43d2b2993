interface Http {
  get(path: string): Promise<unknown>;
  delete(path: string): Promise<unknown>;
}

/** A project-scoped client; the collection's name is a field. */
export class ScopedLinks {
  private readonly collection = 'privateEndpoint';

  constructor(private readonly http: Http) {}

  list(): Promise<unknown> {
    return this.http.get(this.collection);
  }

  remove(id: string): Promise<unknown> {
    return this.http.delete(`${this.collection}/${encodeURIComponent(id)}`);
  }

  label(): string {
    return this.collection.toUpperCase();
  }
}
