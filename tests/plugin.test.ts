import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const ruleNames = Object.keys(plugin.rules);
const expectedSeverity = (name: string): string => (name === 'no-compat-layer' ? 'warn' : 'error');

describe('the plugin object', () => {
  it('names itself after the package, with the abstractllm namespace', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: 'abstractllm' });
  });

  it('configs.recommended is a flat config that enables exactly the rules of the plugin', () => {
    const config = plugin.configs.recommended;
    expect(config.name).toBe('abstractllm/recommended');
    expect(config.files).toEqual(['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}']);
    expect(config.plugins?.abstractllm).toBe(plugin);
    expect(config.rules).toEqual(Object.fromEntries(ruleNames.map((name) => [`abstractllm/${name}`, expectedSeverity(name)])));
  });

  it("configs['legacy-recommended'] is the same set of rules in eslintrc form", () => {
    const config = plugin.configs['legacy-recommended'];
    expect(config.plugins).toEqual(['abstractllm']);
    expect(config.rules).toEqual(plugin.configs.recommended.rules);
  });

  describe.each(ruleNames)('rule %s', (name) => {
    const rule = plugin.rules[name as keyof typeof plugin.rules];
    it('has its doc page, its test file and a docs.url pointing at the page', () => {
      expect(rule.meta.docs?.url).toBe(`https://github.com/abstractllm/eslint-plugin-abstractllm/blob/main/docs/rules/${name}.md`);
      expect(existsSync(join(root, 'docs/rules', `${name}.md`))).toBe(true);
      expect(existsSync(join(root, 'tests/rules', `${name}.test.ts`))).toBe(true);
    });
    it('declares messages, a schema and its fixes honestly', () => {
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      expect(rule.meta.schema).toEqual([]);
      expect(rule.defaultOptions).toEqual([]);
      // Written out per rule: an autofix or a suggestion a rule never offers must not be declared.
      const declared = { fixable: rule.meta.fixable, hasSuggestions: rule.meta.hasSuggestions ?? false };
      expect(declared).toEqual(
        {
          'no-compat-layer': { fixable: undefined, hasSuggestions: true },
          'no-deprecated-imports': { fixable: 'code', hasSuggestions: false },
          'no-deprecated-memory': { fixable: undefined, hasSuggestions: false },
          'no-deprecated-session': { fixable: 'code', hasSuggestions: true },
        }[name],
      );
    });
  });
});

describe('the built package', () => {
  // `npm test` builds dist/ before vitest runs.
  const cjs = require(join(root, 'dist/index.cjs')) as typeof plugin;

  it('require() and import() give the same plugin object', async () => {
    const esm = (await import(join(root, 'dist/index.mjs'))) as { default: typeof plugin };
    expect(esm.default).toBe(cjs);
    expect(Object.keys(cjs.rules)).toEqual(ruleNames);
  });

  it('a flat config that loads the package both ways meets one plugin (ESLint 10)', async () => {
    const { Linter } = await import('eslint');
    const esm = ((await import(join(root, 'dist/index.mjs'))) as { default: typeof plugin }).default;
    const linter = new Linter();
    const messages = linter.verify(
      "import { runCli } from 'abstractllm/cli';",
      [cjs.configs.recommended, esm.configs.recommended] as never,
      { filename: 'cli.js' },
    );
    expect(messages.map((m) => m.ruleId)).toEqual(['abstractllm/no-deprecated-imports']);
  });

  it('the legacy config works on ESLint 8.57 (eslintrc)', () => {
    const { Linter } = require('eslint8') as typeof import('eslint');
    const linter = new Linter({ configType: 'eslintrc' } as never) as unknown as {
      defineRule(name: string, rule: unknown): void;
      verify(code: string, config: unknown, filename: string): { ruleId: string | null; fix?: unknown }[];
      verifyAndFix(code: string, config: unknown, filename: string): { output: string };
    };
    for (const [name, rule] of Object.entries(cjs.rules)) linter.defineRule(`abstractllm/${name}`, rule);
    const config = { ...cjs.configs['legacy-recommended'], plugins: [], parserOptions: { ecmaVersion: 2022, sourceType: 'module' } };
    const code = "import { HierarchicalMemory } from 'abstractllm/memory';\nnew HierarchicalMemory();\n";
    expect(linter.verify(code, config, 'memory.js').map((m) => m.ruleId)).toEqual(['abstractllm/no-deprecated-imports']);
    expect(linter.verifyAndFix(code, config, 'memory.js').output).toBe(
      "import { TemporalMemory } from 'abstractmemory';\nnew TemporalMemory();\n",
    );
  });

  it('the flat config works on ESLint 9', () => {
    const { Linter } = require('eslint9') as typeof import('eslint');
    const linter = new Linter();
    const code = "const { Session } = require('abstractllm');\nmodule.exports = new Session();\n";
    const result = linter.verifyAndFix(code, [cjs.configs.recommended, { languageOptions: { sourceType: 'commonjs' } }] as never, {
      filename: 'session.cjs',
    });
    expect(result.output).toBe(
      "const { Agent } = require('abstractagent');\nmodule.exports = new Agent({ llmConfig: { provider: 'ollama' } });\n",
    );
    expect(result.messages).toEqual([]);
  });
});
