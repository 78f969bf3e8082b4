import { RuleCreator, type RuleWithMetaAndName } from '@typescript-eslint/utils/eslint-utils';

/** Where each rule's page lives; `meta.docs.url` of every rule is built here and nowhere else. */
export const docsUrl = (ruleName: string): string =>
  `https://github.com/abstractllm/eslint-plugin-abstractllm/blob/main/docs/rules/${ruleName}.md`;

export interface PluginDocs {
  /** Whether `configs.recommended` enables the rule. */
  recommended: boolean;
  /** Whether the rule can use type information when typed linting is on (it never needs it). */
  requiresTypeChecking?: boolean;
}

const namedRule = RuleCreator<PluginDocs>(docsUrl);
const noOptions: readonly [] = Object.freeze([]);

/**
 * `RuleCreator` with the docs URL, and without its option merging for a rule that takes no
 * options. RuleCreator's `create` merges the defaults into `context.options` on every file
 * (`applyDefault`, a `structuredClone` of the defaults), and on code that does not use abstractllm
 * that was most of what the plugin cost (docs/performance.md). With `schema: []`, ESLint rejects
 * any option before the rule runs, so the merged options are always `[]`.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<RuleWithMetaAndName<Options, MessageIds, PluginDocs>>,
): ReturnType<typeof namedRule<Options, MessageIds>> {
  const created = namedRule(rule);
  const noSchema = Array.isArray(rule.meta.schema) && rule.meta.schema.length === 0;
  const defaults = rule.meta.defaultOptions ?? rule.defaultOptions ?? [];
  if (!noSchema || defaults.length > 0) return created;
  return { ...created, create: (context) => rule.create(context, noOptions as unknown as Readonly<Options>) };
}
