// ESLint 10: flat config by `import` and by `require`, and together with typescript-eslint's
// recommended config through `defineConfig`; and the CI gate, `eslint --max-warnings 0`.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Consumer, makeConsumer } from './support/consumer.js';
import { describeLegacyMigration, flatConfigCjs, flatConfigMjs, lintJson } from './support/legacy-project.js';

describeLegacyMigration('ESLint 10, eslint.config.mjs', {
  name: 'eslint10-flat-mjs',
  eslint: 10,
  dependencies: ['@typescript-eslint/parser'],
  files: { 'eslint.config.mjs': flatConfigMjs },
});

describeLegacyMigration('ESLint 10, eslint.config.cjs', {
  name: 'eslint10-flat-cjs',
  eslint: 10,
  dependencies: ['@typescript-eslint/parser'],
  files: { 'eslint.config.cjs': flatConfigCjs },
});

describeLegacyMigration("ESLint 10, typescript-eslint's recommended config and ours through defineConfig", {
  name: 'eslint10-typescript-eslint',
  eslint: 10,
  dependencies: ['typescript-eslint'],
  files: {
    'eslint.config.mjs': `import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import abstractllm from 'eslint-plugin-abstractllm';

export default defineConfig(
  tseslint.configs.recommended,
  abstractllm.configs.recommended,
  // CommonJS scripts may require().
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
`,
    // Proof that typescript-eslint's rules run beside ours.
    'src/parse.ts': 'export function parse(text: string): any {\n  return JSON.parse(text);\n}\n',
  },
  otherReports: {
    before: ['src/parse.ts:1:38 error @typescript-eslint/no-explicit-any unexpectedAny'],
    after: ['src/parse.ts:1:38 error @typescript-eslint/no-explicit-any unexpectedAny'],
  },
});

describe('ESLint 10 in CI: eslint --max-warnings 0', () => {
  // 2.0 code that still sets up the compatibility layer: warnings only, which a plain run lets pass.
  let consumer: Consumer;
  beforeAll(() => {
    consumer = makeConsumer('eslint10-max-warnings', {
      eslint: 10,
      files: {
        'eslint.config.mjs': "import abstractllm from 'eslint-plugin-abstractllm';\n\nexport default [abstractllm.configs.recommended];\n",
        'src/main.js': [
          "import { CompatibilityLayer } from 'abstractllm/compat';",
          "import { Agent } from 'abstractagent';",
          '',
          'CompatibilityLayer.setup();',
          "export const agent = new Agent({ llmConfig: { provider: 'ollama' } });",
          '',
        ].join('\n'),
      },
    });
  });

  it('a plain run passes with the compatibility layer warnings', async () => {
    const run = await lintJson(consumer, ['.']);
    expect(run.reports).toEqual([
      'src/main.js:1:1 warning abstractllm/no-compat-layer compatImport',
      'src/main.js:4:1 warning abstractllm/no-compat-layer compatSetup',
    ]);
    expect(run.status).toBe(0);
  });

  it('--max-warnings 0 fails on them', () => {
    const run = consumer.eslint(['.', '--max-warnings', '0']);
    expect(run.stderr).toContain('ESLint found too many warnings (maximum: 0).');
    expect(run.status).toBe(1);
  });
});
