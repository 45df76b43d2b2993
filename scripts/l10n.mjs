// `npm run l10n`: writes l10n/bundle.l10n.json, the English source bundle of every string passed to `l10n.t`.
//
// @vscode/l10n-dev only collects `l10n.t` calls in files that import `vscode`, and the pure core (src/atlas,
// src/credentials' validation, the tree's model...) never does: it takes `vscode.l10n` as a Localizer parameter named
// `l10n`. Those files are handed to the collector with the import it looks for prepended, so their strings are
// translatable too.
import { getL10nJson } from '@vscode/l10n-dev';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const IMPORTS_VSCODE = /from 'vscode'/;

/** The bundle as the collector sees every source file of `src`. */
export async function collectL10n(root = ROOT) {
  const src = path.join(root, 'src');
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  return getL10nJson(files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const contents = IMPORTS_VSCODE.test(text) || !text.includes('l10n.t(') ? text : `import { l10n } from 'vscode';\n${text}`;
    return { contents, extension: '.ts' };
  }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bundle = await collectL10n();
  writeFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.json'), `${JSON.stringify(bundle, undefined, 2)}`);
  console.log(`l10n/bundle.l10n.json: ${Object.keys(bundle).length} strings`);
}
