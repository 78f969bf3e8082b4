// The packed plugin in oxlint, through its JS plugins (`jsPlugins` in `.oxlintrc.json`), which run
// ESLint plugins on oxlint's own parser and scope analysis. What oxlint does not give a plugin, and
// what the plugin therefore does without there:
// - parser services: `context.sourceCode.parserServices` is an empty object, so there is no typed
//   linting; the rules fall back to syntactic detection (src/utils/typed.ts) and never throw;
// - multipass fixing: one `oxlint --fix` applies one pass of non-overlapping fixes, so it is run
//   until nothing changes, where ESLint loops by itself (up to 10 passes).
import { spawnSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeConsumer, packedPlugin, repoRoot, type Consumer } from './support/consumer.js';
import {
  flatConfigMjs,
  legacyExpected,
  legacyInput,
  legacyReports,
  manualReports,
  readFiles,
} from './support/legacy-project.js';

const editorFixtures = join(repoRoot, 'tests', 'e2e', 'fixtures', 'editor');
const legacyPaths = Object.keys(legacyInput);

/** The plugin's recommended rules (and severities), as the packed package declares them. */
function recommendedRules(): Record<string, string> {
  const plugin = createRequire(join(packedPlugin(), 'package.json'))('./') as { configs: { recommended: { rules: Record<string, string> } } };
  return plugin.configs.recommended.rules;
}

/** `.oxlintrc.json`: the plugin from node_modules, and the rules of its recommended config. */
function oxlintConfig(): string {
  const config = {
    $schema: './node_modules/oxlint/configuration_schema.json',
    jsPlugins: ['eslint-plugin-abstractllm'],
    // Only this plugin's rules: oxlint's default rules would report on (and fix) the set too.
    categories: { correctness: 'off' },
    rules: recommendedRules(),
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** A consumer project with oxlint and ESLint 10 side by side, configured alike. */
function oxlintConsumer(name: string, files: Record<string, string>): Consumer {
  return makeConsumer(name, {
    eslint: 10,
    dependencies: ['oxlint', '@typescript-eslint/parser'],
    files: { ...files, '.oxlintrc.json': oxlintConfig(), 'eslint.config.mjs': flatConfigMjs },
  });
}

/** A report as both linters can state it: `file:line:column severity ruleId: message`. */
type Report = string;
const byPosition = (reports: Report[]) => reports.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

interface OxlintRun {
  status: number | null;
  stderr: string;
  reports: Report[];
}

/** Runs the project's oxlint with `--format json` on the given paths. */
function oxlint(consumer: Consumer, args: readonly string[], paths: readonly string[]): OxlintRun {
  const run = spawnSync(process.execPath, [join(consumer.dir, 'node_modules', 'oxlint', 'bin', 'oxlint'), ...args, '--format', 'json', ...paths], {
    cwd: consumer.dir,
    encoding: 'utf8',
  });
  let output: { diagnostics: { code: string; message: string; severity: string; filename: string; labels: { span: { line: number; column: number } }[] }[] };
  try {
    output = JSON.parse(run.stdout) as typeof output;
  } catch {
    throw new Error(`oxlint ${args.join(' ')} exited ${run.status} without JSON:\n${run.stdout}\n${run.stderr}`);
  }
  return {
    status: run.status,
    stderr: run.stderr,
    reports: byPosition(
      output.diagnostics.map((diagnostic) => {
        // oxlint names a JS plugin's rule `plugin(rule)`; ESLint names it `plugin/rule`.
        const ruleId = diagnostic.code.replace(/^(.+)\((.+)\)$/, '$1/$2');
        const { line, column } = diagnostic.labels[0]!.span;
        return `${diagnostic.filename}:${line}:${column} ${diagnostic.severity} ${ruleId}: ${diagnostic.message}`;
      }),
    ),
  };
}

/** The same reports from the project's ESLint 10. */
function eslintReports(consumer: Consumer, paths: readonly string[]): Report[] {
  const run = consumer.eslint(['--format', 'json', ...paths]);
  const results = JSON.parse(run.stdout) as {
    filePath: string;
    messages: { ruleId: string; severity: 1 | 2; message: string; line: number; column: number }[];
  }[];
  // ESLint reports real paths; the temp dir may be a symlink (macOS /var).
  const root = realpathSync(consumer.dir);
  return byPosition(
    results.flatMap((result) =>
      result.messages.map(
        (m) =>
          `${relative(root, result.filePath).split(sep).join('/')}:${m.line}:${m.column} ` +
          `${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId}: ${m.message}`,
      ),
    ),
  );
}

/** `file:line:column severity ruleId`: a report without its message (legacy-project.ts' form, less the message id). */
const located = (report: Report) => report.slice(0, report.indexOf(': '));
const withoutMessageId = (report: string) => report.slice(0, report.lastIndexOf(' '));

/**
 * Runs `oxlint --fix` until a run changes no file (at most `limit` runs), and returns how many
 * runs changed something.
 */
function fixUntilStable(consumer: Consumer, paths: readonly string[], limit = 10): number {
  let before = readFiles(consumer, paths);
  for (let run = 0; run < limit; run++) {
    const fix = oxlint(consumer, ['--fix'], paths);
    expect(fix.stderr).toBe('');
    const after = readFiles(consumer, paths);
    if (JSON.stringify(after) === JSON.stringify(before)) return run;
    before = after;
  }
  throw new Error(`oxlint --fix still changed files after ${limit} runs`);
}

describe('oxlint JS plugins', () => {
  it('load the packed plugin with only the light @typescript-eslint entry points (no TypeScript, no parser)', () => {
    // Every module file outside the plugin that loading it reads, as a path below node_modules.
    // (Module paths in require.cache are real paths.)
    const plugin = JSON.stringify(realpathSync(packedPlugin()));
    const script = `require(${plugin});
      const files = Object.keys(require.cache).filter((file) => !file.startsWith(${plugin}));
      console.log(JSON.stringify(files.map((file) => file.split(/[\\\\/]node_modules[\\\\/]/).pop().split('\\\\').join('/'))));`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: packedPlugin(), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const files = JSON.parse(run.stdout) as string[];
    const packages = new Set(files.map((file) => file.split('/').slice(0, 2).join('/')));
    expect([...packages].sort()).toEqual(['@typescript-eslint/types', '@typescript-eslint/utils']);
    // From `@typescript-eslint/utils`, the `eslint-utils` entry, not its index: that one loads the
    // TypeScript parser and TypeScript itself.
    expect(files.filter((file) => file.startsWith('@typescript-eslint/utils/') && !file.startsWith('@typescript-eslint/utils/dist/eslint-utils/'))).toEqual([]);
  });

  describe('on the legacy set', () => {
    let consumer: Consumer;
    beforeAll(() => {
      consumer = oxlintConsumer('oxlint-legacy', legacyInput);
    });

    it('report what ESLint 10 reports: the same rules, positions, severities and messages', () => {
      const run = oxlint(consumer, [], legacyPaths);
      expect(run.stderr).toBe('');
      expect(run.reports).toEqual(eslintReports(consumer, legacyPaths));
      expect(run.reports.map(located)).toEqual(byPosition(legacyReports.map(withoutMessageId)));
      expect(run.status).toBe(1);
    });

    it('oxlint --fix, repeated until nothing changes, writes the text ESLint 10 --fix writes', () => {
      const changingRuns = fixUntilStable(consumer, legacyPaths);
      expect(readFiles(consumer, legacyPaths)).toEqual(legacyExpected);
      // One pass a run: the import moves, then the Session uses (MIGRATION.md D6: at most 3 passes).
      expect(changingRuns).toBeGreaterThan(1);
      expect(changingRuns).toBeLessThanOrEqual(3);
      const left = oxlint(consumer, [], legacyPaths);
      expect(left.reports).toEqual(eslintReports(consumer, legacyPaths));
      expect(left.reports.map(located)).toEqual(byPosition(manualReports.map(withoutMessageId)));
    });
  });

  it('honour eslint-disable comments for the plugin rules as ESLint does', () => {
    const file = 'disabled.ts';
    const consumer = oxlintConsumer('oxlint-disable', {
      [file]: [
        '// eslint-disable-next-line abstractllm/no-deprecated-imports',
        "import { Session } from 'abstractllm';",
        "import { HierarchicalMemory } from 'abstractllm/memory';",
        '',
        'export { Session, HierarchicalMemory };',
        '',
      ].join('\n'),
    });
    const run = oxlint(consumer, [], [file]);
    expect(run.reports).toEqual([
      "disabled.ts:3:10 error abstractllm/no-deprecated-imports: 'HierarchicalMemory' from 'abstractllm/memory' is 'TemporalMemory' from 'abstractmemory' in abstractllm 2.0.",
    ]);
    expect(run.reports).toEqual(eslintReports(consumer, [file]));
  });

  it('offer the Session.load suggestion, which only --fix-suggestions applies', () => {
    const file = 'resume.ts';
    const consumer = oxlintConsumer('oxlint-suggestion', { [file]: readFileSync(join(editorFixtures, 'input', file), 'utf8') });
    fixUntilStable(consumer, [file]);
    const fixed = consumer.read(file);
    expect(fixed).toContain('const session = Agent.load(path);');
    expect(oxlint(consumer, [], [file]).reports).toEqual([
      "resume.ts:5:19 error abstractllm/no-deprecated-session: `Agent.load(path)` has no 2.0 equivalent: create `new Agent({ llmConfig: { provider: 'ollama' } })` and call `.loadState(path)` on it.",
    ]);
    // `--fix` never applies a suggestion; `--fix-suggestions` applies every one offered.
    const suggested = oxlint(consumer, ['--fix-suggestions'], [file]);
    expect(suggested.stderr).toBe('');
    expect(consumer.read(file)).toBe(readFileSync(join(editorFixtures, 'expected', file), 'utf8'));
    expect(suggested.reports).toEqual([]);
  });
});
