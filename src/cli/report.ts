import { namespace } from '../meta.js';
import type { PackageChange } from './package-json.js';

export interface Problem {
  line: number;
  column: number;
  rule: string;
  message: string;
  /** `--fix` takes care of it (possibly over several passes); otherwise a person must. */
  fixable: boolean;
}

export interface FileReport {
  /** Relative to the root, with `/`. */
  path: string;
  problems: Problem[];
  /** What is left after `--fix`, for a person (some appear only once the imports are migrated). */
  manual: Problem[];
  /** `--fix` would change the file. */
  changed: boolean;
}

export interface MigrationReport {
  root: string;
  eslintVersion: string;
  filesScanned: number;
  filesNeedingMigration: number;
  problemsByRule: Record<string, number>;
  autoFixable: number;
  manual: number;
  files: FileReport[];
  packageChanges: PackageChange[];
  badInput: { path: string; reason: string }[];
}

/** Splits the problems found before fixing into fixed and manual, by what is still reported after. */
export function classify(before: readonly Omit<Problem, 'fixable'>[], after: readonly Omit<Problem, 'fixable'>[]): { problems: Problem[]; manual: Problem[] } {
  const left = new Map<string, number>();
  const key = (p: Omit<Problem, 'fixable'>): string => `${p.rule}\u0000${p.message}`;
  for (const problem of after) left.set(key(problem), (left.get(key(problem)) ?? 0) + 1);
  const problems = before.map((problem) => {
    const count = left.get(key(problem)) ?? 0;
    if (count > 0) left.set(key(problem), count - 1);
    return { ...problem, fixable: count === 0 };
  });
  return { problems, manual: after.map((problem) => ({ ...problem, fixable: false })) };
}

export function summarize(report: MigrationReport): string {
  const lines = [
    `abstractllm-migrate: ${report.filesScanned} files scanned (ESLint ${report.eslintVersion})`,
    `  ${report.filesNeedingMigration} need migrating: ${report.autoFixable} problems --fix handles, ${report.manual} need a person`,
  ];
  for (const [rule, count] of Object.entries(report.problemsByRule).sort()) lines.push(`  ${rule}: ${count}`);
  if (report.packageChanges.length > 0) {
    lines.push(`  package.json: ${report.packageChanges.map(describeChange).join('; ')}`);
  }
  for (const bad of report.badInput) lines.push(`  skipped ${bad.path}: ${bad.reason}`);
  return lines.join('\n');
}

function describeChange(change: PackageChange): string {
  return change.from
    ? `${change.path} ${change.field}.${change.name} ${change.from} → ${change.to}`
    : `${change.path} add ${change.field}.${change.name} ${change.to}`;
}

/** `abstractllm-migration.md`: per file, each problem and whether --fix handles it; then the steps. */
export function markdownReport(report: MigrationReport): string {
  const out: string[] = ['# abstractllm 1.x → 2.0 migration report', ''];
  out.push(
    `${report.filesScanned} files scanned, ${report.filesNeedingMigration} need migrating: ${report.autoFixable} problems are fixed by \`abstractllm-migrate --fix\`, ${report.manual} need a person.`,
    '',
  );
  if (report.badInput.length > 0) {
    out.push('## Files that could not be checked', '');
    for (const bad of report.badInput) out.push(`- \`${bad.path}\`: ${bad.reason}`);
    out.push('');
  }
  out.push('## Problems by file', '');
  const files = report.files.filter((file) => file.problems.length > 0 || file.manual.length > 0);
  if (files.length === 0) out.push('Nothing to migrate.', '');
  for (const file of files) {
    out.push(`### \`${file.path}\``, '', '| Line | Rule | Problem | Fix |', '| --- | --- | --- | --- |');
    for (const problem of file.problems) {
      out.push(`| ${problem.line}:${problem.column} | ${problem.rule} | ${escapeCell(problem.message)} | ${problem.fixable ? 'automatic' : 'manual'} |`);
    }
    const newlyVisible = file.manual.filter((m) => !file.problems.some((p) => !p.fixable && p.rule === m.rule && p.message === m.message));
    for (const problem of newlyVisible) {
      out.push(`| after --fix, ${problem.line}:${problem.column} | ${problem.rule} | ${escapeCell(problem.message)} | manual |`);
    }
    out.push('');
  }
  out.push('## Steps', '');
  out.push('1. Install the 2.0 packages the migrated code imports:', '');
  if (report.packageChanges.length > 0) {
    for (const change of report.packageChanges) out.push(`   - ${describeChange(change)}`);
    out.push('', '   (`abstractllm-migrate --fix` makes these package.json edits; then run your package manager\'s install.)');
  } else {
    out.push('   - no package.json change is needed.');
  }
  out.push(
    '',
    '2. Commit or stash your work, then run `npx abstractllm-migrate --fix` on a branch. It saves every file it changes under `.abstractllm-migrate/backup-<time>/`; `npx abstractllm-migrate --rollback` restores them.',
    '',
    '3. Do the manual items above. Each message says what to do; the rule pages explain them:',
  );
  const rules = [...new Set(report.files.flatMap((file) => [...file.problems, ...file.manual].filter((p) => !p.fixable).map((p) => p.rule)))].sort();
  for (const rule of rules) out.push(`   - \`${rule}\`: see docs/rules/${rule.replace(`${namespace}/`, '')}.md`);
  if (rules.length === 0) out.push('   - none.');
  out.push(
    '',
    "4. Run your tests. While parts of the code base are still 1.x, `CompatibilityLayer.setup()` from `abstractllm/compat` lets them run on 2.0; remove it once nothing is left to migrate (the `no-compat-layer` rule tells you when).",
    '',
    '5. Switch the plugin\'s rules to `error` in CI so that 1.x code does not come back.',
    '',
  );
  return out.join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
