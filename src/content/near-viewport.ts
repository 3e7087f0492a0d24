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
 */

/** "Near": within this many viewport heights above and below the viewport. */
const NEAR_VIEWPORTS = 1;
/**
 * How many blocks past the near band an update still reads, before and after it: reading order
 * runs down the page but not strictly (a float, a figure beside its paragraph).
 */
const SLACK = 8;

export class NearViewportWatch {
  private near = new Set<Element>();
  private frame = 0;
  private readonly resizeObserver: ResizeObserver;
  private readonly schedule = (): void => {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.update());
  };

  /**
   * `blocks`: in reading order, each with a box of its own. `onChange`: told the blocks that
   * came near and those that went, after each update that changed anything (and once at once).
   */
  constructor(
    private readonly blocks: readonly Element[],
    private readonly onChange: (came: readonly Element[], went: readonly Element[]) => void,
  ) {
    document.addEventListener('scroll', this.schedule, { capture: true, passive: true });
    window.addEventListener('resize', this.schedule, { passive: true });
    this.resizeObserver = new ResizeObserver(this.schedule);
    this.resizeObserver.observe(document.documentElement);
    this.update();
  }

  stop(): void {
    document.removeEventListener('scroll', this.schedule, { capture: true });
    window.removeEventListener('resize', this.schedule);
    this.resizeObserver.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private update(): void {
    this.frame = 0;
    const blocks = this.blocks;
    const top = -NEAR_VIEWPORTS * innerHeight;
    const bottom = (1 + NEAR_VIEWPORTS) * innerHeight;
    // The first block that ends below the near band's top.
    let low = 0;
    let high = blocks.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (blocks[middle]!.getBoundingClientRect().bottom < top) low = middle + 1;
      else high = middle;
    }
    const near = new Set<Element>();
    let pastBottom = 0;
    for (let i = Math.max(0, low - SLACK); i < blocks.length && pastBottom < SLACK; i++) {
      const box = blocks[i]!.getBoundingClientRect();
      if (box.top > bottom) {
        pastBottom++;
        continue;
      }
      pastBottom = 0;
      if (box.bottom >= top) near.add(blocks[i]!);
    }
    const came = [...near].filter((block) => !this.near.has(block));
    const went = [...this.near].filter((block) => !near.has(block));
    this.near = near;
    if (came.length > 0 || went.length > 0) this.onChange(came, went);
  }
}
