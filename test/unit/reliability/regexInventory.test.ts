// Issue 7, "check every regex for catastrophic backtracking": every regular expression in src/, found with the
// TypeScript parser, must be one reviewed here. Verdict for all of them: linear. Each was checked with scslre (the
// analysis behind eslint-plugin-regexp's no-super-linear-backtracking and no-super-linear-move rules) and by reading:
// anchored patterns of fixed or bounded length, single character classes, literal alternatives, one quantifier followed
// by a literal or the end; no nested or overlapping quantifiers. The scanner finds its candidate words with indexOf,
// not a regex. One pattern was quadratic and is gone: `/\/+$/` on a base URL's path (a run of
// slashes followed by anything else makes every start position rescan the run), replaced by a loop in
// src/atlas/validation.ts; the test below feeds it the input that used to take seconds.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { normalizeBaseUrl } from '../../../src/atlas';
import { validateBaseUrl, validateProfileName } from '../../../src/credentials/validation';
import { explainAtlasError } from '../../../src/atlas/errorVocabulary';
import { englishL10n } from '../tree/helpers';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Reviewed regular expressions, by file, in source order (as written; `new RegExp(...)` by its call). */
const REVIEWED: Record<string, string[]> = {
  'src/atlas/digestAuth.ts': ["/^\\s*digest\\s/i"],
  'src/atlas/errorVocabulary.ts': ["/^IP_ADDRESS_NOT_ON_(ACCESS_LIST|WHITELIST)$/", "/IP address ([0-9A-Fa-f.:]+)/", "/^(\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:]{2,39})$/", "/[.:]/"],
  'src/atlas/retry.ts': ["/^\\d+$/"],
  'src/atlas/validation.ts': ["/^[0-9a-f]{24}$/", "/^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$/", "/\\/\\/[^/?#]*@/"],
  'src/deprecation/fixes/atlasCli.ts': ["/^[0-9a-f]{24}$/i", "/^[ \\t]*\\r?\\n/", "/[A-Za-z_]/", "/[\\s|;&)]/", "/\\s+/"],
  'src/deprecation/fixes/goClient.ts': ["/^package\\s+mongodbatlas\\b/m", "/\\s+/", "/\\btype\\s+PrivateEndpoint\\w*Deprecated\\b|\\)\\s*AddOneInterfaceEndpoint\\s*\\(/"],
  'src/deprecation/fixes/pulumi.ts': ["/\\b(Lookup|Get)?PrivateEndpoint(InterfaceLink)?(Args|InvokeArgs)\\b/g", "/\\bmongodbatlas\\.(getPrivateEndpoint(?:InterfaceLink)?(?:Output)?|get_private_endpoint(?:_interface_link)?(?:_output)?|LookupPrivateEndpoint(?:InterfaceLink)?)\\s*\\(|\\b(GetPrivateEndpoint(?:InterfaceLink)?)\\.Invoke(?:Async)?\\s*\\(/gi", "new RegExp(`\\\\b${key}(?=\\\\s*${names.assign}(?!=))`, 'g')"],
  'src/deprecation/fixes/rest.ts': ["/(\\\\?[\"'])interfaceEndpointId\\1\\s*:|(?<=[{,]\\s*|^\\s*)interfaceEndpointId(?=\\s*:)/gm", "/^(?:GET|DELETE|PUT|PATCH) /", "/^###/m"],
  'src/deprecation/fixes/terraform.ts': ["/^([ \\t]*)(resource|data)([ \\t]+)\"(mongodbatlas_private_endpoint(?:_interface_link)?)\"[ \\t]+\"([^\"\\n]+)\"[ \\t]*\\{/gm", "/\\b(data\\.)?(mongodbatlas_private_endpoint(?:_interface_link)?)\\.([A-Za-z_][\\w-]*)(?:\\.([A-Za-z_]\\w*))?/g", "/^[0-9a-f]{24}$/i", "/^([ \\t]*)([A-Za-z_][\\w-]*)([ \\t]*)=(?!=)[ \\t]*([^\\r\\n]*)/", "/^\"([^\"$%\\\\]*)\"\\s*(?:#.*|\\/\\/.*)?$/", "/^com\\.amazonaws\\.vpce\\.([a-z0-9-]+)\\.vpce-svc-/", "/_/g", "new RegExp(`^\"?\\\\$?\\\\{?${OLD_ENDPOINT}\\\\.([A-Za-z_][\\\\w-]*)\\\\.${attribute}\\\\}?\"?$`)", "/\\bfrom\\s*=\\s*$/"],
  'src/localizer.ts': ["/\\{(\\d+)\\}/g"],
  'src/credentials/validation.ts': ["/^[\\p{L}\\p{N} ._@()-]+$/u", "/^[\\p{L}\\p{N}]$/u", "/^[A-Za-z0-9._-]+$/", "/^mdb_sa_id_[0-9a-fA-F]{24}$/", "/\\s/", "/\\s/", "/\\s/", "/^[\\x21-\\x7e]+$/", "/^[0-9a-fA-F]*$/", "/[^\\p{L}\\p{N}._-]/gu"],
  'src/deprecation/bindings.ts': ["/(?:^|[\\s(])(?:def|defp|defn|func|function|fun|fn|sub|proc|Function|Property)\\s+(?:\\([^)\\n]{0,80}\\)\\s*)?(?:[A-Za-z_]\\w{0,40}[.:])?$/","/^[\\w\\s<>[\\],.?]*$/","/[{=]$|->$|=>|=\\s*\\S/","/;$/","/array_push\\(\\s*\\$?$/","/^\\([^()]*\\)\\s*=>/","/\\b([A-Za-z_]\\w*)[ \\t]*\\(|\\b(?:def|defn|sub|function|Function|Property)[ \\t]+([A-Za-z_]\\w*(?:-[A-Za-z]\\w*)*)/g","/^\\s*(?:(?:\\([^()\\n]{0,120}\\)|[A-Za-z_]\\w*)\\s*(?::\\s*[\\w.<>[\\]]{1,40}\\s*)?=>|lambda\\b[^:\\n]{0,80}:|function\\s*\\([^()\\n]{0,120}\\)\\s*\\{\\s*return\\b|->)\\s*/","/\\b([A-Za-z_]\\w*)[\"']?[ \\t]*(?::|=>)/g","/^(?:\\s*:\\s*[\\w.<>?[\\], ]{1,60}?)?(?:\\s*get\\(\\)\\s*=|[ \\t]*=>|[ \\t]*\\{\\s*get\\b|[ \\t]*\\{)/","/[\\w>\\]?]\\s$/","/\\bvar\\s+$/","/^\\s*(?:[\\w<>[\\]?,]+\\s+)*$/","/\\b[A-Za-z_]\\w*/g","/^\\.(?:append|push|add|Add|extend|addAll|AddRange|push_back|concat|Append|WriteString|push_str)\\(/","/(?:^|\\n)[ \\t]*#[ \\t]*define[ \\t]+$/", "/^[\\w{}().-]*$/", "/^\\(\\s*\\)\\s*\\{\\s/", "/^As\\s+[\\w.]+\\s*$/"],
  'src/deprecation/embeddedScripts.ts': ["/^[|>][+-]?[0-9]?$/", "/^[ \\t]*(?:import [\\w.]+|from [\\w.]+ import |def \\w+\\(|class \\w+[(:])/m", "/\\$env:|Invoke-RestMethod|Invoke-WebRequest|Write-Host/", "/[^\\n]/g", "/[^\\n]/g"],
  'src/deprecation/notebookCells.ts': ["/\"language_info\"\\s*:\\s*\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"\\\\]{1,32})\"/", "/\"kernelspec\"\\s*:\\s*\\{[^{}]*?\"language\"\\s*:\\s*\"([^\"\\\\]{1,32})\"/", "/^[0-9a-fA-F]{4}$/", "/^\"\\s*,\\s*\"$/"],
  'src/deprecation/expressions.ts': ["/\\b(?:Sprintf|sprintf|[Ff]ormat|formatted)[ \\t]*\\(/","/\\s+/g","/^\\$?\\(?\\$?(?:(?:this|self|@|[A-Za-z_]\\w*)(?:\\.|->|::))*([A-Za-z_]\\w*)(?:\\([\\w ,.$\"']*\\))?\\)?$/","/^[A-Za-z_][\\w.]*\\[[\"']([A-Za-z_]\\w*)[\"']\\]$/","/^[A-Za-z_]\\w*$/","/^[A-Z][A-Z0-9_]*$/","/id$|provider|cloud|link|vpce|endpoint|interface/i","/^[\\w.-]+$/","/^(?:\\.\\/)?[A-Za-z]/","/^\\.\\/[A-Za-z]/", "/^\\s*([A-Za-z_]\\w*(?:-[A-Za-z]\\w*)*)(?:\\s|$)/", "/^[\\w-]*$/"],
  'src/deprecation/httpMethod.ts': ["/\\b(GET|POST|DELETE|PUT|PATCH)\\b|(?:\\.|->)(get|post|delete|put|patch|Get|Post|Delete|Put|Patch)(?:Async|AsJsonAsync|!)?\\s?\\(|Method(Get|Post|Delete|Put|Patch)\\b|HttpMethod\\.(Get|Post|Delete|Put|Patch)\\b|-Method (Get|Post|Delete|Put|Patch)\\b|\\bHttp(Get|Post|Delete|Put|Patch)\\b|\\(:(get|post|delete|put|patch),/g","/\\bcurl\\b|\\$\\{(?:curl|CURL|Curl)\\w{0,20}\\[[@*]\\]\\}/","/\\b(?:curl|wget|fetch|Invoke-RestMethod|Invoke-WebRequest|urlopen)\\b|\\$\\{(?:curl|CURL|Curl)\\w{0,20}\\[[@*]\\]\\}/","/(?:^|\\s)(?:-d|--data(?:-raw|-binary|-urlencode)?|--json|-F|--form)(?=[\\s=]|$)/","/\"(?:raw|url)\"\\s*:\\s*\"[^\"]*$/","/\"method\"\\s*:\\s*\"(GET|POST|DELETE|PUT|PATCH)\"/","/[\\\\`^(,{[+=]$/","/^\\s*[.)\\]}]/","/^(\\s*)(-\\s+)?url:\\s/","/^(\\s*(?:(-)\\s+)?)(?:method:\\s*[\"']?(GET|POST|DELETE|PUT|PATCH|get|post|delete|put|patch)\\b|[\\w-]+:)/"],
  'src/deprecation/messages.ts': ["/\\{(\\d)\\}/g"],
  'src/deprecation/nameRules.ts': ["/^\\s*from\\s*=\\s*$/","/ (and|with) /","/[\\w-]/","/[\\w:/]/","/New$/","/(?:^|[\\s,(])([A-Za-z_]\\w*)[ \\t]*(?::=|=|:)[ \\t]*&?(?:[A-Za-z_]\\w*\\.){0,4}$|(?:^|[\\s,(])([A-Za-z_]\\w*)[ \\t]+\\*?(?:[A-Za-z_]\\w*\\.)?$/","/(?:^|[/\\\\])atlas(?:\\.exe)?$/","/atlas|^cli(?:_?(?:path|bin|exe))?$/i","/^\\s*(?:,|\\)\\s*(?:;\\s*)?[\\w.]{0,60}\\.(?:arg|args|Arg|Args|add|Add|append|push)\\s*\\(\\s*[[&{]?)\\s*/","/(?:arguments|args)[\"']?\\s*[=:]\\s*$/i","/^(?:[^$%\\s]{0,60}[/\\\\])?atlas(?:\\.exe)?$/","/^(?:\\$\\((\\w+)\\)|\\$\\{(\\w+)\\}|\\$(\\w+)|%(\\w+)%)$/","/[\\s;|&`=]/","/^\\s*func\\s*\\([^()\\n]{0,80}\\)\\s*$/","/^([ \\t]*)-[ \\t]+[\"']?$/","/^([ \\t]*)-[ \\t]+([\"']?)([^\\s\"']{1,80})\\2[ \\t]*$/","/^([fFrRbBuU]{1,2}(?=[\"'])|[$@]{1,2}(?=\")|\\*?%[wWiIx]?[[({<])/", "/(?:^|\\n)[ \\t]*from[ \\t]+([\\w.]{1,200})[ \\t]+import[ \\t]+\\(?[^()\\n]*(?:\\n[^()\\n]*){0,20}$/", "/(?:^|\\n)[ \\t]*import[ \\t]+(?:type[ \\t]+)?\\{[^{}]*$/", "/^[^{}]*\\}[ \\t]*from[ \\t]*[\"']([^\"'\\n]{1,200})[\"']/", "/^data_mongodbatlas_private_endpoint(?:_interface_link)?$/", "/(?:^|\\n)[ \\t]*import[ \\t]+([\\w.]{1,200})\\.$/"],
  'src/deprecation/dataSegments.ts': ["/[,\\n[]/","/^method[\"']?\\s*:\\s*[\"']?([A-Za-z]{3,6})\\b/i","/^method\\s*:/i"],
  'src/deprecation/pathFindings.ts': ["/\\s+/g","/[/]|privateEndpoint|interfaceEndpoints/"],
  'src/deprecation/pathRule.ts': ["/^(?:aws|azure|gcp|endpointService|regionalMode|serverless)$/i","/provider|cloud/i","/^[0-9a-f]{24}$/i","/id$/i","/[\\s\"'`]/","/[^A-Za-z]/g","/[\"'`\\s(=]/","/[\\s\"'`(,]/","/^(?:\\((?:\\?<\\w+>|\\?:|\\?P<\\w+>)?[^()]{0,60}\\)|\\[[^\\]\\n]{1,40}\\]|\\\\[wdsSh]|\\.)(?:[+*?]|\\{\\d+(?:,\\d*)?\\})/","/^\\((?:\\?<\\w+>|\\?P<\\w+>|\\?:)?(?:\\[[^\\]\\n]{1,40}\\]|[^()/[\\]]){1,60}\\)/","/[[\\\\+*?|.^]/","/^\\([^()]{0,60}\\)\\?/","/\\\\|%2[fF]|[[(*+]/","/^\\{[^}]*\\}$|^\\$\\{[^}]*\\}$|^\\$\\w+$|^%s$/","/^(?:api|atlas|v1(?:\\.0)?|groups|public)$/i","/\\/?(?:\\{[^{}/]*\\}|\\$\\{[^{}/]*\\}|:\\w+|\\$\\w+|%[sv])$/","/^[A-Za-z][\\w.-]*$/", "/^(?:[A-Za-z][\\w-]{0,63}|\\d{1,24})$/", "/\\d/"],
  'src/deprecation/pathSegments.ts': ["/[\\s\"'`)]/","/[svdqxi]/","/[0-9]/","/^[\\w.,*-]+$/","/[spwbdai]/"],
  'src/deprecation/scan.ts': ["/[|>][+-]?[0-9]?[ \\t]*\\r?\\n/","/\\s/","/^(?:GET|POST|PUT|PATCH|DELETE) +$/","/[\"'`]/","/Path$/","/\\/\\s*$/","/^\\s*(?:\\/\\/+|#+|\\*|>|--|;+)?\\s*/","/%2[fF]privateEndpoint/","/^\\s*(?:\\/\\/+|#+|\\*|>|--|;+)?\\s*`?/","/(?:^|[;&|({`]|\\$\\()\\s*(?:sudo\\s+)?(?:curl|wget|https?|xh|\"?\\$\\{?(?:curl|CURL|Curl|http|HTTP)\\w{0,20}(?:\\[@\\])?\\}?\"?)\\s[^;&|#]*$/","/(?:get|post|delete|put|patch|request|call|fetch|send|invoke|execute|exchange)\\w*(?:(?:::)?<[^()\\n]{0,80}>)?\\s*\\([^()]{0,80}$|-(?:Path|Uri)\\s+$|\\w\\s*\\(\\s*[\"'](?:get|post|delete|put|patch)[\"']\\s*,\\s*[\"'`]?$/i","/^\\/(?:aws|azure|gcp|endpointService|regionalMode|serverless)(?![\\w-])/i","/^\\/[^/\\n]{1,64}\\/endpointService(?!\\w)/","/(?:^|[^A-Za-z0-9])(?:get|post|delete|put|patch|head|request|fetch|send|exchange|newRequest|newRequestWithContext|urlopen|getForObject|getForEntity|postForObject|postForEntity|uri)(?:Async|AsJsonAsync|WithContext|Json|_json)?(?:(?:::)?<[^()\\n]{0,80}>)?\\s*\\((?:[^()]{0,80},)?\\s*(?:(?:this|self|\\$this|static|Self)\\s*(?:\\.|->|::)\\s*|@)?$|-(?:Uri|Path)\\s+$/i"],
  'src/deprecation/templateVariables.ts': ["/[\\s\"'#,]/","/(?:^|[\\s\"'=:])$/","/^[ \\t]*@([A-Za-z_][\\w.-]{0,63})[ \\t]*=[ \\t]*/gm","/\\{\\{[ \\t]*([A-Za-z_][\\w.-]{0,63})[ \\t]*\\}\\}/g","/\\/|privateEndpoint|interfaceEndpoints/","/^[ \\t]*[A-Za-z][\\w-]*:[ \\t]/","/^[ \\t]*(?:-[ \\t]+)?[\"']?([A-Za-z_][\\w-]{0,63})[\"']?[ \\t]*:[ \\t]*([\"']?)/gm","/\\{\\{[ \\t]*(?:_\\.|\\$)?([A-Za-z_][\\w-]{0,63})[ \\t]*(?:\\|[^{}\\n]{0,80})?\\}\\}/g","new RegExp(syntax.reference.source, 'y')","/\\s/","/\\{\\{[^{}]*\\}\\}/g"],
  'src/deprecation/tokens.ts': ["/^([A-Za-z_][\\w.-]*)[ \\t]*(?:::|[:?+!])?=[ \\t]*/","/^[fFrRbBuU]{1,2}$/","/[A-Za-z0-9.[\\](){}^$*+?|]/","/[:!]/","/^[A-Za-z_]\\w*=/","/[\\s;]/","/\\s/","/[\\s;|&()<>\"'$\\\\]/","/^[A-Za-z_][\\w-]*$/"],
  'src/deprecation/fixes/index.ts': ["/^[A-Za-z_]\\w*$/"],
  'src/deprecation/pulumiImports.ts': ["/^[ \\t]*import[ \\t]+(?:type[ \\t]+)?\\{([^}]{0,600})\\}[ \\t]*from[ \\t]*[\"']([^\"'\\n]{1,200})[\"']/gm","/^[ \\t]*import[ \\t]+\\*[ \\t]+as[ \\t]+([A-Za-z_$][\\w$]*)[ \\t]+from[ \\t]*[\"']([^\"'\\n]{1,200})[\"']/gm","/^[ \\t]*from[ \\t]+([\\w.]{1,200})[ \\t]+import[ \\t]+(?:\\(([^)]{1,600})\\)|([^(\\n][^\\n]{0,600}))/gm","/^[ \\t]*import[ \\t]+([\\w.]{1,200})[ \\t]+as[ \\t]+([A-Za-z_]\\w*)/gm","/^[ \\t]*import[ \\t]+([\\w.]{1,200});?[ \\t]*$/gm","/^[ \\t]*([A-Za-z_]\\w*)[ \\t]+\"([^\"\\n]{1,200})\"/gm","/^[ \\t]*using[ \\t]+(?:[A-Za-z_]\\w*[ \\t]*=[ \\t]*)?([\\w.]{1,200})[ \\t]*;/gm","/mongodbatlas/i","/cdktf|\\.gen\\/|^imports\\./","/\\s+/","/^[A-Za-z_$][\\w$]*$/","/(?:^|\\.)Mongodbatlas$/i"],
  'src/deprecation/values.ts': ["/\\/|^(?:aws|azure|gcp)$|privateEndpoint|interfaceEndpoints|endpointService/i","/%\\[(\\d+)\\][sdvq]|%[-+ #0-9.]*[sdvq]|\\{(\\d*)\\}|\\{([A-Za-z_]\\w{0,63})\\}/g"],
  'src/diagnostics/workspaceScan.ts': ["/\\/?$/"],
  'src/migration/report.ts': ["/[\\\\`*_[\\]()<>|!~&]/g", "/\\r?\\n/g", "/`/g", "/\\r?\\n/g", "/[^A-Za-z0-9_]/g", "/[()\\s]/g"],
  'src/outsideText.ts': ["/[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]/g", "/[\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff]/g", "/\\s+/g", "/\\]\\s*\\(/g", "/\\$\\(/g"],
  'src/tree/connectionRow.ts': ["/^com\\.amazonaws\\.vpce\\.([a-z0-9-]+)\\.(vpce-svc-[0-9a-z]+)$/i", "/\\n/g"],
  'src/tree/inventory.ts': ["/^[=+\\-@\\t\\r]/", "/[\",\\r\\n]/", "/\"/g"],
  'src/tree/markdown.ts': ["/\\s+/g", "/[!-/:-@[-`{-~]/g"],
};

/** Every regex literal and `new RegExp(...)` call in src/, by file. */
function regexesInSource(): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  const srcDir = path.join(ROOT, 'src');
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).sort();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(path.join(srcDir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral || (ts.isNewExpression(node) && node.expression.getText(source) === 'RegExp')) {
        (found[`src/${file.split(path.sep).join('/')}`] ??= []).push(node.getText(source));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('regular expressions in src/ (catastrophic backtracking)', () => {
  it('every one has been reviewed', () => {
    const found = regexesInSource();
    const key = (file: string, regex: string) => `${file}  ${regex}`;
    const seen = Object.entries(found).flatMap(([file, regexes]) => regexes.map((regex) => key(file, regex)));
    const reviewed = Object.entries(REVIEWED).flatMap(([file, regexes]) => regexes.map((regex) => key(file, regex)));
    const unreviewed = seen.filter((entry) => !reviewed.includes(entry));
    const gone = reviewed.filter((entry) => !seen.includes(entry));
    assert.deepEqual(
      { unreviewed, gone },
      { unreviewed: [], gone: [] },
      'A regular expression in src/ changed. Check it for super-linear backtracking (for example with scslre or ' +
        'eslint-plugin-regexp\'s no-super-linear-backtracking and no-super-linear-move rules, or by hand: no nested or ' +
        'overlapping quantifiers, no unanchored quantified start before a suffix that can fail), then update REVIEWED in ' +
        'test/unit/reliability/regexInventory.test.ts.',
    );
  });

  it('the base URL with a long run of slashes that used to take quadratic time is normalized (and refused when unusable)', () => {
    const slashes = '/'.repeat(200_000);
    assert.equal(normalizeBaseUrl(`https://atlas.example.com${slashes}api${slashes}`), `https://atlas.example.com${slashes}api`);
    assert.equal(validateBaseUrl(`https://atlas.example.com${slashes}x`), undefined);
  });

  it('hostile text through the user-facing patterns: long names, long Atlas details full of near-misses', () => {
    assert.match(validateProfileName(`${'a'.repeat(1_000_000)}!`, []) ?? '', /at most 64/);
    const detail = `${'IP address 1.1.1.1.'.repeat(50_000)}x`;
    const text = explainAtlasError(Object.assign(new Error('denied'), { kind: 'ipNotAllowed', status: 403, detail, errorCode: 'IP_ADDRESS_NOT_ON_ACCESS_LIST' }), englishL10n);
    assert.match(text, /not on the API access list/);
  });
});
