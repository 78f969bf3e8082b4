/**
 * The call log shared by the 2.0 stand-ins (MIGRATION.md, "Runtime meaning, for equivalence tests").
 *
 * Only the 2.0 stand-ins record; the 1.x stand-in records nothing of its own, it only forwards to
 * them. So a program run before the fix (on 1.x) and after it (on 2.0) can be compared by what the
 * 2.0 layer saw.
 *
 * The runner evaluates every stand-in module afresh for each run (see `../run-fixture.ts`), so this
 * module's state (the log, the instance counters) is per run: labels and ids restart at 1.
 *
 * Normalisation. Each 2.0 member writes its arguments with the documented defaults applied and with
 * EVERY key of the option shape written, even when its value is `undefined` (an absent `model` is
 * recorded as `model: undefined`). Writing every key, rather than dropping `undefined` ones, keeps
 * the shape of a record fixed per call kind, so records compare equal under `toStrictEqual` too
 * (which tells an absent key from an `undefined` one) and a record always shows every option the
 * stand-in looked at. Keys a caller passed that the 2.0 shape does not have are kept after the known
 * ones, so a wrong migration that passes a stray option shows up as a difference.
 */

export interface CallRecord {
  /** `Class.constructor`, `Class.member` (a getter read is recorded as `Class.member` with no args), or a function name. */
  readonly call: string;
  /** The instance the call was made on (or that a constructor made): `Agent#1`. Absent for functions. */
  readonly on?: string;
  /** A snapshot of the arguments (see `snapshot`), defaults applied by the caller of `record`. */
  readonly args: readonly unknown[];
}

const log: CallRecord[] = [];
const counters = new Map<string, number>();
const labels = new WeakMap<object, string>();
let quiet = 0;

/** Appends one record (a snapshot of `args`, so later mutation by the program does not change it). */
export function record(call: string, on: string | undefined, args: readonly unknown[]): void {
  if (quiet > 0) return;
  const copied = args.map((arg) => snapshot(arg));
  log.push(on === undefined ? { call, args: copied } : { call, on, args: copied });
}

/**
 * Runs `work` without recording: for what a stand-in does internally through public members
 * (an Agent building its own BasicSession), which the program under test did not call.
 */
export function quietly<T>(work: () => T): T {
  quiet++;
  try {
    return work();
  } finally {
    quiet--;
  }
}

/** Names a new stand-in instance `Kind#n` (n counts per kind, from 1, per run). */
export function label(kind: string, instance: object): string {
  const n = (counters.get(kind) ?? 0) + 1;
  counters.set(kind, n);
  const name = `${kind}#${n}`;
  labels.set(instance, name);
  return name;
}

/**
 * Gives a 1.x wrapper the label of the 2.0 instance it forwards to, so a program that returns its
 * `Session` and one that returns the `Agent` the fix made of it produce the same data.
 */
export function sameInstance(wrapper: object, instance: object): void {
  const name = labels.get(instance);
  if (name !== undefined) labels.set(wrapper, name);
}

/** The next number of a per-run sequence (message ids, session ids). */
export function next(sequence: string): number {
  const n = (counters.get(`seq:${sequence}`) ?? 0) + 1;
  counters.set(`seq:${sequence}`, n);
  return n;
}

/** The log so far (a copy). */
export function records(): CallRecord[] {
  return [...log];
}

/**
 * Plain data for a value, comparable by deep equality across runs: a stand-in instance becomes
 * `{ instance: 'Agent#1' }`, a function `'[function name]'`, a Date a new Date, arrays and objects
 * are copied key by key (own enumerable keys, in order; `undefined` values kept), anything else
 * as is. Objects from the program (a tool literal) are copied the same way, so two runs that pass
 * equal-looking objects record equal data.
 */
export function snapshot(value: unknown, seen: Set<object> = new Set()): unknown {
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  if (value === null || typeof value !== 'object') return value;
  const name = labels.get(value);
  if (name !== undefined) return { instance: name };
  if (value instanceof Date) return new Date(value.getTime());
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => snapshot(item, seen));
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = snapshot(item, seen);
    return copy;
  } finally {
    seen.delete(value);
  }
}
