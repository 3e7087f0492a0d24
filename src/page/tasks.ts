/**
 * Long DOM work is written once as a generator that `yield`s at safe points (about every
 * thousand nodes). The CLI runs it to the end in one go; the content script runs it in
 * slices that give the page's main thread back between them.
 */

export type Work<T> = Generator<void, T, void>;

/** Run to completion, synchronously (Node, unit tests). */
export function runSync<T>(work: Work<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** Thrown out of `runSliced` when its signal aborts; callers treat it as "stop quietly". */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** Yield to the event loop: `scheduler.yield()` where present (keeps our place in line), else a macrotask. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Main-thread time spent, summed over slices, and the longest slice: what the bench reports. */
export class Meter {
  busy = 0;
  longest = 0;
  /** Busy time per named phase (see `endPhase`). */
  readonly phases: Record<string, number> = {};
  private phaseStart = 0;

  /** Attribute the busy time since the last phase ended to `name`. */
  endPhase(name: string): void {
    this.phases[name] = (this.phases[name] ?? 0) + this.busy - this.phaseStart;
    this.phaseStart = this.busy;
  }

  /** Count `ms` of work done in one go. */
  add(ms: number): void {
    this.busy += ms;
    if (ms > this.longest) this.longest = ms;
  }

  /** Run a synchronous step and count its time. */
  time<T>(step: () => T): T {
    const start = performance.now();
    try {
      return step();
    } finally {
      this.add(performance.now() - start);
    }
  }
}

/**
 * Run `work` in slices of at most `budgetMs` (checked at each of its yield points), yielding
 * to the page between slices so that no task of ours comes near 50 ms.
 */
export async function runSliced<T>(work: Work<T>, signal: AbortSignal, meter?: Meter, budgetMs = 8): Promise<T> {
  let sliceStart = performance.now();
  try {
    for (;;) {
      if (signal.aborted) {
        work.return(undefined as never);
        throw new Cancelled();
      }
      const step = work.next();
      if (step.done) return step.value;
      const now = performance.now();
      if (now - sliceStart >= budgetMs) {
        meter?.add(now - sliceStart);
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
  } finally {
    meter?.add(performance.now() - sliceStart);
  }
}
