// Pure core of the deprecation scanner: no `vscode` import. Shared by the editor diagnostics and the CLI.
export { scanText } from './scan';
export type { Finding, FindingKind } from './types';
export { DEPRECATION_CODE, REPLACEMENT_DOCS_URL, formatMessage, messageTemplate } from './messages';
export { languageIdForPath } from './languages';
