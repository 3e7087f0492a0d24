/**
 * The conventions every rule follows (refined-github / ESLint style): ids, categories,
 * examples, explanations, no phrase claimed by two rules, a sorted registry, and a README
 * whose rule list is the registry's.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { english } from '../../../src/engine/lang/en';
import { chooseAnchor, parsePattern, type PatternNode } from '../../../src/engine/pattern';
import { supportPatterns, type Rule } from '../../../src/engine/rule';
import { CATEGORY_IDS } from '../../../src/engine/types';
import { RULES } from '../../../src/rules/index';
import { currentRules, renderRules } from '../../../src/tools/rules-doc';

const README = resolve(import.meta.dirname, '../../../README.md');
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Patterns of a rule that lists phrases (attribution rules keep theirs in the language pack). */
const patternsOf = (r: Rule): string[] => (r.check === 'attribution' ? [] : r.patterns);

/**
 * The phrases a pattern stands for, spelled out ("[a|b] c" -> "a c", "b c"), or null when
 * there are too many to list. Macros and inflection marks stay as written.
 */
function phrases(nodes: PatternNode[], limit = 20000): string[] | null {
  let out = [''];
  for (const n of nodes) {
    let parts: string[];
    if (n.t === 'word') parts = [n.inflect ? `${n.text}~` : n.text];
    else if (n.t === 'space') parts = [' '];
    else if (n.t === 'hyphen') parts = ['-'];
    else if (n.t === 'apos') parts = ["'"];
    else if (n.t === 'punct') parts = [n.ch];
    else if (n.t === 'macro') parts = [`<${n.name}>`];
    else {
      parts = [];
      for (const alt of n.alts) {
        const sub = phrases(alt, limit);
        if (!sub) return null;
        parts.push(...sub);
      }
    }
    if (out.length * parts.length > limit) return null;
    out = out.flatMap((o) => parts.map((p) => o + p));
  }
  return out.map((p) => p.replace(/\s+/g, ' ').replace(/ ?- ?/g, '-').trim());
}

describe('rule conventions', () => {
  it('has at least 150 rules, covering every category', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(150);
    for (const c of CATEGORY_IDS) expect(RULES.filter((r) => r.category === c).length, c).toBeGreaterThan(0);
  });

  it('has unique kebab-case ids, each prefixed by its category', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id, r.id).toMatch(KEBAB);
      expect(r.id.startsWith(`${r.category}-`), `${r.id} starts with ${r.category}-`).toBe(true);
    }
  });

  it('keeps the registry sorted by id', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('gives every rule a name, a real explanation and examples both ways', () => {
    for (const r of RULES) {
      expect(r.name.trim().length, r.id).toBeGreaterThan(2);
      expect(r.explanation.trim().length, `${r.id} explanation`).toBeGreaterThanOrEqual(60);
      expect(r.explanation.trim().toLowerCase(), r.id).not.toBe(r.name.trim().toLowerCase());
      expect(/[.?!)]$/.test(r.explanation.trim()), `${r.id} explanation ends a sentence`).toBe(true);
      expect(r.examples.match.length, `${r.id} match examples`).toBeGreaterThanOrEqual(2);
      expect(r.examples.noMatch.length, `${r.id} noMatch examples`).toBeGreaterThanOrEqual(1);
      const all = [...r.examples.match, ...r.examples.noMatch];
      expect(new Set(all).size, `${r.id} examples are distinct`).toBe(all.length);
    }
  });

  it('writes every pattern in the phrase language', () => {
    for (const r of RULES) {
      const lists = r.check === 'context' ? [r.requireBefore, r.requireAfter, r.rejectBefore, r.rejectAfter, r.rejectNext] : [];
      const satisfied = r.check === 'conditional' ? supportPatterns(r) : [];
      for (const p of [...patternsOf(r), ...lists.flatMap((l) => l ?? []), ...satisfied]) {
        expect(() => parsePattern(p, english), `${r.id}: ${p}`).not.toThrow();
      }
    }
  });

  it('marks a rule through its required words only when it requires some', () => {
    const without = RULES.filter((r) => r.check === 'context' && r.markThroughRequired && !r.requireAfter?.length).map((r) => r.id);
    expect(without).toEqual([]);
  });

  it('never lets two rules claim the same phrase', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const r of RULES) {
      const mine = new Set<string>();
      for (const p of patternsOf(r)) {
        const list = phrases(parsePattern(p, english)) ?? [p.toLowerCase().replace(/\s+/g, ' ')];
        for (const phrase of list) mine.add(phrase);
      }
      for (const phrase of mine) {
        const other = owner.get(phrase);
        if (other && other !== r.id) clashes.push(`"${phrase}": ${other} and ${r.id}`);
        else owner.set(phrase, r.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('finds every pattern from a word rarer than the most frequent few ("a", "the", "of")', () => {
    // A pattern found from "a" is tried at every "a" of a page: one such alternation doubled
    // the scanner's work. Split such a pattern into forms that each have a rarer word.
    const tooCommon: string[] = [];
    for (const r of RULES) {
      for (const p of patternsOf(r)) {
        const anchor = chooseAnchor(parsePattern(p, english), english);
        if (anchor.words.some((w) => (english.stopwordRank.get(w) ?? Infinity) < 8)) tooCommon.push(`${r.id}: ${p.slice(0, 60)}`);
      }
    }
    expect(tooCommon).toEqual([]);
  });

  it('lists the registry in README.md (run `npm run docs:rules` after changing rules)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(currentRules(readme), 'README.md has a rules section').not.toBeNull();
    expect(currentRules(readme)).toBe(renderRules(RULES).trim());
    for (const r of RULES) expect(readme.includes(`\`${r.id}\``), r.id).toBe(true);
  });
});
