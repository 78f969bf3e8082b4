import { RuleTester } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import rule from '../../src/rules/no-deprecated-memory.js';
import { fixToFixedPoint, withPlugin } from '../utils/fix-passes.js';

const ruleTester = new RuleTester();
const replacement = 'addFact(subject, predicate, object, eventTime?, ingestionTime?)';

ruleTester.run('no-deprecated-memory', rule, {
  valid: [
    { name: 'search and clear keep their names', code: "import { TemporalMemory } from 'abstractmemory';\nconst m = new TemporalMemory();\nm.search('q');\nm.clear();\nm.addFact('a', 'b', 'c');" },
    { name: 'a user class with its own addToWorkingMemory', code: "class HierarchicalMemory { addToWorkingMemory() {} }\nnew HierarchicalMemory().addToWorkingMemory();" },
    { name: 'a memory from another package', code: "import { HierarchicalMemory } from './memory';\nnew HierarchicalMemory().addToWorkingMemory('x');" },
  ],
  invalid: [
    {
      name: 'addToWorkingMemory on a 1.x HierarchicalMemory is reported, with no fix',
      code: "import { HierarchicalMemory } from 'abstractllm/memory';\nconst memory = new HierarchicalMemory();\nmemory.addToWorkingMemory('the user likes tea');",
      output: null,
      errors: [{ messageId: 'removedMember', data: { object: 'memory', member: 'addToWorkingMemory', replacement }, line: 3, column: 1 }],
    },
    {
      name: 'addToWorkingMemory stays reported on a TemporalMemory after the rename (D7)',
      code: "import { TemporalMemory } from 'abstractmemory';\nexport function remember(memory: TemporalMemory, note: string) {\n  memory.addToWorkingMemory(note);\n}",
      output: null,
      errors: [{ messageId: 'removedMember', data: { object: 'memory', member: 'addToWorkingMemory', replacement } }],
    },
    {
      name: 'on a class field, through this',
      code: "import { HierarchicalMemory as Memory } from 'abstractllm';\nclass Store {\n  private memory = new Memory();\n  add(x: string) { this.memory.addToWorkingMemory(x); }\n}",
      output: null,
      errors: [{ messageId: 'removedMember', data: { object: 'this.memory', member: 'addToWorkingMemory', replacement } }],
    },
    {
      name: 'a use that is not a call is reported too',
      code: "const { TemporalMemory } = require('abstractmemory/core');\nconst m = new TemporalMemory();\nconst add = m.addToWorkingMemory.bind(m);",
      output: null,
      errors: [{ messageId: 'removedMember' }],
      filename: 'store.cjs',
    },
  ],
});

describe('no-deprecated-memory after the import rule renames the class', () => {
  it('the rename goes ahead and the unmigratable call is still reported', () => {
    const code = "import { HierarchicalMemory } from 'abstractllm/memory';\nconst m = new HierarchicalMemory();\nm.addToWorkingMemory('x');\nm.search('x');";
    const result = fixToFixedPoint(code, 'store.ts', withPlugin(plugin) as never);
    expect(result.output).toBe("import { TemporalMemory } from 'abstractmemory';\nconst m = new TemporalMemory();\nm.addToWorkingMemory('x');\nm.search('x');");
    expect(result.remaining.map((m) => m.ruleId)).toEqual(['abstractllm/no-deprecated-memory']);
    expect(result.passes).toBe(1);
    expect(result.stable).toBe(true);
  });
});
