#!/usr/bin/env node
// `npm run demo`: abstractllm-migrate --dry-run on the bundled 1.x app (examples/legacy-app). It
// prints every problem and the diff that --fix would make, and writes nothing. The CLI exits 1
// when there is something to migrate, which is the point of the demo, so that is success here.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const app = 'examples/legacy-app';
const { status, error } = spawnSync(process.execPath, [join(root, 'dist/lib/cli/bin.js'), '--dry-run', app], {
  cwd: root,
  stdio: 'inherit',
});
if (error) throw error;
if (status === 0 || status === 1) {
  console.log(`\nThat was \`abstractllm-migrate --dry-run ${app}\`; to apply it to your own code: npx abstractllm-migrate --fix`);
} else {
  process.exitCode = status ?? 2;
}
