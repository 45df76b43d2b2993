// VS Code language ids for files that are not open in an editor (workspace scan, CLI), by file name.
const BY_EXTENSION: Record<string, string> = {
  go: 'go',
  py: 'python',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'typescriptreact',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascriptreact',
  java: 'java',
  kt: 'kotlin',
  kts: 'kotlin',
  cs: 'csharp',
  sh: 'shellscript',
  bash: 'shellscript',
  zsh: 'shellscript',
  ps1: 'powershell',
  tf: 'terraform',
  tfvars: 'terraform',
  hcl: 'terraform',
  yml: 'yaml',
  yaml: 'yaml',
  json: 'json',
  jsonc: 'jsonc',
  http: 'http',
  rest: 'http',
  md: 'markdown',
  php: 'php',
  rb: 'ruby',
  rs: 'rust',
  swift: 'swift',
  scala: 'scala',
  sc: 'scala',
  sbt: 'scala',
  dart: 'dart',
  groovy: 'groovy',
  gradle: 'groovy',
  pl: 'perl',
  pm: 'perl',
  lua: 'lua',
  ex: 'elixir',
  exs: 'elixir',
  r: 'r',
  c: 'c',
  h: 'c',
  cc: 'cpp',
  cpp: 'cpp',
  cxx: 'cpp',
  hpp: 'cpp',
  psm1: 'powershell',
  toml: 'toml',
  ini: 'ini',
  cfg: 'ini',
  env: 'shellscript',
  txt: 'plaintext',
  rst: 'restructuredtext',
};

const BY_NAME: Record<string, string> = { dockerfile: 'dockerfile', makefile: 'makefile', jenkinsfile: 'groovy' };

/** The language id VS Code would most likely give this file, or undefined. */
export function languageIdForPath(filePath: string): string | undefined {
  const name = filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1).toLowerCase();
  if (Object.hasOwn(BY_NAME, name)) {
    return BY_NAME[name];
  }
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1) : '';
  return Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension] : undefined;
}
