// Pure core of the deprecation scanner: no `vscode` import. Shared by the editor diagnostics and the CLI.
export { scanText } from './scan';
export type { Confidence, Finding, FindingKind, Inference } from './types';
export { DEPRECATION_CODE, INFERENCES, INFERRED_TEMPLATE, REPLACEMENT_DOCS_URL, formatMessage, messageTemplate } from './messages';
export { languageIdForPath } from './languages';
