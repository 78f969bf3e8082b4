#!/usr/bin/env node
// A thin shim: everything testable lives in run(); this only connects it to the process.
import { run } from './run.js';

void run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: !!process.stderr.isTTY,
}).then((code) => {
  process.exitCode = code;
});
