#!/usr/bin/env node
// Checks the package as npm would publish it: publint on the package and arethetypeswrong on the
// packed tarball (both offline). Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The executable a dev dependency installs (node_modules/.bin is a link to it). */
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

const packDir = mkdtempSync(join(tmpdir(), 'abstractllm-pack-'));
try {
  execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = join(packDir, readdirSync(packDir).find((file) => file.endsWith('.tgz')));
  run(bin('publint'), ['--strict', tarball]);
  // An ESLint plugin has one default export: `export =` for require, `export default` for import.
  run(bin('attw'), [tarball, '--profile', 'node16']);
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
