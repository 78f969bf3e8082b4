import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';

/** Where each rule's page lives; `meta.docs.url` of every rule is built here and nowhere else. */
export const docsUrl = (ruleName: string): string =>
  `https://github.com/abstractllm/eslint-plugin-abstractllm/blob/main/docs/rules/${ruleName}.md`;

export interface PluginDocs {
  /** Whether `configs.recommended` enables the rule. */
  recommended: boolean;
  /** Whether the rule can use type information when typed linting is on (it never needs it). */
  requiresTypeChecking?: boolean;
}

export const createRule = RuleCreator<PluginDocs>(docsUrl);
