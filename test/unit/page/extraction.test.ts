/**
 * Article detection on the saved news pages: the analysed text must cover at least 95% of
 * the words of each page's article.txt and add at most 10% words from outside it.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToAnalysisInput } from '../../../src/page/html-input';

const NEWS = resolve(import.meta.dirname, '../../../../shared/fixtures/news');
const pages = readdirSync(NEWS).filter((name) => existsSync(resolve(NEWS, name, 'source.html')));

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Recall of the article's words and the share of extra words, both relative to the article. */
export function coverage(analysed: string, article: string): { covered: number; extra: number } {
  const want = wordCounts(article);
  const got = wordCounts(analysed);
  let total = 0;
  let hit = 0;
  let extra = 0;
  for (const [word, n] of want) {
    total += n;
    hit += Math.min(n, got.get(word) ?? 0);
  }
  for (const [word, n] of got) extra += Math.max(0, n - (want.get(word) ?? 0));
  return { covered: hit / total, extra: extra / total };
}

describe('article extraction on real news pages', () => {
  it('finds the fixture pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  for (const page of pages) {
    it(`${page}: covers >= 95% of the article's words, adds <= 10%`, () => {
      const html = readFileSync(resolve(NEWS, page, 'source.html'), 'utf8');
      const article = readFileSync(resolve(NEWS, page, 'article.txt'), 'utf8');
      const { text, options } = htmlToAnalysisInput(html, `https://example.test/${page}`);
      const { covered, extra } = coverage(text, article);
      console.log(`${page.padEnd(14)} covered ${(covered * 100).toFixed(1)}%  extra ${(extra * 100).toFixed(1)}%  blocks ${options.blocks?.length}`);
      expect(covered).toBeGreaterThanOrEqual(0.95);
      expect(extra).toBeLessThanOrEqual(0.1);
      // Every block and link is a real span of the text, without collapsible space at its edges.
      for (const span of [...(options.blocks ?? []), ...(options.links ?? [])]) {
        expect(span.start).toBeLessThan(span.end);
        expect(span.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(span.start, span.end)).not.toMatch(/^[ \n]|[ \n]$/);
      }
    });
  }
});
