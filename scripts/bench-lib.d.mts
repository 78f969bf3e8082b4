// Types of scripts/bench-lib.mjs, for the tests that import it.
export interface RestrictedImportsOptions {
  paths: { name: string; importNames?: string[]; message: string }[];
  patterns: { group: string[]; message: string }[];
}
export function restrictedImportsOptions(table: {
  readonly moduleMoves: readonly { readonly from: string; readonly to: string }[];
  readonly exportMoves: readonly { readonly name: string; readonly from: readonly string[]; readonly newName: string; readonly to: string }[];
  readonly removedExports: readonly {
    readonly name: string;
    readonly from: readonly string[];
    readonly nearest: string;
    readonly nearestFrom: string;
  }[];
}): RestrictedImportsOptions;
export function evenSample<T>(items: readonly T[], count: number | undefined): T[];
export function variantOrder(variantCount: number, fileIndex: number, sweep: number, seed: number): number[];
export function shuffled<T>(items: readonly T[], seed: number): T[];
export function summary(values: readonly number[]): { median: number; min: number; max: number };
export function sumTimes(
  times: {
    passes: { rules?: Record<string, { total: number }>; parse?: { total: number }; fix?: { total: number }; total?: number }[];
  },
  pluginPrefix: string,
): { rules: number; pluginRules: number; parse: number; fix: number; total: number; passes: number };
export function sumOfMinima(perFile: readonly (readonly number[])[]): number;
