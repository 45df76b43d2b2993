// Jupyter notebooks (src/deprecation/notebookCells.ts): code cells read in the kernel's language, placed back on the JSON.
import assert from 'node:assert/strict';
import { notebookCode } from '../../../src/deprecation/notebookCells';
import { scanText } from '../../../src/deprecation/scan';

function notebook(cells: Array<{ type: string; source: string[] | string }>, language = 'python'): string {
  return JSON.stringify(
    {
      cells: cells.map(({ type, source }) => ({ cell_type: type, metadata: {}, source, ...(type === 'code' ? { outputs: [], execution_count: null } : {}) })),
      metadata: { kernelspec: { name: 'k', language, display_name: 'K' }, language_info: { name: language } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );
}

describe('notebookCode', () => {
  it('joins the code cells, decoded, with a blank line between cells, and leaves markdown out', () => {
    const text = notebook([
      { type: 'code', source: ['A = "x\\ty"\n', 'B = 1'] },
      { type: 'markdown', source: ['# not code'] },
      { type: 'code', source: 'C = "é"' },
    ]);
    const code = notebookCode(text);
    assert.ok(code);
    assert.equal(code.text, 'A = "x\\ty"\nB = 1\n\nC = "é"');
    assert.equal(code.languageId, 'python');
  });

  it('maps each decoded character back to its place in the JSON, escapes included', () => {
    const text = notebook([{ type: 'code', source: ['s = "a"'] }]);
    const code = notebookCode(text);
    assert.ok(code);
    const quote = code.text.indexOf('"');
    assert.equal(text.slice(code.rawStart[quote], code.rawEnd[quote]), '\\"');
    assert.equal(text.slice(code.rawStart[0], code.rawEnd[code.text.length - 1]), 's = \\"a\\"');
  });

  it('reads the kernel language (R here) and returns nothing for JSON that is not a notebook or is malformed', () => {
    assert.equal(notebookCode(notebook([{ type: 'code', source: ['x <- 1'] }], 'R'))?.languageId, 'r');
    assert.equal(notebookCode('{"cells": [], "nbformat": 4}'), undefined);
    assert.equal(notebookCode('{"cell_type": "code", "source": ["x"], "nbformat": 4'), undefined);
    assert.equal(notebookCode('{"a": 1}'), undefined);
  });
});

describe('scanText on a notebook', () => {
  const text = notebook([
    { type: 'markdown', source: ['Current: `/groups/{GROUP-ID}/privateEndpoint/AWS/endpointService`'] },
    { type: 'code', source: ['LINKS = f"{API}/groups/{GROUP}/privateEndpoint"'] },
    { type: 'code', source: ['requests.delete(f"{LINKS}/{link_id}")\n', 'svc = LINKS_BASE + "/privateEndpoint/" + provider + "/endpointService"'] },
  ]);
  const findings = scanText(text, 'json');
  const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle));

  it('follows a name bound in one cell into another, as in a Python file', () => {
    assert.deepEqual(
      findings.map((finding) => [finding.line, finding.kind, finding.confidence]),
      [
        [lineOf('LINKS = '), 'list', 'certain'],
        [lineOf('requests.delete'), 'delete', 'inferred'],
      ],
    );
  });

  it('places a finding on the JSON text and escapes its rewrite for JSON', () => {
    const concatenated = notebook([{ type: 'code', source: ['LINKS = API + "/groups/" + GROUP + "/privateEndpoint"'] }]);
    const [definition] = scanText(concatenated, 'json');
    const line = concatenated.split('\n')[definition.line];
    const span = line.slice(definition.character, definition.character + definition.length);
    assert.equal(span, '/groups/\\" + GROUP + \\"/privateEndpoint');
    assert.equal(definition.replacement, '/groups/\\" + GROUP + \\"/privateEndpoint/AWS/endpointService');
    // Applied to the JSON, the rewrite leaves a notebook whose code says what the Python rewrite says.
    const fixed = JSON.parse(concatenated.replace(span, definition.replacement ?? '')) as { cells: Array<{ source: string[] }> };
    assert.equal(fixed.cells[0].source[0], 'LINKS = API + "/groups/" + GROUP + "/privateEndpoint/AWS/endpointService"');
  });

  it('keeps a provider that arrives from a variable silent, as in Python', () => {
    assert.equal(findings.some((finding) => finding.line === lineOf('svc = ')), false);
  });
});
