import type { Linter, Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { checkInvariants, FuzzTally, fuzzConfigs, type Verdict } from './invariants.js';

/**
 * A rule that, in a file containing `marker`, reports the program with the fix `fix` returns (or
 * throws). `fix` returns undefined once its work is done, so the fix loop ends (and ESLint does
 * not warn about circular fixes).
 */
function ruleOn(marker: string, fix: ((sourceCode: { text: string; hasBOM: boolean }) => Rule.Fix | undefined) | 'throw' | 'no-fix'): Rule.RuleModule {
  return {
    meta: { type: 'problem', fixable: 'code', schema: [], messages: { broken: 'broken on purpose' } },
    create(context) {
      return {
        Program(node) {
          const { sourceCode } = context;
          if (!sourceCode.text.includes(marker)) return;
          if (fix === 'throw') throw new Error(`the rule broke on ${marker}`);
          if (fix === 'no-fix') return context.report({ node, messageId: 'broken' });
          const edit = fix(sourceCode);
          if (edit) context.report({ node, messageId: 'broken', fix: () => edit });
        },
      };
    },
  };
}

/** Misbehaving rules, under the plugin's own namespace (so their reports count as the plugin's). */
const brokenPlugin = {
  rules: {
    throws: ruleOn('THROW', 'throw'),
    'breaks-syntax': ruleOn('BREAK', () => ({ range: [0, 0], text: ')' })),
    'to-lf': ruleOn('TO_LF', ({ text }) => (text.includes('\r\n') ? { range: [0, text.length], text: text.replaceAll('\r\n', '\n') } : undefined)),
    'adds-bom': ruleOn('ADD_BOM', ({ hasBOM }) => (hasBOM ? undefined : { range: [0, 0], text: '\uFEFF' })),
    'drops-shebang': ruleOn('DROP_SHEBANG', ({ text }) => (text.startsWith('#!') ? { range: [0, text.indexOf('\n')], text: '// no shebang' } : undefined)),
    'imports-twice': ruleOn('DUPLICATE', ({ text }) =>
      text.split("import { a } from 'b';").length === 2 ? { range: [0, 0], text: "import { a } from 'b';\n" } : undefined,
    ),
    'never-done': ruleOn('GROW', ({ text }) => ({ range: [text.length, text.length], text: '\n// GROW' })),
    'reports-all': ruleOn('', 'no-fix'),
  },
};
const brokenConfigs = fuzzConfigs({
  configs: {
    recommended: {
      files: ['**/*.{js,ts}'],
      plugins: { abstractllm: brokenPlugin },
      rules: Object.fromEntries(Object.keys(brokenPlugin.rules).map((name) => [`abstractllm/${name}`, 'error'])),
    } satisfies Linter.Config,
  },
});

const failuresOf = (verdict: Verdict) => (verdict.status === 'checked' ? verdict.failures.map((failure) => failure.invariant) : verdict.status);
// Every input mentions abstractllm except where a test says otherwise, so `reports-all` is fine.
const uses = "import { createLLM } from 'abstractllm';\n";

describe('checkInvariants', () => {
  it('passes the plugin on a 1.x file, with the passes, the report and the change', () => {
    const text = "import { Session } from 'abstractllm';\r\nexport const s = new Session();\r\n";
    const verdict = checkInvariants(`\uFEFF#!/usr/bin/env node\r\n${text}`, 'chat.ts', fuzzConfigs(plugin));
    expect(verdict).toEqual({
      status: 'checked',
      failures: [],
      // The import and its rename first, then the constructor's options (D6).
      passes: 2,
      reported: true,
      changed: true,
      output: "\uFEFF#!/usr/bin/env node\r\nimport { Agent } from 'abstractagent';\r\nexport const s = new Agent({ llmConfig: { provider: 'ollama' } });\r\n",
    });
  });

  it('skips an input that does not parse, with the parse error', () => {
    expect(checkInvariants('const = 1;\n', 'broken.js', fuzzConfigs(plugin))).toEqual({
      status: 'skipped',
      reason: 'the input does not parse: 1:7 Parsing error: Unexpected token =',
    });
  });

  it('reports a rule that throws as a crash', () => {
    const verdict = checkInvariants(`${uses}// THROW\n`, 'a.js', brokenConfigs);
    expect(failuresOf(verdict)).toEqual(['crash']);
    expect(verdict.status === 'checked' && verdict.failures[0]!.detail).toContain('the rule broke on THROW');
  });

  it('reports output that does not parse', () => {
    expect(failuresOf(checkInvariants(`${uses}// BREAK\n`, 'a.js', brokenConfigs))).toEqual(['unparseable-output']);
  });

  it('reports a name a TypeScript output declares twice (which typescript-estree parses)', () => {
    const verdict = checkInvariants(`${uses}import { a } from 'b';\n// DUPLICATE\n`, 'a.ts', brokenConfigs);
    expect(verdict.status === 'checked' && verdict.failures).toEqual([{ invariant: 'duplicate-declaration', detail: "TS2300 Duplicate identifier 'a'." }]);
    // In JavaScript, ESLint's parser rejects it itself.
    expect(failuresOf(checkInvariants(`${uses}import { a } from 'b';\n// DUPLICATE\n`, 'a.js', brokenConfigs))).toEqual(['unparseable-output']);
  });

  it('reports CRLF turned into LF', () => {
    const verdict = checkInvariants(`${uses}// TO_LF\r\nexport {};\r\n`.replace('\n', '\r\n'), 'a.ts', brokenConfigs);
    expect(verdict.status === 'checked' && verdict.failures).toEqual([{ invariant: 'line-endings', detail: 'the output has LF line breaks; the input had CRLF' }]);
  });

  it('reports a BOM added and a shebang dropped', () => {
    expect(failuresOf(checkInvariants(`${uses}// ADD_BOM\n`, 'a.js', brokenConfigs))).toEqual(['bom']);
    const verdict = checkInvariants(`#!/usr/bin/env node\n${uses}// DROP_SHEBANG\n`, 'a.js', brokenConfigs);
    expect(verdict.status === 'checked' && verdict.failures).toEqual([{ invariant: 'shebang', detail: '"#!/usr/bin/env node" became undefined' }]);
  });

  it('reports a fix that never converges as unstable and over the pass limit', () => {
    expect(failuresOf(checkInvariants(`${uses}// GROW\n`, 'a.js', brokenConfigs))).toEqual(['unstable', 'too-many-passes']);
  });

  it('reports any report, or change, on a file that does not mention abstractllm', () => {
    const verdict = checkInvariants('export const plain = 1;\n', 'a.js', brokenConfigs);
    expect(verdict.status === 'checked' && verdict.failures).toEqual([
      { invariant: 'unrelated-report', detail: '1:1 abstractllm/reports-all: broken on purpose' },
    ]);
    expect(failuresOf(checkInvariants('// ADD_BOM\n', 'a.js', brokenConfigs))).toEqual(['bom', 'unrelated-report', 'unrelated-change']);
  });
});

describe('FuzzTally', () => {
  it('counts verdicts into one summary line', () => {
    const tally = new FuzzTally();
    tally.add({ status: 'skipped', reason: 'the input does not parse' });
    tally.add({ status: 'checked', failures: [], passes: 2, reported: true, changed: true, output: '' });
    tally.add({
      status: 'checked',
      failures: [
        { invariant: 'unstable', detail: '' },
        { invariant: 'too-many-passes', detail: '' },
      ],
      passes: 10,
      reported: true,
      changed: true,
      output: '',
    });
    expect(tally.summary('mutants')).toBe(
      'mutants: files=3 checked=2 skipped=1 reported=2 changed=2 max-passes=10 failed=1 crash=0 unparseable-output=0 duplicate-declaration=0 unstable=1 too-many-passes=1 line-endings=0 bom=0 shebang=0 unrelated-report=0 unrelated-change=0',
    );
  });
});
