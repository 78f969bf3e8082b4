import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it, vi } from 'vitest';
import { createRule, docsUrl } from '../src/create-rule.js';
import plugin from '../src/index.js';

// RuleCreator's per-file option merging, which RuleCreator's `create` calls on every file.
const require = createRequire(import.meta.url);
const eslintUtils = dirname(require.resolve('@typescript-eslint/utils/eslint-utils'));
const applyDefaultModule = require(join(eslintUtils, 'applyDefault.js')) as { applyDefault: (...args: unknown[]) => unknown };

/** A rule that reports the options its create was given. */
const optionsReporter = (schema: [] | [{ type: 'object'; properties: { level: { type: 'number' } }; additionalProperties: false }], defaultOptions: readonly unknown[]) =>
  createRule<readonly unknown[], 'options'>({
    name: 'options-reporter',
    meta: { type: 'problem', docs: { description: 'reports its options', recommended: false }, schema, messages: { options: '{{options}}' } },
    defaultOptions,
    create(context, options) {
      return { Program: (node) => context.report({ node, messageId: 'options', data: { options: JSON.stringify(options) } }) };
    },
  });

function optionsSeen(rule: ReturnType<typeof optionsReporter>, ruleOptions: unknown[] = []): string[] {
  const linter = new Linter();
  const config = { plugins: { t: { rules: { r: rule } } }, rules: { 't/r': ['error', ...ruleOptions] } };
  return linter.verify('x;', config as never).map((message) => message.message);
}

describe('createRule', () => {
  it('gives a rule with no options [] on every file, without merging defaults per file', () => {
    const rule = optionsReporter([], []);
    const merge = vi.spyOn(applyDefaultModule, 'applyDefault');
    try {
      expect(optionsSeen(rule)).toEqual(['[]']);
      expect(optionsSeen(rule)).toEqual(['[]']);
      expect(merge).not.toHaveBeenCalled();
    } finally {
      merge.mockRestore();
    }
    expect(rule.meta.docs?.url).toBe(docsUrl('options-reporter'));
    expect(rule.name).toBe('options-reporter');
  });

  it("keeps RuleCreator's merging of defaults and user options for a rule that has options", () => {
    const rule = optionsReporter([{ type: 'object', properties: { level: { type: 'number' } }, additionalProperties: false }], [{ level: 1 }]);
    const merge = vi.spyOn(applyDefaultModule, 'applyDefault');
    try {
      expect(optionsSeen(rule)).toEqual(['[{"level":1}]']);
      expect(merge).toHaveBeenCalledTimes(1);
    } finally {
      merge.mockRestore();
    }
    expect(optionsSeen(rule, [{ level: 2 }])).toEqual(['[{"level":2}]']);
  });

  it("makes the plugin's rules, none of which takes options", () => {
    for (const rule of Object.values(plugin.rules)) {
      expect(rule.meta.schema).toEqual([]);
      expect(rule.defaultOptions).toEqual([]);
    }
  });
});
