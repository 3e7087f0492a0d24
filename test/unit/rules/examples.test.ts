/**
 * Every rule carries its own example sentences (as ESLint rules carry valid and invalid
 * cases). Each rule runs alone over them: every `match` sentence must give it at least one
 * finding, every `noMatch` sentence none, and each finding's offsets must slice to its text.
 * Other rules are switched off so that a longer phrase of another rule cannot take the
 * words first; attribution analysis still runs, so conditional rules see named sources.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/index';
import { RULES } from '../../../src/rules/index';
import type { Rule } from '../../../src/engine/rule';

const ALL_IDS = RULES.map((r) => r.id);

function findingsOf(rule: Rule, sentence: string) {
  const report = analyze(sentence, {
    disabledRules: ALL_IDS.filter((id) => id !== rule.id),
    enabledRules: [rule.id],
  });
  for (const f of report.findings) expect(report.text.slice(f.start, f.end)).toBe(f.text);
  return report.findings.filter((f) => f.rule === rule.id);
}

describe('rule examples', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      it.each(rule.examples.match)('finds something in: %s', (sentence) => {
        const found = findingsOf(rule, sentence);
        expect(found.length, `${rule.id} should match`).toBeGreaterThan(0);
        for (const f of found) expect(f.category).toBe(rule.category);
      });
      it.each(rule.examples.noMatch)('finds nothing in: %s', (sentence) => {
        expect(findingsOf(rule, sentence).map((f) => f.text)).toEqual([]);
      });
    });
  }
});
