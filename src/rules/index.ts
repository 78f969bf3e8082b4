import noDeprecatedImports from './no-deprecated-imports.js';
import noDeprecatedSession from './no-deprecated-session.js';

/** Every rule of the plugin, by name (the name is also the file, doc and test name). */
export const rules = {
  'no-deprecated-imports': noDeprecatedImports,
  'no-deprecated-session': noDeprecatedSession,
};
