/**
 * `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint) over dist/firefox.
 * Fails on any error and on any warning from our code. The one warning it accepts is
 * preact's own `dangerouslySetInnerHTML` support (`e.innerHTML = props.__html` in its
 * renderer), recognised by that very assignment at the reported position.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { distDir, repoRoot } from './paths';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

const sourceDir = resolve(distDir, 'firefox');

function isPreactInnerHtml(m: LintMessage): boolean {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || !m.line) return false;
  const line = readFileSync(resolve(sourceDir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const at = m.column ?? 0;
  return /\.innerHTML\s*=\s*\w+\.__html/.test(line.slice(Math.max(0, at - 10), at + 60));
}

const run = spawnSync(resolve(repoRoot, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-input'], {
  encoding: 'utf8',
  maxBuffer: 16 * 1024 * 1024,
});
let report: { errors: LintMessage[]; warnings: LintMessage[] };
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`web-ext lint did not produce a report (exit ${run.status}):\n${run.stderr || run.stdout}`);
  process.exit(1);
}

const describe = (m: LintMessage) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? 0}` : ''} ${m.message}`;
const ours = report.warnings.filter((m) => !isPreactInnerHtml(m));
const accepted = report.warnings.length - ours.length;
for (const m of report.errors) console.error(`error${describe(m)}`);
for (const m of ours) console.error(`warning${describe(m)}`);
console.log(
  `web-ext lint dist/firefox: ${report.errors.length} errors, ${ours.length} warnings from our code` +
    (accepted ? ` (${accepted} accepted: preact's dangerouslySetInnerHTML support)` : ''),
);
process.exitCode = report.errors.length + ours.length > 0 ? 1 : 0;
