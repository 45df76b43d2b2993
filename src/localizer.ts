// Pure modules take a Localizer so their messages go through `vscode.l10n` in the editor and stay plain English in
// plain Node (unit tests, the command line). `vscode.l10n` satisfies this interface as it is.
export interface Localizer {
  t(message: string, ...args: Array<string | number | boolean>): string;
}

/** What `vscode.l10n.t` does without a translation bundle: the message with {0}, {1}… filled in. */
export const englishL10n: Localizer = {
  t: (message, ...args) => message.replace(/\{(\d+)\}/g, (match, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : match)),
};
