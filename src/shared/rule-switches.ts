/**
 * Whether a rule runs under the reader's settings. Apart from settings.ts on purpose: the
 * content script imports settings, and importing the engine there would bundle it into the
 * content script (the engine runs in the background).
 */
import { isRuleEnabled as engineRunsRule } from '../engine';
import type { Rule } from '../engine/rule';
import { analyzeOptionsFrom, type Settings } from './settings';

/**
 * The master switch, then the engine's own decision (category, the reader's override, the
 * rule's default) on the options these settings give it, so no view disagrees with the analysis.
 */
export function isRuleEnabled(settings: Settings, rule: Pick<Rule, 'id' | 'category' | 'defaultOn'>): boolean {
  // The engine reads only these three fields of a rule.
  return settings.enabled && engineRunsRule(rule as Rule, analyzeOptionsFrom(settings));
}
