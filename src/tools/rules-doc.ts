/**
 * Writes the rule catalogue into README.md, between `<!-- rules:start -->` and
 * `<!-- rules:end -->`, from the registry (src/rules/index.ts). Run: `npm run docs:rules`.
 * The conventions test renders the same section and fails when the README is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule } from '../engine/rule';
import { CATEGORY_IDS } from '../engine/types';
import { RULES } from '../rules/index';
import { repoRoot } from './paths';

export const START_MARK = '<!-- rules:start -->';
export const END_MARK = '<!-- rules:end -->';

/** Markdown table cells must not contain pipes or line breaks. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The generated section, markers excluded. */
export function renderRules(rules: readonly Rule[] = RULES): string {
  const lines: string[] = [
    '### Rules',
    '',
    `${rules.length} rules, generated from \`src/rules\` by \`npm run docs:rules\`. Each rule's file carries its`,
    'explanation and the example sentences it must and must not match.',
  ];
  for (const category of CATEGORY_IDS) {
    const inCategory = rules.filter((r) => r.category === category);
    if (!inCategory.length) continue;
    lines.push('', `#### \`${category}\` (${inCategory.length})`, '', '| rule | name | on | matches, for example |', '|---|---|---|---|');
    for (const r of inCategory) {
      lines.push(`| \`${r.id}\` | ${cell(r.name)} | ${r.defaultOn === false ? 'off' : 'on'} | ${cell(r.examples.match[0] ?? '')} |`);
    }
  }
  return lines.join('\n');
}

/** `readme` with the section between the markers replaced. */
export function withRules(readme: string, section: string): string {
  const a = readme.indexOf(START_MARK);
  const b = readme.indexOf(END_MARK);
  if (a < 0 || b < a) return `${readme.trimEnd()}\n\n${START_MARK}\n${section}\n${END_MARK}\n`;
  return `${readme.slice(0, a + START_MARK.length)}\n${section}\n${readme.slice(b)}`;
}

/** The section currently in `readme`, or null without markers. */
export function currentRules(readme: string): string | null {
  const a = readme.indexOf(START_MARK);
  const b = readme.indexOf(END_MARK);
  return a < 0 || b < a ? null : readme.slice(a + START_MARK.length, b).trim();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = resolve(repoRoot, 'README.md');
  let readme = '';
  try {
    readme = readFileSync(file, 'utf8');
  } catch {
    // No README yet: it is created with just the rules section.
  }
  writeFileSync(file, withRules(readme, renderRules()));
  console.log(`README.md: ${RULES.length} rules`);
}
