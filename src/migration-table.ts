/**
 * The abstractllm 1.x → 2.0 migration as data: MIGRATION.md tables A and B, and the
 * 1.x-only members that tell a rename apart from a migration (D7).
 *
 * This is the only module that names a package path or an export mapping. Rules, docs and
 * scripts read it; tests check it independently by writing expected output literally.
 */

/** Table A: a 1.x module specifier prefix and where it lives in 2.0. Longest prefix wins. */
export interface ModuleMove {
  readonly from: string;
  readonly to: string;
}

export const moduleMoves: readonly ModuleMove[] = [
  { from: 'abstractllm/memory/hierarchical', to: 'abstractmemory/core' },
  { from: 'abstractllm/memory', to: 'abstractmemory' },
  { from: 'abstractllm/cognitive', to: 'abstractmemory/cognitive' },
  { from: 'abstractllm/session', to: 'abstractagent/agent' },
  { from: 'abstractllm/react', to: 'abstractagent/reasoning/react' },
  { from: 'abstractllm/cli', to: 'abstractagent/cli' },
];

/** Table B, rows with a 2.0 equivalent: the export goes to `to` as `newName`. */
export interface ExportMove {
  readonly name: string;
  /** The 1.x modules that exported `name`. */
  readonly from: readonly string[];
  readonly newName: string;
  readonly to: string;
  /**
   * Members of the 1.x class that 2.0 does not have under that name. A class whose name
   * changes is renamed only while no use of it would pass for valid 2.0 code (D7).
   */
  readonly legacyMembers?: readonly string[];
  /**
   * Members both classes have (tests/api): `search` and `clear` of both memories. With
   * `legacyMembers` they are the 1.x class's whole instance API, and with `newMembers` the 2.0
   * class's. None of them holds an instance of a tracked class (`apiMembersOf`).
   */
  readonly keptMembers?: readonly string[];
  /** Members only the 2.0 class has: `session`, `chat`, `saveState`, `loadState` of an Agent. */
  readonly newMembers?: readonly string[];
  /** Constructor option keys the Session rule knows how to migrate (MIGRATION.md E). */
  readonly migratableOptions?: readonly string[];
  /** Other 2.0 modules that export `newName` too (`Agent` from `abstractagent/agent`). */
  readonly alsoFrom?: readonly string[];
}

const sessionLegacyMembers = [
  'generate',
  'generateWithTools',
  'addMessage',
  'getHistory',
  'messages',
  'id',
  'save',
  'load',
] as const;

const sessionOptions = [
  'provider',
  'model',
  'enableMemory',
  'persistMemory',
  'tools',
  'enableReact',
  'enableRetry',
] as const;

export const exportMoves: readonly ExportMove[] = [
  {
    name: 'Session',
    from: ['abstractllm', 'abstractllm/session'],
    newName: 'Agent',
    to: 'abstractagent',
    alsoFrom: ['abstractagent/agent'],
    legacyMembers: sessionLegacyMembers,
    newMembers: ['session', 'chat', 'saveState', 'loadState'],
    migratableOptions: sessionOptions,
  },
  {
    name: 'HierarchicalMemory',
    from: ['abstractllm', 'abstractllm/memory'],
    newName: 'TemporalMemory',
    to: 'abstractmemory',
    alsoFrom: ['abstractmemory/core'],
    legacyMembers: ['addToWorkingMemory'],
    keptMembers: ['search', 'clear'],
    newMembers: ['addFact'],
  },
  {
    name: 'HierarchicalMemory',
    from: ['abstractllm/memory/hierarchical'],
    newName: 'TemporalMemory',
    to: 'abstractmemory/core',
    legacyMembers: ['addToWorkingMemory'],
    keptMembers: ['search', 'clear'],
    newMembers: ['addFact'],
  },
  { name: 'WebSearchTool', from: ['abstractllm/tools'], newName: 'WebSearchTool', to: 'abstractagent/tools' },
  {
    name: 'CodeIntelligenceTool',
    from: ['abstractllm/tools'],
    newName: 'CodeIntelligenceTool',
    to: 'abstractagent/tools',
  },
];

/** Table B, rows with no 2.0 equivalent: reported, never fixed; the import stays where it is. */
export interface RemovedExport {
  readonly name: string;
  readonly from: readonly string[];
  /** The nearest 2.0 name, which has another shape. */
  readonly nearest: string;
  readonly nearestFrom: string;
}

export const removedExports: readonly RemovedExport[] = [
  { name: 'SessionOptions', from: ['abstractllm', 'abstractllm/session'], nearest: 'AgentOptions', nearestFrom: 'abstractagent' },
  { name: 'GenerateOptions', from: ['abstractllm', 'abstractllm/session'], nearest: 'ChatOptions', nearestFrom: 'abstractagent' },
];

/** Every 1.x specifier starts with this; a file without it is skipped before any AST work. */
export const legacyPackage = 'abstractllm';

// Answers for the 1.x specifiers seen so far. A codebase writes a handful of them, and every
// import, mock and type reference of every file asks again.
const moduleTargets = new Map<string, string | undefined>();
const tableBNames = new Map<string, readonly string[]>();

/** Table A: where `specifier` lives in 2.0, or `undefined` when it did not move. */
export function mapModule(specifier: string): string | undefined {
  if (!isLegacySpecifier(specifier)) return undefined; // every table-A row is a 1.x path
  if (moduleTargets.has(specifier)) return moduleTargets.get(specifier);
  let best: ModuleMove | undefined;
  for (const move of moduleMoves) {
    const matches = specifier === move.from || specifier.startsWith(`${move.from}/`);
    if (matches && (!best || move.from.length > best.from.length)) best = move;
  }
  const target = best ? best.to + specifier.slice(best.from.length) : undefined;
  moduleTargets.set(specifier, target);
  return target;
}

/** Table B: the move of `name` when imported from the 1.x module `specifier`. */
export function findExportMove(specifier: string, name: string): ExportMove | undefined {
  return exportMoves.find((move) => move.name === name && move.from.includes(specifier));
}

/** Table B: the removed export `name` when imported from the 1.x module `specifier`. */
export function findRemovedExport(specifier: string, name: string): RemovedExport | undefined {
  return removedExports.find((removed) => removed.name === name && removed.from.includes(specifier));
}

/** The table-B names (moved or removed) that the 1.x module `specifier` exported. */
export function tableBNamesOf(specifier: string): readonly string[] {
  if (!isLegacySpecifier(specifier)) return []; // every table-B row is a 1.x module's
  let names = tableBNames.get(specifier);
  if (!names) {
    names = [...new Set([...exportMoves, ...removedExports].filter((row) => row.from.includes(specifier)).map((row) => row.name))];
    tableBNames.set(specifier, names);
  }
  return names;
}

/**
 * Whether taking `names` from `specifier` leaves anything to migrate: the module moved, or one of
 * the names (`*`: the whole module object) is in table B. A 2.0 core import such as
 * `import { createLLM } from 'abstractllm'` has nothing.
 */
export function hasMigration(specifier: string, names: readonly string[]): boolean {
  if (mapModule(specifier) !== undefined) return true;
  const tableB = tableBNamesOf(specifier);
  return tableB.length > 0 && names.some((name) => name === '*' || tableB.includes(name));
}

/** Whether a specifier is one of the 1.x package's or the 2.0 packages' (`abstractagent/tools`). */
export function isPackageSpecifier(specifier: string): boolean {
  const name = specifier.split('/')[0]!;
  return name === legacyPackage || exportMoves.some((move) => move.to.split('/')[0] === name);
}

/** Whether a specifier is one of the 1.x package's (so worth any further look). */
export function isLegacySpecifier(specifier: string): boolean {
  return specifier === legacyPackage || specifier.startsWith(`${legacyPackage}/`);
}

/**
 * The class a 1.x or 2.0 import binds, when it is one whose instances the member rules follow:
 * `Session` / `Agent`, `HierarchicalMemory` / `TemporalMemory`.
 */
export interface TrackedClass {
  /** The 1.x name, which identifies the class across versions. */
  readonly legacyName: string;
  readonly version: 1 | 2;
  /**
   * 1.x member names another part of the value's type declares (`Agent & { id: string }`, found
   * by the type checker): on this value they are that part's, not the class's, and stay as they are.
   */
  readonly foreignMembers?: readonly string[];
}

export function trackedClassOf(specifier: string, name: string): TrackedClass | undefined {
  for (const move of exportMoves) {
    if (!move.legacyMembers) continue;
    if (move.name === name && move.from.includes(specifier)) return { legacyName: move.name, version: 1 };
    if (move.newName === name && (move.to === specifier || move.alsoFrom?.includes(specifier))) {
      return { legacyName: move.name, version: 2 };
    }
  }
  return undefined;
}

/**
 * The instance members the packages declare for a tracked class in its version (tests/api): for
 * 1.x its `legacyMembers` and `keptMembers`, for 2.0 its `keptMembers` and `newMembers`. None of
 * them holds or returns an instance of a tracked class, so a value read through one is none.
 */
export function apiMembersOf(tracked: TrackedClass): ReadonlySet<string> {
  const key = `${tracked.legacyName}@${tracked.version}`;
  let members = apiMembers.get(key);
  if (!members) {
    const move = exportMoves.find((one) => one.legacyMembers && one.name === tracked.legacyName);
    members = new Set([...((tracked.version === 1 ? move?.legacyMembers : move?.newMembers) ?? []), ...(move?.keptMembers ?? [])]);
    apiMembers.set(key, members);
  }
  return members;
}
const apiMembers = new Map<string, ReadonlySet<string>>();

/**
 * The functions the packages export (tests/api), none of which returns an instance of a tracked
 * class. Another name imported from one of their modules (a factory of a later version, or one a
 * project declares for it: `declare module 'abstractagent/factory'`) may return one.
 */
export const packageFunctions: ReadonlySet<string> = new Set(['createLLM', 'extractFacts', 'readFile', 'runCli', 'summarize', 'writeFile']);

/** Whether a name is an instance member of some tracked class in some version (`apiMembersOf`). */
export function isApiMemberName(name: string): boolean {
  allApiMembers ??= new Set(exportMoves.flatMap((move) => [...(move.legacyMembers ?? []), ...(move.keptMembers ?? []), ...(move.newMembers ?? [])]));
  return allApiMembers.has(name);
}
let allApiMembers: ReadonlySet<string> | undefined;

/**
 * Whether `key` is one of a table's own keys. `key in table` would also find what every object
 * inherits: `session.generate('…', { constructor: 1 })` and `memory.toString()` are not 1.x API.
 */
export function isTableKey<Table extends object>(table: Table, key: string): key is Extract<keyof Table, string> {
  return Object.hasOwn(table, key);
}

/**
 * MIGRATION.md E, constructor options: where each 1.x `Session` option goes in `AgentOptions`.
 * `group` options are gathered into one nested object.
 */
export const sessionOptionMoves = {
  provider: { group: 'llmConfig', key: 'provider' },
  model: { group: 'llmConfig', key: 'model' },
  enableMemory: { group: 'memoryConfig', key: 'temporal' },
  persistMemory: { group: 'memoryConfig', key: 'persistPath' },
  tools: { key: 'tools' },
  enableReact: { key: 'enableReasoning' },
  enableRetry: { key: 'enableRetry' },
} as const satisfies Record<string, { group?: string; key: string }>;

/** 1.x `Session` provider default, written explicitly because `llmConfig.provider` is required in 2.0. */
export const defaultProvider = 'ollama';

/** MIGRATION.md E, `generate` options: their `ChatOptions` names. */
export const generateOptionMoves = {
  useTools: 'useTools',
  createReactCycle: 'useReasoning',
} as const satisfies Record<string, string>;

/** MIGRATION.md E, members: what each 1.x `Session` member is on an `Agent`. */
export const sessionMemberMoves = {
  generate: { kind: 'call', to: 'chat' },
  generateWithTools: { kind: 'call', to: 'chat', useTools: true },
  addMessage: { kind: 'call', to: 'session.addMessage' },
  getHistory: { kind: 'call', to: 'session.getHistory' },
  messages: { kind: 'read', to: 'session.messages' },
  id: { kind: 'read', to: 'session.id' },
  save: { kind: 'call', to: 'saveState' },
} as const satisfies Record<string, { kind: 'call' | 'read'; to: string; useTools?: boolean }>;

/** MIGRATION.md F: the 1.x memory member with no automatic replacement, and what 2.0 has instead. */
export const memoryRemovedMembers = {
  addToWorkingMemory: 'addFact(subject, predicate, object, eventTime?, ingestionTime?)',
} as const satisfies Record<string, string>;

/** MIGRATION.md G: the transitional compatibility layer. */
export const compatibilityLayer = { specifier: 'abstractllm/compat', name: 'CompatibilityLayer', setup: 'setup' } as const;
