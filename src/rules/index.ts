import noDeprecatedImports from './no-deprecated-imports.js';

/** Every rule of the plugin, by name (the name is also the file, doc and test name). */
export const rules = {
  'no-deprecated-imports': noDeprecatedImports,
};
