// The import graph runs one way: extension -> commands -> tree / credentials / diagnostics -> atlas / deprecation,
// with the small shared modules at the bottom. Read from the sources with the TypeScript parser (type imports count).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve(__dirname, '..', '..', 'src');

/** Higher layers may import lower ones; nothing imports a higher layer. */
const LAYERS: Array<[layer: number, modules: RegExp]> = [
  [4, /^(extension\.ts|cli\/)/],
  [3, /^commands\//],
  [2, /^(tree|credentials|diagnostics|migration)\/|^(session|configuration)\.ts$/],
  [1, /^(atlas|deprecation)\/|^settings\.ts$/],
  [0, /^(ids|localizer|outsideText|boundedJson)\.ts$/],
];

function layerOf(file: string): number {
  const found = LAYERS.find(([, modules]) => modules.test(file));
  if (!found) throw new Error(`src/${file} is in no layer: add it to LAYERS in test/unit/importGraph.test.ts`);
  return found[0];
}

/** Every relative import of every module in src/, as [importer, imported] paths relative to src/. */
function imports(): Array<[string, string]> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.split(path.sep).join('/'));
  const known = new Set(files);
  const edges: Array<[string, string]> = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(path.join(SRC, file), 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      const specifier =
        (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
          ? statement.moduleSpecifier.text
          : undefined;
      if (!specifier?.startsWith('.') || specifier.endsWith('.json')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      const resolved = [`${target}.ts`, `${target}/index.ts`].find((candidate) => known.has(candidate));
      if (!resolved) throw new Error(`src/${file} imports ${specifier}, which is not a module in src/`);
      edges.push([file, resolved]);
    }
  }
  return edges;
}

describe('import graph of src/', () => {
  const edges = imports();

  it('finds the imports', () => {
    assert.ok(edges.length > 100, `${edges.length} imports`);
  });

  it('nothing imports a layer above its own', () => {
    const upward = edges.filter(([from, to]) => layerOf(to) > layerOf(from)).map(([from, to]) => `${from} -> ${to}`);
    assert.deepEqual(upward, []);
  });

  it('commands are registered from commands/ only: nothing below it imports it', () => {
    const intoCommands = edges.filter(([from, to]) => to.startsWith('commands/') && !from.startsWith('commands/') && from !== 'extension.ts');
    assert.deepEqual(intoCommands, []);
  });
});
