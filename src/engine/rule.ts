/**
 * Rules are data (src/rules), built on a few check types implemented by the engine.
 * New behaviour means a new check type here, never a special case inside a rule file.
 *
 * Phrase patterns are a small language, never raw regular expressions (a reader's own
 * phrases use it too, so no pattern can freeze a page):
 *   word        the word, whole, in any letter case
 *   word~       the word and its inflections: allege~ -> allege, alleges, alleged, alleging, allegedly
 *   [a|b c]     one of the alternatives; an empty alternative makes it optional: [very|]
 *   '           a straight or curly apostrophe;  -  a hyphen, dash or space ("so-called", "so called")
 *   . ,         a full stop or comma, exactly ("u.s. official", "official[,|] who spoke");
 *               a phrase cannot start with one
 *   spaces      any run of whitespace, line breaks included
 *   <macro>     a lexicon entry of the language pack, e.g. <report> (reporting verbs, all forms),
 *               <name> (a proper name such as "Sergey Lavrov" or "the Interior Ministry")
 *
 * Lexicon entries of the English pack (src/engine/lang/en.ts):
 *   <report>    reporting verbs in every form: say/says/said, told, wrote, announced, ...
 *   <name>      a capitalised proper name, case-sensitive: "Sergey Lavrov", "the Interior
 *               Ministry", "Head of the Ministry of Defense Andrei Belyushikov"
 *   <neg>       a negator: not, n't, never, no, without, hardly, nor, cannot
 *   <be>        is/are/was/were/be/been/being/'s/'re
 *   <have>      has/have/had/having/'ve/'s/'d
 *   <number>    a number in digits: "40", "2,000", "3.5"
 *   <plural>    a word ending in s, the shape of a plural noun: "backbenchers", "Republicans"
 *   <word>      any word (for context lists: "there is a word before it")
 *   <possessive> a possessive word: "the fund’s", "the firms’"
 *   <place>     a country, capital or seat of government: "Ukraine", "the West", "Downing Street"
 *
 * Matching: a pattern matches whole words only, within one sentence; where several
 * patterns match at the same place the longest wins, and later text is scanned after it
 * (findings of the phrase scanner never overlap). A context rule whose neighbours reject
 * it lets a shorter pattern at the same place win instead; a conditional claim found
 * supported lets the shorter matches of other categories inside it stand ("claim" in
 * "Reports in Spain claim that ..., according to Marca" is still a loaded verb). A pattern
 * must contain a word outside < > and cannot start with <name>: the scanner looks for each
 * pattern by one of its required words, the rarest-looking ("is [widely|] believed to" at
 * "believed"). Everything is matched in linear time; a bounded number of words before that
 * anchor word are tried (as many as the pattern can hold there: see a regex macro's maxWords).
 */
import type { CategoryId } from './types';

export type Pattern = string;

export interface RuleExamples {
  /** Sentences in which the rule must find something. */
  match: string[];
  /** Sentences in which it must find nothing. */
  noMatch: string[];
}

interface RuleMeta {
  /** Stable, kebab-case, unique; part of the JSON output and of stored settings. */
  id: string;
  category: CategoryId;
  /** Short name shown on the hover card and in the options page. */
  name: string;
  /** For a reader: why this wording matters for sourcing, and what to look for next. */
  explanation: string;
  /** On unless said otherwise. */
  defaultOn?: boolean;
  examples: RuleExamples;
}

/** Any occurrence of one of the patterns. */
export interface PhraseRule extends RuleMeta {
  check: 'phrase';
  patterns: Pattern[];
}

/** An occurrence whose neighbouring words decide: "claimed" but not "claimed responsibility". */
export interface ContextRule extends RuleMeta {
  check: 'context';
  patterns: Pattern[];
  /** How many words either side are looked at (default 3), never past the sentence. */
  window?: number;
  /** At least one of these must occur within the window before / after the match. */
  requireBefore?: Pattern[];
  requireAfter?: Pattern[];
  /**
   * The mark runs on through the first `requireAfter` match: a group and its reporting verb
   * read as one source ("Doctors at the hospital said", not "Doctors at the").
   */
  markThroughRequired?: boolean;
  /**
   * None of these may occur within the window before / after the match (anywhere in it, not
   * only next to the match: with a wide window, "conceded that a small number" meets "a").
   */
  rejectBefore?: Pattern[];
  rejectAfter?: Pattern[];
  /**
   * None of these may be the words right after the match (not anywhere in the window):
   * "proved reliable" is what something turned out to be, "proves that reliable data" a proof.
   */
  rejectNext?: Pattern[];
}

/** A claim that needs a source nearby: "studies show" is flagged unless the sentence names or links one. */
export interface ConditionalRule extends RuleMeta {
  check: 'conditional';
  patterns: Pattern[];
  /**
   * The claim is supported when its sentence has one of these: 'named-source' (the
   * attribution analysis found a named person, organisation or document in it),
   * 'named-source-in-statement' (the same, but not one joined on by ", and", who says
   * something of their own: "some colleagues have questioned that figure, and a report by the
   * city controller found"), 'link' (a link from HTML input lies in it) or a pattern (within
   * 400 characters of the claim).
   */
  satisfiedBy: Array<'named-source' | 'named-source-in-statement' | 'link' | Pattern>;
}

/** The patterns among a conditional rule's supports (the rest are kinds of support the engine finds). */
export function supportPatterns(rule: ConditionalRule): Pattern[] {
  return rule.satisfiedBy.filter((s) => s !== 'named-source' && s !== 'named-source-in-statement' && s !== 'link');
}

/**
 * An attribution found by the engine's attribution analysis (src/engine/attribution.ts):
 * a source and its reporting verb ("Lavrov said", "according to the Interior Ministry",
 * "said chief inspector Jennifer Mattinson"). The rule marks those whose source is of
 * one of `kinds`; the phrase lists live in the language pack, not in the rule.
 */
export interface AttributionRule extends RuleMeta {
  check: 'attribution';
  kinds: Array<'person' | 'organization' | 'document' | 'anonymous' | 'vague'>;
  /** Which shapes of attribution: "X said" | "said X" | "according to X". Default: all. */
  forms?: Array<'subject-verb' | 'verb-subject' | 'introducer'>;
  /**
   * Only groups of one shape, read by the attribution (the source's flag of that name): 'bare',
   * a group whose noun is in no list ("brokers say", "estate agents report"), which the phrase
   * rules, naming their nouns, cannot find; 'counted', unnamed people of such a group, counted
   * ("two brokers said", "one museum attendant said"). Default: any source.
   */
  groupShape?: 'bare' | 'counted';
}

export type Rule = PhraseRule | ContextRule | ConditionalRule | AttributionRule;
