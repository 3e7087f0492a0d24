/**
 * The near-viewport watch on a page laid out by hand: blocks of 100 px, one under the other,
 * a viewport 500 px high scrolled by a number we set; scrolls reach the watch through the
 * listener it added and the frame it asked for.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NearViewportWatch } from '../../../src/content/near-viewport';

const VIEWPORT = 500;
let scrollY = 0;
let frames: Array<() => void> = [];
let onScroll: (() => void) | null = null;

/** Boxes read since the counter was last reset. */
let reads = 0;

/** A block whose box is at `top` (document coordinates), `height` high (none: `display: contents`). */
function block(top: number, height = 100): Element {
  const box = () => {
    reads++;
    return height === 0 ? { top: 0, bottom: 0, width: 0, height: 0 } : { top: top - scrollY, bottom: top + height - scrollY, width: 600, height };
  };
  return { getBoundingClientRect: box } as unknown as Element;
}

/** A block fixed in the viewport (`position: fixed`): the same box wherever the page is scrolled. */
function fixedBlock(): Element {
  return { getBoundingClientRect: () => (reads++, { top: 10, bottom: 60, width: 600, height: 50 }) } as unknown as Element;
}

function nextFrame(): void {
  const run = frames;
  frames = [];
  for (const frame of run) frame();
}

function scrollTo(y: number): void {
  scrollY = y;
  onScroll?.();
  nextFrame();
}

/** A watch that records each change. */
function watch(blocks: readonly Element[]) {
  const changes: Array<{ came: readonly Element[]; went: readonly Element[] }> = [];
  let near = new Set<Element>();
  const instance = new NearViewportWatch(blocks, {
    onChange: (came, went) => {
      changes.push({ came, went });
      near = new Set([...near, ...came].filter((el) => !went.includes(el)));
    },
    onBusy: () => undefined,
  });
  return { instance, changes, near: () => near };
}

beforeEach(() => {
  scrollY = 0;
  frames = [];
  onScroll = null;
  vi.stubGlobal('innerHeight', VIEWPORT);
  vi.stubGlobal('window', { addEventListener: () => undefined, removeEventListener: () => undefined });
  vi.stubGlobal('document', {
    documentElement: {},
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'scroll') onScroll = listener;
    },
    removeEventListener: (type: string) => {
      if (type === 'scroll') onScroll = null;
    },
  });
  vi.stubGlobal('ResizeObserver', class { observe(): void {} disconnect(): void {} });
  vi.stubGlobal('requestAnimationFrame', (frame: () => void) => frames.push(frame));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});

afterEach(() => vi.unstubAllGlobals());

describe('the blocks near the viewport', () => {
  const blocks = Array.from({ length: 1000 }, (_, i) => block(i * 100));
  const indexes = (list: readonly Element[]) => list.map((el) => blocks.indexOf(el)).sort((a, b) => a - b);
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

  it('are those within a viewport height above or below it, reported from the next frame on and as the reader scrolls', () => {
    const { instance, changes } = watch(blocks);
    const indexed = () => changes.map(({ came, went }) => ({ came: indexes(came), went: indexes(went) }));
    expect(changes).toEqual([]);
    // At the top: the viewport shows 0-499 px, and the band reaches 1,000 px.
    nextFrame();
    expect(indexed()).toEqual([{ came: range(0, 11), went: [] }]);
    // Far down: the band is 49,500-51,000 px (a box touching either edge counts).
    scrollTo(50_000);
    expect(indexed()[1]).toEqual({ came: range(494, 511), went: range(0, 11) });
    // A small scroll: only the edges change.
    scrollTo(50_200);
    expect(indexed()[2]).toEqual({ came: range(511, 513), went: range(494, 496) });
    instance.stop();
    scrollTo(0);
    expect(changes).toHaveLength(3);
  });

  it('count a block without a box as near when a block with a box next to it is', () => {
    const first = block(0, 0);
    const middle = block(0, 0);
    const page = [first, ...blocks.slice(0, 500), middle, ...blocks.slice(500)];
    const { near } = watch(page);
    nextFrame();
    expect(near().has(first)).toBe(true);
    expect(near().has(middle)).toBe(false);
    // The boxless block sits between the paragraphs at 49,900 and 50,000 px.
    scrollTo(49_000);
    expect(near().has(middle)).toBe(true);
    expect(near().has(first)).toBe(false);
    // Far below, and the search for the first near block is not thrown by the boxless ones.
    scrollTo(80_000);
    expect(near().has(middle)).toBe(false);
    expect(near().has(blocks[800]!)).toBe(true);
  });

  it('include a block a little out of reading order (a figure floated beside an earlier paragraph)', () => {
    // The figure comes after the paragraph at 14,300 px in reading order, but stands beside the one at 13,900.
    const figure = block(13_900, 200);
    const page = [...Array.from({ length: 144 }, (_, i) => block(i * 100)), figure, ...Array.from({ length: 100 }, (_, i) => block(14_400 + i * 100))];
    const { near } = watch(page);
    // The band is 12,500-14,000 px: the paragraphs at 14,100-14,300 are past it, the figure is in it.
    scrollTo(13_000);
    expect(near().has(figure)).toBe(true);
    expect(near().has(page[141]!)).toBe(false);
  });

  it('read a few dozen boxes a frame, with a fixed block out of reading order or a long run of boxless ones', () => {
    const fixed = fixedBlock();
    const withFixed = [...blocks.slice(0, 500), fixed, ...blocks.slice(500)];
    const { near } = watch(withFixed);
    nextFrame();
    reads = 0;
    scrollTo(90_000);
    expect(near().has(blocks[900]!)).toBe(true);
    expect(near().has(fixed)).toBe(true);
    expect(reads).toBeLessThan(120);

    // Back at the top: 20 blocks, then 3,000 without a box (a collapsed section), then the rest.
    scrollY = 0;
    const run = Array.from({ length: 3000 }, () => block(0, 0));
    const withRun = [...blocks.slice(0, 20), ...run, ...blocks.slice(20)];
    const second = watch(withRun);
    reads = 0;
    nextFrame();
    expect(second.near().has(blocks[5]!)).toBe(true);
    expect(reads).toBeLessThanOrEqual(400);
  });
});
