// Names a file imports from a MongoDB Atlas provider package: Pulumi's (`@pulumi/mongodbatlas`, `pulumi_mongodbatlas`,
// `com.pulumi.mongodbatlas`, `Pulumi.Mongodbatlas`) and CDKTF's generated bindings (`.gen/providers/mongodbatlas/…`,
// `@cdktf/provider-mongodbatlas`). A resource class used by its bare name (`new PrivateEndpoint(this, "link", …)`) or
// through a module alias (`atlas.PrivateEndpoint(…)`) is the provider's only when the file imports it from there:
// Azure's CDKTF and Pulumi packages have a `PrivateEndpoint` too.

export interface ProviderImports {
  /** Names imported by name (`import { PrivateEndpoint } from …`, `from pulumi_mongodbatlas import …`). */
  names: ReadonlySet<string>;
  /** Module aliases (`import * as atlas from "@pulumi/mongodbatlas"`, `import pulumi_mongodbatlas as atlas`). */
  aliases: ReadonlySet<string>;
  /** The whole namespace is in scope (C#'s `using Pulumi.Mongodbatlas;`). */
  namespace: boolean;
  /** The names come from CDKTF's bindings, whose classes are named after Terraform's (`PrivatelinkEndpoint`). */
  cdktf: boolean;
}

const MAX_IMPORT_LIST = 600;
const NAMED_IMPORT = /^[ \t]*import[ \t]+(?:type[ \t]+)?\{([^}]{0,600})\}[ \t]*from[ \t]*["']([^"'\n]{1,200})["']/gm;
const STAR_IMPORT = /^[ \t]*import[ \t]+\*[ \t]+as[ \t]+([A-Za-z_$][\w$]*)[ \t]+from[ \t]*["']([^"'\n]{1,200})["']/gm;
const PYTHON_FROM = /^[ \t]*from[ \t]+([\w.]{1,200})[ \t]+import[ \t]+(?:\(([^)]{1,600})\)|([^(\n][^\n]{0,600}))/gm;
const PYTHON_ALIAS = /^[ \t]*import[ \t]+([\w.]{1,200})[ \t]+as[ \t]+([A-Za-z_]\w*)/gm;
const JVM_IMPORT = /^[ \t]*import[ \t]+([\w.]{1,200});?[ \t]*$/gm;
const GO_ALIAS = /^[ \t]*([A-Za-z_]\w*)[ \t]+"([^"\n]{1,200})"/gm;
const CSHARP_USING = /^[ \t]*using[ \t]+(?:[A-Za-z_]\w*[ \t]*=[ \t]*)?([\w.]{1,200})[ \t]*;/gm;
export const PROVIDER_MODULE = /mongodbatlas/i;
const CDKTF_MODULE = /cdktf|\.gen\/|^imports\./;

let lastText: string | undefined;
let lastImports: ProviderImports | undefined;

function add(names: Set<string>, list: string): void {
  for (const item of list.slice(0, MAX_IMPORT_LIST).split(',')) {
    // `PrivateEndpoint as Link`: the local name is the one used.
    const words = item.trim().split(/\s+/);
    const local = words.length === 3 && words[1] === 'as' ? words[2] : words[0];
    if (/^[A-Za-z_$][\w$]*$/.test(local)) {
      names.add(local);
    }
  }
}

/** The provider names and aliases `text` imports; computed once per text (the last one is kept). */
export function providerImports(text: string): ProviderImports {
  if (text === lastText && lastImports) {
    return lastImports;
  }
  const names = new Set<string>();
  const aliases = new Set<string>();
  let namespace = false;
  let cdktf = false;
  if (PROVIDER_MODULE.test(text)) {
    for (const match of text.matchAll(NAMED_IMPORT)) {
      if (PROVIDER_MODULE.test(match[2])) {
        add(names, match[1]);
        cdktf ||= CDKTF_MODULE.test(match[2]);
      }
    }
    for (const match of text.matchAll(STAR_IMPORT)) {
      if (PROVIDER_MODULE.test(match[2])) {
        aliases.add(match[1]);
      }
    }
    for (const match of text.matchAll(PYTHON_FROM)) {
      if (PROVIDER_MODULE.test(match[1])) {
        add(names, match[2] ?? match[3]);
        cdktf ||= CDKTF_MODULE.test(match[1]);
      }
    }
    for (const match of text.matchAll(PYTHON_ALIAS)) {
      if (PROVIDER_MODULE.test(match[1])) {
        aliases.add(match[2]);
      }
    }
    for (const match of text.matchAll(JVM_IMPORT)) {
      const dot = match[1].lastIndexOf('.');
      if (dot > 0 && PROVIDER_MODULE.test(match[1].slice(0, dot))) {
        names.add(match[1].slice(dot + 1));
      }
    }
    for (const match of text.matchAll(GO_ALIAS)) {
      if (PROVIDER_MODULE.test(match[2]) && match[1] !== 'import') {
        aliases.add(match[1]);
      }
    }
    for (const match of text.matchAll(CSHARP_USING)) {
      namespace ||= /(?:^|\.)Mongodbatlas$/i.test(match[1]);
    }
  }
  lastText = text;
  lastImports = { names, aliases, namespace, cdktf };
  return lastImports;
}
