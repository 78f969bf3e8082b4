import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester, type InvalidTestCase, type ValidTestCase } from '@typescript-eslint/rule-tester';
import tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import rule, { type MessageIds } from '../../src/rules/no-deprecated-session.js';
import { typeOracleFor } from '../../src/utils/typed.js';
import { fixToFixedPoint, withPlugin } from '../utils/fix-passes.js';
import { typecheckFixtures } from '../utils/typecheck.js';

const ruleTester = new RuleTester();
const agent = "import { Agent } from 'abstractagent';\n";
const session = "import { Session } from 'abstractllm';\n";

const valid: ValidTestCase<[]>[] = [
  {
    name: 'not instances: an indexed access whose key is not a string literal, and a generic whose T a parameter takes in a shape not read (fallback: T[], ...rest: T[]) or several arguments give differently',
    code: `${agent}type Events = { message: (a: Agent) => void; other: (x: { id: string }) => void };\ndeclare const name: 'message' | 'other';\nfunction on<K extends keyof Events>(event: K, handler: Events[K]): void { void event; void handler; }\non(name, (a) => a.id);\nfunction first<T>(fallback: T[], value: T): T { return value ?? fallback[0]; }\nfunction anyOf<T>(...values: T[]): T { return values[0]!; }\nfunction either<T>(a: T, b: T): T { return a ?? b; }\ndeclare const agent: Agent;\nexport const r = [first([{ id: 'x' }] as never, agent).id, anyOf(agent).id, either(agent, { id: 'y' } as never).id];`,
  },
  {
    name: "instances: a property a wrapper drops or may drop (Omit<Deps, 's'>, Pick<Deps, K>), one two parts of an intersection declare, or one of a generic alias or a union of object types is not read off the type",
    code: `${agent}type Deps = { s: Agent };\ntype Box<T> = { s: T };\ndeclare const key: 's';\nexport const f = (a: Omit<Deps, 's'> & { s: { id: string } }, b: Pick<Deps, typeof key>, c: Deps & { s: { id: string } }, d: Box<{ id: string }>, e: Deps | { s: { id: string } }) =>\n  [a.s.id, b.s.id, c.s.id, d.s.id, e.s.id];`,
  },
  {
    name: 'not instances: what a generic pass-through returns when its body returns a value cast to T or forced (return stub as any, stub as unknown as T, new Other() as T), not the argument (found by probing)',
    code: `${agent}const stub = { generate: (p: string) => p };\nconst connect = async (): Promise<Agent> => new Agent({ llmConfig: { provider: 'x' } });\nasync function withRetry<T>(fn: () => Promise<T>): Promise<T> { void fn; return stub as any; }\nconst j = <T,>(fn: () => T): T => { void fn; return stub as unknown as T; };\nfunction m<T>(fn: () => T): T { void fn; return new (class { generate() { return 1; } })() as T; }\nexport async function f() {\n  return [(await withRetry(connect)).generate('x'), j(() => new Agent({ llmConfig: { provider: 'x' } })).generate('x'), m(() => new Agent({ llmConfig: { provider: 'x' } })).generate('x')];\n}`,
  },
  {
    name: 'not instances: a getter of an object literal that returns itself, or another getter that returns it back, gives nothing (no endless walk)',
    code: `${agent}const deps = {\n  get agent(): Agent {\n    return deps.agent;\n  },\n  get a() {\n    return deps.b;\n  },\n  get b() {\n    return deps.a;\n  },\n};\nexport const r = [deps.a.generate('x'), deps.b.id];`,
  },
  {
    name: 'not instances: a getter of an object literal that returns a stub on some path, or is declared to return Agent but returns a forced value, or that a setter of the literal replaces (found by probing)',
    code: `${agent}declare const offline: boolean;\nconst stub = { generate: (p: string) => p, id: 'x' };\nconst deps = {\n  get agent() {\n    if (offline) return stub as never;\n    return new Agent({ llmConfig: { provider: 'x' } });\n  },\n  get typed(): Agent {\n    return stub as any;\n  },\n  _held: new Agent({ llmConfig: { provider: 'x' } }),\n  get held() {\n    return this._held;\n  },\n  set held(v: Agent) {\n    this._held = v;\n  },\n};\nexport const r = [deps.agent.generate('a'), deps.typed.id, deps.held.generate('b')];`,
  },
  {
    name: 'not instances: an assignment whose value is a stub (current = stub as any), a ??= whose target is not known to hold an Agent, and an &&= (found by probing)',
    code: `${agent}const stub = { generate: (p: string) => p, id: 'x' };\nlet current: Agent | undefined;\nexport function f(other: any) {\n  const a = (current = stub as any);\n  const b = (other ??= new Agent({ llmConfig: { provider: 'x' } }));\n  const c = (current &&= new Agent({ llmConfig: { provider: 'x' } }));\n  return [a.generate('a'), b.generate('b'), c?.id];\n}`,
  },
  {
    name: 'not instances: a parameter typed by its context that the function it is passed to calls with a forced property (mw({ agent: stub as any }), an object const holding one) or through an unchecked callee ((mw as any)(stub)) (found by probing)',
    code: `${agent}const stub = { generate: (p: string) => p };\ntype Ctx = { agent: Agent };\nfunction use(mw: (c: Ctx) => string) { return mw({ agent: stub as any }); }\nuse((c) => c.agent.id);\nuse(({ agent }) => agent.id);\nfunction use3(mw: (c: Ctx) => string) { const c = { agent: stub as any }; return mw(c); }\nuse3((c) => c.agent.id);\nfunction use4(mw: (s: Agent) => string) { return (mw as any)(stub); }\nuse4((s) => s.id);`,
  },
  {
    name: "not instances: a callback typed Events[K] when K is also taken by another parameter (pair<K>(a: K, b: K, h: Events[K]) called with 'message' and 'other': K is their union) (found by probing)",
    code: `${agent}interface Fake { generate(p: string): string }\ntype Events = { message: (s: Agent) => void; other: (s: Fake) => void };\nfunction pair<K extends keyof Events>(a: K, b: K, h: Events[K]): void { void a; void b; void h; }\npair('message', 'other', (s: any) => s.generate('x'));\npair('message', 'other', (s) => s.generate('x'));`,
  },
  // Fifth probing round: things that looked like instances but may hold a fake.
  {
    name: 'a let made with new Bot() and assigned another object later: its field is not provably an Agent',
    code: "const { Agent } = require('abstractagent');\nclass Bot { agent = new Agent({ llmConfig: { provider: 'x' } }); }\nclass MockBot { agent = { generate: (p) => p }; }\nlet bot = new Bot();\nbot = new MockBot();\nmodule.exports = bot.agent.generate('hi');",
    filename: 'mock.cjs',
  },
  {
    name: 'an object literal whose last property of the name is not the Agent (duplicate or getter)',
    code: "const { Agent } = require('abstractagent');\nconst deps = { agent: new Agent({ llmConfig: { provider: 'x' } }), get agent() { return { generate: (p) => p }; } };\nmodule.exports = deps.agent.generate('hi');",
    filename: 'deps.cjs',
  },
  {
    name: 'a static field assigned from outside the class (Bot.shared = mock) is not provably an Agent',
    code: "const { Agent } = require('abstractagent');\nclass Bot { static shared = new Agent({ llmConfig: { provider: 'x' } }); static ask(p) { return this.shared.generate(p); } }\nBot.shared = { generate: (p) => p };\nmodule.exports = [Bot.shared.generate('hi'), Bot.ask('x')];",
    filename: 'static.cjs',
  },
  {
    name: 'a let import binding assigned another class is not the 2.0 class',
    code: "let { Agent } = require('abstractagent');\nAgent = class { generate(p) { return p; } };\nmodule.exports = new Agent().generate('hi');",
    filename: 'swap.cjs',
  },
  {
    name: 'a property of a const object literal that is assigned elsewhere is not provably an Agent',
    code: "import { Agent } from 'abstractagent';\nconst bot = { agent: new Agent({ llmConfig: { provider: 'x' } }) };\nbot.agent = { generate: (q: string) => q } as never;\nexport const r = bot.agent.generate('x');",
  },
  {
    name: 'patterns over values that are not provably Agents: an array of other objects, a default that is not an instance, a binding with a default assigned again',
    code: `${agent}const others = [{ id: 1, messages: [] }];\nexport const ids = others.map(({ id, messages }) => [id, messages]);\nfor (const { id } of others) console.log(id);\nconst [{ messages }] = others;\nexport function f({ generate } = { generate: () => 1 }) { return generate; }\nexport const g = ({ session: { id: sid } }: { session: { id: string } }) => sid;\nconst shared = new Agent({ llmConfig: { provider: 'x' } });\nexport function h({ session = shared }: { session?: Agent }) {\n  session = { generate: () => 1 } as never;\n  return [session.generate(), messages];\n}`,
  },
  {
    name: 'indexed access types of 2.0 members, of other classes, and with a non-literal index are not reported',
    code: `${agent}class Other { generate() { return 1; } }\nexport type A = Agent['chat'];\nexport type B = Other['generate'];\nexport type C = Agent[keyof Agent];\nexport type D = Agent['session']['messages'];`,
  },
  {
    name: 'a static field a static method or block assigns something else through this is not provably an Agent (found by probing)',
    code: `${agent}interface Fake { generate(p: string): string }\nconst offlineStub = { generate: (p: string) => p };\nexport class Assistant {\n  static shared = new Agent({ llmConfig: { provider: 'x' } });\n  static pool = new Agent({ llmConfig: { provider: 'x' } });\n  static typed: Agent | Fake = new Agent({ llmConfig: { provider: 'x' } });\n  static goOffline(): void { this.shared = offlineStub as unknown as Agent; }\n  static { [this.pool] = [offlineStub as unknown as Agent]; }\n  static ask(p: string) { return [this.shared.generate(p), this.pool.generate(p), this.typed.generate(p), Assistant.shared.generate(p)]; }\n}`,
  },
  {
    name: 'a field assigned a parameter with no annotation and no default, or one annotated with a union, is not provably an Agent',
    code: `${agent}interface Fake { generate(p: string): string }\nexport class Bot {\n  a; b;\n  constructor(a: any, b: Agent | Fake = new Agent({ llmConfig: { provider: 'x' } })) { this.a = a; this.b = b; }\n  ask() { return [this.a.generate('x'), this.b.generate('x')]; }\n}`,
  },
  {
    name: 'a reassigned variable whose annotation is not the class alone is not provably an Agent',
    code: `${agent}interface Fake { generate(p: string): string }\nexport function ask(p: string, fake: Fake) {\n  let agent: Agent | Fake = new Agent({ llmConfig: { provider: 'x' } });\n  agent = fake;\n  return agent.generate(p);\n}`,
  },
  {
    name: 'not instances: an overloaded method, a method declared to return a union, a rest parameter itself, a let reassigned from a factory',
    code: `${agent}interface Fake { generate(p: string): string; id: string }\nclass Router {\n  static create(): Router { return new Router(); }\n  open(): Agent;\n  open(fake: true): Fake;\n  open(fake?: true): Agent | Fake { return fake ? { generate: (p) => p, id: 'f' } : new Agent({ llmConfig: { provider: 'x' } }); }\n  either(): Agent | Fake { return new Agent({ llmConfig: { provider: 'x' } }); }\n}\nexport function f(...agents: Agent[]) {\n  let router = Router.create();\n  router = { open: () => ({ generate: (p: string) => p }) } as never;\n  return [new Router().open(true).generate('x'), Router.create().either().id, (agents as any).generate('x'), router.open().generate('y')];\n}`,
  },
  {
    name: 'not instances: a property destructured with a default that is not one, from a nested pattern, from a literal assigned elsewhere, or from a let reassigned later',
    code: `${agent}const fake = { generate: (p: string) => p };\nconst deps = { agent: new Agent({ llmConfig: { provider: 'x' } }) };\nconst other = { agent: new Agent({ llmConfig: { provider: 'x' } }) };\nother.agent = fake as never;\nexport class Bot {\n  agent = new Agent({ llmConfig: { provider: 'x' } });\n  ask(p: string) {\n    const { agent: a = fake } = other;\n    const { agent: b } = other;\n    let { agent: c } = this;\n    c = fake as never;\n    const { x: { agent: d } } = { x: deps };\n    return [a.generate(p), b.generate(p), c.generate(p), d.generate(p)];\n  }\n}`,
  },
  { name: '2.0 options and members', code: `${agent}const a = new Agent({ llmConfig: { provider: 'openai' } });\nawait a.chat('hi', { useTools: true });\na.session.messages;\na.saveState('x');` },
  { name: 'a 2.0 Agent built from a non-literal (2.0) options object', code: `${agent}declare const options: import('abstractagent').AgentOptions;\nnew Agent(options).chat();` },
  { name: 'a user class with its own generate', code: "class Session { generate() { return 1; } }\nconst s = new Session();\ns.generate();" },
  { name: 'a Session that is not from abstractllm', code: "import { Session } from './db';\nconst s = new Session();\ns.save('x');\ns.messages;" },
  { name: 'members of a value that is not an instance', code: `${agent}const other = { generate() {}, messages: [] };\nother.generate();\nother.messages;` },
  { name: 'BasicSession keeps its members in 2.0', code: "import { BasicSession } from 'abstractllm';\nconst b = new BasicSession();\nb.addMessage('user', 'x');\nb.messages;" },
  {
    name: 'a Promise type the file declares itself is not the global one: what its then gives is not an Agent (found by review)',
    code: `${agent}interface Fake { generate(p: string): string }\ntype Promise<T> = { then(cb: (f: Fake) => void): void; value?: T };\ndeclare const p: Promise<Agent>;\np.then((s) => s.generate('x'));`,
  },
  {
    name: 'Map, Set and Array types the file declares itself are not the global ones: what they hold is not an Agent (found by review)',
    code: `${agent}interface Fake { generate(p: string): string; id: string }\ntype Map<K, V> = { get(k: K): Fake; key?: V };\ntype Set<T> = { forEach(cb: (f: Fake) => void): void; item?: T };\ntype Array<T> = Fake[] & { item?: T };\ndeclare const byName: Map<string, Agent>;\ndeclare const set: Set<Agent>;\ndeclare const list: Array<Agent>;\nbyName.get('a').generate('x');\nset.forEach((s) => s.generate('x'));\nlist[0]!.generate('x');`,
  },
  {
    name: 'a class the file calls Map is not the global Map: what new Map<K, Agent>() holds is not an Agent (found by review)',
    code: `${agent}interface Fake { generate(p: string): string }\nclass Map<K, V> { get(k: K): Fake { return { generate: (p) => p }; } set(k: K, v: V) {} }\nconst byName = new Map<string, Agent>();\nbyName.get('a').generate('x');`,
  },
  {
    name: 'a Set has no index, at, find or map: those are not its elements (found by review)',
    // Not code TypeScript accepts; what a plain script or a loosely typed one might write of a set-like value.
    code: `${agent}declare const set: Set<Agent>;\nexport const ids = [set[0].id, set.at(0).id, set.find(() => true).id];\nset.map((s) => s.id);\nset.values()[0].id;`,
  },
  {
    name: 'a getter of a subclass that returns something else overrides the base class member that held an Agent; a getter with a bare return is not one',
    code: `${agent}declare const fake: { id: string };\nclass Base { current = new Agent({ llmConfig: { provider: 'x' } }); }\nclass Stubbed extends Base {\n  // @ts-ignore: a getter over a field, as JavaScript allows\n  get current() { return fake; }\n}\nclass Maybe { a = new Agent({ llmConfig: { provider: 'x' } }); get current() { if (Math.random()) return; return this.a; } }\nexport const r = [new Stubbed().current.id, new Maybe().current!.id];`,
  },
  {
    name: "a polyfill that gives the 2.0 Agent a generate of its own (module augmentation and a prototype assignment) makes generate the project's, not 1.x (found by probing)",
    code: "import { Agent } from 'abstractagent';\ndeclare module 'abstractagent' {\n  interface Agent { generate(prompt: string): Promise<string> }\n}\nAgent.prototype.generate = async function (this: Agent, prompt: string) { return (await this.chat(`[house] ${prompt}`)).content; };\nconst a = new Agent({ llmConfig: { provider: 'ollama' } });\nexport const r = a.generate('x');\nexport const { generate } = a;",
  },
  { name: 'an Agent intersected with an imported type, whose members cannot be known here, is not provably an Agent', code: `${agent}import type { Extra } from './extra';\nexport const f = (s: Agent & Extra) => s.generate('x');` },
  {
    name: 'an array mapped to something else, an async map, and a Promise.all of mixed values are not arrays of agents',
    code: `${agent}declare const fake: { id: string; generate(p: string): string };\nconst a = new Agent({ llmConfig: { provider: 'x' } });\nconst ids = [a].map(() => fake);\nconst later = [a].map(async () => a);\nexport const r = [ids[0]!.id, later.map((p) => p)];\nexport async function main() { const [, y] = await Promise.all([a, fake]); return y.generate('q'); }`,
  },
  {
    name: 'module.exports written inside a function, passed to Object.assign, or a module binding of the file, do not say what a call through them returns',
    code: "const { Agent } = require('abstractagent');\nconst make = () => new Agent({ llmConfig: { provider: 'x' } });\nmodule.exports = { make };\nfunction stub() { module.exports.make = () => ({ id: 1 }); }\nexports.a = module.exports.make().id;\nstub();",
    filename: 'a.cjs',
  },
  {
    name: 'module handed on under another name, or this written at the top level (module.exports in CommonJS), may change what module.exports holds (found by review)',
    code: "const { Agent } = require('abstractagent');\nfunction createBot() { return new Agent({ llmConfig: { provider: 'x' } }); }\nmodule.exports = { createBot };\nconst mod = module;\nmod.exports.createBot = () => ({ generate: (p) => p });\nexports.run = () => module.exports.createBot().generate('hi');",
    filename: 'bots.cjs',
  },
  {
    name: 'an exported function that writes its this (called as module.exports.offline(), this is the exports) may change what module.exports holds (found by probing)',
    code: "const { Agent } = require('abstractagent');\nfunction offline() { this.createBot = () => ({ generate: (p) => p }); }\nmodule.exports = { createBot() { return new Agent({ llmConfig: { provider: 'x' } }); }, offline };\nmodule.exports.offline();\nexports.run = () => module.exports.createBot().generate('hi');",
    filename: 'bots.cjs',
  },
  {
    name: 'this written at the top level of a CommonJS module writes its exports',
    code: "const { Agent } = require('abstractagent');\nfunction createBot() { return new Agent({ llmConfig: { provider: 'x' } }); }\nmodule.exports = { createBot };\nthis.createBot = () => ({ generate: (p) => p });\nexports.run = () => module.exports.createBot().generate('hi');",
    filename: 'bots.cjs',
  },
  {
    name: 'a local binding named module is not CommonJS',
    code: "const { Agent } = require('abstractagent');\nconst make = () => new Agent({ llmConfig: { provider: 'x' } });\nconst module = { exports: { make: () => ({ id: 1 }) } };\nexport const a = module.exports.make().id;",
  },
  {
    name: 'a chain of thousands of array methods or aliases does not overflow the stack (found by review: the file could not be linted)',
    code: [
      `${agent}const a0: Agent[] = [];`,
      ...Array.from({ length: 2000 }, (_, i) => `const a${i + 1} = a${i}.filter((x) => !!x);`),
      'export const r = a2000.map((x) => x.generate("x"));',
      "const b0 = new Agent({ llmConfig: { provider: 'x' } });",
      ...Array.from({ length: 4000 }, (_, i) => `const b${i + 1} = b${i};`),
      "export const q = b4000.generate('x');",
      'type T0 = Agent;',
      ...Array.from({ length: 3000 }, (_, i) => `type T${i + 1} = T${i};`),
      'export const t = (x: T3000) => x.generate("t");',
    ].join('\n'),
  },
  {
    name: 'a set, map or array declared to hold agents but given a forced value (in its initialiser or added later) is not provably one of agents (found by review)',
    code: `${agent}const fake = { generate: (q: string) => q };\nexport const active = new Set<Agent>([fake as never]);\nexport const more = new Set<Agent>();\nmore.add(fake as never);\nexport const byName = new Map<string, Agent>([['a', fake as never]]);\nexport const team: Agent[] = [fake as never];\nexport function stubIn(stub: any) { crew.push(stub); }\nconst crew: Agent[] = [];\nfor (const a of active) a.generate('x');\nfor (const a of more) a.generate('y');\nbyName.get('a')!.generate('z');\nteam.forEach((a) => a.generate('w'));\ncrew.forEach((a) => a.generate('v'));`,
  },
  {
    name: 'a field declared to hold an array, map or record of agents that the class gives a forced element (this.team.push, this.byName.set, this.rec[k] =) is not provably one of agents (found by probing)',
    code: `${agent}declare const fake: { generate(p: string): string };\nexport class Holder {\n  team: Agent[] = [];\n  byName = new Map<string, Agent>();\n  rec: Record<string, Agent> = {};\n  offline(k: string) { this.team.push(fake as never); this.byName.set(k, fake as never); this.rec[k] = fake as never; }\n  run() { return [this.team[0]!.generate('a'), this.byName.get('x')!.generate('b'), this.rec.main!.generate('c')]; }\n  loop() { for (const a of this.team) a.generate('d'); this.team.forEach((a) => a.generate('e')); }\n}`,
  },
  {
    name: 'an annotated array or record given a forced element through an alias (const crew = team; crew.push(fake as never)) or handed to Object.assign is not provably one of agents (found by probing)',
    code: `${agent}declare const fake: { generate(p: string): string };\nconst team: Agent[] = [new Agent({ llmConfig: { provider: 'x' } })];\nconst crew = team;\ncrew.push(fake as never);\nexport const r1 = team[0]!.generate('a');\nfor (const a of team) a.generate('b');\nconst bots: Record<string, Agent> = {};\nObject.assign(bots, { x: fake });\nexport const r2 = bots['x']!.generate('c');`,
  },
  {
    name: 'a polyfill written with Object.assign or Object.defineProperty, or a prototype handed elsewhere, makes those members the project\'s (found by review)',
    code: `${agent}Object.assign(Agent.prototype, { generate(this: Agent, p: string) { return this.chat(p).then((r) => r.content); } });\nObject.defineProperty(Agent.prototype, 'messages', { get() { return []; } });\nexport const r = new Agent({ llmConfig: { provider: 'x' } }).generate('x');\nexport const m = new Agent({ llmConfig: { provider: 'x' } }).messages;`,
  },
  {
    name: 'a prototype handed to an unknown function may get any member',
    code: `${agent}declare function mixin(target: object): void;\nmixin(Agent.prototype);\nexport const r = new Agent({ llmConfig: { provider: 'x' } }).generate('x');`,
  },
  {
    name: 'a forced value in a destructured annotated binding, or in a property of an annotated object, is not provably an Agent (found by review)',
    code: `${agent}const fake = { generate: (q: string) => q };\nconst { a }: { a: Agent } = { a: fake as never };\nconst holder: { e: Agent } = { e: fake as never };\nconst later: { e: Agent } = { e: new Agent({ llmConfig: { provider: 'x' } }) };\nlater.e = fake as never;\nexport const r = [a.generate('x'), holder.e.generate('u'), later.e.generate('v')];`,
  },
  {
    name: 'a const object literal of agents written through, holding something else, or spread is not a record of agents',
    code: `${agent}declare const fake: { id: string; generate(p: string): string };\nconst a = { x: new Agent({ llmConfig: { provider: 'x' } }) };\na['y' as 'x'] = fake as never;\nconst b = { x: new Agent({ llmConfig: { provider: 'x' } }), y: fake };\nconst c = { ...b };\nexport const f = (k: 'x') => [a[k].generate('1'), b[k].generate('2'), Object.values(c).map((v) => v.id)];`,
  },
  {
    name: 'a factory of a const object literal replaced later is not followed',
    code: `${agent}const factories = { x: () => new Agent({ llmConfig: { provider: 'x' } }) };\nexport function stub() { factories.x = () => ({ id: 'fake' }) as never; }\nexport const f = () => factories.x().id;`,
  },
  {
    name: 'an exported let of a namespace assigned something else, or a namespace merged across blocks, is not followed',
    code: `${agent}declare const fake: { generate(p: string): string };\nexport namespace A { export let s = new Agent({ llmConfig: { provider: 'x' } }); }\nA.s = fake as never;\nexport namespace B { export const s = new Agent({ llmConfig: { provider: 'x' } }); }\nexport namespace B { export const t = 1; }\nexport const q = [A.s.generate('z'), B.s.generate('w')];`,
  },
  {
    name: 'a function type with a this parameter: the parameter index skips it (found by review)',
    code: `${agent}interface Fake { generate(p: string): string }\ntype OnReply = (this: Agent, reply: Fake) => void;\nexport const h: OnReply = function (reply) { return reply.generate('x'); };\nexport const g: (reply: Fake) => void = function (this: Agent, reply) { return reply.generate('y'); };`,
  },
  {
    name: 'a record or array given a forced value by an index write, a const literal handed to Object.assign or a function, and a factory map given a factory of a forced value, are not provably of agents (found by review)',
    code: `${agent}const fake = { generate: (p: string) => p };\nconst bots: Record<string, Agent> = {};\nbots['offline'] = fake as never;\nexport const r = Object.values(bots).map((b) => b.generate('x'));\nexport const team: Agent[] = [new Agent({ llmConfig: { provider: 'x' } })];\nteam[1] = fake as never;\nexport const t = team.map((m) => m.generate('t'));\nconst crew = { a: new Agent({ llmConfig: { provider: 'x' } }) };\nObject.assign(crew, { offline: fake });\nexport const c = Object.values(crew).map((b) => b.generate('c'));\nfunction swap(o: any) { o.mk = () => fake; }\nconst f3 = { mk: () => new Agent({ llmConfig: { provider: 'x' } }) };\nswap(f3);\nexport const e = f3.mk().generate('e');\nconst registry = new Map<string, () => Agent>();\nregistry.set('offline', () => fake as never);\nexport const g = registry.get('offline')!().generate('g');`,
  },
  {
    name: 'an annotated binding or field only ever given a forced double is not reported as holding an Agent on some paths (found by review)',
    code: `${agent}declare const fake: { generate(p: string): string };\nconst b: Agent = fake as never;\nexport const r = b.generate('b');\nexport class Bot { agent: Agent; constructor() { this.agent = fake as never; } ask() { return this.agent.generate('x'); } }`,
  },
  {
    name: 'a tuple element after an optional or rest element, or of another position, is not the Agent',
    code: `${agent}declare const fake: { id: string };\nexport function f(a: [string, Agent], b: [Agent?, ...{ id: string }[]], c: [typeof fake, Agent]) {\n  const [x] = a;\n  for (const [y] of [c]) console.log(y.id);\n  return [x.length, b[1]?.id, c[0].id];\n}`,
  },
  {
    name: 'a factory whose returns are not all literals holding an Agent there, or whose result is written, is not followed',
    code: `${agent}declare const fake: { id: string };\nfunction a(real: boolean) { if (real) return { session: new Agent({ llmConfig: { provider: 'x' } }) }; return { session: fake }; }\nfunction b() { return { session: new Agent({ llmConfig: { provider: 'x' } }), ...{ session: fake } }; }\nconst c = a(true);\nc.session = fake as never;\nexport const r = [a(true).session.id, b().session.id, c.session.id];`,
  },
  { name: 'a subclass of a class that is not the Agent may declare generate', code: "import { Base } from './base';\nexport class Mine extends Base { generate() { return 1; } get id() { return 'x'; } }" },
  {
    name: 'a function whose returns are not all agents, one assigned again, a generator, or an un-awaited Promise<Agent>, is not an instance',
    code: `${agent}declare const fake: { generate(p: string): string };\nfunction pick(real: boolean) { if (real) return new Agent({ llmConfig: { provider: 'x' } }); return fake; }\npick(true).generate('x');\nlet swap = function () { return new Agent({ llmConfig: { provider: 'x' } }); };\nswap = () => fake as never;\nswap().generate('y');\nfunction* gen() { yield new Agent({ llmConfig: { provider: 'x' } }); return new Agent({ llmConfig: { provider: 'x' } }); }\ngen().next();\nconst later = async (): Promise<Agent> => new Agent({ llmConfig: { provider: 'x' } });\nlater().messages;`,
  },
  { name: 'a self-returning arrow, and a static field read through this in an instance method, are not instances', code: `${agent}const again = () => again();\nagain().generate();\nclass Bot {\n  static shared = new Agent({ llmConfig: { provider: 'x' } });\n  m(this: any) { return this.shared.generate(); }\n}` },
  { name: 'arrays that are not provably of agents: mixed literals, a let, the second callback parameter, reduce', code: `${agent}const mixed = [new Agent({ llmConfig: { provider: 'a' } }), { generate() {} }];\nfor (const m of mixed) m.generate();\nlet later = [new Agent({ llmConfig: { provider: 'a' } })];\nlater = [];\nfor (const m of later) m.generate();\nconst team: Agent[] = [];\nteam.map((_m, index) => index).forEach((n) => n.toFixed());\nteam.reduce((acc: any, m) => acc.generate(m), null);` },
  { name: 'spies on 2.0 members, on other objects, and a local spyOn are not reported', code: `import { vi } from 'vitest';\n${agent}const a = new Agent({ llmConfig: { provider: 'x' } });\nvi.spyOn(a, 'chat');\nvi.spyOn({ generate() {} }, 'generate');\nconst jest = { spyOn(..._args: unknown[]) {} };\njest.spyOn(a, 'generate');` },
  { name: 'this in a nested function is not the instance', code: `${agent}class C {\n  a = new Agent({ llmConfig: { provider: 'x' } });\n  m() { return function (this: any) { return this.a.generate(); }; }\n}` },
  {
    name: 'satisfies that does not prove an Agent: an object literal (a structural test double), a value forced past the check, a union',
    code: `${agent}interface Fake { generate(p: string): string }\ndeclare const stub: Fake;\nconst double = { id: 'd', messages: [], generate: async (p: string) => p } satisfies Partial<Record<string, unknown>>;\nexport const a = ({ id: 'x', generate: async (p: string) => p } satisfies Agent).generate('a');\nexport const b = (stub as any satisfies Agent).generate('b');\nexport const c = (stub satisfies Agent | Fake).generate('c');\nconst d = { generate: (p: string) => p } satisfies Agent;\nexport const e = [d.generate('d'), double.generate('e')];`,
  },
  {
    name: 'interfaces in ambient blocks that do not say Agent: another module augmented, a global shadowed by a local interface, a union, a property the file does not declare',
    code: `import type { FastifyInstance } from 'fastify';\n${agent}interface Fake { generate(p: string): string }\ndeclare module 'other' {\n  interface FastifyInstance { llm: Agent }\n}\ndeclare module 'fastify' {\n  interface FastifyInstance { memo: Agent | Fake }\n}\ndeclare global {\n  interface AppCtx { llm: Agent }\n}\nexport const a = (app: FastifyInstance) => [app.llm.generate('x'), app.memo.generate('y'), (app as any).log.generate('z')];\nexport function local(p: string) {\n  interface AppCtx { llm: Fake }\n  return (ctx: AppCtx) => ctx.llm.generate(p);\n}`,
  },
  {
    name: 'properties reached through another property that are not provably Agents: a union in the interface, a field with no annotation, this in a nested function',
    code: `${agent}interface Fake { generate(p: string): string }\ninterface Deps { agent: Agent | Fake }\nconst fake: Fake = { generate: (p) => p };\nexport class Svc {\n  plain = { agent: fake };\n  constructor(private readonly deps: Deps, private readonly typed: { agent: Agent }) {}\n  ask(p: string) { return [this.deps.agent.generate(p), this.plain.agent.generate(p)]; }\n  later() { return function (this: any) { return this.typed.agent.generate('x'); }; }\n}\nconst holder: { deps: Deps } = { deps: { agent: fake } };\nexport const r = holder.deps.agent.generate('y');`,
  },
  {
    name: 'a property of a const object literal, or of a factory\'s returned literal, that a method of the literal writes through this is not provably an Agent (found by probing)',
    code: `${agent}const fake = { generate: (p: string) => p };\nconst deps = { agent: new Agent({ llmConfig: { provider: 'x' } }), offline() { this.agent = fake as never; } };\nfunction makeDeps() { return { agent: new Agent({ llmConfig: { provider: 'x' } }), offline() { Object.assign(this, { agent: fake }); } }; }\nconst made = makeDeps();\ndeps.offline();\nmade.offline();\nexport const r = [deps.agent.generate('x'), made.agent.generate('y')];`,
  },
  {
    name: 'a global of declare global annotated Agent that the file writes with a forced value (globalThis.shared = stub as never, shared = stub as never) is not provably one (found by probing)',
    code: `${agent}declare global {\n  var shared: Agent;\n  var backup: Agent;\n}\nconst fake = { generate: (p: string) => p };\nglobalThis.shared = fake as never;\nexport function offline() { backup = fake as never; }\nexport const r = [shared.generate('x'), backup.generate('y')];`,
  },
  {
    name: 'a parameter annotated Agent, or typed so by its context, that a call of the file gives a forced value is not provably one: use(stub as never), l(stub as never) for const l: Listener, cb(stub as never) in the function the callback is passed to, a method by its name, a constructor and its parameter properties (found by probing)',
    code: `${agent}const fake = { generate: (p: string) => p };\ntype Listener = (a: Agent) => void;\nconst l: Listener = (a) => { a.generate('a'); };\nl(fake as never);\nexport function on(cb: (a: Agent) => void) { cb(fake as never); }\non((a) => { a.generate('b'); });\nexport function use(a: Agent) { return a.generate('c'); }\nuse(fake as never);\nexport class Bot {\n  agent: Agent;\n  constructor(a: Agent, private helper: Agent) { this.agent = a; }\n  ask(a: Agent) { return [a.generate('d'), this.agent.generate('e'), this.helper.generate('f')]; }\n}\nnew Bot(fake as any, fake as never).ask(<any>fake);`,
  },
  {
    name: 'an element of a tuple in an annotated collection written with a forced value through an element (panel[0]![0] = stub as never) is not provably an Agent (found by probing)',
    code: `${agent}const fake = { generate: (p: string) => p };\nconst panel: [Agent, string][] = [[new Agent({ llmConfig: { provider: 'x' } }), 'a']];\npanel[0]![0] = fake as never;\nfor (const [s] of panel) s.generate('c');\npanel.forEach(([s]) => s.generate('d'));`,
  },
  {
    name: 'what the map method of a class of the file returns is not what its callback makes (found by probing)',
    code: `${agent}const fake = { generate: (p: string) => p };\nclass Registry { map(_fn: unknown) { return [fake]; } }\nconst registry = new Registry();\nconst pool = registry.map(() => new Agent({ llmConfig: { provider: 'x' } }));\nfor (const p of pool) p.generate('x');`,
  },
  {
    name: 'a const a namespace exports is a property of the namespace object at run time: handed to Object.assign, Reflect.set or a function, it may be replaced (found by probing)',
    code: `${agent}const fake = { generate: (p: string) => p };\nexport namespace Bots { export const main = new Agent({ llmConfig: { provider: 'x' } }); }\nexport namespace More { export const main = new Agent({ llmConfig: { provider: 'x' } }); }\nObject.assign(Bots, { main: fake });\nfunction stubAll(ns: any) { ns.main = fake; }\nstubAll(More);\nexport const r = [Bots.main.generate('x'), More.main.generate('y')];`,
  },
  {
    name: 'a getter declared to return Agent that returns a forced value does not hold one (found by probing)',
    code: `${agent}const fake = { generate: (p: string) => p };\nexport class Bot {\n  get agent(): Agent { return fake as never; }\n  ask() { return this.agent.generate('a'); }\n}\nexport const r = new Bot().agent.generate('b');`,
  },
  {
    name: 'a binding declared Promise<Agent> given a forced value (q2 = stub as never, Promise.resolve(stub as never)) does not resolve to an Agent (found by probing)',
    code: `import { Agent } from 'abstractagent';\nconst fake = { generate: (p: string) => p };\nconst q: Promise<Agent> = Promise.resolve(fake as never);\nlet q2: Promise<Agent> = Promise.resolve(new Agent({ llmConfig: { provider: 'x' } }));\nexport function off() { q2 = fake as never; }\nexport async function f() { q.then((a) => a.generate('t')); return [(await q).generate('a'), (await q2).generate('b')]; }`,
  },
  {
    name: 'an array, map or record binding declared to hold Agents and assigned again with a forced value (team = [stub as never], byId = stub as never) does not hold Agents (found by probing)',
    code: `import { Agent } from 'abstractagent';\nconst fake = { generate: (p: string) => p };\nlet team: Agent[] = [];\nlet byId = new Map<string, Agent>();\nlet bots: Record<string, Agent> = {};\nexport function off() { team = [fake as never]; byId = fake as never; bots = { x: fake as never }; }\nfor (const t of team) t.generate('a');\nexport const r = [byId.get('x')!.generate('b'), bots.x.generate('c'), bots['y'].generate('d')];`,
  },
  {
    name: 'a factory map or record given a function of the file that returns a forced value, by its name (registry.set(\'offline\', offline), { offline }), does not make agents (found by probing)',
    code: `import { Agent } from 'abstractagent';\nconst fake = { generate: (p: string) => p };\nconst registry = new Map<string, () => Agent>();\nfunction offline() { return fake as never; }\nregistry.set('offline', offline);\nexport const r = registry.get('offline')!().generate('x');\nconst factories: Record<string, () => Agent> = { offline };\nexport const s = factories.offline!().generate('y');`,
  },
  {
    name: 'an assertion from a value typed any (raw as Agent for raw: any) is as forced as raw as unknown as Agent (found by probing)',
    code: `${agent}export function f(raw: any) { const b = raw as Agent; return [(raw as Agent).generate('a'), b.generate('b')]; }`,
  },
];

type Invalid = InvalidTestCase<MessageIds, []> & { v2?: boolean };

const invalid: Invalid[] = [
  {
    name: 'an array made of agents with no annotation is not provably of agents once the file puts something else in it (push, an index write, an alias, a function it is handed to, Array.prototype.push.call): nothing checks that in JS, nor a covariant unknown[] parameter in TS (found by probing); where it is made of agents and given something else, its elements are reported as holding an Agent on some paths only',
    code: "const { Agent } = require('abstractagent');\nconst fake = { generate: (p) => p };\nconst team = [new Agent({ llmConfig: { provider: 'a' } })];\nteam.push(fake);\nconst crew = ['a', 'b'].map((m) => new Agent({ llmConfig: { provider: m } }));\ncrew[1] = fake;\nconst pool = [new Agent({ llmConfig: { provider: 'a' } })];\nconst alias = pool;\nalias.push(fake);\nconst more = [new Agent({ llmConfig: { provider: 'a' } })];\nfunction addFake(list) { list.push(fake); }\naddFake(more);\nconst last = [new Agent({ llmConfig: { provider: 'a' } })];\nArray.prototype.push.call(last, fake);\nfor (const t of [...team, ...crew, ...pool, ...more, ...last]) t.generate('x');\nmodule.exports = [team[0].generate('y'), crew.map((c) => c.generate('z'))];",
    filename: 'team.cjs',
    output: null,
    errors: [{ messageId: 'legacyMemberManual', data: { object: 'team[0]', member: 'generate', replacement: 'chat(…)', reason: 'it holds an Agent on some paths only' }, line: 16 }, { messageId: 'legacyMemberManual', data: { object: 'c', member: 'generate', replacement: 'chat(…)', reason: 'it holds an Agent on some paths only' }, line: 16 }],
  },
  {
    name: 'a function declared to return Agent that returns a forced value on some path (a stub as never, a Proxy) does not make one; returning an Agent on other paths, it is reported (found by probing)',
    code: `${agent}const fake = { generate: (p: string) => p };\nfunction make(offline: boolean): Agent { if (offline) return fake as never; return new Agent({ llmConfig: { provider: 'x' } }); }\nfunction wrap(a: Agent): Agent { return new Proxy(a, { get: () => () => 'stub' }); }\nconst arrow = (): Agent => fake as any;\nexport const r = [make(true).generate('x'), wrap(new Agent({ llmConfig: { provider: 'x' } })).generate('y'), arrow().generate('z')];`,
    output: null,
    errors: [{ messageId: 'legacyMemberManual', data: { object: 'make(true)', member: 'generate', replacement: 'chat(…)', reason: 'it holds an Agent on some paths only' }, line: 6 }],
  },
  {
    name: 'an Agent got from a WeakMap of Agents is an Agent, as from a Map (found by probing: its generate was neither fixed nor reported)',
    code: `${agent}const byUser = new WeakMap<object, Agent>();\nexport const ask = (user: object) => byUser.get(user)!.generate('hi');`,
    output: `${agent}const byUser = new WeakMap<object, Agent>();\nexport const ask = (user: object) => byUser.get(user)!.chat('hi');`,
    errors: [{ messageId: 'legacyMember', line: 3 }],
  },
  {
    name: 'an Agent read off a record by a dotted name (bots.main for Record<string, Agent>) is an Agent, as bots[\'main\'] is (found by probing: bots.main.generate was neither fixed nor reported)',
    code: `${agent}const bots: Record<string, Agent> = {};\nexport const r = bots.main.generate('hi');`,
    output: `${agent}const bots: Record<string, Agent> = {};\nexport const r = bots.main.chat('hi');`,
    errors: [{ messageId: 'legacyMember', line: 3 }],
  },
  {
    name: 'an Agent made on one branch with nothing on the other (cond ? new Agent(…) : null) is an Agent (found by probing: s.generate was neither fixed nor reported)',
    code: `${agent}declare const online: boolean;\nconst s = online ? new Agent({ llmConfig: { provider: 'x' } }) : null;\nexport const r = s ? s.generate('hi') : undefined;\nconst t = online ? undefined : new Agent({ llmConfig: { provider: 'x' } });\nexport const id = t && t.id;`,
    output: `${agent}declare const online: boolean;\nconst s = online ? new Agent({ llmConfig: { provider: 'x' } }) : null;\nexport const r = s ? s.chat('hi') : undefined;\nconst t = online ? undefined : new Agent({ llmConfig: { provider: 'x' } });\nexport const id = t && t.session.id;`,
    errors: [{ messageId: 'legacyMember', line: 4 }, { messageId: 'legacyMember', line: 6 }],
  },
  {
    name: 'a function or getter of the file declared to return Agent but returning a forced value is not trusted; returning an Agent on some paths, it is reported (found by probing)',
    code: `${agent}declare const fake: { generate(p: string): string };\nfunction make(): Agent { return fake as any; }\nexport const r1 = make().generate('a');\nconst mk = (): Agent => fake as never;\nexport const r2 = mk().generate('b');\nexport class Bot {\n  get agent(): Agent { return fake as never; }\n  run() { return this.agent.generate('c'); }\n}\nexport const r3 = new Bot().agent.generate('d');\nfunction make2(real: boolean): Agent { if (real) return new Agent({ llmConfig: { provider: 'x' } }); return fake as never; }\nexport const r4 = make2(true).generate('e');`,
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 13, data: { object: 'make2(true)', member: 'generate', replacement: 'chat(…)', reason: 'it holds an Agent on some paths only' } }],
  },
  {
    name: 'a getter of a class of the file that a subclass declares again with something else is not provably an Agent on a value of the base class, but reported (found by review)',
    code: `${agent}class Base { get agent() { return new Agent({ llmConfig: { provider: 'x' } }); } }\nclass Sub extends Base { override get agent() { return JSON.parse('{}'); } }\nexport function run(b: Base) { return b.agent.generate('x'); }\nrun(new Sub());`,
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 4 }],
  },
  {
    name: 'a field of an instance of a class of the file that is assigned through the instance is not provably an Agent',
    code: "import { Agent } from 'abstractagent';\nclass Bot { agent = new Agent({ llmConfig: { provider: 'x' } }); }\nconst bot = new Bot();\nbot.agent = { generate: (q: string) => q } as never;\nexport const r = bot.agent.generate('x');",
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 5 }],
  },
  {
    name: 'a var declared again with another value is not provably the Agent (found by probing)',
    code: "const { Agent } = require('abstractagent');\nvar s = new Agent({ llmConfig: { provider: 'x' } });\nvar s = { generate(p) { return p; } };\nmodule.exports = s.generate('x');",
    filename: 'bot.cjs',
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 4 }],
  },
  {
    name: 'an instance field written in a method by a destructuring, a for-of head or &&= is not provably an Agent (found by probing)',
    code: `${agent}interface Stubs { agent: Agent; greeting: string }\ndeclare function traced(a: Agent): { generate(p: string): string };\nexport class Chat {\n  a = new Agent({ llmConfig: { provider: 'x' } });\n  b = new Agent({ llmConfig: { provider: 'x' } });\n  c = new Agent({ llmConfig: { provider: 'x' } });\n  d = new Agent({ llmConfig: { provider: 'x' } });\n  greeting = 'hi';\n  stub(stubs: Stubs, list: Agent[]) {\n    ({ agent: this.a, greeting: this.greeting } = stubs);\n    [this.b] = list;\n    for (this.c of list) void 0;\n    this.d &&= traced(this.d);\n  }\n  ask() { return [this.a.generate('x'), this.b.generate('x'), this.c.generate('x'), this.d.generate('x')]; }\n}`,
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 16 }, { messageId: 'legacyMemberManual', line: 16 }, { messageId: 'legacyMemberManual', line: 16 }, { messageId: 'legacyMemberManual', line: 16 }],
  },
  {
    name: 'a field written under a type wrapper ((this.agent as any) = stub, this.agent! = stub) is not provably an Agent',
    code: `${agent}const stub = { generate: (p: string) => p };\nexport class Chat {\n  a = new Agent({ llmConfig: { provider: 'x' } });\n  static b = new Agent({ llmConfig: { provider: 'x' } });\n  stub() { (this.a as any) = stub; }\n  static stub() { (this.b as any) = stub; }\n  ask() { return [this.a.generate('x'), Chat.b.generate('x')]; }\n}`,
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 8 }],
  },
  { name: 'a reassigned binding is not provably an instance', code: `${agent}let a = new Agent({ llmConfig: { provider: 'x' } });\na = other();\na.generate('x');`,
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 4 }],
  },
  {
    name: 'a test double forced into an annotated binding, field, static field or parameter property, or asserted again after a forced cast, is not provably an Agent (found by review)',
    code: `${agent}declare const fake: { generate(p: string): string };\nconst b: Agent = fake as never;\nlet c: Agent = new Agent({ llmConfig: { provider: 'x' } });\nexport function offline() { c = fake as any; }\nexport class C {\n  agent: Agent = fake as any;\n  spare: Agent = new Agent({ llmConfig: { provider: 'x' } });\n  static shared: Agent = <never>fake;\n  constructor(private helper: Agent = fake as never) { this.spare = fake as unknown as Agent; }\n  run() { return [this.agent.generate('c'), this.spare.generate('d'), C.shared.generate('e'), this.helper.generate('f')]; }\n}\nconst t = fake as unknown as Agent as Agent;\nexport const r = [b.generate('b'), c.generate('c'), t.generate('t')];`,
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 11 }, { messageId: 'legacyMemberManual', line: 14 }],
  },
  {
    name: 'a value forced on one path only (offline ? (stub as never) : new Agent(…), a ?? or a branch typed any) into an annotated binding or field is not provably an Agent, and is reported as one on some paths: its 1.x members became chat on the stub (found by probing)',
    code: `${agent}declare const offline: boolean;\ndeclare const anyStub: any;\nconst stub = { generate: (p: string) => p };\nconst real = new Agent({ llmConfig: { provider: 'x' } });\nexport const s: Agent = offline ? (stub as unknown as Agent) : new Agent({ llmConfig: { provider: 'x' } });\nexport const t: Agent = offline ? anyStub : real;\nexport const u: Agent = (offline && (stub as never)) || real;\nexport class Bot {\n  agent: Agent = new Agent({ llmConfig: { provider: 'x' } });\n  goOffline() { this.agent = offline ? (stub as never) : this.agent; }\n  ask() { return this.agent.generate('y'); }\n}\nexport const r = [s.generate('x'), t.id, u.messages];`,
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 12 }, { messageId: 'legacyMemberManual', line: 14 }, { messageId: 'legacyMemberManual', line: 14 }, { messageId: 'legacyMemberManual', line: 14 }],
  },
  {
    name: 'a #private field written with a stub on another instance (a static factory), a static #private field written through the class name, and an annotated field given a parameter typed any, are not provably agents (found by the runtime fixtures)',
    code: `${agent}export class Assistant {\n  #agent = new Agent({ llmConfig: { provider: 'x' } });\n  static #shared = new Agent({ llmConfig: { provider: 'x' } });\n  static offline(stub: any) { const a = new Assistant(); a.#agent = stub; Assistant.#shared = stub; return a; }\n  ask(p: string) { return [this.#agent.generate(p), Assistant.#shared.generate(p)]; }\n}\nexport class Bot {\n  agent: Agent = new Agent({ llmConfig: { provider: 'x' } });\n  static withStub(stub: any) { const b = new Bot(); b.agent = stub; return b; }\n  ask(p: string) { return this.agent.generate(p); }\n}`,
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 6 }, { messageId: 'legacyMemberManual', line: 11 }],
  },
  {
    name: 'a field of a class of the file written through an element, a map value, or a value of unknown class is not provably an Agent, nor a getter forwarding to such a field (found by review)',
    code: `${agent}class Bot { agent = new Agent({ llmConfig: { provider: 'x' } }); }\nexport const crew: Bot[] = [new Bot()];\ncrew[0]!.agent = { generate: (q: string) => q } as never;\nexport const r = crew.map((bot) => bot.agent.generate('x'));\nclass Cat {\n  _agent = new Agent({ llmConfig: { provider: 'x' } });\n  get agent() { return this._agent; }\n}\nconst cat = new Cat();\nexport function swap(x: { _agent: unknown }) { x._agent = { generate: (q: string) => q }; }\nexport const c = cat.agent.generate('x');`,
    output: null,
    // The getter gives what its field holds on some paths only: reported as that field is (found by probing).
    errors: [{ messageId: 'legacyMemberManual', line: 5 }, { messageId: 'legacyMemberManual', line: 12 }],
  },
  {
    name: 'instances (third probing round): an annotation decides over the initialiser, and a subclass field or a reassignment overrides an instance field, also in the base class\'s own methods, where this may be the subclass (found by review: this.shared was fixed in Bot)',
    code: `${agent}interface Fake { generate(p: string): string }\nexport class Bot {\n  agent: Agent | Fake = new Agent({ llmConfig: { provider: 'x' } });\n  shared = new Agent({ llmConfig: { provider: 'x' } });\n  swapped = new Agent({ llmConfig: { provider: 'x' } });\n  swap(fake: Fake) { this.swapped = fake as never; }\n  ask() { return [this.agent.generate('x'), this.swapped.generate('x'), this.shared.generate('x')]; }\n}\nexport class TestBot extends Bot {\n  shared = { generate: (p: string) => p } as never;\n  again() { return this.shared.generate('y'); }\n}\nexport function f(s: Agent | Fake = new Agent({ llmConfig: { provider: 'x' } })) { return s.generate('z'); }`,
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 8 }, { messageId: 'legacyMemberManual', line: 8 }],
  },
  {
    name: 'maps, arrays and promises whose values are not provably Agents: keys, a union, an array promised, a rest, a let reassigned, mixed spreads, an entry of an array (found by probing)',
    code: `${agent}interface Fake { generate(p: string): string; id: string }\ndeclare const fake: Fake;\ndeclare function other(): Promise<Fake>;\nexport async function f(p: Promise<Agent | Fake>, list: Promise<Agent[]>, keyed: Map<Agent, Fake>, team: Agent[]) {\n  (await p).generate('a');\n  list.then((x) => x.generate('b'));\n  for (const [, v] of keyed) v.generate('c');\n  keyed.forEach((v) => v.generate('d'));\n  for (const [k] of new Map<string, Agent>()) k.generate('e');\n  for (const [a, b] of team) [a.generate('f'), b.generate('g')];\n  const [...rest] = team;\n  let [head] = team;\n  head = fake as never;\n  [...team, fake].map((m) => m.generate('j'));\n  const [x] = keyed;\n  let q = other() as unknown as Promise<Agent>;\n  q = other() as never;\n  return [rest.generate('h'), head.generate('i'), x.generate('m'), (await q).generate('k'), team.findIndex((m) => m.id)];\n}`,
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 19 }],
  },
  {
    name: 'a field written by Object.assign(this, options), this[key] = value, Object.assign or Reflect.set through an instance, and a record given values by Object.assign, are not provably agents: TypeScript checks none of these against the field (found by probing)',
    code: `${agent}export class Bot {\n  agent = new Agent({ llmConfig: { provider: 'x' } });\n  typed: Agent = new Agent({ llmConfig: { provider: 'x' } });\n  constructor(overrides: Partial<Bot> = {}) { Object.assign(this, overrides); }\n  ask(p: string) { return [this.agent.generate(p), this.typed.generate(p)]; }\n}\nconst bots: Record<string, Agent> = {};\nObject.assign(bots, { offline: { generate: (p: string) => p } });\nclass Cat { agent: Agent = new Agent({ llmConfig: { provider: 'x' } }); }\nconst cat = new Cat();\nReflect.set(cat, 'agent', { generate: (p: string) => p });\nexport const r = [bots['offline'].generate('x'), cat.agent.generate('y')];`,
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 6 }, { messageId: 'legacyMemberManual', line: 6 }, { messageId: 'legacyMemberManual', line: 13 }],
  },
  {
    name: 'a field a JS class sets in its constructor and then writes with Object.assign(this, opts) or this[k] = v is not provably an Agent (found by probing)',
    code: "const { Agent } = require('abstractagent');\nclass Bot {\n  constructor(opts) { this.agent = new Agent({ llmConfig: { provider: 'x' } }); Object.assign(this, opts); }\n  ask(p) { return this.agent.generate(p); }\n}\nclass Cat {\n  constructor() { this.agent = new Agent({ llmConfig: { provider: 'x' } }); }\n  set(k, v) { this[k] = v; }\n  ask(p) { return this.agent.generate(p); }\n}\nmodule.exports = [new Bot({ agent: { generate: (p) => p } }).ask('x'), new Cat().ask('y')];",
    filename: 'bot.cjs',
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 4 }, { messageId: 'legacyMemberManual', line: 9 }],
  },
  {
    name: 'a field a JS class only sets through this (no field declaration) that the file writes through an instance is not provably an Agent in the class\'s own methods either (found by probing)',
    code: "const { Agent } = require('abstractagent');\nclass Bot {\n  constructor() { this.agent = new Agent({ llmConfig: { provider: 'x' } }); }\n  ask(p) { return this.agent.generate(p); }\n}\nconst b = new Bot();\nb.agent = { generate: (p) => p };\nmodule.exports = [b.ask('x'), b.agent.generate('y')];",
    filename: 'bot.cjs',
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 4 }, { messageId: 'legacyMemberManual', line: 8 }],
  },
  {
    name: 'an array made of agents that only ever gets agents added stays one (found by probing)',
    code: "const { Agent } = require('abstractagent');\nconst team = [new Agent({ llmConfig: { provider: 'a' } })];\nteam.push(new Agent({ llmConfig: { provider: 'b' } }));\nteam[2] = new Agent({ llmConfig: { provider: 'c' } });\nmodule.exports = team.map((t) => t.generate('x'));",
    output: "const { Agent } = require('abstractagent');\nconst team = [new Agent({ llmConfig: { provider: 'a' } })];\nteam.push(new Agent({ llmConfig: { provider: 'b' } }));\nteam[2] = new Agent({ llmConfig: { provider: 'c' } });\nmodule.exports = team.map((t) => t.chat('x'));",
    filename: 'team.cjs',
    errors: [{ messageId: 'legacyMember' }],
  },
  {
    name: 'a 1.x member a subclass of Agent of the file declares is not rewritten on a value that may be that subclass (t: Agent, <T extends Agent>): chat would skip the override; new Agent(…).generate is the class\'s own (typed, super.generate too) (found by probing)',
    code: `${agent}class Traced extends Agent { generate(p: string) { return super.generate(p); } }\nexport function run(t: Agent) { return t.generate('y'); }\nexport function each<T extends Agent>(t: T) { return t.generate('z'); }\nrun(new Traced({ llmConfig: { provider: 'x' } }));\nexport const r = new Agent({ llmConfig: { provider: 'x' } }).generate('w');`,
    output: `${agent}class Traced extends Agent { generate(p: string) { return super.generate(p); } }\nexport function run(t: Agent) { return t.generate('y'); }\nexport function each<T extends Agent>(t: T) { return t.generate('z'); }\nrun(new Traced({ llmConfig: { provider: 'x' } }));\nexport const r = new Agent({ llmConfig: { provider: 'x' } }).chat('w');`,
    v2: false,
    errors: [
      { messageId: 'legacyOverride', line: 2 },
      { messageId: 'legacyMemberManual', line: 3 },
      { messageId: 'legacyMemberManual', line: 4 },
      { messageId: 'legacyMember', line: 6 },
    ],
  },
  {
    name: 'a field a setter annotated Agent writes is not provably one when the file sets it with a forced value (b.agent = stub as never) (found by probing)',
    code: `${agent}const fake = { generate: (p: string) => p };\nclass Bot {\n  _agent = new Agent({ llmConfig: { provider: 'x' } });\n  get agent() { return this._agent; }\n  set agent(v: Agent) { this._agent = v; }\n  ask() { return this._agent.generate('a'); }\n}\nconst b = new Bot();\nb.agent = fake as never;\nexport const r = b.ask();`,
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 7 }],
  },
  {
    name: 'a getter with no return type forwarding to a field that holds an Agent on some paths only is reported as the field is, not left silent (found by probing)',
    code: `${agent}const fake = { generate: (p: string) => p };\nexport class Bot {\n  _agent = new Agent({ llmConfig: { provider: 'x' } });\n  get agent() { return this._agent; }\n  get loop(): unknown { return this.loop; }\n  ask() { return this.agent.generate('z'); }\n}\nfunction stubOut(x: any) { x._agent = fake; }\nconst b = new Bot();\nstubOut(b);\nexport const r = [b.agent.generate('x'), b._agent.generate('y')];`,
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 7 }, { messageId: 'legacyMemberManual', line: 12 }, { messageId: 'legacyMemberManual', line: 12 }],
  },
  {
    name: 'a forced value written by a destructuring assignment ([pair[0]] = [stub as never], ({ x: team[0] } = { x: stub as never }), [this.agent] = [stub as never]) counts as a forced write of its target (found by probing)',
    code: `${agent}const fake = { generate: (p: string) => p };\nconst pair: [Agent, string] = [new Agent({ llmConfig: { provider: 'x' } }), 'a'];\n[pair[0]] = [fake as never];\nexport const a = pair[0].generate('a');\nconst team: Agent[] = [];\n({ x: team[0] } = { x: fake as never });\nfor (const t of team) t.generate('b');\nexport class Bot {\n  agent: Agent = new Agent({ llmConfig: { provider: 'x' } });\n  stub() { [this.agent] = [fake as never]; }\n  ask() { return this.agent.generate('d'); }\n}`,
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 12 }],
  },
  {
    name: 'a parameter annotated Agent given a forced value through .call or .apply is not provably one; the other parameters and calls stay fixed (found by probing)',
    code: `import { Agent } from 'abstractagent';\nconst fake = { generate: (p: string) => p };\nconst l: (a: Agent) => void = function (this: unknown, a) { a.generate('a'); };\nl.call(null, fake as never);\nexport function use(a: Agent, b: Agent) { return [a.generate('b'), b.generate('c')]; }\nuse.apply(null, [new Agent({ llmConfig: { provider: 'x' } }), fake as never]);\nexport function ok(a: Agent) { return a.generate('d'); }\nok.call(null, new Agent({ llmConfig: { provider: 'x' } }));`,
    output: `import { Agent } from 'abstractagent';\nconst fake = { generate: (p: string) => p };\nconst l: (a: Agent) => void = function (this: unknown, a) { a.generate('a'); };\nl.call(null, fake as never);\nexport function use(a: Agent, b: Agent) { return [a.chat('b'), b.generate('c')]; }\nuse.apply(null, [new Agent({ llmConfig: { provider: 'x' } }), fake as never]);\nexport function ok(a: Agent) { return a.chat('d'); }\nok.call(null, new Agent({ llmConfig: { provider: 'x' } }));`,
    v2: false,
    errors: [{ messageId: 'legacyMember', line: 5 }, { messageId: 'legacyMember', line: 7 }],
  },
  {
    name: 'a parameter that takes the Agent from its default is not provably one when a call of the file passes something else (ask(p, stub)); undefined or an Agent keeps it (found by probing)',
    code: 'const { Agent } = require(\'abstractagent\');\nfunction ask(p, agent = new Agent({ llmConfig: { provider: \'x\' } })) { return agent.generate(p); }\nfunction ok(p, agent = new Agent({ llmConfig: { provider: \'x\' } })) { return agent.generate(p); }\nclass Bot { run(agent = new Agent({ llmConfig: { provider: \'x\' } })) { return agent.generate(\'r\'); } }\nmodule.exports = [ask(\'a\', { generate: (p) => p }), ok(\'b\'), ok(\'c\', undefined), ok(\'d\', new Agent({ llmConfig: { provider: \'y\' } })), new Bot().run({ generate: (p) => p })];',
    output: 'const { Agent } = require(\'abstractagent\');\nfunction ask(p, agent = new Agent({ llmConfig: { provider: \'x\' } })) { return agent.generate(p); }\nfunction ok(p, agent = new Agent({ llmConfig: { provider: \'x\' } })) { return agent.chat(p); }\nclass Bot { run(agent = new Agent({ llmConfig: { provider: \'x\' } })) { return agent.generate(\'r\'); } }\nmodule.exports = [ask(\'a\', { generate: (p) => p }), ok(\'b\'), ok(\'c\', undefined), ok(\'d\', new Agent({ llmConfig: { provider: \'y\' } })), new Bot().run({ generate: (p) => p })];',
    filename: 'ask.cjs',
    v2: false,
    errors: [{ messageId: 'legacyMember', line: 3 }],
  },
  {
    name: 'this.agent written in a function that is no method (bound to an instance with bind or call) counts as a write through a value of unknown class (found by probing)',
    code: 'const { Agent } = require(\'abstractagent\');\nfunction offline() { this.agent = { generate: (p) => p }; }\nclass Bot {\n  constructor() { this.agent = new Agent({ llmConfig: { provider: \'x\' } }); this.off = offline.bind(this); }\n  reset() { (function () { this.other = 1; }).call(this); }\n  ask(p) { return this.agent.generate(p); }\n}\nmodule.exports = new Bot().ask(\'x\');',
    filename: 'bot.cjs',
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 6 }],
  },
  // ---- Options: every row of the table ------------------------------------------------------
  {
    name: 'options: provider and model → llmConfig',
    code: `${agent}export const a = new Agent({ provider: 'openai', model: 'gpt-4o' });`,
    output: `${agent}export const a = new Agent({ llmConfig: { provider: 'openai', model: 'gpt-4o' } });`,
    errors: [{ messageId: 'legacyOptions' }],
  },
  {
    name: "options: an omitted provider is written as 'ollama' (required in 2.0)",
    code: `${agent}export const a = new Agent({ model: "llama3", tools: [] });`,
    output: `${agent}export const a = new Agent({ llmConfig: { provider: "ollama", model: "llama3" }, tools: [] });`,
    errors: [{ messageId: 'legacyOptions' }],
  },
  {
    name: "options: a non-literal provider falls back to 'ollama' as 1.x did for undefined",
    code: `${agent}declare const env: Record<string, string | undefined>;\nexport const a = new Agent({ provider: env.PROVIDER, model: env.MODEL });`,
    output: `${agent}declare const env: Record<string, string | undefined>;\nexport const a = new Agent({ llmConfig: { provider: env.PROVIDER ?? 'ollama', model: env.MODEL } });`,
    errors: [{ messageId: 'legacyOptions' }],
  },
  {
    name: 'options: a logical provider is parenthesised before ??',
    code: `${agent}declare const p: string;\nexport const a = new Agent({ provider: p || 'openai' });`,
    output: `${agent}declare const p: string;\nexport const a = new Agent({ llmConfig: { provider: (p || 'openai') ?? 'ollama' } });`,
    errors: [{ messageId: 'legacyOptions' }],
  },
  {
    name: 'options: a provider that cannot be nullish gets no fallback (it would be dead code, TS2869)',
    code: `${agent}declare const production: boolean;\nexport const a = new Agent({ provider: production ? 'openai' : 'ollama', model: \`gpt-\${4}o\` });`,
    output: `${agent}declare const production: boolean;\nexport const a = new Agent({ llmConfig: { provider: production ? 'openai' : 'ollama', model: \`gpt-\${4}o\` } });`,
    errors: [{ messageId: 'legacyOptions' }],
  },
  {
    name: "options: an explicit provider: undefined is the default, written as 'ollama'",
    code: `${agent}export const a = new Agent({ provider: undefined, model: 'x' });`,
    output: `${agent}export const a = new Agent({ llmConfig: { provider: 'ollama', model: 'x' } });`,
    errors: [{ messageId: 'legacyOptions' }],
  },
  {
    name: 'options: enableMemory true with persistMemory → memoryConfig',
    code: `${agent}export const a = new Agent({ provider: 'openai', enableMemory: true, persistMemory: './memory' });`,
    output: `${agent}export const a = new Agent({ llmConfig: { provider: 'openai' }, memoryConfig: { temporal: true, persistPath: './memory' } });`,
    errors: [{ messageId: 'legacyOptions' }],
  },
  {
    name: 'options: enableMemory false drops a side-effect-free persistMemory (it had no effect)',
    code: `${agent}const dir = './m';\nexport const a = new Agent({ enableMemory: false, persistMemory: dir, enableReact: false });`,
    output: `${agent}const dir = './m';\nexport const a = new Agent({ llmConfig: { provider: 'ollama' }, enableReasoning: false });`,
    errors: [{ messageId: 'legacyOptions' }],
  },
  {
    name: 'options: an enableMemory that is always undefined (undefined, void 0) is off, like an omitted one (found by probing: undefined ? … : … does not type-check)',
    code: `${agent}export const e1 = new Agent({ enableMemory: undefined });\nexport const e2 = new Agent({ provider: 'openai', enableMemory: void 0, persistMemory: './m' });`,
    output: `${agent}export const e1 = new Agent({ llmConfig: { provider: 'ollama' } });\nexport const e2 = new Agent({ llmConfig: { provider: 'openai' } });`,
    errors: [{ messageId: 'legacyOptions' }, { messageId: 'legacyOptions' }],
  },
  {
    name: 'options: a binding named undefined is not undefined: its enableMemory stays a condition (found by review)',
    code: `${agent}export function make(undefined: boolean) {\n  return new Agent({ provider: 'openai', enableMemory: undefined, persistMemory: './m' });\n}`,
    output: `${agent}export function make(undefined: boolean) {\n  return new Agent({ llmConfig: { provider: 'openai' }, memoryConfig: undefined ? { temporal: true, persistPath: './m' } : undefined });\n}`,
    errors: [{ messageId: 'legacyOptions' }],
    v2: false,
  },
  {
    name: 'options: an omitted enableMemory drops persistMemory too',
    code: `${agent}export const a = new Agent({ persistMemory: './m', enableRetry: false });`,
    output: `${agent}export const a = new Agent({ llmConfig: { provider: 'ollama' }, enableRetry: false });`,
    errors: [{ messageId: 'legacyOptions' }],
  },
  {
    name: 'options: a non-literal enableMemory becomes a conditional memoryConfig',
    code: `${agent}declare const remember: boolean;\nexport const a = new Agent({ provider: 'openai', enableMemory: remember, persistMemory: './m' });`,
    output: `${agent}declare const remember: boolean;\nexport const a = new Agent({ llmConfig: { provider: 'openai' }, memoryConfig: remember ? { temporal: true, persistPath: './m' } : undefined });`,
    errors: [{ messageId: 'legacyOptions' }],
  },
  {
    name: 'options: tools, enableReact → enableReasoning, enableRetry',
    code: `${agent}export const a = new Agent({ tools: [], enableReact: false, enableRetry: true });`,
    output: `${agent}export const a = new Agent({ llmConfig: { provider: 'ollama' }, tools: [], enableReasoning: false, enableRetry: true });`,
    errors: [{ messageId: 'legacyOptions' }],
  },
  {
    name: "options: new Agent() with no argument gets llmConfig with provider 'ollama'",
    code: `${agent}export const a = new Agent();`,
    output: `${agent}export const a = new Agent({ llmConfig: { provider: 'ollama' } });`,
    errors: [{ messageId: 'legacyOptions' }],
  },
  {
    name: 'options: a multi-line literal keeps its layout, trailing comma and comments',
    code: `${agent}export const a = new Agent({\n  // the hosted model\n  provider: 'openai',\n  model: 'gpt-4o', // fast\n  enableReact: false,\n});`,
    output: `${agent}export const a = new Agent({\n  // the hosted model\n  llmConfig: { provider: 'openai', model: 'gpt-4o' }, // fast\n  enableReasoning: false,\n});`,
    errors: [{ messageId: 'legacyOptions' }],
  },
  {
    name: 'options: multi-line options whose braces share lines with properties keep the indentation of the line they begin on (found by probing)',
    code: `${agent}export function f() {\n    const s = new Agent({ provider: 'x',\n        model: 'm' });\n    return s;\n}`,
    output: `${agent}export function f() {\n    const s = new Agent({\n      llmConfig: { provider: 'x', model: 'm' }\n    });\n    return s;\n}`,
    errors: [{ messageId: 'legacyOptions' }],
  },
  {
    name: 'options: values with side effects keep their evaluation order',
    code: `${agent}declare function pick(): string;\nexport const a = new Agent({ model: pick(), provider: pick() });`,
    output: `${agent}declare function pick(): string;\nexport const a = new Agent({ llmConfig: { model: pick(), provider: pick() ?? 'ollama' } });`,
    errors: [{ messageId: 'legacyOptions' }],
  },
  {
    name: 'options: a rewrite that would reorder calls is reported only',
    code: `${agent}declare function pick(): string;\ndeclare function load(): [];\nexport const a = new Agent({ provider: pick(), tools: load(), model: pick() });`,
    output: null,
    errors: [{ messageId: 'legacyOptionsManual', data: { className: 'Agent', reason: 'options whose evaluation order would change' } }],
  },
  {
    name: 'options: a dropped persistMemory with side effects is reported only',
    code: `${agent}declare function dir(): string;\nexport const a = new Agent({ enableMemory: false, persistMemory: dir() });`,
    output: null,
    errors: [{ messageId: 'legacyOptionsManual', data: { className: 'Agent', reason: 'a persistMemory the fix would drop has side effects' } }],
  },
  {
    name: 'options: 1.x options under a type assertion are reported on an Agent as on a Session (found by probing)',
    code: `${agent}export const a = new Agent({ provider: 'openai', enableReact: false } as any);\nexport const b = new Agent({ llmConfig: { provider: 'x' } } as const);`,
    output: null,
    errors: [{ messageId: 'legacyOptionsManual', data: { className: 'Agent', reason: 'options under a type assertion' } }],
    v2: false,
  },
  {
    name: 'options: an Agent element named through a namespace or by a binding that starts with $ or _ is an element of the class too (found by review)',
    code: "import * as agents from 'abstractagent';\nimport { Agent as $Agent, Agent as _Agent } from 'abstractagent';\nexport const a = <agents.Agent provider=\"openai\" />;\nexport const b = <$Agent model=\"m\" />;\nexport const c = <_Agent enableMemory />;\nexport const d = <agents.Agent llmConfig={{ provider: 'x' }} />;",
    output: null,
    filename: 'view.tsx',
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    errors: [
      { messageId: 'legacyAttributes', line: 3, data: { className: 'agents.Agent' } },
      { messageId: 'legacyAttributes', line: 4, data: { className: '$Agent' } },
      { messageId: 'legacyAttributes', line: 5, data: { className: '_Agent' } },
    ],
    v2: false,
  },
  {
    name: 'options: an Agent element given 1.x options as JSX attributes is reported (no fix rewrites attributes; found by probing)',
    code: `${agent}declare const props: object;\nexport const a = <Agent provider="openai" enableMemory />;\nexport const b = <Agent />;\nexport const c = <Agent llmConfig={{ provider: 'x' }} />;\nexport const d = <Agent {...props} />;`,
    output: null,
    filename: 'view.tsx',
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    errors: [
      { messageId: 'legacyAttributes', line: 3, data: { className: 'Agent' } },
      { messageId: 'legacyAttributes', line: 4 },
    ],
    v2: false,
  },
  {
    name: 'options: spreads, computed and unknown keys are reported only',
    code: `${agent}declare const base: object;\nnew Agent({ ...base });\nnew Agent({ ['provider']: 'x' });\nnew Agent({ provider: 'x', stream: true });`,
    output: null,
    errors: [
      { messageId: 'legacyOptionsManual', data: { className: 'Agent', reason: 'a spread, computed key or method' } },
      { messageId: 'legacyOptionsManual', data: { className: 'Agent', reason: 'a spread, computed key or method' } },
      { messageId: 'legacyOptionsManual', data: { className: 'Agent', reason: "the option 'stream', which 2.0 has no place for" } },
    ],
    v2: false,
  },

  // ---- Members: every row of the table ------------------------------------------------------
  {
    name: 'members: generate(p) → chat(p)',
    code: `${agent}const a = new Agent({ llmConfig: { provider: 'x' } });\nexport const r = a.generate('hi');`,
    output: `${agent}const a = new Agent({ llmConfig: { provider: 'x' } });\nexport const r = a.chat('hi');`,
    errors: [{ messageId: 'legacyMember', data: { object: 'a', member: 'generate', replacement: 'chat(…)' } }],
  },
  {
    name: 'members: generate(p, { useTools, createReactCycle }) → chat(p, { useTools, useReasoning })',
    code: `${agent}const a = new Agent({ llmConfig: { provider: 'x' } });\nconst createReactCycle = true;\nexport const r = a.generate('hi', { useTools: true, createReactCycle });\nexport const q = a.generate('hi', { createReactCycle: false });`,
    output: `${agent}const a = new Agent({ llmConfig: { provider: 'x' } });\nconst createReactCycle = true;\nexport const r = a.chat('hi', { useTools: true, useReasoning: createReactCycle });\nexport const q = a.chat('hi', { useReasoning: false });`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'members: generateWithTools(p) and generateWithTools(p, o) → chat(p, { …o, useTools: true })',
    code: `${agent}const a = new Agent({ llmConfig: { provider: 'x' } });\nexport const r = a.generateWithTools('hi');\nexport const q = a.generateWithTools('hi', { createReactCycle: true });\nexport const e = a.generateWithTools();`,
    output: `${agent}const a = new Agent({ llmConfig: { provider: 'x' } });\nexport const r = a.chat('hi', { useTools: true });\nexport const q = a.chat('hi', { useReasoning: true, useTools: true });\nexport const e = a.chat(undefined, { useTools: true });`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'members: addMessage, getHistory, messages, id → through .session',
    code: `${agent}export function log(a: Agent) {\n  a.addMessage('user', 'hi');\n  return [a.getHistory({ limit: 3 }), a.messages.length, a.id];\n}`,
    output: `${agent}export function log(a: Agent) {\n  a.session.addMessage('user', 'hi');\n  return [a.session.getHistory({ limit: 3 }), a.session.messages.length, a.session.id];\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'members: save(path) → saveState(path)',
    code: `${agent}export const persist = (a: Agent, path: string) => a.save(path);`,
    output: `${agent}export const persist = (a: Agent, path: string) => a.saveState(path);`,
    errors: [{ messageId: 'legacyMember' }],
  },
  {
    name: 'members: Agent.load(path) in a const gets a suggestion that writes the two statements',
    code: `${agent}export function restore(path: string) {\n  const a = Agent.load(path);\n  return a;\n}`,
    output: null,
    errors: [
      {
        messageId: 'load',
        suggestions: [
          {
            messageId: 'suggestLoadState',
            output: `${agent}export function restore(path: string) {\n  const a = new Agent({ llmConfig: { provider: 'ollama' } });\n  a.loadState(path);\n  return a;\n}`,
          },
        ],
      },
    ],
    v2: false,
  },
  {
    name: 'members: the Agent.load suggestion keeps comments, an exported const, and a `;` that guards the next line (found by probing)',
    code: `${agent}export const a = /* restored */ Agent.load(/* path */ 'p'); // why\nlet b = Agent.load('q')\n;[a, b].forEach((x) => x.loadState('r'))`,
    output: null,
    errors: [
      {
        messageId: 'load',
        line: 2,
        suggestions: [
          {
            messageId: 'suggestLoadState',
            output: `${agent}export const a = /* restored */ new Agent({ llmConfig: { provider: 'ollama' } });\na.loadState(/* path */ 'p'); // why\nlet b = Agent.load('q')\n;[a, b].forEach((x) => x.loadState('r'))`,
          },
        ],
      },
      {
        messageId: 'load',
        line: 3,
        suggestions: [
          {
            messageId: 'suggestLoadState',
            output: `${agent}export const a = /* restored */ Agent.load(/* path */ 'p'); // why\nlet b = new Agent({ llmConfig: { provider: 'ollama' } })\nb.loadState('q')\n;[a, b].forEach((x) => x.loadState('r'))`,
          },
        ],
      },
    ],
    v2: false,
  },
  {
    name: 'members: the Agent.load suggestion with a line comment in the argument puts the ) on a line of its own (found by review: it did not parse)',
    code: `${agent}declare const p: string;\nexport const s = Agent.load(\n  p, // the saved state\n);`,
    output: null,
    errors: [
      {
        messageId: 'load',
        suggestions: [
          {
            messageId: 'suggestLoadState',
            output: `${agent}declare const p: string;\nexport const s = new Agent({ llmConfig: { provider: 'ollama' } });\ns.loadState(p, // the saved state\n);`,
          },
        ],
      },
    ],
    v2: false,
  },
  {
    name: 'members: Agent.load(path) elsewhere is reported without a suggestion',
    code: `${agent}export const restore = (path: string) => Agent.load(path);`,
    output: null,
    errors: [{ messageId: 'load', suggestions: [] }],
    v2: false,
  },
  {
    name: 'members: bind, destructuring, callbacks and computed access are reported only; optional calls are direct calls and fixed',
    code: `${agent}export function f(a: Agent) {\n  const g = a.generate.bind(a);\n  const { messages } = a;\n  ['x'].map(a.generate);\n  a['generate']('x');\n  a?.generate('x');\n  a.generate?.('x');\n  return [g, messages];\n}`,
    output: `${agent}export function f(a: Agent) {\n  const g = a.generate.bind(a);\n  const { messages } = a;\n  ['x'].map(a.generate);\n  a['generate']('x');\n  a?.chat('x');\n  a.chat?.('x');\n  return [g, messages];\n}`,
    errors: [
      { messageId: 'legacyMemberManual', data: { object: 'a', member: 'generate', replacement: 'chat(…)', reason: 'not a direct call' } },
      { messageId: 'legacyMemberManual', data: { object: 'a', member: 'messages', replacement: 'session.messages', reason: 'destructuring' }, line: 4 },
      { messageId: 'legacyMemberManual', data: { object: 'a', member: 'generate', replacement: 'chat(…)', reason: 'not a direct call' } },
      { messageId: 'legacyMemberManual', data: { object: 'a', member: 'generate', replacement: 'chat(…)', reason: 'computed member access' } },
      { messageId: 'legacyMember', data: { object: 'a', member: 'generate', replacement: 'chat(…)' } },
      { messageId: 'legacyMember', data: { object: 'a', member: 'generate', replacement: 'chat(…)' } },
    ],
    v2: false,
  },
  {
    name: 'members: optional chaining stops where it stopped before, so calls and reads through ?. are fixed as direct ones',
    code: `${agent}const live = new Map<string, Agent>();\nexport async function ask(id: string, p: string) {\n  const s = live.get(id);\n  await s?.generateWithTools(p);\n  await s?.generate(p, { createReactCycle: true });\n  s?.addMessage('user', p);\n  await live.get(id)?.save('x.json');\n  return s?.getHistory().length ?? s?.messages?.length ?? s?.id;\n}`,
    output: `${agent}const live = new Map<string, Agent>();\nexport async function ask(id: string, p: string) {\n  const s = live.get(id);\n  await s?.chat(p, { useTools: true });\n  await s?.chat(p, { useReasoning: true });\n  s?.session.addMessage('user', p);\n  await live.get(id)?.saveState('x.json');\n  return s?.session.getHistory().length ?? s?.session.messages?.length ?? s?.session.id;\n}`,
    errors: Array.from({ length: 7 }, () => ({ messageId: 'legacyMember' as const })),
  },
  {
    name: 'members: generate options that are not a literal, or unknown, are reported only',
    code: `${agent}declare const o: { useTools: boolean };\nexport const f = (a: Agent) => [a.generate('x', o), a.generateWithTools('x', { useTools: false })];`,
    output: null,
    errors: [
      { messageId: 'legacyMemberManual', data: { object: 'a', member: 'generate', replacement: 'chat(…)', reason: 'options that are not an object literal' } },
      { messageId: 'legacyMemberManual', data: { object: 'a', member: 'generateWithTools', replacement: 'chat(…)', reason: "an option 'useTools' 2.0 has no place for" } },
    ],
    v2: false,
  },

  // ---- Detection paths ----------------------------------------------------------------------
  {
    name: 'detection: an aliased import, a class field, this.field and a parameter property',
    code: [
      "import { Agent as Assistant } from 'abstractagent';",
      'export class Bot {',
      "  private main = new Assistant({ provider: 'openai' });",
      '  constructor(private readonly backup: Assistant) {}',
      "  ask(q: string) { return this.main.generate(q).then(() => this.backup.messages); }",
      '}',
    ].join('\n'),
    output: [
      "import { Agent as Assistant } from 'abstractagent';",
      'export class Bot {',
      "  private main = new Assistant({ llmConfig: { provider: 'openai' } });",
      '  constructor(private readonly backup: Assistant) {}',
      "  ask(q: string) { return this.main.chat(q).then(() => this.backup.session.messages); }",
      '}',
    ].join('\n'),
    errors: [{ messageId: 'legacyOptions' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'detection: a private class field (#session)',
    code: `${agent}export class Conversation {\n  readonly #agent = new Agent({ provider: 'openai' });\n  get turns() { return this.#agent.messages.length; }\n  say(text: string) { return this.#agent.generate(text); }\n}`,
    output: `${agent}export class Conversation {\n  readonly #agent = new Agent({ llmConfig: { provider: 'openai' } });\n  get turns() { return this.#agent.session.messages.length; }\n  say(text: string) { return this.#agent.chat(text); }\n}`,
    errors: [{ messageId: 'legacyOptions' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'detection: a lazy await import() inside a handler',
    code: "export async function handler(q: string) {\n  const { Agent } = await import('abstractagent');\n  const agent = new Agent({ provider: 'openai' });\n  return agent.generate(q);\n}",
    output: "export async function handler(q: string) {\n  const { Agent } = await import('abstractagent');\n  const agent = new Agent({ llmConfig: { provider: 'openai' } });\n  return agent.chat(q);\n}",
    errors: [{ messageId: 'legacyOptions' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'detection: a union annotation, a parameter default, assertions, an inherited field, an annotated dependency',
    code: [
      agent.trimEnd(),
      'let current: Agent | undefined;',
      "current ??= new Agent({ llmConfig: { provider: 'x' } });",
      'current!.save("a");',
      'export const ask = (a = new Agent()) => a.messages;',
      'declare const registry: Record<string, unknown>;',
      "(registry.main as Agent).generate('hi');",
      "class Base { protected agent = new Agent({ llmConfig: { provider: 'x' } }); }",
      "export class Chat extends Base { ask() { return this.agent.generate('hi'); } }",
      'interface Deps { agent: Agent }',
      "export const handle = (deps: Deps) => deps.agent.generate('hi');",
    ].join('\n'),
    output: [
      agent.trimEnd(),
      'let current: Agent | undefined;',
      "current ??= new Agent({ llmConfig: { provider: 'x' } });",
      'current!.saveState("a");',
      "export const ask = (a = new Agent({ llmConfig: { provider: 'ollama' } })) => a.session.messages;",
      'declare const registry: Record<string, unknown>;',
      "(registry.main as Agent).chat('hi');",
      "class Base { protected agent = new Agent({ llmConfig: { provider: 'x' } }); }",
      "export class Chat extends Base { ask() { return this.agent.chat('hi'); } }",
      'interface Deps { agent: Agent }',
      "export const handle = (deps: Deps) => deps.agent.chat('hi');",
    ].join('\n'),
    errors: [
      { messageId: 'legacyMember' },
      { messageId: 'legacyOptions' },
      { messageId: 'legacyMember' },
      { messageId: 'legacyMember' },
      { messageId: 'legacyMember' },
      { messageId: 'legacyMember' },
    ],
  },
  {
    name: 'detection: a field assigned in the constructor',
    code: `${agent}export class Bot {\n  agent: unknown;\n  constructor() { this.agent = new Agent(); }\n  ask() { return (this as any).agent && this.agentReply(); }\n  agentReply() { return (this.agent as Agent).generate('x'); }\n}`,
    output: `${agent}export class Bot {\n  agent: unknown;\n  constructor() { this.agent = new Agent({ llmConfig: { provider: 'ollama' } }); }\n  ask() { return (this as any).agent && this.agentReply(); }\n  agentReply() { return (this.agent as Agent).chat('x'); }\n}`,
    errors: [{ messageId: 'legacyOptions' }, { messageId: 'legacyMember', data: { object: '(this.agent as Agent)', member: 'generate', replacement: 'chat(…)' } }],
  },
  {
    name: 'detection: a namespace and a CommonJS object',
    code: "import * as agents from 'abstractagent';\nexport const a = new agents.Agent({ provider: 'x' });\na.save('p');",
    output: "import * as agents from 'abstractagent';\nexport const a = new agents.Agent({ llmConfig: { provider: 'x' } });\na.saveState('p');",
    errors: [{ messageId: 'legacyOptions' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'detection: a CommonJS destructure (default parser)',
    code: "const { Agent } = require('abstractagent');\nconst a = new Agent();\nmodule.exports = () => a.generate('x');",
    output: "const { Agent } = require('abstractagent');\nconst a = new Agent({ llmConfig: { provider: 'ollama' } });\nmodule.exports = () => a.chat('x');",
    errors: [{ messageId: 'legacyOptions' }, { messageId: 'legacyMember' }],
    filename: 'bot.cjs',
    v2: false,
  },

  // ---- 1.x Session: reported, the import's fix comes first -----------------------------------
  {
    name: '1.x Session: every use is reported with no fix until the import is migrated',
    code: `${session}const s = new Session({ provider: 'openai' });\ns.generate('x');\ns.messages;\nconst t = Session.load('p');`,
    output: null,
    errors: [
      { messageId: 'legacyOptionsBeforeImport', data: { className: 'Session' } },
      { messageId: 'legacyMemberBeforeImport', data: { object: 's', member: 'generate', replacement: 'chat(…)' } },
      { messageId: 'legacyMemberBeforeImport', data: { object: 's', member: 'messages', replacement: 'session.messages' } },
      { messageId: 'loadBeforeImport', data: { className: 'Session' } },
    ],
    v2: false,
  },
  {
    name: '1.x Session: options no fix can rewrite are reported as manual now (the import stays 1.x for them)',
    code: `${session}declare const options: import('abstractllm').SessionOptions;\nexport const s = new Session(options);\nexport const t = new Session({ provider: 'x', stream: true });`,
    output: null,
    errors: [
      { messageId: 'legacyOptionsManual', data: { className: 'Session', reason: 'options that are not an object literal' } },
      { messageId: 'legacyOptionsManual', data: { className: 'Session', reason: "the option 'stream', which 2.0 has no place for" } },
    ],
    v2: false,
  },

  // ---- Instances returned by functions of the file ------------------------------------------
  {
    name: 'instances: a call of a function declared to return an Agent (and an awaited Promise<Agent>)',
    code: `${agent}const sessions = new Map<string, Agent>();\nfunction sessionFor(id: string): Agent {\n  return sessions.get(id) ?? new Agent({ llmConfig: { provider: 'openai' } });\n}\nconst open = async (): Promise<Agent> => sessionFor('default');\nexport async function reply(id: string, text: string) {\n  const session = sessionFor(id);\n  const answer = await session.generate(text, { useTools: true });\n  return { id: session.id, answer, turns: (await open()).messages.length };\n}`,
    output: `${agent}const sessions = new Map<string, Agent>();\nfunction sessionFor(id: string): Agent {\n  return sessions.get(id) ?? new Agent({ llmConfig: { provider: 'openai' } });\n}\nconst open = async (): Promise<Agent> => sessionFor('default');\nexport async function reply(id: string, text: string) {\n  const session = sessionFor(id);\n  const answer = await session.chat(text, { useTools: true });\n  return { id: session.session.id, answer, turns: (await open()).session.messages.length };\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },

  {
    name: 'instances: a let reassigned with the result of a declared function returning an Agent stays one (found by probing: declare function was not read)',
    code: `${agent}declare function restore(): Agent;\nlet a = new Agent({ llmConfig: { provider: 'x' } });\na = restore();\nexport const r = a.generate('x');\nexport const m = restore().messages;`,
    output: `${agent}declare function restore(): Agent;\nlet a = new Agent({ llmConfig: { provider: 'x' } });\na = restore();\nexport const r = a.chat('x');\nexport const m = restore().session.messages;`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: a collection of agents held by a constructor parameter property, a getter or a base class field, read through this (found by review: only a field declared in the class was read)',
    code: `${agent}class Base {\n  protected pool: Agent[] = [];\n}\nexport class Crew extends Base {\n  constructor(private readonly team: Agent[], private byName: Map<string, Agent>) { super(); }\n  get backups(): ReadonlySet<Agent> { return new Set(this.pool); }\n  run() {\n    this.team.forEach((a) => a.generate('x'));\n    this.byName.forEach((a) => a.save('p'));\n    for (const a of this.backups) a.generate('y');\n    return this.pool.map((a) => a.id);\n  }\n}`,
    output: `${agent}class Base {\n  protected pool: Agent[] = [];\n}\nexport class Crew extends Base {\n  constructor(private readonly team: Agent[], private byName: Map<string, Agent>) { super(); }\n  get backups(): ReadonlySet<Agent> { return new Set(this.pool); }\n  run() {\n    this.team.forEach((a) => a.chat('x'));\n    this.byName.forEach((a) => a.saveState('p'));\n    for (const a of this.backups) a.chat('y');\n    return this.pool.map((a) => a.session.id);\n  }\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: a value typed by a type parameter constrained to Agent is an Agent (found by probing)',
    code: `${agent}export class Pool<T extends Agent> {\n  run(t: T) { return t.generate('x'); }\n}\nexport function pick<S extends Agent = Agent>(s: S) { return s.messages; }`,
    output: `${agent}export class Pool<T extends Agent> {\n  run(t: T) { return t.chat('x'); }\n}\nexport function pick<S extends Agent = Agent>(s: S) { return s.session.messages; }`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances (untyped): a value annotated Agent & { … } is an Agent; a 1.x name the other part declares is that part\'s (found by review)',
    code: `${agent}interface Tagged { tag: string }\nexport async function run(s: Agent & { tag: string; id: number }, t: Agent & Tagged) { return [s.id, s.messages, await t.generate('x')]; }`,
    output: `${agent}interface Tagged { tag: string }\nexport async function run(s: Agent & { tag: string; id: number }, t: Agent & Tagged) { return [s.id, s.session.messages, await t.chat('x')]; }`,
    errors: [{ messageId: 'legacyMember', data: { object: 's', member: 'messages', replacement: 'session.messages' } }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: arrays made of agents: mapped to new Agent(…), filtered or sliced, a literal of variables, and what await Promise.all of them gives (found by the runtime fixtures)',
    code: `${agent}async function open(): Promise<Agent> { return new Agent({ llmConfig: { provider: 'x' } }); }\nconst pool = ['a', 'b'].map((model) => new Agent({ llmConfig: { provider: 'x', model } }));\nconst first = pool[0]!;\nconst pair = [first, first];\nexport const r = [pool.filter(Boolean).map((a) => a.id), pool.slice(1).map((a) => a.id), pair.map((a) => a.messages)];\nexport async function main() {\n  const [a, b] = await Promise.all([open(), open()]);\n  return [a.id, await b.generate('x')];\n}`,
    output: `${agent}async function open(): Promise<Agent> { return new Agent({ llmConfig: { provider: 'x' } }); }\nconst pool = ['a', 'b'].map((model) => new Agent({ llmConfig: { provider: 'x', model } }));\nconst first = pool[0]!;\nconst pair = [first, first];\nexport const r = [pool.filter(Boolean).map((a) => a.session.id), pool.slice(1).map((a) => a.session.id), pair.map((a) => a.session.messages)];\nexport async function main() {\n  const [a, b] = await Promise.all([open(), open()]);\n  return [a.session.id, await b.chat('x')];\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: a field of a class of the file read on an element of an array or a value of a map of that class (found by the runtime fixtures)',
    code: `${agent}class Bot { agent = new Agent({ llmConfig: { provider: 'x' } }); }\nconst crew: Bot[] = [new Bot()];\nconst byName = new Map<string, Bot>();\nfor (const bot of crew) bot.agent.generate('x');\nexport const r = [crew.map((bot) => bot.agent.id), byName.get('b')!.agent.id];\nbyName.forEach((bot) => bot.agent.save('p'));`,
    output: `${agent}class Bot { agent = new Agent({ llmConfig: { provider: 'x' } }); }\nconst crew: Bot[] = [new Bot()];\nconst byName = new Map<string, Bot>();\nfor (const bot of crew) bot.agent.chat('x');\nexport const r = [crew.map((bot) => bot.agent.session.id), byName.get('b')!.agent.session.id];\nbyName.forEach((bot) => bot.agent.saveState('p'));`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: a factory of the file called through module.exports or exports, as code does so tests can stub it (found by the runtime fixtures)',
    code: "const { Agent } = require('abstractagent');\nfunction createBot() { return new Agent({ llmConfig: { provider: 'x' } }); }\nconst makeOther = () => new Agent({ llmConfig: { provider: 'y' } });\nmodule.exports = { createBot, other: makeOther };\nasync function route() { const bot = module.exports.createBot(); return [await bot.generate('hi'), exports.other().id]; }\nmodule.exports.route = route;",
    output: "const { Agent } = require('abstractagent');\nfunction createBot() { return new Agent({ llmConfig: { provider: 'x' } }); }\nconst makeOther = () => new Agent({ llmConfig: { provider: 'y' } });\nmodule.exports = { createBot, other: makeOther };\nasync function route() { const bot = module.exports.createBot(); return [await bot.chat('hi'), exports.other().session.id]; }\nmodule.exports.route = route;",
    filename: 'bots.cjs',
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'filter and find with a type predicate give what the predicate names: a subclass of the file is not provably the Agent (found by review)',
    code: `${agent}export class Traced extends Agent {\n  generate(prompt: string) { console.log('traced'); return this.chat(prompt); }\n}\nconst team: Agent[] = [new Traced({ llmConfig: { provider: 'x' } })];\nexport const r = team.filter((a): a is Traced => a instanceof Traced).map((t) => t.generate('x'));\nexport const f = team.find((a): a is Traced => a instanceof Traced)?.generate('y');\nexport const g = team.filter((a): a is Agent => !!a).map((a) => a.id);`,
    output: `${agent}export class Traced extends Agent {\n  generate(prompt: string) { console.log('traced'); return this.chat(prompt); }\n}\nconst team: Agent[] = [new Traced({ llmConfig: { provider: 'x' } })];\nexport const r = team.filter((a): a is Traced => a instanceof Traced).map((t) => t.generate('x'));\nexport const f = team.find((a): a is Traced => a instanceof Traced)?.generate('y');\nexport const g = team.filter((a): a is Agent => !!a).map((a) => a.session.id);`,
    errors: [{ messageId: 'legacyOverride', line: 3 }, { messageId: 'legacyMember', line: 8 }],
    v2: false,
  },
  {
    name: 'D7: a subclass of a subclass of Agent that declares a 1.x member, or one as a constructor parameter property, is reported too (found by review)',
    code: `${agent}class Base extends Agent {}\nconst Mid = class extends Base {};\nexport class Traced extends Mid {\n  constructor(public id: string) { super({ llmConfig: { provider: 'x' } }); }\n  generate(prompt: string) { console.log('traced'); return this.chat(prompt); }\n}`,
    output: null,
    errors: [
      { messageId: 'legacyOverride', line: 5, data: { className: 'Traced', base: 'Mid', member: 'id', replacement: 'session.id' } },
      { messageId: 'legacyOverride', line: 6, column: 3, data: { className: 'Traced', base: 'Mid', member: 'generate', replacement: 'chat(…)' } },
    ],
    v2: false,
  },
  {
    name: 'D7: an abstract subclass of Agent that declares a 1.x member abstract, a setter or a static one: the instance ones are reported',
    code: `${agent}export abstract class Base extends Agent {\n  abstract generate(prompt: string): Promise<string>;\n  set messages(value: unknown[]) {}\n  static save() {}\n}`,
    output: null,
    errors: [
      { messageId: 'legacyOverride', line: 3, data: { className: 'Base', base: 'Agent', member: 'generate', replacement: 'chat(…)' } },
      { messageId: 'legacyOverride', line: 4, data: { className: 'Base', base: 'Agent', member: 'messages', replacement: 'session.messages' } },
    ],
    v2: false,
  },
  {
    name: 'a spy on a 2.0 member of the prototype, or a read of its keys, is no polyfill: 1.x members are still fixed',
    code: `${agent}vi.spyOn(Agent.prototype, 'chat');\nexport const keys = Object.getOwnPropertyNames(Agent.prototype);\nexport const r = new Agent({ llmConfig: { provider: 'x' } }).id;`,
    output: `${agent}vi.spyOn(Agent.prototype, 'chat');\nexport const keys = Object.getOwnPropertyNames(Agent.prototype);\nexport const r = new Agent({ llmConfig: { provider: 'x' } }).session.id;`,
    errors: [{ messageId: 'legacyMember' }],
  },
  {
    name: 'a subclass that declares the field again with the same class keeps it provable',
    code: `${agent}class Base { agent = new Agent({ llmConfig: { provider: 'x' } }); }\nclass Sub extends Base { agent = new Agent({ llmConfig: { provider: 'y' } }); }\nexport function run(b: Base) { return b.agent.generate('x'); }\nrun(new Sub());`,
    output: `${agent}class Base { agent = new Agent({ llmConfig: { provider: 'x' } }); }\nclass Sub extends Base { agent = new Agent({ llmConfig: { provider: 'y' } }); }\nexport function run(b: Base) { return b.agent.chat('x'); }\nrun(new Sub());`,
    errors: [{ messageId: 'legacyMember' }],
  },
  {
    name: 'options: a persistMemory that is a conditional, a ?? or a + of plain reads is side-effect free, so it moves under a non-literal enableMemory (found by the runtime fixtures)',
    code: `${agent}declare const flags: { memory: boolean; dir?: string };\nexport const a = new Agent({ enableMemory: flags.memory, persistMemory: flags.memory ? './m' : undefined });\nexport const b = new Agent({ enableMemory: flags.memory, persistMemory: flags.dir ?? './m' });\nexport const c = new Agent({ enableMemory: flags.memory, persistMemory: flags.dir + '/m' });`,
    output: `${agent}declare const flags: { memory: boolean; dir?: string };\nexport const a = new Agent({ llmConfig: { provider: 'ollama' }, memoryConfig: flags.memory ? { temporal: true, persistPath: flags.memory ? './m' : undefined } : undefined });\nexport const b = new Agent({ llmConfig: { provider: 'ollama' }, memoryConfig: flags.memory ? { temporal: true, persistPath: flags.dir ?? './m' } : undefined });\nexport const c = new Agent({ llmConfig: { provider: 'ollama' }, memoryConfig: flags.memory ? { temporal: true, persistPath: flags.dir + '/m' } : undefined });`,
    errors: [{ messageId: 'legacyOptions' }, { messageId: 'legacyOptions' }, { messageId: 'legacyOptions' }],
  },
  {
    name: 'instances: the values of a Record<string, Agent>, an index signature, and a const object literal of agents, read by a computed key, Object.values or Object.entries (found by the runtime fixtures)',
    code: `${agent}const sessions: Record<string, Agent> = {};\nconst byId: { [id: string]: Agent } = {};\nconst bots = { a: new Agent({ llmConfig: { provider: 'x' } }), b: new Agent({ llmConfig: { provider: 'y' } }) };\nexport type Kind = keyof typeof bots;\nexport function f(id: string, k: 'a' | 'b') { const s = sessions[id]!; return [s.id, byId[id]!.generate('hi'), bots[k].generate('hi')]; }\nexport const ids = Object.values(bots).map((bot) => bot.id);\nexport const named = Object.entries(bots).map(([k, bot]) => k + bot.id);\nfor (const [, bot] of Object.entries(sessions)) bot.save('p');`,
    output: `${agent}const sessions: Record<string, Agent> = {};\nconst byId: { [id: string]: Agent } = {};\nconst bots = { a: new Agent({ llmConfig: { provider: 'x' } }), b: new Agent({ llmConfig: { provider: 'y' } }) };\nexport type Kind = keyof typeof bots;\nexport function f(id: string, k: 'a' | 'b') { const s = sessions[id]!; return [s.session.id, byId[id]!.chat('hi'), bots[k].chat('hi')]; }\nexport const ids = Object.values(bots).map((bot) => bot.session.id);\nexport const named = Object.entries(bots).map(([k, bot]) => k + bot.session.id);\nfor (const [, bot] of Object.entries(sessions)) bot.saveState('p');`,
    errors: Array.from({ length: 6 }, () => ({ messageId: 'legacyMember' as const })),
  },
  {
    name: 'instances: the value of a WeakMap<K, Agent> (a cache keyed by objects), annotated or constructed with type arguments, read with get (found by probing)',
    code: `${agent}interface User { name: string }\nconst cache = new WeakMap<User, Agent>();\nconst byUser: WeakMap<object, Agent> = new WeakMap();\nexport function f(u: User) {\n  const hit = cache.get(u);\n  if (hit) hit.addMessage('system', u.name);\n  return byUser.get(u)!.id;\n}`,
    output: `${agent}interface User { name: string }\nconst cache = new WeakMap<User, Agent>();\nconst byUser: WeakMap<object, Agent> = new WeakMap();\nexport function f(u: User) {\n  const hit = cache.get(u);\n  if (hit) hit.session.addMessage('system', u.name);\n  return byUser.get(u)!.session.id;\n}`,
    errors: [{ messageId: 'legacyMember', line: 7 }, { messageId: 'legacyMember', line: 8 }],
  },
  {
    name: 'instances: a factory held in a Map<string, () => Agent> or in a const object literal, called (found by the runtime fixtures)',
    code: `${agent}const registry = new Map<string, () => Agent>();\nfunction makeSales() { return new Agent({ llmConfig: { provider: 'y' } }); }\nconst factories = { x: () => new Agent({ llmConfig: { provider: 'x' } }), sales: makeSales, support() { return new Agent({ llmConfig: { provider: 'z' } }); } };\nexport const f = () => [registry.get('x')!().id, factories.x().id, factories.sales().id, factories.support().id];`,
    output: `${agent}const registry = new Map<string, () => Agent>();\nfunction makeSales() { return new Agent({ llmConfig: { provider: 'y' } }); }\nconst factories = { x: () => new Agent({ llmConfig: { provider: 'x' } }), sales: makeSales, support() { return new Agent({ llmConfig: { provider: 'z' } }); } };\nexport const f = () => [registry.get('x')!().session.id, factories.x().session.id, factories.sales().session.id, factories.support().session.id];`,
    errors: Array.from({ length: 4 }, () => ({ messageId: 'legacyMember' as const })),
  },
  {
    name: 'instances: a parameter typed by its context, a function type or an alias of one that the const it initialises or the parameter it is passed to is annotated with (found by the runtime fixtures)',
    code: `${agent}type Listener = (a: Agent) => void;\nexport const l: Listener = (a) => { a.generate('hi'); };\nexport function on(cb: Listener) { cb(new Agent({ llmConfig: { provider: 'x' } })); }\non((a) => console.log(a.id));\nexport const h: (n: number, a: Agent) => string = (n, a) => a.id + n;`,
    output: `${agent}type Listener = (a: Agent) => void;\nexport const l: Listener = (a) => { a.chat('hi'); };\nexport function on(cb: Listener) { cb(new Agent({ llmConfig: { provider: 'x' } })); }\non((a) => console.log(a.session.id));\nexport const h: (n: number, a: Agent) => string = (n, a) => a.session.id + n;`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: a parameter typed by its context, the property it is the value of in an object literal an annotated const or a satisfies types (a Record of a function alias, an interface, a method) (found by probing)',
    code: `${agent}type Command = (a: Agent, args: string[]) => string;\ninterface Handlers { greet: (a: Agent) => void }\nexport const commands: Record<string, Command> = { ask: (a, args) => a.id + args.join(' '), history(a) { return String(a.messages.length); } };\nexport const handlers: Handlers = { greet: (a) => { a.generate('hi'); } };\nexport const checked = { other: (a) => a.id } satisfies Record<string, Command>;\nexport const loose = { ask: (a: { id: string }) => a.id };`,
    output: `${agent}type Command = (a: Agent, args: string[]) => string;\ninterface Handlers { greet: (a: Agent) => void }\nexport const commands: Record<string, Command> = { ask: (a, args) => a.session.id + args.join(' '), history(a) { return String(a.session.messages.length); } };\nexport const handlers: Handlers = { greet: (a) => { a.chat('hi'); } };\nexport const checked = { other: (a) => a.session.id } satisfies Record<string, Command>;\nexport const loose = { ask: (a: { id: string }) => a.id };`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: "instances: a callback typed through a generic indexed access (on<K extends keyof Events>(event: K, handler: Events[K]) called with 'message'), and what a generic pass-through helper returns (withRetry<T>(fn: () => Promise<T>): Promise<T>) (found by the runtime fixtures)",
    code: `${agent}type Events = { ready: (a: Agent) => void; message: (a: Agent, text: string) => void };\nclass Bus {\n  on<K extends keyof Events>(event: K, handler: Events[K]): void { void event; void handler; }\n}\nconst bus = new Bus();\nbus.on('message', (a, text) => a.addMessage('user', text));\nasync function withRetry<T>(fn: () => Promise<T>, attempts = 3): Promise<T> { void attempts; return fn(); }\nfunction pick<T>(value: T, log: (v: T) => void): T { log(value); return value; }\nasync function connect(): Promise<Agent> { return new Agent({ llmConfig: { provider: 'x' } }); }\nexport async function main() {\n  const a = await withRetry(connect);\n  const b = await withRetry(() => connect());\n  const c = pick(a, () => {});\n  return [a.id, b.id, c.id];\n}`,
    output: `${agent}type Events = { ready: (a: Agent) => void; message: (a: Agent, text: string) => void };\nclass Bus {\n  on<K extends keyof Events>(event: K, handler: Events[K]): void { void event; void handler; }\n}\nconst bus = new Bus();\nbus.on('message', (a, text) => a.session.addMessage('user', text));\nasync function withRetry<T>(fn: () => Promise<T>, attempts = 3): Promise<T> { void attempts; return fn(); }\nfunction pick<T>(value: T, log: (v: T) => void): T { log(value); return value; }\nasync function connect(): Promise<Agent> { return new Agent({ llmConfig: { provider: 'x' } }); }\nexport async function main() {\n  const a = await withRetry(connect);\n  const b = await withRetry(() => connect());\n  const c = pick(a, () => {});\n  return [a.session.id, b.session.id, c.session.id];\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: a property of an object literal in place (const { s } = { s: new Agent(…) }, ({ t: … }).t), not with a spread after it (found by probing)',
    code: `${agent}const { s } = { s: new Agent({ llmConfig: { provider: 'x' } }) };\nexport const b = s.generate('y');\nexport const c = ({ t: new Agent({ llmConfig: { provider: 'x' } }) }).t.id;\ndeclare const other: object;\nconst { u } = { u: new Agent({ llmConfig: { provider: 'x' } }), ...other };\nexport const d = (u as unknown as { generate(p: string): string }).generate('z');`,
    output: `${agent}const { s } = { s: new Agent({ llmConfig: { provider: 'x' } }) };\nexport const b = s.chat('y');\nexport const c = ({ t: new Agent({ llmConfig: { provider: 'x' } }) }).t.session.id;\ndeclare const other: object;\nconst { u } = { u: new Agent({ llmConfig: { provider: 'x' } }), ...other };\nexport const d = (u as unknown as { generate(p: string): string }).generate('z');`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: what Promise.resolve(x) resolves to is what x holds, or what the promise x resolves to (found by probing)',
    code: `${agent}export const c = Promise.resolve(new Agent({ llmConfig: { provider: 'x' } })).then((x) => x.generate('z'));\nconst ready = Promise.resolve(new Agent({ llmConfig: { provider: 'x' } }));\nexport async function main() { const a = await ready; const b = await Promise.resolve(ready); return [a.id, b.id]; }\nexport const d = Promise.resolve({ id: 'x' }).then((x) => x.id);`,
    output: `${agent}export const c = Promise.resolve(new Agent({ llmConfig: { provider: 'x' } })).then((x) => x.chat('z'));\nconst ready = Promise.resolve(new Agent({ llmConfig: { provider: 'x' } }));\nexport async function main() { const a = await ready; const b = await Promise.resolve(ready); return [a.session.id, b.session.id]; }\nexport const d = Promise.resolve({ id: 'x' }).then((x) => x.id);`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'members and options under // @ts-expect-error (a half-migrated file silencing the 2.0 error) are reported, not fixed: the fix would leave the directive with nothing to expect (TS2578); // @ts-ignore does not matter (found by probing)',
    code: `${agent}declare const agent: Agent;\n// @ts-expect-error not migrated yet\nexport const a = agent.generate('x');\nexport const b = agent\n  // @ts-expect-error not migrated yet\n  .messages;\nexport const c = agent.generate('y'); // @ts-ignore\n/* @ts-expect-error 1.x options */\nexport const d = new Agent({ provider: 'openai' });\nexport const e = agent.id;`,
    output: `${agent}declare const agent: Agent;\n// @ts-expect-error not migrated yet\nexport const a = agent.generate('x');\nexport const b = agent\n  // @ts-expect-error not migrated yet\n  .messages;\nexport const c = agent.chat('y'); // @ts-ignore\n/* @ts-expect-error 1.x options */\nexport const d = new Agent({ provider: 'openai' });\nexport const e = agent.session.id;`,
    errors: [
      { messageId: 'legacyMemberManual', data: { object: 'agent', member: 'generate', replacement: 'chat(…)', reason: 'a // @ts-expect-error expects the error the fix would remove' } },
      { messageId: 'legacyMemberManual', line: 5 },
      { messageId: 'legacyMember' },
      { messageId: 'legacyOptionsManual', data: { className: 'Agent', reason: 'a // @ts-expect-error expects the error the fix would remove' } },
      { messageId: 'legacyMember' },
    ],
  },
  {
    name: 'instances: a property destructured from a parameter typed by its context (use(({ agent }) => …) for use(mw: (c: { agent: Agent }) => string), a Middleware alias) (found by probing)',
    code: `${agent}type Ctx = { agent: Agent; user: string };\ntype Middleware = (ctx: Ctx) => Promise<string>;\nexport const use = (mw: (c: { agent: Agent }) => string) => mw;\nuse(({ agent }) => agent.id);\nexport const mw: Middleware = async ({ agent, user }) => (await agent.generate(user)).content;`,
    output: `${agent}type Ctx = { agent: Agent; user: string };\ntype Middleware = (ctx: Ctx) => Promise<string>;\nexport const use = (mw: (c: { agent: Agent }) => string) => mw;\nuse(({ agent }) => agent.session.id);\nexport const mw: Middleware = async ({ agent, user }) => (await agent.chat(user)).content;`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: "instances: an Agent & { session: Agent; chat: Agent } whose other part declares a member named like one of the Agent's own API: what it holds is that part's, not the package's BasicSession (found by probing: t.session.generate stayed, unreported, after the rename)",
    code: `${agent}type Traced = Agent & { session: Agent; chat: Agent };\nexport function f(t: Traced) {\n  return [t.session.generate('a'), t.chat.generate('b')];\n}`,
    output: `${agent}type Traced = Agent & { session: Agent; chat: Agent };\nexport function f(t: Traced) {\n  return [t.session.chat('a'), t.chat.chat('b')];\n}`,
    errors: [{ messageId: 'legacyMember', line: 4 }, { messageId: 'legacyMember', line: 4 }],
  },
  {
    name: 'instances: an instance given a member of the API (s.session = req.session, t.generate = async () => …, in JS) is the code\'s there: its 1.x uses are reported, not rewritten through the expando or past the patch (found by probing: s.messages became s.session.messages on the user\'s value, and t.generate(p) t.chat(p))',
    code: `${agent}export function handle(req) {\n  const s = new Agent({ llmConfig: { provider: 'ollama' } });\n  s.session = req.session;\n  s.addMessage('user', 'hi');\n  return [s.messages, s.id];\n}\nexport function other() {\n  const t = new Agent({ llmConfig: { provider: 'ollama' } });\n  t.generate = async () => ({ content: 'x' });\n  return t.generate('p');\n}`,
    filename: 'file.js',
    output: null,
    errors: [
      { messageId: 'legacyMemberManual', line: 5 },
      { messageId: 'legacyMemberManual', line: 6 },
      { messageId: 'legacyMemberManual', line: 6 },
      { messageId: 'legacyMemberManual', line: 10 },
      { messageId: 'legacyMemberManual', line: 11 },
    ],
  },
  {
    name: 'instances: a conditional or ?? with an Agent on one side and a stub on the other, in place or in a const, is reported as holding an Agent on some paths only (found by probing: left silent after the rename)',
    code: `${agent}declare const offline: boolean;\ndeclare const cached: Agent | undefined;\nconst stub = { generate: (p: string) => p, id: 'x' };\nconst a = offline ? stub : new Agent({ llmConfig: { provider: 'x' } });\nexport const r = a.generate('hi');\nexport const q = (offline ? stub : new Agent({ llmConfig: { provider: 'x' } })).id;\nconst b = cached ?? (offline ? stub : new Agent({ llmConfig: { provider: 'y' } }));\nexport const s = b.id;`,
    output: null,
    v2: false,
    errors: [
      { messageId: 'legacyMemberManual', line: 6, data: { object: 'a', member: 'generate', replacement: 'chat(…)', reason: 'it holds an Agent on some paths only' } },
      { messageId: 'legacyMemberManual', line: 7 },
      { messageId: 'legacyMemberManual', line: 9, data: { object: 'b', member: 'id', replacement: 'session.id', reason: 'it holds an Agent on some paths only' } },
    ],
  },
  {
    name: 'instances: a getter of a const object literal that returns an Agent on every path, or is declared to return one (found by probing: the rename went ahead and these stayed, unreported)',
    code: `${agent}const make = () => new Agent({ llmConfig: { provider: 'x' } });\nconst deps = {\n  get agent() {\n    return new Agent({ llmConfig: { provider: 'x' } });\n  },\n  get typed(): Agent {\n    return make();\n  },\n};\nexport const r = [deps.agent.generate('a'), deps.typed.id];`,
    output: `${agent}const make = () => new Agent({ llmConfig: { provider: 'x' } });\nconst deps = {\n  get agent() {\n    return new Agent({ llmConfig: { provider: 'x' } });\n  },\n  get typed(): Agent {\n    return make();\n  },\n};\nexport const r = [deps.agent.chat('a'), deps.typed.session.id];`,
    errors: [{ messageId: 'legacyMember', line: 11 }, { messageId: 'legacyMember', line: 11 }],
  },
  {
    name: 'instances: an assignment used as a value gives what is assigned (const a = (current = new Agent(…))), and a ??= or ||= gives it when the target holds the same class (a lazily cached field of a getter) (found by probing: the rename went ahead and these stayed, unreported)',
    code: `${agent}class Deps {\n  private _a?: Agent;\n  get agent() { return (this._a ??= new Agent({ llmConfig: { provider: 'x' } })); }\n}\nlet current: Agent | undefined;\nexport async function f(deps: Deps) {\n  await deps.agent.generate('a');\n  const a = (current = new Agent({ llmConfig: { provider: 'x' } }));\n  const b = (current ||= new Agent({ llmConfig: { provider: 'x' } }));\n  return [a.id, b.id];\n}`,
    output: `${agent}class Deps {\n  private _a?: Agent;\n  get agent() { return (this._a ??= new Agent({ llmConfig: { provider: 'x' } })); }\n}\nlet current: Agent | undefined;\nexport async function f(deps: Deps) {\n  await deps.agent.chat('a');\n  const a = (current = new Agent({ llmConfig: { provider: 'x' } }));\n  const b = (current ||= new Agent({ llmConfig: { provider: 'x' } }));\n  return [a.session.id, b.session.id];\n}`,
    errors: [{ messageId: 'legacyMember', line: 8 }, { messageId: 'legacyMember', line: 11 }, { messageId: 'legacyMember', line: 11 }],
  },
  {
    name: 'instances: a property of a parameter typed by its context, through an interface and an inline type (ctx.locals.agent for a middleware const annotated with a function type alias) (found by probing)',
    code: `${agent}interface Context { body: string; locals: { agent?: Agent; user: string } }\ntype Middleware = (ctx: Context, next: () => void) => void;\nexport const open: Middleware = (ctx, next) => {\n  ctx.locals.agent = new Agent({ llmConfig: { provider: 'x' } });\n  ctx.locals.agent.addMessage('system', ctx.locals.user);\n  next();\n};\nexport const answer: Middleware = (ctx) => { const agent = ctx.locals.agent!; void agent.generate(ctx.body); };`,
    output: `${agent}interface Context { body: string; locals: { agent?: Agent; user: string } }\ntype Middleware = (ctx: Context, next: () => void) => void;\nexport const open: Middleware = (ctx, next) => {\n  ctx.locals.agent = new Agent({ llmConfig: { provider: 'x' } });\n  ctx.locals.agent.session.addMessage('system', ctx.locals.user);\n  next();\n};\nexport const answer: Middleware = (ctx) => { const agent = ctx.locals.agent!; void agent.chat(ctx.body); };`,
    errors: [{ messageId: 'legacyMember', line: 6 }, { messageId: 'legacyMember', line: 9 }],
  },
  {
    name: 'instances: reduce over an array of agents: the current element, and with no initial value the accumulator and the result; not when the callback returns a forced value (found by probing)',
    code: `${agent}const team: Agent[] = [];\nexport const busiest = team.reduce((best, a) => (a.messages.length > best.messages.length ? a : best));\nexport const total = team.reduce((n, a) => n + a.messages.length, 0);\nexport const id = [busiest.id, team.reduceRight((x, y) => y).id];\nexport const odd = team.reduce((best, a) => { if (a.id) return a; return {} as never; }).id;`,
    output: `${agent}const team: Agent[] = [];\nexport const busiest = team.reduce((best, a) => (a.session.messages.length > best.session.messages.length ? a : best));\nexport const total = team.reduce((n, a) => n + a.session.messages.length, 0);\nexport const id = [busiest.session.id, team.reduceRight((x, y) => y).session.id];\nexport const odd = team.reduce((best, a) => { if (a.session.id) return a; return {} as never; }).id;`,
    errors: [
      { messageId: 'legacyMember', line: 3 },
      { messageId: 'legacyMember', line: 3 },
      { messageId: 'legacyMember', line: 4 },
      { messageId: 'legacyMember', line: 5 },
      { messageId: 'legacyMember', line: 5 },
      { messageId: 'legacyMember', line: 6 },
    ],
    v2: false,
  },
  {
    name: 'instances: a const a namespace of the file exports, read as Ns.x (found by probing)',
    code: `${agent}export namespace Bots {\n  export const s = new Agent({ llmConfig: { provider: 'x' } });\n  const hidden = new Agent({ llmConfig: { provider: 'y' } });\n  export const h = hidden;\n}\nexport const q = [Bots.s.generate('z'), Bots.h.id];`,
    output: `${agent}export namespace Bots {\n  export const s = new Agent({ llmConfig: { provider: 'x' } });\n  const hidden = new Agent({ llmConfig: { provider: 'y' } });\n  export const h = hidden;\n}\nexport const q = [Bots.s.chat('z'), Bots.h.session.id];`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: a global declared with an Agent annotation in declare global (found by probing)',
    code: `${agent}declare global {\n  var shared: Agent;\n}\nexport const a = shared.generate('x');\nexport function f() { return globalThis.shared; }`,
    output: `${agent}declare global {\n  var shared: Agent;\n}\nexport const a = shared.chat('x');\nexport function f() { return globalThis.shared; }`,
    errors: [{ messageId: 'legacyMember' }],
  },
  {
    name: 'a field a subclass writes with a stub through this, or declares again with one, is reported in the base class, not fixed (found by review)',
    code: `${agent}export class Bot {\n  session: Agent;\n  constructor() { this.session = new Agent({ llmConfig: { provider: 'x' } }); }\n  ask() { return this.session.generate('x'); }\n}\nexport class OfflineBot extends Bot { constructor() { super(); this.session = { generate: (p: string) => p } as never; } }`,
    output: null,
    errors: [{ messageId: 'legacyMemberManual', line: 5 }],
  },
  {
    name: 'Object.create, freezing or setPrototypeOf with the prototype are reads, not a polyfill: 1.x members are still fixed (found by review)',
    code: `${agent}export const double = Object.create(Agent.prototype);\nObject.freeze(Agent.prototype);\nclass Sub {}\nObject.setPrototypeOf(Sub.prototype, Agent.prototype);\nexport const has = 'generate' in Agent.prototype;\nexport const a = new Agent({ llmConfig: { provider: 'x' } });\nexport const r = a.generate('x');`,
    output: `${agent}export const double = Object.create(Agent.prototype);\nObject.freeze(Agent.prototype);\nclass Sub {}\nObject.setPrototypeOf(Sub.prototype, Agent.prototype);\nexport const has = 'generate' in Agent.prototype;\nexport const a = new Agent({ llmConfig: { provider: 'x' } });\nexport const r = a.chat('x');`,
    errors: [{ messageId: 'legacyMember', line: 8 }],
  },
  {
    name: 'instances: the element of a tuple of an Agent: a for…of pattern, a callback pattern, a const pattern, a literal index (found by the runtime fixtures)',
    code: `${agent}export async function review(panel: [Agent, string][], pair: readonly [agent: Agent, name: string]) {\n  for (const [s, persona] of panel) await s.generate(persona);\n  const [head] = pair;\n  return [panel.map(([s, p]) => s.generate(p)), head.id, pair[0].id, pair[1].length];\n}`,
    output: `${agent}export async function review(panel: [Agent, string][], pair: readonly [agent: Agent, name: string]) {\n  for (const [s, persona] of panel) await s.chat(persona);\n  const [head] = pair;\n  return [panel.map(([s, p]) => s.chat(p)), head.session.id, pair[0].session.id, pair[1].length];\n}`,
    errors: [
      { messageId: 'legacyMember', data: { object: 's', member: 'generate', replacement: 'chat(…)' } },
      { messageId: 'legacyMember', data: { object: 's', member: 'generate', replacement: 'chat(…)' } },
      { messageId: 'legacyMember', data: { object: 'head', member: 'id', replacement: 'session.id' } },
      { messageId: 'legacyMember', data: { object: 'pair[0]', member: 'id', replacement: 'session.id' } },
    ],
  },
  {
    name: 'instances: a property of the object literal every return of a factory of the file gives: destructured, read on a const, read on the call (found by the runtime fixtures)',
    code: `${agent}function makeDeps() {\n  return { session: new Agent({ llmConfig: { provider: 'x' } }), label: 'x' };\n}\nexport function handle() {\n  const { session } = makeDeps();\n  const deps = makeDeps();\n  return [session.id, deps.session.id, makeDeps().session.id];\n}`,
    output: `${agent}function makeDeps() {\n  return { session: new Agent({ llmConfig: { provider: 'x' } }), label: 'x' };\n}\nexport function handle() {\n  const { session } = makeDeps();\n  const deps = makeDeps();\n  return [session.session.id, deps.session.session.id, makeDeps().session.session.id];\n}`,
    errors: [
      { messageId: 'legacyMember', data: { object: 'session', member: 'id', replacement: 'session.id' } },
      { messageId: 'legacyMember', data: { object: 'deps.session', member: 'id', replacement: 'session.id' } },
      { messageId: 'legacyMember', data: { object: 'makeDeps().session', member: 'id', replacement: 'session.id' } },
    ],
  },
  {
    name: 'a polyfill of one 1.x member leaves the others 1.x: they are still fixed',
    code: `${agent}Agent.prototype.generate = function (this: Agent, p: string) { return this.chat(p); };\nconst a = new Agent({ llmConfig: { provider: 'x' } });\nexport const r = [a.generate('x'), a.id];`,
    output: `${agent}Agent.prototype.generate = function (this: Agent, p: string) { return this.chat(p); };\nconst a = new Agent({ llmConfig: { provider: 'x' } });\nexport const r = [a.generate('x'), a.session.id];`,
    errors: [{ messageId: 'legacyMember', data: { object: 'a', member: 'id', replacement: 'session.id' } }],
    v2: false,
  },
  {
    name: 'D7: a subclass of Agent that declares a 1.x member is reported: 2.0 calls chat, never the override (found by probing)',
    code: `${agent}export class Traced extends Agent {\n  generate(prompt?: string) { console.log('traced'); return this.chat(prompt ?? ''); }\n  get id() { return 'traced'; }\n  #save() {}\n  static load() {}\n  extra() { return 1; }\n}\nexport const Anon = class extends Agent { messages = [] };`,
    output: null,
    errors: [
      { messageId: 'legacyOverride', line: 3, column: 3, data: { className: 'Traced', base: 'Agent', member: 'generate', replacement: 'chat(…)' } },
      { messageId: 'legacyOverride', line: 4, column: 7, data: { className: 'Traced', base: 'Agent', member: 'id', replacement: 'session.id' } },
      { messageId: 'legacyOverride', line: 9, data: { className: '(anonymous class)', base: 'Agent', member: 'messages', replacement: 'session.messages' } },
    ],
    v2: false,
  },
  {
    name: 'instances: values() of a map or set is an iterator, whose ES2025 helpers find and map get its elements (found by review: a regression)',
    code: `${agent}const byId = new Map<string, Agent>();\ndeclare const crew: Set<Agent>;\nexport const pick = (id: string) => byId.values().find((s) => s.id === id);\nexport const all = crew.values().map((s) => s.messages);`,
    output: `${agent}const byId = new Map<string, Agent>();\ndeclare const crew: Set<Agent>;\nexport const pick = (id: string) => byId.values().find((s) => s.session.id === id);\nexport const all = crew.values().map((s) => s.session.messages);`,
    errors: [{ messageId: 'legacyMember', line: 4 }, { messageId: 'legacyMember', line: 5 }],
    v2: false,
  },
  {
    name: 'instances: the elements of a new Set<Agent>(), as of a new Map<string, Agent>() (found by the runtime fixtures)',
    code: `${agent}const active = new Set<Agent>();\nfor (const a of active) a.generate('x');\nactive.forEach((a) => a.save('p'));`,
    output: `${agent}const active = new Set<Agent>();\nfor (const a of active) a.chat('x');\nactive.forEach((a) => a.saveState('p'));`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: a function of the file with no return type that returns a variable holding one, the get-or-create pattern (found by the runtime fixtures)',
    code: `${agent}const cache = new Map<string, Agent>();\nfunction agentFor(user: string) {\n  let a = cache.get(user);\n  if (!a) {\n    a = new Agent({ llmConfig: { provider: 'x' } });\n    cache.set(user, a);\n  }\n  return a;\n}\nconst shared = new Agent({ llmConfig: { provider: 'x' } });\nconst pick = () => shared;\nexport const r = [agentFor('ana').generate('hi'), pick().id];`,
    output: `${agent}const cache = new Map<string, Agent>();\nfunction agentFor(user: string) {\n  let a = cache.get(user);\n  if (!a) {\n    a = new Agent({ llmConfig: { provider: 'x' } });\n    cache.set(user, a);\n  }\n  return a;\n}\nconst shared = new Agent({ llmConfig: { provider: 'x' } });\nconst pick = () => shared;\nexport const r = [agentFor('ana').chat('hi'), pick().session.id];`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: a getter with no return type gives what every return in it gives (found by the runtime fixtures)',
    code: `${agent}class Bot {\n  constructor(protected readonly agent: Agent) {}\n  get current() { return this.agent; }\n}\nexport const r = new Bot(new Agent({ llmConfig: { provider: 'x' } })).current.id;`,
    output: `${agent}class Bot {\n  constructor(protected readonly agent: Agent) {}\n  get current() { return this.agent; }\n}\nexport const r = new Bot(new Agent({ llmConfig: { provider: 'x' } })).current.session.id;`,
    errors: [{ messageId: 'legacyMember' }],
  },
  {
    name: 'instances: the elements of a Set of agents, in for…of and forEach (found by review)',
    code: `${agent}declare const set: Set<Agent>;\nset.forEach((a) => a.generate('x'));\nfor (const a of set) a.save('p');\nexport function ids(team: ReadonlySet<Agent>) { return [...team].map((a) => a.id); }`,
    output: `${agent}declare const set: Set<Agent>;\nset.forEach((a) => a.chat('x'));\nfor (const a of set) a.saveState('p');\nexport function ids(team: ReadonlySet<Agent>) { return [...team].map((a) => a.session.id); }`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: a function of the file with a block body returns what every return in it gives (found by the runtime fixtures)',
    code: `${agent}function make(fast: boolean) {\n  if (fast) return new Agent({ llmConfig: { provider: 'fast' } });\n  return new Agent({ llmConfig: { provider: 'x' } });\n}\nconst arrow = () => { return new Agent({ llmConfig: { provider: 'x' } }); };\nasync function open() { return new Agent({ llmConfig: { provider: 'x' } }); }\nexport async function main() { const s = make(true); return [s.id, arrow().generate('x'), (await open()).messages]; }`,
    output: `${agent}function make(fast: boolean) {\n  if (fast) return new Agent({ llmConfig: { provider: 'fast' } });\n  return new Agent({ llmConfig: { provider: 'x' } });\n}\nconst arrow = () => { return new Agent({ llmConfig: { provider: 'x' } }); };\nasync function open() { return new Agent({ llmConfig: { provider: 'x' } }); }\nexport async function main() { const s = make(true); return [s.session.id, arrow().chat('x'), (await open()).session.messages]; }`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: "instances: a factory arrow's result and a static field of a class of the file",
    code: `${agent}const make = () => new Agent({ llmConfig: { provider: 'x' } });\nexport const first = make().generate('hi');\nexport class Bot {\n  static shared = make();\n}\nexport const turns = Bot.shared.messages.length;`,
    output: `${agent}const make = () => new Agent({ llmConfig: { provider: 'x' } });\nexport const first = make().chat('hi');\nexport class Bot {\n  static shared = make();\n}\nexport const turns = Bot.shared.session.messages.length;`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },

  {
    name: 'instances: the elements of an array of agents, in for…of and in array callbacks',
    code: `${agent}const team: Agent[] = [new Agent({ llmConfig: { provider: 'a' } }), new Agent({ llmConfig: { provider: 'b' } })];\nconst pair = [new Agent({ llmConfig: { provider: 'c' } })];\nexport async function broadcast(text: string, extra: ReadonlyArray<Agent>) {\n  for (const member of team) await member.generate(text);\n  extra.forEach((member) => member.save(\`./\${member.id}.json\`));\n  return pair.map((member) => member.messages.length);\n}`,
    output: `${agent}const team: Agent[] = [new Agent({ llmConfig: { provider: 'a' } }), new Agent({ llmConfig: { provider: 'b' } })];\nconst pair = [new Agent({ llmConfig: { provider: 'c' } })];\nexport async function broadcast(text: string, extra: ReadonlyArray<Agent>) {\n  for (const member of team) await member.chat(text);\n  extra.forEach((member) => member.saveState(\`./\${member.session.id}.json\`));\n  return pair.map((member) => member.session.messages.length);\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },

  {
    name: 'instances: a property typed through a type alias, an interface it extends, Partial / Readonly / Required / Pick, a union with undefined or an intersection (found by probing: the rename went ahead and these stayed, unreported)',
    code: `${agent}type Deps = { s: Agent };\ninterface Base { s: Agent }\ninterface Ext extends Base { n: number }\nexport const f = (a: Deps, b: Ext, c: Partial<Deps>, d: Readonly<{ s: Agent }>, e: Required<Base>, g: Pick<Deps, 's'>, h: Deps | undefined, i: { t: number } & Deps) =>\n  [a.s.generate('x'), b.s.id, c.s?.id, d.s.messages, e.s.id, g.s.id, h?.s.id, i.s.id];\nexport function k({ s }: Readonly<Deps>) {\n  return s.generate('y');\n}`,
    output: `${agent}type Deps = { s: Agent };\ninterface Base { s: Agent }\ninterface Ext extends Base { n: number }\nexport const f = (a: Deps, b: Ext, c: Partial<Deps>, d: Readonly<{ s: Agent }>, e: Required<Base>, g: Pick<Deps, 's'>, h: Deps | undefined, i: { t: number } & Deps) =>\n  [a.s.chat('x'), b.s.session.id, c.s?.session.id, d.s.session.messages, e.s.session.id, g.s.session.id, h?.s.session.id, i.s.session.id];\nexport function k({ s }: Readonly<Deps>) {\n  return s.chat('y');\n}`,
    errors: Array.from({ length: 9 }, () => ({ messageId: 'legacyMember' as const })),
  },
  {
    name: 'instances: an array made of agents that the file also puts other values into (team.push(stub), team[1] = stub) may hold either: its elements are reported, not fixed; one given only agents is fixed (found by probing: in JS, the stub pushed got chat called)',
    code: `${agent}const team = [new Agent({ llmConfig: { provider: 'x' } })];\nteam.push({ generate: (p) => p });\nexport const r = team.map((s) => s.generate('x'));\nfor (const s of team) console.log(s.messages);\nexport const first = team[0].id;\nconst crew = [new Agent({ llmConfig: { provider: 'x' } })];\ncrew[1] = { id: 'stub' };\nexport const c = crew.find((s) => s.id === 'stub');\nconst pure = [new Agent({ llmConfig: { provider: 'x' } })];\npure.push(new Agent({ llmConfig: { provider: 'y' } }), ...pure);\nexport const p = pure.map((s) => s.generate('x'));`,
    output: `${agent}const team = [new Agent({ llmConfig: { provider: 'x' } })];\nteam.push({ generate: (p) => p });\nexport const r = team.map((s) => s.generate('x'));\nfor (const s of team) console.log(s.messages);\nexport const first = team[0].id;\nconst crew = [new Agent({ llmConfig: { provider: 'x' } })];\ncrew[1] = { id: 'stub' };\nexport const c = crew.find((s) => s.id === 'stub');\nconst pure = [new Agent({ llmConfig: { provider: 'x' } })];\npure.push(new Agent({ llmConfig: { provider: 'y' } }), ...pure);\nexport const p = pure.map((s) => s.chat('x'));`,
    filename: 'file.js',
    errors: [
      { messageId: 'legacyMemberManual', data: { object: 's', member: 'generate', replacement: 'chat(…)', reason: 'it holds an Agent on some paths only' } },
      { messageId: 'legacyMemberManual', data: { object: 's', member: 'messages', replacement: 'session.messages', reason: 'it holds an Agent on some paths only' } },
      { messageId: 'legacyMemberManual', data: { object: 'team[0]', member: 'id', replacement: 'session.id', reason: 'it holds an Agent on some paths only' } },
      { messageId: 'legacyMemberManual', data: { object: 's', member: 'id', replacement: 'session.id', reason: 'it holds an Agent on some paths only' } },
      { messageId: 'legacyMember', data: { object: 's', member: 'generate', replacement: 'chat(…)' } },
    ],
    v2: false,
  },
  {
    name: "instances: a value held on some paths only is reported under a type wrapper too (byName.get('a')!.generate): it was neither fixed nor reported after the rename (found by probing)",
    code: `${agent}const stub = { generate: (p: string) => p };\nconst byName = new Map([['a', new Agent({ llmConfig: { provider: 'x' } })]]);\nbyName.set('a', stub as any);\nexport const r = byName.get('a')!.generate('x');`,
    output: null,
    errors: [
      { messageId: 'legacyMemberManual', data: { object: "byName.get('a')!", member: 'generate', replacement: 'chat(…)', reason: 'it holds an Agent on some paths only' } },
    ],
    v2: false,
  },
  {
    name: 'instances: a const Map made from an entries literal that is handed on, aliased, exported or set through a wrapper (fill(m), alias.set, m.set.call, export { m }) is not provably a map of agents: its get became chat on the stub (found by probing)',
    code: `${agent}const stub = { generate: (p) => p };\nconst m1 = new Map([['a', new Agent({ llmConfig: { provider: 'x' } })]]);\nfunction fill(x) { x.set('a', stub); }\nfill(m1);\nconst m2 = new Map([['a', new Agent({ llmConfig: { provider: 'x' } })]]);\nconst alias = m2;\nalias.set('a', stub);\nconst m3 = new Map([['a', new Agent({ llmConfig: { provider: 'x' } })]]);\nm3.set.call(m3, 'a', stub);\nconst m4 = new Map([['a', new Agent({ llmConfig: { provider: 'x' } })]]);\nm4.set('b', new Agent({ llmConfig: { provider: 'y' } }));\nexport const r = [m1.get('a').generate('x'), m2.get('a').generate('x'), m3.get('a').generate('x'), m4.get('a').generate('x')];`,
    output: `${agent}const stub = { generate: (p) => p };\nconst m1 = new Map([['a', new Agent({ llmConfig: { provider: 'x' } })]]);\nfunction fill(x) { x.set('a', stub); }\nfill(m1);\nconst m2 = new Map([['a', new Agent({ llmConfig: { provider: 'x' } })]]);\nconst alias = m2;\nalias.set('a', stub);\nconst m3 = new Map([['a', new Agent({ llmConfig: { provider: 'x' } })]]);\nm3.set.call(m3, 'a', stub);\nconst m4 = new Map([['a', new Agent({ llmConfig: { provider: 'x' } })]]);\nm4.set('b', new Agent({ llmConfig: { provider: 'y' } }));\nexport const r = [m1.get('a').generate('x'), m2.get('a').generate('x'), m3.get('a').generate('x'), m4.get('a').chat('x')];`,
    filename: 'file.js',
    errors: [
      { messageId: 'legacyMemberManual', data: { object: "m1.get('a')", member: 'generate', replacement: 'chat(…)', reason: 'it holds an Agent on some paths only' } },
      { messageId: 'legacyMemberManual', data: { object: "m2.get('a')", member: 'generate', replacement: 'chat(…)', reason: 'it holds an Agent on some paths only' } },
      { messageId: 'legacyMemberManual', data: { object: "m3.get('a')", member: 'generate', replacement: 'chat(…)', reason: 'it holds an Agent on some paths only' } },
      { messageId: 'legacyMember', data: { object: "m4.get('a')", member: 'generate', replacement: 'chat(…)' } },
    ],
    v2: false,
  },
  {
    name: 'instances: the value of an entry of such a map, destructured in a for…of over the map or its entries() (for (const [name, s] of byName)), is reported as holding an Agent on some paths only; an array of pairs is not a map (found by probing: it was left silent)',
    code: `${agent}const stub = { generate: (p: string) => p, id: 'x' };\nconst byName = new Map([['live', new Agent({ llmConfig: { provider: 'x' } })], ['offline', stub as never]]);\nconst pairs = [new Agent({ llmConfig: { provider: 'x' } }), stub as never];\nfor (const [name, s] of byName) console.log(name, s.id);\nfor (const [, s] of byName.entries()) void s.generate('hi');\nfor (const [, s] of pairs) console.log(s);`,
    output: null,
    errors: [
      { messageId: 'legacyMemberManual', data: { object: 's', member: 'id', replacement: 'session.id', reason: 'it holds an Agent on some paths only' } },
      { messageId: 'legacyMemberManual', data: { object: 's', member: 'generate', replacement: 'chat(…)', reason: 'it holds an Agent on some paths only' } },
    ],
  },
  {
    name: 'instances: a const Map made from an entries literal with an Agent under one key and a forced stub under another is reported as holding an Agent on some paths only (found by probing: it was left silent)',
    code: `${agent}const stub = { generate: (p: string) => p };\nconst byName = new Map([['live', new Agent({ llmConfig: { provider: 'x' } })], ['offline', stub as never]]);\nexport const r = byName.get('live')!.generate('hi');\nfor (const s of byName.values()) console.log(s.id);`,
    output: null,
    errors: [
      { messageId: 'legacyMemberManual', data: { object: "byName.get('live')!", member: 'generate', replacement: 'chat(…)', reason: 'it holds an Agent on some paths only' } },
      { messageId: 'legacyMemberManual', data: { object: 's', member: 'id', replacement: 'session.id', reason: 'it holds an Agent on some paths only' } },
    ],
  },
  {
    name: 'instances: a const Map made from an entries literal of agents holds agents while the file sets nothing else in it; after byName.set(k, stub) its values are reported, not fixed (found by probing: the rename went ahead and these stayed, unreported)',
    code: `${agent}const pure = new Map([['a', new Agent({ llmConfig: { provider: 'x' } })], ['b', new Agent({ llmConfig: { provider: 'y' } })]]);\nexport const b = pure.get('a')?.generate('x');\nfor (const s of pure.values()) console.log(s.messages);\nconst byName = new Map([['a', new Agent({ llmConfig: { provider: 'x' } })]]);\nbyName.set('stub', { generate: (p) => p });\nexport const a = byName.get('a').generate('x');\nbyName.forEach((s) => s.id);\nfor (const s of byName.values()) console.log(s.messages);`,
    output: `${agent}const pure = new Map([['a', new Agent({ llmConfig: { provider: 'x' } })], ['b', new Agent({ llmConfig: { provider: 'y' } })]]);\nexport const b = pure.get('a')?.chat('x');\nfor (const s of pure.values()) console.log(s.session.messages);\nconst byName = new Map([['a', new Agent({ llmConfig: { provider: 'x' } })]]);\nbyName.set('stub', { generate: (p) => p });\nexport const a = byName.get('a').generate('x');\nbyName.forEach((s) => s.id);\nfor (const s of byName.values()) console.log(s.messages);`,
    filename: 'file.js',
    errors: [
      { messageId: 'legacyMember', data: { object: "pure.get('a')", member: 'generate', replacement: 'chat(…)' } },
      { messageId: 'legacyMember', data: { object: 's', member: 'messages', replacement: 'session.messages' } },
      { messageId: 'legacyMemberManual', data: { object: "byName.get('a')", member: 'generate', replacement: 'chat(…)', reason: 'it holds an Agent on some paths only' } },
      { messageId: 'legacyMemberManual', data: { object: 's', member: 'id', replacement: 'session.id', reason: 'it holds an Agent on some paths only' } },
      { messageId: 'legacyMemberManual', data: { object: 's', member: 'messages', replacement: 'session.messages', reason: 'it holds an Agent on some paths only' } },
    ],
    v2: false,
  },
  {
    name: "instances: a Map of agents' get, from a typed new Map or a Map annotation",
    code: `${agent}const sessions = new Map<string, Agent>();\nexport function transcript(id: string, archive: ReadonlyMap<string, Agent>) {\n  const live = sessions.get(id);\n  if (live) return live.getHistory({ limit: 50 });\n  return archive.get(id)?.messages ?? [];\n}`,
    output: `${agent}const sessions = new Map<string, Agent>();\nexport function transcript(id: string, archive: ReadonlyMap<string, Agent>) {\n  const live = sessions.get(id);\n  if (live) return live.session.getHistory({ limit: 50 });\n  return archive.get(id)?.session.messages ?? [];\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember', data: { object: 'archive.get(id)', member: 'messages', replacement: 'session.messages' } }],
  },

  {
    name: 'instances: a destructured parameter typed with an interface of the file',
    code: `${agent}interface Deps {\n  session: Agent;\n  log: (line: string) => void;\n}\nexport async function handle({ session, log }: Deps, { session: backup }: Deps, text: string) {\n  log(session.id);\n  return (await session.generate(text)).content + backup.messages.length;\n}`,
    output: `${agent}interface Deps {\n  session: Agent;\n  log: (line: string) => void;\n}\nexport async function handle({ session, log }: Deps, { session: backup }: Deps, text: string) {\n  log(session.session.id);\n  return (await session.chat(text)).content + backup.session.messages.length;\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },

  {
    name: 'instances: a destructured parameter typed with an inline object type',
    code: `${agent}export async function handle({ session }: { session: Agent }, deps: { backup: Agent }) {\n  return (await session.generate('hi')).content + deps.backup.messages.length;\n}`,
    output: `${agent}export async function handle({ session }: { session: Agent }, deps: { backup: Agent }) {\n  return (await session.chat('hi')).content + deps.backup.session.messages.length;\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },

  // ---- Spies name a member by string: reported, never rewritten ------------------------------
  {
    name: "spy: vi.spyOn(agent, 'generate') is reported with no fix (chat has other options and results)",
    code: `import { vi } from 'vitest';\n${agent}const a = new Agent({ llmConfig: { provider: 'x' } });\nvi.spyOn(a, 'generate').mockResolvedValue({ content: 'hi', toolCalls: [] });`,
    output: null,
    errors: [{ messageId: 'spiedMember', data: { call: "vi.spyOn(a, 'generate')", member: 'generate', replacement: 'chat' } }],
    v2: false,
  },
  {
    name: "spy: jest.spyOn on a 1.x Session's load and on a getter is reported before the import is migrated",
    code: `${session}const s = new Session();\njest.spyOn(Session, 'load');\njest.spyOn(s, "messages", 'get');`,
    output: null,
    errors: [
      { messageId: 'legacyOptionsBeforeImport' },
      { messageId: 'spiedMember', data: { call: "jest.spyOn(Session, 'load')", member: 'load', replacement: 'loadState (on an instance)' } },
      { messageId: 'spiedMember', data: { call: "jest.spyOn(s, 'messages')", member: 'messages', replacement: 'session.messages' } },
    ],
    v2: false,
  },

  // ---- Audit: rows and paths the cases above leave implicit ---------------------------------
  {
    name: 'options: enableMemory true without persistMemory → memoryConfig { temporal: true } (exact message)',
    code: `${agent}export const a = new Agent({ provider: 'openai', enableMemory: true });`,
    output: `${agent}export const a = new Agent({ llmConfig: { provider: 'openai' }, memoryConfig: { temporal: true } });`,
    errors: [
      {
        messageId: 'legacyOptions',
        data: { className: 'Agent', shape: '{ llmConfig: { provider, model }, memoryConfig, tools, enableReasoning, enableRetry }' },
      },
    ],
  },
  {
    name: "options: new Agent with no parentheses gets the 'ollama' llmConfig too (exact message)",
    code: `${agent}export const a = new Agent;`,
    output: `${agent}export const a = new Agent({ llmConfig: { provider: 'ollama' } });`,
    errors: [{ messageId: 'legacyOptions', data: { className: 'Agent', shape: "{ llmConfig: { provider: 'ollama' } }" } }],
  },
  {
    name: 'options: comments inside values are kept byte for byte, a comment before a value moves before its option, a shorthand is spelled out',
    code: `${agent}declare const model: string;\nexport const a = new Agent({ provider: /* hosted */ 'openai', model, tools: [/* none yet */] });`,
    output: `${agent}declare const model: string;\nexport const a = new Agent({ /* hosted */ llmConfig: { provider: 'openai', model: model }, tools: [/* none yet */] });`,
    errors: [{ messageId: 'legacyOptions' }],
  },
  {
    name: 'options: a persistMemory with side effects under a non-literal enableMemory is reported only (2.0 would evaluate it conditionally)',
    code: `${agent}declare const remember: boolean;\ndeclare function memoryDir(): string;\ndeclare const cfg: object;\nexport const a = new Agent({ enableMemory: remember, persistMemory: memoryDir() });\nexport const b = new Agent({ enableMemory: remember, persistMemory: 'dir' in cfg ? './m' : undefined });\nexport const c = new Agent({ enableMemory: remember, persistMemory: remember ? memoryDir() : './m' });`,
    output: null,
    // `in` may run a proxy's trap; a conditional is as free of effects as its parts.
    errors: Array.from({ length: 3 }, () => ({
      messageId: 'legacyOptionsManual' as const,
      data: { className: 'Agent', reason: 'a persistMemory that 2.0 evaluates only when memory is on has side effects' },
    })),
  },
  {
    name: 'options: an option given twice, and 2.0 options among 1.x ones or without llmConfig, are reported only',
    code: `${agent}export const a = new Agent({ provider: 'openai', provider: 'ollama' });\nexport const b = new Agent({ llmConfig: { provider: 'openai' }, enableReact: false });\nexport const c = new Agent({ enableReasoning: false });`,
    output: null,
    errors: [
      { messageId: 'legacyOptionsManual', data: { className: 'Agent', reason: "'provider' given twice" } },
      { messageId: 'legacyOptionsManual', data: { className: 'Agent', reason: "the 2.0 option 'llmConfig' mixed with 1.x options" } },
      { messageId: 'legacyOptionsManual', data: { className: 'Agent', reason: "the 2.0 option 'enableReasoning' mixed with 1.x options or without 'llmConfig'" } },
    ],
  },
  {
    name: 'members: argument expressions and the comments inside them are kept byte for byte',
    code: `${agent}const a = new Agent({ llmConfig: { provider: 'x' } });\nexport const r = a.generate(/* the prompt */ 'hi', { createReactCycle: /* deep */ true, useTools: false });`,
    output: `${agent}const a = new Agent({ llmConfig: { provider: 'x' } });\nexport const r = a.chat(/* the prompt */ 'hi', { useReasoning: /* deep */ true, useTools: false });`,
    errors: [{ messageId: 'legacyMember', data: { object: 'a', member: 'generate', replacement: 'chat(…)' } }],
  },
  {
    name: 'members: generateWithTools with empty options, a trailing comma in the options, a trailing comma after the prompt',
    code: `${agent}const a = new Agent({ llmConfig: { provider: 'x' } });\nexport const r = a.generateWithTools('hi', {});\nexport const q = a.generateWithTools('hi', { createReactCycle: true, });\nexport const z = a.generateWithTools('hi',);`,
    output: `${agent}const a = new Agent({ llmConfig: { provider: 'x' } });\nexport const r = a.chat('hi', { useTools: true });\nexport const q = a.chat('hi', { useReasoning: true, useTools: true, });\nexport const z = a.chat('hi', { useTools: true });`,
    errors: [
      { messageId: 'legacyMember', data: { object: 'a', member: 'generateWithTools', replacement: 'chat(…)' } },
      { messageId: 'legacyMember', data: { object: 'a', member: 'generateWithTools', replacement: 'chat(…)' } },
      { messageId: 'legacyMember', data: { object: 'a', member: 'generateWithTools', replacement: 'chat(…)' } },
    ],
  },
  {
    name: 'members: the fix of an outer generateWithTools carries the inner one, so nested calls take one pass (D6)',
    code: `${agent}const a = new Agent({ llmConfig: { provider: 'x' } });\nexport const r = a.generateWithTools(a.generateWithTools('x'));`,
    output: `${agent}const a = new Agent({ llmConfig: { provider: 'x' } });\nexport const r = a.chat(a.chat('x', { useTools: true }), { useTools: true });`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
    v2: false, // chat's result is not a prompt; the case is about the passes
  },
  {
    name: 'members and options: an options rewrite writes the member fixes inside its values, in one pass',
    code: `${agent}declare const a: Agent;\nexport const child = new Agent({ provider: 'openai', model: a.getHistory({ limit: 1 })[0]?.content, tools: [] });\nexport const id = a.id;`,
    output: `${agent}declare const a: Agent;\nexport const child = new Agent({ llmConfig: { provider: 'openai', model: a.session.getHistory({ limit: 1 })[0]?.content }, tools: [] });\nexport const id = a.session.id;`,
    errors: [{ messageId: 'legacyOptions' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'options: a construction nested in the options of another is written into them, in one pass',
    code: `${agent}declare const a: Agent;\nexport const b = new Agent({ provider: 'openai', model: new Agent({ provider: 'x', model: a.id }).session.id });`,
    output: `${agent}declare const a: Agent;\nexport const b = new Agent({ llmConfig: { provider: 'openai', model: new Agent({ llmConfig: { provider: 'x', model: a.session.id } }).session.id } });`,
    errors: [{ messageId: 'legacyOptions' }, { messageId: 'legacyOptions' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'members: generate.call, a written read, spread arguments and a third argument are reported only',
    code: `${agent}declare const args: [string];\nexport function f(a: Agent) {\n  a.generate.call(a, 'x');\n  (a as any).messages = [];\n  a.generate(...args);\n  a.generate('x', {}, 1);\n}`,
    output: null,
    errors: [
      { messageId: 'legacyMemberManual', data: { object: 'a', member: 'generate', replacement: 'chat(…)', reason: 'not a direct call' } },
      { messageId: 'legacyMemberManual', data: { object: '(a as any)', member: 'messages', replacement: 'session.messages', reason: 'not a plain read' } },
      { messageId: 'legacyMemberManual', data: { object: 'a', member: 'generate', replacement: 'chat(…)', reason: 'spread arguments' } },
      { messageId: 'legacyMemberManual', data: { object: 'a', member: 'generate', replacement: 'chat(…)', reason: 'more than two arguments' } },
    ],
  },
  {
    name: 'members: Agent.load(path) in a let gets the suggestion too, and the loaded binding is an instance',
    code: `${agent}export function restore(path: string) {\n  let a = Agent.load(path);\n  return a.generate('resume');\n}`,
    output: `${agent}export function restore(path: string) {\n  let a = Agent.load(path);\n  return a.chat('resume');\n}`,
    errors: [
      {
        messageId: 'load',
        data: { className: 'Agent' },
        suggestions: [
          {
            messageId: 'suggestLoadState',
            output: `${agent}export function restore(path: string) {\n  let a = new Agent({ llmConfig: { provider: 'ollama' } });\n  a.loadState(path);\n  return a.generate('resume');\n}`,
          },
        ],
      },
      { messageId: 'legacyMember', data: { object: 'a', member: 'generate', replacement: 'chat(…)' } },
    ],
    v2: false, // Agent.load stays, reported, for a person
  },
  {
    name: 'detection: a class property annotated Agent and assigned from a constructor parameter',
    code: `${agent}export class Support {\n  private agent: Agent;\n  constructor(agent: Agent) { this.agent = agent; }\n  history() { return this.agent.getHistory({ limit: 5 }); }\n}`,
    output: `${agent}export class Support {\n  private agent: Agent;\n  constructor(agent: Agent) { this.agent = agent; }\n  history() { return this.agent.session.getHistory({ limit: 5 }); }\n}`,
    errors: [{ messageId: 'legacyMember', data: { object: 'this.agent', member: 'getHistory', replacement: 'session.getHistory(…)' } }],
  },
  {
    name: "detection: a CommonJS module object and a var bound to require('abstractagent').Agent",
    code: "const agents = require('abstractagent');\nvar Agent = require('abstractagent').Agent;\nconst a = new agents.Agent({ provider: 'x' });\nconst b = new Agent({ model: 'm' });\nmodule.exports = () => [a.save('p'), b.id];",
    output: "const agents = require('abstractagent');\nvar Agent = require('abstractagent').Agent;\nconst a = new agents.Agent({ llmConfig: { provider: 'x' } });\nconst b = new Agent({ llmConfig: { provider: 'ollama', model: 'm' } });\nmodule.exports = () => [a.saveState('p'), b.session.id];",
    errors: [
      { messageId: 'legacyOptions', data: { className: 'agents.Agent', shape: '{ llmConfig: { provider, model }, memoryConfig, tools, enableReasoning, enableRetry }' } },
      { messageId: 'legacyOptions', data: { className: 'Agent', shape: '{ llmConfig: { provider, model }, memoryConfig, tools, enableReasoning, enableRetry }' } },
      { messageId: 'legacyMember', data: { object: 'a', member: 'save', replacement: 'saveState(…)' } },
      { messageId: 'legacyMember', data: { object: 'b', member: 'id', replacement: 'session.id' } },
    ],
    filename: 'bot.cjs',
    v2: false,
  },
  {
    name: 'options: a comma expression keeps its parentheses (without them it would become a second property)',
    code: `${agent}declare function registerTools(): void;\ndeclare const tools: [];\nexport const a = new Agent({ enableMemory: true, persistMemory: (registerTools(), './m'), tools: (registerTools(), tools) });`,
    output: `${agent}declare function registerTools(): void;\ndeclare const tools: [];\nexport const a = new Agent({ llmConfig: { provider: 'ollama' }, memoryConfig: { temporal: true, persistPath: (registerTools(), './m') }, tools: (registerTools(), tools) });`,
    errors: [{ messageId: 'legacyOptions' }],
  },
  {
    name: 'members: the Agent.load suggestion keeps the parentheses of a comma expression path',
    code: `${agent}declare function touch(): void;\nexport function restore(path: string) {\n  const a = Agent.load((touch(), path));\n  return a;\n}`,
    output: null,
    errors: [
      {
        messageId: 'load',
        suggestions: [
          {
            messageId: 'suggestLoadState',
            output: `${agent}declare function touch(): void;\nexport function restore(path: string) {\n  const a = new Agent({ llmConfig: { provider: 'ollama' } });\n  a.loadState((touch(), path));\n  return a;\n}`,
          },
        ],
      },
    ],
    v2: false,
  },
  {
    name: "1.x Session: a class read off require('abstractllm') is followed, so its uses are reported before the rename",
    code: "const Session = require('abstractllm').Session;\nconst s = new Session({ provider: 'x' });\nmodule.exports = () => s.generate('q');",
    output: null,
    errors: [
      { messageId: 'legacyOptionsBeforeImport', data: { className: 'Session' } },
      { messageId: 'legacyMemberBeforeImport', data: { object: 's', member: 'generate', replacement: 'chat(…)' } },
    ],
    filename: 'bot.cjs',
  },
  // Found by probing the rule with unusual forms.
  {
    name: "options: a provider that is a comma expression ending in a literal, or a compound assignment, cannot be nullish: no `?? 'ollama'`",
    code: `${agent}declare function log(): void;\nlet region = 'openai';\nexport const a = new Agent({ provider: (log(), 'openai') });\nexport const b = new Agent({ provider: region += '-eu' });`,
    output: `${agent}declare function log(): void;\nlet region = 'openai';\nexport const a = new Agent({ llmConfig: { provider: (log(), 'openai') } });\nexport const b = new Agent({ llmConfig: { provider: region += '-eu' } });`,
    errors: [{ messageId: 'legacyOptions' }, { messageId: 'legacyOptions' }],
  },
  {
    name: "options: a provider written with void and a side effect is reported only: `(void track()) ?? 'ollama'` is TS2869, and 'ollama' alone drops the call (found by probing)",
    code: `${agent}declare function track(): void;\ndeclare const c: boolean;\nexport const a = new Agent({ provider: void track() });\nexport const b = new Agent({ provider: c ? void track() : 'openai', model: 'm' });`,
    output: null,
    errors: [
      { messageId: 'legacyOptionsManual', data: { className: 'Agent', reason: "a provider written with `void`: it is undefined, so 1.x used 'ollama', but TypeScript rejects `?? 'ollama'` after a `void`" } },
      { messageId: 'legacyOptionsManual', data: { className: 'Agent', reason: "a provider written with `void`: it is undefined, so 1.x used 'ollama', but TypeScript rejects `?? 'ollama'` after a `void`" } },
    ],
  },
  {
    name: "options: void of something with no effect is the default itself, written as 'ollama'; a void under ?? keeps the fallback",
    code: `${agent}declare const p: string | undefined;\nexport const a = new Agent({ provider: void 0 });\nexport const b = new Agent({ provider: p ?? void 0 });`,
    output: `${agent}declare const p: string | undefined;\nexport const a = new Agent({ llmConfig: { provider: 'ollama' } });\nexport const b = new Agent({ llmConfig: { provider: (p ?? void 0) ?? 'ollama' } });`,
    errors: [{ messageId: 'legacyOptions' }, { messageId: 'legacyOptions' }],
  },
  {
    name: 'instances: a || b of two instances holds one too',
    code: `${agent}export function ask(existing?: Agent) {\n  const t = existing || new Agent({ llmConfig: { provider: 'x' } });\n  return t.id;\n}`,
    output: `${agent}export function ask(existing?: Agent) {\n  const t = existing || new Agent({ llmConfig: { provider: 'x' } });\n  return t.session.id;\n}`,
    errors: [{ messageId: 'legacyMember' }],
  },
  {
    name: 'instances (fourth probing round): a field read on an instance of a class of the file, a const object literal property, an abstract property, a getter, a method on new Bot()',
    code: `${agent}abstract class Base {\n  protected abstract agent: Agent;\n  send() { return this.agent.generate('hi'); }\n}\nclass Bot {\n  agent = new Agent({ llmConfig: { provider: 'x' } });\n  get current(): Agent { return this.agent; }\n  make(): Agent { return this.agent; }\n  ask() { return this.current.generate('hi'); }\n}\nconst bot = new Bot();\nconst lit = { agent: new Agent({ llmConfig: { provider: 'x' } }) };\nexport const all = [Base, bot.agent.generate('a'), new Bot().make().id, lit.agent.id];`,
    output: `${agent}abstract class Base {\n  protected abstract agent: Agent;\n  send() { return this.agent.chat('hi'); }\n}\nclass Bot {\n  agent = new Agent({ llmConfig: { provider: 'x' } });\n  get current(): Agent { return this.agent; }\n  make(): Agent { return this.agent; }\n  ask() { return this.current.chat('hi'); }\n}\nconst bot = new Bot();\nconst lit = { agent: new Agent({ llmConfig: { provider: 'x' } }) };\nexport const all = [Base, bot.agent.chat('a'), new Bot().make().session.id, lit.agent.session.id];`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: a union of the class in both versions, and ?? between two instances',
    code: "import { Agent } from 'abstractagent';\nimport type { Session } from 'abstractllm';\nexport function ask(s: Session | Agent, existing?: Agent) {\n  const t = existing ?? new Agent({ llmConfig: { provider: 'x' } });\n  return [s.generate('hi'), t.id];\n}",
    output: "import { Agent } from 'abstractagent';\nimport type { Session } from 'abstractllm';\nexport function ask(s: Session | Agent, existing?: Agent) {\n  const t = existing ?? new Agent({ llmConfig: { provider: 'x' } });\n  return [s.generate('hi'), t.session.id];\n}",
    errors: [{ messageId: 'legacyMemberBeforeImport' }, { messageId: 'legacyMember' }],
    v2: false,
  },
  {
    name: 'instances: the result of a method of a class of the file declared to return one (this.open(), router.open(), Router.create())',
    code: `${agent}export class Router {\n  static create(): Agent { return new Agent({ llmConfig: { provider: 'x' } }); }\n  async open(): Promise<Agent> { return Router.create(); }\n  async ask() { const a = await this.open(); return a.generate('x'); }\n}\nconst router = new Router();\nexport const id = async () => (await router.open()).id + Router.create().id;`,
    output: `${agent}export class Router {\n  static create(): Agent { return new Agent({ llmConfig: { provider: 'x' } }); }\n  async open(): Promise<Agent> { return Router.create(); }\n  async ask() { const a = await this.open(); return a.chat('x'); }\n}\nconst router = new Router();\nexport const id = async () => (await router.open()).session.id + Router.create().session.id;`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: "instances: the class under a type wrapper or an optional chain (new (Agent as any)(…), new Agent!(…), require('…')?.Agent), and an accessor field",
    code: `${agent}const s = new (Agent as any)({ model: 'm' });\nexport const r = s.generate('x');\nexport const t = new Agent!({ model: 'm' });\nexport class C { accessor a = new Agent({ llmConfig: { provider: 'x' } }); m() { return this.a.generate('hi'); } }`,
    output: `${agent}const s = new (Agent as any)({ llmConfig: { provider: 'ollama', model: 'm' } });\nexport const r = s.chat('x');\nexport const t = new Agent!({ llmConfig: { provider: 'ollama', model: 'm' } });\nexport class C { accessor a = new Agent({ llmConfig: { provider: 'x' } }); m() { return this.a.chat('hi'); } }`,
    errors: [{ messageId: 'legacyOptions' }, { messageId: 'legacyMember' }, { messageId: 'legacyOptions' }, { messageId: 'legacyMember' }],
  },
  {
    name: "instances: a class read off require('…')?. is followed like one read off require('…').",
    code: "const S = require('abstractagent')?.Agent;\nconst s = new S({ model: 'm' });\nmodule.exports = s.generate('hi');",
    output: "const S = require('abstractagent')?.Agent;\nconst s = new S({ llmConfig: { provider: 'ollama', model: 'm' } });\nmodule.exports = s.chat('hi');",
    errors: [{ messageId: 'legacyOptions' }, { messageId: 'legacyMember' }],
    filename: 'chain.cjs',
  },
  {
    name: "instances: import('…').Agent types, type aliases, const copies, and a conditional that makes one either way",
    code: `${agent}type Llm = Agent;\nexport function f(s: import('abstractagent').Agent, t: Llm, fast: boolean) {\n  const u = s;\n  const v = fast ? new Agent({ llmConfig: { provider: 'a' } }) : new Agent({ llmConfig: { provider: 'b' } });\n  return [s.id, t.id, u.id, v.id];\n}`,
    output: `${agent}type Llm = Agent;\nexport function f(s: import('abstractagent').Agent, t: Llm, fast: boolean) {\n  const u = s;\n  const v = fast ? new Agent({ llmConfig: { provider: 'a' } }) : new Agent({ llmConfig: { provider: 'b' } });\n  return [s.session.id, t.session.id, u.session.id, v.session.id];\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: a Map or an array held in a class field, read through this',
    code: `${agent}export class Router {\n  private sessions = new Map<string, Agent>();\n  private pool: Agent[] = [];\n  get(id: string) { return this.sessions.get(id)!.id; }\n  all() { return this.pool.map((s) => s.generate('x')); }\n  first() { return this.pool[0]!.id; }\n}`,
    output: `${agent}export class Router {\n  private sessions = new Map<string, Agent>();\n  private pool: Agent[] = [];\n  get(id: string) { return this.sessions.get(id)!.session.id; }\n  all() { return this.pool.map((s) => s.chat('x')); }\n  first() { return this.pool[0]!.session.id; }\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: the awaited call of an async arrow that makes one, and a const given its promise, awaited',
    code: `${agent}const open = async () => new Agent({ llmConfig: { provider: 'x' } });\nexport async function ask(q: string) {\n  const a = await open();\n  const p = open();\n  return [a.generate(q), (await p).id];\n}`,
    output: `${agent}const open = async () => new Agent({ llmConfig: { provider: 'x' } });\nexport async function ask(q: string) {\n  const a = await open();\n  const p = open();\n  return [a.chat(q), (await p).session.id];\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: a variable declared bare and only ever assigned instances (CommonJS lazy init)',
    code: "const { Agent } = require('abstractagent');\nlet agent;\nfunction init() { agent = new Agent({ llmConfig: { provider: 'x' } }); }\nlet other;\nfunction reset() { other = new Agent({ llmConfig: { provider: 'x' } }); other = { generate: (q) => q }; }\nmodule.exports = { init, reset, ask: (q) => agent.generate(q), echo: (q) => other.generate(q) };",
    output: "const { Agent } = require('abstractagent');\nlet agent;\nfunction init() { agent = new Agent({ llmConfig: { provider: 'x' } }); }\nlet other;\nfunction reset() { other = new Agent({ llmConfig: { provider: 'x' } }); other = { generate: (q) => q }; }\nmodule.exports = { init, reset, ask: (q) => agent.chat(q), echo: (q) => other.generate(q) };",
    errors: [{ messageId: 'legacyMember' }],
    filename: 'lazy.cjs',
    v2: false, // JavaScript: strict TypeScript would only say the lets are implicitly any
  },
  {
    name: 'instances: a field assigned with ??= or ||= another instance stays one (either value is an Agent)',
    code: `${agent}export class Bot {\n  b = new Agent({ llmConfig: { provider: 'x' } });\n  lazy;\n  open() { this.b ||= new Agent({ llmConfig: { provider: 'y' } }); this.lazy ??= new Agent({ llmConfig: { provider: 'z' } }); }\n  ask() { return [this.b.generate('x'), this.lazy.id]; }\n}`,
    output: `${agent}export class Bot {\n  b = new Agent({ llmConfig: { provider: 'x' } });\n  lazy;\n  open() { this.b ||= new Agent({ llmConfig: { provider: 'y' } }); this.lazy ??= new Agent({ llmConfig: { provider: 'z' } }); }\n  ask() { return [this.b.chat('x'), this.lazy.session.id]; }\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
    v2: false, // a bare field is implicitly any to strict TypeScript
  },
  {
    name: 'instances: in a static method, block or field, this.shared is the static field (second probing round)',
    code: `${agent}class Bot {\n  static shared = new Agent({ llmConfig: { provider: 'x' } });\n  static ask(p: string) { return this.shared.generate(p); }\n  static id = this.shared.id;\n  static { void this.shared.messages; }\n}\nexport { Bot };`,
    output: `${agent}class Bot {\n  static shared = new Agent({ llmConfig: { provider: 'x' } });\n  static ask(p: string) { return this.shared.chat(p); }\n  static id = this.shared.session.id;\n  static { void this.shared.session.messages; }\n}\nexport { Bot };`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: a static field a static method assigns another instance through this stays one',
    code: `${agent}export class Bot {\n  static shared = new Agent({ llmConfig: { provider: 'x' } });\n  static reset() { this.shared = new Agent({ llmConfig: { provider: 'y' } }); }\n  static ask(p: string) { return this.shared.generate(p); }\n}`,
    output: `${agent}export class Bot {\n  static shared = new Agent({ llmConfig: { provider: 'x' } });\n  static reset() { this.shared = new Agent({ llmConfig: { provider: 'y' } }); }\n  static ask(p: string) { return this.shared.chat(p); }\n}`,
    errors: [{ messageId: 'legacyMember' }],
  },
  {
    name: 'instances: a field assigned a local instance or a parameter with an instance default, in JavaScript (found by probing)',
    code: "const { Agent } = require('abstractagent');\nclass SupportBot {\n  constructor() {\n    const agent = new Agent({ llmConfig: { provider: 'openai' } });\n    this.agent = agent;\n  }\n  answer(q) { return this.agent.generate(q); }\n}\nclass Injected {\n  constructor(agent = new Agent({ llmConfig: { provider: 'x' } })) { this.agent = agent; this.backup = this.agent; }\n  answer(q) { const a = this.agent; this.copy = a; return [this.agent.generate(q), a.id]; }\n}\nmodule.exports = { SupportBot, Injected };",
    output: "const { Agent } = require('abstractagent');\nclass SupportBot {\n  constructor() {\n    const agent = new Agent({ llmConfig: { provider: 'openai' } });\n    this.agent = agent;\n  }\n  answer(q) { return this.agent.chat(q); }\n}\nclass Injected {\n  constructor(agent = new Agent({ llmConfig: { provider: 'x' } })) { this.agent = agent; this.backup = this.agent; }\n  answer(q) { const a = this.agent; this.copy = a; return [this.agent.chat(q), a.session.id]; }\n}\nmodule.exports = { SupportBot, Injected };",
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
    filename: 'bot.cjs',
    v2: false, // JavaScript: strict TypeScript knows no fields assigned only in the constructor
  },
  {
    name: 'instances: a constructor parameter property with an instance default and no annotation, and a field initialised with a const instance (found by probing)',
    code: `${agent}const shared = new Agent({ llmConfig: { provider: 'x' } });\nexport class Summarizer {\n  fallback = shared;\n  constructor(private readonly agent = new Agent({ llmConfig: { provider: 'openai' } })) {}\n  async summarise(text: string) { this.agent.addMessage('system', 'Be brief.'); return [await this.agent.generate(text), this.fallback.id]; }\n  turns() { return this.agent.messages.length; }\n}`,
    output: `${agent}const shared = new Agent({ llmConfig: { provider: 'x' } });\nexport class Summarizer {\n  fallback = shared;\n  constructor(private readonly agent = new Agent({ llmConfig: { provider: 'openai' } })) {}\n  async summarise(text: string) { this.agent.session.addMessage('system', 'Be brief.'); return [await this.agent.chat(text), this.fallback.session.id]; }\n  turns() { return this.agent.session.messages.length; }\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: an annotated parameter or variable that is reassigned stays one: the annotation decides (found by probing)',
    code: `${agent}const shared = new Agent({ llmConfig: { provider: 'openai' } });\ndeclare function lookup(id: string): unknown;\nexport async function ask(p: string, agent?: Agent) {\n  agent = agent ?? shared;\n  return (await agent.generate(p)).content;\n}\nexport function history(id: string) {\n  let agent: Agent = shared;\n  if (id) agent = lookup(id) as Agent;\n  return agent.messages;\n}\nexport function idOf(agent?: Agent) {\n  agent ??= shared;\n  return agent.id;\n}`,
    output: `${agent}const shared = new Agent({ llmConfig: { provider: 'openai' } });\ndeclare function lookup(id: string): unknown;\nexport async function ask(p: string, agent?: Agent) {\n  agent = agent ?? shared;\n  return (await agent.chat(p)).content;\n}\nexport function history(id: string) {\n  let agent: Agent = shared;\n  if (id) agent = lookup(id) as Agent;\n  return agent.session.messages;\n}\nexport function idOf(agent?: Agent) {\n  agent ??= shared;\n  return agent.session.id;\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: an abstract accessor field, the elements of a rest parameter, an abstract method declared to return one (found by probing)',
    code: `${agent}export abstract class Assistant {\n  abstract accessor agent: Agent;\n  abstract open(): Agent;\n  answer(q: string) { return [this.agent.generate(q), this.open().id]; }\n}\nexport async function broadcast(prompt: string, ...agents: Agent[]) {\n  for (const a of agents) await a.generate(prompt);\n  return [agents.map((a) => a.id), agents[0]!.messages];\n}`,
    output: `${agent}export abstract class Assistant {\n  abstract accessor agent: Agent;\n  abstract open(): Agent;\n  answer(q: string) { return [this.agent.chat(q), this.open().session.id]; }\n}\nexport async function broadcast(prompt: string, ...agents: Agent[]) {\n  for (const a of agents) await a.chat(prompt);\n  return [agents.map((a) => a.session.id), agents[0]!.session.messages];\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: a method called on what a static method of the class is declared to return (const router = Router.create(), Router.create().open())',
    code: `${agent}class Router {\n  static create(): Router { return new Router(); }\n  async open(): Promise<Agent> { return new Agent({ llmConfig: { provider: 'x' } }); }\n  current(): Agent { return new Agent({ llmConfig: { provider: 'x' } }); }\n}\nexport async function handle(p: string) {\n  const router = Router.create();\n  const a = await router.open();\n  return [await a.generate(p), Router.create().current().id];\n}`,
    output: `${agent}class Router {\n  static create(): Router { return new Router(); }\n  async open(): Promise<Agent> { return new Agent({ llmConfig: { provider: 'x' } }); }\n  current(): Agent { return new Agent({ llmConfig: { provider: 'x' } }); }\n}\nexport async function handle(p: string) {\n  const router = Router.create();\n  const a = await router.open();\n  return [await a.chat(p), Router.create().current().session.id];\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'instances: a field destructured from this, a static one in a static method, and a property destructured from a const object literal (found by probing)',
    code: `${agent}export class Bot {\n  agent = new Agent({ llmConfig: { provider: 'openai' } });\n  static shared = new Agent({ llmConfig: { provider: 'x' } });\n  async ask(p: string) {\n    const { agent } = this;\n    return (await agent.generate(p)).content;\n  }\n  static id() { const { shared: s } = this; return s.id; }\n}\nconst deps = { agent: new Agent({ llmConfig: { provider: 'x' } }) };\nexport function f(p: string) {\n  const { agent } = deps;\n  return agent.generate(p);\n}`,
    output: `${agent}export class Bot {\n  agent = new Agent({ llmConfig: { provider: 'openai' } });\n  static shared = new Agent({ llmConfig: { provider: 'x' } });\n  async ask(p: string) {\n    const { agent } = this;\n    return (await agent.chat(p)).content;\n  }\n  static id() { const { shared: s } = this; return s.session.id; }\n}\nconst deps = { agent: new Agent({ llmConfig: { provider: 'x' } }) };\nexport function f(p: string) {\n  const { agent } = deps;\n  return agent.chat(p);\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: "instances: a binding initialised with a Map's get under ! or as",
    code: `${agent}const sessions = new Map<string, Agent>();\nexport function ask(id: string) {\n  const s = sessions.get(id)!;\n  const t = sessions.get(id) as Agent;\n  return [s.generate('hi'), t.id];\n}`,
    output: `${agent}const sessions = new Map<string, Agent>();\nexport function ask(id: string) {\n  const s = sessions.get(id)!;\n  const t = sessions.get(id) as Agent;\n  return [s.chat('hi'), t.session.id];\n}`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'options: a literal provider is kept as written, null included (only a non-literal gets the fallback)',
    code: "const { Agent } = require('abstractagent');\nmodule.exports = new Agent({ provider: null });",
    output: "const { Agent } = require('abstractagent');\nmodule.exports = new Agent({ llmConfig: { provider: null } });",
    errors: [{ messageId: 'legacyOptions' }],
    filename: 'null.cjs',
  },
  {
    name: 'instances: an element read by index, and this annotated in a function (D7: found after the rename too)',
    code: `${agent}const team: Agent[] = [new Agent({ llmConfig: { provider: 'x' } })];\nexport const id = team[0]!.id;\nexport function f(this: Agent) { return this.generate('x'); }\nexport const g = function (this: Agent) { return () => this.id; };`,
    output: `${agent}const team: Agent[] = [new Agent({ llmConfig: { provider: 'x' } })];\nexport const id = team[0]!.session.id;\nexport function f(this: Agent) { return this.chat('x'); }\nexport const g = function (this: Agent) { return () => this.session.id; };`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'members: a 1.x property written through a pattern or a for head is not a plain read',
    code: `${agent}export function f(a: Agent, o: { k: string }) {\n  [a.id] = ['x'];\n  ({ k: a.id } = o);\n  for (a.id in o);\n  return a.id;\n}`,
    output: `${agent}export function f(a: Agent, o: { k: string }) {\n  [a.id] = ['x'];\n  ({ k: a.id } = o);\n  for (a.id in o);\n  return a.session.id;\n}`,
    errors: [
      { messageId: 'legacyMemberManual', data: { object: 'a', member: 'id', replacement: 'session.id', reason: 'not a plain read' }, line: 3 },
      { messageId: 'legacyMemberManual', data: { object: 'a', member: 'id', replacement: 'session.id', reason: 'not a plain read' }, line: 4 },
      { messageId: 'legacyMemberManual', data: { object: 'a', member: 'id', replacement: 'session.id', reason: 'not a plain read' }, line: 5 },
      { messageId: 'legacyMember', line: 6 },
    ],
    v2: false,
  },
  {
    name: 'members: a 1.x property deleted or assigned through an optional chain or a type wrapper is not a plain read: delete s?.messages became delete s?.session.messages, which deletes the real list (found by probing)',
    code: `${agent}export function f(a: Agent | undefined, b: Agent) {\n  delete a?.messages;\n  delete (b.messages as any);\n  delete b.id!;\n  (b.messages as any) = [];\n  [(b.id as any)] = ['x'];\n  return a?.id;\n}`,
    output: `${agent}export function f(a: Agent | undefined, b: Agent) {\n  delete a?.messages;\n  delete (b.messages as any);\n  delete b.id!;\n  (b.messages as any) = [];\n  [(b.id as any)] = ['x'];\n  return a?.session.id;\n}`,
    errors: [
      { messageId: 'legacyMemberManual', data: { object: 'a', member: 'messages', replacement: 'session.messages', reason: 'not a plain read' }, line: 3 },
      { messageId: 'legacyMemberManual', data: { object: 'b', member: 'messages', replacement: 'session.messages', reason: 'not a plain read' }, line: 4 },
      { messageId: 'legacyMemberManual', data: { object: 'b', member: 'id', replacement: 'session.id', reason: 'not a plain read' }, line: 5 },
      { messageId: 'legacyMemberManual', data: { object: 'b', member: 'messages', replacement: 'session.messages', reason: 'not a plain read' }, line: 6 },
      { messageId: 'legacyMemberManual', data: { object: 'b', member: 'id', replacement: 'session.id', reason: 'not a plain read' }, line: 7 },
      { messageId: 'legacyMember', line: 8 },
    ],
    v2: false,
  },
  {
    name: 'D7: a 1.x member destructured from a Session is reported before the rename and after it (MIGRATION.md E: reported without a fix)',
    code: "import { Session } from 'abstractllm';\nconst s = new Session();\nexport const { generate } = s;\nexport function f({ id }: Session) { return id; }\nlet messages: unknown;\n({ messages } = s);\nexport { messages };",
    output: null,
    errors: [
      { messageId: 'legacyOptionsBeforeImport', line: 2 },
      { messageId: 'legacyMemberBeforeImport', data: { object: 's', member: 'generate', replacement: 'chat(…)' }, line: 3 },
      { messageId: 'legacyMemberBeforeImport', data: { object: 'Session', member: 'id', replacement: 'session.id' }, line: 4 },
      { messageId: 'legacyMemberBeforeImport', data: { object: 's', member: 'messages', replacement: 'session.messages' }, line: 6 },
    ],
  },
  {
    name: 'D7: on an Agent, a destructured 1.x member and a type query of one are reported without a fix',
    code: `${agent}const a = new Agent({ llmConfig: { provider: 'x' } });\nexport const { generate, chat } = a;\nexport type Id = typeof a.id;\nexport type Reply = ReturnType<typeof a.generate>;`,
    output: null,
    errors: [
      { messageId: 'legacyMemberManual', data: { object: 'a', member: 'generate', replacement: 'chat(…)', reason: 'destructuring' }, line: 3 },
      { messageId: 'legacyMemberManual', data: { object: 'a', member: 'id', replacement: 'session.id', reason: 'a type query' }, line: 4 },
      { messageId: 'legacyMemberManual', data: { object: 'a', member: 'generate', replacement: 'chat(…)', reason: 'a type query' }, line: 5 },
    ],
    v2: false,
  },
  {
    name: 'D7: an indexed access type naming a 1.x member of the Agent is reported without a fix, like a type query (found by probing)',
    code: `${agent}export type Reply = Awaited<ReturnType<Agent['generate']>>;\nexport type History = Agent["messages"];`,
    output: null,
    errors: [
      { messageId: 'legacyMemberManual', data: { object: 'Agent', member: 'generate', replacement: 'chat(…)', reason: 'an indexed access type' }, line: 2 },
      { messageId: 'legacyMemberManual', data: { object: 'Agent', member: 'messages', replacement: 'session.messages', reason: 'an indexed access type' }, line: 3 },
    ],
    v2: false,
  },
  {
    name: 'before the rename, an indexed access type on the 1.x Session says to migrate the import first',
    code: `${session}export type Reply = Awaited<ReturnType<Session['generate']>>;\nexport type History = Session['messages'];`,
    output: null,
    errors: [
      { messageId: 'legacyMemberBeforeImport', data: { object: 'Session', member: 'generate', replacement: 'chat(…)' }, line: 2 },
      { messageId: 'legacyMemberBeforeImport', data: { object: 'Session', member: 'messages', replacement: 'session.messages' }, line: 3 },
    ],
    v2: false,
  },
  // Found by probing: 1.x members destructured from an element, a property or a default.
  {
    name: 'D7 (JS): 1.x members destructured from the elements of an array of Agents (a callback parameter, a for…of head, an array pattern) are reported without a fix',
    code: "const { Agent } = require('abstractagent');\nconst panel = [new Agent({ llmConfig: { provider: 'a' } }), new Agent({ llmConfig: { provider: 'b' } })];\nconst roster = panel.map(({ id, messages }) => `${id}: ${messages.length}`);\nfor (const { id } of panel) console.log(id);\nconst [{ messages: first }] = panel;\nmodule.exports = { roster, first };",
    output: null,
    errors: [
      { messageId: 'legacyMemberManual', data: { object: 'panel[…]', member: 'id', replacement: 'session.id', reason: 'destructuring' }, line: 3 },
      { messageId: 'legacyMemberManual', data: { object: 'panel[…]', member: 'messages', replacement: 'session.messages', reason: 'destructuring' }, line: 3 },
      { messageId: 'legacyMemberManual', data: { object: 'panel[…]', member: 'id', replacement: 'session.id', reason: 'destructuring' }, line: 4 },
      { messageId: 'legacyMemberManual', data: { object: 'panel[…]', member: 'messages', replacement: 'session.messages', reason: 'destructuring' }, line: 5 },
    ],
    filename: 'roster.cjs',
  },
  {
    name: 'D7: 1.x members destructured from the elements of a Set of Agents are reported, named by the pattern (a set has no index to write)',
    code: `${agent}declare const crew: Set<Agent>;\ncrew.forEach(({ id }) => console.log(id));\nfor (const { messages } of crew) console.log(messages);`,
    output: null,
    errors: [
      { messageId: 'legacyMemberManual', data: { object: '{ id }', member: 'id', replacement: 'session.id', reason: 'destructuring' }, line: 3 },
      { messageId: 'legacyMemberManual', data: { object: '{ messages }', member: 'messages', replacement: 'session.messages', reason: 'destructuring' }, line: 4 },
    ],
    v2: false,
  },
  {
    name: 'D7: 1.x members destructured from a parameter default, from a property of an annotated pattern, and from an annotated array, on an Agent, are reported without a fix',
    code: `${agent}const team: Agent[] = [];\nexport function f({ generate } = new Agent({ llmConfig: { provider: 'x' } })) { return generate; }\nexport const g = ({ session: { id: sid } }: { session: Agent }) => sid;\nexport const h = team.map(({ id }) => id);\nfor (const { id } of team) console.log(id);`,
    output: null,
    errors: [
      { messageId: 'legacyMemberManual', data: { object: "new Agent({ llmConfig: { provider: 'x' } })", member: 'generate', replacement: 'chat(…)', reason: 'destructuring' }, line: 3 },
      { messageId: 'legacyMemberManual', data: { object: 'session', member: 'id', replacement: 'session.id', reason: 'destructuring' }, line: 4 },
      { messageId: 'legacyMemberManual', data: { object: 'team[…]', member: 'id', replacement: 'session.id', reason: 'destructuring' }, line: 5 },
      { messageId: 'legacyMemberManual', data: { object: 'team[…]', member: 'id', replacement: 'session.id', reason: 'destructuring' }, line: 6 },
    ],
    v2: false,
  },
  {
    name: 'before the rename, the same destructured members say to migrate the import first',
    code: `${session}const team: Session[] = [];\nexport function f({ generate } = new Session()) { return generate; }\nexport const g = ({ session: { id: sid } }: { session: Session }) => sid;\nexport const h = team.map(({ id }) => id);\nconst [{ messages }] = team;\nexport { messages };`,
    output: null,
    errors: [
      { messageId: 'legacyMemberBeforeImport', data: { object: 'new Session()', member: 'generate', replacement: 'chat(…)' }, line: 3 },
      { messageId: 'legacyOptionsBeforeImport', line: 3 },
      { messageId: 'legacyMemberBeforeImport', data: { object: 'session', member: 'id', replacement: 'session.id' }, line: 4 },
      { messageId: 'legacyMemberBeforeImport', data: { object: 'team[…]', member: 'id', replacement: 'session.id' }, line: 5 },
      { messageId: 'legacyMemberBeforeImport', data: { object: 'team[…]', member: 'messages', replacement: 'session.messages' }, line: 6 },
    ],
    v2: false,
  },
  {
    name: 'a binding destructured with a default from an annotated pattern holds what the annotation says: its members migrate',
    code: `${agent}const shared = new Agent({ llmConfig: { provider: 'x' } });\ninterface AskOptions { session?: Agent; prompt: string }\nexport async function ask({ session = shared, prompt }: AskOptions) {\n  return (await session.generate(prompt)).content;\n}\nexport function last(o: AskOptions) {\n  const { session = shared } = o;\n  return session.messages;\n}`,
    output: `${agent}const shared = new Agent({ llmConfig: { provider: 'x' } });\ninterface AskOptions { session?: Agent; prompt: string }\nexport async function ask({ session = shared, prompt }: AskOptions) {\n  return (await session.chat(prompt)).content;\n}\nexport function last(o: AskOptions) {\n  const { session = shared } = o;\n  return session.session.messages;\n}`,
    errors: [{ messageId: 'legacyMember', line: 5 }, { messageId: 'legacyMember', line: 9 }],
  },
  {
    name: 'before the rename, a binding destructured with a default is reported to migrate the import first',
    code: `${session}const shared = new Session({ provider: 'x' });\ninterface AskOptions { session?: Session; prompt: string }\nexport async function ask({ session = shared, prompt }: AskOptions) {\n  return (await session.generate(prompt)).content;\n}`,
    output: null,
    errors: [{ messageId: 'legacyOptionsBeforeImport', line: 2 }, { messageId: 'legacyMemberBeforeImport', data: { object: 'session', member: 'generate', replacement: 'chat(…)' }, line: 5 }],
    v2: false,
  },
  {
    name: 'options: new (Agent) with no argument list gets one after the parentheses (the last `)` is not an argument list)',
    code: `${agent}export const a = new (Agent);\nexport const b = new (Agent)();`,
    output: `${agent}export const a = new (Agent)({ llmConfig: { provider: 'ollama' } });\nexport const b = new (Agent)({ llmConfig: { provider: 'ollama' } });`,
    errors: [{ messageId: 'legacyOptions' }, { messageId: 'legacyOptions' }],
  },
  {
    name: "options: a provider written `'x' as const` cannot be nullish, so it gets no `?? 'ollama'` (TS2869)",
    code: `${agent}export const a = new Agent({ provider: 'openai' as const, model: <const>'m' });`,
    output: `${agent}export const a = new Agent({ llmConfig: { provider: 'openai' as const, model: <const>'m' } });`,
    errors: [{ messageId: 'legacyOptions' }],
  },
  {
    name: 'members: this in a static method is the class, not an instance: its session field is not the Agent',
    code: `${agent}export class Bot {\n  static session = { generate: (p: string) => p };\n  session = new Agent({ llmConfig: { provider: 'x' } });\n  static hello() { return this.session.generate('x'); }\n  static { void this.session.generate('z'); }\n  hi() { return this.session.generate('y'); }\n}`,
    output: `${agent}export class Bot {\n  static session = { generate: (p: string) => p };\n  session = new Agent({ llmConfig: { provider: 'x' } });\n  static hello() { return this.session.generate('x'); }\n  static { void this.session.generate('z'); }\n  hi() { return this.session.chat('y'); }\n}`,
    errors: [{ messageId: 'legacyMember', line: 7 }],
  },
  {
    name: 'members: generateWithTools with a parenthesised prompt gets its options after the parentheses',
    code: `${agent}export const run = (s: Agent, p: string, q?: string) => [s.generateWithTools((p)), s.generateWithTools((q ? q : p))];`,
    output: `${agent}export const run = (s: Agent, p: string, q?: string) => [s.chat((p), { useTools: true }), s.chat((q ? q : p), { useTools: true })];`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'members: the Agent.load suggestion parenthesises a callee that is not a chain of names',
    code: "function open(p) {\n  const s = require('abstractagent').Agent.load(p);\n  return s;\n}\nmodule.exports = open;",
    output: null,
    errors: [
      {
        messageId: 'load',
        suggestions: [
          {
            messageId: 'suggestLoadState',
            output: "function open(p) {\n  const s = new (require('abstractagent').Agent)({ llmConfig: { provider: 'ollama' } });\n  s.loadState(p);\n  return s;\n}\nmodule.exports = open;",
          },
        ],
      },
    ],
    filename: 'open.cjs',
  },
  {
    name: "1.x members destructured from a map's value or a promised Agent in a callback are reported for a person (found by probing)",
    code: `${agent}export function f(byName: Map<string, Agent>, ready: Promise<Agent>) {\n  byName.forEach(({ id }) => console.log(id));\n  return ready.then(({ messages }) => messages);\n}`,
    output: null,
    errors: [
      { messageId: 'legacyMemberManual', data: { object: '{ id }', member: 'id', replacement: 'session.id', reason: 'destructuring' }, line: 3 },
      { messageId: 'legacyMemberManual', data: { object: '{ messages }', member: 'messages', replacement: 'session.messages', reason: 'destructuring' }, line: 4 },
    ],
  },
  {
    name: "a map's values and an array's elements: for-of over the map, its entries() or values(), forEach, a spread of values(), a destructured head, find, at, an array's entries() (found by probing)",
    code: `${agent}const team: Agent[] = [new Agent({ llmConfig: { provider: 'x' } })];\nconst byName = new Map<string, Agent>([['x', team[0]!]]);\nexport function all(backups: ReadonlyMap<string, Agent>) {\n  for (const [, s] of byName) s.save('a');\n  for (const [name, s] of backups.entries()) s.save(name);\n  for (const s of byName.values()) s.save('b');\n  byName.forEach((s) => s.save('c'));\n  const ids = [...byName.values(), ...team].map((s) => s.id);\n  const [head] = team;\n  for (const [i, s] of team.entries()) s.save(String(i));\n  return [ids, head.messages, team.find((s) => s.id === 'x')!.messages, team.at(0)!.getHistory()];\n}`,
    output: `${agent}const team: Agent[] = [new Agent({ llmConfig: { provider: 'x' } })];\nconst byName = new Map<string, Agent>([['x', team[0]!]]);\nexport function all(backups: ReadonlyMap<string, Agent>) {\n  for (const [, s] of byName) s.saveState('a');\n  for (const [name, s] of backups.entries()) s.saveState(name);\n  for (const s of byName.values()) s.saveState('b');\n  byName.forEach((s) => s.saveState('c'));\n  const ids = [...byName.values(), ...team].map((s) => s.session.id);\n  const [head] = team;\n  for (const [i, s] of team.entries()) s.saveState(String(i));\n  return [ids, head.session.messages, team.find((s) => s.session.id === 'x')!.session.messages, team.at(0)!.session.getHistory()];\n}`,
    errors: [
      { messageId: 'legacyMember', data: { object: 's', member: 'save', replacement: 'saveState(…)' }, line: 5 },
      { messageId: 'legacyMember', data: { object: 's', member: 'save', replacement: 'saveState(…)' }, line: 6 },
      { messageId: 'legacyMember', data: { object: 's', member: 'save', replacement: 'saveState(…)' }, line: 7 },
      { messageId: 'legacyMember', data: { object: 's', member: 'save', replacement: 'saveState(…)' }, line: 8 },
      { messageId: 'legacyMember', data: { object: 's', member: 'id', replacement: 'session.id' }, line: 9 },
      { messageId: 'legacyMember', data: { object: 's', member: 'save', replacement: 'saveState(…)' }, line: 11 },
      { messageId: 'legacyMember', data: { object: 'head', member: 'messages', replacement: 'session.messages' }, line: 12 },
      { messageId: 'legacyMember', data: { object: "team.find((s) => s.id === 'x')!", member: 'messages', replacement: 'session.messages' }, line: 12 },
      { messageId: 'legacyMember', data: { object: 's', member: 'id', replacement: 'session.id' }, line: 12 },
      { messageId: 'legacyMember', data: { object: 'team.at(0)!', member: 'getHistory', replacement: 'session.getHistory(…)' }, line: 12 },
    ],
  },
  {
    name: 'a find result read with optional chaining is an Agent or undefined: fixed through the ?. (found by probing)',
    code: `${agent}export const last = (team: Agent[]) => team.find((s) => s.id === 'y')?.messages;`,
    output: `${agent}export const last = (team: Agent[]) => team.find((s) => s.session.id === 'y')?.session.messages;`,
    errors: [
      { messageId: 'legacyMember', data: { object: "team.find((s) => s.id === 'y')", member: 'messages', replacement: 'session.messages' } },
      { messageId: 'legacyMember', data: { object: 's', member: 'id', replacement: 'session.id' } },
    ],
  },
  {
    name: 'a promised Agent: await p and p.then for p: Promise<Agent>, and for a const given a call of a function of the file declared to return one (found by probing)',
    code: `${agent}async function open(): Promise<Agent> { return new Agent({ llmConfig: { provider: 'x' } }); }\nexport class Pool {\n  constructor(private readonly ready: Promise<Agent>) {}\n  async ask(p: string) { return (await this.ready).generate(p); }\n  history() { return this.ready.then((s) => s.getHistory()); }\n}\nexport async function main(ready: Promise<Agent>) {\n  const s = await ready;\n  const later = open();\n  open().then((o) => o.save('o'));\n  return [s.id, (await later).messages];\n}`,
    output: `${agent}async function open(): Promise<Agent> { return new Agent({ llmConfig: { provider: 'x' } }); }\nexport class Pool {\n  constructor(private readonly ready: Promise<Agent>) {}\n  async ask(p: string) { return (await this.ready).chat(p); }\n  history() { return this.ready.then((s) => s.session.getHistory()); }\n}\nexport async function main(ready: Promise<Agent>) {\n  const s = await ready;\n  const later = open();\n  open().then((o) => o.saveState('o'));\n  return [s.session.id, (await later).session.messages];\n}`,
    errors: [
      { messageId: 'legacyMember', data: { object: '(await this.ready)', member: 'generate', replacement: 'chat(…)' }, line: 5 },
      { messageId: 'legacyMember', data: { object: 's', member: 'getHistory', replacement: 'session.getHistory(…)' }, line: 6 },
      { messageId: 'legacyMember', data: { object: 'o', member: 'save', replacement: 'saveState(…)' }, line: 11 },
      { messageId: 'legacyMember', data: { object: 's', member: 'id', replacement: 'session.id' }, line: 12 },
      { messageId: 'legacyMember', data: { object: '(await later)', member: 'messages', replacement: 'session.messages' }, line: 12 },
    ],
  },
  {
    name: "before the rename, a map's value, a destructured element and a promised Session are reported to migrate the import first (found by probing)",
    code: `${session}export async function f(byName: Map<string, Session>, team: Session[], ready: Promise<Session>) {\n  for (const [, s] of byName) s.save('a');\n  const [head] = team;\n  return [head.id, (await ready).messages];\n}`,
    output: null,
    errors: [
      { messageId: 'legacyMemberBeforeImport', data: { object: 's', member: 'save', replacement: 'saveState(…)' }, line: 3 },
      { messageId: 'legacyMemberBeforeImport', data: { object: 'head', member: 'id', replacement: 'session.id' }, line: 5 },
      { messageId: 'legacyMemberBeforeImport', data: { object: '(await ready)', member: 'messages', replacement: 'session.messages' }, line: 5 },
    ],
    v2: false,
  },
  {
    name: 'satisfies: (a satisfies Agent), a const and a bare let given one, a field initialised with one (found by probing)',
    code: `${agent}declare function current(): Agent;\nexport async function f(a: unknown) {\n  await ((a as Agent) satisfies Agent).generate('x');\n  const e = current() satisfies Agent;\n  e.save('p');\n  let later;\n  later = current() satisfies Agent;\n  return later.messages;\n}\nexport class Bot {\n  s = current();\n  t = this.s satisfies Agent;\n  ask() { return [this.t.id, (this.s satisfies Agent).getHistory()]; }\n}`,
    output: `${agent}declare function current(): Agent;\nexport async function f(a: unknown) {\n  await ((a as Agent) satisfies Agent).chat('x');\n  const e = current() satisfies Agent;\n  e.saveState('p');\n  let later;\n  later = current() satisfies Agent;\n  return later.session.messages;\n}\nexport class Bot {\n  s = current();\n  t = this.s satisfies Agent;\n  ask() { return [this.t.session.id, (this.s satisfies Agent).session.getHistory()]; }\n}`,
    errors: [
      { messageId: 'legacyMember', data: { object: '((a as Agent) satisfies Agent)', member: 'generate', replacement: 'chat(…)' }, line: 4 },
      { messageId: 'legacyMember', data: { object: 'e', member: 'save', replacement: 'saveState(…)' }, line: 6 },
      { messageId: 'legacyMember', data: { object: 'later', member: 'messages', replacement: 'session.messages' }, line: 9 },
      { messageId: 'legacyMember', data: { object: 'this.t', member: 'id', replacement: 'session.id' }, line: 14 },
      { messageId: 'legacyMember', data: { object: '(this.s satisfies Agent)', member: 'getHistory', replacement: 'session.getHistory(…)' }, line: 14 },
    ],
  },
  {
    name: 'before the rename, a Session under satisfies is reported to migrate the import first (found by probing)',
    code: `${session}export const ask = (a: Session) => (a satisfies Session).generate('x');`,
    output: null,
    errors: [{ messageId: 'legacyMemberBeforeImport', data: { object: '(a satisfies Session)', member: 'generate', replacement: 'chat(…)' }, line: 2 }],
    v2: false,
  },
  {
    name: 'a property of an interface declared in declare global, read on a value typed with it (found by probing)',
    code: `${agent}declare global {\n  interface AppCtx { llm: Agent }\n  interface AppCtx { backup: Agent }\n}\nexport const handler = (app: AppCtx) => [app.llm.generate('q'), app.backup.id];`,
    output: `${agent}declare global {\n  interface AppCtx { llm: Agent }\n  interface AppCtx { backup: Agent }\n}\nexport const handler = (app: AppCtx) => [app.llm.chat('q'), app.backup.session.id];`,
    errors: [
      { messageId: 'legacyMember', data: { object: 'app.llm', member: 'generate', replacement: 'chat(…)' }, line: 6 },
      { messageId: 'legacyMember', data: { object: 'app.backup', member: 'id', replacement: 'session.id' }, line: 6 },
    ],
  },
  {
    // 'fastify' is not among the modules the fixtures are type-checked with, so this output is not.
    name: "the Fastify decorator pattern: a property the file declares in declare module 'fastify' for the FastifyInstance it imports, before and after the rename (found by probing)",
    code: `import type { FastifyInstance as App } from 'fastify';\n${agent}declare module 'fastify' {\n  export interface FastifyInstance { llm: Agent }\n}\nexport async function plugin(app: App) {\n  app.decorate('llm', new Agent({ llmConfig: { provider: 'openai' } }));\n  app.get('/ask', async () => ({ answer: (await app.llm.generate('q')).content, id: app.llm.id }));\n}`,
    output: `import type { FastifyInstance as App } from 'fastify';\n${agent}declare module 'fastify' {\n  export interface FastifyInstance { llm: Agent }\n}\nexport async function plugin(app: App) {\n  app.decorate('llm', new Agent({ llmConfig: { provider: 'openai' } }));\n  app.get('/ask', async () => ({ answer: (await app.llm.chat('q')).content, id: app.llm.session.id }));\n}`,
    errors: [
      { messageId: 'legacyMember', data: { object: 'app.llm', member: 'generate', replacement: 'chat(…)' }, line: 8 },
      { messageId: 'legacyMember', data: { object: 'app.llm', member: 'id', replacement: 'session.id' }, line: 8 },
    ],
    v2: false,
  },
  {
    name: "before the rename, a Session declared on FastifyInstance in declare module 'fastify' is reported to migrate the import first (found by probing)",
    code: `import type { FastifyInstance } from 'fastify';\n${session}declare module 'fastify' {\n  interface FastifyInstance { llm: Session }\n}\nexport const ask = (app: FastifyInstance) => app.llm.generate('q');`,
    output: null,
    errors: [{ messageId: 'legacyMemberBeforeImport', data: { object: 'app.llm', member: 'generate', replacement: 'chat(…)' }, line: 6 }],
    v2: false,
  },
  {
    name: 'a property reached through another property: this.deps.agent for a field or a parameter property typed with an interface or an inline type, also in a subclass, holder.deps.agent, and a destructured deps (found by probing)',
    code: `${agent}interface Deps { agent: Agent }\nexport class Svc {\n  protected deps: Deps;\n  constructor(d: Deps, public extra: { agent: Agent }) { this.deps = d; }\n  history() { return this.deps.agent.getHistory(); }\n  id() { return this.extra.agent.id; }\n}\nexport class Sub extends Svc { ask(p: string) { return this.deps!.agent.generate(p); } }\nconst holder: { deps: Deps } = { deps: { agent: new Agent({ llmConfig: { provider: 'x' } }) } };\nholder.deps.agent.save('x');\nexport const count = ({ deps }: { deps: Deps }) => deps.agent.messages.length;`,
    output: `${agent}interface Deps { agent: Agent }\nexport class Svc {\n  protected deps: Deps;\n  constructor(d: Deps, public extra: { agent: Agent }) { this.deps = d; }\n  history() { return this.deps.agent.session.getHistory(); }\n  id() { return this.extra.agent.session.id; }\n}\nexport class Sub extends Svc { ask(p: string) { return this.deps!.agent.chat(p); } }\nconst holder: { deps: Deps } = { deps: { agent: new Agent({ llmConfig: { provider: 'x' } }) } };\nholder.deps.agent.saveState('x');\nexport const count = ({ deps }: { deps: Deps }) => deps.agent.session.messages.length;`,
    errors: [
      { messageId: 'legacyMember', data: { object: 'this.deps.agent', member: 'getHistory', replacement: 'session.getHistory(…)' }, line: 6 },
      { messageId: 'legacyMember', data: { object: 'this.extra.agent', member: 'id', replacement: 'session.id' }, line: 7 },
      { messageId: 'legacyMember', data: { object: 'this.deps!.agent', member: 'generate', replacement: 'chat(…)' }, line: 9 },
      { messageId: 'legacyMember', data: { object: 'holder.deps.agent', member: 'save', replacement: 'saveState(…)' }, line: 11 },
      { messageId: 'legacyMember', data: { object: 'deps.agent', member: 'messages', replacement: 'session.messages' }, line: 12 },
    ],
  },
  {
    name: 'before the rename, a Session reached through another property (this.deps.session) is reported to migrate the import first (found by probing)',
    code: `${session}interface Deps { session: Session }\nexport class Svc {\n  constructor(private readonly deps: Deps) {}\n  history() { return this.deps.session.getHistory(); }\n}`,
    output: null,
    errors: [{ messageId: 'legacyMemberBeforeImport', data: { object: 'this.deps.session', member: 'getHistory', replacement: 'session.getHistory(…)' }, line: 5 }],
    v2: false,
  },
  {
    name: 'D2: generateWithTools with an options literal holding only a comment keeps the comment, the option after it',
    code: `${agent}declare const a: Agent;\nexport const r = a.generateWithTools('p', { /* none yet */ });\nexport function f() {\n  return a.generateWithTools('p', {\n    // none\n  });\n}\nexport const z = a.generateWithTools('p', { // c\n});`,
    output: `${agent}declare const a: Agent;\nexport const r = a.chat('p', { /* none yet */ useTools: true });\nexport function f() {\n  return a.chat('p', {\n    // none\n    useTools: true\n  });\n}\nexport const z = a.chat('p', { // c\n  useTools: true\n});`,
    errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
  },
  {
    name: 'D2: new Agent({ /* c */ }) keeps the comment of an options literal with no property, before the option written',
    code: `${agent}export const a = new Agent({ /* defaults */ });\nexport const b = new Agent({\n  // defaults for now\n});`,
    output: `${agent}export const a = new Agent({ /* defaults */ llmConfig: { provider: 'ollama' } });\nexport const b = new Agent({\n  // defaults for now\n  llmConfig: { provider: 'ollama' }\n});`,
    errors: [{ messageId: 'legacyOptions' }, { messageId: 'legacyOptions' }],
  },
  {
    name: 'D2: a comment inside a value the fix drops (persistMemory with memory off, an undefined provider) is kept once',
    code: `${agent}declare const cfg: { path: string };\nexport const a = new Agent({ enableMemory: false, persistMemory: cfg[/* legacy key */ 'path'] });\nexport const b = new Agent({ provider: void /* p */ 0, model: 'm' });\nexport const c = new Agent({\n  model: 'm',\n  persistMemory: cfg[/* k */ 'path'], // t\n});`,
    output: `${agent}declare const cfg: { path: string };\nexport const a = new Agent({ /* legacy key */ llmConfig: { provider: 'ollama' } });\nexport const b = new Agent({ /* p */ llmConfig: { provider: 'ollama', model: 'm' } });\nexport const c = new Agent({\n  /* k */\n  // t\n  llmConfig: { provider: 'ollama', model: 'm' },\n});`,
    errors: [{ messageId: 'legacyOptions' }, { messageId: 'legacyOptions' }, { messageId: 'legacyOptions' }],
  },
];

ruleTester.run('no-deprecated-session', rule, { valid, invalid: invalid.map(({ v2: _v2, ...test }) => test) });

describe('no-deprecated-session fixed outputs type-check against the 2.0 declarations', () => {
  it('every fixed fixture type-checks', () => {
    const fixtures = invalid
      .filter((test) => test.v2 !== false && typeof test.output === 'string')
      .map((test, index) => ({ name: `session-${index}.ts`, code: test.output as string }));
    expect(fixtures.length).toBeGreaterThan(15);
    expect(typecheckFixtures(fixtures, 'v2')).toEqual([]);
  });
});

describe('no-deprecated-session with no-deprecated-imports: a 1.x file converges in at most 3 passes', () => {
  const configs = withPlugin(plugin);
  const cases: { name: string; code: string; output: string; remaining?: string[]; passes?: number }[] = [
    {
      name: 'route handler',
      code: `${session}const s = new Session({ provider: 'openai', enableMemory: true, persistMemory: './m' });\nexport const handle = (q: string) => s.generate(q, { useTools: true });\nexport const history = () => s.getHistory({ limit: 10 });`,
      output: `import { Agent } from 'abstractagent';\nconst s = new Agent({ llmConfig: { provider: 'openai' }, memoryConfig: { temporal: true, persistPath: './m' } });\nexport const handle = (q: string) => s.chat(q, { useTools: true });\nexport const history = () => s.session.getHistory({ limit: 10 });`,
    },
    {
      name: 'a vitest test: the calls migrate, and the spy on generate stays reported (D7)',
      code: `import { expect, it, vi } from 'vitest';\n${session}it('answers', async () => {\n  const s = new Session({ provider: 'anthropic' });\n  vi.spyOn(s, 'generate').mockResolvedValue({ content: 'hello', toolCalls: [] });\n  await expect(s.generate('hi')).resolves.toMatchObject({ content: 'hello' });\n});`,
      output: `import { expect, it, vi } from 'vitest';\nimport { Agent } from 'abstractagent';\nit('answers', async () => {\n  const s = new Agent({ llmConfig: { provider: 'anthropic' } });\n  vi.spyOn(s, 'generate').mockResolvedValue({ content: 'hello', toolCalls: [] });\n  await expect(s.chat('hi')).resolves.toMatchObject({ content: 'hello' });\n});`,
      remaining: ['abstractllm/no-deprecated-session'],
    },
    {
      name: 'class holding a session',
      code: `${session}export class Chat {\n  private session = new Session();\n  async send(text: string) {\n    this.session.addMessage('user', text);\n    const reply = await this.session.generateWithTools(text);\n    this.session.save('./chat.json');\n    return reply.content;\n  }\n}`,
      output: `import { Agent } from 'abstractagent';\nexport class Chat {\n  private session = new Agent({ llmConfig: { provider: 'ollama' } });\n  async send(text: string) {\n    this.session.session.addMessage('user', text);\n    const reply = await this.session.chat(text, { useTools: true });\n    this.session.saveState('./chat.json');\n    return reply.content;\n  }\n}`,
    },
    // The import rule renames in the first pass; this rule migrates the uses in the second.
    {
      name: "a CommonJS script that reads Session off require('abstractllm/session')",
      code: "var Session = require('abstractllm/session').Session;\nvar s = new Session();\nmodule.exports = function ask(q: string) { return s.generate(q); };",
      output: "var Session = require('abstractagent').Agent;\nvar s = new Session({ llmConfig: { provider: 'ollama' } });\nmodule.exports = function ask(q: string) { return s.chat(q); };",
      passes: 2,
    },
    {
      name: 'a namespace import of abstractllm',
      code: "import * as llm from 'abstractllm';\nconst s = new llm.Session({ provider: 'openai' });\nexport const reply = (q: string) => s.generate(q, { createReactCycle: true });\nexport const model = llm.createLLM('openai');",
      output: "import * as llm from 'abstractllm';\nimport { Agent } from 'abstractagent';\nconst s = new Agent({ llmConfig: { provider: 'openai' } });\nexport const reply = (q: string) => s.chat(q, { useReasoning: true });\nexport const model = llm.createLLM('openai');",
      passes: 2,
    },
    {
      name: 'a restored session: its members migrate, Agent.load stays reported for its suggestion',
      code: `${session}const s = Session.load('./chat.json');\nexport const last = () => s.messages.at(-1);`,
      output: "import { Agent } from 'abstractagent';\nconst s = Agent.load('./chat.json');\nexport const last = () => s.session.messages.at(-1);",
      remaining: ['abstractllm/no-deprecated-session'],
      passes: 2,
    },
    // Nested fixes used to take a pass per level (4 here); each outer fix now carries the inner ones.
    {
      name: 'a summary chain of generateWithTools calls, each on the result of the last',
      code: `${session}const s = new Session({ provider: 'openai' });\nexport const summarize = async (q: string) =>\n  s.generateWithTools((await s.generateWithTools((await s.generateWithTools(q, { createReactCycle: true })).content, { createReactCycle: true })).content, { createReactCycle: true });`,
      output: `import { Agent } from 'abstractagent';\nconst s = new Agent({ llmConfig: { provider: 'openai' } });\nexport const summarize = async (q: string) =>\n  s.chat((await s.chat((await s.chat(q, { useReasoning: true, useTools: true })).content, { useReasoning: true, useTools: true })).content, { useReasoning: true, useTools: true });`,
      passes: 2,
    },
    {
      name: "a child session whose model comes from the main one's history",
      code: `${session}const main = new Session({ provider: 'openai' });\nexport const child = new Session({ provider: 'openai', model: main.getHistory({ limit: 1 })[0]?.content, enableMemory: true });`,
      output: `import { Agent } from 'abstractagent';\nconst main = new Agent({ llmConfig: { provider: 'openai' } });\nexport const child = new Agent({ llmConfig: { provider: 'openai', model: main.session.getHistory({ limit: 1 })[0]?.content }, memoryConfig: { temporal: true } });`,
      passes: 2,
    },
    {
      name: 'options no fix can migrate keep the whole file at 1.x (D7), every use reported',
      code: `${session}import type { SessionOptions } from 'abstractllm';\nexport function open(options: SessionOptions) {\n  const s = new Session(options);\n  return s.generate('hi');\n}`,
      output: `${session}import type { SessionOptions } from 'abstractllm';\nexport function open(options: SessionOptions) {\n  const s = new Session(options);\n  return s.generate('hi');\n}`,
      remaining: [
        'abstractllm/no-deprecated-imports',
        'abstractllm/no-deprecated-imports',
        'abstractllm/no-deprecated-session',
        'abstractllm/no-deprecated-session',
      ],
      passes: 0,
    },
  ];
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = fixToFixedPoint(c.code, 'file.ts', configs as never);
    expect(result.output).toBe(c.output);
    expect(result.passes).toBeLessThanOrEqual(3);
    if (c.passes !== undefined) expect(result.passes).toBe(c.passes);
    expect(result.stable).toBe(true);
    expect(result.remaining.map((message) => message.ruleId)).toEqual(c.remaining ?? []);
    expect(typecheckFixtures([{ name: 'before.ts', code: c.code }], 'v1')).toEqual([]);
    // What is left for a person is left as it was: such an output is not yet 2.0 code.
    if (!c.remaining) expect(typecheckFixtures([{ name: 'after.ts', code: c.output }], 'v2')).toEqual([]);
  });
});

describe('no-deprecated-session with type information', () => {
  const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/typed');
  const typedTester = new RuleTester({
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: fixtures } },
  });
  typedTester.run('no-deprecated-session (typed)', rule, {
    valid: [
      {
        name: 'typed: 2.0 members on an Agent from another module',
        code: "import { sharedAgent } from './agents';\nexport const r = sharedAgent().chat('x');",
        filename: 'file.ts',
      },
      {
        name: 'typed: a class of the project in a folder named abstractagent is not the package (found by probing)',
        code: "import { Agent } from './abstractagent/agent';\nexport const f = (a: Agent) => a.generate('hi') + a.id + a.messages.length;",
        filename: 'file.ts',
      },
      {
        name: 'typed: a value forced into the type (a test double) is left as untyped linting leaves it, though its type says Agent (found by probing)',
        code: "import { Agent } from 'abstractagent';\nconst stub = { generate: async (p: string) => ({ content: p, toolCalls: [] }) };\nexport async function f() {\n  const s = stub as unknown as Agent;\n  await s.generate('a');\n  await (stub as any as Agent).generate('b');\n}",
        filename: 'file.ts',
      },
      {
        name: 'typed: an intersection with a part that declares a 1.x member name of its own is not taken for an Agent (found by review)',
        code: "import { Agent } from 'abstractagent';\ntype Hybrid = Agent & { generate(p: string): Promise<string> };\nexport async function run(h: Hybrid, i: Agent & { save(p: string): void }) { i.save('x'); return h.generate('x'); }",
        filename: 'file.ts',
      },
      {
        name: 'typed: a forced value reached through a call of a reassigned function, an await or a then callback is not trusted (found by probing)',
        code: "import { Agent } from 'abstractagent';\ndeclare const fake: { generate(p: string): string };\nlet make = () => new Agent({ llmConfig: { provider: 'x' } });\nlet q = Promise.resolve(new Agent({ llmConfig: { provider: 'x' } }));\nexport function offline() { make = () => fake as never; q = Promise.resolve(fake) as never; }\nexport async function f() { return [make().generate('a'), (await q).generate('b'), q.then((a) => a.generate('c'))]; }",
        filename: 'file.ts',
      },
      {
        name: 'typed: an element of an array, map, record or tuple typed Agent that the file gives a forced value is not trusted, however it is reached (found by probing)',
        code: "import { Agent } from 'abstractagent';\ndeclare const fake: { generate(p: string): string };\nconst team: Agent[] = [];\nexport function offline() { team.push(fake as never); }\nexport const r1 = team[0]!.generate('a');\nfor (const a of team) a.generate('b');\nexport const r2 = team.map((a) => a.generate('c'));\nconst [first] = team;\nexport const r3 = first!.generate('d');\nconst byName = new Map<string, Agent>();\nbyName.set('x', fake as never);\nexport const r4 = byName.get('x')!.generate('e');\nconst rec: Record<string, Agent> = {};\nexport function put(k: string) { rec[k] = fake as never; }\nexport const r5 = rec.main!.generate('f');\nconst pair: [Agent, string] = [new Agent({ llmConfig: { provider: 'x' } }), 'n'];\nexport function swap() { pair[0] = fake as never; }\nexport const r6 = pair[0].generate('g');",
        filename: 'file.ts',
      },
      {
        name: 'typed: an element of a field typed as a collection of Agents that the class gives a forced value is not trusted (found by probing)',
        code: "import { Agent } from 'abstractagent';\ndeclare const fake: { generate(p: string): string };\nexport class Holder {\n  team: Agent[] = [];\n  rec: Record<string, Agent> = {};\n  offline(k: string) { this.team.push(fake as never); this.rec[k] = fake as never; }\n  run() { return [this.team[0]!.generate('a'), this.rec.main!.generate('b')]; }\n  loop() { for (const a of this.team) a.generate('c'); this.team.forEach((a) => a.generate('d')); }\n}",
        filename: 'file.ts',
      },
      {
        name: 'typed: an assertion to Agent of a value typed any or unknown is forced, as `const a: Agent = JSON.parse(s)` is (found by probing)',
        code: "import { Agent } from 'abstractagent';\ndeclare const u: unknown;\nexport const r1 = (u as Agent).generate('a');\nexport const r2 = (JSON.parse('{}') as Agent).generate('b');\nconst a3 = JSON.parse('{}') as Agent;\nexport const r3 = a3.generate('c');\nexport function f(x: any) { const a4 = x as Agent; return a4.generate('d'); }\nexport function g(x: unknown) { const a5 = <Agent>x; return a5.generate('e'); }",
        filename: 'file.ts',
      },
      {
        name: 'typed: a class of the file merged with an interface that extends Agent (the mixin pattern) has the type of an Agent, not its runtime: not one (found by probing)',
        code: "import { Agent } from 'abstractagent';\nexport interface Bot extends Agent {}\nexport class Bot { generate(p: string) { return p; } }\nexport const b = new Bot();\nexport const r = [b.generate('x'), b.messages];\nexport const k = (x: Bot) => x.id;",
        filename: 'file.ts',
      },
      {
        name: 'typed: a collection or promise of any (any[], Record<string, any>, Map<string, any>, Promise<any[]>) given to one typed as of Agents, and a literal with a property typed any, are forced as a value typed any is (found by probing)',
        code: "import { Agent } from 'abstractagent';\ndeclare const raw: any[];\ndeclare const table: Record<string, any>;\ndeclare function loadAll(): Promise<any[]>;\ndeclare const cache: Map<string, any>;\nconst team: Agent[] = raw;\nexport const r1 = team[0]!.generate('a');\nconst byName: Record<string, Agent> = table;\nexport const r2 = byName.main!.generate('b');\nexport async function f() {\n  const all: Agent[] = await loadAll();\n  const m: Map<string, Agent> = cache;\n  const [first] = raw as Agent[];\n  const obj: { agent: Agent } = { agent: table.x };\n  return [all[0]!.generate('c'), m.get('k')!.generate('d'), first!.generate('e'), obj.agent.generate('f')];\n}\nexport function g(list: any[]) { const a: Agent = list[0]; return a.generate('g'); }",
        filename: 'file.ts',
      },
      {
        name: 'typed: elements of a collection given a forced value stay untrusted through Object.values, a spread into an array literal and a map\'s values() (found by probing)',
        code: "import { Agent } from 'abstractagent';\ndeclare const fake: { generate(p: string): string };\nconst rec: Record<string, Agent> = {};\nexport function put(k: string) { rec[k] = fake as never; }\nexport const r1 = Object.values(rec).map((b) => b.generate('a'));\nfor (const b of Object.values(rec)) b.generate('b');\nconst team: Agent[] = [];\nteam.push(fake as never);\nexport const r2 = team.slice(1).map((b) => b.generate('c'));\nexport const r3 = [...team][0]!.generate('d');\nexport const r4 = team.at(0)!.generate('e');\nexport const r5 = team.find((b) => b)!.generate('f');\nconst m = new Map<string, Agent>();\nm.set('k', fake as never);\nfor (const [, b] of m) b.generate('g');\nm.forEach((b) => b.generate('h'));\nexport const r6 = [...m.values()][0]!.generate('i');",
        filename: 'file.ts',
      },
      {
        name: 'typed: a function, a class getter or an object literal getter declared to return Agent but returning a forced value is not trusted through its type either (found by probing)',
        code: "import { Agent } from 'abstractagent';\ndeclare const fake: { generate(p: string): string };\nfunction make(): Agent { return fake as any; }\nexport const r1 = make().generate('a');\nasync function load(s: string): Promise<Agent> { return JSON.parse(s); }\nexport const r2 = async () => (await load('x')).generate('b');\nexport class Bot {\n  get agent(): Agent { return fake as any; }\n  run() { return this.agent.generate('c'); }\n}\nconst deps = { get agent(): Agent { return fake as never; } };\nexport const r3 = deps.agent.generate('d');",
        filename: 'file.ts',
      },
      {
        name: 'typed: `satisfies Agent` proves nothing of a value typed any or one under // @ts-expect-error (found by probing)',
        code: "import { Agent } from 'abstractagent';\nconst offline = { generate: (p: string) => p };\nconst a = JSON.parse('{}') satisfies Agent;\nexport const r1 = a.generate('a');\nexport function f(x: any) { return (x satisfies Agent).generate('b'); }\n// @ts-expect-error a test double\nconst c = offline satisfies Agent;\nexport const r3 = c.generate('c');",
        filename: 'file.ts',
      },
      {
        name: 'typed: an assertion to Agent under // @ts-expect-error (offline as Agent, which TypeScript would reject) is forced (found by probing)',
        code: "import { Agent } from 'abstractagent';\nconst offline = { generate: (p: string) => p };\n// @ts-expect-error a test double\nconst a = offline as Agent;\nexport const r1 = a.generate('a');\n// @ts-expect-error a test double\nexport const r2 = (offline as Agent).generate('b');\n// @ts-ignore\nconst c: Agent = offline;\nexport const r3 = c.generate('c');",
        filename: 'file.ts',
      },
      {
        name: 'typed: Agent.prototype, which TypeScript types as an Agent, is no instance (it has no session): Agent.prototype.messages is not rewritten to Agent.prototype.session.messages (found by probing)',
        code: "import { Agent } from 'abstractagent';\nexport const r1 = Agent.prototype.generate;\nexport const r2 = typeof Agent.prototype.messages;\nexport const r3 = Agent.prototype.save('x');",
        filename: 'file.ts',
      },
      {
        name: 'typed: an annotated array or record given a forced element through an alias or handed to Object.assign is not trusted through its type either (found by probing)',
        code: "import { Agent } from 'abstractagent';\ndeclare const fake: { generate(p: string): string };\nconst team: Agent[] = [new Agent({ llmConfig: { provider: 'x' } })];\nconst t = team;\nt.push(fake as never);\nexport const r1 = team[0]!.generate('a');\nconst bots: Record<string, Agent> = {};\nObject.assign(bots, { x: fake });\nexport const r2 = bots.x!.generate('c');",
        filename: 'file.ts',
      },
      {
        name: 'typed: what the syntax does not trust because a forced value reaches it is not trusted off its type either: a collection given a forced element (push, an index write, through an element), a parameter a call of the file gives one (directly, by its context, a constructor and its parameter property), a global of declare global written with one, a factory of a literal a method replaces (found by probing)',
        code: `import { Agent } from 'abstractagent';\ndeclare global {\n  var shared: Agent;\n}\nconst fake = { generate: (p: string) => p };\nglobalThis.shared = fake as never;\nconst team: Agent[] = [];\nteam.push(fake as never);\nconst panel: [Agent, string][] = [];\npanel[0]![0] = fake as never;\nconst crew: Agent[] = [];\ncrew[0] = fake as never;\nfor (const t of team) t.generate('a');\nfor (const [p] of panel) p.generate('b');\ncrew.forEach((c) => c.generate('c'));\npanel.forEach(([s]) => s.generate('d'));\ntype Listener = (a: Agent) => void;\nconst l: Listener = (a) => { a.generate('e'); };\nl(fake as never);\nexport function on(cb: (a: Agent) => void) { cb(fake as never); }\non((a) => { a.generate('f'); });\nexport function use(a: Agent) { return a.generate('g'); }\nuse(fake as never);\nexport class Bot {\n  agent: Agent;\n  constructor(a: Agent, private helper: Agent) { this.agent = a; }\n  ask() { return [this.agent.generate('h'), this.helper.generate('i')]; }\n}\nnew Bot(fake as any, fake as never).ask();\nconst make = () => new Agent({ llmConfig: { provider: 'x' } });\nconst deps = { make, offline() { this.make = () => fake as never; } };\ndeps.offline();\nexport const r = [deps.make().generate('j'), shared.generate('k')];`,
        filename: 'file.ts',
      },
      {
        name: 'typed: a Proxy of an Agent is typed as its target, but its handler decides what generate is: not trusted (found by probing)',
        code: "import { Agent } from 'abstractagent';\nconst real = new Agent({ llmConfig: { provider: 'x' } });\nconst traced = new Proxy(real, { get(target, key) { if (key === 'generate') return (p: string) => p; return Reflect.get(target, key); } });\nconst typed: Agent = new Proxy(real, {});\nexport const r = [traced.generate('x'), typed.generate('y')];",
        filename: 'file.ts',
      },
      {
        name: 'typed: a getter declared to return Agent that returns a forced value is not trusted off its type (found by probing)',
        code: "import { Agent } from 'abstractagent';\nconst fake = { generate: (p: string) => p };\nexport class Bot {\n  get agent(): Agent { return fake as never; }\n  ask() { return this.agent.generate('a'); }\n}\nexport const r = new Bot().agent.generate('b');",
        filename: 'file.ts',
      },
      {
        name: 'typed: a binding declared Promise<Agent> given a forced value is not trusted off its type (found by probing)',
        code: `import { Agent } from 'abstractagent';\nconst fake = { generate: (p: string) => p };\nconst q: Promise<Agent> = Promise.resolve(fake as never);\nlet q2: Promise<Agent> = Promise.resolve(new Agent({ llmConfig: { provider: 'x' } }));\nexport function off() { q2 = fake as never; }\nexport async function f() { q.then((a) => a.generate('t')); return [(await q).generate('a'), (await q2).generate('b')]; }`,
        filename: 'file.ts',
      },
      {
        name: 'typed: a factory map or record given a function of the file that returns a forced value is not trusted off its type (found by probing)',
        code: `import { Agent } from 'abstractagent';\nconst fake = { generate: (p: string) => p };\nconst registry = new Map<string, () => Agent>();\nfunction offline() { return fake as never; }\nregistry.set('offline', offline);\nexport const r = registry.get('offline')!().generate('x');\nconst factories: Record<string, () => Agent> = { offline };\nexport const s = factories.offline!().generate('y');`,
        filename: 'file.ts',
      },
      {
        name: 'typed: an assertion from a value typed any (raw as Agent) is not trusted off its type (found by probing)',
        code: "import { Agent } from 'abstractagent';\ndeclare const raw: any;\nexport const a = (raw as Agent).generate('a');\nconst b = raw as Agent;\nexport const c = b.generate('b');",
        filename: 'file.ts',
      },
      {
        name: 'typed: a project that augments the 2.0 Agent with generate (a polyfill) makes generate its own (found by probing)',
        code: "import { sharedAgent } from './agents';\ndeclare module 'abstractagent' {\n  interface Agent { generate(prompt: string): Promise<string> }\n}\nexport const r = sharedAgent().generate('x');",
        filename: 'file.ts',
      },
    ],
    invalid: [
      {
        name: "typed: an interface extending Agent that redeclares a member of the Agent's own API (saveState: Agent), or an intersection of another module (ChatShim = Agent & { chat: Agent }), holds what it declares there (found by probing: w.saveState.generate, m.chat.generate stayed, unreported)",
        code: "import { Agent } from 'abstractagent';\nimport type { ChatShim } from './agents';\ninterface Wrapped extends Agent { saveState: Agent }\ntype Traced = Agent & { session: Agent };\nexport function f(w: Wrapped, t: Traced, m: ChatShim) {\n  return [w.saveState.generate('a'), t.session.generate('b'), m.chat.generate('c')];\n}",
        filename: 'file.ts',
        output: "import { Agent } from 'abstractagent';\nimport type { ChatShim } from './agents';\ninterface Wrapped extends Agent { saveState: Agent }\ntype Traced = Agent & { session: Agent };\nexport function f(w: Wrapped, t: Traced, m: ChatShim) {\n  return [w.saveState.chat('a'), t.session.chat('b'), m.chat.chat('c')];\n}",
        errors: [{ messageId: 'legacyMember', line: 6 }, { messageId: 'legacyMember', line: 6 }, { messageId: 'legacyMember', line: 6 }],
      },
      {
        name: 'typed: what a function of a package module the API does not declare returns is asked of the checker (a factory a project declares for abstractagent/factory returns an Agent) (found by probing: makeAgent().generate stayed, unreported)',
        code: "import { makeAgent } from 'abstractagent/factory';\nexport const r = makeAgent().generate('x');\nconst a = makeAgent();\nexport const q = a.generate('y');",
        filename: 'file.ts',
        output: "import { makeAgent } from 'abstractagent/factory';\nexport const r = makeAgent().chat('x');\nconst a = makeAgent();\nexport const q = a.chat('y');",
        errors: [{ messageId: 'legacyMember', line: 2 }, { messageId: 'legacyMember', line: 4 }],
      },
      {
        name: "typed: a member of the Agent's own API the project augments (an overload of chat that returns an Agent) is asked of the checker (found by probing: a.chat(true).generate stayed, unreported)",
        code: "import { Agent } from 'abstractagent';\nimport { sharedAgent } from './agents';\ndeclare module 'abstractagent' {\n  interface Agent {\n    chat(fork: true): Agent;\n  }\n}\nconst a = new Agent({ llmConfig: { provider: 'x' } });\nexport const r = [a.chat(true).generate('x'), sharedAgent().chat(true).generate('y')];",
        filename: 'file.ts',
        output: "import { Agent } from 'abstractagent';\nimport { sharedAgent } from './agents';\ndeclare module 'abstractagent' {\n  interface Agent {\n    chat(fork: true): Agent;\n  }\n}\nconst a = new Agent({ llmConfig: { provider: 'x' } });\nexport const r = [a.chat(true).chat('x'), sharedAgent().chat(true).chat('y')];",
        errors: [{ messageId: 'legacyMember', line: 9 }, { messageId: 'legacyMember', line: 9 }],
      },
      {
        name: 'typed: a let given a value typed any is not trusted to hold an Agent, nor is what a method of a forced value returns',
        code: "import { Agent } from 'abstractagent';\nlet current = new Agent({ llmConfig: { provider: 'ollama' } });\nexport function restore(json: string) { current = JSON.parse(json); }\nexport const r = current.generate('x');\ninterface Router { open(): Agent }\nconst router = { open: () => ({ generate: (p: string) => p }) } as never as Router;\nexport const o = router.open().generate('y');",
        filename: 'file.ts',
        output: null,
        errors: [{ messageId: 'legacyMemberManual', line: 4 }],
      },
      {
        name: 'typed: a value written under // @ts-expect-error or // @ts-ignore is forced: the types of what holds it prove nothing (found by probing)',
        code: "import { Agent } from 'abstractagent';\nconst offline = { generate: (p: string) => p };\nlet current = new Agent({ llmConfig: { provider: 'x' } });\nlet spare = new Agent({ llmConfig: { provider: 'x' } });\nexport function off() {\n  // @ts-expect-error a test double\n  current = offline;\n  /* @ts-ignore */\n  spare =\n    offline;\n}\nexport const r = [current.generate('x'), spare.generate('y')];",
        filename: 'file.ts',
        output: null,
        errors: [{ messageId: 'legacyMemberManual', line: 12 }, { messageId: 'legacyMemberManual', line: 12 }],
      },
      {
        name: 'typed: an annotated binding given a value under // @ts-expect-error or typed any is not trusted (found by review)',
        code: "import { Agent } from 'abstractagent';\nconst offline = { generate: (p: string) => p };\nlet current: Agent = new Agent({ llmConfig: { provider: 'x' } });\nlet spare: Agent = new Agent({ llmConfig: { provider: 'x' } });\nexport function off() {\n  // @ts-expect-error a test double\n  current = offline;\n  spare = JSON.parse('{}');\n}\nexport const r = [current.generate('x'), spare.generate('y')];",
        filename: 'file.ts',
        output: null,
        errors: [{ messageId: 'legacyMemberManual', line: 10 }, { messageId: 'legacyMemberManual', line: 10 }],
      },
      {
        name: 'typed: a field, a let or a property given a forced value somewhere is not trusted to hold an Agent (found by probing)',
        code: "import { Agent } from 'abstractagent';\nconst offline = { generate: async (p?: string) => ({ content: p ?? '', toolCalls: [] }) };\nexport class Bot {\n  agent = new Agent({ llmConfig: { provider: 'ollama' } });\n  spare = new Agent({ llmConfig: { provider: 'ollama' } });\n  goOffline() { this.agent = offline as unknown as Agent; (this.spare as any) = offline; }\n  ask(p: string) { return [this.agent.generate(p), this.spare.generate(p)]; }\n}\nlet current = new Agent({ llmConfig: { provider: 'ollama' } });\nexport function offlineMode() { current = offline as never; }\nexport const r = current.generate('x');\nconst deps = { helper: offline as any as Agent };\nexport const h = deps.helper.generate('y');",
        filename: 'file.ts',
        output: null,
        errors: [{ messageId: 'legacyMemberManual', line: 7 }, { messageId: 'legacyMemberManual', line: 7 }, { messageId: 'legacyMemberManual', line: 11 }],
      },
      {
        name: 'typed: a // @ts-nocheck file is not checked by TypeScript, so its types are not trusted (found by probing)',
        code: "// @ts-nocheck\nimport { Agent } from 'abstractagent';\nlet a = new Agent({ llmConfig: { provider: 'x' } });\na = { generate: (p) => p };\nexport const r = a.generate('hi');",
        filename: 'file.ts',
        output: null,
        errors: [{ messageId: 'legacyMemberManual', line: 5 }],
      },
      {
        name: 'typed: a class re-exported under another name by a module of the project is found through its constructor type (found by probing)',
        code: "import { Bot } from './barrel';\nexport async function f() {\n  const b = new Bot({ provider: 'openai', model: 'gpt-4o' });\n  await b.generate('hi');\n  return b.id;\n}",
        output: "import { Bot } from './barrel';\nexport async function f() {\n  const b = new Bot({ llmConfig: { provider: 'openai', model: 'gpt-4o' } });\n  await b.chat('hi');\n  return b.session.id;\n}",
        filename: 'file.ts',
        errors: [{ messageId: 'legacyOptions' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
      },
      {
        name: 'typed: an Agent that may be undefined or null, or carries more, is found through its type (found by probing)',
        code: "import { maybeAgent, taggedAgent } from './agents';\nconst m = maybeAgent();\nexport const a = m?.generate('c');\nexport const b = taggedAgent().generate('e');\nexport const c = m ? m.id : '';",
        output: "import { maybeAgent, taggedAgent } from './agents';\nconst m = maybeAgent();\nexport const a = m?.chat('c');\nexport const b = taggedAgent().chat('e');\nexport const c = m ? m.session.id : '';",
        filename: 'file.ts',
        errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
      },
      {
        name: 'typed: on an intersection whose other part declares a 1.x member name, that member is the part\'s and the others are still the Agent\'s (found by review: the whole value was dropped)',
        code: "import { Agent } from 'abstractagent';\nexport async function run(i: Agent & { id: string; generate(p: string): Promise<string> }) {\n  const { id } = i;\n  return [i.id, id, await i.generate('x'), i.messages.length];\n}",
        output: "import { Agent } from 'abstractagent';\nexport async function run(i: Agent & { id: string; generate(p: string): Promise<string> }) {\n  const { id } = i;\n  return [i.id, id, await i.generate('x'), i.session.messages.length];\n}",
        filename: 'file.ts',
        errors: [{ messageId: 'legacyMember', data: { object: 'i', member: 'messages', replacement: 'session.messages' } }],
      },
      {
        name: 'typed D7: super.generate is fixed, and the override of generate in the Agent subclass stays reported (found by probing)',
        code: "import { Agent } from 'abstractagent';\nexport class Mine extends Agent {\n  generate(prompt?: string) { console.log('traced'); return super.generate(prompt); }\n}",
        output: "import { Agent } from 'abstractagent';\nexport class Mine extends Agent {\n  generate(prompt?: string) { console.log('traced'); return super.chat(prompt); }\n}",
        filename: 'file.ts',
        errors: [{ messageId: 'legacyOverride', line: 3, column: 3 }, { messageId: 'legacyMember', line: 3 }],
      },
      {
        name: 'typed: an assertion to Agent of a value typed otherwise (Agent | undefined) is still trusted (found by probing)',
        code: "import { Agent } from 'abstractagent';\nimport { maybeAgent } from './agents';\nexport const r1 = (maybeAgent() as Agent).generate('a');\nconst a = <Agent>maybeAgent();\nexport const r2 = a.messages;",
        output: "import { Agent } from 'abstractagent';\nimport { maybeAgent } from './agents';\nexport const r1 = (maybeAgent() as Agent).chat('a');\nconst a = <Agent>maybeAgent();\nexport const r2 = a.session.messages;",
        filename: 'file.ts',
        errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
      },
      {
        name: 'typed: what a generic pass-through returns is trusted unless it is given a forced value (id<Agent>(fake as any), withRetry(async () => fake as never as Agent)) (found by probing)',
        code: "import { Agent } from 'abstractagent';\nimport { sharedAgent } from './agents';\ndeclare const fake: { generate(p: string): string };\nasync function withRetry<T>(fn: () => Promise<T>): Promise<T> { return fn(); }\nfunction id<T>(x: T): T { return x; }\nexport async function f() {\n  const s = await withRetry(() => Promise.resolve(sharedAgent()));\n  const t = id(sharedAgent());\n  const u = await withRetry(async () => fake as never as Agent);\n  const v: Agent = id<Agent>(fake as any);\n  return [s.generate('a'), t.generate('b'), u.generate('c'), v.generate('d')];\n}",
        output: "import { Agent } from 'abstractagent';\nimport { sharedAgent } from './agents';\ndeclare const fake: { generate(p: string): string };\nasync function withRetry<T>(fn: () => Promise<T>): Promise<T> { return fn(); }\nfunction id<T>(x: T): T { return x; }\nexport async function f() {\n  const s = await withRetry(() => Promise.resolve(sharedAgent()));\n  const t = id(sharedAgent());\n  const u = await withRetry(async () => fake as never as Agent);\n  const v: Agent = id<Agent>(fake as any);\n  return [s.chat('a'), t.chat('b'), u.generate('c'), v.generate('d')];\n}",
        filename: 'file.ts',
        errors: [{ messageId: 'legacyMember', line: 11, column: 11 }, { messageId: 'legacyMember', line: 11, column: 28 }],
      },
      {
        name: 'typed D7: a value typed as a union of Agent and something else (Agent | Stub) holds an Agent on some paths only: its 1.x members are reported, not left silent; where the type narrows to one side they are that side\'s (found by probing)',
        code: "import { Agent } from 'abstractagent';\ninterface Stub { generate(p: string): string; id: string }\nexport function f(x: Agent | Stub) {\n  if (x instanceof Agent) return x.chat('a');\n  return x.generate('b');\n}\nexport function g(x: Agent | Stub) { return [x.generate('c'), x.id]; }\nexport function h(x: Agent | Stub) { if ('generate' in x) return x.generate('d'); return 1; }\nexport function k(x: Agent | Stub | undefined) { return x?.generate('e'); }",
        output: null,
        filename: 'file.ts',
        errors: [
          { messageId: 'legacyMemberManual', line: 7, column: 46, data: { object: 'x', member: 'generate', replacement: 'chat(…)', reason: 'it holds an Agent on some paths only' } },
          { messageId: 'legacyMemberManual', line: 7, column: 63 },
          { messageId: 'legacyMemberManual', line: 9, column: 57 },
        ],
      },
      {
        name: 'typed D7: a Required<Agent> is an Agent as a Readonly<Agent> is: its 1.x members are fixed, not left silent after the rename (found by probing)',
        code: "import { Agent } from 'abstractagent';\nexport const f = (x: Required<Agent>) => [x.messages, x.generate('x')];",
        output: "import { Agent } from 'abstractagent';\nexport const f = (x: Required<Agent>) => [x.session.messages, x.chat('x')];",
        filename: 'file.ts',
        errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
      },
      {
        name: 'typed: a call of a function of the file declared to return Agent that returns a forced value is not trusted off its type; returning an Agent on other paths, it is reported (found by probing)',
        code: "import { Agent } from 'abstractagent';\nconst fake = { generate: (p: string) => p };\nfunction make(offline: boolean): Agent { if (offline) return fake as never; return new Agent({ llmConfig: { provider: 'x' } }); }\nfunction wrap(a: Agent): Agent { return new Proxy(a, { get: () => () => 'stub' }); }\nexport const r = [make(true).generate('x'), wrap(new Agent({ llmConfig: { provider: 'x' } })).generate('y')];",
        filename: 'file.ts',
        output: null,
        errors: [{ messageId: 'legacyMemberManual', data: { object: 'make(true)', member: 'generate', replacement: 'chat(…)', reason: 'it holds an Agent on some paths only' }, line: 5 }],
      },
      {
        name: 'typed: a property of a generic class made with a forced value (new Box<Agent>(fake as any).v) is not trusted; made with an Agent it is (found by probing)',
        code: "import { Agent } from 'abstractagent';\nimport { sharedAgent } from './agents';\ndeclare const fake: { generate(p: string): string };\nclass Box<T> { constructor(public v: T) {} }\nclass Crate<T> { constructor(public item: T) {} }\nexport const r1 = new Box<Agent>(fake as any).v.generate('a');\nconst b = new Box<Agent>(fake as never);\nexport const r2 = b.v.generate('b');\nexport const r3 = new Crate(sharedAgent()).item.generate('c');",
        output: "import { Agent } from 'abstractagent';\nimport { sharedAgent } from './agents';\ndeclare const fake: { generate(p: string): string };\nclass Box<T> { constructor(public v: T) {} }\nclass Crate<T> { constructor(public item: T) {} }\nexport const r1 = new Box<Agent>(fake as any).v.generate('a');\nconst b = new Box<Agent>(fake as never);\nexport const r2 = b.v.generate('b');\nexport const r3 = new Crate(sharedAgent()).item.chat('c');",
        filename: 'file.ts',
        errors: [{ messageId: 'legacyMember', line: 9 }],
      },
      {
        name: 'typed: a union of Agent types (Traced | Agent) is an Agent; a 1.x name one member declares itself is that member\'s (found by probing)',
        code: "import { Agent } from 'abstractagent';\nclass Traced extends Agent { extra() { return 1; } }\nclass Own extends Agent { generate(p: string) { return p; } }\nexport const f = (x: Traced | Agent) => x.messages;\nexport const g = (y: Own | Agent) => [y.generate('x'), y.id];",
        output: "import { Agent } from 'abstractagent';\nclass Traced extends Agent { extra() { return 1; } }\nclass Own extends Agent { generate(p: string) { return p; } }\nexport const f = (x: Traced | Agent) => x.session.messages;\nexport const g = (y: Own | Agent) => [y.generate('x'), y.session.id];",
        filename: 'file.ts',
        errors: [{ messageId: 'legacyOverride', line: 3 }, { messageId: 'legacyMember', line: 4 }, { messageId: 'legacyMember', line: 5 }],
      },
      {
        name: 'typed: a generic collection of the project given a forced value through a method taking its type parameter (pool.put(fake as never)) is not trusted; given an Agent it is (found by probing)',
        code: "import { Agent } from 'abstractagent';\ndeclare const fake: { generate(p: string): string };\nclass Pool<T> { private items: T[] = []; put(x: T) { this.items.push(x); } get(i: number): T { return this.items[i]!; } }\nconst pool = new Pool<Agent>();\npool.put(fake as never);\nexport const r1 = pool.get(0).generate('a');\nconst p2 = new Pool<Agent>();\np2.put(new Agent({ llmConfig: { provider: 'x' } }));\nexport const r2 = p2.get(0).generate('b');",
        output: "import { Agent } from 'abstractagent';\ndeclare const fake: { generate(p: string): string };\nclass Pool<T> { private items: T[] = []; put(x: T) { this.items.push(x); } get(i: number): T { return this.items[i]!; } }\nconst pool = new Pool<Agent>();\npool.put(fake as never);\nexport const r1 = pool.get(0).generate('a');\nconst p2 = new Pool<Agent>();\np2.put(new Agent({ llmConfig: { provider: 'x' } }));\nexport const r2 = p2.get(0).chat('b');",
        filename: 'file.ts',
        errors: [{ messageId: 'legacyMember', line: 9 }],
      },
      {
        name: 'typed D7: a type parameter constrained to a union of Agent and something else holds an Agent on some paths only, and is reported (found by probing)',
        code: "import { Agent } from 'abstractagent';\ninterface Stub { generate(p: string): string }\nexport function f<T extends Agent | Stub>(x: T) { return x.generate('a'); }\nexport function g<T extends Agent>(x: T) { return x.generate('b'); }",
        output: "import { Agent } from 'abstractagent';\ninterface Stub { generate(p: string): string }\nexport function f<T extends Agent | Stub>(x: T) { return x.generate('a'); }\nexport function g<T extends Agent>(x: T) { return x.chat('b'); }",
        filename: 'file.ts',
        errors: [{ messageId: 'legacyMemberManual', line: 3 }, { messageId: 'legacyMember', line: 4 }],
      },
      {
        name: 'typed: an Agent returned from a function in another file is found through its type',
        code: "import { sharedAgent } from './agents';\nexport const r = sharedAgent().generate('x');\nconst a = sharedAgent();\nexport const m = a.messages;",
        output: "import { sharedAgent } from './agents';\nexport const r = sharedAgent().chat('x');\nconst a = sharedAgent();\nexport const m = a.session.messages;",
        filename: 'file.ts',
        errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
      },
      {
        name: 'typed: 1.x members destructured from elements and properties of Agents from another module are found through their types',
        code: "import { sharedAgent } from './agents';\nconst team = [sharedAgent()];\nexport const ids = team.map(({ id }) => id);\nfor (const { messages } of team) console.log(messages);\nexport const f = ({ agent: { id } } = { agent: sharedAgent() }) => id;",
        output: null,
        filename: 'file.ts',
        errors: [
          // An array literal of them is an array of Agents: its elements are named as its own.
          { messageId: 'legacyMemberManual', data: { object: 'team[…]', member: 'id', replacement: 'session.id', reason: 'destructuring' } },
          { messageId: 'legacyMemberManual', data: { object: 'team[…]', member: 'messages', replacement: 'session.messages', reason: 'destructuring' } },
          { messageId: 'legacyMemberManual', data: { object: '{ id }', member: 'id', replacement: 'session.id', reason: 'destructuring' } },
        ],
      },
      {
        name: 'typed: a value of an Agent subclass, of a type parameter constrained to Agent, and a Readonly<Agent> are Agents (found by probing)',
        code: "import { Agent } from 'abstractagent';\nclass Traced extends Agent { extra() { return 1; } }\nexport const f = (t: Traced) => t.messages;\nexport function g<T extends Agent>(a: T) { return a.id; }\nexport const h = (r: Readonly<Agent>) => r.generate('x');",
        output: "import { Agent } from 'abstractagent';\nclass Traced extends Agent { extra() { return 1; } }\nexport const f = (t: Traced) => t.session.messages;\nexport function g<T extends Agent>(a: T) { return a.session.id; }\nexport const h = (r: Readonly<Agent>) => r.chat('x');",
        filename: 'file.ts',
        errors: [{ messageId: 'legacyMember' }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
      },
      {
        name: 'typed: a 1.x member name an Agent subclass declares itself is its own, the others still the Agent\'s; Readonly<typeof Agent> is no instance (found by probing)',
        code: "import { Agent } from 'abstractagent';\ninterface Base extends Agent { tag: string }\nclass Traced extends Agent { generate(p: string) { return p; } }\nclass Deeper extends Traced {}\nexport const f = (t: Traced, d: Deeper, b: Base) => [t.generate('x'), d.generate('y'), t.id, b.messages];\nexport const k = (c: Readonly<typeof Agent>) => c.prototype;",
        output: "import { Agent } from 'abstractagent';\ninterface Base extends Agent { tag: string }\nclass Traced extends Agent { generate(p: string) { return p; } }\nclass Deeper extends Traced {}\nexport const f = (t: Traced, d: Deeper, b: Base) => [t.generate('x'), d.generate('y'), t.session.id, b.session.messages];\nexport const k = (c: Readonly<typeof Agent>) => c.prototype;",
        filename: 'file.ts',
        // The override itself is reported (legacyOverride); calls of it on a Traced are its own.
        errors: [{ messageId: 'legacyOverride', line: 3 }, { messageId: 'legacyMember' }, { messageId: 'legacyMember' }],
      },
      {
        name: 'typed: on an Agent the project augments with generate, the 1.x members it does not add are still reported (found by probing)',
        code: "import { sharedAgent } from './agents';\ndeclare module 'abstractagent' {\n  interface Agent { generate(prompt: string): Promise<string> }\n}\nexport const r = [sharedAgent().generate('x'), sharedAgent().messages];",
        output: "import { sharedAgent } from './agents';\ndeclare module 'abstractagent' {\n  interface Agent { generate(prompt: string): Promise<string> }\n}\nexport const r = [sharedAgent().generate('x'), sharedAgent().session.messages];",
        filename: 'file.ts',
        errors: [{ messageId: 'legacyMember', data: { object: 'sharedAgent()', member: 'messages', replacement: 'session.messages' } }],
      },
    ],
  });

  // A project with allowJs and no checkJs: TypeScript types its JS files but does not check them.
  const jsTester = new RuleTester({
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: join(fixtures, '../typed-js') } },
  });
  jsTester.run('no-deprecated-session (typed, allowJs)', rule, {
    valid: [
      {
        name: 'typed: // @ts-nocheck in a JS file of a checked project too',
        code: "// @ts-nocheck\nimport { sharedAgent } from './agents';\nexport const r = sharedAgent().generate('x');",
        filename: 'file.js',
      },
    ],
    invalid: [
      {
        name: 'typed: a JS file TypeScript does not check (allowJs without checkJs) is linted as without types (found by probing)',
        code: "import { Agent } from 'abstractagent';\nlet a = new Agent({ llmConfig: { provider: 'x' } });\na = { generate: (p) => p };\nexport const r = a.generate('hi');",
        filename: 'file.js',
        output: null,
        errors: [{ messageId: 'legacyMemberManual', line: 4 }],
      },
      {
        name: 'typed: a CommonJS file TypeScript does not check is linted as without types (found by probing)',
        code: "const { Agent } = require('abstractagent');\nlet a = new Agent({ llmConfig: { provider: 'x' } });\na = { generate: (p) => p };\nmodule.exports = a.generate('hi');",
        filename: 'file.cjs',
        output: null,
        errors: [{ messageId: 'legacyMemberManual', line: 4 }],
      },
      {
        name: 'typed: in a checked JS file a JSDoc cast (/** @type {any} */ (fake), one to unknown then Agent) is forced as `as any` is, written to a variable or into an array (found by probing)',
        code: "// @ts-check\nimport { sharedAgent } from './agents';\nconst fake = { generate: (/** @type {string} */ p) => p };\nlet a = sharedAgent();\nexport function off() { a = /** @type {any} */ (fake); }\nexport const r = a.generate('x');\nconst b = /** @type {import('abstractagent').Agent} */ (/** @type {unknown} */ (fake));\nexport const s = b.generate('y');\n/** @type {import('abstractagent').Agent[]} */\nconst team = [];\nteam.push(/** @type {any} */ (fake));\nexport const t = team[0].generate('z');",
        filename: 'file.js',
        output: null,
        errors: [{ messageId: 'legacyMemberManual', line: 6, data: { object: 'a', member: 'generate', replacement: 'chat(…)', reason: 'it holds an Agent on some paths only' } }],
      },
      {
        name: 'typed: a JS file that asks for checking (// @ts-check) has its types trusted',
        code: "// @ts-check\nimport { sharedAgent } from './agents';\nexport const r = sharedAgent().generate('x');",
        output: "// @ts-check\nimport { sharedAgent } from './agents';\nexport const r = sharedAgent().chat('x');",
        filename: 'file.js',
        errors: [{ messageId: 'legacyMember' }],
      },
    ],
  });

  // A project on the 1.x API: abstractllm is the 1.x package.
  const v1Tester = new RuleTester({
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: join(fixtures, '../typed1') } },
  });
  v1Tester.run('no-deprecated-session (typed, 1.x project)', rule, {
    valid: [],
    invalid: [
      {
        name: 'typed: on a 1.x Session & { id: string }, id is still the Session\'s (Session declares it): both members are reported (found by probing)',
        code: "import { Session } from 'abstractllm';\nexport function run(s: Session & { id: string }) {\n  return [s.id, s.messages];\n}",
        output: null,
        filename: 'file.ts',
        errors: [{ messageId: 'legacyMemberBeforeImport' }, { messageId: 'legacyMemberBeforeImport' }],
      },
    ],
  });

  it('the oracle tells a value written under // @ts-expect-error or // @ts-ignore is unchecked (its type proves nothing)', () => {
    const unchecked: Record<string, boolean> = {};
    const probe: TSESLint.RuleModule<'x'> = {
      meta: { type: 'problem', messages: { x: 'x' }, schema: [] },
      defaultOptions: [],
      create(context) {
        const oracle = typeOracleFor(context.sourceCode);
        return {
          VariableDeclarator(node) {
            if (node.id.type === 'Identifier' && node.init) unchecked[node.id.name] = oracle!.isUnchecked(node.init);
          },
        };
      },
    };
    const code = [
      "import { Agent } from 'abstractagent';",
      'const stub = { generate: (p: string) => p };',
      '// @ts-expect-error a test double',
      'export const a: Agent = stub;',
      '/* @ts-ignore */',
      '// a note',
      '',
      'export const b: Agent = stub;',
      'export const d: Agent =',
      '  // @ts-ignore',
      '  stub;',
      "export const e = { generate: (p: string) => p }; // @ts-ignore covers the next line, not this one",
    ].join('\n');
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify(
      code,
      [
        {
          files: ['**/*.ts'],
          // Under CI=true typescript-eslint infers a single run and parses the file on disk rather
          // than this code (RuleTester turns that inference off; a bare Linter must do it itself).
          languageOptions: {
            parser: tsParser,
            parserOptions: { project: './tsconfig.json', tsconfigRootDir: fixtures, disallowAutomaticSingleRunInference: true },
          },
          plugins: { probe: { rules: { probe } } as never },
          rules: { 'probe/probe': 'error' },
        },
      ],
      { filename: join(fixtures, 'file.ts') },
    );
    expect(messages).toEqual([]);
    expect(unchecked).toEqual({ stub: false, a: true, b: true, d: true, e: false });
  });

  it('the checker is not asked of what the syntax decides: values the 1.x API gives (createLLM(…), session.messages and its elements, a const holding one), a getter the file never reads, whether a binding declared Session | undefined or a const made with an object literal is typed any; the reports are those of untyped linting', () => {
    const code = [
      "import { Session, createLLM } from 'abstractllm';",
      "const session = new Session({ provider: 'ollama' });",
      "const llm = createLLM('ollama');",
      'export const quick = (p: string) => llm.generate(p);',
      'export const ids = session.messages.map((m) => m.id);',
      'const history = session.getHistory();',
      'export const first = history[0]?.id;',
      'export class Panel {',
      "  private readonly s = new Session({ provider: 'ollama' });",
      '  get transcript() { return this.s.messages.map((m) => `${m.role}: ${m.content}`); }',
      '}',
      "const baseOptions = { provider: 'openai' };",
      'let current: Session | undefined;',
      "export function open() { current = new Session({ ...baseOptions, model: 'm' }); return current; }",
      'export const currentId = () => open().id;',
    ].join('\n');
    let asked = 0;
    const wrapped = new WeakSet<object>();
    const spy: TSESLint.RuleModule<never> = {
      meta: { type: 'problem', schema: [], messages: {} },
      defaultOptions: [],
      create(context) {
        const checker = (context.sourceCode.parserServices as { program?: { getTypeChecker(): { getTypeAtLocation(n: unknown): unknown } } }).program?.getTypeChecker();
        if (checker && !wrapped.has(checker)) {
          wrapped.add(checker);
          const original = checker.getTypeAtLocation.bind(checker);
          checker.getTypeAtLocation = (n) => {
            asked++;
            return original(n);
          };
        }
        return {};
      },
    };
    const lint = (parserOptions: object) =>
      new Linter({ configType: 'flat' }).verify(
        code,
        [
          {
            files: ['**/*.ts'],
            languageOptions: { parser: tsParser, parserOptions },
            plugins: { spy: { rules: { spy } } as never, abstractllm: plugin as never },
            rules: { 'spy/spy': 'error', 'abstractllm/no-deprecated-session': 'error' },
          },
        ],
        { filename: join(fixtures, '../typed1/file.ts') },
      );
    const typed = lint({ project: './tsconfig.json', tsconfigRootDir: join(fixtures, '../typed1'), disallowAutomaticSingleRunInference: true });
    expect(asked).toBe(0);
    const untyped = lint({});
    expect(typed.map((m) => [m.line, m.column, m.message])).toEqual(untyped.map((m) => [m.line, m.column, m.message]));
    expect(typed.map((m) => m.line)).toEqual([2, 5, 6, 9, 10, 14, 15]);
  });

  // The project (tests/fixtures/typed-augmented) augments the Agent's own `chat` in another file
  // (augment.ts): `chat(true)` gives an Agent there, which the API-member shortcut must not miss.
  new RuleTester({
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: join(fixtures, '../typed-augmented') } },
  }).run('no-deprecated-session (typed, augmented elsewhere)', rule, {
    valid: [],
    invalid: [
      {
        name: 'typed: an augmentation in another file of a member of the Agent API (chat(fork: true): Agent) is seen for an Agent made in the linted file (found by probing: a.chat(true).generate stayed, unreported)',
        code: "import { Agent } from 'abstractagent';\nconst a = new Agent({ llmConfig: { provider: 'x' } });\nexport const r = a.chat(true).generate('x');\nexport const s = a.chat('hi');",
        filename: 'file.ts',
        output: "import { Agent } from 'abstractagent';\nconst a = new Agent({ llmConfig: { provider: 'x' } });\nexport const r = a.chat(true).chat('x');\nexport const s = a.chat('hi');",
        errors: [{ messageId: 'legacyMember', line: 3 }],
      },
    ],
  });

  // Found by probing, not fixed: `unknown` narrowed to Agent by a user type guard (`isAgent(x): x is
  // Agent` whose body TypeScript does not check against the predicate, e.g. `'generate' in x`) or an
  // assertion function is trusted, while `u as Agent` for `u: unknown` is forced. The checker's
  // narrowed type does not say which narrowing made it (`instanceof Agent` is sound).
  it.todo('a value narrowed from unknown or any to Agent by a user type guard is not trusted as an Agent (found by probing)');

  it('untyped, the same code is simply not reported (no crash)', () => {
    const result = fixToFixedPoint(
      "import { sharedAgent } from './agents';\nexport const r = sharedAgent().generate('x');",
      'file.ts',
      withPlugin(plugin) as never,
    );
    expect(result.remaining).toEqual([]);
    expect(result.passes).toBe(0);
  });
});

describe('no-deprecated-session: the cheap text check that skips a file', () => {
  // Only what the rule's `create` reads: the text, and parser services for typed linting.
  const contextFor = (text: string, parserServices: object = {}) => ({ options: [], sourceCode: { text, parserServices } }) as never;
  const typedServices = { program: { getTypeChecker: () => ({}) }, esTreeNodeToTSNodeMap: new Map() };

  it('a file that names neither abstractllm nor abstractagent gets no listeners', () => {
    expect(rule.create(contextFor("import { z } from 'zod';\nz.string();"))).toEqual({});
  });

  it('a half-migrated file that names only abstractagent is looked at', () => {
    expect(Object.keys(rule.create(contextFor("import { Agent } from 'abstractagent';")))).toContain('Program:exit');
  });

  it('with type information the check is off: an instance can come from another module', () => {
    expect(Object.keys(rule.create(contextFor("import { make } from './agents';", typedServices)))).toContain('Program:exit');
  });
});
