#!/usr/bin/env node
'use strict';
// Rebuilds the support-desk memory from the saved transcripts (run from cron).
const { HierarchicalMemory } = require("abstractllm");
const { readFile } = require("abstractllm/tools");

const memory = new HierarchicalMemory();
for (const path of process.argv.slice(2)) {
  memory.search(readFile(path), 1);
}
console.log('reindexed', require.resolve("abstractllm/memory"));
