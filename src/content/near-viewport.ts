/**
 * Which of the blocks holding findings lie near the viewport, kept up to date as the reader
 * scrolls (see Painter.paintNearViewport).
 *
 * An IntersectionObserver on every block did this exactly, but Chromium recomputes every
 * observation in each frame of a scroll: 10-30 ms a frame with the 5,000 blocks of the stress
 * page. Here an update reads a few dozen boxes: the blocks are in reading order, which runs down
 * the page, so a binary search finds the first near one and a short walk the rest. It is
 * scheduled for the next frame on a scroll (of the page or of any element in it), a resize of
 * the window, or a change of the document's size (content loaded above moves what follows).
 *
 * Boxes are read only in animation frames, where the browser lays the page out anyway, and
 * never all of them: reading a box costs 3-8 µs here (5,000 took 16-40 ms).
 *
 * A block without a box of its own (`display: contents`, or hidden) says nothing of where it
 * is: it counts as near when a block with a box next to it in reading order is near.
 *
 * Known limits: a block's box counts whether or not a scroller around it clips it, so more than
 * SLACK clipped blocks of an inner scroller below the band end the walk early; and a page that
 * moves its content without scrolling or resizing (a transform-driven smooth scroll) is not
 * followed until the next scroll or resize.
 */

/** "Near": within this many viewport heights above and below the viewport. */
const NEAR_VIEWPORTS = 1;
/**
 * How many blocks past the near band an update still reads, before and after it: reading order
 * runs down the page but not strictly (a float, a figure beside its paragraph).
 */
const SLACK = 8;
/** The most boxes one update reads: a long run of boxless blocks or an odd layout costs no more than this. */
const MAX_READS = 400;

const isBoxless = (box: DOMRect): boolean => box.width === 0 && box.height === 0;

export interface NearViewportHooks {
  /** The blocks that came near and those that went, after each update that changed anything (from the next frame on). */
  onChange: (came: readonly Element[], went: readonly Element[]) => void;
  /** The time each update took (ms): work of ours outside any pass. */
  onBusy: (ms: number) => void;
}

export class NearViewportWatch {
  private near = new Set<Element>();
  private frame = 0;
  private readonly resizeObserver: ResizeObserver;
  private readonly schedule = (): void => {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.update());
  };

  /** `blocks`: in reading order. */
  constructor(
    private readonly blocks: readonly Element[],
    private readonly hooks: NearViewportHooks,
  ) {
    document.addEventListener('scroll', this.schedule, { capture: true, passive: true });
    window.addEventListener('resize', this.schedule, { passive: true });
    this.resizeObserver = new ResizeObserver(this.schedule);
    this.resizeObserver.observe(document.documentElement);
    this.schedule();
  }

  stop(): void {
    document.removeEventListener('scroll', this.schedule, { capture: true });
    window.removeEventListener('resize', this.schedule);
    this.resizeObserver.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private update(): void {
    const start = performance.now();
    this.frame = 0;
    const blocks = this.blocks;
    const top = -NEAR_VIEWPORTS * innerHeight;
    const bottom = (1 + NEAR_VIEWPORTS) * innerHeight;
    let reads = 0;
    const boxOf = (i: number): DOMRect => {
      reads++;
      return blocks[i]!.getBoundingClientRect();
    };
    // The first block from `low` on that does not end above the near band (a boxless one is
    // judged by the next with a box, looked for a few blocks on).
    const firstNotAbove = (low: number): number => {
      let high = blocks.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        let judged = middle;
        let box = boxOf(judged);
        while (isBoxless(box) && judged + 1 < high && judged - middle < SLACK) box = boxOf(++judged);
        if (!isBoxless(box) && box.bottom < top) low = judged + 1;
        else high = middle;
      }
      return low;
    };
    const near = new Set<Element>();
    // Boxless blocks since the last block with a box, and whether that one was near.
    let boxless: Element[] = [];
    let lastNear = false;
    let pastBottom = 0;
    let above = 0;
    for (let i = Math.max(0, firstNotAbove(0) - SLACK); i < blocks.length && pastBottom < SLACK && reads < MAX_READS; i++) {
      const block = blocks[i]!;
      const box = boxOf(i);
      if (isBoxless(box)) {
        boxless.push(block);
        continue;
      }
      const isNear = box.top <= bottom && box.bottom >= top;
      if (isNear || lastNear) for (const between of boxless) near.add(between);
      boxless = [];
      lastNear = isNear;
      if (isNear) near.add(block);
      pastBottom = box.top > bottom ? pastBottom + 1 : 0;
      // Still above the band after the slack: the search was misled (a fixed or sticky block
      // stands in the band out of reading order), so search again from here.
      above = box.bottom < top ? above + 1 : 0;
      if (above > SLACK) {
        i = Math.max(i, firstNotAbove(i + 1) - SLACK);
        above = 0;
      }
    }
    if (lastNear) for (const between of boxless) near.add(between);
    const came = [...near].filter((block) => !this.near.has(block));
    const went = [...this.near].filter((block) => !near.has(block));
    this.near = near;
    if (came.length > 0 || went.length > 0) this.hooks.onChange(came, went);
    this.hooks.onBusy(performance.now() - start);
  }
}
