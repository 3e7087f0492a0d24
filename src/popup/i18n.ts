/** Every word of the popup comes from _locales through here. */
import browser from '../shared/browser';
import type { Translate } from '../shared/report-export';

/** The message for `key`; a missing one shows its key, so it is noticed. */
export const t: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions?.map(String)) || key;
