/** Where things are, for the node-side tools, the tests and the end-to-end harness. */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
/** The shared fixtures live beside the repository, never inside it. */
export const fixturesDir = resolve(repoRoot, '../shared/fixtures');
export const distDir = resolve(repoRoot, 'dist');

/** The saved news pages: names of fixtures/news/NAME/ that hold both source.html and article.txt, sorted. */
export function newsPages(): string[] {
  const news = resolve(fixturesDir, 'news');
  return readdirSync(news)
    .filter((name) => existsSync(resolve(news, name, 'source.html')) && existsSync(resolve(news, name, 'article.txt')))
    .sort();
}

/** A file of a saved news page: its HTML as saved, or its article text. */
export const newsPageFile = (name: string, file: 'source.html' | 'article.txt'): string => resolve(fixturesDir, 'news', name, file);
