// The packed plugin in an editor: the real VS Code ESLint language server
// (`vscode-eslint-language-server` of vscode-langservers-extracted), driven over stdio by the
// small LSP client in support/lsp-client.ts as VS Code drives it: the same initialize
// capabilities, the settings VS Code's ESLint extension answers `workspace/configuration` with,
// pull diagnostics, quick fixes run as `eslint.applySingleFix` / `eslint.applySuggestion` commands
// (the server sends the edit back as `workspace/applyEdit`), and fix-on-save as the
// `source.fixAll.eslint` code action.
//
// The server (vscode-eslint 3.x) creates its ESLint through `loadESLint({ useFlatConfig })`, which
// ESLint 8.57, 9 and 10 all have (and it knows ESLint 10 is flat-config only), so it drives every
// ESLint the plugin supports; each runs the same scenarios on a flat config.
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsUrl } from '../../src/create-rule.js';
import { makeConsumer, repoRoot, type Consumer } from './support/consumer.js';
import { flatConfigMjs, legacyExpected, legacyInput } from './support/legacy-project.js';
import { Editor, type Diagnostic } from './support/vscode-eslint.js';

/**
 * The quick fix and suggestion scenario (tests/e2e/fixtures/editor): `const session =
 * Session.load(path)`, which the legacy set has only in a CommonJS script, and its text once the
 * import is fixed and the suggestion applied.
 */
const editorFixtures = join(repoRoot, 'tests', 'e2e', 'fixtures', 'editor');
const editorFile = 'resume.ts';
const legacyPaths = Object.keys(legacyInput);

/** A diagnostic as the server must make it from an ESLint message (1-based lines and columns). */
function diagnosticOf(message: EslintMessage): Diagnostic {
  return {
    range: {
      start: { line: message.line - 1, character: message.column - 1 },
      end: { line: message.endLine - 1, character: message.endColumn - 1 },
    },
    message: message.message,
    severity: message.severity === 2 ? 1 : 2,
    source: 'eslint',
    code: message.ruleId,
    codeDescription: { href: docsUrl(message.ruleId.replace('abstractllm/', '')) },
  };
}

interface EslintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

interface EslintResult {
  messages: EslintMessage[];
  /** The fixed text, with `--fix-dry-run` (absent when nothing changed). */
  output?: string;
}

/** The ESLint CLI's JSON results for the legacy set, by path relative to the project. */
function eslintResults(consumer: Consumer, args: readonly string[]): Record<string, EslintResult> {
  const run = consumer.eslint([...args, '--format', 'json', ...legacyPaths]);
  const results = JSON.parse(run.stdout) as (EslintResult & { filePath: string })[];
  expect(results.length, run.stderr).toBe(legacyPaths.length);
  // ESLint reports real paths; the temp dir may be a symlink (macOS /var).
  const root = realpathSync(consumer.dir);
  return Object.fromEntries(legacyPaths.map((path) => [path, results.find((result) => result.filePath === join(root, path))!]));
}

describe.each([8, 9, 10] as const)('the VS Code ESLint language server on ESLint %i', (eslint) => {
  let consumer: Consumer;
  let editor: Editor | undefined;

  beforeAll(async () => {
    consumer = makeConsumer(`editor-eslint${eslint}`, {
      eslint,
      files: {
        'eslint.config.mjs': flatConfigMjs,
        ...legacyInput,
        [editorFile]: readFileSync(join(editorFixtures, 'input', editorFile), 'utf8'),
      },
      dependencies: ['@typescript-eslint/parser'],
    });
    editor = await Editor.start(consumer.dir);
  });

  afterAll(async () => {
    await editor?.stop();
  });

  it('reports on every file of the legacy set exactly what the ESLint CLI reports, with the rule docs linked', async () => {
    const cli = eslintResults(consumer, []);
    for (const path of legacyPaths) {
      const document = editor!.open(path);
      expect(await editor!.diagnostics(document), path).toEqual(cli[path]!.messages.map(diagnosticOf));
      editor!.close(document);
    }
    // The set does exercise the plugin: every rule reports somewhere.
    const rules = new Set(Object.values(cli).flatMap((result) => result.messages.map((message) => message.ruleId)));
    expect([...rules].sort()).toEqual([
      'abstractllm/no-compat-layer',
      'abstractllm/no-deprecated-imports',
      'abstractllm/no-deprecated-memory',
      'abstractllm/no-deprecated-session',
    ]);
    expect(editor!.client.unhandledRequests).toEqual([]);
  });

  it('quick-fixes the Session import, then offers the Session.load suggestion, which applies cleanly', async () => {
    const document = editor!.open(editorFile);
    const importProblem: Diagnostic = {
      range: { start: { line: 1, character: 9 }, end: { line: 1, character: 16 } },
      message: "'Session' from 'abstractllm' is 'Agent' from 'abstractagent' in abstractllm 2.0.",
      severity: 1,
      source: 'eslint',
      code: 'abstractllm/no-deprecated-imports',
      codeDescription: { href: docsUrl('no-deprecated-imports') },
    };
    const loadRange = { start: { line: 4, character: 18 }, end: { line: 4, character: 30 } };
    expect(await editor!.diagnostics(document)).toEqual([
      importProblem,
      {
        range: loadRange,
        message:
          '`Session.load(path)` has no 2.0 equivalent (create an `Agent`, then `.loadState(path)`). Migrate the import first (abstractllm/no-deprecated-imports).',
        severity: 1,
        source: 'eslint',
        code: 'abstractllm/no-deprecated-session',
        codeDescription: { href: docsUrl('no-deprecated-session') },
      },
    ]);

    const importFixes = await editor!.quickFixes(document, importProblem);
    expect(importFixes.map((action) => action.title)).toEqual([
      'Fix this abstractllm/no-deprecated-imports problem',
      'Disable abstractllm/no-deprecated-imports for this line',
      'Disable abstractllm/no-deprecated-imports for the entire file',
      'Show documentation for abstractllm/no-deprecated-imports',
      'Fix all auto-fixable problems',
    ]);
    await editor!.run(importFixes[0]!);
    expect(document.text).toBe(
      [
        '// Resumes a saved conversation: the editor test\'s quick fix, then its `Session.load` suggestion.',
        "import { Agent } from 'abstractagent';",
        '',
        'export function resume(path: string) {',
        '  const session = Agent.load(path);',
        '  return session;',
        '}',
        '',
      ].join('\n'),
    );

    // Once the class is the 2.0 Agent, `.load` is reported with a suggestion (MIGRATION.md E).
    const loadProblem: Diagnostic = {
      range: { start: loadRange.start, end: { line: 4, character: 28 } },
      message: "`Agent.load(path)` has no 2.0 equivalent: create `new Agent({ llmConfig: { provider: 'ollama' } })` and call `.loadState(path)` on it.",
      severity: 1,
      source: 'eslint',
      code: 'abstractllm/no-deprecated-session',
      codeDescription: { href: docsUrl('no-deprecated-session') },
    };
    expect(await editor!.diagnostics(document)).toEqual([loadProblem]);
    const loadFixes = await editor!.quickFixes(document, loadProblem);
    // A suggestion, never an autofix: the rewrite changes what the statement is.
    expect(loadFixes.map((action) => [action.title, action.command?.command])).toEqual([
      ['Create the Agent, then call `.loadState(…)` on it. (abstractllm/no-deprecated-session)', 'eslint.applySuggestion'],
      ['Disable abstractllm/no-deprecated-session for this line', 'eslint.applyDisableLine'],
      ['Disable abstractllm/no-deprecated-session for the entire file', 'eslint.applyDisableFile'],
      ['Show documentation for abstractllm/no-deprecated-session', 'eslint.openRuleDoc'],
    ]);
    await editor!.run(loadFixes[0]!);
    expect(document.text).toBe(readFileSync(join(editorFixtures, 'expected', editorFile), 'utf8'));
    expect(await editor!.diagnostics(document)).toEqual([]);
    editor!.close(document);
  });

  it('fixes on save (source.fixAll.eslint) to the text `eslint --fix` writes', async () => {
    const cli = eslintResults(consumer, ['--fix-dry-run']);
    for (const path of legacyPaths) {
      const document = editor!.open(path);
      await editor!.diagnostics(document);
      await editor!.save(document);
      expect(document.text, path).toBe(cli[path]!.output ?? legacyInput[path]);
      expect(document.text, path).toBe(legacyExpected[path]);
      editor!.close(document);
    }
  });
});
