// The legacy source set (tests/e2e/fixtures/legacy) as a consumer project of a real ESLint client:
// its files before and after `eslint --fix`, the reports ESLint must make on it, and one shared
// suite that every client runs, so that each ESLint version and config style is held to exactly
// the same expectations.
import { readFileSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Consumer, type ConsumerOptions, makeConsumer, repoRoot } from './consumer.js';

export const legacyFixtureDir = join(repoRoot, 'tests', 'e2e', 'fixtures', 'legacy');

/** Every file under `dir`, by its `/`-separated path relative to `dir`. */
export function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path).split(sep).join('/')] = readFileSync(path, 'utf8');
  }
  return files;
}

/** The 1.x sources, and their exact text after `eslint --fix`. */
export const legacyInput = readTree(join(legacyFixtureDir, 'input'));
export const legacyExpected = readTree(join(legacyFixtureDir, 'expected'));

/** The file of the set that is already 2.0 code. */
export const migratedFile = 'src/agent.ts';

/**
 * The reports of `configs.recommended` on `input/`, one a string:
 * `file:line:column severity ruleId messageId`.
 */
export const legacyReports = [
  'scripts/summarize.cjs:4:9 error abstractllm/no-deprecated-imports movedExport',
  'scripts/summarize.cjs:5:31 error abstractllm/no-deprecated-imports movedModule',
  'scripts/summarize.cjs:6:32 warning abstractllm/no-compat-layer compatImport',
  'scripts/summarize.cjs:8:1 warning abstractllm/no-compat-layer compatSetup',
  'scripts/summarize.cjs:11:19 error abstractllm/no-deprecated-session loadBeforeImport',
  'scripts/summarize.cjs:12:23 error abstractllm/no-deprecated-session legacyMemberBeforeImport',
  'src/components/ChatPanel.tsx:2:10 error abstractllm/no-deprecated-imports renameBlocked',
  'src/components/ChatPanel.tsx:5:17 error abstractllm/no-deprecated-session legacyOptionsBeforeImport',
  'src/components/ChatPanel.tsx:10:8 error abstractllm/no-deprecated-session legacyMemberBeforeImport',
  'src/components/ChatPanel.tsx:13:30 error abstractllm/no-deprecated-imports unmigratableUse',
  'src/memory.ts:2:10 error abstractllm/no-deprecated-imports movedExport',
  'src/memory.ts:3:30 error abstractllm/no-deprecated-imports movedModule',
  'src/memory.ts:8:3 error abstractllm/no-deprecated-memory removedMember',
  'src/routes/chat.ts:2:10 error abstractllm/no-deprecated-imports movedExport',
  'src/routes/chat.ts:4:10 error abstractllm/no-deprecated-imports movedExport',
  'src/routes/chat.ts:6:17 error abstractllm/no-deprecated-session legacyOptionsBeforeImport',
  'src/routes/chat.ts:18:23 error abstractllm/no-deprecated-session legacyMemberBeforeImport',
  'src/routes/chat.ts:19:3 error abstractllm/no-deprecated-session legacyMemberBeforeImport',
  'src/routes/chat.ts:20:43 error abstractllm/no-deprecated-session legacyMemberBeforeImport',
  'src/tools.js:2:20 error abstractllm/no-deprecated-imports movedExport',
  'src/tools.js:2:35 error abstractllm/no-deprecated-imports movedExport',
  'src/tools.js:3:28 error abstractllm/no-deprecated-imports movedModule',
  'src/tools.js:9:35 error abstractllm/no-deprecated-imports movedModule',
];

/**
 * What `--fix` leaves for a person: `Agent.load`, `addToWorkingMemory`, the compatibility layer,
 * and ChatPanel, which hands the `Session` class to a component (`classes={{ Session }}`), so its
 * rename waits (D7) and its uses stay reported.
 */
export const manualReports = [
  'scripts/summarize.cjs:6:32 warning abstractllm/no-compat-layer compatImport',
  'scripts/summarize.cjs:8:1 warning abstractllm/no-compat-layer compatSetup',
  'scripts/summarize.cjs:11:19 error abstractllm/no-deprecated-session load',
  'src/components/ChatPanel.tsx:2:10 error abstractllm/no-deprecated-imports renameBlocked',
  'src/components/ChatPanel.tsx:5:17 error abstractllm/no-deprecated-session legacyOptionsBeforeImport',
  'src/components/ChatPanel.tsx:10:8 error abstractllm/no-deprecated-session legacyMemberBeforeImport',
  'src/components/ChatPanel.tsx:13:30 error abstractllm/no-deprecated-imports unmigratableUse',
  'src/memory.ts:8:3 error abstractllm/no-deprecated-memory removedMember',
];

// The config a project of each kind writes: the recommended config, and typescript-eslint's
// parser for TS and TSX (ESLint's own parser reads the JS and CommonJS files).

/** ESLint 8 (and 9 with ESLINT_USE_FLAT_CONFIG=false): `.eslintrc.cjs`. */
export const eslintrcConfig = `module.exports = {
  root: true,
  parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
  env: { es2022: true, node: true },
  extends: ['plugin:abstractllm/legacy-recommended'],
  overrides: [
    { files: ['*.ts', '*.tsx'], parser: '@typescript-eslint/parser' },
    { files: ['*.cjs'], parserOptions: { sourceType: 'script' } },
  ],
};
`;

/** Flat config loaded by `import`: `eslint.config.mjs`. */
export const flatConfigMjs = `import abstractllm from 'eslint-plugin-abstractllm';
import tsParser from '@typescript-eslint/parser';

export default [
  { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser } },
  abstractllm.configs.recommended,
];
`;

/** Flat config loaded by `require`: `eslint.config.cjs`. */
export const flatConfigCjs = `const abstractllm = require('eslint-plugin-abstractllm');
const tsParser = require('@typescript-eslint/parser');

module.exports = [
  { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser } },
  abstractllm.configs.recommended,
];
`;

/** One `eslint … --format json` run, as the tests compare it. */
export interface LintRun {
  status: number | null;
  stderr: string;
  /** The files ESLint linted, relative to the project, sorted. */
  linted: string[];
  /** `file:line:column severity ruleId messageId`, sorted by file, then position. */
  reports: string[];
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; messageId?: string; message: string; severity: 1 | 2; line: number; column: number; fatal?: boolean }[];
}

/**
 * Runs the consumer's ESLint with `--format json` and reads its results. A parse error (no rule
 * id) shows as `fatal: <message>`, so a client that cannot parse a file fails with the reason.
 */
export async function lintJson(consumer: Consumer, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<LintRun> {
  const run = await consumer.eslintAsync([...args, '--format', 'json'], env);
  let results: JsonResult[];
  try {
    results = JSON.parse(run.stdout) as JsonResult[];
  } catch {
    throw new Error(`eslint ${args.join(' ')} exited ${run.status} without JSON:\n${run.stdout}\n${run.stderr}`);
  }
  // ESLint reports real paths; the project may sit under a symlinked temp dir (macOS /var).
  const root = realpathSync(consumer.dir);
  const file = (path: string) => relative(root, realpathSync(path)).split(sep).join('/');
  const byPath = [...results].sort((a, b) => (file(a.filePath) < file(b.filePath) ? -1 : 1));
  return {
    status: run.status,
    stderr: run.stderr,
    linted: byPath.map((result) => file(result.filePath)),
    reports: byPath.flatMap((result) =>
      result.messages.map(
        (m) =>
          `${file(result.filePath)}:${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ` +
          (m.ruleId ? `${m.ruleId} ${m.messageId ?? `(no messageId) ${m.message}`}` : `fatal: ${m.message}`),
      ),
    ),
  };
}

/** The text of each of `paths` in the project. */
export function readFiles(consumer: Consumer, paths: readonly string[]): Record<string, string> {
  return Object.fromEntries(paths.map((path) => [path, consumer.read(path)]));
}

export interface LegacyClient extends Omit<ConsumerOptions, 'files'> {
  /** The consumer project's name (its folder in the temp dir): unique in the e2e suite. */
  name: string;
  /** The project's files besides the source set, by path: its ESLint config, and any extra source. */
  files: Record<string, string>;
  /** Extra ESLint arguments for every run (`--concurrency=2`, `--cache`). */
  args?: string[];
  env?: NodeJS.ProcessEnv;
  /** Reports other plugins of the config make on the input, besides ours (none by default). */
  otherReports?: { before: string[]; after: string[] };
  /** What this client may print on stderr, line by line (e.g. ESLint 9's eslintrc deprecation warning). */
  stderr?: RegExp;
}

export interface LegacyMigration {
  consumer: Consumer;
  /** The three runs: lint the input, `--fix` it, and `--fix` again. */
  lint: LintRun;
  fix: LintRun;
  refix: LintRun;
  /** The project's files after each `--fix`. */
  afterFix: Record<string, string>;
  afterRefix: Record<string, string>;
}

/** Makes the client's project from `input/` and runs the three ESLint runs the suite asserts on. */
export async function runLegacyMigration(client: LegacyClient): Promise<LegacyMigration> {
  const consumer = makeConsumer(client.name, {
    eslint: client.eslint,
    dependencies: client.dependencies,
    files: { ...legacyInput, ...client.files },
  });
  const args = ['.', ...(client.args ?? [])];
  const paths = Object.keys(legacyInput);
  const lint = await lintJson(consumer, args, client.env);
  const fix = await lintJson(consumer, [...args, '--fix'], client.env);
  const afterFix = readFiles(consumer, paths);
  const refix = await lintJson(consumer, [...args, '--fix'], client.env);
  const afterRefix = readFiles(consumer, paths);
  return { consumer, lint, fix, refix, afterFix, afterRefix };
}

/** The stderr lines a client printed that it may not print. */
export function unexpectedStderr(stderr: string, allowed?: RegExp): string[] {
  return stderr.split('\n').filter((line) => line.trim() !== '' && !allowed?.test(line));
}

/**
 * The suite every ESLint client runs on the legacy source set: the exact reports, the exact
 * `--fix` result, a second `--fix` that changes nothing, and 2.0 code left alone.
 */
export function describeLegacyMigration(
  title: string,
  client: LegacyClient,
  /** Registers the client's own tests in the same describe block, on the same runs. */
  moreTests?: (migration: () => LegacyMigration) => void,
): void {
  describe(title, () => {
    const migration = startEarly(() => runLegacyMigration(client));
    let run: LegacyMigration;
    beforeAll(async () => {
      run = await migration;
    });
    const sorted = (reports: string[]) => [...reports].sort(compareReports);
    const before = sorted([...legacyReports, ...(client.otherReports?.before ?? [])]);
    const after = sorted([...manualReports, ...(client.otherReports?.after ?? [])]);
    // Config files (`.eslintrc.cjs` too) are JS sources like any other: linted, and clean.
    const linted = [...Object.keys(legacyInput), ...Object.keys(client.files)].sort();

    it('lints every source of the set and reports each 1.x use (file, position, rule, message id)', () => {
      expect(run.lint.linted).toEqual(linted);
      expect(run.lint.reports).toEqual(before);
      expect(run.lint.status).toBe(1);
      expect(unexpectedStderr(run.lint.stderr, client.stderr)).toEqual([]);
    });

    it('--fix writes exactly the expected 2.0 text, and reports only what needs a person', () => {
      expect(run.afterFix).toEqual(legacyExpected);
      expect(run.fix.reports).toEqual(after);
      // Errors remain (`Agent.load`, `addToWorkingMemory`): CI stays red until a person acts.
      expect(run.fix.status).toBe(1);
      expect(unexpectedStderr(run.fix.stderr, client.stderr)).toEqual([]);
    });

    it('a second --fix changes nothing and reports the same manual items', () => {
      expect(run.afterRefix).toEqual(run.afterFix);
      expect(run.refix.reports).toEqual(after);
      expect(run.refix.status).toBe(1);
    });

    it('leaves the already-migrated file untouched and unreported', () => {
      expect(run.afterRefix[migratedFile]).toBe(legacyInput[migratedFile]);
      expect(run.lint.reports.filter((report) => report.startsWith(`${migratedFile}:`))).toEqual([]);
    });

    moreTests?.(() => run);
  });
}

/**
 * Starts `work` now, as the test file is collected, instead of in its `beforeAll`: the clients of
 * one file then lint at the same time (vitest runs the hooks of a file one after the other). The
 * `beforeAll` that awaits the promise reports its failure.
 */
export function startEarly<T>(work: () => Promise<T>): Promise<T> {
  const started = work();
  started.catch(() => undefined); // handled by the awaiting hook, not an unhandled rejection
  return started;
}

/** Orders reports as ESLint's JSON does: by file, then line, then column. */
function compareReports(a: string, b: string): number {
  const parse = (report: string) => {
    const [file = '', line = '0', column = '0'] = report.split(' ', 1)[0]!.split(':');
    return { file, line: Number(line), column: Number(column) };
  };
  const x = parse(a);
  const y = parse(b);
  return x.file === y.file ? x.line - y.line || x.column - y.column : x.file < y.file ? -1 : 1;
}
