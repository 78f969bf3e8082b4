/**
 * The fast, deterministic slice of `npm run fuzz` (scripts/fuzz.mjs) that runs in `npm test`: the
 * runtime fixtures and the first heavy files, each with a quarter of its mutants, must keep every
 * invariant of invariants.ts; so must every regression fixture the fuzzer saved.
 *
 * Which quarter rotates with the file's index, so every mutant kind runs on over 20 files; all of
 * them on every file is what `npm run fuzz` does (and what would take this slice over a minute).
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateHeavyFiles } from '../../scripts/corpus/heavy.mjs';
import plugin from '../../src/index.js';
import { readSourceFiles, regressionFiles } from './inputs.js';
import { checkInvariants, fuzzConfigs, type Verdict } from './invariants.js';
import { mutantKinds, mutantsOf, type SourceFile } from './mutants.js';

const configs = fuzzConfigs(plugin);

/** The first heavy files cover every kind of file the generator writes, twice over or more. */
const heavySample = generateHeavyFiles(40).map((file) => ({ ...file, name: `heavy/${file.name}` }));
const fixtureSample = readSourceFiles(['tests/runtime/.fixtures']);

const check = (file: SourceFile): Verdict => checkInvariants(file.text, basename(file.name), configs);

const sliceShare = 4;
const kindsFor = (index: number) => new Set(mutantKinds.filter((_, kind) => (index + kind) % sliceShare === 0));

/** A verdict's broken invariants, as `[kind] invariant: detail` lines. */
const brokenInvariants = (kind: string, verdict: Verdict) =>
  verdict.status === 'checked' ? verdict.failures.map((failure) => `[${kind}] ${failure.invariant}: ${failure.detail}`) : [];

describe('fuzz slice: fixtures and heavy files, each with a quarter of its mutants', () => {
  const sample = [...fixtureSample, ...heavySample].map((file, index) => [file.name, file, kindsFor(index)] as const);

  it('runs every mutant kind', () => {
    const covered = new Set(sample.flatMap(([, file, kinds]) => mutantsOf(file).filter((mutant) => kinds.has(mutant.kind)).map((mutant) => mutant.kind)));
    expect([...covered].sort()).toEqual([...mutantKinds].sort());
  });

  it.each(sample)('%s', (_name, file, kinds) => {
    const verdict = check(file);
    // Each of these is a 1.x program: it parses, and the plugin has something to say about it.
    expect(verdict.status).toBe('checked');
    expect(verdict.status === 'checked' && verdict.reported).toBe(true);
    const mutants = mutantsOf(file).filter((mutant) => kinds.has(mutant.kind));
    const broken = [...brokenInvariants('original', verdict), ...mutants.flatMap((mutant) => brokenInvariants(mutant.kind, check(mutant)))];
    expect(broken).toEqual([]);
  });
});

describe('fuzz regressions (failing inputs the fuzzer saved)', () => {
  const regressions = regressionFiles();
  it('names each after its origin and mutant kind', () => {
    const kinds = new Set<string>(['original', ...mutantKinds]);
    const misnamed = regressions.filter((file) => !kinds.has(/~([a-z-]+)\.[^.]+$/.exec(file.name)?.[1] ?? ''));
    expect(misnamed.map((file) => file.name)).toEqual([]);
  });
  it.each(regressions.map((file) => [file.name, file] as const))('%s', (_name, file) => {
    const verdict = check(file);
    expect(verdict.status === 'checked' ? verdict.failures : verdict.reason).toEqual([]);
  });
});
