import { describe, expect, it } from 'vitest';
import { generateHeavyFiles, heavyKinds } from '../../scripts/corpus/heavy.mjs';
import { parseError } from './invariants.js';

const files = generateHeavyFiles(500);
const q = `['"\`]`;

/**
 * What the heavy files must use between them: each form of MIGRATION.md section C, each module
 * of table A and row of table B, the Session options and members of E (fixable or not), the
 * HierarchicalMemory members of F and the compatibility layer of G.
 */
const forms: Record<string, RegExp> = {
  'import … from': /^import \{[^}]*\} from /m,
  'import type': /^import type \{/m,
  'import { type X }': /^import \{[^}]*\btype \w+/m,
  "side-effect import 'x'": new RegExp(`^import ${q}abstractllm`, 'm'),
  'export … from': new RegExp(`^export \\{[^}]*\\} from ${q}abstractllm`, 'm'),
  'export * from': new RegExp(`^export \\* from ${q}abstractllm`, 'm'),
  'export * as ns from': new RegExp(`^export \\* as \\w+ from ${q}abstractllm`, 'm'),
  'export type … from': new RegExp(`^export type \\{[^}]*\\} from ${q}abstractllm`, 'm'),
  "require('x')": new RegExp(`\\brequire\\(${q}abstractllm`),
  "const { A, B: c } = require('x')": new RegExp(`const \\{[^}]*\\w+: \\w+[^}]*\\} = require\\(${q}abstractllm`),
  "require.resolve('x')": new RegExp(`require\\.resolve\\(${q}abstractllm`),
  "import('x')": new RegExp(`return import\\(${q}abstractllm|\\(\\) => import\\(${q}abstractllm|[^t] import\\(${q}abstractllm`),
  "await import('x')": new RegExp(`await import\\(${q}abstractllm`),
  "import.meta.resolve('x')": new RegExp(`import\\.meta\\.resolve\\(${q}abstractllm`),
  "import x = require('x')": new RegExp(`^import \\w+ = require\\(${q}abstractllm`, 'm'),
  "typeof import('x')": new RegExp(`typeof import\\(${q}abstractllm`),
  "import('x').Session type": new RegExp(`: import\\(${q}abstractllm${q}\\)\\.Session`),
  "declare module 'x'": new RegExp(`^declare module ${q}abstractllm`, 'm'),
  'vi.mock': new RegExp(`vi\\.mock\\(${q}abstractllm`),
  'vi.mock factory naming a table B symbol': new RegExp(`vi\\.mock\\(${q}abstractllm${q}, \\(\\) => \\(\\{ Session`),
  'vi.doMock': new RegExp(`vi\\.doMock\\(${q}abstractllm`),
  'vi.importActual': new RegExp(`vi\\.importActual\\(${q}abstractllm`),
  'vi.importMock': new RegExp(`vi\\.importMock\\(${q}abstractllm`),
  'jest.mock': new RegExp(`jest\\.mock\\(${q}abstractllm`),
  'jest.mock factory naming a table B symbol': new RegExp(`jest\\.mock\\(${q}abstractllm/memory${q}, \\(\\) => \\(\\{ HierarchicalMemory`),
  'jest.doMock': new RegExp(`jest\\.doMock\\(${q}abstractllm`),
  'jest.requireActual': new RegExp(`jest\\.requireActual\\(${q}abstractllm`),
  'jest.requireMock': new RegExp(`jest\\.requireMock\\(${q}abstractllm`),
  "'single quotes'": /from 'abstractllm/,
  '"double quotes"': /from "abstractllm/,
  'template literal specifier': /\(`abstractllm[^`$]*`\)/,
  'computed specifier (out of scope)': /`abstractllm\/\$\{/,
  'namespace import': new RegExp(`^import \\* as \\w+ from ${q}abstractllm${q}`, 'm'),
  'CommonJS module object': new RegExp(`const llm = require\\(${q}abstractllm${q}\\)`),
  'export { Session }': /^export \{ Session \}/m,
  'aliased import': /import \{[^}]*\bSession as \w+/,
  'import with a comment inside the braces': /import \{ \/\* legacy \*\/|import \{\n[^}]*\/\/ the 1\.x entry point/,
  'JSX': /<Transcript session=/,
  // Table A (a module of its own) and table B (an export that moves).
  ...Object.fromEntries(
    ['memory/hierarchical', 'memory', 'cognitive', 'cognitive/facts', 'session', 'react', 'cli', 'tools', 'compat'].map((path) => [
      `abstractllm/${path}`,
      new RegExp(`${q}abstractllm/${path}${q}`),
    ]),
  ),
  "Session from 'abstractllm'": new RegExp(`import \\{[^}]*\\bSession\\b[^}]*\\} from ${q}abstractllm${q}`),
  "Session from 'abstractllm/session'": new RegExp(`import \\{[^}]*\\bSession\\b[^}]*\\} from ${q}abstractllm/session${q}`),
  "HierarchicalMemory from 'abstractllm'": new RegExp(`import \\{[^}]*\\bHierarchicalMemory\\b[^}]*\\} from ${q}abstractllm${q}`),
  "HierarchicalMemory from 'abstractllm/memory'": new RegExp(`import \\{[^}]*\\bHierarchicalMemory\\b[^}]*\\} from ${q}abstractllm/memory${q}`),
  "HierarchicalMemory from 'abstractllm/memory/hierarchical'": new RegExp(`import \\{[^}]*\\bHierarchicalMemory\\b[^}]*\\} from ${q}abstractllm/memory/hierarchical${q}`),
  'WebSearchTool, CodeIntelligenceTool': /\bWebSearchTool\b[^;]*\bCodeIntelligenceTool\b/,
  'SessionOptions (type)': /\bSessionOptions\b/,
  'GenerateOptions (type)': /\bGenerateOptions\b/,
  // Section E: options…
  'provider and model': /new \w+\(\{ provider: ['"]\w+['"], model: /,
  'model without provider': /new \w+\(\{ model: /,
  'non-literal provider': /provider: process\.env\.LLM_PROVIDER/,
  'enableMemory: true with persistMemory': /enableMemory: true, persistMemory: /,
  'enableMemory: false with persistMemory': /enableMemory: false, persistMemory: /,
  'enableMemory: expression': /enableMemory: process\.env\.MEMORY === /,
  tools: /tools: \[new /,
  'enableReact and enableRetry': /enableReact: (?:true|false), enableRetry: /,
  'new Session() with no argument': /new Session\(\)/,
  'options that are not an object literal': /new \w+\(sessionOptions\)/,
  'options with a spread': /new \w+\(\{ \.\.\.baseOptions/,
  'options with an unknown key': /temperature: 0\.2/,
  // …and members.
  'generate(p)': /\.generate\(prompt\)/,
  'generate(p, { useTools, createReactCycle })': /\.generate\(prompt, \{ useTools: true, createReactCycle: false \}\)/,
  'generate(p, options) with non-literal options': /\.generate\(prompt, options\)/,
  'generateWithTools(p, o)': /\.generateWithTools\(prompt, \{ createReactCycle: true \}\)/,
  'addMessage(r, c)': /\.addMessage\(/,
  'getHistory(o)': /\.getHistory\(\{ limit: /,
  messages: /\.messages\b/,
  id: /session\.id\b/,
  'save(path)': /\.save\(/,
  'Session.load(path)': /Session\w*\.load\(/,
  'generate.bind(s)': /\.generate\.bind\(/,
  'const { getHistory } = s': /const \{ getHistory \} = /,
  'a Session class field': /private readonly session: \w+ = new /,
  'a #private Session field': /#session = new /,
  'a Session parameter property': /constructor\(private readonly session: /,
  'a helper taking a Session parameter': /function \w+\(session: \w+, prompt: string\)/,
  // Sections F and G.
  'new HierarchicalMemory(opts)': /new (?:HierarchicalMemory|Memory)\w*\(\{ capacity: /,
  addToWorkingMemory: /\.addToWorkingMemory\(/,
  'search(q, n)': /\.search\(query, \d+\)/,
  'clear()': /\.clear\(\)/,
  'CompatibilityLayer.setup()': /CompatibilityLayer\w*\.setup\(\)/,
};

describe('generateHeavyFiles', () => {
  it('names at least 500 files by index, kind and extension', () => {
    expect(files).toHaveLength(500);
    expect(new Set(files.map((file) => file.name)).size).toBe(500);
    for (const file of files) expect(file.name).toMatch(/^\d{4}-[a-z-]+(?:\.test|\.spec)?\.(?:ts|tsx|js|cjs)$/);
    expect(files.slice(0, heavyKinds.length).map((file) => file.name.replace(/^\d{4}-|\..*$/g, ''))).toEqual(heavyKinds);
  });

  it('is deterministic, and the first files do not depend on how many are asked for', () => {
    expect(generateHeavyFiles(500)).toEqual(files);
    expect(generateHeavyFiles(25)).toEqual(files.slice(0, 25));
    expect(files[0]).toEqual({
      name: '0001-route.ts',
      text: [
        '// triage: route (generated heavy abstractllm 1.x user file #1)',
        '',
        "import { /* legacy */ Session } from 'abstractllm/session';",
        "import { readFile } from 'abstractllm/tools';",
        "import { runCli } from 'abstractllm/cli';",
        '',
        "const session = new Session({ model: 'llama3.1' });",
        '',
        'async function answer(prompt: string) {',
        '  const reply = await session.generate(prompt);',
        '  return reply.content;',
        '}',
        '',
        '/** POST /triage/chat */',
        'export async function postChat(req: { body: { message: string; user?: string } }) {',
        "  if (!req.body.message) return { status: 400, body: { error: 'message is required' } };",
        '  const reply = await answer(req.body.message);',
        '  return { status: 200, body: { reply, sessionId: session.id } };',
        '}',
        '',
        '/** GET /triage/history */',
        'export function getHistory() {',
        '  return { status: 200, body: session.getHistory({ limit: 26 }) };',
        '}',
        '',
        'export function loadPrompt(path: string) {',
        '  return readFile(path).trim();',
        '}',
        '',
        'export async function runFromArgs(argv: string[]) {',
        '  return runCli(argv);',
        '}',
        '',
      ].join('\n'),
    });
  });

  it('uses every form of MIGRATION.md C, every row of tables A and B, and the members of E, F and G', () => {
    const missing = Object.entries(forms)
      .filter(([, pattern]) => !files.some((file) => pattern.test(file.text)))
      .map(([form]) => form);
    expect(missing).toEqual([]);
  });

  it('writes files that parse', () => {
    // One file in five (every kind, every extension): `npm run fuzz` parses all of them, and the
    // fuzz slice the first 40.
    const broken = files.filter((_, index) => index % 5 === 0).flatMap((file) => {
      const error = parseError(file.text, file.name);
      return error === undefined ? [] : [`${file.name}: ${error}`];
    });
    expect(broken).toEqual([]);
  });
});
