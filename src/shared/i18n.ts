/** Every word of the extension's pages comes from _locales through here. */
import browser from './browser';
import type { Translate } from './message-keys';

export type { Translate } from './message-keys';

/** The message for `key`; a missing one shows its key, so it is noticed (and a unit test checks). */
export const t: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions === undefined ? undefined : [substitutions].flat().map(String)) || key;
