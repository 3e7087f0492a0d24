/**
 * How ids become message keys, and the type of the function that reads them. Pure (no
 * browser import), so report code and unit tests use it too; pages get `t` from ./i18n.
 */
import type { CategoryId } from '../engine/types';

/** `browser.i18n.getMessage` in the extension; a reader of messages.json in tests. */
export type Translate = (key: string, substitutions?: string | number | readonly (string | number)[]) => string;

/** Message keys allow only [A-Za-z0-9_@]: "evidence-gap" -> "evidence_gap" (every hyphen). */
export const categoryKeyPart = (category: CategoryId): string => category.replace(/-/g, '_');

/**
 * The category's name, the same everywhere a category is named as a group: the popup, the
 * report export and the options page ("Hedges", "Evidence gaps").
 */
export const categoryName = (t: Translate, category: CategoryId): string => t(`category_${categoryKeyPart(category)}`);
/** The name for one finding of the category ("Hedge", "Evidence gap"): the hover card's heading. */
export const categoryOne = (t: Translate, category: CategoryId): string => t(`category_${categoryKeyPart(category)}_one`);
/** The category's one-line description on the options page. */
export const categoryDescription = (t: Translate, category: CategoryId): string => t(`options_catDesc_${categoryKeyPart(category)}`);

/**
 * A message with a count in it, singular or plural. chrome.i18n has no plural rules, so each
 * such message has two keys, named here literally by the caller: `oneKey` for exactly 1,
 * `otherKey` for every other count. The count is the first substitution ($1), `rest` follow.
 * (English needs only these two forms; a locale with more would need more keys.)
 */
export function plural(
  t: Translate,
  count: number,
  oneKey: string,
  otherKey: string,
  rest: readonly (string | number)[] = [],
): string {
  return t(count === 1 ? oneKey : otherKey, [count, ...rest]);
}
