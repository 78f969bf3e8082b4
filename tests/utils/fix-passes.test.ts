import type { ESLint, Linter, Rule } from 'eslint';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixToFixedPoint, tsLanguageOptions, withPlugin } from './fix-passes.js';

/** Reports every identifier named `from` and renames just that identifier to `to`. */
function rename(from: string, to: string): Rule.RuleModule {
  return {
    meta: { type: 'problem', fixable: 'code', schema: [], messages: { rename: `{{from}} → {{to}}` } },
    create(context) {
      return {
        Identifier(node) {
          if (node.name !== from) return;
          context.report({ node, messageId: 'rename', data: { from, to }, fix: (fixer) => fixer.replaceText(node, to) });
        },
      };
    },
  };
}

/** Rewrites the whole program (so its fix overlaps every other fix) until it contains `done`. */
const markDone: Rule.RuleModule = {
  meta: { type: 'problem', fixable: 'code', schema: [], messages: { mark: 'not done' } },
  create(context) {
    return {
      Program(node) {
        const text = context.sourceCode.getText();
        if (text.includes('done')) return;
        context.report({ node, messageId: 'mark', fix: (fixer) => fixer.replaceTextRange([0, text.length], `${text}\n// done`) });
      },
    };
  },
};

/** Appends a statement on every pass: never converges. */
const grow: Rule.RuleModule = {
  meta: { type: 'problem', fixable: 'code', schema: [], messages: { grow: 'grow' } },
  create(context) {
    return {
      'Program:exit'(node) {
        if (!context.sourceCode.getText().includes('grow')) return;
        context.report({ node, messageId: 'grow', fix: (fixer) => fixer.insertTextAfter(node, '\ngrow;') });
      },
    };
  },
};

/** Reports `todo` identifiers without a fix. */
const noTodo: Rule.RuleModule = {
  meta: { type: 'problem', schema: [], messages: { todo: 'no todo' } },
  create(context) {
    return {
      Identifier(node) {
        if (node.name === 'todo') context.report({ node, messageId: 'todo' });
      },
    };
  },
};

/** Rewrites `same` to `same`: a fix that is applied but changes nothing. */
const identity: Rule.RuleModule = {
  meta: { type: 'problem', fixable: 'code', schema: [], messages: { same: 'same' } },
  create(context) {
    return {
      Identifier(node) {
        if (node.name === 'same') context.report({ node, messageId: 'same', fix: (fixer) => fixer.replaceText(node, 'same') });
      },
    };
  },
};

const rules = {
  'aaa-to-bbb': rename('aaa', 'bbb'),
  'bbb-to-ccc': rename('bbb', 'ccc'),
  'ccc-to-ddd': rename('ccc', 'ddd'),
  'xxx-to-yyy': rename('xxx', 'yyy'),
  'yyy-to-xxx': rename('yyy', 'xxx'),
  'mark-done': markDone,
  grow,
  'no-todo': noTodo,
  identity,
};

const plugin = {
  meta: { name: 'dummy' },
  rules,
  configs: {} as { recommended: Linter.Config },
} satisfies ESLint.Plugin;
plugin.configs.recommended = {
  name: 'dummy/recommended',
  plugins: { dummy: plugin },
  rules: Object.fromEntries(Object.keys(rules).map((name) => [`dummy/${name}`, 'error'])),
};

/** The TS parser plus only the listed dummy rules. */
function only(...names: (keyof typeof rules)[]): Linter.Config[] {
  return [
    tsLanguageOptions,
    { plugins: { dummy: plugin }, rules: Object.fromEntries(names.map((name) => [`dummy/${name}`, 'error'])) },
  ];
}

/** Silences (and returns) ESLint's `ESLintCircularFixesWarning` process warnings. */
function captureWarnings() {
  return vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
}

describe('fixToFixedPoint', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reports zero passes when nothing is fixable', () => {
    const result = fixToFixedPoint('const zzz: number = 1;\n', 'file.ts', only('aaa-to-bbb', 'no-todo'));
    expect(result).toEqual({ output: 'const zzz: number = 1;\n', passes: 0, remaining: [], stable: true });
  });

  it('counts one pass per link of a fix chain', () => {
    expect(fixToFixedPoint('const aaa = 1;', 'file.ts', only('aaa-to-bbb'))).toMatchObject({ output: 'const bbb = 1;', passes: 1, stable: true });
    expect(fixToFixedPoint('const aaa = 1;', 'file.ts', only('aaa-to-bbb', 'bbb-to-ccc'))).toMatchObject({ output: 'const ccc = 1;', passes: 2, stable: true });
    const three = fixToFixedPoint('const aaa = 1;', 'file.ts', only('aaa-to-bbb', 'bbb-to-ccc', 'ccc-to-ddd'));
    expect(three).toMatchObject({ output: 'const ddd = 1;', passes: 3, remaining: [], stable: true });
  });

  it('applies independent fixes in the same pass', () => {
    // Pass 1 renames aaa→bbb and (separately) bbb→ccc; pass 2 renames the new bbb.
    const result = fixToFixedPoint('let aaa = 1, bbb = 2;', 'file.ts', only('aaa-to-bbb', 'bbb-to-ccc'));
    expect(result).toMatchObject({ output: 'let ccc = 1, ccc = 2;', passes: 2, stable: true });
  });

  it('defers overlapping fixes to a later pass', () => {
    // Pass 1: only the first of the overlapping fixes (the whole-program rewrite) is applied.
    const result = fixToFixedPoint('const aaa = 1;', 'file.ts', only('mark-done', 'aaa-to-bbb'));
    expect(result).toMatchObject({ output: 'const bbb = 1;\n// done', passes: 2, stable: true });
  });

  it('runs the full plugin config on TypeScript and TSX', () => {
    const ts = fixToFixedPoint('const aaa = <number>(todo as unknown);', 'src/file.ts', withPlugin(plugin));
    expect(ts.output).toBe('const ddd = <number>(todo as unknown);\n// done');
    expect(ts.passes).toBe(4); // done; aaa→bbb; bbb→ccc; ccc→ddd
    expect(ts.stable).toBe(true);
    expect(ts.remaining.map((message) => message.ruleId)).toEqual(['dummy/no-todo']);

    const tsx = fixToFixedPoint('export const el = <div>{aaa}</div>;\n', 'src/file.tsx', only('aaa-to-bbb', 'bbb-to-ccc'));
    expect(tsx).toMatchObject({ output: 'export const el = <div>{ccc}</div>;\n', passes: 2, remaining: [], stable: true });
  });

  it('does not count applied fixes that leave the text unchanged', () => {
    captureWarnings(); // ESLint sees text₀ = text₂ and calls it circular
    const result = fixToFixedPoint('const same = 1;', 'file.ts', only('identity'));
    expect(result.output).toBe('const same = 1;');
    expect(result.passes).toBe(0);
    expect(result.stable).toBe(true);
    expect(result.remaining).toHaveLength(1);
  });

  it('stops like ESLint on circular fixes, and reports them as unstable', () => {
    const warnings = captureWarnings();
    const result = fixToFixedPoint('const xxx = 1;', 'file.ts', only('xxx-to-yyy', 'yyy-to-xxx'));
    // xxx→yyy, yyy→xxx: ESLint detects the cycle after two passes.
    expect(result).toMatchObject({ output: 'const xxx = 1;', passes: 2, stable: false });
    expect(result.remaining).toHaveLength(1);
    expect(warnings).toHaveBeenCalledWith(expect.stringContaining('Circular fixes detected'), 'ESLintCircularFixesWarning');
  });

  it('stops after ESLint’s 10 passes when fixes never converge', () => {
    const result = fixToFixedPoint('grow;', 'file.ts', only('grow'));
    expect(result.passes).toBe(10);
    expect(result.output).toBe(`grow;${'\ngrow;'.repeat(10)}`);
    expect(result.stable).toBe(false);
  });

  it('returns a parse error as the only remaining message', () => {
    const result = fixToFixedPoint('const aaa = ;', 'file.ts', only('aaa-to-bbb'));
    expect(result.passes).toBe(0);
    expect(result.output).toBe('const aaa = ;');
    expect(result.remaining).toHaveLength(1);
    expect(result.remaining[0]?.fatal).toBe(true);
  });
});
