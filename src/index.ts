import type { TSESLint } from '@typescript-eslint/utils';
import { flatRecommended, legacyRecommended } from './configs/recommended.js';
import { name, namespace, version } from './meta.js';
import { rules } from './rules/index.js';

const ruleNames = Object.keys(rules);

const plugin = {
  meta: { name, version, namespace },
  rules,
  configs: {} as {
    recommended: TSESLint.FlatConfig.Config;
    'legacy-recommended': TSESLint.ClassicConfig.Config;
  },
};

// The flat config refers to the plugin object itself, so it is filled in after the object exists.
plugin.configs.recommended = flatRecommended(plugin as unknown as TSESLint.FlatConfig.Plugin, ruleNames);
plugin.configs['legacy-recommended'] = legacyRecommended(ruleNames);

export default plugin;
