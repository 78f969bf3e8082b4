// A deterministic generator of "heavy abstractllm 1.x user" source files, for the fuzzer
// (scripts/fuzz.mjs, tests/fuzz/) and the benchmark: routes, CLIs, classes holding a Session,
// helpers taking one, vitest and jest tests with module mocks, barrels, CommonJS scripts, memory
// stores, React components, TypeScript-only module forms.
//
// Between them the files use every form of MIGRATION.md section C, every row of tables A and B,
// the Session options and members of section E (fixable and not), HierarchicalMemory (F) and the
// compatibility layer (G). The extensions are .ts, .tsx, .js and .cjs (the corpus layout the
// benchmark reads); the fuzzer's mutants add .jsx. Each file draws its style (quotes, semicolons, import layout, comments
// inside imports, names) from a PRNG seeded by its index, so `generateHeavyFiles(n)` returns the
// same files on every machine and its first k files do not depend on n.

/** mulberry32: a tiny seeded PRNG (uniform in [0, 1)). */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Where each 1.x export can be imported from (tables A and B, and the names that stay). */
const homes = {
  Session: ['abstractllm', 'abstractllm/session'],
  SessionOptions: ['abstractllm', 'abstractllm/session'],
  GenerateOptions: ['abstractllm', 'abstractllm/session'],
  HierarchicalMemory: ['abstractllm', 'abstractllm/memory', 'abstractllm/memory/hierarchical'],
  MemoryItem: ['abstractllm/memory', 'abstractllm/memory/hierarchical'],
  summarize: ['abstractllm/memory'],
  extractFacts: ['abstractllm/cognitive'],
  Fact: ['abstractllm/cognitive'],
  FactsExtractor: ['abstractllm/cognitive/facts', 'abstractllm/cognitive'],
  ReActCycle: ['abstractllm/react'],
  runCli: ['abstractllm/cli'],
  WebSearchTool: ['abstractllm/tools'],
  CodeIntelligenceTool: ['abstractllm/tools'],
  readFile: ['abstractllm/tools'],
  writeFile: ['abstractllm/tools'],
  BasicSession: ['abstractllm'],
  createLLM: ['abstractllm'],
  Message: ['abstractllm'],
  GenerateResponse: ['abstractllm'],
  CompatibilityLayer: ['abstractllm/compat'],
};
const typeNames = new Set(['SessionOptions', 'GenerateOptions', 'MemoryItem', 'Fact', 'Message', 'GenerateResponse']);

const topics = ['billing', 'support', 'search', 'reports', 'onboarding', 'inventory', 'triage', 'docs', 'sales', 'review'];
const models = ['gpt-4o-mini', 'llama3.1', 'claude-3-haiku', 'mistral-small', 'qwen2.5'];
const providers = ['openai', 'anthropic', 'ollama', 'mlx', 'lmstudio'];

/**
 * One file being generated: its PRNG, its style, and the module-level imports its snippets ask
 * for (rendered last, so snippets can share bindings and one statement can mix names that go to
 * different 2.0 packages).
 */
class FileContext {
  constructor(index, { typescript, commonjs }) {
    this.random = prng(0x9e3779b9 ^ (index * 2654435761));
    this.typescript = typescript;
    this.commonjs = commonjs;
    this.quote = this.pick(["'", "'", '"']);
    this.semi = this.chance(0.8) ? ';' : '';
    this.topic = this.pick(topics);
    /** module → { names: Map<imported, { local, type }>, namespace?: string } */
    this.modules = new Map();
    /** local names in use at module level */
    this.locals = new Set();
    /** Session is imported from this 1.x module in this file (and likewise for HierarchicalMemory). */
    this.homeOf = {};
  }

  pick(items) {
    return items[Math.floor(this.random() * items.length)];
  }

  chance(p) {
    return this.random() < p;
  }

  int(low, high) {
    return low + Math.floor(this.random() * (high - low + 1));
  }

  /** A string literal in the file's quote style (a template literal when `template` and the coin says so). */
  str(text, { template = false } = {}) {
    if (template && this.chance(0.3)) return `\`${text}\``;
    return `${this.quote}${text}${this.quote}`;
  }

  /** A local name not yet declared at module level. */
  fresh(base) {
    let name = base;
    for (let n = 2; this.locals.has(name); n++) name = `${base}${n}`;
    this.locals.add(name);
    return name;
  }

  /**
   * The local name of a 1.x export, imported at module level (once per file). `alias` gives an
   * aliased import (`import { Session as LlmSession }`), `from` forces a home.
   */
  ref(name, { alias, from } = {}) {
    const module = from ?? (this.homeOf[name] ??= this.pick(homes[name]));
    const entry = this.modules.get(module) ?? { names: new Map() };
    this.modules.set(module, entry);
    const existing = entry.names.get(name);
    if (existing) return existing.local;
    const local = alias ? this.fresh(alias) : this.locals.has(name) ? this.fresh(`${name}Export`) : this.fresh(name);
    entry.names.set(name, { local, type: typeNames.has(name) });
    return local;
  }

  /** A type annotation (`: T`) in TypeScript, nothing in JavaScript. */
  ann(type) {
    return this.typescript ? `: ${type}` : '';
  }

  /** The module-level import statements, ESM or CommonJS. */
  renderImports() {
    const lines = [];
    for (const [module, entry] of this.modules) {
      const names = [...entry.names].filter(([, { type }]) => this.typescript || !type);
      if (names.length === 0) continue;
      if (this.commonjs) {
        const props = names.map(([name, { local }]) => (local === name ? name : `${name}: ${local}`));
        lines.push(`const { ${props.join(', ')} } = require(${this.str(module)})${this.semi}`);
        continue;
      }
      const allTypes = this.typescript && names.every(([, { type }]) => type);
      const typeStatement = allTypes && this.chance(0.6);
      const specifiers = names.map(([name, { local, type }]) => {
        const prefix = this.typescript && type && !typeStatement ? 'type ' : '';
        return `${prefix}${local === name ? name : `${name} as ${local}`}`;
      });
      const keyword = typeStatement ? 'import type' : 'import';
      if (specifiers.length > 2 && this.chance(0.35)) {
        // One name a line, sometimes with a comment inside the braces.
        const inner = specifiers.map((s, i) => `  ${s},${i === 0 && this.chance(0.5) ? ' // the 1.x entry point' : ''}`);
        lines.push(`${keyword} {\n${inner.join('\n')}\n} from ${this.str(module)}${this.semi}`);
      } else if (this.chance(0.15)) {
        lines.push(`${keyword} { /* legacy */ ${specifiers.join(', ')} } from ${this.str(module)}${this.semi}`);
      } else {
        lines.push(`${keyword} { ${specifiers.join(', ')} } from ${this.str(module)}${this.semi}`);
      }
    }
    return lines.join('\n');
  }
}

// ---------------------------------------------------------------------------------------------
// Snippets shared by the file kinds
// ---------------------------------------------------------------------------------------------

/** The argument list of a `new Session(…)`: every option form of section E, fixable or not. */
function sessionArgs(ctx) {
  const s = (t) => ctx.str(t);
  const forms = [
    () => `{ provider: ${s(ctx.pick(providers))}, model: ${s(ctx.pick(models))} }`,
    () => `{ model: ${s(ctx.pick(models))} }`,
    () => `{ provider: process.env.LLM_PROVIDER, model: process.env.LLM_MODEL }`,
    () => `{ provider: ${s('openai')}, enableMemory: true, persistMemory: ${s(`./.memory/${ctx.topic}.json`)} }`,
    () => `{ enableMemory: false, persistMemory: ${s('./unused.json')} }`,
    () => `{ provider: ${s('anthropic')}, enableMemory: process.env.MEMORY === ${s('1')}, persistMemory: ${s('./m.json')} }`,
    () => `{ provider: ${s('ollama')}, enableReact: false, enableRetry: true }`,
    () => `{\n    provider: ${s(ctx.pick(providers))}, // chosen per deployment\n    model: ${s(ctx.pick(models))},\n    enableReact: true,\n  }`,
    () => '',
    () => `{ provider: ${s('openai')}, temperature: 0.2 }`,
    () => `{ ...baseOptions, model: ${s(ctx.pick(models))} }`,
    () => 'sessionOptions',
  ];
  return ctx.pick(forms)();
}

/** Declarations a `sessionArgs` form may need before it (`baseOptions`, `sessionOptions`). */
function sessionArgsPrelude(ctx, args) {
  const lines = [];
  if (args.includes('baseOptions')) lines.push(`const baseOptions = { provider: ${ctx.str('openai')} }${ctx.semi}`);
  if (args === 'sessionOptions') {
    const type = ctx.typescript && ctx.chance(0.7) ? `: ${ctx.ref('SessionOptions')}` : '';
    lines.push(`const sessionOptions${type} = { provider: ${ctx.str('ollama')}, enableMemory: true }${ctx.semi}`);
  }
  return lines;
}

/** Statements using a Session instance `s`: the members of section E, in realistic shapes. */
function sessionUses(ctx, s) {
  const q = (t) => ctx.str(t);
  const semi = ctx.semi;
  const uses = [
    () => `const reply = await ${s}.generate(prompt)${semi}\n  return reply.content${semi}`,
    () => `const reply = await ${s}.generate(prompt, { useTools: true, createReactCycle: false })${semi}\n  return reply.content${semi}`,
    () => `const reply = await ${s}.generate(prompt, { createReactCycle: true })${semi}\n  return reply.toolCalls.length > 0 ? ${q('tools')} : reply.content${semi}`,
    () => `const { content } = await ${s}.generateWithTools(prompt, { createReactCycle: true })${semi}\n  return content${semi}`,
    () => `const answer = await ${s}.generateWithTools(prompt)${semi}\n  return answer.content${semi}`,
    () => `${s}.addMessage(${q('user')}, prompt)${semi}\n  const history = ${s}.getHistory({ limit: 10 })${semi}\n  return history.map((m) => m.content).join(${q('\\n')})${semi}`,
    () => `console.log(${q('session')}, ${s}.id, ${s}.messages.length)${semi}\n  return ${s}.messages.at(-1)?.content ?? ${q('')}${semi}`,
    () => `await ${s}.generate(prompt)${semi}\n  ${s}.save(${q(`./sessions/${ctx.topic}.json`)})${semi}\n  return ${s}.id${semi}`,
    () => `const options = { useTools: prompt.includes(${q('search')}) }${semi}\n  const reply = await ${s}.generate(prompt, options)${semi}\n  return reply.content${semi}`,
    () => `const send = ${s}.generate.bind(${s})${semi}\n  return (await send(prompt)).content${semi}`,
    () => `const { getHistory } = ${s}${semi}\n  return String(getHistory.length + prompt.length)${semi}`,
  ];
  return ctx.pick(uses)();
}

/** An `async function name(prompt) { … }` body around `sessionUses`. */
function sessionFunction(ctx, name, s, { exported = true, param } = {}) {
  const params = param ? `${param}, prompt${ctx.ann('string')}` : `prompt${ctx.ann('string')}`;
  return `${exported && !ctx.commonjs ? 'export ' : ''}async function ${name}(${params}) {\n  ${sessionUses(ctx, s)}\n}`;
}

function memoryBlock(ctx) {
  const Memory = ctx.ref('HierarchicalMemory', ctx.chance(0.2) ? { alias: 'Memory' } : {});
  const store = ctx.fresh('memory');
  const semi = ctx.semi;
  const lines = [`const ${store} = new ${Memory}(${ctx.chance(0.6) ? `{ capacity: ${ctx.int(16, 512)} }` : ''})${semi}`];
  if (ctx.chance(0.6)) {
    lines.push(`export function remember(note${ctx.ann('string')}) {\n  ${store}.addToWorkingMemory(note)${semi}\n}`);
  }
  lines.push(`export function recall(query${ctx.ann('string')}) {\n  return ${store}.search(query, ${ctx.int(1, 10)})${semi}\n}`);
  if (ctx.chance(0.5)) lines.push(`export function forget() {\n  ${store}.clear()${semi}\n}`);
  return lines.join('\n\n');
}

/** The other 1.x modules (table A), used the way real code does. */
const extras = [
  (ctx) => `export function digest(text${ctx.ann('string')}) {\n  return ${ctx.ref('extractFacts')}(text).map((f) => \`\${f.subject} \${f.predicate} \${f.object}\`)${ctx.semi}\n}`,
  (ctx) => `const extractor = new ${ctx.ref('FactsExtractor')}({ minConfidence: 0.${ctx.int(5, 9)} })${ctx.semi}\nexport const factsOf = (text${ctx.ann('string')}) => extractor.extract(text)${ctx.semi}`,
  (ctx) => `export const cycle = new ${ctx.ref('ReActCycle')}({ maxSteps: ${ctx.int(2, 8)} })${ctx.semi}`,
  (ctx) => `export async function runFromArgs(argv${ctx.ann('string[]')}) {\n  return ${ctx.ref('runCli')}(argv)${ctx.semi}\n}`,
  (ctx) => `export const tools = [new ${ctx.ref('WebSearchTool')}({ maxResults: ${ctx.int(3, 10)} }), new ${ctx.ref('CodeIntelligenceTool')}({ root: process.cwd() })]${ctx.semi}`,
  (ctx) => `export function loadPrompt(path${ctx.ann('string')}) {\n  return ${ctx.ref('readFile')}(path).trim()${ctx.semi}\n}`,
  (ctx) => `export function writeReport(path${ctx.ann('string')}, body${ctx.ann('string')}) {\n  ${ctx.ref('writeFile')}(path, body)${ctx.semi}\n}`,
  (ctx) => `const llm = ${ctx.ref('createLLM')}(${ctx.str('ollama')}, { model: ${ctx.str(ctx.pick(models))} })${ctx.semi}\nexport const quick = (p${ctx.ann('string')}) => llm.generate(p)${ctx.semi}`,
  (ctx) => `export const scratch = new ${ctx.ref('BasicSession')}({ provider: ${ctx.str('ollama')} })${ctx.semi}`,
  (ctx) => `export function overview(items${ctx.ann(`${ctx.ref('MemoryItem')}[]`)}) {\n  return ${ctx.ref('summarize')}(items)${ctx.semi}\n}`,
];

function withExtras(ctx, count) {
  const chosen = new Set();
  while (chosen.size < count) chosen.add(ctx.pick(extras));
  return [...chosen].map((extra) => extra(ctx));
}

// ---------------------------------------------------------------------------------------------
// File kinds: each returns the file's body; the imports the body asked for are put on top.
// ---------------------------------------------------------------------------------------------

const kinds = {
  route: {
    ext: ['ts', 'ts', 'js'],
    body(ctx) {
      const Session = ctx.ref('Session');
      const args = sessionArgs(ctx);
      const semi = ctx.semi;
      const req = ctx.typescript ? ': { body: { message: string; user?: string } }' : '';
      return [
        ...sessionArgsPrelude(ctx, args),
        `const session = new ${Session}(${args})${semi}`,
        sessionFunction(ctx, 'answer', 'session', { exported: false }),
        `/** POST /${ctx.topic}/chat */\nexport async function postChat(req${req}) {\n  if (!req.body.message) return { status: 400, body: { error: ${ctx.str('message is required')} } }${semi}\n  const reply = await answer(req.body.message)${semi}\n  return { status: 200, body: { reply, sessionId: session.id } }${semi}\n}`,
        `/** GET /${ctx.topic}/history */\nexport function getHistory() {\n  return { status: 200, body: session.getHistory({ limit: ${ctx.int(5, 50)} }) }${semi}\n}`,
        ...(ctx.chance(0.3) ? [memoryBlock(ctx)] : []),
        ...withExtras(ctx, ctx.int(1, 3)),
      ];
    },
  },

  cli: {
    ext: ['js', 'js', 'ts'],
    shebang: true,
    body(ctx) {
      const semi = ctx.semi;
      const spec = ctx.str(ctx.pick(['abstractllm', 'abstractllm/session']), { template: true });
      const args = sessionArgs(ctx);
      const lines = sessionArgsPrelude(ctx, args);
      if (ctx.chance(0.5)) lines.push(`const sessionEntry = import.meta.resolve(${ctx.str('abstractllm/session')})${semi}`);
      lines.push(
        `async function main(argv${ctx.ann('string[]')}) {\n  const [command = ${ctx.str('ask')}, ...rest] = argv${semi}\n  if (command === ${ctx.str('cli')}) {\n    const { runCli } = await import(${ctx.str('abstractllm/cli', { template: true })})${semi}\n    return runCli(rest)${semi}\n  }\n  const { Session } = await import(${spec})${semi}\n  const session = new Session(${args})${semi}\n  const reply = await session.generate(rest.join(${ctx.str(' ')}), { useTools: rest.includes(${ctx.str('--tools')}) })${semi}\n  console.log(reply.content)${semi}\n  return 0${semi}\n}`,
      );
      if (ctx.chance(0.5)) {
        lines.push(`async function loadModule(name${ctx.ann('string')}) {\n  // Computed specifiers are out of scope: the rules must leave this alone.\n  return import(name)${semi}\n}`);
        lines.push(`export const lazyMemory = () => loadModule(\`abstractllm/\${${ctx.str('memory')}}\`)${semi}`);
      }
      lines.push(`main(process.argv.slice(2)).then((code) => {\n  process.exitCode = code${semi}\n})${semi}`);
      if (ctx.chance(0.4)) lines.push(...withExtras(ctx, 1));
      return lines;
    },
  },

  'class-field': {
    ext: ['ts'],
    body(ctx) {
      const Session = ctx.ref('Session');
      const semi = ctx.semi;
      const name = `${ctx.topic[0].toUpperCase()}${ctx.topic.slice(1)}Assistant`;
      const field = ctx.pick(['private', 'hash', 'param', 'assigned']);
      const args = sessionArgs(ctx);
      const prelude = sessionArgsPrelude(ctx, args);
      let head;
      let s;
      if (field === 'private') {
        head = `  private readonly session${ctx.ann(Session)} = new ${Session}(${args})${semi}`;
        s = 'this.session';
      } else if (field === 'hash') {
        head = `  #session = new ${Session}(${args})${semi}`;
        s = 'this.#session';
      } else if (field === 'param') {
        head = `  constructor(private readonly session${ctx.ann(Session)}) {}`;
        s = 'this.session';
      } else {
        head = `  session${ctx.ann(Session)}${semi}\n\n  constructor() {\n    this.session = new ${Session}(${args})${semi}\n  }`;
        s = 'this.session';
      }
      const restore = ctx.chance(0.5)
        ? `\n\n  static restore(path${ctx.ann('string')}) {\n    const session = ${Session}.load(path)${semi}\n    return session.id${semi}\n  }`
        : '';
      return [
        ...prelude,
        `export class ${name} {\n${head}\n\n  async ask(prompt${ctx.ann('string')}) {\n    ${sessionUses(ctx, s).replaceAll('\n  ', '\n    ')}\n  }\n\n  get transcript() {\n    return ${s}.messages.map((m) => \`\${m.role}: \${m.content}\`)${semi}\n  }${restore}\n}`,
        ...withExtras(ctx, ctx.int(0, 1)),
      ];
    },
  },

  helpers: {
    ext: ['ts', 'ts', 'js'],
    body(ctx) {
      const Session = ctx.ref('Session', ctx.chance(0.25) ? { alias: ctx.pick(['LlmSession', 'S']) } : {});
      const semi = ctx.semi;
      const lines = [
        sessionFunction(ctx, 'ask', 'session', { param: `session${ctx.ann(Session)}` }),
        `export function transcript(session${ctx.ann(Session)}) {\n  return session.getHistory().map((m) => m.content)${semi}\n}`,
      ];
      if (ctx.typescript && ctx.chance(0.5)) {
        const GenerateOptions = ctx.ref('GenerateOptions');
        lines.push(`export function generateWith(session: ${Session}, prompt: string, options: ${GenerateOptions}) {\n  return session.generate(prompt, options)${semi}\n}`);
      }
      if (ctx.chance(0.4)) lines.push(`export function fork(session${ctx.ann(Session)}) {\n  const copy = new ${Session}({ provider: ${ctx.str('ollama')} })${semi}\n  for (const m of session.messages) copy.addMessage(m.role, m.content)${semi}\n  return copy${semi}\n}`);
      if (ctx.chance(0.3)) lines.push(`export const make = () => new ${Session}()${semi}`);
      lines.push(...withExtras(ctx, ctx.int(1, 3)));
      return lines;
    },
  },

  'test-vitest': {
    ext: ['ts'],
    suffix: '.test',
    body(ctx) {
      const semi = ctx.semi;
      const lines = [];
      const Session = ctx.ref('Session');
      ctx.ref('describe', { from: 'vitest' });
      ctx.ref('expect', { from: 'vitest' });
      ctx.ref('it', { from: 'vitest' });
      ctx.ref('vi', { from: 'vitest' });
      const mocked = ctx.pick(['abstractllm/memory', 'abstractllm/cognitive', 'abstractllm/react', 'abstractllm/tools']);
      lines.push(`vi.mock(${ctx.str(mocked, { template: true })}, async () => {\n  const actual = await vi.importActual(${ctx.str(mocked)})${semi}\n  return { ...actual }${semi}\n})${semi}`);
      if (ctx.chance(0.5)) lines.push(`vi.mock(${ctx.str('abstractllm')}, () => ({ Session: vi.fn() }))${semi}`);
      lines.push(
        `describe(${ctx.str(`${ctx.topic} assistant`)}, () => {\n  it(${ctx.str('answers')}, async () => {\n    const session = new ${Session}(${sessionArgs(ctx).replace('baseOptions', '{}').replace(/^sessionOptions$/, '')})${semi}\n    const reply = await session.generate(${ctx.str('hello')})${semi}\n    expect(reply.content).toBeTypeOf(${ctx.str('string')})${semi}\n    expect(session.messages).toHaveLength(2)${semi}\n  })${semi}\n\n  it(${ctx.str('loads the cli lazily')}, async () => {\n    vi.doMock(${ctx.str('abstractllm/cli')}, () => ({ runCli: vi.fn(async () => 0) }))${semi}\n    const cli = await vi.importMock(${ctx.str('abstractllm/cli')})${semi}\n    expect(cli).toBeDefined()${semi}\n  })${semi}\n})${semi}`,
      );
      return lines;
    },
  },

  'test-jest': {
    ext: ['cjs', 'js'],
    suffix: '.spec',
    commonjs: true,
    body(ctx) {
      const semi = ctx.semi;
      const Session = ctx.ref('Session');
      const mocked = ctx.pick(['abstractllm/react', 'abstractllm/memory/hierarchical', 'abstractllm/cognitive/facts']);
      return [
        `jest.mock(${ctx.str(mocked)})${semi}`,
        ctx.chance(0.5) ? `jest.mock(${ctx.str('abstractllm/memory')}, () => ({ HierarchicalMemory: jest.fn() }))${semi}` : `jest.mock(${ctx.str('abstractllm/tools')}, () => ({ readFile: jest.fn(() => ${ctx.str('stub')}) }))${semi}`,
        `const realTools = jest.requireActual(${ctx.str('abstractllm/tools')})${semi}`,
        `describe(${ctx.str(ctx.topic)}, () => {\n  beforeEach(() => {\n    jest.doMock(${ctx.str('abstractllm/cli')}, () => ({ runCli: jest.fn() }))${semi}\n  })${semi}\n\n  test(${ctx.str('generates')}, async () => {\n    const { runCli } = jest.requireMock(${ctx.str('abstractllm/cli')})${semi}\n    const session = new ${Session}({ provider: ${ctx.str('openai')} })${semi}\n    const reply = await session.generate(${ctx.str('ping')}, { useTools: false })${semi}\n    expect(reply).toBeDefined()${semi}\n    expect(runCli).not.toHaveBeenCalled()${semi}\n    expect(Object.keys(realTools)).toContain(${ctx.str('readFile')})${semi}\n  })${semi}\n})${semi}`,
      ];
    },
  },

  barrel: {
    ext: ['ts', 'ts', 'js'],
    body(ctx) {
      const semi = ctx.semi;
      const q = (t) => ctx.str(t);
      const lines = [];
      // Each form with the public names it exports by name: two forms exporting the same name
      // would not be a valid module.
      const forms = [
        [['Session'], () => `export { Session } from ${q('abstractllm')}${semi}`],
        [['LegacySession', 'createLLM'], () => `export { Session as LegacySession, createLLM } from ${q('abstractllm')}${semi}`],
        [['Session', 'BasicSession'], () => `export { Session, BasicSession } from ${q('abstractllm/session')}${semi}`],
        [[], () => `export * from ${q('abstractllm/memory')}${semi}`],
        [['reasoning'], () => `export * as reasoning from ${q('abstractllm/react')}${semi}`],
        [['cognitive'], () => `export * as cognitive from ${q('abstractllm/cognitive')}${semi}`],
        [['Memory'], () => `export { HierarchicalMemory as Memory } from ${q('abstractllm/memory/hierarchical')}${semi}`],
        [['HierarchicalMemory', 'summarize'], () => `export { HierarchicalMemory, summarize } from ${q('abstractllm/memory')}${semi}`],
        [['WebSearchTool', 'readFile', 'CodeIntelligenceTool'], () => `export { WebSearchTool, readFile, CodeIntelligenceTool } from ${q('abstractllm/tools')}${semi}`],
        [['runCli'], () => `export { runCli } from ${q('abstractllm/cli')}${semi}`],
        [[], () => `export * from ${q('abstractllm/cognitive/facts')}${semi}`],
      ];
      if (ctx.typescript) {
        forms.push([['SessionOptions', 'GenerateOptions'], () => `export type { SessionOptions, GenerateOptions } from ${q('abstractllm/session')}${semi}`]);
        forms.push([['SessionOptions', 'Message'], () => `export { type SessionOptions, type Message } from ${q('abstractllm')}${semi}`]);
      }
      const exported = new Set();
      const count = ctx.int(3, 6);
      for (let tries = 0; lines.length < count && tries < 40; tries++) {
        const [names, form] = ctx.pick(forms);
        if (names.some((name) => exported.has(name)) || (names.length === 0 && lines.includes(form()))) continue;
        for (const name of names) exported.add(name);
        lines.push(form());
      }
      if (!exported.has('Session') && ctx.chance(0.6)) {
        // A local binding the module exports keeps its public name (D3).
        const Session = ctx.ref('Session');
        lines.push(`export { ${Session} }${semi}`, `export const defaultSession = () => new ${Session}({ provider: ${q('ollama')} })${semi}`);
      }
      return lines;
    },
  },

  commonjs: {
    ext: ['cjs', 'js'],
    commonjs: true,
    directive: "'use strict'",
    body(ctx) {
      const semi = ctx.semi;
      const lines = [];
      const form = ctx.pick(['destructure', 'namespace', 'alias']);
      let Session;
      if (form === 'destructure') Session = ctx.ref('Session');
      else if (form === 'alias') Session = ctx.ref('Session', { alias: 'ChatSession' });
      else {
        lines.push(`const llm = require(${ctx.str('abstractllm')})${semi}`);
        Session = 'llm.Session';
      }
      lines.push(`const cliPath = require.resolve(${ctx.str(ctx.pick(['abstractllm/cli', 'abstractllm/session', 'abstractllm']))})${semi}`);
      const args = sessionArgs(ctx);
      lines.push(...sessionArgsPrelude(ctx, args));
      lines.push(`const session = new ${Session}(${args})${semi}`);
      lines.push(sessionFunction(ctx, 'reply', 'session', { exported: false }));
      if (ctx.chance(0.5)) lines.push(`function lazyMemory() {\n  const { HierarchicalMemory } = require(${ctx.str('abstractllm/memory')})${semi}\n  return new HierarchicalMemory()${semi}\n}`);
      else lines.push(`function lazyMemory() {\n  return require(${ctx.str('abstractllm/memory/hierarchical', { template: true })})${semi}\n}`);
      lines.push(`module.exports = { reply, lazyMemory, cliPath }${semi}`);
      return lines;
    },
  },

  'memory-store': {
    ext: ['ts', 'js'],
    body(ctx) {
      const lines = [memoryBlock(ctx)];
      if (ctx.chance(0.5)) {
        const Session = ctx.ref('Session');
        lines.push(`export const rememberingSession = new ${Session}({ provider: ${ctx.str('ollama')}, enableMemory: true, persistMemory: ${ctx.str('./memory')} })${ctx.semi}`);
      }
      lines.push(...withExtras(ctx, ctx.int(1, 2)));
      return lines;
    },
  },

  component: {
    ext: ['tsx'],
    body(ctx) {
      const Session = ctx.ref('Session');
      const semi = ctx.semi;
      const props = ctx.typescript ? `: { session: ${Session}; title?: string }` : '';
      return [
        `const shared = new ${Session}({ provider: ${ctx.str('openai')}, model: ${ctx.str(ctx.pick(models))} })${semi}`,
        `export function Transcript({ session, title = ${ctx.str('Chat')} }${props}) {\n  return (\n    <section className=${ctx.str('transcript')}>\n      <h2>{title}</h2>\n      <ul>\n        {session.messages.map((m) => (\n          <li key={m.id}>{m.content}</li>\n        ))}\n      </ul>\n    </section>\n  )${semi}\n}`,
        `export function App() {\n  return <Transcript session={shared} title={${ctx.str(ctx.topic)}} />${semi}\n}`,
        `export async function send(text${ctx.ann('string')}) {\n  const reply = await shared.generate(text)${semi}\n  return reply.content${semi}\n}`,
      ];
    },
  },

  'ts-forms': {
    ext: ['ts'],
    body(ctx) {
      const semi = ctx.semi;
      const q = (t) => ctx.str(t);
      const lines = [];
      if (ctx.chance(0.5)) lines.push(`import ${q('abstractllm/cli')}${semi}`);
      lines.push(`import llm = require(${q(ctx.pick(['abstractllm', 'abstractllm/session']))})${semi}`);
      lines.push(`type SessionModule = typeof import(${q('abstractllm/session')})${semi}`);
      lines.push(`type MemoryModule = typeof import(${q('abstractllm/memory/hierarchical')})${semi}`);
      lines.push(`let current: import(${q('abstractllm')}).Session | undefined${semi}`);
      const SessionOptions = ctx.ref('SessionOptions');
      lines.push(`declare module ${q(ctx.pick(['abstractllm', 'abstractllm/session']))} {\n  interface SessionOptions {\n    /** Added by our wrapper. */\n    tenant?: string${semi}\n  }\n}`);
      lines.push(`export async function open(options: ${SessionOptions}, load: () => Promise<SessionModule>) {\n  const { Session } = await load()${semi}\n  current = new Session(options)${semi}\n  return current${semi}\n}`);
      lines.push(`export function memoryClass(mod: MemoryModule) {\n  return mod.HierarchicalMemory${semi}\n}`);
      lines.push(`export const direct = new llm.Session({ provider: ${q('ollama')} })${semi}`);
      return lines;
    },
  },

  namespace: {
    ext: ['ts', 'js'],
    body(ctx) {
      const semi = ctx.semi;
      const ns = ctx.fresh(ctx.pick(['llm', 'ai', 'abstract']));
      const lines = [`import * as ${ns} from ${ctx.str('abstractllm')}${semi}`];
      const s = ctx.fresh('session');
      lines.push(`const ${s} = new ${ns}.Session(${ctx.chance(0.5) ? `{ provider: ${ctx.str('openai')} }` : ''})${semi}`);
      lines.push(sessionFunction(ctx, 'chat', s));
      lines.push(`export const memory = new ${ns}.HierarchicalMemory()${semi}`);
      lines.push(`export const helper = ${ns}.createLLM(${ctx.str('ollama')})${semi}`);
      return lines;
    },
  },

  compat: {
    ext: ['ts', 'js', 'cjs'],
    body(ctx) {
      const semi = ctx.semi;
      const lines = [];
      const Compat = ctx.ref('CompatibilityLayer');
      lines.push(`const architecture = ${Compat}.setup()${semi}`);
      lines.push(`${ctx.commonjs ? '' : 'export '}function describeRuntime() {\n  return architecture === ${ctx.str('legacy')} ? ${ctx.str('1.x aliases installed')} : ${ctx.str('2.0')}${semi}\n}`);
      if (ctx.chance(0.6)) {
        const Session = ctx.ref('Session');
        lines.push(`const session = new ${Session}({ provider: ${ctx.str('ollama')} })${semi}`);
        lines.push(sessionFunction(ctx, 'legacyAsk', 'session', { exported: !ctx.commonjs }));
      }
      if (ctx.commonjs) lines.push(`module.exports = { describeRuntime }${semi}`);
      return lines;
    },
  },

  agent: {
    ext: ['ts', 'js'],
    body(ctx) {
      const semi = ctx.semi;
      const Session = ctx.ref('Session');
      const tools = `[new ${ctx.ref('WebSearchTool')}(), new ${ctx.ref('CodeIntelligenceTool')}({ root: ${ctx.str('.')} })]`;
      const Cycle = ctx.ref('ReActCycle');
      const shadow = ctx.chance(0.3);
      return [
        `const researcher = new ${Session}({ provider: ${ctx.str(ctx.pick(providers))}, tools: ${tools}, enableReact: true, enableRetry: false })${semi}`,
        `export async function research(question${ctx.ann('string')}) {\n  const cycle = new ${Cycle}({ maxSteps: ${ctx.int(3, 9)} })${semi}\n  const result = await researcher.generateWithTools(question, { createReactCycle: true })${semi}\n  return { answer: result.content, steps: cycle.steps.length }${semi}\n}`,
        // A local `Agent` the rename must not capture (D3): the fix keeps an alias instead.
        shadow
          ? `export function isResearcher(value${ctx.ann('unknown')}) {\n  const Agent = ${ctx.str('researcher')}${semi}\n  return value instanceof ${Session} ? Agent : undefined${semi}\n}`
          : `export const researcherId = () => researcher.id${semi}`,
      ];
    },
  },
};

const kindNames = Object.keys(kinds);

function generateFile(index) {
  const kindName = kindNames[index % kindNames.length];
  const kind = kinds[kindName];
  const pickExt = prng(index + 1);
  const ext = kind.ext[Math.floor(pickExt() * kind.ext.length)];
  const typescript = ext === 'ts' || ext === 'tsx';
  const commonjs = kind.commonjs === true || (ext === 'cjs' && kindName !== 'ts-forms');
  const ctx = new FileContext(index, { typescript, commonjs });
  const body = kind.body(ctx);
  const header = [];
  if (kind.shebang && ctx.chance(0.5)) header.push('#!/usr/bin/env node');
  header.push(`// ${ctx.topic}: ${kindName} (generated heavy abstractllm 1.x user file #${index + 1})`);
  if (kind.directive) header.push(`${kind.directive}${ctx.semi}`);
  const imports = ctx.renderImports();
  const text = [header.join('\n'), imports, ...body].filter((part) => part !== '').join('\n\n');
  const name = `${String(index + 1).padStart(4, '0')}-${kindName}${kind.suffix ?? ''}.${ext}`;
  return { name, text: `${text}\n` };
}

/** The first `count` heavy files, `[{ name, text }]`; the same on every call. */
export function generateHeavyFiles(count) {
  return Array.from({ length: count }, (_, index) => generateFile(index));
}

export const heavyKinds = kindNames;
