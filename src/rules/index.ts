/**
 * The rule registry: every rule of every family, sorted by id. Add a family by
 * importing its array and spreading it into FAMILIES.
 */
import type { Rule } from '../engine/rule';
import { namedSourceRules } from './named-source';

const FAMILIES: ReadonlyArray<readonly Rule[]> = [namedSourceRules];

export const RULES: readonly Rule[] = FAMILIES.flat().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
