#!/usr/bin/env node
// Builds dist/: the TypeScript sources compiled to CommonJS (dist/lib), and the two entry points
// that make ONE plugin object however the package is loaded: index.cjs is `module.exports =
// plugin` (what ESLint 8's eslintrc reads), index.mjs re-exports that same object.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);

rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
mkdirSync(dist, { recursive: true });

const files = {
  'index.cjs': `'use strict';\n// The plugin object itself, as ESLint 8's eslintrc expects a plugin module to be.\nmodule.exports = require('./lib/index.js').default;\n`,
  'index.mjs': `// The same object as index.cjs: a config that loads the package both ways meets one plugin.\nimport plugin from './index.cjs';\n\nexport default plugin;\n`,
  'index.d.cts': `declare const plugin: typeof import('./lib/index.js').default;\nexport = plugin;\n`,
  'index.d.mts': `import plugin from './index.cjs';\n\nexport default plugin;\n`,
  // The options module abstractllm-migrate gives ESLint's worker threads (options must be
  // cloneable, a plugin object is not): each worker imports it and builds the same options.
  'eslint-options.mjs': [
    "import { cliOptions } from './lib/cli/lint.js';",
    '',
    'const params = new URL(import.meta.url).searchParams;',
    "const parserUrl = params.get('parser');",
    'const parserModule = parserUrl ? await import(parserUrl) : undefined;',
    '',
    'export default {',
    "  ...cliOptions(params.get('cwd') ?? process.cwd(), params.get('fix') === '1', parserModule?.default ?? parserModule),",
    "  concurrency: Number(params.get('concurrency')) || 'off',",
    '};',
    '',
  ].join('\n'),
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, name), text);
chmodSync(join(dist, 'lib/cli/bin.js'), 0o755);
console.log('built dist/');
