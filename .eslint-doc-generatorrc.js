/** @type {import('eslint-doc-generator').GenerateOptions} */
module.exports = {
  // The eslintrc config enables the same rules as `recommended`; one column says it.
  ignoreConfig: ['legacy-recommended'],
  configEmoji: [['recommended', '✅']],
  ruleDocTitleFormat: 'prefix-name',
  ruleDocSectionInclude: ['Examples', 'Further reading'],
  urlRuleDoc: 'https://github.com/abstractllm/eslint-plugin-abstractllm/blob/main/docs/rules/{name}.md',
};
