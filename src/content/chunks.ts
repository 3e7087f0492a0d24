/**
 * The engine runs in the background, over the page's whole text in one call: the report is
 * then exactly the CLI's `analyze(text, options)`, sources and sentence sourcing included.
 * Only text longer than WHOLE_TEXT_LIMIT (far beyond any article) is cut into chunks of whole
 * blocks, each report remembered by its content: when such a page changes, only chunks whose
 * blocks changed are analysed again, and no single engine call or answer grows with the page
 * (a 5,000-paragraph page is many short calls, the page's main thread free between them).
 * Chunks find the same findings as one call (a phrase never crosses a sentence, and blocks
 * end sentences), but a source named in one chunk is not known in the next, so sentence
 * sourcing there can differ from the CLI's.
 */
import type { AnalyzeOptions, Report, Source, TextBlock, TextLink } from '../engine/types';
import { summarize } from '../engine/summary';
import type { AnalyzeAnswer } from '../shared/messages';
import { Cancelled, runSliced, type Meter, type Work } from '../page/tasks';

/** Runs the engine on one chunk: in the extension, a message to the background. */
export type Analyzer = (text: string, options: AnalyzeOptions) => Promise<AnalyzeAnswer>;

/** Text up to this length (characters) is analysed in one call. */
export const WHOLE_TEXT_LIMIT = 200_000;
/** A chunk closes after a block once it holds this much text and the block's hash says so. */
const MIN_CHUNK = 6_000;
/** ...and never grows past this: bounds one engine call to a few milliseconds. */
const MAX_CHUNK = 12_000;

export interface ChunkInput {
  text: string;
  blocks: readonly TextBlock[];
  links: readonly TextLink[];
}

interface Chunk {
  start: number;
  end: number;
  blocks: TextBlock[];
}

/** A cheap content hash, so chunk boundaries depend on the text, not on positions. */
function boundaryHash(text: string, start: number, end: number): number {
  let h = 2166136261;
  for (let i = start; i < Math.min(end, start + 64); i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Split the blocks into chunks. Boundaries are content-defined (a block whose hash is 0 mod 4
 * may end a chunk), so inserting a paragraph moves at most the boundaries next to it.
 */
export function chunkBlocks(text: string, blocks: readonly TextBlock[]): Chunk[] {
  const chunks: Chunk[] = [];
  let current: TextBlock[] = [];
  const close = () => {
    chunks.push({ start: current[0]!.start, end: current[current.length - 1]!.end, blocks: current });
    current = [];
  };
  for (const block of blocks.flatMap((b) => splitHugeBlock(text, b))) {
    if (current.length > 0 && block.end - current[0]!.start > MAX_CHUNK) close();
    current.push(block);
    if (block.end - current[0]!.start >= MIN_CHUNK && boundaryHash(text, block.start, block.end) % 4 === 0) close();
  }
  if (current.length > 0) chunks.push({ start: current[0]!.start, end: current[current.length - 1]!.end, blocks: current });
  return chunks;
}

/**
 * A block longer than a chunk (a 2 MB text node) is cut at sentence ends (". " and the like)
 * so that no engine call grows with it; only pages with such blocks are affected.
 */
function splitHugeBlock(text: string, block: TextBlock): TextBlock[] {
  if (block.end - block.start <= MAX_CHUNK) return [block];
  const parts: TextBlock[] = [];
  let start = block.start;
  while (block.end - start > MAX_CHUNK) {
    const window = text.slice(start + MIN_CHUNK, start + MAX_CHUNK);
    const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    const space = window.lastIndexOf(' ');
    const end = start + MIN_CHUNK + (cut >= 0 ? cut + 1 : space >= 0 ? space : window.length);
    parts.push({ start, end, kind: block.kind });
    start = end;
    while (start < block.end && text[start] === ' ') start++;
  }
  if (start < block.end) parts.push({ start, end: block.end, kind: block.kind });
  return parts;
}

/**
 * Reports of chunks seen before, keyed by their text (V8 hashes a string natively: a hash of
 * our own in JS cost a millisecond or two on a page's first, cold pass); cleared when the
 * settings change. Once answered, an entry is keyed by the answer's own copy of the text: a
 * slice of the page's text, as V8 makes it, would keep that whole text alive, one per pass on
 * a long page that keeps growing.
 */
export class ChunkCache {
  /** By chunk text: its blocks and links (as JSON), and the answer for them. */
  private reports = new Map<string, { layout: string; answer: Promise<AnalyzeAnswer> }>();

  /** Forget everything (the engine options changed). */
  clear(): void {
    this.reports.clear();
  }

  /**
   * The answer for `chunk`, from the cache or the engine; `used` collects the texts in use.
   * A cached answer for the same text with other blocks or links is not used.
   */
  get(chunk: ChunkInput, compute: () => Promise<AnalyzeAnswer>, used: Set<string>): Promise<AnalyzeAnswer> {
    used.add(chunk.text);
    const layout = JSON.stringify([chunk.blocks, chunk.links]);
    const known = this.reports.get(chunk.text);
    if (known?.layout === layout) return known.answer;
    const entry = { layout, answer: compute() };
    this.reports.set(chunk.text, entry);
    entry.answer.then(
      ({ report }) => {
        if (this.reports.get(chunk.text) !== entry || report.text !== chunk.text) return;
        this.reports.delete(chunk.text);
        this.reports.set(report.text, entry);
      },
      // A failed call is not remembered: the next pass asks again.
      () => {
        if (this.reports.get(chunk.text) === entry) this.reports.delete(chunk.text);
      },
    );
    return entry.answer;
  }

  /** Drop reports of chunks no longer on the page (bounded memory on pages that keep changing). */
  retain(texts: Set<string>): void {
    for (const text of this.reports.keys()) if (!texts.has(text)) this.reports.delete(text);
  }

  get size(): number {
    return this.reports.size;
  }
}

/** The page's report, and the names of the rules in it (for the card). */
export interface ChunkedAnalysis {
  report: Report;
  ruleNames: Map<string, string>;
}

/**
 * Analyse the text chunk by chunk (one engine call each; the calls are independent, so they
 * are all sent at once and awaited together, the page's main thread free meanwhile), reusing
 * the cache's answers for chunks seen before, then merge. Keying and sending the chunks, and
 * merging their reports, run in slices (see runSliced, `meter` counts them): on a
 * 5,000-paragraph page either is far more than one task should take (keying 1.2 M characters
 * measured 100-300 ms in one go, merging 20,000 findings 20-45 ms).
 */
export async function analyseInChunks(
  input: ChunkInput,
  options: AnalyzeOptions,
  cache: ChunkCache,
  analyzer: Analyzer,
  signal: AbortSignal = new AbortController().signal,
  meter?: Meter,
): Promise<ChunkedAnalysis> {
  const { text } = input;
  const chunks = text.length <= WHOLE_TEXT_LIMIT ? [{ start: 0, end: text.length, blocks: [...input.blocks] }] : chunkBlocks(text, input.blocks);
  const used = new Set<string>();
  const pending = await runSliced(sendChunks(input, chunks, options, cache, analyzer, used), signal, meter);
  const answers = await Promise.all(pending);
  if (signal.aborted) throw new Cancelled();
  return runSliced(mergeAnswers(text, chunks, answers, options, cache, used), signal, meter);
}

/** Each chunk's answer, from the cache or asked for (a yield point after each chunk). */
function* sendChunks(
  input: ChunkInput,
  chunks: readonly Chunk[],
  options: AnalyzeOptions,
  cache: ChunkCache,
  analyzer: Analyzer,
  used: Set<string>,
): Work<Array<Promise<AnalyzeAnswer>>> {
  const { text } = input;
  const pending: Array<Promise<AnalyzeAnswer>> = [];
  let linkIndex = 0;
  for (const chunk of chunks) {
    if (pending.length > 0) yield;
    const sub = text.slice(chunk.start, chunk.end);
    const blocks = chunk.blocks.map((b) => ({ start: b.start - chunk.start, end: b.end - chunk.start, kind: b.kind }));
    const links: TextLink[] = [];
    while (linkIndex < input.links.length && input.links[linkIndex]!.start < chunk.end) {
      const link = input.links[linkIndex++]!;
      if (link.start >= chunk.start) links.push({ start: link.start - chunk.start, end: Math.min(link.end, chunk.end) - chunk.start, href: link.href });
    }
    pending.push(cache.get({ text: sub, blocks, links }, () => analyzer(sub, { ...options, blocks, links }), used));
  }
  return pending;
}

/** The chunks' answers as one analysis (the cache keeps only the chunks in `used`). */
function* mergeAnswers(
  text: string,
  chunks: readonly Chunk[],
  answers: readonly AnalyzeAnswer[],
  options: AnalyzeOptions,
  cache: ChunkCache,
  used: Set<string>,
): Work<ChunkedAnalysis> {
  const ruleNames = new Map<string, string>();
  const parts = answers.map((answer, i) => {
    for (const [id, name] of Object.entries(answer.ruleNames)) ruleNames.set(id, name);
    return { offset: chunks[i]!.start, report: answer.report };
  });
  cache.retain(used);
  const single = parts.length === 1 && parts[0]!.offset === 0 && parts[0]!.report.text === text;
  return { report: single ? parts[0]!.report : yield* mergeReports(text, parts, options), ruleNames };
}

/** One report from the reports of consecutive chunks of `text`, as the engine would summarise it (a yield point after each chunk's). */
function* mergeReports(text: string, parts: ReadonlyArray<{ offset: number; report: Report }>, options: AnalyzeOptions): Work<Report> {
  const findings: Report['findings'] = [];
  const sentences: Report['sentences'] = [];
  const sources = new Map<string, Source>();
  for (const { offset, report } of parts) {
    if (sentences.length > 0) yield;
    const sentenceBase = sentences.length;
    for (const s of report.sentences) sentences.push({ ...s, start: s.start + offset, end: s.end + offset });
    for (const f of report.findings) findings.push({ ...f, start: f.start + offset, end: f.end + offset, sentence: f.sentence + sentenceBase });
    for (const source of report.sources) {
      const shifted = source.sentences.map((i) => i + sentenceBase);
      // Keyed as the engine keys them: "Interior Ministry" and "interior ministry" are one.
      const sourceKey = `${source.kind}:${source.name.toLowerCase()}`;
      const known = sources.get(sourceKey);
      if (known) {
        known.mentions += source.mentions;
        known.sentences.push(...shifted);
        if (!known.title && source.title) known.title = source.title;
      } else {
        sources.set(sourceKey, { ...source, sentences: shifted });
      }
    }
  }
  yield;
  // Word counts add up: chunks meet at block boundaries ("\n\n") or sentence ends.
  const words = {
    body: parts.reduce((sum, { report }) => sum + report.summary.words, 0),
    outside: parts.reduce((sum, { report }) => sum + report.summary.outsideBody.words, 0),
  };
  return {
    ...(options.source !== undefined ? { source: options.source } : {}),
    language: parts[0]?.report.language ?? 'en',
    text,
    findings,
    sentences,
    sources: [...sources.values()],
    summary: summarize(findings, sentences, words),
  };
}
