// In-memory stand-ins for VS Code's globalState and SecretStorage, which do not exist in plain Node. The real ones
// are exercised by test/integration/credentials.test.ts in a real VS Code.
import type { KeyValueStore, SecretStore } from '../../../src/credentials/model';

export class MemoryState implements KeyValueStore {
  readonly values = new Map<string, unknown>();

  get<T>(key: string): T | undefined {
    const value = this.values.get(key);
    // Copies, like a Memento that serialises its values, so the store cannot rely on shared references.
    return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as T);
  }

  async update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, JSON.parse(JSON.stringify(value)));
  }

  dump(): string {
    return JSON.stringify(Object.fromEntries(this.values));
  }
}

export class MemorySecrets implements SecretStore {
  readonly values = new Map<string, string>();
  /** Makes every call throw, like SecretStorage on Linux without a keyring. */
  failing = false;

  async get(key: string): Promise<string | undefined> {
    this.failIfBroken();
    return this.values.get(key);
  }

  async store(key: string, value: string): Promise<void> {
    this.failIfBroken();
    this.values.set(key, value);
  }

  async delete(key: string): Promise<void> {
    this.failIfBroken();
    this.values.delete(key);
  }

  private failIfBroken(): void {
    if (this.failing) throw new Error('Cannot create an item in a locked collection');
  }
}
