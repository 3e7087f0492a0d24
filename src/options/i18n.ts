/** Every word of the options page comes from _locales through here. */
import browser from '../shared/browser';
import type { CategoryId } from '../engine/types';

/** The message for `key`; a missing one shows its key, so it is noticed (and a unit test checks). */
export function t(key: string, subs?: string | string[]): string {
  return browser.i18n.getMessage(key, subs) || key;
}

/** Message keys allow only [A-Za-z0-9_@]: "evidence-gap" -> "evidence_gap". */
const keyPart = (category: CategoryId) => category.replace(/-/g, '_');

export const categoryName = (category: CategoryId) => t(`options_cat_${keyPart(category)}`);
export const categoryDescription = (category: CategoryId) => t(`options_catDesc_${keyPart(category)}`);
