/** The content script's chunked analysis finds what one engine call over the whole text finds. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseInChunks, chunkBlocks, ChunkCache, WHOLE_TEXT_LIMIT, type Analyzer } from '../../../src/content/chunks';
import { analyze } from '../../../src/engine/index';
import type { TextBlock, TextLink } from '../../../src/engine/types';
import { htmlToAnalysisInput } from '../../../src/page/html-input';
import { newsPageFile, newsPages } from '../../../src/tools/paths';

/** The engine in this process, as the background answers the content script. */
const local: Analyzer = async (text, options) => ({ report: analyze(text, options), ruleNames: {} });

const key = (f: { rule: string; start: number; end: number; category: string; quoted: boolean }) => `${f.rule}@${f.start}-${f.end}/${f.category}/${f.quoted}`;

/** Paragraphs of prose joined like the text map joins blocks. */
function article(paragraphs: string[]): { text: string; blocks: TextBlock[] } {
  const blocks: TextBlock[] = [];
  let text = '';
  for (const p of paragraphs) {
    if (text) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + p.length, kind: 'body' });
    text += p;
  }
  return { text, blocks };
}

const PROSE = [
  'The council allegedly approved the plan without a public tender, according to documents seen by reporters.',
  'Officials said the figures could not be independently verified, and the ministry did not respond to requests for comment.',
  'Critics argue that the project is expected to cost twice the original estimate over the next decade.',
  'Sources familiar with the matter said the contract had reportedly been signed before the vote took place.',
];
const paragraphs = (n: number, salt = '') => Array.from({ length: n }, (_, i) => `${PROSE[i % 4]} ${PROSE[(i + 1) % 4]}${salt}`);
/** Enough paragraphs (about 220 characters each) to pass WHOLE_TEXT_LIMIT: a page that is chunked. */
const LONG = Math.ceil(WHOLE_TEXT_LIMIT / 200);

describe('chunked analysis', () => {
  for (const page of newsPages()) {
    it(`${page}: exactly the report of analyze(text), sources and sentence sourcing included`, async () => {
      const { text, options } = htmlToAnalysisInput(readFileSync(newsPageFile(page, 'source.html'), 'utf8'));
      const input = { text, blocks: options.blocks ?? [], links: options.links ?? [] };
      const { report } = await analyseInChunks(input, {}, new ChunkCache(), local);
      expect(report).toEqual(analyze(text, { blocks: input.blocks, links: input.links }));
    });
  }

  it('splits text past WHOLE_TEXT_LIMIT into chunks whose merged report has the findings of one engine call', async () => {
    const { text, blocks } = article(paragraphs(LONG));
    expect(text.length).toBeGreaterThan(WHOLE_TEXT_LIMIT);
    expect(chunkBlocks(text, blocks).length).toBeGreaterThan(5);
    const whole = analyze(text, { blocks });
    const { report: chunked } = await analyseInChunks({ text, blocks, links: [] }, {}, new ChunkCache(), local);
    expect(chunked.findings.length).toBeGreaterThan(LONG);
    expect(chunked.findings.map(key)).toEqual(whole.findings.map(key));
    expect(chunked.sentences.length).toBe(whole.sentences.length);
    expect(chunked.summary).toEqual(whole.summary);
    for (const f of chunked.findings) expect(chunked.text.slice(f.start, f.end)).toBe(f.text);
  });

  it('analyses again only the chunks whose blocks changed, and forgets chunks that are gone', async () => {
    const cache = new ChunkCache();
    const before = article(paragraphs(LONG));
    let computed = 0;
    const counting: Analyzer = (text, options) => (computed++, local(text, options));
    await analyseInChunks({ ...before, links: [] }, {}, cache, counting);
    const chunksBefore = cache.size;
    expect(computed).toBe(chunksBefore);
    // A lazy paragraph appended at the end: at most the last chunk or two are new.
    computed = 0;
    const after = article([...paragraphs(LONG), 'It was reportedly the last word on the matter.']);
    await analyseInChunks({ ...after, links: [] }, {}, cache, counting);
    expect(computed).toBeGreaterThanOrEqual(1);
    expect(computed).toBeLessThanOrEqual(2);
    expect(cache.size).toBeLessThanOrEqual(chunksBefore + 1);
  });

  it('cuts a block longer than a chunk at sentence ends, finding the same', async () => {
    const huge = paragraphs(LONG).join(' ');
    const { text, blocks } = article(['Short opening paragraph.', huge]);
    expect(chunkBlocks(text, blocks).length).toBeGreaterThan(4);
    const whole = analyze(text, { blocks });
    const { report: chunked } = await analyseInChunks({ text, blocks, links: [] }, {}, new ChunkCache(), local);
    expect(chunked.findings.map(key)).toEqual(whole.findings.map(key));
  });

  it('sends the chunks to the engine all at once, not one after another', async () => {
    // Numbered paragraphs: no two chunks alike (the cache would share their one call).
    const { text, blocks } = article(paragraphs(LONG).map((p, i) => `${p} Note ${i}.`));
    const chunkCount = chunkBlocks(text, blocks).length;
    expect(chunkCount).toBeGreaterThan(5);
    // Every call is answered only once all chunks are asked for: one after another would never finish.
    let asked = 0;
    let allAsked: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (allAsked = resolve));
    const gated: Analyzer = async (sub, options) => {
      if (++asked === chunkCount) allAsked();
      await gate;
      return local(sub, options);
    };
    const { report } = await analyseInChunks({ text, blocks, links: [] }, {}, new ChunkCache(), gated);
    expect(asked).toBe(chunkCount);
    expect(report.findings.map(key)).toEqual(analyze(text, { blocks }).findings.map(key));
  });

  it("reuses a chunk's answer only for the same text with the same blocks and links", async () => {
    const cache = new ChunkCache();
    const used = new Set<string>();
    const text = 'It was allegedly done.';
    const body: TextBlock[] = [{ start: 0, end: text.length, kind: 'body' }];
    let computed = 0;
    const ask = (blocks: TextBlock[], links: TextLink[]) => cache.get({ text, blocks, links }, () => (computed++, local(text, { blocks, links })), used);
    await ask(body, []);
    await ask(body, []);
    expect(computed).toBe(1);
    await ask([{ ...body[0]!, kind: 'quote' }], []);
    expect(computed).toBe(2);
    await ask([{ ...body[0]!, kind: 'quote' }], [{ start: 0, end: 2, href: 'https://a.example/' }]);
    await ask([{ ...body[0]!, kind: 'quote' }], [{ start: 0, end: 2, href: 'https://b.example/' }]);
    expect(computed).toBe(4);
    expect(cache.size).toBe(1);
    expect(used).toEqual(new Set([text]));
  });
});
