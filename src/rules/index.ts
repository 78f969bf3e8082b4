import noCompatLayer from './no-compat-layer.js';
import noDeprecatedImports from './no-deprecated-imports.js';
import noDeprecatedMemory from './no-deprecated-memory.js';
import noDeprecatedSession from './no-deprecated-session.js';

/** Every rule of the plugin, by name (the name is also the file, doc and test name). */
export const rules = {
  'no-compat-layer': noCompatLayer,
  'no-deprecated-imports': noDeprecatedImports,
  'no-deprecated-memory': noDeprecatedMemory,
  'no-deprecated-session': noDeprecatedSession,
};
