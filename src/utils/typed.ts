import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { exportMoves, legacyPackage } from '../migration-table.js';
import type { TypeOracle } from './instances.js';

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
  return (node) => {
    const tsNode = nodeMap.get(node);
    if (!tsNode) return undefined;
    const type = checker.getTypeAtLocation(tsNode);
    const symbol = type.getSymbol?.() ?? type.aliasSymbol;
    const name = symbol?.getName();
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName.replaceAll('\\', '/');
    if (!name || !file) return undefined;
    for (const move of classes) {
      if (name === move.name && packageOf(file) === legacyPackage) return { legacyName: move.name, version: 1 };
      if (name === move.newName && packageOf(file) === move.to.split('/')[0]) return { legacyName: move.name, version: 2 };
    }
    return undefined;
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
  getTypeAtLocation(node: unknown): {
    getSymbol?(): TsSymbol | undefined;
    aliasSymbol?: TsSymbol;
  };
}
interface TsSymbol {
  getName(): string;
  declarations?: { getSourceFile(): { fileName: string } }[];
}
