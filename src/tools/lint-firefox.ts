/**
 * `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint) over dist/firefox.
 * Fails on any error and on any warning from our code. It accepts only the warnings of
 * libraries we bundle, each recognised by its own code at the reported position (the
 * bundle is minified, so this looks at the characters around the line and column).
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

const THIRD_PARTY: Array<{ library: string; code: string; around: RegExp }> = [
  // preact's renderer: `dom.innerHTML = props.dangerouslySetInnerHTML.__html`.
  { library: "preact's dangerouslySetInnerHTML support", code: 'UNSAFE_VAR_ASSIGNMENT', around: /\.innerHTML\s*=\s*\w+\.__html/ },
  // Readability's own methods; it runs on an inert copy of the page (src/page/article.ts).
  {
    library: '@mozilla/readability on its copy of the page',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    around: /this\._(?:attempts|getInnerText|isSingleImage|forEachNode|charThreshold)\b/,
  },
  // linkedom, the DOM Readability gets in the background: its innerHTML is its own parser
  // filling its own JavaScript objects, no browser document involved.
  { library: "linkedom's own DOM (background)", code: 'UNSAFE_VAR_ASSIGNMENT', around: /\.ignoreCase\?|set outerHTML\(/ },
];

/** The bundled library a warning comes from, or null when it is ours. */
function thirdPartyOf(m: LintMessage): string | null {
  if (!m.file || !m.line) return null;
  const line = readFileSync(resolve(sourceDir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const at = m.column ?? 0;
  const around = line.slice(Math.max(0, at - 200), at + 200);
  return THIRD_PARTY.find((t) => t.code === m.code && t.around.test(around))?.library ?? null;
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
const ours = report.warnings.filter((m) => !thirdPartyOf(m));
const accepted = [...new Set(report.warnings.map(thirdPartyOf).filter(Boolean))];
for (const m of report.errors) console.error(`error${describe(m)}`);
for (const m of ours) console.error(`warning${describe(m)}`);
console.log(
  `web-ext lint dist/firefox: ${report.errors.length} errors, ${ours.length} warnings from our code` +
    (accepted.length ? ` (${report.warnings.length - ours.length} accepted, from ${accepted.join('; ')})` : ''),
);
process.exitCode = report.errors.length + ours.length > 0 ? 1 : 0;
