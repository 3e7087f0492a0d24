/**
 * Checks a reader's own phrase before it is stored. Each problem is a message key of
 * _locales (shown next to the field) with its substitutions. The engine decides what the
 * phrase language accepts; this module adds what only the settings know: duplicates and limits.
 */
import type { CategoryId, CustomPhrase } from '../engine/types';
import { MAX_CUSTOM_PHRASES, MAX_EXPLANATION_LENGTH, MAX_PHRASE_LENGTH, phraseKey } from '../shared/settings';

export interface Problem {
  key: string;
  subs?: string[];
}

/** A built-in rule that already finds the whole phrase, if any. */
export type BuiltInMatch = (phrase: string) => { ruleName: string; category: CategoryId } | null;

export interface PhraseContext {
  existing: readonly CustomPhrase[];
  /** The phrase being edited (it may keep its own text). */
  editingId?: string;
  /** The engine's check of the phrase language; an English reason or null. */
  validate: (phrase: string) => string | null;
  builtIn: BuiltInMatch;
}

/** Characters that would make a regular expression: refused with a message of our own. */
const REGEX_CHARS = /[\\^$.*+?(){}/]/;

export function checkOwnPhrase(input: string, ctx: PhraseContext): Problem | null {
  const phrase = input.trim();
  if (ctx.editingId === undefined && ctx.existing.length >= MAX_CUSTOM_PHRASES)
    return { key: 'options_phraseErrorLimit', subs: [String(MAX_CUSTOM_PHRASES)] };
  if (phrase === '') return { key: 'options_phraseErrorEmpty' };
  if (phrase.length > MAX_PHRASE_LENGTH) return { key: 'options_phraseErrorTooLong', subs: [String(MAX_PHRASE_LENGTH)] };
  const regex = phrase.match(REGEX_CHARS);
  if (regex) return { key: 'options_phraseErrorRegex', subs: [regex[0]] };
  const reason = ctx.validate(phrase);
  if (reason !== null) return { key: 'options_phraseErrorInvalid', subs: [reason] };
  const key = phraseKey(phrase);
  const twin = ctx.existing.find((p) => p.id !== ctx.editingId && phraseKey(p.phrase) === key);
  if (twin) return { key: 'options_phraseErrorDuplicateOwn', subs: [twin.phrase] };
  const builtIn = ctx.builtIn(phrase);
  if (builtIn) return { key: 'options_phraseErrorDuplicateBuiltIn', subs: [builtIn.ruleName] };
  return null;
}

export function checkExplanation(input: string): Problem | null {
  return input.trim().length > MAX_EXPLANATION_LENGTH ? { key: 'options_explanationErrorTooLong', subs: [String(MAX_EXPLANATION_LENGTH)] } : null;
}

/** A short, unique id for a new phrase; it becomes the rule id of its findings. */
export function newPhraseId(existing: readonly CustomPhrase[]): string {
  const taken = new Set(existing.map((p) => p.id));
  for (;;) {
    const id = `custom-${Math.random().toString(36).slice(2, 10)}`;
    if (!taken.has(id)) return id;
  }
}
