import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import plugin from '../index.js';

/** Below this many files per core, one thread lints faster than several. */
const minFilesPerWorker = 100;

/** The part of ESLint's `LintResult` the CLI reads (the same in ESLint 8.57, 9 and 10). */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  output?: string;
  source?: string;
}
export interface LintMessage {
  ruleId: string | null;
  message: string;
  line: number;
  column: number;
  severity: number;
  fatal?: boolean;
  fix?: unknown;
  suggestions?: unknown[];
}
interface ESLintInstance {
  lintFiles(patterns: string[]): Promise<LintResult[]>;
}
interface ESLintClass {
  new (options: Record<string, unknown>): ESLintInstance;
  version: string;
  fromOptionsModule?: (url: URL) => Promise<ESLintInstance>;
}

/** Where packages resolve from: the user's project first, then this package's own dependencies. */
function resolveFrom(cwd: string, id: string): string | undefined {
  for (const base of [join(cwd, 'package.json'), __filename]) {
    try {
      return createRequire(base).resolve(id);
    } catch {
      // try the next place
    }
  }
  return undefined;
}

/** The flat config the CLI lints with: the TS parser for TS files (when there is one) and `recommended`. */
function cliConfig(recommended: unknown, parser: unknown): unknown[] {
  return [
    ...(parser
      ? [{ files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } }]
      : []),
    { files: ['**/*.{js,jsx,mjs}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
    recommended,
  ];
}

/**
 * The ESLint options of a run on one thread and of the options module worker threads load
 * (`dist/eslint-options.mjs`): `cliConfig`, and nothing of the user's, inline config included. An
 * `eslint-disable` comment (or an inline rule config) turned the rules off for a 1.x use, so the
 * file was reported clean and `--fix` moved package.json to 2.0 under it. With inline config off,
 * ESLint reads no directive at all, so none is reported unused or unknown either.
 */
export function cliOptions(cwd: string, fix: boolean, parser: unknown): Record<string, unknown> {
  return {
    cwd,
    overrideConfigFile: true,
    overrideConfig: cliConfig(plugin.configs.recommended, parser),
    allowInlineConfig: false,
    fix,
    errorOnUnmatchedPattern: false,
  };
}

/** `--concurrency`: worker threads (ESLint ≥ 9.34), none, or as many cores as pay off. */
export type Concurrency = number | 'off' | 'auto';

export interface Linter {
  version: string;
  concurrency: number | 'off';
  lint(files: string[]): Promise<LintResult[]>;
}

/**
 * The user's own ESLint (or this package's peer), in flat mode, with the plugin's recommended
 * config and no config of the user's. On ESLint ≥ 9.34 it can lint on worker threads (`concurrency`;
 * `auto` uses every core on more than two cores and many files): worker threads need
 * cloneable options, so the instance comes from an options module (`dist/eslint-options.mjs`)
 * that each worker loads itself.
 */
export async function createLinter(cwd: string, fix: boolean, fileCount: number, concurrency: Concurrency = 'auto'): Promise<Linter> {
  const eslintPath = resolveFrom(cwd, 'eslint');
  if (!eslintPath) throw new CliError('ESLint is not installed: run `npm install --save-dev eslint` first.');
  const eslintModule = (await import(pathToFileURL(eslintPath).href)) as {
    loadESLint?: (options: { useFlatConfig: boolean }) => Promise<ESLintClass>;
    ESLint: ESLintClass;
  };
  const ESLint = eslintModule.loadESLint ? await eslintModule.loadESLint({ useFlatConfig: true }) : eslintModule.ESLint;
  const parserPath = resolveFrom(cwd, '@typescript-eslint/parser');
  const cores = availableParallelism();
  const [major = 0, minor = 0] = ESLint.version.split('.').map(Number);
  // Worker threads pay for themselves only on many files and more than two cores: on two, two
  // workers linted the 2,232-file benchmark corpus no faster than one thread (24.6 s against 23.9 s),
  // and ESLint warns of poor concurrency.
  const workers = concurrency === 'auto' ? (cores > 2 && fileCount >= cores * minFilesPerWorker ? cores : 0) : concurrency === 'off' ? 0 : concurrency;
  const parallel = ESLint.fromOptionsModule && workers > 0 && fileCount > 0 && (major > 9 || (major === 9 && minor >= 34));
  if (parallel) {
    const options = new URL(pathToFileURL(join(__dirname, '..', '..', 'eslint-options.mjs')).href);
    options.searchParams.set('cwd', cwd);
    options.searchParams.set('fix', fix ? '1' : '0');
    options.searchParams.set('concurrency', String(workers));
    if (parserPath) options.searchParams.set('parser', pathToFileURL(parserPath).href);
    const eslint = await ESLint.fromOptionsModule!(options);
    return { version: ESLint.version, concurrency: workers, lint: (files) => eslint.lintFiles(files) };
  }
  const parser = parserPath ? ((await import(pathToFileURL(parserPath).href)) as { default?: unknown }) : undefined;
  const eslint = new ESLint(cliOptions(cwd, fix, parser?.default ?? parser));
  return { version: ESLint.version, concurrency: 'off', lint: (files) => eslint.lintFiles(files) };
}

/**
 * Why ESLint did not lint the file of `result`, in its words ('File ignored because …'), or
 * undefined when it did. With neither the user's config nor inline config, a problem without a
 * rule is a parsing error (fatal) or this: ESLint's answer for a file it ignores, not a lint.
 */
export function notLinted(result: LintResult): string | undefined {
  const ignored = result.messages.find((message) => message.ruleId === null && !message.fatal);
  return ignored?.message.split('. ')[0]!.replace(/\.$/, '');
}

/** An error the CLI reports as one clear line, never as a stack trace. */
export class CliError extends Error {}

