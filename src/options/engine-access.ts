/** What the options page needs of the engine: the rule catalogue and the phrase checks. */
import { RULES, analyze, isRuleEnabled, validatePhrase } from '../engine';
import type { CategoryId } from '../engine/types';
import type { Rule } from '../engine/rule';
import type { BuiltInMatch } from './own-phrases';

export { isRuleEnabled, validatePhrase };

export const rulesByCategory = (category: CategoryId): Rule[] => RULES.filter((rule) => rule.category === category);

const rulesById = new Map(RULES.map((rule) => [rule.id, rule]));

/** A built-in rule that already finds the whole phrase (whatever its on/off state). */
export const builtInMatch: BuiltInMatch = (phrase) => {
  const text = phrase.trim();
  const everything = { enabledRules: RULES.map((r) => r.id) };
  const hit = analyze(text, everything).findings.find((f) => f.start === 0 && f.end === text.length && rulesById.has(f.rule));
  const rule = hit && rulesById.get(hit.rule);
  return rule ? { ruleName: rule.name, category: rule.category } : null;
};

/** The rule's phrases as a reader can search and read them: `allege~` -> "allege…". */
export function readablePatterns(rule: Rule): string[] {
  return 'patterns' in rule ? rule.patterns.map((p) => p.replace(/~/g, '…')) : [];
}
