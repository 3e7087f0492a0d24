/**
 * `browser.i18n.getMessage` for unit tests, over the real en/messages.json: a missing key
 * throws, so the tests prove that every key the report code asks for exists.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Translate } from '../../../src/shared/message-keys';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const file = resolve(import.meta.dirname, '../../../src/public/_locales/en/messages.json');
export const MESSAGES = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Entry>;

export const t: Translate = (key, substitutions = []) => {
  const entry = MESSAGES[key];
  if (!entry) throw new Error(`missing message key ${key}`);
  const subs = [substitutions].flat().map(String);
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (content === undefined) throw new Error(`${key}: no placeholder ${name}`);
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
};
