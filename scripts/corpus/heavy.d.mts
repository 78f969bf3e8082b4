// Types of heavy.mjs, for the TypeScript tests that use the generator.
export interface HeavyFile {
  /** `0001-route.ts`: the index, the kind of file, its extension. */
  name: string;
  text: string;
}
export function generateHeavyFiles(count: number): HeavyFile[];
/** The kinds of file, in the order the indexes cycle through them. */
export const heavyKinds: readonly string[];
