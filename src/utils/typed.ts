import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { exportMoves, legacyPackage } from '../migration-table.js';
import type { TrackedClass } from '../migration-table.js';
import type { TypeOracle } from './instances.js';
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
  const checker = program.getTypeChecker();
  const classes = exportMoves.filter((move) => move.legacyMembers);
  const trackedOfSymbol = (symbol: TsSymbol | undefined): TrackedClass | undefined => {
    const name = symbol?.getName();
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName.replaceAll('\\', '/');
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
  const trackedOfType = (type: TsType): TrackedClass | undefined => {
    // `Agent | undefined`, `Agent | null`: an instance wherever the value is there at all.
    const present = type.isUnion?.() ? checker.getNonNullableType(type) : type;
    if (present.isIntersection?.() && present.types) {
      const found = present.types.map(trackedOfType);
      const tracked = found.filter((one) => one !== undefined);
      if (tracked.length !== 1) return undefined;
      // `Agent & { id: string }`: a part that declares a 1.x member name of its own (a shim, a
      // mixin) makes that member not the class's; the value is still an Agent for the others.
      const foreignMembers = present.types
        .filter((_, index) => found[index] === undefined)
        .flatMap((part) => part.getProperties?.().map((property) => property.getName()) ?? [])
        .filter(isLegacyMemberName);
      return foreignMembers.length > 0 ? { ...tracked[0]!, foreignMembers: [...new Set([...(tracked[0]!.foreignMembers ?? []), ...foreignMembers])] } : tracked[0];
    }
    if (present.isUnion?.()) return undefined; // `Agent | Fake`: not provably one
    return trackedOfSymbol(present.getSymbol?.() ?? present.aliasSymbol);
  };
  return {
    instanceOf(node) {
      const type = typeOf(node);
      const tracked = type && trackedOfType(type);
      // A class itself (`typeof Agent`) is not an instance of it (asked only of the rare match).
      return tracked && type.getConstructSignatures().length === 0 ? tracked : undefined;
    },
    isAny(node) {
      const type = typeOf(node);
      return !!type && (type.flags & anyFlag) !== 0;
    },
    classOf(node) {
      // `new Bot(…)` for `export { Agent as Bot } from 'abstractagent'` in another module: the
      // class the value is, read off its constructor type.
      const type = typeOf(node);
      return type && type.getConstructSignatures().length > 0 ? trackedOfSymbol(type.getSymbol?.()) : undefined;
    },
  };
}

/** Whether the file is linted with type information (then an instance may come from anywhere). */
export function hasTypeInformation(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const { program, nodeMap } = servicesOf(sourceCode);
  return !!program && !!nodeMap;
}

function servicesOf(sourceCode: Readonly<TSESLint.SourceCode>): {
  program?: { getTypeChecker(): TypeChecker } | null;
  nodeMap?: { get(node: TSESTree.Node): unknown };
} {
  const services = sourceCode.parserServices as Partial<{
    program: { getTypeChecker(): TypeChecker } | null;
    esTreeNodeToTSNodeMap: { get(node: TSESTree.Node): unknown };
  }> | undefined;
  return { program: services?.program, nodeMap: services?.esTreeNodeToTSNodeMap };
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

/** The little of TypeScript's checker API the oracle uses (no import of `typescript` at run time). */
interface TypeChecker {
  getTypeAtLocation(node: unknown): TsType;
  getNonNullableType(type: TsType): TsType;
}
/** `ts.TypeFlags.Any` (stable since TypeScript 2). */
const anyFlag = 1;

interface TsType {
  flags: number;
  getSymbol?(): TsSymbol | undefined;
  aliasSymbol?: TsSymbol;
  getConstructSignatures(): readonly unknown[];
  getProperties?(): readonly TsSymbol[];
  isUnion?(): boolean;
  isIntersection?(): boolean;
  types?: TsType[];
}
interface TsSymbol {
  getName(): string;
  declarations?: { getSourceFile(): { fileName: string } }[];
}
