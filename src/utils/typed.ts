import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { apiMembersOf, exportMoves, legacyPackage } from '../migration-table.js';
import type { TrackedClass } from '../migration-table.js';
import type { TypeOracle } from './instances.js';
import { suppressedLines } from './ast.js';
import { isLegacyMemberName } from './named-members.js';

/**
 * The tracked class of an expression's type, when the file is linted with type information.
 *
 * It reads `parserServices.program` itself instead of calling `getParserServices`, which throws
 * without type information: untyped linting and oxlint (which has no parser services) simply get
 * no oracle, and the rules fall back to syntactic detection.
 */
export function typeOracleFor(sourceCode: Readonly<TSESLint.SourceCode>): TypeOracle | undefined {
  const { program, nodeMap } = servicesOf(sourceCode);
  if (!program || !nodeMap) return undefined;
  // A file TypeScript does not check (`// @ts-nocheck`, a JS file without `checkJs`) may hold
  // anything whatever its types say: linted as without type information.
  const sourceFile = nodeMap.get(sourceCode.ast) as TsSourceFile | undefined;
  if (!sourceFile || !isChecked(sourceFile, program)) return undefined;
  const checker = program.getTypeChecker();
  const classes = exportMoves.filter((move) => move.legacyMembers);
  const trackedOfSymbol = (symbol: TsSymbol | undefined): TrackedClass | undefined => {
    const name = symbol?.getName();
    const declaration = symbol?.declarations?.[0];
    const file = declaration && fileOf(declaration);
    if (!name || !file) return undefined;
    for (const move of classes) {
      if (name === move.name && packageOf(file) === legacyPackage) return { legacyName: move.name, version: 1 };
      if (name === move.newName && packageOf(file) === move.to.split('/')[0]) return { legacyName: move.name, version: 2 };
    }
    return undefined;
  };
  const typeOf = (node: TSESTree.Node): TsType | undefined => {
    const tsNode = nodeMap.get(node);
    return tsNode ? checker.getTypeAtLocation(tsNode) : undefined;
  };
  /** The tracked class of a type: `Agent`, and `Agent | undefined` or `Agent & { tag: string }`, which hold one too. */
  // The checker interns types: the same type object comes back for every expression of that type,
  // so what it holds is worked out once a file.
  const typeCache = new Map<TsType, TrackedClass | null>();
  const trackedOfType = (type: TsType): TrackedClass | undefined => {
    const cached = typeCache.get(type);
    if (cached !== undefined) return cached ?? undefined;
    const tracked = trackedOfTypeUncached(type);
    // A type met again while its bases are walked reads as none then; that answer is not kept.
    if (basesSeen.size === 0) typeCache.set(type, tracked ?? null);
    return tracked;
  };
  const trackedOfTypeUncached = (type: TsType): TrackedClass | undefined => {
    // `Agent | undefined`, `Agent | null`: an instance wherever the value is there at all.
    const present = type.isUnion?.() ? checker.getNonNullableType(type) : type;
    if (present.isIntersection?.() && present.types) {
      const found = present.types.map(trackedOfType);
      const tracked = found.filter((one) => one !== undefined);
      if (tracked.length !== 1) return undefined;
      // `Agent & { id: string }`: a part that declares a 1.x member name of its own (a shim, a
      // mixin) makes that member not the class's; the value is still an Agent for the others. A
      // name the tracked part declares itself (`id` of a 1.x `Session & { id: string }`) stays the class's.
      // A member of the 2.0 class's own API another part declares (`Agent & { chat: Agent }`) is that
      // part's too: what the package declares for it is not what the value holds (`isApiMemberOfInstance`).
      const trackedPart = present.types[found.findIndex((one) => one !== undefined)]!;
      const foreignMembers = present.types
        .filter((_, index) => found[index] === undefined)
        .flatMap((part) => part.getProperties?.().map((property) => property.getName()) ?? [])
        .filter((name) => (isLegacyMemberName(name) && !trackedPart.getProperty?.(name)) || (!isLegacyMemberName(name) && apiMembersOf(tracked[0]!).has(name)));
      return foreignMembers.length > 0 ? { ...tracked[0]!, foreignMembers: [...new Set([...(tracked[0]!.foreignMembers ?? []), ...foreignMembers])] } : tracked[0];
    }
    if (present.isUnion?.()) {
      // `Traced | Agent`: one class however the union is made up; `Agent | Fake` is not provably one.
      const found = present.types?.map(trackedOfType) ?? [];
      const [first] = found;
      if (!first || !found.every((one) => one?.legacyName === first.legacyName && one.version === first.version)) return undefined;
      const foreignMembers = [...new Set(found.flatMap((one) => one!.foreignMembers ?? []))];
      return foreignMembers.length > 0 ? { ...first, foreignMembers } : first;
    }
    // `<T extends Agent>(a: T)`: what its constraint holds.
    if (present.isTypeParameter?.()) {
      const constraint = checker.getBaseConstraintOfType?.(present);
      return constraint && constraint !== present ? trackedOfType(constraint) : undefined;
    }
    // `Readonly<Agent>`, `Required<Agent>` (lib's mapped types): the class's own members, read-only
    // or as they are (none is optional). Not of a class itself: `Readonly<typeof Agent>` keeps its
    // static members but no construct signature.
    const aliasName = present.aliasSymbol?.getName();
    const readonlyOf = (aliasName === 'Readonly' || aliasName === 'Required') && isLibFile(present.aliasSymbol!) ? present.aliasTypeArguments : undefined;
    if (readonlyOf?.length === 1) return readonlyOf[0]!.getConstructSignatures().length === 0 ? trackedOfType(readonlyOf[0]!) : undefined;
    const tracked = trackedOfSymbol(present.getSymbol?.() ?? present.aliasSymbol) ?? trackedOfBase(present);
    return tracked && withOwnMembers(present, tracked);
  };
  /** `class Traced extends Agent`, `interface MyAgent extends Agent`: the class it extends, however far up. */
  const basesSeen = new Set<TsType>();
  const trackedOfBase = (type: TsType): TrackedClass | undefined => {
    const declared = type.target ?? type;
    if (!declared.isClassOrInterface?.() || !checker.getBaseTypes || basesSeen.has(declared)) return undefined;
    basesSeen.add(declared);
    try {
      // `interface Bot extends Agent {}` merged with `class Bot { … }` (the mixin pattern): the
      // interface gives the class the type, not the runtime, of an Agent. Only the class's own
      // `extends` (the first base TypeScript lists) makes it one.
      const symbol = declared.getSymbol?.();
      const merged = symbol?.flags !== undefined && (symbol.flags & classSymbol) !== 0 && (symbol.flags & interfaceSymbol) !== 0;
      const extendsClause = symbol?.valueDeclaration?.heritageClauses?.some((clause) => /^extends\b/.test(clause.getText()));
      const bases = checker.getBaseTypes(declared);
      const found = (merged ? (extendsClause ? bases.slice(0, 1) : []) : bases).map(trackedOfType).filter((one) => one !== undefined);
      return found.length === 1 ? found[0] : undefined;
    } finally {
      basesSeen.delete(declared);
    }
  };
  /**
   * The 1.x member names the type has that the tracked class does not declare itself: a
   * subclass's own `generate`, and one a project adds to the 2.0 class (a polyfill:
   * `declare module 'abstractagent' { interface Agent { generate(…): … } }`), which are the
   * project's, not the class's; so is a member of its own API a subtype redeclares (`saveState:
   * Agent` of `interface Wrapped extends Agent`). Only the class's few names are asked for, and only of a type
   * found to hold a tracked class.
   */
  const withOwnMembers = (type: TsType, tracked: TrackedClass): TrackedClass => {
    const legacy = classes.find((move) => move.name === tracked.legacyName)?.legacyMembers ?? [];
    const inPackage = (declaration: { getSourceFile(): { fileName: string } }): boolean => packageOf(fileOf(declaration)) === packageOfClass(tracked);
    const own = [
      ...legacy.filter((name) => {
        const property = type.getProperty?.(name);
        return property && !property.declarations?.some(inPackage);
      }),
      // A member of its own API the project declares too (an overload merged into it: `chat(fork: true): Agent`)
      // may give what the project's declaration says.
      ...[...apiMembersOf(tracked)].filter((name) => !legacy.includes(name) && !!type.getProperty?.(name)?.declarations?.some((declaration) => !inPackage(declaration))),
    ];
    if (own.length === 0) return tracked;
    return { ...tracked, foreignMembers: [...new Set([...(tracked.foreignMembers ?? []), ...own])] };
  };
  /**
   * `any` (`unknown`, `never`), and a collection or promise of it (`any[]`, `Map<string, any>`,
   * `Record<string, any>`, `Promise<any[]>`): TypeScript lets such a value into `Agent[]` unchecked.
   */
  const holdsAny = (type: TsType, depth: number): boolean => {
    if ((type.flags & (anyFlag | unknownFlag | neverFlag)) !== 0) return true;
    if (depth > 2) return false;
    const typeArguments = [...(type.aliasTypeArguments ?? []), ...referenceArgumentsOf(type)];
    const indexed = checker.getIndexInfosOfType?.(type).map((info) => info.type) ?? [];
    return [...typeArguments, ...indexed].some((part) => holdsAny(part, depth + 1));
  };
  /** The signature a call resolves to as declared, before its type parameters are instantiated. */
  const declaredSignatureOf = (node: TSESTree.Node): { signature: TsSignature; declaration: unknown } | undefined => {
    const tsNode = nodeMap.get(node);
    const declaration = tsNode ? checker.getResolvedSignature?.(tsNode)?.getDeclaration?.() : undefined;
    const signature = declaration ? checker.getSignatureFromDeclaration?.(declaration) : undefined;
    return signature && { signature, declaration };
  };
  /** `T`, `Promise<T>`, `T[]`, `T | undefined`: a type a type parameter is part of (a few levels down). */
  const mentionsTypeParameter = (type: TsType, depth: number): boolean => {
    if (depth > 3) return false;
    if (type.isTypeParameter?.()) return true;
    if ((type.isUnion?.() || type.isIntersection?.()) && type.types) return type.types.some((part) => mentionsTypeParameter(part, depth + 1));
    const typeArguments = [...(type.aliasTypeArguments ?? []), ...referenceArgumentsOf(type)];
    return typeArguments.some((argument) => mentionsTypeParameter(argument, depth + 1));
  };
  /** The type arguments of a type reference (`Promise<T>`, `T[]`, a tuple); none of any other type. */
  const referenceArgumentsOf = (type: TsType): readonly TsType[] =>
    type.target && ((type.objectFlags ?? 0) & referenceObjectFlag) !== 0 && checker.getTypeArguments ? checker.getTypeArguments(type) : [];
  let suppressed: ReadonlySet<number> | undefined;
  return {
    augmentedMembers(tracked) {
      let byClass = augmentedByProgram.get(program);
      if (!byClass) augmentedByProgram.set(program, (byClass = new Map()));
      const key = `${tracked.legacyName}@${tracked.version}`;
      let augmented = byClass.get(key);
      if (!augmented) byClass.set(key, (augmented = augmentedMembersOf(program, checker, tracked)));
      return augmented;
    },
    isUnchecked(node) {
      // `// @ts-expect-error` and `// @ts-ignore` silence TypeScript on the next line of code, so a
      // value written there (a target's line, the value's own lines) may be of any type.
      suppressed ??= suppressedLines(sourceCode, 'expect-error|ignore');
      if (suppressed.size === 0) return false;
      const first = Math.min(node.loc.start.line, node.parent?.loc.start.line ?? node.loc.start.line);
      for (let line = first; line <= node.loc.end.line; line++) if (suppressed.has(line)) return true;
      return false;
    },
    instanceOf(node) {
      const type = typeOf(node);
      const tracked = type && trackedOfType(type);
      // A class itself (`typeof Agent`) is not an instance of it (asked only of the rare match).
      return tracked && type.getConstructSignatures().length === 0 ? tracked : undefined;
    },
    maybeInstanceOf(node) {
      // `Agent | OfflineStub`: one class among members that are not it (`Agent | undefined` is one).
      let type = typeOf(node);
      // `<T extends Agent | OfflineStub>(x: T)`: what its constraint holds.
      if (type?.isTypeParameter?.()) type = checker.getBaseConstraintOfType?.(type);
      const present = type?.isUnion?.() ? checker.getNonNullableType(type) : undefined;
      if (!present?.isUnion?.() || !present.types || present.getConstructSignatures().length > 0) return undefined;
      const tracked = present.types.map(trackedOfType).filter((one) => one !== undefined);
      const [first] = tracked;
      return first && tracked.every((one) => one.legacyName === first.legacyName && one.version === first.version) ? first : undefined;
    },
    isAny(node) {
      // In a checked JS file, `/** @type {any} */ (fake)` is a cast ESTree does not show: the
      // parentheses TypeScript keeps around the value have the type it is forced into.
      for (let tsNode = nodeMap.get(node) as TsNode | undefined; tsNode; tsNode = parenthesesAround(tsNode, sourceCode.text)) {
        if (holdsAny(checker.getTypeAtLocation(tsNode), 0)) return true;
      }
      return false;
    },
    returnsTypeParameter(node) {
      // `id<T>(x: T): T`, `withRetry<T>(fn: () => Promise<T>): Promise<T>`: what the call gives is
      // what its arguments do. Read off the declared signature, before its instantiation.
      const declared = declaredSignatureOf(node);
      return !!declared && mentionsTypeParameter(declared.signature.getReturnType(), 0);
    },
    takesTypeParameter(node, index) {
      // `put(x: T)` of a `Pool<T>`: what it is given may be kept, as the type parameter's.
      const declared = declaredSignatureOf(node);
      const parameters = declared?.signature.getParameters?.() ?? [];
      const parameter = parameters[Math.min(index, parameters.length - 1)];
      return !!parameter && mentionsTypeParameter(checker.getTypeOfSymbolAtLocation(parameter, declared!.declaration), 0);
    },
    classOf(node) {
      // `new Bot(…)` for `export { Agent as Bot } from 'abstractagent'` in another module: the
      // class the value is, read off its constructor type.
      const type = typeOf(node);
      return type && type.getConstructSignatures().length > 0 ? trackedOfSymbol(type.getSymbol?.()) : undefined;
    },
  };
}

/** Per program (a project's files and their augmentations), by class: see `augmentedMembers`. */
const augmentedByProgram = new WeakMap<TsProgram, Map<string, ReadonlySet<string>>>();

/**
 * The members of a tracked class's API the project declares outside the package: read off the
 * class's declared type (which merges every augmentation of its interface), found by its
 * declaration in the package's files, without asking the type of any expression.
 */
function augmentedMembersOf(program: TsProgram, checker: TypeChecker, tracked: TrackedClass): ReadonlySet<string> {
  const members = apiMembersOf(tracked);
  const pkg = packageOfClass(tracked);
  const move = exportMoves.find((one) => one.legacyMembers && one.name === tracked.legacyName);
  const className = tracked.version === 1 ? tracked.legacyName : move?.newName;
  const augmented = new Set<string>();
  if (!pkg || !className || !checker.getSymbolAtLocation || !checker.getDeclaredTypeOfSymbol) return augmented;
  for (const file of program.getSourceFiles?.() ?? []) {
    const fileName = file.fileName.replaceAll('\\', '/');
    if (packageOf(fileName) !== pkg) continue;
    for (const statement of file.statements ?? []) {
      if (statement.name?.text !== className) continue;
      const symbol = checker.getSymbolAtLocation(statement.name);
      const type = symbol && checker.getDeclaredTypeOfSymbol(symbol);
      for (const name of members) {
        if (type?.getProperty?.(name)?.declarations?.some((declaration) => packageOf(fileOf(declaration)) !== pkg)) augmented.add(name);
      }
    }
  }
  return augmented;
}

/**
 * Whether TypeScript checks a file, as the project's own compiler does: never under
 * `// @ts-nocheck`, and a JS file only with `checkJs` or `// @ts-check`.
 */
function isChecked(sourceFile: TsSourceFile, program: TsProgram): boolean {
  const file = program.getSourceFile?.(sourceFile.fileName) ?? sourceFile;
  const directive = file.checkJsDirective?.enabled;
  if (directive === false) return false;
  if (!/\.[cm]?jsx?$/i.test(file.fileName)) return true;
  return directive ?? checksJs(program);
}

/**
 * Whether the project's configuration turns `checkJs` on. typescript-eslint's `project` option
 * builds its program with `checkJs: true` whatever the tsconfig says, so the program's options are
 * trusted only when it was made from no tsconfig; otherwise the tsconfig's own text must say
 * `"checkJs": true` (one inherited through `extends` cannot be told from the forced one, and the
 * file is then taken as unchecked: linted as without types, never wrongly trusted).
 */
function checksJs(program: TsProgram): boolean {
  const options = program.getCompilerOptions?.();
  const config = options?.configFile;
  if (!config) return options?.checkJs === true;
  const valueOf = (object: TsJsonNode | undefined, key: string): TsJsonNode | undefined =>
    object?.properties?.find((property) => property.name?.text === key)?.initializer;
  const checkJs = valueOf(valueOf(config.statements?.[0]?.expression, 'compilerOptions'), 'checkJs');
  return !!checkJs && config.text.slice(checkJs.pos, checkJs.end).trim() === 'true';
}

/** Whether the file is linted with type information (then an instance may come from anywhere). */
export function hasTypeInformation(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const { program, nodeMap } = servicesOf(sourceCode);
  return !!program && !!nodeMap;
}

function servicesOf(sourceCode: Readonly<TSESLint.SourceCode>): {
  program?: TsProgram | null;
  nodeMap?: { get(node: TSESTree.Node): unknown };
} {
  const services = sourceCode.parserServices as Partial<{
    program: TsProgram | null;
    esTreeNodeToTSNodeMap: { get(node: TSESTree.Node): unknown };
  }> | undefined;
  return { program: services?.program, nodeMap: services?.esTreeNodeToTSNodeMap };
}

function fileOf(declaration: { getSourceFile(): { fileName: string } }): string {
  return declaration.getSourceFile().fileName.replaceAll('\\', '/');
}

/** Whether a symbol is TypeScript's own (`Readonly` of lib.es5.d.ts), not one of the project's of the name. */
function isLibFile(symbol: TsSymbol): boolean {
  const declaration = symbol.declarations?.[0];
  return !!declaration && /\/lib\.[\w.]*\.d\.ts$/.test(fileOf(declaration));
}

/** The package a tracked class's declarations are in: abstractllm for 1.x, the 2.0 package for 2.0. */
function packageOfClass(tracked: TrackedClass): string | undefined {
  if (tracked.version === 1) return legacyPackage;
  return exportMoves.find((move) => move.legacyMembers && move.name === tracked.legacyName)?.to.split('/')[0];
}

/** The package a declaration file belongs to: `…/node_modules/abstractagent/…` → `abstractagent`. */
function packageOf(file: string): string | undefined {
  const parts = file.split('/');
  const index = parts.lastIndexOf('node_modules');
  if (index >= 0) return parts[index + 1];
  // Declarations mapped by `paths` (as in this project's tests): the folder named after the
  // package. Only declaration files: a project's own source in a folder that happens to have the
  // name (`abstractagent/src/agent.ts` with a class `Agent` of its own) is not the package.
  if (!/\.d\.[cm]?ts$/.test(file)) return undefined;
  return parts.find((part) => part === legacyPackage || exportMoves.some((move) => move.to.split('/')[0] === part));
}

/** The little of TypeScript's program API the oracle uses. */
interface TsProgram {
  getTypeChecker(): TypeChecker;
  getSourceFile?(fileName: string): TsSourceFile | undefined;
  getSourceFiles?(): readonly TsSourceFile[];
  getCompilerOptions?(): { checkJs?: boolean; configFile?: TsConfigFile };
}
/** The tsconfig a program was made from, as TypeScript parsed it (a JSON syntax tree). */
interface TsConfigFile {
  text: string;
  statements?: readonly { expression?: TsJsonNode }[];
}
interface TsJsonNode {
  pos: number;
  end: number;
  properties?: readonly { name?: { text?: string }; initializer?: TsJsonNode }[];
}
interface TsSourceFile {
  fileName: string;
  /** Its top-level statements, of which only a declaration's name is read. */
  statements?: readonly { name?: { text?: string } }[];
  /** `// @ts-check` (enabled) or `// @ts-nocheck` (not). */
  checkJsDirective?: { enabled: boolean };
}

/** The little of TypeScript's checker API the oracle uses (no import of `typescript` at run time). */
interface TypeChecker {
  getTypeAtLocation(node: unknown): TsType;
  getNonNullableType(type: TsType): TsType;
  getBaseConstraintOfType?(type: TsType): TsType | undefined;
  getBaseTypes?(type: TsType): TsType[];
  getResolvedSignature?(node: unknown): { getDeclaration?(): unknown } | undefined;
  getSignatureFromDeclaration?(declaration: unknown): TsSignature | undefined;
  getTypeOfSymbolAtLocation(symbol: TsSymbol, node: unknown): TsType;
  getTypeArguments?(type: TsType): readonly TsType[];
  getIndexInfosOfType?(type: TsType): readonly { type: TsType }[];
  getSymbolAtLocation?(node: unknown): TsSymbol | undefined;
  getDeclaredTypeOfSymbol?(symbol: TsSymbol): TsType;
}
/** `ts.TypeFlags.Any`, `ts.TypeFlags.Unknown` and `ts.TypeFlags.Never` (stable since TypeScript 2 and 3). */
const anyFlag = 1;
const unknownFlag = 2;
const neverFlag = 131072;
/** `ts.ObjectFlags.Reference`: a type reference, which has type arguments (stable since TypeScript 2). */
const referenceObjectFlag = 4;

/** `ts.SymbolFlags.Class` and `ts.SymbolFlags.Interface` (stable since TypeScript 2). */
const classSymbol = 32;
const interfaceSymbol = 64;

/** A syntax node of TypeScript's, as far as `parenthesesAround` reads it. */
interface TsNode {
  parent?: TsNode;
  expression?: TsNode;
  arguments?: unknown;
  getStart(): number;
  getEnd(): number;
}

/**
 * The parenthesized expression around a node (`(fake)`, which ESTree drops), read without
 * TypeScript's syntax kinds: a parent whose one expression is the node, written `(` … `)`, and no
 * call (`(f)(x)` has arguments).
 */
function parenthesesAround(node: TsNode, text: string): TsNode | undefined {
  const parent = node.parent;
  if (!parent || parent.expression !== node || parent.arguments !== undefined) return undefined;
  return text[parent.getStart()] === '(' && text[parent.getEnd() - 1] === ')' ? parent : undefined;
}

interface TsType {
  flags: number;
  /** `ts.ObjectFlags` of an object type. */
  objectFlags?: number;
  getSymbol?(): TsSymbol | undefined;
  aliasSymbol?: TsSymbol;
  aliasTypeArguments?: readonly TsType[];
  /** The generic class of `Traced<X>`. */
  target?: TsType;
  isTypeParameter?(): boolean;
  isClassOrInterface?(): boolean;
  getConstructSignatures(): readonly unknown[];
  getProperties?(): readonly TsSymbol[];
  getProperty?(name: string): TsSymbol | undefined;
  isUnion?(): boolean;
  isIntersection?(): boolean;
  types?: TsType[];
}
interface TsSignature {
  getReturnType(): TsType;
  getParameters?(): readonly TsSymbol[];
}
interface TsSymbol {
  getName(): string;
  /** `ts.SymbolFlags`: a class merged with an interface has both `Class` and `Interface`. */
  flags?: number;
  /** A class's declaration, with its `extends` / `implements` clauses. */
  valueDeclaration?: { heritageClauses?: readonly { getText(): string }[] };
  declarations?: { getSourceFile(): { fileName: string } }[];
}
