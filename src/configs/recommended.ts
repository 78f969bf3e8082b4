import type { TSESLint } from '@typescript-eslint/utils';
import { namespace } from '../meta.js';

/** JS and TS sources, in every module flavour (and JSX). */
export const sourceFiles = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

/**
 * The recommended severity of each rule: `error` for every rule, but `warn` for the
 * transitional compatibility layer (it is allowed to stay while a codebase migrates).
 */
export function recommendedRules(ruleNames: readonly string[]): Record<string, 'error' | 'warn'> {
  return Object.fromEntries(
    ruleNames.map((ruleName) => [`${namespace}/${ruleName}`, ruleName === 'no-compat-layer' ? 'warn' : 'error']),
  );
}

export function flatRecommended(plugin: TSESLint.FlatConfig.Plugin, ruleNames: readonly string[]): TSESLint.FlatConfig.Config {
  return {
    name: `${namespace}/recommended`,
    files: sourceFiles,
    plugins: { [namespace]: plugin },
    rules: recommendedRules(ruleNames),
  };
}

export function legacyRecommended(ruleNames: readonly string[]): TSESLint.ClassicConfig.Config {
  return {
    plugins: [namespace],
    rules: recommendedRules(ruleNames),
  };
}
