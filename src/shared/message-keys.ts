/**
 * How ids become message keys, and the type of the function that reads them. Pure (no
 * browser import), so report code and unit tests use it too; pages get `t` from ./i18n.
 */
import type { CategoryId } from '../engine/types';

/** `browser.i18n.getMessage` in the extension; a reader of messages.json in tests. */
export type Translate = (key: string, substitutions?: string | number | readonly (string | number)[]) => string;

/** Message keys allow only [A-Za-z0-9_@]: "evidence-gap" -> "evidence_gap" (every hyphen). */
export const categoryKeyPart = (category: CategoryId): string => category.replace(/-/g, '_');

/** The category's short name in the popup and the report export. */
export const categoryLabel = (t: Translate, category: CategoryId): string => t(`popup_cat_${categoryKeyPart(category)}`);
/** The category's name on the options page. */
export const categoryName = (t: Translate, category: CategoryId): string => t(`options_cat_${categoryKeyPart(category)}`);
/** The category's one-line description on the options page. */
export const categoryDescription = (t: Translate, category: CategoryId): string => t(`options_catDesc_${categoryKeyPart(category)}`);
