// One HTTP exchange against a plain local server: the body is read whole, however the network splits it.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AtlasApiError } from '../../../src/atlas';
import { exchange } from '../../../src/atlas/http';

/** A server that writes `parts` one by one, a few milliseconds apart, so that they reach the client as separate chunks. */
async function serveInParts(parts: Buffer[]): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    let index = 0;
    const next = () => {
      if (index === parts.length) return response.end();
      response.write(parts[index++]);
      setTimeout(next, 5);
    };
    next();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

const request = (url: string, maxResponseBytes = 1024 * 1024) => exchange({ method: 'GET', url, headers: {}, timeoutMs: 5000, maxResponseBytes });

describe('atlas/http', () => {
  it('decodes UTF-8 characters split across chunks, and a byte order mark, like one whole body', async () => {
    const text = '{"errorMessage":"Größe überschritten 🚀 — réessayez"}';
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const emoji = bytes.indexOf(Buffer.from('🚀', 'utf8'));
    const umlaut = bytes.indexOf(Buffer.from('ö', 'utf8'));
    // Cut inside the BOM, inside ö (2 bytes) and inside the emoji (4 bytes).
    const cuts = [0, 2, umlaut + 1, emoji + 1, emoji + 3, bytes.length];
    const parts = cuts.slice(1).map((end, index) => bytes.subarray(cuts[index], end));
    const { url, server } = await serveInParts(parts);
    try {
      const response = await request(url);
      assert.equal(response.status, 200);
      assert.equal(response.text, text);
    } finally {
      server.close();
    }
  });

  it('refuses a body over the cap once the chunks add up to more than it, though no chunk alone does', async () => {
    const { url, server } = await serveInParts(Array.from({ length: 4 }, () => Buffer.alloc(400, 0x20)));
    try {
      await assert.rejects(request(url, 1000), (error: unknown) => error instanceof AtlasApiError && error.kind === 'responseTooLarge');
      assert.equal((await request(url, 1600)).text.length, 1600);
    } finally {
      server.close();
    }
  });
});
