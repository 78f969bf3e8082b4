import { RuleTester, type InvalidTestCase, type ValidTestCase } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';
import { Linter } from 'eslint';
import { createRequire } from 'node:module';
import plugin from '../../src/index.js';
import rule, { type MessageIds } from '../../src/rules/no-deprecated-imports.js';
import { fixToFixedPoint, withPlugin } from '../utils/fix-passes.js';
import { exactMessage } from '../utils/exact-message.js';
import { typecheckFixtures } from '../utils/typecheck.js';

/**
 * Expected outputs are written out literally: they are the independent check of the migration
 * table (src/migration-table.ts), never derived from it.
 */
type Invalid = InvalidTestCase<MessageIds, []> & {
  /** Type-check `code` against the 1.x declarations (default: true for .ts/.tsx). */
  v1?: boolean;
  /** Type-check the final output against the 2.0 declarations (default: true when fixed). */
  v2?: boolean;
  /** What `--fix` with every recommended rule ends on, when the Session rule carries on after this one. */
  final?: string;
};

const ruleTester = new RuleTester();
const jsx = { parserOptions: { ecmaFeatures: { jsx: true } } };
const js = { parser: espree, sourceType: 'module', ecmaVersion: 'latest', ...jsx } as const;
const cjs = { parser: espree, sourceType: 'commonjs', ecmaVersion: 'latest' } as const;

const valid: ValidTestCase<[]>[] = [
  {
    name: 'the core module used only for its 2.0 members, or destructured, is not reported whole',
    code: "import * as llm from 'abstractllm';\nexport const make = () => llm.createLLM('ollama');\nexport const load = async () => { const { createLLM } = await import('abstractllm'); return createLLM; };",
  },
  { name: 'an automock of a module whose imported names all stay', code: "import { createLLM } from 'abstractllm';\nvi.mock('abstractllm');\nexport const llm = createLLM('ollama');" },
  { name: 'a path that only starts like a moved one (abstractllm/memoryx)', code: "import { x } from 'abstractllm/memoryx';" },
  { name: 'names that stay in the core package', code: "import { BasicSession, createLLM } from 'abstractllm';\nimport { readFile } from 'abstractllm/tools';" },
  { name: 'the compatibility layer path still exists', code: "import { CompatibilityLayer } from 'abstractllm/compat';" },
  {
    name: '2.0 code',
    code: [
      "import { Agent } from 'abstractagent';",
      "import { TemporalMemory } from 'abstractmemory';",
      "import { WebSearchTool } from 'abstractagent/tools';",
      "const agent = new Agent({ llmConfig: { provider: 'ollama' } });",
    ].join('\n'),
  },
  { name: 'a string that only looks like a specifier', code: "log('abstractllm/memory');\nconst path = 'abstractllm/session';" },
  { name: 'a local Session that is not from abstractllm', code: "import { Session } from './session';\nconst s = new Session();" },
  { name: 'a shadowed Session in a file that imports abstractllm', code: "import { createLLM } from 'abstractllm';\nfunction f(Session: unknown) { return Session; }" },
  { name: 'a computed import() specifier', code: "const name = 'abstractllm/memory';\nconst m = await import(name);" },
  { name: 'a template specifier with an expression', code: 'const m = require(`abstractllm/${sub}`);' },
  { name: 'a local function named require', code: "function require(id: string) { return id; }\nrequire('abstractllm/memory');" },
  { name: 'a namespace of abstractllm used for names that stay', code: "import * as llm from 'abstractllm';\nllm.createLLM('ollama');" },
  { name: 'an empty file', code: '' },
  { name: 'a file that never mentions the package', code: "import { z } from 'zod';\nexport const schema = z.string();" },
];

const invalid: Invalid[] = [
  // ---- Table A: every moved path (D1 keeps each quote style) ----------------------------------
  {
    name: 'A: abstractllm/memory/hierarchical → abstractmemory/core',
    code: "import type { MemoryItem } from 'abstractllm/memory/hierarchical';\nlet item: MemoryItem | undefined;",
    output: "import type { MemoryItem } from 'abstractmemory/core';\nlet item: MemoryItem | undefined;",
    errors: [{ messageId: 'movedModule', data: { from: 'abstractllm/memory/hierarchical', to: 'abstractmemory/core' } }],
  },
  {
    name: 'A: abstractllm/memory → abstractmemory',
    code: "import { summarize } from 'abstractllm/memory';\nsummarize([]);",
    output: "import { summarize } from 'abstractmemory';\nsummarize([]);",
    errors: [{ messageId: 'movedModule', data: { from: 'abstractllm/memory', to: 'abstractmemory' } }],
  },
  {
    name: 'A: abstractllm/cognitive → abstractmemory/cognitive, double quotes kept',
    code: 'import { extractFacts } from "abstractllm/cognitive";\nextractFacts("x");',
    output: 'import { extractFacts } from "abstractmemory/cognitive";\nextractFacts("x");',
    errors: [{ messageId: 'movedModule', data: { from: 'abstractllm/cognitive', to: 'abstractmemory/cognitive' } }],
  },
  {
    name: 'A: what follows the prefix is kept (abstractllm/cognitive/facts)',
    code: "import { FactsExtractor } from 'abstractllm/cognitive/facts';\nnew FactsExtractor();",
    output: "import { FactsExtractor } from 'abstractmemory/cognitive/facts';\nnew FactsExtractor();",
    errors: [{ messageId: 'movedModule', data: { from: 'abstractllm/cognitive/facts', to: 'abstractmemory/cognitive/facts' } }],
  },
  {
    name: 'A: abstractllm/session → abstractagent/agent (side-effect import)',
    code: "import 'abstractllm/session';",
    output: "import 'abstractagent/agent';",
    errors: [{ messageId: 'movedModule', data: { from: 'abstractllm/session', to: 'abstractagent/agent' } }],
  },
  {
    name: 'A: abstractllm/react → abstractagent/reasoning/react, template literal kept',
    code: 'const { ReActCycle } = await import(`abstractllm/react`);\nnew ReActCycle();',
    output: 'const { ReActCycle } = await import(`abstractagent/reasoning/react`);\nnew ReActCycle();',
    errors: [{ messageId: 'movedModule', data: { from: 'abstractllm/react', to: 'abstractagent/reasoning/react' } }],
  },
  {
    name: 'A: abstractllm/cli → abstractagent/cli',
    code: "import { runCli } from 'abstractllm/cli';\nvoid runCli([]);",
    output: "import { runCli } from 'abstractagent/cli';\nvoid runCli([]);",
    errors: [{ messageId: 'movedModule', data: { from: 'abstractllm/cli', to: 'abstractagent/cli' } }],
  },

  // ---- Table B: every moved or renamed export -------------------------------------------------
  {
    name: 'B: Session from abstractllm → Agent from abstractagent, every reference renamed',
    code: [
      "import { Session } from 'abstractllm';",
      'export function describe(s: Session): string {',
      '  return s instanceof Session ? s.id : "";',
      '}',
      'export type Ctor = typeof Session;',
    ].join('\n'),
    output: [
      "import { Agent } from 'abstractagent';",
      'export function describe(s: Agent): string {',
      '  return s instanceof Agent ? s.id : "";',
      '}',
      'export type Ctor = typeof Agent;',
    ].join('\n'),
    errors: [{ messageId: 'movedExport', data: { name: 'Session', from: 'abstractllm', newName: 'Agent', to: 'abstractagent' } }],
    final: [
      "import { Agent } from 'abstractagent';",
      'export function describe(s: Agent): string {',
      '  return s instanceof Agent ? s.session.id : "";',
      '}',
      'export type Ctor = typeof Agent;',
    ].join('\n'),
  },
  {
    name: 'B: Session from abstractllm/session → Agent from abstractagent',
    code: "import { Session } from 'abstractllm/session';\nexport const sessions: Session[] = [];",
    output: "import { Agent } from 'abstractagent';\nexport const sessions: Agent[] = [];",
    errors: [{ messageId: 'movedExport', data: { name: 'Session', from: 'abstractllm/session', newName: 'Agent', to: 'abstractagent' } }],
  },
  {
    name: 'B: HierarchicalMemory from abstractllm → TemporalMemory from abstractmemory',
    code: "import { HierarchicalMemory } from 'abstractllm';\nconst memory = new HierarchicalMemory({ capacity: 10 });\nmemory.search('x');",
    output: "import { TemporalMemory } from 'abstractmemory';\nconst memory = new TemporalMemory({ capacity: 10 });\nmemory.search('x');",
    errors: [{ messageId: 'movedExport', data: { name: 'HierarchicalMemory', from: 'abstractllm', newName: 'TemporalMemory', to: 'abstractmemory' } }],
  },
  {
    name: 'B: HierarchicalMemory from abstractllm/memory → TemporalMemory from abstractmemory',
    code: "import { HierarchicalMemory, summarize } from 'abstractllm/memory';\nconst memory = new HierarchicalMemory();\nsummarize(memory.search('x'));",
    output: "import { TemporalMemory, summarize } from 'abstractmemory';\nconst memory = new TemporalMemory();\nsummarize(memory.search('x'));",
    errors: [
      { messageId: 'movedExport', data: { name: 'HierarchicalMemory', from: 'abstractllm/memory', newName: 'TemporalMemory', to: 'abstractmemory' } },
      { messageId: 'movedModule', data: { from: 'abstractllm/memory', to: 'abstractmemory' } },
    ],
  },
  {
    name: 'B: HierarchicalMemory from abstractllm/memory/hierarchical → TemporalMemory from abstractmemory/core',
    code: "import { HierarchicalMemory } from 'abstractllm/memory/hierarchical';\nnew HierarchicalMemory().clear();",
    output: "import { TemporalMemory } from 'abstractmemory/core';\nnew TemporalMemory().clear();",
    errors: [
      {
        messageId: 'movedExport',
        data: { name: 'HierarchicalMemory', from: 'abstractllm/memory/hierarchical', newName: 'TemporalMemory', to: 'abstractmemory/core' },
      },
    ],
  },
  {
    name: 'B: WebSearchTool and CodeIntelligenceTool move to abstractagent/tools; readFile stays (split)',
    code: "import { readFile, WebSearchTool, CodeIntelligenceTool } from 'abstractllm/tools';\nexport const tools = [new WebSearchTool(), new CodeIntelligenceTool()];\nreadFile('a');",
    output: "import { readFile } from 'abstractllm/tools';\nimport { WebSearchTool, CodeIntelligenceTool } from 'abstractagent/tools';\nexport const tools = [new WebSearchTool(), new CodeIntelligenceTool()];\nreadFile('a');",
    errors: [
      { messageId: 'movedExport', data: { name: 'WebSearchTool', from: 'abstractllm/tools', newName: 'WebSearchTool', to: 'abstractagent/tools' } },
      { messageId: 'movedExport', data: { name: 'CodeIntelligenceTool', from: 'abstractllm/tools', newName: 'CodeIntelligenceTool', to: 'abstractagent/tools' } },
    ],
  },
  {
    name: 'B: SessionOptions and GenerateOptions are reported with no fix, naming AgentOptions and ChatOptions',
    code: "import type { SessionOptions, GenerateOptions } from 'abstractllm';\nlet o: SessionOptions | GenerateOptions | undefined;",
    output: null,
    errors: [
      { messageId: 'removedExport', data: { name: 'SessionOptions', from: 'abstractllm', nearest: 'AgentOptions', nearestFrom: 'abstractagent' } },
      { messageId: 'removedExport', data: { name: 'GenerateOptions', from: 'abstractllm', nearest: 'ChatOptions', nearestFrom: 'abstractagent' } },
    ],
  },
  {
    name: 'B: 2.0 core imports and re-exports next to a moving import are left byte for byte, comments and quotes included',
    code: "import {createLLM as make} from \"abstractllm\" // the core stays\nexport { readFile } from 'abstractllm/tools';\nimport { Session } from 'abstractllm';\nexport const keep = (s: Session): Session => s;\nmake('ollama');",
    output: "import {createLLM as make} from \"abstractllm\" // the core stays\nexport { readFile } from 'abstractllm/tools';\nimport { Agent } from 'abstractagent';\nexport const keep = (s: Agent): Agent => s;\nmake('ollama');",
    errors: [{ messageId: 'movedExport', data: { name: 'Session', from: 'abstractllm', newName: 'Agent', to: 'abstractagent' } }],
  },
  {
    name: 'B: a name with no 2.0 equivalent stays behind alone at its 1.x specifier when the others move',
    code: "import { Session, type SessionOptions, createLLM } from 'abstractllm';\nexport function make(o: SessionOptions): Session | undefined { createLLM('x'); return undefined; }",
    output: "import { Agent } from 'abstractagent';\nimport { type SessionOptions, createLLM } from 'abstractllm';\nexport function make(o: SessionOptions): Agent | undefined { createLLM('x'); return undefined; }",
    errors: [
      { messageId: 'movedExport', data: { name: 'Session', from: 'abstractllm', newName: 'Agent', to: 'abstractagent' } },
      { messageId: 'removedExport', data: { name: 'SessionOptions', from: 'abstractllm', nearest: 'AgentOptions', nearestFrom: 'abstractagent' } },
    ],
    v2: false, // SessionOptions stays, reported, for a person to rewrite
  },
  {
    name: 'B: SessionOptions from abstractllm/session stays at abstractllm/session while Session moves',
    code: "import { Session, type SessionOptions } from 'abstractllm/session';\nexport function make(o: SessionOptions): Session | undefined { return undefined; }",
    output: "import { Agent } from 'abstractagent';\nimport { type SessionOptions } from 'abstractllm/session';\nexport function make(o: SessionOptions): Agent | undefined { return undefined; }",
    errors: [
      { messageId: 'movedExport', data: { name: 'Session', from: 'abstractllm/session', newName: 'Agent', to: 'abstractagent' } },
      { messageId: 'removedExport', data: { name: 'SessionOptions', from: 'abstractllm/session', nearest: 'AgentOptions', nearestFrom: 'abstractagent' } },
    ],
    v2: false,
  },

  // ---- C: every syntactic form ---------------------------------------------------------------
  {
    name: 'C: import type of a renamed class',
    code: "import type { Session } from 'abstractllm';\nexport let current: Session | null = null;",
    output: "import type { Agent } from 'abstractagent';\nexport let current: Agent | null = null;",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'C: an inline type specifier keeps its type modifier in its new statement',
    code: "import { type Session, createLLM } from 'abstractllm';\nexport let current: Session | null = null;\ncreateLLM('ollama');",
    output: "import { type Agent } from 'abstractagent';\nimport { createLLM } from 'abstractllm';\nexport let current: Agent | null = null;\ncreateLLM('ollama');",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'C: export { … } from keeps public names (D3)',
    code: "export { Session, createLLM } from 'abstractllm';\nexport { HierarchicalMemory as Memory } from 'abstractllm/memory/hierarchical';",
    output: "export { Agent as Session } from 'abstractagent';\nexport { createLLM } from 'abstractllm';\nexport { TemporalMemory as Memory } from 'abstractmemory/core';",
    errors: [{ messageId: 'movedExport' }, { messageId: 'movedExport' }],
  },
  {
    name: 'C: export type { … } from a moved path',
    code: "export type { Fact } from 'abstractllm/cognitive';",
    output: "export type { Fact } from 'abstractmemory/cognitive';",
    errors: [{ messageId: 'movedModule' }],
  },
  {
    name: 'C: export type of a name with no 2.0 equivalent is reported only',
    code: "export type { SessionOptions } from 'abstractllm';",
    output: null,
    errors: [{ messageId: 'removedExport' }],
  },
  {
    name: 'C: export * from a moved path whose surface did not change',
    code: "export * from 'abstractllm/cognitive';",
    output: "export * from 'abstractmemory/cognitive';",
    errors: [{ messageId: 'movedModule' }],
  },
  {
    name: 'C: export * from a module that lost a name re-exports it from its 2.0 home under its 1.x name',
    code: "export * from 'abstractllm/memory';",
    output: "export * from 'abstractmemory';\nexport { TemporalMemory as HierarchicalMemory } from 'abstractmemory';",
    errors: [{ messageId: 'starExport', data: { statement: "export * from 'abstractllm/memory'", names: "'HierarchicalMemory'", advice: 'the fix re-exports them from their 2.0 home under the same names' } }],
  },
  {
    name: 'C: export * from abstractllm (loses types with no 2.0 equivalent) is reported only',
    code: "export * from 'abstractllm';",
    output: null,
    errors: [
      {
        messageId: 'starExport',
        data: {
          statement: "export * from 'abstractllm'",
          names: "'Session', 'HierarchicalMemory', 'SessionOptions', 'GenerateOptions'",
          advice: "re-export the moved names from their 2.0 home by hand ('SessionOptions', 'GenerateOptions': no 2.0 equivalent)",
        },
      },
    ],
  },
  {
    name: 'C: export * as ns from a module whose namespace changes shape is reported only',
    code: "export * as tools from 'abstractllm/tools';",
    output: null,
    errors: [
      {
        messageId: 'starExport',
        data: {
          statement: "export * as tools from 'abstractllm/tools'",
          names: "'WebSearchTool', 'CodeIntelligenceTool'",
          advice: 'the namespace object changes shape: re-export its members by hand',
        },
      },
    ],
  },
  {
    name: 'C: export * as ns from a moved path whose surface did not change',
    code: "export * as react from 'abstractllm/react';",
    output: "export * as react from 'abstractagent/reasoning/react';",
    errors: [{ messageId: 'movedModule' }],
  },
  {
    name: 'C: require() of a moved path (CommonJS)',
    code: "const { runCli } = require('abstractllm/cli');\nrunCli(process.argv);",
    output: "const { runCli } = require('abstractagent/cli');\nrunCli(process.argv);",
    errors: [{ messageId: 'movedModule' }],
    languageOptions: cjs,
    filename: 'bin.js',
  },
  {
    name: 'C: a statement under a // @ts-expect-error is only edited in place: split, the error it expects would move to one of the new statements and the directive above another would be an error itself, TS2578 (found by probing)',
    code: "// @ts-expect-error -- NotThere is gone\nimport { Session, HierarchicalMemory, NotThere } from 'abstractllm';\nexport const a = [new Session(), new HierarchicalMemory(), NotThere];",
    output: null,
    errors: [{ messageId: 'movedExport' }, { messageId: 'movedExport' }],
    v2: false,
  },
  {
    name: 'C: a // @ts-ignore above a require that is split is written above each new statement (found by probing: only the first line was covered)',
    code: "function load() {\n  /* @ts-ignore a CommonJS-only build */\n  const { Session: S2, createLLM } = require('abstractllm');\n  return [new S2(), createLLM('x')];\n}\nmodule.exports = load;",
    output: "function load() {\n  /* @ts-ignore a CommonJS-only build */\n  const { Agent: S2 } = require('abstractagent');\n  /* @ts-ignore a CommonJS-only build */\n  const { createLLM } = require('abstractllm');\n  return [new S2(), createLLM('x')];\n}\nmodule.exports = load;",
    final: "function load() {\n  /* @ts-ignore a CommonJS-only build */\n  const { Agent: S2 } = require('abstractagent');\n  /* @ts-ignore a CommonJS-only build */\n  const { createLLM } = require('abstractllm');\n  return [new S2({ llmConfig: { provider: 'ollama' } }), createLLM('x')];\n}\nmodule.exports = load;",
    errors: [{ messageId: 'movedExport' }],
    languageOptions: cjs,
    filename: 'index.cjs',
  },
  {
    name: 'C: a directive not on the line above is not repeated, one at the end of a line of code is; a statement under a @ts-expect-error is not split (reported); a statement under a directive joins no other',
    code: "// @ts-ignore\n\nconst { Session, HierarchicalMemory } = require('abstractllm');\nfoo(); // @ts-ignore\nconst { Session: S2, createLLM } = require('abstractllm');\n// @ts-expect-error untyped\nconst { Session: S3, createLLM: c3 } = require('abstractllm');\nmodule.exports = [new Session(), new HierarchicalMemory(), new S2(), createLLM('x'), new S3(), c3('y')];",
    output: "// @ts-ignore\n\nconst { Agent } = require('abstractagent');\nconst { TemporalMemory } = require('abstractmemory');\nfoo(); // @ts-ignore\nconst { Agent: S2 } = require('abstractagent');\n// @ts-ignore\nconst { createLLM } = require('abstractllm');\n// @ts-expect-error untyped\nconst { Session: S3, createLLM: c3 } = require('abstractllm');\nmodule.exports = [new Agent(), new TemporalMemory(), new S2(), createLLM('x'), new S3(), c3('y')];",
    final: "// @ts-ignore\n\nconst { Agent } = require('abstractagent');\nconst { TemporalMemory } = require('abstractmemory');\nfoo(); // @ts-ignore\nconst { Agent: S2 } = require('abstractagent');\n// @ts-ignore\nconst { createLLM } = require('abstractllm');\n// @ts-expect-error untyped\nconst { Session: S3, createLLM: c3 } = require('abstractllm');\nmodule.exports = [new Agent({ llmConfig: { provider: 'ollama' } }), new TemporalMemory(), new S2({ llmConfig: { provider: 'ollama' } }), createLLM('x'), new S3(), c3('y')];",
    errors: [{ messageId: 'movedExport' }, { messageId: 'movedExport' }, { messageId: 'movedExport' }, { messageId: 'movedExport' }],
    v2: false,
    languageOptions: cjs,
    filename: 'index.cjs',
  },
  {
    name: 'C: destructured require is split and renamed like an import',
    code: "const { Session, createLLM: make } = require('abstractllm');\nmodule.exports = { Session, llm: make('ollama') };",
    output: "const { Agent } = require('abstractagent');\nconst { createLLM: make } = require('abstractllm');\nmodule.exports = { Session: Agent, llm: make('ollama') };",
    errors: [{ messageId: 'movedExport', data: { name: 'Session', from: 'abstractllm', newName: 'Agent', to: 'abstractagent' } }],
    languageOptions: cjs,
    filename: 'index.cjs',
  },
  {
    name: 'C: a destructured require with an alias keeps the alias',
    code: "const { HierarchicalMemory: Memory } = require('abstractllm/memory');\nnew Memory();",
    output: "const { TemporalMemory: Memory } = require('abstractmemory');\nnew Memory();",
    errors: [{ messageId: 'movedExport' }],
    languageOptions: cjs,
    filename: 'memory.js',
  },
  {
    name: 'C: require.resolve, import.meta.resolve and import() of moved paths',
    code: "const a = require.resolve('abstractllm/memory/hierarchical');\nconst b = import.meta.resolve(\"abstractllm/cli\");\nconst c = await import('abstractllm/cognitive');",
    output: "const a = require.resolve('abstractmemory/core');\nconst b = import.meta.resolve(\"abstractagent/cli\");\nconst c = await import('abstractmemory/cognitive');",
    errors: [{ messageId: 'movedModule' }, { messageId: 'movedModule' }, { messageId: 'movedModule' }],
    v1: false, // import.meta.resolve needs a module setting the API tsconfig does not use
  },
  {
    name: 'C: const { … } = await import() is split and renamed like an import',
    code: "const { HierarchicalMemory, summarize } = await import('abstractllm/memory');\nsummarize(new HierarchicalMemory().search('x'));",
    output: "const { TemporalMemory, summarize } = await import('abstractmemory');\nsummarize(new TemporalMemory().search('x'));",
    errors: [{ messageId: 'movedExport' }, { messageId: 'movedModule' }],
  },
  {
    name: 'C: import() of a module whose surface changed, used as a whole, is reported only',
    code: "import('abstractllm/memory').then((m) => m.summarize([]));",
    output: null,
    errors: [{ messageId: 'movedModuleManual', data: { from: 'abstractllm/memory', to: 'abstractmemory', names: "'HierarchicalMemory'" } }],
  },
  {
    name: "C: require('x').Name reads a named member and is rewritten",
    code: "const Memory = require('abstractllm').HierarchicalMemory;\nnew Memory();",
    output: "const Memory = require('abstractmemory').TemporalMemory;\nnew Memory();",
    errors: [{ messageId: 'namespaceMember' }],
    languageOptions: cjs,
    filename: 'memory.cjs',
  },
  {
    name: 'C: TypeScript import = require() of a moved path',
    code: "import cli = require('abstractllm/cli');\nvoid cli.runCli([]);",
    output: "import cli = require('abstractagent/cli');\nvoid cli.runCli([]);",
    errors: [{ messageId: 'movedModule' }],
    v1: false, // import = require needs module: commonjs
    v2: false,
  },
  {
    name: 'C: typeof import() and import().Name types',
    code: [
      "type Cognitive = typeof import('abstractllm/cognitive');",
      "type S = import('abstractllm').Session;",
      "type M = import('abstractllm/memory/hierarchical').HierarchicalMemory;",
      "type F = import('abstractllm/cognitive').Fact;",
    ].join('\n'),
    output: [
      "type Cognitive = typeof import('abstractmemory/cognitive');",
      "type S = import('abstractagent').Agent;",
      "type M = import('abstractmemory/core').TemporalMemory;",
      "type F = import('abstractmemory/cognitive').Fact;",
    ].join('\n'),
    errors: [{ messageId: 'movedModule' }, { messageId: 'movedExport' }, { messageId: 'movedExport' }, { messageId: 'movedModule' }],
  },
  {
    name: 'C: typeof import() of a module whose surface changed is reported only',
    code: "type Memory = typeof import('abstractllm/memory');",
    output: null,
    errors: [{ messageId: 'movedModuleManual' }],
  },
  {
    name: 'C: import().Name of a name with no 2.0 equivalent is reported only',
    code: "type O = import('abstractllm').SessionOptions;",
    output: null,
    errors: [{ messageId: 'removedExport' }],
  },
  {
    name: 'C: declare module augmentations and bodiless declarations of moved paths',
    code: "declare module 'abstractllm/cognitive' {\n  interface Fact { source?: string }\n}\ndeclare module 'abstractllm/react';",
    output: "declare module 'abstractmemory/cognitive' {\n  interface Fact { source?: string }\n}\ndeclare module 'abstractagent/reasoning/react';",
    errors: [{ messageId: 'movedModule' }, { messageId: 'movedModule' }],
    v1: false, // a bodiless declaration shadows the package for the checker
    v2: false,
  },
  {
    name: 'C: an augmentation that declares a renamed class is reported only',
    code: "declare module 'abstractllm' {\n  interface Session { trace(): void }\n}",
    output: null,
    errors: [{ messageId: 'augmentation', data: { from: 'abstractllm', name: 'Session', to: 'abstractagent', newName: 'Agent' } }],
  },
  {
    name: "C: an augmentation that names the module's own renamed class is reported, and its path does not move (found by probing: declare module 'abstractmemory/core' was left naming HierarchicalMemory, with nothing reported)",
    code: "declare module 'abstractllm/memory/hierarchical' {\n  export function rehydrate(memory: HierarchicalMemory): void;\n}\ndeclare module 'abstractllm' {\n  export function helper(session: Session): void;\n}\nexport {};",
    output: null,
    errors: [
      { messageId: 'augmentationUse', data: { from: 'abstractllm/memory/hierarchical', name: 'HierarchicalMemory', to: 'abstractmemory/core', newName: 'TemporalMemory' } },
      { messageId: 'augmentationUse', data: { from: 'abstractllm', name: 'Session', to: 'abstractagent', newName: 'Agent' } },
    ],
  },
  {
    name: 'C: an augmentation that names a binding the file imports is left to the rename (found by probing)',
    code: "import { Session } from 'abstractllm';\ndeclare module 'abstractllm' {\n  export function helper(session: Session): void;\n}\nexport const s: Session | undefined = undefined;",
    output: "import { Agent } from 'abstractagent';\ndeclare module 'abstractllm' {\n  export function helper(session: Agent): void;\n}\nexport const s: Agent | undefined = undefined;",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'C: vi.mock, vi.doMock, vi.importActual and vi.importMock of moved paths',
    code: [
      "vi.mock('abstractllm/cognitive');",
      "vi.doMock('abstractllm/cli', () => ({ runCli: vi.fn() }));",
      "const react = await vi.importActual('abstractllm/react');",
      "const facts = await vi.importMock('abstractllm/cognitive/facts');",
    ].join('\n'),
    output: [
      "vi.mock('abstractmemory/cognitive');",
      "vi.doMock('abstractagent/cli', () => ({ runCli: vi.fn() }));",
      "const react = await vi.importActual('abstractagent/reasoning/react');",
      "const facts = await vi.importMock('abstractmemory/cognitive/facts');",
    ].join('\n'),
    errors: [{ messageId: 'movedModule' }, { messageId: 'movedModule' }, { messageId: 'movedModule' }, { messageId: 'movedModule' }],
  },
  {
    name: 'C: vi.importActual inside the factory of a mock of the same module moves with it',
    code: "vi.mock('abstractllm/memory', async () => ({\n  ...(await vi.importActual('abstractllm/memory')),\n  summarize: vi.fn(),\n}));",
    output: "vi.mock('abstractmemory', async () => ({\n  ...(await vi.importActual('abstractmemory')),\n  summarize: vi.fn(),\n}));",
    errors: [{ messageId: 'movedModule' }, { messageId: 'movedModule' }],
  },
  {
    name: 'C: the load inside a mock that an import holds at 1.x stays with that mock (it would load the 2.0 module into the 1.x mock)',
    code: "jest.mock('abstractllm/memory', () => jest.requireActual('abstractllm/memory'));\nconst { HierarchicalMemory } = require('abstractllm/memory');\nmodule.exports = () => new HierarchicalMemory().search('q');",
    output: null,
    errors: [{ messageId: 'unmigratableUse', line: 1 }, { messageId: 'renameBlocked', line: 2 }],
    filename: 'memory.test.cjs',
  },
  {
    name: 'C: jest.mock, jest.doMock, jest.requireActual and jest.requireMock of moved paths',
    code: [
      "jest.mock('abstractllm/react');",
      "jest.doMock('abstractllm/cli');",
      "const facts = jest.requireActual('abstractllm/cognitive/facts');",
      "const cli = jest.requireMock('abstractllm/cli');",
    ].join('\n'),
    output: [
      "jest.mock('abstractagent/reasoning/react');",
      "jest.doMock('abstractagent/cli');",
      "const facts = jest.requireActual('abstractmemory/cognitive/facts');",
      "const cli = jest.requireMock('abstractagent/cli');",
    ].join('\n'),
    errors: [{ messageId: 'movedModule' }, { messageId: 'movedModule' }, { messageId: 'movedModule' }, { messageId: 'movedModule' }],
  },
  {
    name: 'C: vi imported from vitest is recognised too',
    code: "import { vi } from 'vitest';\nvi.mock('abstractllm/cli');",
    output: "import { vi } from 'vitest';\nvi.mock('abstractagent/cli');",
    errors: [{ messageId: 'movedModule' }],
  },
  {
    name: 'C: a mock factory that stubs a table-B symbol is reported without a fix',
    code: "vi.mock('abstractllm', () => ({ Session: vi.fn(), createLLM: vi.fn() }));",
    output: null,
    errors: [{ messageId: 'mockFactory', data: { from: 'abstractllm', name: 'Session', to: 'abstractagent', newName: 'Agent' } }],
  },
  {
    name: 'C: jest.mock factory stubbing HierarchicalMemory on a moved path is reported without a fix',
    code: "jest.mock('abstractllm/memory', () => ({ HierarchicalMemory: jest.fn() }));",
    output: null,
    errors: [{ messageId: 'mockFactory', data: { from: 'abstractllm/memory', name: 'HierarchicalMemory', to: 'abstractmemory', newName: 'TemporalMemory' } }],
  },

  // ---- D2: splitting and merging imports -----------------------------------------------------
  {
    name: 'a specifier and names written with unicode escapes are read as what they spell (found by probing: the textual first check skipped the file)',
    code: "import { Sess\\u0069on } from 'abstractll\\u006d/session';\nexport { Session };",
    output: "import { Agent } from 'abstractagent';\nexport { Agent as Session };",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'D3: a block of a merged namespace that declares Agent in another block captures the new name: the local name is kept (found by probing: new Agent() ran Bots.Agent)',
    code: "import { Session } from 'abstractllm';\nexport namespace Bots { export class Agent {} }\nexport namespace Bots { export const main = new Session(); }",
    output: "import { Agent as Session } from 'abstractagent';\nexport namespace Bots { export class Agent {} }\nexport namespace Bots { export const main = new Session(); }",
    errors: [{ messageId: 'movedExport' }],
    final: "import { Agent as Session } from 'abstractagent';\nexport namespace Bots { export class Agent {} }\nexport namespace Bots { export const main = new Session({ llmConfig: { provider: 'ollama' } }); }",
  },
  {
    name: 'D3: the same for a merged enum with a member Agent',
    code: "import { Session } from 'abstractllm';\nexport const made: unknown[] = [];\nexport enum E { Agent = 1 }\nexport enum E { B = made.push(new Session()) }",
    output: "import { Agent as Session } from 'abstractagent';\nexport const made: unknown[] = [];\nexport enum E { Agent = 1 }\nexport enum E { B = made.push(new Session()) }",
    errors: [{ messageId: 'movedExport' }],
    final: "import { Agent as Session } from 'abstractagent';\nexport const made: unknown[] = [];\nexport enum E { Agent = 1 }\nexport enum E { B = made.push(new Session({ llmConfig: { provider: 'ollama' } })) }",
  },
  {
    name: 'a specifier written with an identity escape or a line continuation is read as what it spells (found by review: every rule skipped the file)',
    code: "import { Session } from 'abstractll\\m/session';\nimport { createLLM } from 'abstract\\\nllm';\nexport { Session, createLLM };",
    output: "import { Agent } from 'abstractagent';\nimport { createLLM } from 'abstract\\\nllm';\nexport { Agent as Session, createLLM };",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'D2: without semicolons, a `;` that guards the next line stays at its start when the statement before it is split (found by probing)',
    code: "const a = 1\nimport { Session, createLLM } from 'abstractllm'\n;[a].forEach(() => new Session())\nexport const m = createLLM('x')",
    output: "const a = 1\nimport { Agent } from 'abstractagent'\nimport { createLLM } from 'abstractllm'\n;[a].forEach(() => new Agent())\nexport const m = createLLM('x')",
    errors: [{ messageId: 'movedExport' }],
    final: "const a = 1\nimport { Agent } from 'abstractagent'\nimport { createLLM } from 'abstractllm'\n;[a].forEach(() => new Agent({ llmConfig: { provider: 'ollama' } }))\nexport const m = createLLM('x')",
  },
  {
    name: 'D2: a comment between a split statement and its guarding `;` stays once, where it was (found by review: it was also copied above)',
    code: "import { HierarchicalMemory, createLLM } from 'abstractllm' // core\n;[createLLM].forEach(console.log)\nexport const m = new HierarchicalMemory()",
    output: "import { TemporalMemory } from 'abstractmemory'\nimport { createLLM } from 'abstractllm' // core\n;[createLLM].forEach(console.log)\nexport const m = new TemporalMemory()",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'D2: the same for a require (where the `;` is needed: the next line would continue the call)',
    code: "const { Session, createLLM } = require('abstractllm')\n;(function () { createLLM('x'); console.log(Session) })()",
    output: "const { Agent } = require('abstractagent')\nconst { createLLM } = require('abstractllm')\n;(function () { createLLM('x'); console.log(Agent) })()",
    errors: [{ messageId: 'movedExport' }],
    filename: 'boot.cjs',
  },
  {
    name: 'D2: a split keeps the default import with its module (first, as written), semicolon-less style and CRLF',
    code: "import llm, { Session, createLLM } from 'abstractllm'\r\nexport let s: Session | undefined = undefined\r\n",
    output: "import llm, { createLLM } from 'abstractllm'\r\nimport { Agent } from 'abstractagent'\r\nexport let s: Agent | undefined = undefined\r\n",
    errors: [{ messageId: 'movedExport' }],
    v1: false, // 1.x has no default export; the test is about layout
    v2: false,
  },
  {
    name: 'D2: a split keeps comments with their specifiers, multi-line layout and double quotes',
    code: [
      'import {',
      '  // the conversation',
      '  Session,',
      '  createLLM, // provider factory',
      '  /* long-term */ HierarchicalMemory,',
      '} from "abstractllm";',
      'export type Deps = [Session, HierarchicalMemory, typeof createLLM];',
    ].join('\n'),
    output: [
      'import {',
      '  // the conversation',
      '  Agent,',
      '} from "abstractagent";',
      'import {',
      '  createLLM, // provider factory',
      '} from "abstractllm";',
      'import {',
      '  /* long-term */',
      '  TemporalMemory,',
      '} from "abstractmemory";',
      'export type Deps = [Agent, TemporalMemory, typeof createLLM];',
    ].join('\n'),
    errors: [{ messageId: 'movedExport' }, { messageId: 'movedExport' }],
  },
  {
    name: 'D2: a moved name joins an existing import of its target package',
    code: "import { ReActCycle } from 'abstractagent/reasoning/react';\nimport { WebSearchTool as Search } from 'abstractagent/tools';\nimport { CodeIntelligenceTool, readFile } from 'abstractllm/tools';\nexport const tools = [new Search(), new CodeIntelligenceTool(), readFile, ReActCycle];",
    output: "import { ReActCycle } from 'abstractagent/reasoning/react';\nimport { WebSearchTool as Search, CodeIntelligenceTool } from 'abstractagent/tools';\nimport { readFile } from 'abstractllm/tools';\nexport const tools = [new Search(), new CodeIntelligenceTool(), readFile, ReActCycle];",
    errors: [{ messageId: 'movedExport' }],
    v1: false, // a half-migrated file: it already imports from a 2.0 package
  },
  {
    name: 'D2: joining a one-name-a-line import keeps its layout and trailing comma',
    code: "import {\n  summarize,\n  type MemoryItem,\n} from 'abstractmemory';\nimport { HierarchicalMemory } from 'abstractllm';\nexport const m: MemoryItem[] = new HierarchicalMemory().search(summarize([]));",
    output: "import {\n  summarize,\n  type MemoryItem,\n  TemporalMemory,\n} from 'abstractmemory';\nexport const m: MemoryItem[] = new TemporalMemory().search(summarize([]));",
    errors: [{ messageId: 'movedExport' }],
    v1: false, // a half-migrated file: it already imports from a 2.0 package
  },
  {
    name: 'D2: a whole statement that moves into an existing import is removed with its line',
    code: "import { summarize } from 'abstractmemory';\nimport { HierarchicalMemory } from 'abstractllm';\nsummarize(new HierarchicalMemory().search('q'));",
    output: "import { summarize, TemporalMemory } from 'abstractmemory';\nsummarize(new TemporalMemory().search('q'));",
    errors: [{ messageId: 'movedExport' }],
    v1: false, // a half-migrated file: it already imports from a 2.0 package
  },
  {
    name: 'D2: a type-only name joins a value import as an inline type',
    code: "import { TemporalMemory } from 'abstractmemory';\nimport type { HierarchicalMemory as Old } from 'abstractllm/memory';\nexport const m: Old = new TemporalMemory();",
    output: "import { TemporalMemory, type TemporalMemory as Old } from 'abstractmemory';\nexport const m: Old = new TemporalMemory();",
    errors: [{ messageId: 'movedExport' }],
    v1: false, // a half-migrated file: it already imports from a 2.0 package
  },
  {
    name: 'D2: names from two 1.x statements going to one package share one new statement',
    code: "import { Session, createLLM } from 'abstractllm';\nimport type { Session as Legacy, SessionOptions } from 'abstractllm/session';\nexport type Pair = [Session, Legacy, SessionOptions];\ncreateLLM('x');",
    output: "import { Agent } from 'abstractagent';\nimport { createLLM } from 'abstractllm';\nimport type { Agent as Legacy } from 'abstractagent';\nimport type { SessionOptions } from 'abstractllm/session';\nexport type Pair = [Agent, Legacy, SessionOptions];\ncreateLLM('x');",
    errors: [{ messageId: 'movedExport' }, { messageId: 'movedExport' }, { messageId: 'removedExport' }],
    v2: false,
  },
  {
    name: 'D2: a namespace import stays with its module',
    code: "import * as memory from 'abstractllm/memory';\nmemory.summarize([]);",
    output: "import * as memory from 'abstractmemory';\nmemory.summarize([]);",
    errors: [{ messageId: 'movedModule' }],
  },

  // ---- D3: renaming every reference ----------------------------------------------------------
  {
    name: 'D3: shorthand properties keep their key; exported locals keep their public name',
    code: "import { Session, HierarchicalMemory } from 'abstractllm';\nexport const registry = { Session, HierarchicalMemory };\nexport { Session, HierarchicalMemory as Memory };",
    output: "import { Agent } from 'abstractagent';\nimport { TemporalMemory } from 'abstractmemory';\nexport const registry = { Session: Agent, HierarchicalMemory: TemporalMemory };\nexport { Agent as Session, TemporalMemory as Memory };",
    errors: [{ messageId: 'movedExport' }, { messageId: 'movedExport' }],
  },
  {
    name: 'D3: export default of a renamed class',
    code: "import { HierarchicalMemory } from 'abstractllm/memory';\nexport default HierarchicalMemory;",
    output: "import { TemporalMemory } from 'abstractmemory';\nexport default TemporalMemory;",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'D3: JSX tags are renamed',
    code: "import { Session } from 'abstractllm';\nexport const view = <Session.Provider value={1}><Session.Consumer /></Session.Provider>;",
    output: "import { Agent } from 'abstractagent';\nexport const view = <Agent.Provider value={1}><Agent.Consumer /></Agent.Provider>;",
    errors: [{ messageId: 'movedExport' }],
    filename: 'view.tsx',
    languageOptions: jsx,
    v1: false, // Session is not a component; the test is about the rename
    v2: false,
  },
  {
    name: 'D7: the class as a JSX element is a construction with its attributes as 1.x options, so the rename waits (found by probing: <Agent model="gpt" /> failed to type-check with nothing reported)',
    code: "import { Session, HierarchicalMemory } from 'abstractllm';\nexport const view = <Session model=\"gpt\" />;\nexport const bare = <Session></Session>;\nexport const memory = <HierarchicalMemory />;",
    output: "import { Session } from 'abstractllm';\nimport { TemporalMemory } from 'abstractmemory';\nexport const view = <Session model=\"gpt\" />;\nexport const bare = <Session></Session>;\nexport const memory = <TemporalMemory />;",
    errors: [
      { messageId: 'renameBlocked', data: { name: 'Session', from: 'abstractllm', newName: 'Agent', to: 'abstractagent', line: '2', reason: '<Session … /> takes its attributes as 1.x options no fix can migrate' } },
      { messageId: 'movedExport' },
      { messageId: 'unmigratableUse', line: 2 },
      { messageId: 'unmigratableUse', line: 3 },
    ],
    filename: 'view.tsx',
    languageOptions: jsx,
    v1: false, // neither class is a component
    v2: false,
  },
  {
    name: 'D3: JSX tags in a .js file parsed by espree are renamed',
    code: "import { HierarchicalMemory } from 'abstractllm';\nexport const view = <HierarchicalMemory></HierarchicalMemory>;",
    output: "import { TemporalMemory } from 'abstractmemory';\nexport const view = <TemporalMemory></TemporalMemory>;",
    errors: [{ messageId: 'movedExport' }],
    filename: 'view.js',
    languageOptions: js,
  },
  {
    name: 'D7: a 1.x member read off a value a JSDoc type gives as the class holds the rename (found by probing: s.generate on a @param {Session} s stayed, unreported, after the rename)',
    code: [
      "import { HierarchicalMemory, Session } from 'abstractllm';",
      '/** @param {Session} s the chat */',
      "export const ask = async (s) => (await s.generate('hi')).content;",
      '/** @typedef {HierarchicalMemory | undefined} Store */',
      '/** @type {Store} */',
      'let store;',
      'export function note(text) { const { addToWorkingMemory } = store; return addToWorkingMemory(text); }',
      'export const made = [new Session(), new HierarchicalMemory()];',
    ].join('\n'),
    output: null,
    errors: [
      { messageId: 'renameBlocked', line: 1, column: 10, data: { name: 'HierarchicalMemory', from: 'abstractllm', newName: 'TemporalMemory', to: 'abstractmemory', line: '7', reason: 'store.addToWorkingMemory on a value a JSDoc type gives as HierarchicalMemory, which the migration does not follow' } },
      { messageId: 'renameBlocked', line: 1, column: 30, data: { name: 'Session', from: 'abstractllm', newName: 'Agent', to: 'abstractagent', line: '3', reason: "s.generate on a value a JSDoc type gives as Session, which the migration does not follow" } },
      { messageId: 'unmigratableUse', line: 3 },
      { messageId: 'unmigratableUse', line: 7 },
    ],
    filename: 'chat.js',
    languageOptions: js,
  },
  {
    name: 'D3: a JSDoc type with no 1.x member read off what it types does not hold the rename (found by probing)',
    code: "import { Session } from 'abstractllm';\n/** @param {Session} s */\nexport const keep = (s) => [s];\nexport const made = new Session();",
    output: "import { Agent } from 'abstractagent';\n/** @param {Session} s */\nexport const keep = (s) => [s];\nexport const made = new Agent();",
    final: "import { Agent } from 'abstractagent';\n/** @param {Session} s */\nexport const keep = (s) => [s];\nexport const made = new Agent({ llmConfig: { provider: 'ollama' } });",
    errors: [{ messageId: 'movedExport' }],
    filename: 'keep.js',
    languageOptions: js,
  },
  {
    name: 'D3: an aliased import changes only the imported name',
    code: "import { Session as LegacySession } from 'abstractllm';\nexport let s: LegacySession | undefined;",
    output: "import { Agent as LegacySession } from 'abstractagent';\nexport let s: LegacySession | undefined;",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'D3: an alias that equals the new name collapses',
    code: "import { Session as Agent } from 'abstractllm';\nexport let s: Agent | undefined;",
    output: "import { Agent } from 'abstractagent';\nexport let s: Agent | undefined;",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'D3: a collision with a module binding keeps the local name with an alias',
    code: "import { Session } from 'abstractllm';\nclass Agent {}\nexport let s: Session | Agent | undefined;",
    output: "import { Agent as Session } from 'abstractagent';\nclass Agent {}\nexport let s: Session | Agent | undefined;",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'D3: shadowing where a reference sits keeps the local name with an alias',
    code: "import { HierarchicalMemory } from 'abstractllm';\nexport function make(TemporalMemory: number) {\n  return [TemporalMemory, new HierarchicalMemory()];\n}",
    output: "import { TemporalMemory as HierarchicalMemory } from 'abstractmemory';\nexport function make(TemporalMemory: number) {\n  return [TemporalMemory, new HierarchicalMemory()];\n}",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'D3: a global of the new name used in the file keeps the local name with an alias',
    code: "import { Session } from 'abstractllm';\nconsole.log(Agent);\nexport let s: Session | undefined;",
    output: "import { Agent as Session } from 'abstractagent';\nconsole.log(Agent);\nexport let s: Session | undefined;",
    errors: [{ messageId: 'movedExport' }],
    v1: false,
    v2: false,
  },
  {
    name: 'D3: a shadowing binding where no reference sits does not block the rename',
    code: "import { Session } from 'abstractllm';\nfunction unrelated() { const Agent = 1; return Agent; }\nexport let s: Session | undefined;\nunrelated();",
    output: "import { Agent } from 'abstractagent';\nfunction unrelated() { const Agent = 1; return Agent; }\nexport let s: Agent | undefined;\nunrelated();",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'D3: an existing import of the new name is reused instead of a second binding',
    code: "import { Agent } from 'abstractagent';\nimport { Session } from 'abstractllm';\nexport let pair: [Agent, Session] | undefined;",
    output: "import { Agent } from 'abstractagent';\nexport let pair: [Agent, Agent] | undefined;",
    errors: [{ messageId: 'movedExport' }],
    v1: false, // a half-migrated file: it already imports from a 2.0 package
  },
  {
    name: 'D3: two imports of HierarchicalMemory never pick the same new name',
    code: "import { HierarchicalMemory } from 'abstractllm';\nimport { HierarchicalMemory as Core } from 'abstractllm/memory/hierarchical';\nexport const both = [new HierarchicalMemory(), new Core()];",
    output: "import { TemporalMemory } from 'abstractmemory';\nimport { TemporalMemory as Core } from 'abstractmemory/core';\nexport const both = [new TemporalMemory(), new Core()];",
    errors: [{ messageId: 'movedExport' }, { messageId: 'movedExport' }],
  },

  // ---- D4: namespaces and CommonJS objects ---------------------------------------------------
  {
    name: 'D4: llm.Session on a namespace that does not escape becomes a named import',
    code: "import * as llm from 'abstractllm';\nexport function open(s: llm.Session) { return s instanceof llm.Session ? llm.createLLM('x') : null; }",
    output: "import * as llm from 'abstractllm';\nimport { Agent } from 'abstractagent';\nexport function open(s: Agent) { return s instanceof Agent ? llm.createLLM('x') : null; }",
    errors: [{ messageId: 'namespaceMember' }, { messageId: 'namespaceMember' }],
  },
  {
    name: 'D4: a type-only namespace gets a type-only import',
    code: "import type * as llm from 'abstractllm';\nexport let s: llm.Session | undefined;",
    output: "import type * as llm from 'abstractllm';\nimport type { Agent } from 'abstractagent';\nexport let s: Agent | undefined;",
    errors: [{ messageId: 'namespaceMember' }],
  },
  {
    name: 'D4: a member of a moved namespace whose new home is the same module is renamed in place',
    code: "import * as memory from 'abstractllm/memory';\nexport const m = new memory.HierarchicalMemory();",
    output: "import * as memory from 'abstractmemory';\nexport const m = new memory.TemporalMemory();",
    errors: [{ messageId: 'movedModule' }, { messageId: 'namespaceMember' }],
  },
  {
    name: 'D4: a CommonJS object member becomes a destructured require',
    code: "const llm = require('abstractllm');\nconst memory = new llm.HierarchicalMemory();\nllm.createLLM('ollama');",
    output: "const llm = require('abstractllm');\nconst { TemporalMemory } = require('abstractmemory');\nconst memory = new TemporalMemory();\nllm.createLLM('ollama');",
    errors: [{ messageId: 'namespaceMember' }],
    languageOptions: cjs,
    filename: 'memory.cjs',
  },
  {
    name: 'D4: a namespace that escapes is reported without a fix',
    code: "const llm = require('abstractllm');\nregister(llm);\nnew llm.HierarchicalMemory();",
    output: null,
    errors: [{ messageId: 'namespaceMemberManual', data: { object: 'llm', name: 'HierarchicalMemory', newName: 'TemporalMemory', to: 'abstractmemory', reason: "'llm' is used as a value" } }],
    languageOptions: cjs,
    filename: 'memory.cjs',
  },
  {
    name: 'D4: a moved namespace that escapes is reported without a fix, path included',
    code: "import * as memory from 'abstractllm/memory';\nexport default memory;\nnew memory.HierarchicalMemory();",
    output: null,
    errors: [
      { messageId: 'movedModuleManual' },
      { messageId: 'namespaceMemberManual' },
    ],
  },
  {
    name: 'D4: a namespace member whose new name is taken is reported without a fix',
    code: "import * as llm from 'abstractllm';\nconst Agent = 1;\nexport let s: llm.Session | undefined;\nvoid Agent;",
    output: null,
    errors: [{ messageId: 'namespaceMemberManual', data: { object: 'llm', name: 'Session', newName: 'Agent', to: 'abstractagent', reason: "'Agent' is already a name here" } }],
  },

  // ---- D7: a rename never hides a use no fix can migrate -------------------------------------
  {
    name: 'D7: non-literal constructor options keep the Session import and report the use',
    code: "import { Session, type SessionOptions } from 'abstractllm';\nexport function open(options: SessionOptions) {\n  return new Session(options);\n}",
    output: null,
    errors: [
      { messageId: 'renameBlocked', data: { name: 'Session', from: 'abstractllm', newName: 'Agent', to: 'abstractagent', reason: 'new Session(…) with options no fix can migrate', line: '3' } },
      { messageId: 'removedExport' },
      // The use itself is no-deprecated-session's to report (legacyOptionsManual).
    ],
  },
  {
    name: 'D7: a subclass keeps the Session import; the other names still move',
    code: "import { Session, HierarchicalMemory } from 'abstractllm';\nexport class TracedSession extends Session {\n  override generate(prompt?: string) { return super.generate(prompt); }\n}\nexport const memory = new HierarchicalMemory();",
    output: "import { Session } from 'abstractllm';\nimport { TemporalMemory } from 'abstractmemory';\nexport class TracedSession extends Session {\n  override generate(prompt?: string) { return super.generate(prompt); }\n}\nexport const memory = new TemporalMemory();",
    errors: [
      { messageId: 'renameBlocked' },
      { messageId: 'movedExport' },
      { messageId: 'unmigratableUse', data: { name: 'Session', newName: 'Agent', to: 'abstractagent', reason: 'class TracedSession extends Session: its members and super(…) options are 1.x' } },
    ],
    v2: false,
  },
  {
    name: 'D7: a mock with no factory keeps a moving import at 1.x (the moved name would silently stop being mocked)',
    code: "import { expect, it, vi } from 'vitest';\nimport { Session, createLLM } from 'abstractllm';\n\nvi.mock('abstractllm');\n\nit('builds a session', () => {\n  expect(new Session()).toBeDefined();\n  expect(createLLM('ollama')).toBeDefined();\n});",
    output: null,
    errors: [
      {
        messageId: 'renameBlocked',
        data: { name: 'Session', from: 'abstractllm', newName: 'Agent', to: 'abstractagent', line: '4', reason: "vi.mock('abstractllm') mocks the whole module, and after the move it would no longer mock 'Agent' from 'abstractagent'" },
      },
      {
        messageId: 'unmigratableUse',
        data: { name: 'Session', newName: 'Agent', to: 'abstractagent', reason: "vi.mock('abstractllm') mocks the whole module, and after the move it would no longer mock 'Agent' from 'abstractagent'" },
      },
    ],
    v2: false,
  },
  {
    name: 'D7: an automock of a moved path kept at 1.x for one name keeps the other names of that path with it (found by probing: summarize moved and was no longer mocked)',
    code: "import { vi } from 'vitest';\nimport { HierarchicalMemory, summarize } from 'abstractllm/memory';\nvi.mock('abstractllm/memory');\nexport const a = [summarize([]), new HierarchicalMemory()];",
    output: null,
    errors: [
      { messageId: 'heldByMock', line: 2, data: { from: 'abstractllm/memory', to: 'abstractmemory', mock: "vi.mock('abstractllm/memory')", line: '3' } },
      { messageId: 'heldByMock', line: 3 },
    ],
    v2: false,
  },
  {
    name: 'D7: the same across statements, with a factory that spreads something else (an automock too), and in CommonJS with jest',
    code: "import { vi } from 'vitest';\nimport { HierarchicalMemory } from 'abstractllm/memory';\nimport { summarize } from 'abstractllm/memory';\nimport { WebSearchTool } from 'abstractllm/tools';\ndeclare const stubs: object;\nvi.mock('abstractllm/memory', () => ({ ...stubs, summarize: vi.fn(() => 's') }));\nexport const a = [summarize([]), new HierarchicalMemory(), WebSearchTool];",
    output: "import { vi } from 'vitest';\nimport { HierarchicalMemory } from 'abstractllm/memory';\nimport { summarize } from 'abstractllm/memory';\nimport { WebSearchTool } from 'abstractagent/tools';\ndeclare const stubs: object;\nvi.mock('abstractllm/memory', () => ({ ...stubs, summarize: vi.fn(() => 's') }));\nexport const a = [summarize([]), new HierarchicalMemory(), WebSearchTool];",
    errors: [
      { messageId: 'heldByMock', line: 2, data: { from: 'abstractllm/memory', to: 'abstractmemory', mock: "vi.mock('abstractllm/memory')", line: '6' } },
      { messageId: 'heldByMock', line: 3 },
      { messageId: 'movedExport', line: 4 },
      { messageId: 'heldByMock', line: 6 },
    ],
    v2: false,
  },
  {
    name: 'D7: every automock of a held path stays with it, a later doMock too; a type-only import of the path still moves (found by review)',
    code: "import { HierarchicalMemory, summarize } from 'abstractllm/memory';\nimport type { MemoryItem } from 'abstractllm/memory';\njest.mock('abstractllm/memory');\njest.doMock('abstractllm/memory');\nexport const a: [HierarchicalMemory, string, MemoryItem?] = [new HierarchicalMemory(), summarize([])];",
    output: "import { HierarchicalMemory, summarize } from 'abstractllm/memory';\nimport type { MemoryItem } from 'abstractmemory';\njest.mock('abstractllm/memory');\njest.doMock('abstractllm/memory');\nexport const a: [HierarchicalMemory, string, MemoryItem?] = [new HierarchicalMemory(), summarize([])];",
    errors: [
      { messageId: 'heldByMock', line: 1 },
      { messageId: 'movedModule', line: 2 },
      { messageId: 'heldByMock', line: 3 },
      { messageId: 'heldByMock', line: 4 },
    ],
    v1: false,
    v2: false,
  },
  {
    name: 'D7: an automock of a path that stays holds only the names that move; other uses of the path are fixed as before (found by review)',
    code: "import { vi } from 'vitest';\nimport { Session } from 'abstractllm';\nimport type { HierarchicalMemory } from 'abstractllm';\nvi.mock('abstractllm');\nexport const s = new Session();\nexport let m: HierarchicalMemory | undefined;",
    output: "import { vi } from 'vitest';\nimport { Session } from 'abstractllm';\nimport type { TemporalMemory } from 'abstractmemory';\nvi.mock('abstractllm');\nexport const s = new Session();\nexport let m: TemporalMemory | undefined;",
    errors: [{ messageId: 'renameBlocked', line: 2 }, { messageId: 'movedExport', line: 3 }, { messageId: 'unmigratableUse', line: 4 }],
    v2: false,
  },
  {
    name: 'D7: a held automock keeps a require of its path in CommonJS too',
    code: "const { HierarchicalMemory } = require('abstractllm/memory');\nconst { summarize } = require('abstractllm/memory');\njest.mock('abstractllm/memory');\ntest('x', () => { expect(summarize([])).toBeUndefined(); new HierarchicalMemory(); });",
    output: null,
    filename: 'memory.test.cjs',
    errors: [{ messageId: 'heldByMock', line: 1 }, { messageId: 'heldByMock', line: 2 }, { messageId: 'heldByMock', line: 3, data: { from: 'abstractllm/memory', to: 'abstractmemory', mock: "jest.mock('abstractllm/memory')", line: '3' } }],
  },
  {
    name: 'D7: an automock of a moved path stays with its 1.x import (CommonJS, jest); other automocks still move',
    code: "jest.mock('abstractllm/tools');\njest.mock('abstractllm/react');\nconst { WebSearchTool, readFile } = require('abstractllm/tools');\nmodule.exports = () => new WebSearchTool({ maxResults: readFile('n').length });",
    output: "jest.mock('abstractllm/tools');\njest.mock('abstractagent/reasoning/react');\nconst { WebSearchTool, readFile } = require('abstractllm/tools');\nmodule.exports = () => new WebSearchTool({ maxResults: readFile('n').length });",
    errors: [
      { messageId: 'unmigratableUse', line: 1 },
      { messageId: 'movedModule', line: 2 },
      { messageId: 'renameBlocked', line: 3 },
    ],
    filename: 'search.test.cjs',
    v2: false,
  },
  {
    name: "D7: jest loaded with require('@jest/globals') is the runner: its automock holds the import back (found by probing)",
    code: "const { jest } = require('@jest/globals');\nconst { HierarchicalMemory } = require('abstractllm/memory');\njest.mock('abstractllm/memory');\nmodule.exports = () => new HierarchicalMemory();",
    output: null,
    errors: [
      { messageId: 'renameBlocked', line: 2 },
      { messageId: 'unmigratableUse', line: 3 },
    ],
    filename: 'memory.test.cjs',
  },
  {
    name: "D7: vi.mock(path, { spy: true }) is an automock with spies, not a factory: it holds the import back (found by probing)",
    code: "import { vi } from 'vitest';\nimport { HierarchicalMemory } from 'abstractllm';\nvi.mock('abstractllm', { spy: true });\nexport default () => new HierarchicalMemory();",
    output: null,
    errors: [
      { messageId: 'renameBlocked', line: 2 },
      { messageId: 'unmigratableUse', line: 3 },
    ],
    v1: false,
  },
  {
    name: "D7: vi.mock(import('abstractllm')), Vitest's typed form, is a mock: its automock holds the import back (found by probing)",
    code: "import { vi } from 'vitest';\nimport { HierarchicalMemory } from 'abstractllm';\nvi.mock(import('abstractllm'));\nexport default () => new HierarchicalMemory();",
    output: null,
    errors: [
      { messageId: 'renameBlocked', line: 2 },
      { messageId: 'unmigratableUse', line: 3 },
    ],
    v1: false,
  },
  {
    name: "vi.mock(import(…), factory): the factory's table-B stub is reported, and a path with nothing else moves",
    code: "import { vi } from 'vitest';\nvi.mock(import('abstractllm/cli'));\nvi.mock(import('abstractllm/memory'), () => ({ HierarchicalMemory: vi.fn() }));",
    output: "import { vi } from 'vitest';\nvi.mock(import('abstractagent/cli'));\nvi.mock(import('abstractllm/memory'), () => ({ HierarchicalMemory: vi.fn() }));",
    errors: [{ messageId: 'movedModule', line: 2 }, { messageId: 'mockFactory', line: 3 }],
    v1: false,
    v2: false,
  },
  {
    name: 'an automock does not hold back a type-only import (mocks do not touch types)',
    code: "import type { Session } from 'abstractllm';\nvi.mock('abstractllm');\nexport let current: Session | undefined;",
    output: "import type { Agent } from 'abstractagent';\nvi.mock('abstractllm');\nexport let current: Agent | undefined;",
    errors: [{ messageId: 'movedExport' }],
    v2: false,
  },
  {
    name: 'D7: an alias of the class blocks the rename',
    code: "import { HierarchicalMemory } from 'abstractllm/memory';\nconst Memory = HierarchicalMemory;\nnew Memory().addToWorkingMemory('x');",
    output: null,
    errors: [{ messageId: 'renameBlocked' }, { messageId: 'unmigratableUse' }],
  },
  {
    name: 'D7: the class handed to a function blocks the rename (a container may construct it with 1.x options)',
    code: "import { Session } from 'abstractllm';\ndeclare function register(name: string, ctor: new (o: any) => unknown, options: object): void;\nregister('assistant', Session, { provider: 'openai' });",
    output: null,
    errors: [
      { messageId: 'renameBlocked', data: { name: 'Session', from: 'abstractllm', newName: 'Agent', to: 'abstractagent', reason: 'Session handed on as a value hides its uses from the migration', line: '3' } },
      { messageId: 'unmigratableUse', line: 3, data: { name: 'Session', newName: 'Agent', to: 'abstractagent', reason: 'Session handed on as a value hides its uses from the migration' } },
    ],
  },
  {
    name: 'D7: the class stored, listed, returned, chosen or taken as a default blocks the rename',
    code: "import { Session } from 'abstractllm';\nconst registry = { default: Session };\nconst all = [Session];\nconst pick = () => Session;\nexport function make(offline: boolean, C: typeof Session = Session) {\n  new (offline ? C : Session)({ provider: 'openai' });\n  return Reflect.construct(Session, [{ provider: 'openai' }]);\n}\nexport { registry, all, pick };",
    output: null,
    errors: [
      { messageId: 'renameBlocked' },
      { messageId: 'unmigratableUse', line: 2 },
      { messageId: 'unmigratableUse', line: 3 },
      { messageId: 'unmigratableUse', line: 4 },
      { messageId: 'unmigratableUse', line: 5, data: { name: 'Session', newName: 'Agent', to: 'abstractagent', reason: 'an alias of Session hides its uses from the migration' } },
      { messageId: 'unmigratableUse', line: 6 },
      { messageId: 'unmigratableUse', line: 7 },
    ],
  },
  {
    name: 'D7: a class or interface built on the 1.x class blocks the rename (a test double that implements Session has 1.x members)',
    code: "import { Session } from 'abstractllm';\nimport type { Message } from 'abstractllm';\nexport class FullFake implements Session {\n  id = 'fake';\n  messages: Message[] = [];\n}\nexport interface Traced extends Session { traced: true }",
    output: null,
    errors: [
      { messageId: 'renameBlocked' },
      { messageId: 'unmigratableUse', line: 3, data: { name: 'Session', newName: 'Agent', to: 'abstractagent', reason: 'class FullFake implements Session: its members are 1.x' } },
      { messageId: 'unmigratableUse', line: 7, data: { name: 'Session', newName: 'Agent', to: 'abstractagent', reason: 'interface Traced extends Session: its members are 1.x' } },
    ],
    v1: false, // FullFake is an incomplete Session on purpose
  },
  {
    name: 'D7: checks and exports of the class do not block the rename (toBeInstanceOf, instanceof, typeof, an exported literal)',
    code: "import { Session } from 'abstractllm';\ndeclare const expect: (x: unknown) => { toBeInstanceOf(c: unknown): void };\nexport const check = (x: unknown) => { expect(x).toBeInstanceOf(Session); return x instanceof Session && typeof Session === 'function'; };\nexport const classes = { chat: [Session] };\nexport default { Session };",
    output: "import { Agent } from 'abstractagent';\ndeclare const expect: (x: unknown) => { toBeInstanceOf(c: unknown): void };\nexport const check = (x: unknown) => { expect(x).toBeInstanceOf(Agent); return x instanceof Agent && typeof Agent === 'function'; };\nexport const classes = { chat: [Agent] };\nexport default { Session: Agent };",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'D7: the class handed on in CommonJS blocks the rename; module.exports of it does not',
    code: "const { Session } = require('abstractllm');\nfunction create(Cls, provider) { return new Cls({ provider, enableMemory: true }); }\nmodule.exports = { ask: (p) => create(Session, 'openai').generate(p) };",
    output: null,
    errors: [{ messageId: 'renameBlocked' }, { messageId: 'unmigratableUse', line: 3 }],
    filename: 'factory.cjs',
  },
  {
    name: 'D7: literal options the Session rule can migrate do not block the rename',
    code: "import { Session } from 'abstractllm';\nexport const s = new Session({ provider: 'openai', model: 'gpt-4o', enableReact: false });",
    output: "import { Agent } from 'abstractagent';\nexport const s = new Agent({ provider: 'openai', model: 'gpt-4o', enableReact: false });",
    errors: [{ messageId: 'movedExport' }],
    final: "import { Agent } from 'abstractagent';\nexport const s = new Agent({ llmConfig: { provider: 'openai', model: 'gpt-4o' }, enableReasoning: false });",
  },
  {
    name: 'D7: a namespace member constructed with non-literal options is reported without a fix',
    code: "import * as llm from 'abstractllm';\nexport const open = (o: llm.SessionOptions) => new llm.Session(o);",
    output: null,
    errors: [{ messageId: 'removedExport' }, { messageId: 'namespaceMemberManual' }],
  },

  // ---- Real-world files ----------------------------------------------------------------------
  {
    name: 'real world: an HTTP route that builds a session and a memory store',
    code: [
      "import type { IncomingMessage, ServerResponse } from './http';",
      "import { Session, HierarchicalMemory, createLLM } from 'abstractllm';",
      "import { extractFacts } from 'abstractllm/cognitive';",
      '',
      'const memory = new HierarchicalMemory({ capacity: 500 });',
      '',
      '/** POST /chat: one session per request, facts kept across requests. */',
      'export async function chatRoute(req: IncomingMessage, res: ServerResponse, session: Session): Promise<void> {',
      '  const facts = extractFacts(req.body);',
      "  memory.search(facts.map((f) => f.subject).join(' '));",
      "  res.end(JSON.stringify({ id: session instanceof Session, llm: typeof createLLM }));",
      '}',
    ].join('\n'),
    output: [
      "import type { IncomingMessage, ServerResponse } from './http';",
      "import { Agent } from 'abstractagent';",
      "import { TemporalMemory } from 'abstractmemory';",
      "import { createLLM } from 'abstractllm';",
      "import { extractFacts } from 'abstractmemory/cognitive';",
      '',
      'const memory = new TemporalMemory({ capacity: 500 });',
      '',
      '/** POST /chat: one session per request, facts kept across requests. */',
      'export async function chatRoute(req: IncomingMessage, res: ServerResponse, session: Agent): Promise<void> {',
      '  const facts = extractFacts(req.body);',
      "  memory.search(facts.map((f) => f.subject).join(' '));",
      "  res.end(JSON.stringify({ id: session instanceof Agent, llm: typeof createLLM }));",
      '}',
    ].join('\n'),
    errors: [{ messageId: 'movedExport' }, { messageId: 'movedExport' }, { messageId: 'movedModule' }],
    v1: false, // './http' is the app's own module
    v2: false,
  },
  {
    name: 'real world: a vitest file that mocks a moved module and types a session double',
    code: [
      "import { describe, expect, it, vi } from 'vitest';",
      "import type { Session } from 'abstractllm';",
      "import { summarize } from 'abstractllm/memory';",
      '',
      "vi.mock('abstractllm/memory', () => ({ summarize: vi.fn(() => 'short') }));",
      '',
      "describe('summaries', () => {",
      "  it('uses the memory summary', () => {",
      '    const session = { id: "s1" } as unknown as Session;',
      "    expect(summarize([])).toBe('short');",
      '    expect(session).toBeDefined();',
      '  });',
      '});',
    ].join('\n'),
    output: [
      "import { describe, expect, it, vi } from 'vitest';",
      "import type { Agent } from 'abstractagent';",
      "import { summarize } from 'abstractmemory';",
      '',
      "vi.mock('abstractmemory', () => ({ summarize: vi.fn(() => 'short') }));",
      '',
      "describe('summaries', () => {",
      "  it('uses the memory summary', () => {",
      '    const session = { id: "s1" } as unknown as Agent;',
      "    expect(summarize([])).toBe('short');",
      '    expect(session).toBeDefined();',
      '  });',
      '});',
    ].join('\n'),
    errors: [{ messageId: 'movedExport' }, { messageId: 'movedModule' }, { messageId: 'movedModule' }],
  },
  {
    name: 'real world: a barrel that re-exports from several 1.x modules',
    code: [
      "export { Session, BasicSession, createLLM } from 'abstractllm';",
      "export { HierarchicalMemory, summarize } from 'abstractllm/memory';",
      "export * from 'abstractllm/cognitive';",
      "export { WebSearchTool } from 'abstractllm/tools';",
    ].join('\n'),
    output: [
      "export { Agent as Session } from 'abstractagent';",
      "export { BasicSession, createLLM } from 'abstractllm';",
      "export { TemporalMemory as HierarchicalMemory, summarize } from 'abstractmemory';",
      "export * from 'abstractmemory/cognitive';",
      "export { WebSearchTool } from 'abstractagent/tools';",
    ].join('\n'),
    errors: [
      { messageId: 'movedExport' },
      { messageId: 'movedExport' },
      { messageId: 'movedModule' },
      { messageId: 'movedModule' },
      { messageId: 'movedExport' },
    ],
  },
  {
    name: 'real world: a CommonJS script (ESLint default parser)',
    code: [
      "'use strict';",
      "const { HierarchicalMemory, summarize } = require('abstractllm/memory');",
      "const path = require('node:path');",
      '',
      'async function main() {',
      '  const memory = new HierarchicalMemory();',
      "  console.log(summarize(memory.search(process.argv[2] ?? '')), path.sep);",
      "  console.log(require.resolve('abstractllm/memory'));",
      '}',
      'main();',
    ].join('\n'),
    output: [
      "'use strict';",
      "const { TemporalMemory, summarize } = require('abstractmemory');",
      "const path = require('node:path');",
      '',
      'async function main() {',
      '  const memory = new TemporalMemory();',
      "  console.log(summarize(memory.search(process.argv[2] ?? '')), path.sep);",
      "  console.log(require.resolve('abstractmemory'));",
      '}',
      'main();',
    ].join('\n'),
    errors: [{ messageId: 'movedExport' }, { messageId: 'movedModule' }, { messageId: 'movedModule' }],
    languageOptions: cjs,
    filename: 'scripts/recall.js',
  },

  // ---- Bad input: never a throw, never a fix that does not parse -----------------------------
  {
    name: 'bad input: a BOM and a shebang are kept',
    code: "\uFEFF#!/usr/bin/env node\nimport { runCli } from 'abstractllm/cli';\nvoid runCli([]);",
    output: "\uFEFF#!/usr/bin/env node\nimport { runCli } from 'abstractagent/cli';\nvoid runCli([]);",
    errors: [{ messageId: 'movedModule' }],
    v1: false,
    v2: false, // the checker is given the text without a file reader to strip the BOM
  },
  {
    name: 'bad input: import attributes are kept on an in-place rewrite',
    code: "import data from 'abstractllm/cognitive/facts.json' with { type: 'json' };",
    output: "import data from 'abstractmemory/cognitive/facts.json' with { type: 'json' };",
    errors: [{ messageId: 'movedModule' }],
    v1: false,
    v2: false,
  },
  {
    name: 'bad input: import attributes on a statement that would split: reported, not rewritten',
    code: "import { Session, createLLM } from 'abstractllm' with { type: 'javascript' };\nexport let s: Session | undefined; createLLM('x');",
    output: null,
    errors: [{ messageId: 'movedExport' }],
    v1: false,
    v2: false,
  },
  {
    name: 'bad input: a bodiless declare module',
    code: "declare module 'abstractllm/memory';",
    output: "declare module 'abstractmemory';",
    errors: [{ messageId: 'movedModule' }],
    v1: false,
    v2: false,
  },
  {
    name: 'bad input: export {} from a moved path binds nothing but still loads the module',
    code: "export {} from 'abstractllm/memory';",
    output: "export {} from 'abstractmemory';",
    errors: [{ messageId: 'movedModule' }],
  },
  {
    name: 'bad input: empty braces on an import of a moved path',
    code: "import {} from 'abstractllm/cli';",
    output: "import {} from 'abstractagent/cli';",
    errors: [{ messageId: 'movedModule' }],
  },
  {
    name: 'bad input: the same export imported twice',
    code: "import { HierarchicalMemory, HierarchicalMemory as Again } from 'abstractllm';\nexport const pair = [HierarchicalMemory, Again];",
    output: "import { TemporalMemory, TemporalMemory as Again } from 'abstractmemory';\nexport const pair = [TemporalMemory, Again];",
    errors: [{ messageId: 'movedExport' }, { messageId: 'movedExport' }],
  },
  {
    name: 'bad input: a computed or written namespace member is not rewritten',
    code: "import * as llm from 'abstractllm';\nconst key = 'Session';\nexport const a = llm[key];\nexport const b = new llm.HierarchicalMemory();",
    output: null,
    errors: [{ messageId: 'namespaceMemberManual' }],
  },

  // ---- Audit: forms and points the cases above leave implicit --------------------------------
  {
    name: 'messages name the old and the new module or name (checked as written, not from the templates)',
    code: "import { Session, type SessionOptions } from 'abstractllm/session';\nimport { extractFacts } from 'abstractllm/cognitive';\nexport const make = (o: SessionOptions) => [new Session(), o, extractFacts('x')];",
    output: "import { Agent } from 'abstractagent';\nimport { type SessionOptions } from 'abstractllm/session';\nimport { extractFacts } from 'abstractmemory/cognitive';\nexport const make = (o: SessionOptions) => [new Agent(), o, extractFacts('x')];",
    errors: [
      exactMessage("'Session' from 'abstractllm/session' is 'Agent' from 'abstractagent' in abstractllm 2.0.", { line: 1, column: 10 }),
      exactMessage(
        "'SessionOptions' from 'abstractllm/session' has no abstractllm 2.0 equivalent: 'AgentOptions' from 'abstractagent' has another shape. Rewrite its uses by hand.",
        { line: 1, column: 19 },
      ),
      exactMessage("'abstractllm/cognitive' moved to 'abstractmemory/cognitive' in abstractllm 2.0.", { line: 2, column: 30 }),
    ],
    final: "import { Agent } from 'abstractagent';\nimport { type SessionOptions } from 'abstractllm/session';\nimport { extractFacts } from 'abstractmemory/cognitive';\nexport const make = (o: SessionOptions) => [new Agent({ llmConfig: { provider: 'ollama' } }), o, extractFacts('x')];",
    v2: false, // SessionOptions stays, reported, for a person to rewrite
  },
  {
    name: 'C: export type { … } from splits and keeps the public name of a renamed type',
    code: "export type { Session, BasicSession } from 'abstractllm';",
    output: "export type { Agent as Session } from 'abstractagent';\nexport type { BasicSession } from 'abstractllm';",
    errors: [{ messageId: 'movedExport', data: { name: 'Session', from: 'abstractllm', newName: 'Agent', to: 'abstractagent' } }],
  },
  {
    name: 'D3: a local export as default keeps its public name',
    code: "import { Session } from 'abstractllm';\nexport { Session as default };",
    output: "import { Agent } from 'abstractagent';\nexport { Agent as default };",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'D3: a re-export as default keeps its public name',
    code: "export { HierarchicalMemory as default } from 'abstractllm/memory/hierarchical';",
    output: "export { TemporalMemory as default } from 'abstractmemory/core';",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'D3: a type parameter of the new name where a reference sits keeps the local name with an alias',
    code: "import { Session } from 'abstractllm';\nexport function pair<Agent>(s: Session, a: Agent): [Session, Agent] { return [s, a]; }",
    output: "import { Agent as Session } from 'abstractagent';\nexport function pair<Agent>(s: Session, a: Agent): [Session, Agent] { return [s, a]; }",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'D3: a destructured local of the new name where a reference sits keeps the local name with an alias',
    code: "import { HierarchicalMemory } from 'abstractllm';\nexport function pick(o: { TemporalMemory: unknown }) {\n  const { TemporalMemory } = o;\n  return [TemporalMemory, new HierarchicalMemory()];\n}",
    output: "import { TemporalMemory as HierarchicalMemory } from 'abstractmemory';\nexport function pick(o: { TemporalMemory: unknown }) {\n  const { TemporalMemory } = o;\n  return [TemporalMemory, new HierarchicalMemory()];\n}",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'D2: a value name does not join a type-only import of its target package',
    code: "import type { AgentOptions } from 'abstractagent';\nimport { Session } from 'abstractllm';\nexport const check = (o: AgentOptions, x: unknown) => ({ o, Session: x instanceof Session });",
    output: "import type { AgentOptions } from 'abstractagent';\nimport { Agent } from 'abstractagent';\nexport const check = (o: AgentOptions, x: unknown) => ({ o, Session: x instanceof Agent });",
    errors: [{ messageId: 'movedExport' }],
    v1: false, // a half-migrated file: it already imports from a 2.0 package
  },
  {
    name: 'D2: a multi-line split in a CRLF file keeps CRLF, the comments and the layout',
    code: "import {\r\n  // the conversation\r\n  Session,\r\n  createLLM,\r\n} from 'abstractllm';\r\nexport type Deps = [Session, typeof createLLM];\r\n",
    output: "import {\r\n  // the conversation\r\n  Agent,\r\n} from 'abstractagent';\r\nimport {\r\n  createLLM,\r\n} from 'abstractllm';\r\nexport type Deps = [Agent, typeof createLLM];\r\n",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: "D4: a namespace member read as Session.load moves to a named import (the load stays reported by the Session rule)",
    code: "import * as llm from 'abstractllm';\nexport const restored = llm.Session.load('./chat.json');",
    output: "import * as llm from 'abstractllm';\nimport { Agent } from 'abstractagent';\nexport const restored = Agent.load('./chat.json');",
    errors: [{ messageId: 'namespaceMember', data: { object: 'llm', name: 'Session', newName: 'Agent', to: 'abstractagent' } }],
    v2: false, // Agent.load has no 2.0 equivalent: a person applies the Session rule's suggestion
  },
  {
    name: 'D4: a namespace loaded with await import() gets a destructured await import() for its moved member',
    code: "export async function open() {\n  const llm = await import('abstractllm');\n  return [new llm.HierarchicalMemory(), llm.createLLM('ollama')];\n}",
    output: "export async function open() {\n  const llm = await import('abstractllm');\n  const { TemporalMemory } = await import('abstractmemory');\n  return [new TemporalMemory(), llm.createLLM('ollama')];\n}",
    errors: [{ messageId: 'namespaceMember', data: { object: 'llm', name: 'HierarchicalMemory', newName: 'TemporalMemory', to: 'abstractmemory' } }],
  },
  {
    name: 'D4: a member of an import = require() namespace that moves elsewhere is reported without a fix',
    code: "import llm = require('abstractllm');\nexport const memory = new llm.HierarchicalMemory();",
    output: null,
    errors: [
      {
        messageId: 'namespaceMemberManual',
        data: { object: 'llm', name: 'HierarchicalMemory', newName: 'TemporalMemory', to: 'abstractmemory', reason: "an 'import = require()' needs an import written by hand" },
      },
    ],
    v1: false, // import = require needs module: commonjs
  },
  {
    name: "C: require('abstractllm/session').Session bound to a var is rewritten; the Session rule then migrates its uses",
    code: "var Session = require('abstractllm/session').Session;\nvar s = new Session({ provider: 'openai' });\nmodule.exports = function ask(q) { return s.generate(q); };",
    output: "var Session = require('abstractagent').Agent;\nvar s = new Session({ provider: 'openai' });\nmodule.exports = function ask(q) { return s.generate(q); };",
    errors: [{ messageId: 'namespaceMember', data: { object: "require('abstractllm/session')", name: 'Session', newName: 'Agent', to: 'abstractagent' } }],
    final: "var Session = require('abstractagent').Agent;\nvar s = new Session({ llmConfig: { provider: 'openai' } });\nmodule.exports = function ask(q) { return s.chat(q); };",
    languageOptions: cjs,
    filename: 'bot.js',
  },
  {
    name: 'C: a mock factory that stubs a name with no 2.0 equivalent names the nearest one',
    code: "jest.mock('abstractllm/session', () => ({ GenerateOptions: {} }));",
    output: null,
    errors: [{ messageId: 'mockFactory', data: { from: 'abstractllm/session', name: 'GenerateOptions', to: 'abstractagent', newName: 'ChatOptions' } }],
  },
  {
    name: "D7: a member only the 2.0 Agent has, written on a Session (s.session = req.session in JS), blocks the rename: in 2.0 the code would overwrite the Agent's own session (found by probing)",
    code: "import { Session } from 'abstractllm';\nexport function handle(req) {\n  const s = new Session({ provider: 'ollama' });\n  s.session = req.session;\n  return s.messages;\n}",
    filename: 'file.js',
    output: null,
    errors: [
      {
        messageId: 'renameBlocked',
        data: { name: 'Session', from: 'abstractllm', newName: 'Agent', to: 'abstractagent', reason: "s.session is written on a Session, and is the 2.0 Agent's own member", line: '3' },
      },
    ],
  },
  {
    name: 'D7: reflection on the prototype blocks the rename, and the use is reported',
    code: "import { Session } from 'abstractllm';\nexport const original = Session.prototype.generate;",
    output: null,
    errors: [
      {
        messageId: 'renameBlocked',
        data: { name: 'Session', from: 'abstractllm', newName: 'Agent', to: 'abstractagent', reason: 'Session.prototype reaches into the 1.x class', line: '2' },
      },
      { messageId: 'unmigratableUse', data: { name: 'Session', newName: 'Agent', to: 'abstractagent', reason: 'Session.prototype reaches into the 1.x class' } },
    ],
  },
  // Statements that are not items of a statement list are edited in place or not at all: a
  // split would write a second statement where none can go, or outside the `if` (found by probing).
  {
    name: 'a destructured load in a for head that would split: reported, not rewritten',
    code: "for (const { Session, createLLM } = require('abstractllm'); ;) { new Session(); createLLM(); break; }",
    output: null,
    errors: [{ messageId: 'movedExport' }],
    filename: 'loop.cjs',
  },
  {
    name: 'a destructured load as the body of an if: the split part would no longer be conditional',
    code: "if (globalThis.x) var { Session, createLLM } = require('abstractllm');\nnew Session(); createLLM();",
    output: null,
    errors: [{ messageId: 'movedExport' }],
    filename: 'maybe.cjs',
  },
  {
    name: 'a destructured load in a for head that moves whole is edited in place',
    code: "for (const { HierarchicalMemory } = require('abstractllm/memory'); ;) { void HierarchicalMemory; break; }",
    output: "for (const { TemporalMemory } = require('abstractmemory'); ;) { void TemporalMemory; break; }",
    errors: [{ messageId: 'movedExport' }],
    filename: 'loop.cjs',
  },
  {
    name: 'D3: an exported destructured load keeps its public name',
    code: "export const { Session } = await import('abstractllm');",
    output: "export const { Agent: Session } = await import('abstractagent');",
    errors: [{ messageId: 'movedExport' }],
    filename: 'reexport.mjs',
  },
  {
    name: 'D3: an exported destructured load that would split is reported, not rewritten (the split part would lose its export)',
    code: "export const { Session, createLLM } = await import('abstractllm');",
    output: null,
    errors: [{ messageId: 'movedExport' }],
    filename: 'reexport.mjs',
  },
  {
    name: 'a load in a function never joins a top-level 2.0 load (its names would move scope, and collide there)',
    code: "const { x } = require('abstractagent');\nconst Agent = 1;\nfunction f() { const { Session } = require('abstractllm'); return typeof Session; }\nmodule.exports = { f, x, Agent };",
    output: "const { x } = require('abstractagent');\nconst Agent = 1;\nfunction f() { const { Agent } = require('abstractagent'); return typeof Agent; }\nmodule.exports = { f, x, Agent };",
    errors: [{ messageId: 'movedExport' }],
    filename: 'lazy.cjs',
  },
  {
    name: 'loads in two functions and at the top level each stay in their own scope',
    code: "function f() { const { Session, createLLM } = require('abstractllm'); return [typeof Session, createLLM]; }\nfunction g() { const { Session } = require('abstractllm/session'); return typeof Session; }\nconst { Session, createLLM } = require('abstractllm');\nmodule.exports = { f, g, Session, createLLM };",
    output:
      "function f() { const { Agent } = require('abstractagent');\nconst { createLLM } = require('abstractllm'); return [typeof Agent, createLLM]; }\nfunction g() { const { Agent } = require('abstractagent'); return typeof Agent; }\nconst { Agent } = require('abstractagent');\nconst { createLLM } = require('abstractllm');\nmodule.exports = { f, g, Session: Agent, createLLM };",
    errors: [{ messageId: 'movedExport' }, { messageId: 'movedExport' }, { messageId: 'movedExport' }],
    filename: 'lazy.cjs',
  },
  {
    name: 'an import in a declare module block never joins a top-level import',
    code: "import { x } from 'abstractagent';\ntype Agent = number;\ndeclare module 'plugin' {\n  import { Session } from 'abstractllm';\n  export const s: Session;\n}\nexport type { Agent };\nvoid x;",
    output: "import { x } from 'abstractagent';\ntype Agent = number;\ndeclare module 'plugin' {\n  import { Agent } from 'abstractagent';\n  export const s: Agent;\n}\nexport type { Agent };\nvoid x;",
    errors: [{ messageId: 'movedExport' }],
    v1: false,
    v2: false,
  },
  {
    name: 'two namespaces of one module: the first gets the new import, the second is reported (a second import would declare the name twice)',
    code: "const a = require('abstractllm');\nconst b = require('abstractllm');\nmodule.exports = [a.HierarchicalMemory, b.HierarchicalMemory, a.HierarchicalMemory];",
    output: "const a = require('abstractllm');\nconst { TemporalMemory } = require('abstractmemory');\nconst b = require('abstractllm');\nmodule.exports = [TemporalMemory, b.HierarchicalMemory, TemporalMemory];",
    errors: [
      { messageId: 'namespaceMember', line: 3 },
      { messageId: 'namespaceMemberManual', line: 3, data: { object: 'b', name: 'HierarchicalMemory', newName: 'TemporalMemory', to: 'abstractmemory', reason: "'TemporalMemory' is already a name here" } },
      { messageId: 'namespaceMember', line: 3 },
    ],
    filename: 'two.cjs',
  },
  {
    name: 'a type-only and a value namespace of one module: one import of the moved name',
    code: "import type * as T from 'abstractllm';\nimport * as V from 'abstractllm';\nexport const x: T.HierarchicalMemory = new V.HierarchicalMemory();",
    output: "import type * as T from 'abstractllm';\nimport type { TemporalMemory } from 'abstractmemory';\nimport * as V from 'abstractllm';\nexport const x: TemporalMemory = new V.HierarchicalMemory();",
    errors: [{ messageId: 'namespaceMember' }, { messageId: 'namespaceMemberManual' }],
    v2: false, // V.HierarchicalMemory is left to do by hand
  },
  {
    name: 'D7: table-B names a load takes visibly are reported even where the load cannot be rewritten (found by probing)',
    code: "const { HierarchicalMemory } = require('abstractllm'), other = 1;\nconst { HierarchicalMemory: HM = null } = require('abstractllm');\nconst X = require('abstractllm')['HierarchicalMemory'];\nconst { SessionOptions = 1, createLLM } = require('abstractllm');\nmodule.exports = [HierarchicalMemory, other, HM, X, SessionOptions, createLLM];",
    output: null,
    errors: [
      { messageId: 'movedExport', line: 1, data: { name: 'HierarchicalMemory', from: 'abstractllm', newName: 'TemporalMemory', to: 'abstractmemory' } },
      { messageId: 'movedExport', line: 2 },
      { messageId: 'movedExport', line: 3 },
      { messageId: 'removedExport', line: 4 },
    ],
    filename: 'opaque.cjs',
  },
  // Second probing round.
  {
    name: "D7: runners loaded as require('vitest').vi or { jest: j } are runners: their automocks hold the import back",
    code: "const vi = require('vitest').vi;\nconst { jest: j } = require('@jest/globals');\nconst { HierarchicalMemory } = require('abstractllm/memory');\nvi.mock('abstractllm/memory');\nj.mock('abstractllm/memory');\nmodule.exports = () => new HierarchicalMemory();",
    output: null,
    errors: [{ messageId: 'renameBlocked', line: 3 }, { messageId: 'unmigratableUse', line: 4 }, { messageId: 'unmigratableUse', line: 5 }],
    filename: 'runners.test.cjs',
  },
  {
    name: "a mock factory that only spreads jest.requireActual(…) stubs nothing: the mock and the import move together",
    code: "const { HierarchicalMemory } = require('abstractllm/memory');\njest.mock('abstractllm/memory/hierarchical', () => ({ ...jest.requireActual('abstractllm/memory/hierarchical') }));\nmodule.exports = () => new HierarchicalMemory();",
    output: "const { TemporalMemory } = require('abstractmemory');\njest.mock('abstractmemory/core', () => ({ ...jest.requireActual('abstractmemory/core') }));\nmodule.exports = () => new TemporalMemory();",
    errors: [{ messageId: 'movedExport', line: 1 }, { messageId: 'movedModule', line: 2 }, { messageId: 'movedModule', line: 2 }],
    filename: 'actual.test.cjs',
  },
  {
    name: 'vi.unmock / jest.unmock name a path only: it moves with the module',
    code: "import { vi } from 'vitest';\nvi.unmock('abstractllm/memory');\njest.dontMock('abstractllm/cli');",
    output: "import { vi } from 'vitest';\nvi.unmock('abstractmemory');\njest.dontMock('abstractagent/cli');",
    errors: [{ messageId: 'movedModule' }, { messageId: 'movedModule' }],
    v1: false,
    v2: false,
  },
  {
    name: "D7: the names a then-callback destructures from import('…') are reported",
    code: "export const load = () => import('abstractllm').then(({ HierarchicalMemory, createLLM }) => [new HierarchicalMemory(), createLLM]);",
    output: null,
    errors: [{ messageId: 'movedExport', data: { name: 'HierarchicalMemory', from: 'abstractllm', newName: 'TemporalMemory', to: 'abstractmemory' } }],
    filename: 'lazy.mjs',
  },
  {
    name: 'D7: a whole module exported where it is loaded is used as a whole by importers: reported, not moved (third probing round)',
    code: "export const mem = require('abstractllm/memory');",
    output: null,
    errors: [{ messageId: 'movedModuleManual' }],
    filename: 'barrel.js',
  },
  {
    name: 'D7: export import x = require(…) of a module that lost names is reported, not moved',
    code: "export import mem = require('abstractllm/memory');",
    output: null,
    errors: [{ messageId: 'movedModuleManual' }],
    v1: false,
  },
  {
    name: "D7: a mock factory that spreads something other than the real module may stub anything; spreading the real module stubs nothing",
    code: "import { vi } from 'vitest';\nimport { HierarchicalMemory } from 'abstractllm/memory';\ndeclare const stubs: object;\nvi.mock('abstractllm/memory', () => ({ ...stubs }));\nvi.mock('abstractllm/memory/hierarchical', async (importOriginal) => ({ ...(await importOriginal<object>()) }));\nexport const m = new HierarchicalMemory();",
    output: "import { vi } from 'vitest';\nimport { HierarchicalMemory } from 'abstractllm/memory';\ndeclare const stubs: object;\nvi.mock('abstractllm/memory', () => ({ ...stubs }));\nvi.mock('abstractmemory/core', async (importOriginal) => ({ ...(await importOriginal<object>()) }));\nexport const m = new HierarchicalMemory();",
    errors: [{ messageId: 'renameBlocked', line: 2 }, { messageId: 'unmigratableUse', line: 4 }, { messageId: 'movedModule', line: 5 }],
    v1: false,
    v2: false,
  },
  {
    name: 'a require made with createRequire loads modules like the global one (third probing round)',
    code: "import { createRequire } from 'module';\nconst require = createRequire(import.meta.url);\nconst { HierarchicalMemory } = require('abstractllm');\nexport const m = new HierarchicalMemory();",
    output: "import { createRequire } from 'module';\nconst require = createRequire(import.meta.url);\nconst { TemporalMemory } = require('abstractmemory');\nexport const m = new TemporalMemory();",
    errors: [{ messageId: 'movedExport' }],
    filename: 'esm.mjs',
  },
  {
    name: 'a load never joins a later 2.0 load: its binding would be read before it is initialised',
    code: "const { Session } = require('abstractllm');\nconst s = new Session();\nconst { ReActCycle } = require('abstractagent');\nmodule.exports = [s, ReActCycle];",
    output: "const { Agent } = require('abstractagent');\nconst s = new Agent();\nconst { ReActCycle } = require('abstractagent');\nmodule.exports = [s, ReActCycle];",
    final: "const { Agent } = require('abstractagent');\nconst s = new Agent({ llmConfig: { provider: 'ollama' } });\nconst { ReActCycle } = require('abstractagent');\nmodule.exports = [s, ReActCycle];",
    errors: [{ messageId: 'movedExport' }],
    filename: 'late.cjs',
  },
  {
    name: 'a load still joins an earlier 2.0 load',
    code: "const { ReActCycle } = require('abstractagent');\nconst { Session } = require('abstractllm');\nmodule.exports = [Session, ReActCycle];",
    output: "const { ReActCycle, Agent } = require('abstractagent');\nmodule.exports = [Agent, ReActCycle];",
    errors: [{ messageId: 'movedExport' }],
    filename: 'early.cjs',
  },
  {
    name: 'a statement joined away before a string statement leaves a `;`, so the string does not become a directive',
    code: "import { ReActCycle } from 'abstractagent';\nimport { Session } from 'abstractllm';\n'use client';\nexport default [Session, ReActCycle];",
    output: "import { ReActCycle, Agent } from 'abstractagent';\n;\n'use client';\nexport default [Agent, ReActCycle];",
    errors: [{ messageId: 'movedExport' }],
    filename: 'client.mjs',
  },
  {
    name: 'D3: a reference inside `with` keeps the local name (the object may have an Agent property)',
    code: "const { Session } = require('abstractllm');\nwith ({ Agent: 1 }) { module.exports = typeof Session; }",
    output: "const { Agent: Session } = require('abstractagent');\nwith ({ Agent: 1 }) { module.exports = typeof Session; }",
    errors: [{ messageId: 'movedExport' }],
    filename: 'with.cjs',
  },
  {
    name: 'D3: a direct eval written with an escape (ev\\u0061l) keeps local names too (found by review)',
    code: "const { Session } = require('abstractllm');\nfunction f(code) { ev\\u0061l(code); return typeof Session; }\nmodule.exports = f;",
    output: "const { Agent: Session } = require('abstractagent');\nfunction f(code) { ev\\u0061l(code); return typeof Session; }\nmodule.exports = f;",
    errors: [{ messageId: 'movedExport' }],
    filename: 'eval.cjs',
  },
  {
    name: 'D3: a file with a direct eval keeps local names (eval can declare any name)',
    code: "const { Session } = require('abstractllm');\nfunction f() { eval('var Agent = 1'); return typeof Session; }\nmodule.exports = f;",
    output: "const { Agent: Session } = require('abstractagent');\nfunction f() { eval('var Agent = 1'); return typeof Session; }\nmodule.exports = f;",
    errors: [{ messageId: 'movedExport' }],
    filename: 'eval.cjs',
  },
  {
    name: 'D7: uses under a type wrapper count as the use itself (new Session!(opts), extends (Session as typeof Session))',
    code: "import { Session } from 'abstractllm';\nconst opts = { provider: 'openai' };\nexport const s = new Session!(opts);\nexport class X extends (Session as typeof Session) {}",
    output: null,
    errors: [{ messageId: 'renameBlocked' }, { messageId: 'unmigratableUse', line: 3 }, { messageId: 'unmigratableUse', line: 4 }],
  },
  {
    name: "a member of an awaited import() is rewritten like require('…').Session; an assignment pattern's names are reported",
    code: "export const S = (await import('abstractllm')).Session;\nlet T;\n({ Session: T } = require('abstractllm'));\nexport { T };",
    output: "export const S = (await import('abstractagent')).Agent;\nlet T;\n({ Session: T } = require('abstractllm'));\nexport { T };",
    errors: [{ messageId: 'namespaceMember', line: 1 }, { messageId: 'movedExport', line: 3 }],
    filename: 'load.mjs',
  },
  {
    name: "D7: a runner imported under another name (import { jest as j } from '@jest/globals') is the runner",
    code: "import { jest as j } from '@jest/globals';\nimport { HierarchicalMemory } from 'abstractllm';\nj.mock('abstractllm');\nexport const m = new HierarchicalMemory();",
    output: null,
    errors: [{ messageId: 'renameBlocked', line: 2 }, { messageId: 'unmigratableUse', line: 3 }],
    filename: 'memory.test.js',
  },
  {
    name: 'D7: a mock factory whose result cannot be read may stub anything: it holds the import back like an automock',
    code: "import { vi } from 'vitest';\nimport { HierarchicalMemory } from 'abstractllm/memory';\nconst m = vi.hoisted(() => ({ HierarchicalMemory: vi.fn() }));\nvi.mock('abstractllm/memory', () => m);\nexport const memory = new HierarchicalMemory();",
    output: null,
    errors: [{ messageId: 'renameBlocked', line: 2 }, { messageId: 'unmigratableUse', line: 4 }],
    v1: false,
  },
  {
    name: 'D3: shorthand properties of assignment patterns keep their key when renamed',
    code: "let { Session } = require('abstractllm');\n({ Session } = { Session: 1 });\n({ Session = 5 } = {});\nfor ({ Session } of []);\nconsole.log(typeof Session);",
    output: "let { Agent } = require('abstractagent');\n({ Session: Agent } = { Session: 1 });\n({ Session: Agent = 5 } = {});\nfor ({ Session: Agent } of []);\nconsole.log(typeof Agent);",
    errors: [{ messageId: 'movedExport' }],
    filename: 'assign.cjs',
  },
  {
    name: 'D6: a star export in a declare module block checks that block\'s own exports (it added its re-export again on every pass)',
    code: "declare module 'my-barrel' {\n  export * from 'abstractllm/tools';\n}\ndeclare module 'my-memory' {\n  export * from 'abstractllm/memory';\n  export class HierarchicalMemory { own: true }\n}",
    output: "declare module 'my-barrel' {\n  export * from 'abstractllm/tools';\n  export { WebSearchTool, CodeIntelligenceTool } from 'abstractagent/tools';\n}\ndeclare module 'my-memory' {\n  export * from 'abstractmemory';\n  export class HierarchicalMemory { own: true }\n}",
    errors: [{ messageId: 'starExport', line: 2 }, { messageId: 'movedModule', line: 5 }],
    filename: 'barrels.d.ts',
    v1: false, // ambient modules of a declaration file; the checker's fixtures are .ts modules
    v2: false,
  },
  {
    name: 'a namespace load in a for head or an if body gets no import next to it (none could go there, or it would run unconditionally)',
    code: "for (const llm = require('abstractllm'); ; ) {\n  module.exports = new llm.HierarchicalMemory();\n  break;\n}\nif (process.env.USE_MEMORY) var mem = require('abstractllm');\nexports.make = () => new mem.HierarchicalMemory();",
    output: null,
    errors: [
      { messageId: 'namespaceMemberManual', line: 2, data: { object: 'llm', name: 'HierarchicalMemory', newName: 'TemporalMemory', to: 'abstractmemory', reason: 'the load is not a statement of its own, so no import can be added next to it' } },
      { messageId: 'namespaceMemberManual', line: 6, data: { object: 'mem', name: 'HierarchicalMemory', newName: 'TemporalMemory', to: 'abstractmemory', reason: 'the load is not a statement of its own, so no import can be added next to it' } },
    ],
    filename: 'conditional.cjs',
  },
  {
    name: 'a namespace load in a for head still gets a member rename that needs no new import',
    code: "for (const mem = require('abstractllm/memory'); ; ) {\n  module.exports = new mem.HierarchicalMemory();\n  break;\n}",
    output: "for (const mem = require('abstractmemory'); ; ) {\n  module.exports = new mem.TemporalMemory();\n  break;\n}",
    errors: [{ messageId: 'movedModule' }, { messageId: 'namespaceMember' }],
    filename: 'loop.cjs',
  },
  {
    name: 'D7: import X = ns.Member is an alias (and import X = TemporalMemory would not be TypeScript)',
    code: "import * as llm from 'abstractllm';\nimport Memory = llm.HierarchicalMemory;\nexport const memory = new Memory();",
    output: null,
    errors: [{ messageId: 'namespaceMemberManual', data: { object: 'llm', name: 'HierarchicalMemory', newName: 'TemporalMemory', to: 'abstractmemory', reason: 'an alias of llm.HierarchicalMemory hides its uses from the migration' } }],
  },
  {
    name: 'an annotated destructured require is reported, not rewritten (its annotation names the old key)',
    code: "const { HierarchicalMemory }: { HierarchicalMemory: new () => { clear(): void } } = require('abstractllm');\nexport const memory = new HierarchicalMemory();",
    output: null,
    errors: [{ messageId: 'movedExport' }],
    v1: false, // no @types/node: `require` is not declared
  },
  {
    name: 'nothing joins a require with a rest element or an annotation (a name after ...rest is a syntax error; an annotated one would be untyped)',
    code: "const { ReActCycle, ...agentRest } = require('abstractagent');\nconst { Session } = require('abstractllm');\nmodule.exports = [Session, ReActCycle, agentRest];",
    output: "const { ReActCycle, ...agentRest } = require('abstractagent');\nconst { Agent } = require('abstractagent');\nmodule.exports = [Agent, ReActCycle, agentRest];",
    errors: [{ messageId: 'movedExport' }],
    filename: 'rest.cjs',
  },
  {
    name: 'D7: the members read off the rest element of a load are taken from the module too (found by probing: core.Session went unreported)',
    code: "const { createLLM, ...core } = require('abstractllm');\nmodule.exports = { llm: createLLM('x'), mem: new core.HierarchicalMemory(), s: core.Session, tools: core.BaseTool };",
    output: null,
    errors: [
      { messageId: 'movedExport', line: 2, column: 50, data: { name: 'HierarchicalMemory', from: 'abstractllm', newName: 'TemporalMemory', to: 'abstractmemory' } },
      { messageId: 'movedExport', line: 2, column: 80, data: { name: 'Session', from: 'abstractllm', newName: 'Agent', to: 'abstractagent' } },
    ],
    filename: 'rest.cjs',
  },
  {
    name: 'D7: (0, Session) is the class: its subclass and its non-literal options block the rename, as the Session rule reads them',
    code: "const { Session } = require('abstractllm');\nconst options = { provider: 'openai' };\nclass Traced extends (0, Session) { generate(p) { return super.generate(p); } }\nmodule.exports = [new (0, Session)(options), Traced];",
    output: null,
    errors: [{ messageId: 'renameBlocked' }, { messageId: 'unmigratableUse', line: 3 }, { messageId: 'unmigratableUse', line: 4 }],
    filename: 'sequence.cjs',
  },
  {
    name: "an ambient `declare const require` or `declare function require` is Node's require, typed by hand",
    code: "declare function require(id: string): any;\nconst { HierarchicalMemory } = require('abstractllm/memory');\nexport const memory = new HierarchicalMemory();",
    output: "declare function require(id: string): any;\nconst { TemporalMemory } = require('abstractmemory');\nexport const memory = new TemporalMemory();",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'an automock holds back a namespace member or an in-place member that would leave its module (it would stop being mocked)',
    code: "import * as llm from 'abstractllm';\nvi.mock('abstractllm');\nexport const memory = new llm.HierarchicalMemory();\nexport const Memory = require('abstractllm').HierarchicalMemory;",
    output: null,
    errors: [
      { messageId: 'namespaceMemberManual', line: 3, data: { object: 'llm', name: 'HierarchicalMemory', newName: 'TemporalMemory', to: 'abstractmemory', reason: "vi.mock('abstractllm') mocks the whole module, and after the move it would no longer mock 'TemporalMemory' from 'abstractmemory'" } },
      { messageId: 'namespaceMemberManual', line: 4 },
    ],
    filename: 'memory.test.ts',
    v1: false, // vi and require are globals of the test runner and of Node
    v2: false,
  },
  {
    name: 'an automock stays at 1.x with a use of its module that stays there (the path moved, the use did not)',
    code: "const mem = require('abstractllm/memory');\njest.mock('abstractllm/memory');\nmodule.exports = { mem, make: () => new mem.HierarchicalMemory() };",
    output: null,
    errors: [{ messageId: 'movedModuleManual', line: 1 }, { messageId: 'namespaceMemberManual', line: 3 }],
    filename: 'memory.test.cjs',
  },
  {
    name: "a factory that spreads another module's requireActual is not the real module: an automock, which holds Session back",
    code: "const { Session } = require('abstractllm');\njest.mock('abstractllm', () => ({ ...jest.requireActual('./__fakes__/abstractllm') }));\nmodule.exports = () => new Session();",
    output: null,
    errors: [{ messageId: 'renameBlocked', line: 1 }, { messageId: 'unmigratableUse', line: 2 }],
    filename: 'fakes.test.cjs',
  },
  {
    name: 'D4: a default import is the module object (esModuleInterop): its members are planned as a namespace\'s',
    code: "import mem from 'abstractllm/memory';\nimport llm from 'abstractllm';\nexport const memory = new mem.HierarchicalMemory();\nexport const other = new llm.HierarchicalMemory();",
    output: "import mem from 'abstractmemory';\nimport llm from 'abstractllm';\nimport { TemporalMemory } from 'abstractmemory';\nexport const memory = new mem.TemporalMemory();\nexport const other = new TemporalMemory();",
    errors: [{ messageId: 'movedModule', line: 1 }, { messageId: 'namespaceMember', line: 3 }, { messageId: 'namespaceMember', line: 4 }],
  },
  {
    name: 'D3: in sloppy code a function declared in a block is a local of its function too (Annex B): the rename keeps the local name',
    code: "const { Session } = require('abstractllm');\nfunction make(fast) {\n  if (fast) {\n    function Agent() { return { fast: true }; }\n  }\n  return new Session({ provider: 'openai' });\n}\nmodule.exports = make;",
    output: "const { Agent: Session } = require('abstractagent');\nfunction make(fast) {\n  if (fast) {\n    function Agent() { return { fast: true }; }\n  }\n  return new Session({ provider: 'openai' });\n}\nmodule.exports = make;",
    errors: [{ messageId: 'movedExport' }],
    filename: 'annex-b.cjs',
    languageOptions: cjs, // sloppy code, as ESLint's defaults have it for .cjs
    final: "const { Agent: Session } = require('abstractagent');\nfunction make(fast) {\n  if (fast) {\n    function Agent() { return { fast: true }; }\n  }\n  return new Session({ llmConfig: { provider: 'openai' } });\n}\nmodule.exports = make;",
  },
  {
    name: 'D3: in strict code a function declared in a block stays in the block, so the rename goes ahead',
    code: "'use strict';\nconst { Session } = require('abstractllm');\nfunction make(fast) {\n  if (fast) {\n    function Agent() { return { fast: true }; }\n  }\n  return typeof Session;\n}\nmodule.exports = make;",
    output: "'use strict';\nconst { Agent } = require('abstractagent');\nfunction make(fast) {\n  if (fast) {\n    function Agent() { return { fast: true }; }\n  }\n  return typeof Agent;\n}\nmodule.exports = make;",
    errors: [{ messageId: 'movedExport' }],
    filename: 'strict.cjs',
    languageOptions: cjs,
  },
  {
    name: 'D2: the comments of a binding dropped for an existing import of its new name are kept',
    code: "import { TemporalMemory } from 'abstractmemory';\nimport {\n  // the memory store\n  HierarchicalMemory, // legacy, drop after Q3\n  createLLM,\n} from 'abstractllm';\nexport const a = [new HierarchicalMemory(), createLLM, TemporalMemory];",
    output: "import { TemporalMemory } from 'abstractmemory';\n// the memory store\n// legacy, drop after Q3\nimport {\n  createLLM,\n} from 'abstractllm';\nexport const a = [new TemporalMemory(), createLLM, TemporalMemory];",
    errors: [{ messageId: 'movedExport' }],
    v1: false, // a half-migrated file
  },
  {
    name: 'D7: table-B names taken from the core module where no fix reaches are reported (requireActual, .then callback, destructured or indexed or JSX namespace)',
    code: [
      "import * as llm from 'abstractllm';",
      "const { HierarchicalMemory } = llm;",
      "export const a = new HierarchicalMemory();",
      "export const b = new llm['HierarchicalMemory']();",
      "export const view = <llm.Session />;",
      "export const load = () => import('abstractllm').then((m) => new m.HierarchicalMemory());",
      "export const actual = () => vi.importActual<typeof import('abstractllm')>('abstractllm').then(({ Session }) => Session);",
    ].join('\n'),
    output: null,
    errors: [
      { messageId: 'namespaceMemberManual', line: 2, data: { object: 'llm', name: 'HierarchicalMemory', newName: 'TemporalMemory', to: 'abstractmemory', reason: 'destructured from the module object' } },
      { messageId: 'namespaceMemberManual', line: 4, data: { object: 'llm', name: 'HierarchicalMemory', newName: 'TemporalMemory', to: 'abstractmemory', reason: 'a computed or written member' } },
      { messageId: 'namespaceMemberManual', line: 5, data: { object: 'llm', name: 'Session', newName: 'Agent', to: 'abstractagent', reason: 'a JSX tag' } },
      { messageId: 'movedExport', line: 6 },
      { messageId: 'movedExport', line: 7 },
    ],
    filename: 'core.tsx',
    v1: false, // vi is the test runner's global
    v2: false,
  },
  {
    name: "D7: names destructured from jest.requireActual('abstractllm') are reported",
    code: "const { HierarchicalMemory } = jest.requireActual('abstractllm');\nmodule.exports = new HierarchicalMemory();",
    output: null,
    errors: [{ messageId: 'movedExport', data: { name: 'HierarchicalMemory', from: 'abstractllm', newName: 'TemporalMemory', to: 'abstractmemory' } }],
    filename: 'actual.test.cjs',
  },
  {
    name: 'D7: the core module used whole where the fix cannot see its members is reported (it lost Session and HierarchicalMemory)',
    code: "import * as llm from 'abstractllm';\nexport { llm };\nexport const make = () => llm.createLLM('ollama');",
    output: null,
    errors: [{ messageId: 'wholeModule', line: 1, data: { from: 'abstractllm', names: "'Session', 'HierarchicalMemory', 'SessionOptions', 'GenerateOptions'" } }],
  },
  {
    name: 'D7: the core module re-exported whole in CommonJS is reported; passed to a spy or a helper, it is not',
    code: "const llm = require('abstractllm');\njest.spyOn(llm, 'createLLM');\nregisterAll(require('abstractllm'));\nmodule.exports = require('abstractllm');",
    output: null,
    errors: [{ messageId: 'wholeModule', line: 4 }],
    filename: 'barrel.cjs',
  },
  {
    name: 'D7: a class field holding the class, an exported registry read in the file, a tagged template: each hides uses, so the rename waits',
    code: "import { Session } from 'abstractllm';\nexport class Bot { static Impl = Session; }\nexport const registry = { agent: Session };\nexport const make = (kind: 'agent') => new registry[kind]({ provider: 'openai' });\ndeclare function tag(s: TemplateStringsArray, c: unknown): void;\ntag`${Session}`;",
    output: null,
    errors: [
      { messageId: 'renameBlocked' },
      { messageId: 'unmigratableUse', line: 2, data: { name: 'Session', newName: 'Agent', to: 'abstractagent', reason: 'an alias of Session hides its uses from the migration' } },
      { messageId: 'unmigratableUse', line: 3 },
      { messageId: 'unmigratableUse', line: 6 },
    ],
  },
  {
    name: 'D7: checks and logging of the class do not block the rename, nor does vi.mocked(Session) used as a check, nor a CommonJS export of it (D3)',
    code: "const { Session } = require('abstractllm');\nconsole.log(Session);\nexpect(Session).toBeDefined();\nexpect(x).toEqual(expect.any(Session));\nexpect(vi.mocked(Session)).toBeDefined();\nexports.Session = Session;",
    output: "const { Agent } = require('abstractagent');\nconsole.log(Agent);\nexpect(Agent).toBeDefined();\nexpect(x).toEqual(expect.any(Agent));\nexpect(vi.mocked(Agent)).toBeDefined();\nexports.Session = Agent;",
    errors: [{ messageId: 'movedExport' }],
    filename: 'session.test.cjs',
  },
  {
    name: 'D4: a default import next to named ones, read for a name its module loses, holds the statement at 1.x and is reported',
    code: "import mem, { summarize } from 'abstractllm/memory';\nimport llm, { createLLM } from 'abstractllm';\nexport const memory = new mem.HierarchicalMemory();\nexport const other = new llm.HierarchicalMemory();\nexport const s = [summarize, createLLM];",
    output: null,
    errors: [
      { messageId: 'movedModule', line: 1 },
      { messageId: 'namespaceMemberManual', line: 3, data: { object: 'mem', name: 'HierarchicalMemory', newName: 'TemporalMemory', to: 'abstractmemory', reason: 'a default import next to named ones: give it an import of its own' } },
      { messageId: 'namespaceMemberManual', line: 4 },
    ],
  },
  {
    name: 'D4: a default import next to named ones, used as the whole module, holds the statement at 1.x and says why',
    code: "import mem, { HierarchicalMemory } from 'abstractllm/memory';\ndeclare function register(x: unknown): void;\nregister(mem);\nexport const memory = new HierarchicalMemory();",
    output: null,
    errors: [
      { messageId: 'movedExport', line: 1 },
      { messageId: 'movedModuleManual', line: 1, data: { from: 'abstractllm/memory', to: 'abstractmemory', names: "'HierarchicalMemory'" } },
    ],
  },
  {
    name: 'D4: a default import next to named ones, read only for names that stay, moves with its statement',
    code: "import mem, { HierarchicalMemory } from 'abstractllm/memory';\nexport const memory = new HierarchicalMemory();\nexport const other = mem.summarize;",
    output: "import mem, { TemporalMemory } from 'abstractmemory';\nexport const memory = new TemporalMemory();\nexport const other = mem.summarize;",
    errors: [{ messageId: 'movedExport' }, { messageId: 'movedModule' }],
  },
  {
    name: 'D7: the class given to a JSX attribute, yielded, awaited or mocked and then reached into hands it on, so the rename waits',
    code: "import { Session } from 'abstractllm';\ndeclare function Registry(props: { ctor: unknown }): null;\nexport const view = <Registry ctor={Session} />;\nexport function* classes() { yield Session; }\nexport const later = async () => { const C = await Session; return C; };\ndeclare const vi: { mocked<T>(x: T): T & { mockImplementation(f: unknown): void } };\nvi.mocked(Session).mockImplementation(() => ({}));",
    output: null,
    errors: [
      { messageId: 'renameBlocked' },
      { messageId: 'unmigratableUse', line: 3 },
      { messageId: 'unmigratableUse', line: 4 },
      { messageId: 'unmigratableUse', line: 5 },
      { messageId: 'unmigratableUse', line: 7, data: { name: 'Session', newName: 'Agent', to: 'abstractagent', reason: 'Session.mockImplementation reaches into the 1.x class' } },
    ],
    filename: 'registry.tsx',
    v1: false, // `await` of a class and the mock helper are only shapes here
    v2: false,
  },
  {
    name: 'D7: the core module exported whole as the default is reported',
    code: "import * as llm from 'abstractllm';\nexport default llm;",
    output: null,
    errors: [{ messageId: 'wholeModule', line: 1 }],
  },
  {
    name: 'D7: the core module exported whole with export = is reported',
    code: "import llm = require('abstractllm');\nexport = llm;",
    output: null,
    errors: [{ messageId: 'wholeModule', line: 1 }],
    filename: 'core.cts',
  },
  {
    name: 'D2: a comment inside a specifier that stays (createLLM as /* c */ make) is written once',
    code: "import { Session, createLLM as /* the factory */ make } from 'abstractllm';\nexport const s = new Session();\nexport const m = make;",
    output: "import { Agent } from 'abstractagent';\nimport { createLLM as /* the factory */ make } from 'abstractllm';\nexport const s = new Agent();\nexport const m = make;",
    final: "import { Agent } from 'abstractagent';\nimport { createLLM as /* the factory */ make } from 'abstractllm';\nexport const s = new Agent({ llmConfig: { provider: 'ollama' } });\nexport const m = make;",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'D2: a comment after `type` in a specifier that stays is written once',
    code: "import { Session, type /* 1.x */ SessionOptions } from 'abstractllm';\nexport const s = new Session();\nexport type O = SessionOptions;",
    output: "import { Agent } from 'abstractagent';\nimport { type /* 1.x */ SessionOptions } from 'abstractllm';\nexport const s = new Agent();\nexport type O = SessionOptions;",
    final: "import { Agent } from 'abstractagent';\nimport { type /* 1.x */ SessionOptions } from 'abstractllm';\nexport const s = new Agent({ llmConfig: { provider: 'ollama' } });\nexport type O = SessionOptions;",
    errors: [{ messageId: 'movedExport' }, { messageId: 'removedExport' }],
    v2: false, // SessionOptions stays, reported, for a person to rewrite
  },
  {
    name: 'D2: a comment inside a specifier rewritten in place goes before it',
    code: "import { Session as /* c */ S } from 'abstractllm';\nexport const s = new S();",
    output: "import { /* c */ Agent as S } from 'abstractagent';\nexport const s = new S();",
    final: "import { /* c */ Agent as S } from 'abstractagent';\nexport const s = new S({ llmConfig: { provider: 'ollama' } });",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'D2: a line comment inside a moved specifier leads it in the new statement',
    code: "import {\n  Session as // c\n    S,\n  createLLM,\n} from 'abstractllm';\nexport const s = new S();\nexport const m = createLLM;",
    output: "import {\n  // c\n  Agent as S,\n} from 'abstractagent';\nimport {\n  createLLM,\n} from 'abstractllm';\nexport const s = new S();\nexport const m = createLLM;",
    final: "import {\n  // c\n  Agent as S,\n} from 'abstractagent';\nimport {\n  createLLM,\n} from 'abstractllm';\nexport const s = new S({ llmConfig: { provider: 'ollama' } });\nexport const m = createLLM;",
    errors: [{ messageId: 'movedExport' }],
  },
  {
    name: 'D2: a comment inside a moved property of a destructured require leads it',
    code: "const { Session: /* c */ S, createLLM } = require('abstractllm');\nmodule.exports = { s: new S(), m: createLLM };",
    output: "const { /* c */ Agent: S } = require('abstractagent');\nconst { createLLM } = require('abstractllm');\nmodule.exports = { s: new S(), m: createLLM };",
    final: "const { /* c */ Agent: S } = require('abstractagent');\nconst { createLLM } = require('abstractllm');\nmodule.exports = { s: new S({ llmConfig: { provider: 'ollama' } }), m: createLLM };",
    errors: [{ messageId: 'movedExport' }],
    languageOptions: cjs,
    filename: 'bin.js',
  },
  {
    name: 'D2: a statement removed by a join keeps the comment before its guarding `;`, and the `;`',
    code: "import { TemporalMemory } from 'abstractmemory'\nimport { HierarchicalMemory } from 'abstractllm/memory' // c\n;[1].forEach(() => new HierarchicalMemory({}))\nexport const a = new TemporalMemory({})",
    output: "import { TemporalMemory } from 'abstractmemory'\n// c\n;[1].forEach(() => new TemporalMemory({}))\nexport const a = new TemporalMemory({})",
    errors: [{ messageId: 'movedExport' }],
    v1: false, // a half-migrated file: it already imports from a 2.0 package
  },
  {
    name: 'a statement removed by a join, with nothing before its guarding `;`, goes with its line',
    code: "import { TemporalMemory } from 'abstractmemory'\nimport { HierarchicalMemory } from 'abstractllm/memory'\n;[1].forEach(() => new HierarchicalMemory({}))\nexport const a = new TemporalMemory({})",
    output: "import { TemporalMemory } from 'abstractmemory'\n;[1].forEach(() => new TemporalMemory({}))\nexport const a = new TemporalMemory({})",
    errors: [{ messageId: 'movedExport' }],
    v1: false, // a half-migrated file: it already imports from a 2.0 package
  },
  {
    name: 'D2: a comment inside a namespace member written as a new name goes before it',
    code: "import * as llm from 'abstractllm';\nexport const s = new llm /* c */.Session();\nexport let t: llm./* d */Session | undefined;\nexport const m = llm.createLLM;",
    output: "import * as llm from 'abstractllm';\nimport { Agent } from 'abstractagent';\nexport const s = new /* c */ Agent();\nexport let t: /* d */ Agent | undefined;\nexport const m = llm.createLLM;",
    final: "import * as llm from 'abstractllm';\nimport { Agent } from 'abstractagent';\nexport const s = new /* c */ Agent({ llmConfig: { provider: 'ollama' } });\nexport let t: /* d */ Agent | undefined;\nexport const m = llm.createLLM;",
    errors: [{ messageId: 'namespaceMember' }, { messageId: 'namespaceMember' }],
  },
  {
    name: 'D2: the same for a member of a require object, a line comment ending its line',
    code: "const llm = require('abstractllm');\nmodule.exports = { s: new llm /* c */.Session(), t: new llm // e\n  .Session() };",
    output: "const llm = require('abstractllm');\nconst { Agent } = require('abstractagent');\nmodule.exports = { s: new /* c */ Agent(), t: new // e\n  Agent() };",
    final: "const llm = require('abstractllm');\nconst { Agent } = require('abstractagent');\nmodule.exports = { s: new /* c */ Agent({ llmConfig: { provider: 'ollama' } }), t: new // e\n  Agent({ llmConfig: { provider: 'ollama' } }) };",
    errors: [{ messageId: 'namespaceMember' }, { messageId: 'namespaceMember' }],
    languageOptions: cjs,
    filename: 'bin.js',
  },
];

ruleTester.run('no-deprecated-imports', rule, { valid, invalid: invalid.map(({ v1: _v1, v2: _v2, final: _final, ...test }) => test) });

/** Fixtures written in TypeScript, the ones the API declarations can check. */
const typeScriptCases = invalid.filter((test) => /\.tsx?$/.test(test.filename ?? 'file.ts'));
const finalOutput = (test: Invalid): string | null =>
  test.final ?? (Array.isArray(test.output) ? (test.output.at(-1) ?? null) : ((test.output as string | null | undefined) ?? null));
const fixtureName = (index: number, test: Invalid): string => `case-${index}${test.filename?.endsWith('.tsx') ? '.tsx' : '.ts'}`;

describe('no-deprecated-imports fixtures type-check against the declarations', () => {
  it('every TypeScript fixture type-checks against the 1.x API before the fix', () => {
    const fixtures = typeScriptCases
      .map((test, index) => ({ test, index }))
      .filter(({ test }) => test.v1 !== false)
      .map(({ test, index }) => ({ name: fixtureName(index, test), code: test.code }));
    expect(fixtures.length).toBeGreaterThan(40);
    expect(typecheckFixtures(fixtures, 'v1')).toEqual([]);
  });

  it('every fixed TypeScript fixture type-checks against the 2.0 API after the fix', () => {
    const fixtures = typeScriptCases
      .map((test, index) => ({ test, index }))
      .filter(({ test }) => test.v2 !== false && finalOutput(test) !== null)
      .map(({ test, index }) => ({ name: fixtureName(index, test), code: finalOutput(test)! }));
    expect(fixtures.length).toBeGreaterThan(30);
    expect(typecheckFixtures(fixtures, 'v2')).toEqual([]);
  });
});

describe('no-deprecated-imports through the Linter with configs.recommended', () => {
  const configs = withPlugin(plugin);
  it.each(invalid.map((test) => [test.name ?? test.code, test] as const))(
    'reaches a fixed point within 3 passes and stays there: %s',
    (_name, test) => {
      const languageOptions = test.languageOptions as { parser?: unknown } | undefined;
      // The plugin config plus the parser the case needs (espree cases set it explicitly).
      const caseConfigs = languageOptions?.parser ? [...configs, { languageOptions: test.languageOptions }] : configs;
      const result = fixToFixedPoint(test.code, test.filename ?? 'file.ts', caseConfigs as never);
      expect(result.passes).toBeLessThanOrEqual(3);
      expect(result.stable).toBe(true);
      expect(result.output).toBe(finalOutput(test) ?? test.code);
      expect(result.remaining.filter((message) => message.fatal)).toEqual([]);
    },
  );
});

describe('no-deprecated-imports keeps a line directive covering the statements it covered', () => {
  const configs = withPlugin(plugin);
  // A project that flags every require, and disables that on the lines it allows one.
  const flagRequires = { rules: { 'no-restricted-syntax': ['error', "CallExpression[callee.name='require']"] } };
  it('an eslint-disable-next-line above a require that is split is written above each new require, so none is flagged and none is unused (found by probing)', () => {
    const code =
      "function load() {\n  // eslint-disable-next-line no-restricted-syntax -- a CommonJS-only build\n  const { Session, HierarchicalMemory } = require('abstractllm');\n  return [new Session({ provider: 'openai' }), new HierarchicalMemory()];\n}\nmodule.exports = load;";
    const result = fixToFixedPoint(code, 'index.cjs', [...configs, { languageOptions: cjs }, flagRequires] as never);
    expect(result.output).toBe(
      "function load() {\n  // eslint-disable-next-line no-restricted-syntax -- a CommonJS-only build\n  const { Agent } = require('abstractagent');\n  // eslint-disable-next-line no-restricted-syntax -- a CommonJS-only build\n  const { TemporalMemory } = require('abstractmemory');\n  return [new Agent({ llmConfig: { provider: 'openai' } }), new TemporalMemory()];\n}\nmodule.exports = load;",
    );
    expect(result.remaining).toEqual([]);
  });

});

describe('no-deprecated-imports never throws and never writes code that does not parse', () => {
  const odd = [
    '',
    '\uFEFF',
    '#!/usr/bin/env node\n',
    "declare module 'abstractllm';",
    "declare module 'abstractllm/session' { export const x: number; }",
    "import json from 'abstractllm/memory/data.json' with { type: 'json' };",
    "require();\nrequire.resolve();\nimport.meta.resolve();\nvi.mock();\njest.requireActual();",
    "require('abstractllm/memory', 'extra');",
    "const { ...rest } = require('abstractllm');\nrest.Session;",
    "const { Session = class {} } = require('abstractllm');\nnew Session();",
    "const [a] = require('abstractllm/memory');",
    "let llm; llm = require('abstractllm'); new llm.Session();",
    "import * as llm from 'abstractllm';\nllm?.Session;\ndelete llm.HierarchicalMemory;\nllm.Session = null;",
    "import { Session } from 'abstractllm';\nSession?.load?.('x');\nSession['load']('x');\nconst { load } = Session;",
    "import { Session } from 'abstractllm';\nexport default class extends Session {}",
    "import { Session } from 'abstractllm';\nnew Session(...args);\nnew Session({ ...base });\nnew Session({ [key]: 1 });",
    "import { 'Session' as S } from 'abstractllm';\nexport { S as 'session-class' };",
    "export { Session as 'default' } from 'abstractllm';",
    "import Session = llm.Session;",
    "import type * as types from 'abstractllm/session';\nlet o: types.SessionOptions;",
    "type T = import('abstractllm/memory', { with: { 'resolution-mode': 'import' } }).HierarchicalMemory;",
    "export * as default from 'abstractllm/memory';",
    "const x = `abstractllm/${'memory'}`;\nimport(`abstractllm/memory`).then(() => {});",
    "vi.mock('abstractllm', async (importOriginal) => ({ ...(await importOriginal()), Session: vi.fn() }));",
    "function f() { 'use strict'; return require('abstractllm/cli'); }",
    "class A { static Session = 1; Session() {} }\nimport { Session } from 'abstractllm';\nnew A().Session(); void Session;",
    "import { Session } from 'abstractllm';\nlabel: for (;;) { break label; }\nexport { Session as Session };",
    "import { HierarchicalMemory } from 'abstractllm';\nnamespace NS { export const m = new HierarchicalMemory(); }",
    "import { Session } from 'abstractllm';\nenum E { Session = 1 }\nlet s: Session;",
  ];
  const parsers = [
    { filename: 'odd.ts', configs: withPlugin(plugin) },
    { filename: 'odd.tsx', configs: withPlugin(plugin) },
    { filename: 'odd.mjs', configs: [...withPlugin(plugin), { languageOptions: js }] },
  ];
  it.each(odd.flatMap((code) => parsers.map((parser) => [parser.filename, code, parser] as const)))(
    '%s: %j',
    (filename, code, parser) => {
      // A rule that throws makes the Linter throw, which fails the test.
      const result = fixToFixedPoint(code, filename, parser.configs as never);
      // A file the parser rejects is never fixed; a fixed file must still parse.
      if (result.output !== code) expect(result.remaining.filter((m) => m.fatal)).toEqual([]);
      expect(result.passes).toBeLessThanOrEqual(3);
      expect(result.stable).toBe(true);
    },
  );
});

describe('no-deprecated-imports: one text check before any AST work', () => {
  const contextFor = (text: string) => ({ options: [], sourceCode: { text } }) as never;

  it('a file that never names abstractllm gets no listeners', () => {
    expect(rule.create(contextFor("import { Agent } from 'abstractagent';\nnew Agent({ llmConfig: { provider: 'ollama' } });"))).toEqual({});
  });
});

describe('no-deprecated-imports on a sloppy CommonJS script (ESLint 10, default parser)', () => {
  it("reads a specifier spelled with a legacy octal escape, which RuleTester's strict parse rejects (found by review: every rule skipped the file)", () => {
    const config = [{ files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' as const } }, { ...plugin.configs.recommended, files: ['**/*.cjs'] }];
    const code = "const { runCli } = require('abstractll\\155/cli');\nmodule.exports = runCli;\n";
    expect(new Linter().verifyAndFix(code, config as never, { filename: 'cli.cjs' }).output).toBe(
      "const { runCli } = require('abstractagent/cli');\nmodule.exports = runCli;\n",
    );
  });
});

describe('no-deprecated-imports on JSX with espree under ESLint 8 and 9 (no scope references for tags)', () => {
  const requireOlder = createRequire(import.meta.url);
  for (const major of ['eslint8', 'eslint9']) {
    it(`${major}: a tag read off a default import, a rest of a require, or a then parameter is a use of the module's member (found by review)`, () => {
      const { Linter: OlderLinter } = requireOlder(major) as typeof import('eslint');
      const config = [
        { files: ['**/*.jsx'], languageOptions: { sourceType: 'module', ecmaVersion: 'latest', parserOptions: { ecmaFeatures: { jsx: true } } } },
        { ...plugin.configs.recommended, files: ['**/*.jsx'] },
      ];
      const code =
        "import llm, { createLLM } from 'abstractllm';\nexport const c = createLLM('ollama');\nexport const A = () => <llm.Session provider=\"openai\"></llm.Session>;\n" +
        "const { BasicSession, ...core } = require('abstractllm');\nexport const B = () => <core.Session provider=\"openai\" />;\n" +
        "export const C = import('abstractllm').then((m) => () => <m.Session provider=\"x\" />);\n";
      const linter = new OlderLinter({ configType: 'flat' } as never);
      expect(linter.verify(code, config as never, { filename: 'view.jsx' }).map((m) => `${m.line}:${m.ruleId}`)).toEqual([
        '3:abstractllm/no-deprecated-imports',
        '5:abstractllm/no-deprecated-imports',
        '6:abstractllm/no-deprecated-imports',
      ]);
    });
  }
});
