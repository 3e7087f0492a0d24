/**
 * The Sourcelight engine: pure TypeScript, no DOM, no browser API. The package's main
 * entry (dist/node/index.js), also bundled into the content script.
 */
import { analyzeWith } from './analyze';
import { english } from './lang/en';
import { validatePhraseWith } from './pattern';
import type { AnalyzeOptions, Report } from './types';

export * from './types';
export type { Rule, PhraseRule, ContextRule, ConditionalRule, AttributionRule, RuleExamples, Pattern } from './rule';
export type { LanguagePack } from './lang/types';
export { RULES, ruleById } from '../rules/index';
export { isRuleEnabled } from './analyze';
export { countWords } from './words';
export { summarize } from './summary';
export { MAX_PHRASE_LENGTH } from './pattern';
export { english } from './lang/en';

/** Analyses plain text: sentences, findings, sentence sourcing, sources and a summary. */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  return analyzeWith(text, options, english);
}

/** Why a reader's own phrase cannot be used (a message for the options page), or null. */
export function validatePhrase(phrase: string): string | null {
  return validatePhraseWith(phrase, english);
}
