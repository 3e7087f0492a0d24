/**
 * The rule registry: every rule of every family, sorted by id. Add a family by
 * importing its array and spreading it into FAMILIES.
 */
import type { Rule } from '../engine/rule';
import { namedSourceRules } from './named-source';
import { anonymousSourceIndividuals } from './anonymous-source-individuals';
import { anonymousSourceOfficials } from './anonymous-source-officials';
import { anonymousSourceSources } from './anonymous-source-sources';
import { certaintyAdverbs } from './certainty-adverbs';
import { certaintyCommonKnowledge } from './certainty-common-knowledge';
import { certaintyProof } from './certainty-proof';
import { evidenceGapNoComment } from './evidence-gap-no-comment';
import { evidenceGapNoEvidence } from './evidence-gap-no-evidence';
import { evidenceGapUnclear } from './evidence-gap-unclear';
import { evidenceGapVerification } from './evidence-gap-verification';
import { evidenceGapWithheld } from './evidence-gap-withheld';
import { hedgeDistancingAdverbs } from './hedge-distancing-adverbs';
import { hedgeDoubtAdjectives } from './hedge-doubt-adjectives';
import { hedgePassiveAttribution } from './hedge-passive-attribution';
import { loadedVerbFraming } from './loaded-verb-framing';
import { loadedVerbReporting } from './loaded-verb-reporting';
import { speculationAdverbs } from './speculation-adverbs';
import { speculationForecasts } from './speculation-forecasts';
import { speculationInference } from './speculation-inference';
import { speculationModalPerfect } from './speculation-modal-perfect';
import { vagueSourceGroups } from './vague-source-groups';
import { vagueSourceImpersonal } from './vague-source-impersonal';
import { vagueSourceReceivedWisdom } from './vague-source-received-wisdom';
import { vagueSourceStudies } from './vague-source-studies';

const FAMILIES: ReadonlyArray<readonly Rule[]> = [
  namedSourceRules,
  anonymousSourceIndividuals,
  anonymousSourceOfficials,
  anonymousSourceSources,
  certaintyAdverbs,
  certaintyCommonKnowledge,
  certaintyProof,
  evidenceGapNoComment,
  evidenceGapNoEvidence,
  evidenceGapUnclear,
  evidenceGapVerification,
  evidenceGapWithheld,
  hedgeDistancingAdverbs,
  hedgeDoubtAdjectives,
  hedgePassiveAttribution,
  loadedVerbFraming,
  loadedVerbReporting,
  speculationAdverbs,
  speculationForecasts,
  speculationInference,
  speculationModalPerfect,
  vagueSourceGroups,
  vagueSourceImpersonal,
  vagueSourceReceivedWisdom,
  vagueSourceStudies,
];

export const RULES: readonly Rule[] = FAMILIES.flat().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
