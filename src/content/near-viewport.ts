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
 */

/** "Near": within this many viewport heights above and below the viewport. */
const NEAR_VIEWPORTS = 1;
/**
 * How many blocks past the near band an update still reads, before and after it: reading order
 * runs down the page but not strictly (a float, a figure beside its paragraph).
 */
const SLACK = 8;

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
    // The first block that ends below the near band's top (a boxless one is judged by the next with a box).
    let low = 0;
    let high = blocks.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      let judged = middle;
      let box = blocks[judged]!.getBoundingClientRect();
      while (isBoxless(box) && judged + 1 < high) box = blocks[++judged]!.getBoundingClientRect();
      if (!isBoxless(box) && box.bottom < top) low = judged + 1;
      else high = middle;
    }
    const near = new Set<Element>();
    // Boxless blocks since the last block with a box, and whether that one was near.
    let boxless: Element[] = [];
    let lastNear = false;
    let pastBottom = 0;
    for (let i = Math.max(0, low - SLACK); i < blocks.length && pastBottom < SLACK; i++) {
      const block = blocks[i]!;
      const box = block.getBoundingClientRect();
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
    }
    if (lastNear) for (const between of boxless) near.add(between);
    const came = [...near].filter((block) => !this.near.has(block));
    const went = [...this.near].filter((block) => !near.has(block));
    this.near = near;
    if (came.length > 0 || went.length > 0) this.hooks.onChange(came, went);
    this.hooks.onBusy(performance.now() - start);
  }
}
