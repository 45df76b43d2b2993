// What the web workbench persisted in the browser: globalState and workspaceState of every extension (VS Code web keeps
// them in IndexedDB), user data files, caches. Read after the workbench page closed (which flushes its storage), from a
// second page of the same origin. For the secret leak audit. (Secrets are not there: without an encryption service
// the web workbench keeps SecretStorage in memory only.)
import type { BrowserContext } from 'playwright-core';

export type StorageDump = Record<string, Record<string, Array<[string, string]>>>;

/** Every IndexedDB database, object store and entry of `origin` in `context`, values as text. */
export async function dumpIndexedDb(context: BrowserContext, origin: string): Promise<StorageDump> {
  const page = await context.newPage();
  try {
    // Any page of the origin will do; code-server answers /healthz without starting a workbench.
    await page.goto(`${origin}/healthz`);
    // A string, not a function: functions compiled by tsx carry helpers (`__name`) that do not exist in the page.
    return (await page.evaluate(`(async () => {
      function request(req) {
        return new Promise((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      }
      function asText(value) {
        if (typeof value === 'string') return value;
        if (value instanceof Uint8Array || value instanceof ArrayBuffer) return new TextDecoder().decode(value);
        return JSON.stringify(value) ?? String(value);
      }
      const dump = {};
      for (const { name } of await indexedDB.databases()) {
        if (!name) continue;
        const db = await request(indexedDB.open(name));
        dump[name] = {};
        for (const storeName of Array.from(db.objectStoreNames)) {
          const store = db.transaction(storeName, 'readonly').objectStore(storeName);
          const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
          dump[name][storeName] = keys.map((key, index) => [asText(key), asText(values[index])]);
        }
        db.close();
      }
      return dump;
    })()`)) as StorageDump;
  } finally {
    await page.close();
  }
}
