// The pure parts of `npm run bench` (scripts/bench-lib.mjs): the no-restricted-imports config it
// compares the plugin with, and the sampling, ordering and summary arithmetic its figures rest on.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { evenSample, restrictedImportsOptions, shuffled, sumOfMinima, sumTimes, summary, variantOrder } from '../../scripts/bench-lib.mjs';
import * as migrationTable from '../../src/migration-table.js';

describe('the no-restricted-imports rival config', () => {
  const options = restrictedImportsOptions(migrationTable);

  it('has one paths entry per row of table A, one per table-B row and 1.x module, one pattern group per table-A prefix', () => {
    expect(options).toEqual({
      paths: [
        { name: 'abstractllm/memory/hierarchical', message: "abstractllm 2.0 moved this module to 'abstractmemory/core'." },
        { name: 'abstractllm/memory', message: "abstractllm 2.0 moved this module to 'abstractmemory'." },
        { name: 'abstractllm/cognitive', message: "abstractllm 2.0 moved this module to 'abstractmemory/cognitive'." },
        { name: 'abstractllm/session', message: "abstractllm 2.0 moved this module to 'abstractagent/agent'." },
        { name: 'abstractllm/react', message: "abstractllm 2.0 moved this module to 'abstractagent/reasoning/react'." },
        { name: 'abstractllm/cli', message: "abstractllm 2.0 moved this module to 'abstractagent/cli'." },
        { name: 'abstractllm', importNames: ['Session'], message: "abstractllm 2.0 exports it from 'abstractagent' as 'Agent'." },
        { name: 'abstractllm/session', importNames: ['Session'], message: "abstractllm 2.0 exports it from 'abstractagent' as 'Agent'." },
        {
          name: 'abstractllm',
          importNames: ['HierarchicalMemory'],
          message: "abstractllm 2.0 exports it from 'abstractmemory' as 'TemporalMemory'.",
        },
        {
          name: 'abstractllm/memory',
          importNames: ['HierarchicalMemory'],
          message: "abstractllm 2.0 exports it from 'abstractmemory' as 'TemporalMemory'.",
        },
        {
          name: 'abstractllm/memory/hierarchical',
          importNames: ['HierarchicalMemory'],
          message: "abstractllm 2.0 exports it from 'abstractmemory/core' as 'TemporalMemory'.",
        },
        {
          name: 'abstractllm/tools',
          importNames: ['WebSearchTool'],
          message: "abstractllm 2.0 exports it from 'abstractagent/tools' as 'WebSearchTool'.",
        },
        {
          name: 'abstractllm/tools',
          importNames: ['CodeIntelligenceTool'],
          message: "abstractllm 2.0 exports it from 'abstractagent/tools' as 'CodeIntelligenceTool'.",
        },
        {
          name: 'abstractllm',
          importNames: ['SessionOptions'],
          message: "abstractllm 2.0 has no 'SessionOptions' (nearest: 'AgentOptions' from 'abstractagent').",
        },
        {
          name: 'abstractllm/session',
          importNames: ['SessionOptions'],
          message: "abstractllm 2.0 has no 'SessionOptions' (nearest: 'AgentOptions' from 'abstractagent').",
        },
        {
          name: 'abstractllm',
          importNames: ['GenerateOptions'],
          message: "abstractllm 2.0 has no 'GenerateOptions' (nearest: 'ChatOptions' from 'abstractagent').",
        },
        {
          name: 'abstractllm/session',
          importNames: ['GenerateOptions'],
          message: "abstractllm 2.0 has no 'GenerateOptions' (nearest: 'ChatOptions' from 'abstractagent').",
        },
      ],
      patterns: [
        { group: ['abstractllm/memory/hierarchical/**'], message: "abstractllm 2.0 moved this module to 'abstractmemory/core/…'." },
        {
          group: ['abstractllm/memory/**', '!abstractllm/memory/hierarchical', '!abstractllm/memory/hierarchical/**'],
          message: "abstractllm 2.0 moved this module to 'abstractmemory/…'.",
        },
        { group: ['abstractllm/cognitive/**'], message: "abstractllm 2.0 moved this module to 'abstractmemory/cognitive/…'." },
        { group: ['abstractllm/session/**'], message: "abstractllm 2.0 moved this module to 'abstractagent/agent/…'." },
        { group: ['abstractllm/react/**'], message: "abstractllm 2.0 moved this module to 'abstractagent/reasoning/react/…'." },
        { group: ['abstractllm/cli/**'], message: "abstractllm 2.0 moved this module to 'abstractagent/cli/…'." },
      ],
    });
  });

  it('makes core no-restricted-imports report what moved, longest prefix first, and nothing else', () => {
    const code = [
      "import { Session, createLLM } from 'abstractllm';",
      "import { HierarchicalMemory } from 'abstractllm/memory/hierarchical';",
      "import { extractFacts } from 'abstractllm/cognitive/facts';",
      "import 'abstractllm/memoryx';",
      "import { readFile } from 'abstractllm/tools';",
      "export { WebSearchTool } from 'abstractllm/tools';",
    ].join('\n');
    const messages = new Linter().verify(code, [{ rules: { 'no-restricted-imports': ['error', options] } }]);
    expect(messages.map(({ line, message }) => [line, message])).toEqual([
      [1, "'Session' import from 'abstractllm' is restricted. abstractllm 2.0 exports it from 'abstractagent' as 'Agent'."],
      [
        2,
        "'abstractllm/memory/hierarchical' import is restricted from being used. abstractllm 2.0 moved this module to 'abstractmemory/core'.",
      ],
      [
        2,
        "'HierarchicalMemory' import from 'abstractllm/memory/hierarchical' is restricted. abstractllm 2.0 exports it from 'abstractmemory/core' as 'TemporalMemory'.",
      ],
      [
        3,
        "'abstractllm/cognitive/facts' import is restricted from being used by a pattern. abstractllm 2.0 moved this module to 'abstractmemory/cognitive/…'.",
      ],
      [
        6,
        "'WebSearchTool' import from 'abstractllm/tools' is restricted. abstractllm 2.0 exports it from 'abstractagent/tools' as 'WebSearchTool'.",
      ],
    ]);
  });
});

describe('sampling and order', () => {
  it('evenSample spreads a sample over the whole list, and takes everything when asked for as much or more', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    expect(evenSample(items, 4)).toEqual(['a', 'c', 'f', 'h']);
    expect(evenSample(items, 10)).toEqual(items);
    expect(evenSample(items, undefined)).toEqual(items);
    expect(evenSample(items, 0)).toEqual([]);
  });

  it('variantOrder draws a fresh order per file and sweep, in which every variant follows every other', () => {
    const orders = Array.from({ length: 60 }, (_, file) => variantOrder(3, file, 1, 1));
    for (const order of orders) expect([...order].sort()).toEqual([0, 1, 2]);
    expect(variantOrder(3, 5, 1, 1)).toEqual(orders[5]);
    // Which variant runs right before which, over the files: all six pairs occur (a rotation of a
    // fixed cycle gives only three).
    const pairs = new Set(orders.flatMap((order) => [`${order[0]}>${order[1]}`, `${order[1]}>${order[2]}`]));
    expect([...pairs].sort()).toEqual(['0>1', '0>2', '1>0', '1>2', '2>0', '2>1']);
  });

  it('shuffled is a permutation that depends only on the seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const once = shuffled(items, 7);
    expect(shuffled(items, 7)).toEqual(once);
    expect([...once].sort((a, b) => a - b)).toEqual(items);
    expect(once).not.toEqual(items);
    expect(shuffled(items, 8)).not.toEqual(once);
  });
});

describe('summary arithmetic', () => {
  it('summary gives the median and the range', () => {
    expect(summary([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(summary([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
  });

  it("sumOfMinima adds each file's fastest sweep", () => {
    expect(
      sumOfMinima([
        [5, 3, 4],
        [10, 12, 11],
      ]),
    ).toBe(13);
  });

  it("sumTimes adds up every pass of Linter#getTimes(), the plugin's rules apart", () => {
    const times: Parameters<typeof sumTimes>[0] = {
      passes: [
        { parse: { total: 4 }, rules: { 'abstractllm/a': { total: 1 }, 'no-console': { total: 2 } }, fix: { total: 0.5 }, total: 8 },
        { parse: { total: 3 }, rules: { 'abstractllm/a': { total: 1.5 } }, fix: { total: 0 }, total: 5 },
      ],
    };
    expect(sumTimes(times, 'abstractllm/')).toEqual({ rules: 4.5, pluginRules: 2.5, parse: 7, fix: 0.5, total: 13, passes: 2 });
  });
});
