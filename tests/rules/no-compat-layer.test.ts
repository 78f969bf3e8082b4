import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester, type InvalidTestCase } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';
import rule, { type MessageIds } from '../../src/rules/no-compat-layer.js';
import { exactMessage } from '../utils/exact-message.js';
import { typecheckFixtures } from '../utils/typecheck.js';

const ruleTester = new RuleTester();
const keep = 'Keep it while this file still has 1.x code to migrate; the other abstractllm rules say what.';
const canGo = 'Nothing in this file is left to migrate: it can go.';

/**
 * More cases, kept in a list so that the outputs of their suggestions can be type-checked against
 * the 2.0 declarations below.
 */
const moreInvalid: InvalidTestCase<MessageIds, []>[] = [
  {
    name: 'Agent.load(…) is still to migrate (2.0 has no static load): the layer stays',
    code: "import { Agent } from 'abstractagent';\nimport { CompatibilityLayer } from 'abstractllm/compat';\nCompatibilityLayer.setup();\nexport const s = Agent.load('./state.json');",
    errors: [
      { messageId: 'compatImport' },
      { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] },
    ],
  },
  {
    name: 'the messages say what the layer is and when it can go (checked as written, not from the templates)',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { Session } from 'abstractllm';\nCompatibilityLayer.setup();\nexport let s: Session | undefined;",
    errors: [
      exactMessage(
        "'abstractllm/compat' is the transitional compatibility layer: it lets 1.x code run on 2.0 while it migrates. Remove it once nothing is left to migrate.",
        { line: 1 },
      ),
      exactMessage(
        '`CompatibilityLayer.setup()` installs the 1.x compatibility layer. Keep it while this file still has 1.x code to migrate; the other abstractllm rules say what.',
        { line: 3, suggestions: [] },
      ),
    ],
  },
  {
    name: 'an aliased import: the suggestion removes the call and the import',
    code: "import { CompatibilityLayer as Compat } from 'abstractllm/compat';\nimport { createLLM } from 'abstractllm';\nCompat.setup();\nexport const llm = createLLM('ollama');",
    errors: [
      { messageId: 'compatImport' },
      {
        messageId: 'compatSetup',
        data: { call: 'Compat.setup()', state: canGo },
        suggestions: [
          { messageId: 'removeSetup', data: { andImport: ' and its import' }, output: "import { createLLM } from 'abstractllm';\nexport const llm = createLLM('ollama');" },
        ],
      },
    ],
  },
  {
    name: 'an import with another name: the suggestion removes only CompatibilityLayer from it',
    code: "import { CompatibilityLayer, type Mode } from 'abstractllm/compat';\nCompatibilityLayer.setup();\nexport let mode: Mode | undefined;",
    errors: [
      { messageId: 'compatImport' },
      {
        messageId: 'compatSetup',
        suggestions: [
          { messageId: 'removeSetup', data: { andImport: ' and its import' }, output: "import { type Mode } from 'abstractllm/compat';\nexport let mode: Mode | undefined;" },
        ],
      },
    ],
  },
  {
    name: 'an exported binding of the layer stays (importers use it): the suggestion removes only the call',
    code: "export const compat = require('abstractllm/compat');\ncompat.CompatibilityLayer.setup();\nexport import layer = require('abstractllm/compat');\nlayer.CompatibilityLayer.setup();",
    errors: [
      { messageId: 'compatImport', line: 1 },
      {
        messageId: 'compatSetup',
        line: 2,
        suggestions: [{ messageId: 'removeSetup', data: { andImport: '' }, output: "export const compat = require('abstractllm/compat');\nexport import layer = require('abstractllm/compat');\nlayer.CompatibilityLayer.setup();" }],
      },
      { messageId: 'compatImport', line: 3 },
      {
        messageId: 'compatSetup',
        line: 4,
        suggestions: [{ messageId: 'removeSetup', data: { andImport: '' }, output: "export const compat = require('abstractllm/compat');\ncompat.CompatibilityLayer.setup();\nexport import layer = require('abstractllm/compat');\n" }],
      },
    ],
    filename: 'boot.cts', // CommonJS TypeScript: not among the cases type-checked as ES modules
  },
  {
    name: 'two calls: each suggestion removes its own call and keeps the import the other still uses',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nCompatibilityLayer.setup();\nCompatibilityLayer.setup();",
    errors: [
      { messageId: 'compatImport' },
      {
        messageId: 'compatSetup',
        line: 2,
        suggestions: [{ messageId: 'removeSetup', data: { andImport: '' }, output: "import { CompatibilityLayer } from 'abstractllm/compat';\nCompatibilityLayer.setup();" }],
      },
      {
        messageId: 'compatSetup',
        line: 3,
        // The last line goes, not the line break before it.
        suggestions: [{ messageId: 'removeSetup', data: { andImport: '' }, output: "import { CompatibilityLayer } from 'abstractllm/compat';\nCompatibilityLayer.setup();\n" }],
      },
    ],
  },
  {
    name: 'a namespace import: compat.CompatibilityLayer.setup() is reported, and its suggestion removes the import too',
    code: "import * as compat from 'abstractllm/compat';\nimport { Agent } from 'abstractagent';\ncompat.CompatibilityLayer.setup();\nexport const a = new Agent({ llmConfig: { provider: 'ollama' } });",
    errors: [
      { messageId: 'compatImport' },
      {
        messageId: 'compatSetup',
        data: { call: 'compat.CompatibilityLayer.setup()', state: canGo },
        suggestions: [
          {
            messageId: 'removeSetup',
            data: { andImport: ' and its import' },
            output: "import { Agent } from 'abstractagent';\nexport const a = new Agent({ llmConfig: { provider: 'ollama' } });",
          },
        ],
      },
    ],
  },
  {
    name: 'a namespace of the 2.0 core counts by the members read off it: llm.createLLM leaves nothing to migrate',
    code: "import * as llm from 'abstractllm';\nimport { CompatibilityLayer } from 'abstractllm/compat';\nCompatibilityLayer.setup();\nexport const make = () => llm.createLLM('ollama');",
    errors: [
      { messageId: 'compatImport' },
      {
        messageId: 'compatSetup',
        data: { call: 'CompatibilityLayer.setup()', state: canGo },
        suggestions: [{ messageId: 'removeSetup', data: { andImport: ' and its import' }, output: "import * as llm from 'abstractllm';\nexport const make = () => llm.createLLM('ollama');" }],
      },
    ],
  },
  {
    name: 'an awaited import() of the core counts by the members read off it too',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nCompatibilityLayer.setup();\nexport const make = async () => { const m = await import('abstractllm'); return m.createLLM('ollama'); };",
    errors: [
      { messageId: 'compatImport' },
      {
        messageId: 'compatSetup',
        data: { call: 'CompatibilityLayer.setup()', state: canGo },
        suggestions: [{ messageId: 'removeSetup', data: { andImport: ' and its import' }, output: "export const make = async () => { const m = await import('abstractllm'); return m.createLLM('ollama'); };" }],
      },
    ],
  },
  {
    name: 'a namespace of the core read with a computed key may take any name: it keeps the layer',
    code: "import * as llm from 'abstractllm';\nimport { CompatibilityLayer } from 'abstractllm/compat';\nCompatibilityLayer.setup();\nexport const pick = (key: 'createLLM') => llm[key];",
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] }],
  },
  {
    name: 'a namespace of the core that reads a 1.x name, or is used as a whole, keeps the layer',
    code: "import * as llm from 'abstractllm';\nimport { CompatibilityLayer } from 'abstractllm/compat';\nCompatibilityLayer.setup();\nexport const all = [llm];",
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] }],
  },
  {
    name: 'a CommonJS module object: its setup call is reported with a suggestion',
    code: "const compat = require('abstractllm/compat');\ncompat.CompatibilityLayer.setup();\nmodule.exports = {};",
    filename: 'boot.cjs',
    errors: [
      { messageId: 'compatImport' },
      {
        messageId: 'compatSetup',
        data: { call: 'compat.CompatibilityLayer.setup()', state: canGo },
        suggestions: [{ messageId: 'removeSetup', data: { andImport: ' and its import' }, output: 'module.exports = {};' }],
      },
    ],
  },
  {
    name: 'a moved path left in the file means there is still 1.x code to migrate',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { summarize } from 'abstractllm/memory';\nCompatibilityLayer.setup();\nsummarize([]);",
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] }],
  },
  {
    name: 'new Agent() with no options (1.x options) is left to migrate too',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { Agent } from 'abstractagent';\nCompatibilityLayer.setup();\nexport const a = new Agent();",
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] }],
  },
  {
    name: 'names that stay in the core package leave nothing to migrate',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { readFile } from 'abstractllm/tools';\nCompatibilityLayer.setup();\nreadFile('notes.txt');",
    errors: [
      { messageId: 'compatImport' },
      {
        messageId: 'compatSetup',
        data: { call: 'CompatibilityLayer.setup()', state: canGo },
        suggestions: [{ messageId: 'removeSetup', data: { andImport: ' and its import' }, output: "import { readFile } from 'abstractllm/tools';\nreadFile('notes.txt');" }],
      },
    ],
  },
  {
    name: 'a 1.x member destructured from an Agent is still left to migrate (found by probing)',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { Agent } from 'abstractagent';\nCompatibilityLayer.setup();\nconst a = new Agent({ llmConfig: { provider: 'x' } });\nexport const { generate } = a;",
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] }],
  },
  {
    name: 'a layer loaded with await import(): its setup call is reported with a suggestion (found by probing)',
    code: "const { CompatibilityLayer } = await import('abstractllm/compat');\nCompatibilityLayer.setup();\nexport {};",
    filename: 'boot.mjs',
    errors: [
      { messageId: 'compatImport' },
      {
        messageId: 'compatSetup',
        data: { call: 'CompatibilityLayer.setup()', state: canGo },
        suggestions: [{ messageId: 'removeSetup', data: { andImport: ' and its import' }, output: 'export {};' }],
      },
    ],
  },
  {
    name: 'a type query of a 1.x member is still left to migrate (found by probing)',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { Agent } from 'abstractagent';\nimport { vi } from 'vitest';\nCompatibilityLayer.setup();\nexport const agent = new Agent({ llmConfig: { provider: 'ollama' } });\nexport type Id = typeof agent.id;",
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] }],
  },
  {
    name: 'a spy on a 1.x member is still left to migrate',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { Agent } from 'abstractagent';\nimport { vi } from 'vitest';\nCompatibilityLayer.setup();\nconst agent = new Agent({ llmConfig: { provider: 'ollama' } });\nvi.spyOn(agent, 'generate');",
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] }],
  },
  {
    name: 'a type query of addToWorkingMemory on a TemporalMemory is still left to migrate (found by probing)',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { TemporalMemory } from 'abstractmemory';\nimport { vi } from 'vitest';\nCompatibilityLayer.setup();\nconst m = new TemporalMemory();\nexport type Add = typeof m.addToWorkingMemory;",
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] }],
  },
  {
    name: 'a spy on addToWorkingMemory keeps the layer',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { TemporalMemory } from 'abstractmemory';\nimport { vi } from 'vitest';\nCompatibilityLayer.setup();\nconst m = new TemporalMemory();\nvi.spyOn(m, 'addToWorkingMemory');",
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] }],
  },
  {
    name: 'an indexed access type of addToWorkingMemory keeps the layer',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { TemporalMemory } from 'abstractmemory';\nimport { vi } from 'vitest';\nCompatibilityLayer.setup();\nconst m = new TemporalMemory();\nexport const add: TemporalMemory['addToWorkingMemory'] = () => {};\nexport { m };",
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] }],
  },
  {
    name: 'an indexed access type of a 1.x Agent member keeps the layer',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { Agent } from 'abstractagent';\nCompatibilityLayer.setup();\nexport type History = Agent['messages'];",
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] }],
  },
  {
    name: 'a 1.x member destructured from an element of an array of Agents keeps the layer',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { Agent } from 'abstractagent';\nCompatibilityLayer.setup();\nconst team: Agent[] = [];\nexport const ids = team.map(({ id }) => id);",
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] }],
  },
  {
    name: 'an Agent element given 1.x options as JSX attributes keeps the layer (no-deprecated-session reports it)',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { Agent } from 'abstractagent';\nCompatibilityLayer.setup();\nexport const view = <Agent provider=\"openai\" />;",
    filename: 'view.tsx',
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] }],
  },
  {
    name: 'a 1.x member on a value that holds an Agent on some paths only keeps the layer',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { Agent } from 'abstractagent';\nCompatibilityLayer.setup();\nlet a = new Agent({ llmConfig: { provider: 'x' } });\nexport function off(stub: never) { a = stub; }\nexport const r = () => a.generate('x');",
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] }],
  },
  {
    name: 'a 1.x member the file types onto the Agent itself (the layer may be what provides it at run time) keeps the layer (found by review)',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { Agent } from 'abstractagent';\ndeclare module 'abstractagent' {\n  interface Agent { generate(prompt: string): Promise<string> }\n}\nCompatibilityLayer.setup();\nexport const r = (a: Agent) => a.generate('x');",
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] }],
  },
  {
    name: 'an Agent element named through a namespace, or by a $ binding, keeps the layer too (found by review)',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport * as agents from 'abstractagent';\nimport { Agent as $Agent } from 'abstractagent';\nCompatibilityLayer.setup();\nexport const view = <agents.Agent provider=\"openai\" />;\nexport const other = <$Agent model=\"m\" />;",
    filename: 'view.tsx',
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] }],
  },
  {
    name: 'a layer path written with an escaped slash is the layer (found by review: the textual first check skipped it)',
    code: "import { CompatibilityLayer } from 'abstractllm\\/compat';\nCompatibilityLayer.setup();\nexport {};",
    errors: [
      { messageId: 'compatImport' },
      { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: canGo }, suggestions: [{ messageId: 'removeSetup', data: { andImport: ' and its import' }, output: 'export {};' }] },
    ],
  },
  {
    name: 'a type of the whole core module (typeof import(…), typeof llm) leaves nothing to migrate: no rule reports it, and it does not run',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport * as llm from 'abstractllm';\nCompatibilityLayer.setup();\nexport type Core = typeof import('abstractllm');\nexport type Same = typeof llm;\nexport const m = llm.createLLM('ollama');",
    errors: [
      { messageId: 'compatImport' },
      {
        messageId: 'compatSetup',
        data: { call: 'CompatibilityLayer.setup()', state: canGo },
        suggestions: [
          {
            messageId: 'removeSetup',
            data: { andImport: ' and its import' },
            output: "import * as llm from 'abstractllm';\nexport type Core = typeof import('abstractllm');\nexport type Same = typeof llm;\nexport const m = llm.createLLM('ollama');",
          },
        ],
      },
    ],
  },
  {
    name: 'the whole core module handed on at run time keeps the layer (whatever receives it may read a 1.x name)',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport * as llm from 'abstractllm';\ndeclare function register(x: unknown): void;\nCompatibilityLayer.setup();\nregister(llm);",
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] }],
  },
  {
    name: 'a type of a whole module whose path moved keeps the layer (no-deprecated-imports reports it)',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nCompatibilityLayer.setup();\nexport type Mem = typeof import('abstractllm/memory');",
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] }],
  },
  {
    name: '2.0 members named by type query, spy or indexed access leave nothing to migrate',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { TemporalMemory } from 'abstractmemory';\nimport { vi } from 'vitest';\nCompatibilityLayer.setup();\nconst m = new TemporalMemory();\nexport type Search = typeof m.search;\nvi.spyOn(m, 'search');\nexport type Clear = TemporalMemory['clear'];",
    errors: [
      { messageId: 'compatImport' },
      {
        messageId: 'compatSetup',
        data: { call: 'CompatibilityLayer.setup()', state: canGo },
        suggestions: [
          {
            messageId: 'removeSetup',
            data: { andImport: ' and its import' },
            output: "import { TemporalMemory } from 'abstractmemory';\nimport { vi } from 'vitest';\nconst m = new TemporalMemory();\nexport type Search = typeof m.search;\nvi.spyOn(m, 'search');\nexport type Clear = TemporalMemory['clear'];",
          },
        ],
      },
    ],
  },
  {
    name: "a layer bound with import x = require(…): its setup call is reported with a suggestion",
    code: "import compat = require('abstractllm/compat');\ncompat.CompatibilityLayer.setup();\nexport {};",
    errors: [
      { messageId: 'compatImport' },
      {
        messageId: 'compatSetup',
        data: { call: 'compat.CompatibilityLayer.setup()', state: canGo },
        suggestions: [{ messageId: 'removeSetup', data: { andImport: ' and its import' }, output: 'export {};' }],
      },
    ],
  },
  {
    name: 'a layer required among other declarators: the suggestion removes only its declarator',
    code: "const compat = require('abstractllm/compat'), other = 1;\ncompat.CompatibilityLayer.setup();\nmodule.exports = other;",
    filename: 'boot.cjs',
    errors: [
      { messageId: 'compatImport' },
      {
        messageId: 'compatSetup',
        data: { call: 'compat.CompatibilityLayer.setup()', state: canGo },
        suggestions: [{ messageId: 'removeSetup', data: { andImport: ' and its import' }, output: 'const other = 1;\nmodule.exports = other;' }],
      },
    ],
  },
  {
    name: 'a destructured layer among other declarators: the suggestion removes its declarator, not just the name (found by probing: const {  } = require(…) was left)',
    code: "const { CompatibilityLayer } = require('abstractllm/compat'), path = require('path');\nCompatibilityLayer.setup();\nmodule.exports = path.join('a', 'b');",
    filename: 'boot.cjs',
    errors: [
      { messageId: 'compatImport' },
      {
        messageId: 'compatSetup',
        data: { call: 'CompatibilityLayer.setup()', state: canGo },
        suggestions: [{ messageId: 'removeSetup', data: { andImport: ' and its import' }, output: "const path = require('path');\nmodule.exports = path.join('a', 'b');" }],
      },
    ],
  },
  {
    name: 'a layer also used as the value of an object property keeps its import: the suggestion removes only the call (found by probing: the import went and { layer: CompatibilityLayer } no longer resolved)',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\nCompatibilityLayer.setup();\nexport const layers = { layer: CompatibilityLayer };",
    errors: [
      { messageId: 'compatImport' },
      {
        messageId: 'compatSetup',
        data: { call: 'CompatibilityLayer.setup()', state: canGo },
        suggestions: [
          {
            messageId: 'removeSetup',
            data: { andImport: '' },
            output: "import { CompatibilityLayer } from 'abstractllm/compat';\nexport const layers = { layer: CompatibilityLayer };",
          },
        ],
      },
    ],
  },
  {
    name: 'a layer also used as a shorthand property keeps its import (found by probing)',
    code: "const { CompatibilityLayer } = require('abstractllm/compat');\nCompatibilityLayer.setup();\nmodule.exports = { CompatibilityLayer };",
    filename: 'boot.cjs',
    errors: [
      { messageId: 'compatImport' },
      {
        messageId: 'compatSetup',
        data: { call: 'CompatibilityLayer.setup()', state: canGo },
        suggestions: [
          {
            messageId: 'removeSetup',
            data: { andImport: '' },
            output: "const { CompatibilityLayer } = require('abstractllm/compat');\nmodule.exports = { CompatibilityLayer };",
          },
        ],
      },
    ],
  },
  // Found by probing: the suggestion removed the body of an `if`, and in code without
  // semicolons the line that kept two statements apart.
  {
    name: 'a setup call as the body of an if gets no suggestion (removing it would make the next statement conditional)',
    code: "import { CompatibilityLayer } from 'abstractllm/compat';\ndeclare const legacy: boolean;\nif (legacy) CompatibilityLayer.setup();\nconsole.log('ready');",
    errors: [{ messageId: 'compatImport' }, { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: canGo }, suggestions: [] }],
  },
  {
    name: 'without semicolons, removing the setup line keeps the `;` that separates its neighbours',
    code: "import { CompatibilityLayer } from 'abstractllm/compat'\nconst x = [1]\nCompatibilityLayer.setup()\n;[x].forEach(console.log)",
    errors: [
      { messageId: 'compatImport' },
      {
        messageId: 'compatSetup',
        data: { call: 'CompatibilityLayer.setup()', state: canGo },
        suggestions: [{ messageId: 'removeSetup', data: { andImport: ' and its import' }, output: "const x = [1]\n;[x].forEach(console.log)" }],
      },
    ],
  },
  {
    name: 'without semicolons, a removed line between a statement and a parenthesised one leaves a `;`',
    code: "const { CompatibilityLayer } = require('abstractllm/compat')\nconst f = () => 1\nCompatibilityLayer.setup()\n;(async () => f())()",
    filename: 'boot.cjs',
    errors: [
      { messageId: 'compatImport' },
      {
        messageId: 'compatSetup',
        data: { call: 'CompatibilityLayer.setup()', state: canGo },
        suggestions: [{ messageId: 'removeSetup', data: { andImport: ' and its import' }, output: "const f = () => 1\n;(async () => f())()" }],
      },
    ],
  },
];

ruleTester.run('no-compat-layer', rule, {
  valid: [
    { name: 'a file without the compatibility layer', code: "import { Agent } from 'abstractagent';\nnew Agent({ llmConfig: { provider: 'x' } });" },
    { name: 'a look-alike path', code: "import { CompatibilityLayer } from 'abstractllm/compatx';\nCompatibilityLayer.setup();" },
  ],
  invalid: [
    {
      name: 'while 1.x code remains, the import and the call are reported with no suggestion',
      code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { Session } from 'abstractllm';\nCompatibilityLayer.setup();\nexport const s: Session | undefined = undefined;",
      errors: [
        { messageId: 'compatImport', data: { specifier: 'abstractllm/compat' } },
        { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] },
      ],
    },
    {
      name: 'a 1.x member on a 2.0 Agent still counts as left to migrate',
      code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { Agent } from 'abstractagent';\nCompatibilityLayer.setup();\nconst a = new Agent({ llmConfig: { provider: 'x' } });\na.generate('x');",
      errors: [
        { messageId: 'compatImport' },
        { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] },
      ],
    },
    {
      name: 'once nothing is left, a suggestion removes the call and its now unused import',
      code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { Agent } from 'abstractagent';\n\nCompatibilityLayer.setup();\nexport const a = new Agent({ llmConfig: { provider: 'x' } });",
      errors: [
        { messageId: 'compatImport' },
        {
          messageId: 'compatSetup',
          data: { call: 'CompatibilityLayer.setup()', state: canGo },
          suggestions: [
            {
              messageId: 'removeSetup',
              data: { andImport: ' and its import' },
              output: "import { Agent } from 'abstractagent';\n\nexport const a = new Agent({ llmConfig: { provider: 'x' } });",
            },
          ],
        },
      ],
    },
    {
      name: 'a CommonJS require: the suggestion removes the destructured name only when others remain',
      code: "const { CompatibilityLayer, other } = require('abstractllm/compat');\nCompatibilityLayer.setup();\nother();",
      filename: 'boot.cjs',
      errors: [
        { messageId: 'compatImport' },
        {
          messageId: 'compatSetup',
          suggestions: [
            { messageId: 'removeSetup', data: { andImport: ' and its import' }, output: "const { other } = require('abstractllm/compat');\nother();" },
          ],
        },
      ],
    },
    {
      name: 'a call whose result is used gets no suggestion',
      code: "import { CompatibilityLayer } from 'abstractllm/compat';\nexport const mode = CompatibilityLayer.setup();",
      errors: [
        { messageId: 'compatImport' },
        { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: 'Nothing in this file is left to migrate: remove it where its result is used.' }, suggestions: [] },
      ],
    },
    ...moreInvalid,
  ],
});

describe('no-compat-layer suggestions leave valid 2.0 code', () => {
  it('every suggestion output of a TypeScript case type-checks against the 2.0 declarations', () => {
    const outputs = moreInvalid
      .filter((test) => !test.filename)
      .flatMap((test) => test.errors.flatMap((error) => (Array.isArray(error.suggestions) ? error.suggestions : [])))
      .map((suggestion, index) => ({ name: `compat-${index}.ts`, code: suggestion.output }))
      // 'Mode' is not a 2.0 export: that case is about which specifier goes.
      .filter((fixture) => !fixture.code.includes('Mode'));
    expect(outputs.length).toBeGreaterThanOrEqual(5);
    expect(typecheckFixtures(outputs, 'v2')).toEqual([]);
  });
});

describe('no-compat-layer: the cheap text check that skips a file', () => {
  it('a file that never names abstractllm gets no listeners', () => {
    expect(rule.create({ options: [], sourceCode: { text: "import { Agent } from 'abstractagent';" } } as never)).toEqual({});
  });
});

describe('no-compat-layer with type information', () => {
  // The layer may go only when the other rules have nothing left to report: with types they see
  // instances no syntax shows, so this rule must see them too.
  const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/typed');
  const typedTester = new RuleTester({
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: fixtures } },
  });
  typedTester.run('no-compat-layer (typed)', rule, {
    valid: [],
    invalid: [
      {
        name: 'typed: a 1.x member on an Agent from another module keeps the layer (no suggestion to remove it)',
        code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { sharedAgent } from './agents';\nCompatibilityLayer.setup();\nsharedAgent().generate('x');",
        filename: 'file.ts',
        errors: [
          { messageId: 'compatImport' },
          { messageId: 'compatSetup', data: { call: 'CompatibilityLayer.setup()', state: keep }, suggestions: [] },
        ],
      },
      {
        name: 'typed: 2.0 members only: the layer can go',
        code: "import { CompatibilityLayer } from 'abstractllm/compat';\nimport { sharedAgent } from './agents';\nCompatibilityLayer.setup();\nsharedAgent().chat('x');",
        filename: 'file.ts',
        errors: [
          { messageId: 'compatImport' },
          {
            messageId: 'compatSetup',
            data: { call: 'CompatibilityLayer.setup()', state: canGo },
            suggestions: [
              {
                messageId: 'removeSetup',
                data: { andImport: ' and its import' },
                output: "import { sharedAgent } from './agents';\nsharedAgent().chat('x');",
              },
            ],
          },
        ],
      },
    ],
  });
});
