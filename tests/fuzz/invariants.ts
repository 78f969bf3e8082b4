/**
 * The "never crash, never break" invariants, checked on one source file: the plugin's recommended
 * config is run with `--fix` to its fixed point (ESLint's own fix loop, through `fixToFixedPoint`)
 * and then
 *
 * - no rule throws (ESLint rethrows a rule's exception from `verify`);
 * - the output parses, and (TypeScript) declares no name twice that the input declared once;
 * - a second run changes nothing, and the first needed at most 3 passes (MIGRATION.md D6);
 * - the line endings, byte order mark and shebang of the input are kept;
 * - a file that does not mention abstractllm gets no report and no change.
 *
 * An input that does not parse before any rule runs is skipped, not failed: there is nothing the
 * rules could have done. Used by scripts/fuzz.mjs (the whole corpus) and tests/fuzz/ (a slice).
 */
import { Linter } from 'eslint';
import ts from 'typescript';
import { fixToFixedPoint, tsLanguageOptions, withPlugin } from '../utils/fix-passes.js';

export type Invariant =
  | 'crash'
  | 'unparseable-output'
  | 'duplicate-declaration'
  | 'unstable'
  | 'too-many-passes'
  | 'line-endings'
  | 'bom'
  | 'shebang'
  | 'unrelated-report'
  | 'unrelated-change';

export const invariants: readonly Invariant[] = [
  'crash',
  'unparseable-output',
  'duplicate-declaration',
  'unstable',
  'too-many-passes',
  'line-endings',
  'bom',
  'shebang',
  'unrelated-report',
  'unrelated-change',
];

export interface Failure {
  invariant: Invariant;
  detail: string;
}

export type Verdict =
  | { status: 'skipped'; reason: string }
  | {
      status: 'checked';
      failures: Failure[];
      /** Fix passes that changed the text. */
      passes: number;
      /** The plugin reported something on the input. */
      reported: boolean;
      /** The fix changed the text. */
      changed: boolean;
      output: string;
    };

export const maxPasses = 3;
const BOM = '\uFEFF';

/** JSX in `.jsx` files (ESLint's default parser, espree, reads it only when asked). */
const jsxLanguageOptions: Linter.Config = {
  name: 'fuzz/jsx',
  files: ['**/*.jsx'],
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
};

/** Every extension the recommended config lints, so the parse-only config matches the same files. */
const allSources: Linter.Config = { name: 'fuzz/all-sources', files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'] };

/**
 * ESLint itself reports (and with --fix deletes) a disable directive that suppresses nothing, and
 * with only this plugin loaded, every directive for another plugin's rule is one. Those changes
 * are ESLint's, not the plugin's: the fuzzer turns them off to see only what the plugin does.
 */
const keepDisableDirectives: Linter.Config = { name: 'fuzz/keep-disable-directives', linterOptions: { reportUnusedDisableDirectives: 'off' } };

/** The plugin as a user enables it, for every extension the corpus has. */
export function fuzzConfigs(plugin: { configs: { recommended: unknown } }): Linter.Config[] {
  return [keepDisableDirectives, jsxLanguageOptions, ...withPlugin(plugin)];
}

/** The same parsers and no rules: whether a text parses at all. */
const parseOnlyConfigs: Linter.Config[] = [allSources, jsxLanguageOptions, tsLanguageOptions];

/** The first parse error of `text` as `filename`, or undefined when it parses. */
export function parseError(text: string, filename: string): string | undefined {
  const fatal = new Linter().verify(text, parseOnlyConfigs, { filename }).find((message) => message.fatal === true);
  return fatal ? `${fatal.line}:${fatal.column} ${fatal.message}` : undefined;
}

/** The line break styles a text uses. */
function lineBreaks(text: string): Set<string> {
  const styles = new Set<string>();
  for (const match of text.matchAll(/\r\n|\r|\n/g)) styles.add(match[0] === '\r\n' ? 'CRLF' : match[0] === '\r' ? 'CR' : 'LF');
  return styles;
}

function shebangOf(text: string): string | undefined {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  return body.startsWith('#!') ? body.slice(0, body.search(/\r?\n|$/)) : undefined;
}

/**
 * TypeScript's "declared twice" errors (TS2300 Duplicate identifier, TS2451 Cannot redeclare
 * block-scoped variable, TS2440 Import declaration conflicts with local declaration, TS2323
 * Cannot redeclare exported variable, TS2308 Module has already exported a member). ESLint's
 * JavaScript parser rejects these itself; typescript-estree leaves them to the checker, so an
 * import a fix adds twice would pass for parsing TypeScript. Binding one file, with no lib and
 * no imports resolved, finds them.
 */
const redeclarationCodes = new Set([2300, 2308, 2323, 2440, 2451]);
const declarationCheckOptions: ts.CompilerOptions = { noLib: true, noResolve: true, types: [], noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, jsx: ts.JsxEmit.Preserve };

function redeclarations(text: string, filename: string): string[] {
  const sourceFile = ts.createSourceFile(filename, text, ts.ScriptTarget.ES2022, true);
  // A host that knows this one file and nothing else (ts.createCompilerHost would look at the disk).
  const host: ts.CompilerHost = {
    getSourceFile: (name) => (name === filename ? sourceFile : undefined),
    fileExists: (name) => name === filename,
    readFile: (name) => (name === filename ? text : undefined),
    getDefaultLibFileName: () => 'lib.d.ts',
    writeFile: () => {},
    getCurrentDirectory: () => '/',
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
  };
  const program = ts.createProgram([filename], declarationCheckOptions, host);
  return program
    .getSemanticDiagnostics(sourceFile)
    .filter((diagnostic) => redeclarationCodes.has(diagnostic.code))
    .map((diagnostic) => `TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
}

/** The redeclarations of `output` that `input` did not have (as a multiset). */
function newRedeclarations(input: string, output: string, filename: string): string[] {
  const after = redeclarations(output, filename);
  if (after.length === 0) return [];
  const before = redeclarations(input, filename);
  return after.filter((message) => {
    const at = before.indexOf(message);
    if (at === -1) return true;
    before.splice(at, 1);
    return false;
  });
}

const isTypeScript = (filename: string) => /\.[cm]?tsx?$/.test(filename);
const mentionsAbstractllm = (text: string) => text.includes('abstractllm');
const isPluginMessage = (message: Linter.LintMessage) => message.ruleId?.startsWith('abstractllm/') === true;

/** Checks every invariant on one file; `filename` decides the parser, as in ESLint. */
export function checkInvariants(text: string, filename: string, configs: Linter.Config[]): Verdict {
  const failures: Failure[] = [];
  let result: ReturnType<typeof fixToFixedPoint>;
  try {
    result = fixToFixedPoint(text, filename, configs);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'checked', failures: [{ invariant: 'crash', detail: message.replaceAll('\n', ' | ') }], passes: 0, reported: false, changed: false, output: text };
  }
  // A parse error and no change: the input itself does not parse (a fix needs a parsed file, so
  // once something changed, a parse error is the output's). Checked again with no rules at all,
  // so a rule could not have caused it.
  if (result.output === text && result.remaining.some((message) => message.fatal === true)) {
    const inputError = parseError(text, filename);
    if (inputError !== undefined) return { status: 'skipped', reason: `the input does not parse: ${inputError}` };
  }
  const { output, passes, remaining, stable } = result;
  const changed = output !== text;

  const outputError = remaining.find((message) => message.fatal === true);
  if (outputError) failures.push({ invariant: 'unparseable-output', detail: `${outputError.line}:${outputError.column} ${outputError.message}` });
  if (!outputError && changed && isTypeScript(filename)) {
    const duplicates = [...new Set(newRedeclarations(text, output, filename))];
    if (duplicates.length > 0) failures.push({ invariant: 'duplicate-declaration', detail: duplicates.join('; ') });
  }
  if (!stable) failures.push({ invariant: 'unstable', detail: 'a second --fix run changed the output' });
  if (passes > maxPasses) failures.push({ invariant: 'too-many-passes', detail: `${passes} passes` });

  const before = lineBreaks(text);
  const introduced = [...lineBreaks(output)].filter((style) => !before.has(style));
  if (introduced.length > 0) failures.push({ invariant: 'line-endings', detail: `the output has ${introduced.join(', ')} line breaks; the input had ${[...before].join(', ') || 'none'}` });
  if (text.startsWith(BOM) !== output.startsWith(BOM)) failures.push({ invariant: 'bom', detail: text.startsWith(BOM) ? 'the BOM was dropped' : 'a BOM was added' });
  if (shebangOf(text) !== shebangOf(output)) failures.push({ invariant: 'shebang', detail: `${JSON.stringify(shebangOf(text))} became ${JSON.stringify(shebangOf(output))}` });

  // The plugin's reports on the input: the fixed point's remaining messages are the input's when
  // nothing changed; otherwise the input was reported (something had a fix).
  const reported = changed || remaining.some(isPluginMessage);
  if (!mentionsAbstractllm(text)) {
    const report = remaining.find(isPluginMessage);
    if (report) failures.push({ invariant: 'unrelated-report', detail: `${report.line}:${report.column} ${report.ruleId}: ${report.message}` });
    if (changed) failures.push({ invariant: 'unrelated-change', detail: 'a file that does not use abstractllm was changed' });
  }
  return { status: 'checked', failures, passes, reported, changed, output };
}

/** Counts over many verdicts, and the one summary line the fuzzer prints. */
export class FuzzTally {
  files = 0;
  skipped = 0;
  checked = 0;
  reported = 0;
  changed = 0;
  maxPassesSeen = 0;
  readonly failuresBy = new Map<Invariant, number>(invariants.map((invariant) => [invariant, 0]));
  failedFiles = 0;

  add(verdict: Verdict): void {
    this.files++;
    if (verdict.status === 'skipped') {
      this.skipped++;
      return;
    }
    this.checked++;
    if (verdict.reported) this.reported++;
    if (verdict.changed) this.changed++;
    this.maxPassesSeen = Math.max(this.maxPassesSeen, verdict.passes);
    if (verdict.failures.length > 0) this.failedFiles++;
    for (const invariant of new Set(verdict.failures.map((failure) => failure.invariant))) {
      this.failuresBy.set(invariant, this.failuresBy.get(invariant)! + 1);
    }
  }

  summary(label: string): string {
    const failures = [...this.failuresBy].map(([invariant, count]) => `${invariant}=${count}`).join(' ');
    return `${label}: files=${this.files} checked=${this.checked} skipped=${this.skipped} reported=${this.reported} changed=${this.changed} max-passes=${this.maxPassesSeen} failed=${this.failedFiles} ${failures}`;
  }
}
