/**
 * The page's main-thread tasks as a Chromium trace sees them, rendering included. The Long Tasks
 * API misses rendering updates in this headless Chromium: measured here, a style change that
 * relaid out the 5,000-paragraph page (~500 ms) and most loads' first layout (600-800 ms) were
 * not reported, while a 120 ms script task was. Highlights cost their time in rendering updates
 * (style, pre-paint, paint), so the bench reads those from a trace.
 */
import type { CDPSession, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { documentLoaderURL?: string } };
}

export interface MainThreadTask {
  /** On the page's performance.now() clock (ms). */
  start: number;
  /** Wall time (ms). */
  duration: number;
  /** Thread (CPU) time (ms): far less than wall time on a loaded machine. */
  cpu: number;
  /** A rendering update (style, layout, paint), script, or anything else (parsing, loading). */
  kind: 'render' | 'script' | 'other';
  /** Layout time inside it (ms): highlights never lay out, the page's own changes do. */
  layout: number;
}

export class PageTrace {
  private readonly events: TraceEvent[] = [];
  private constructor(private readonly cdp: CDPSession) {
    cdp.on('event', ({ method, params }) => {
      if (method === 'Tracing.dataCollected') this.events.push(...(params as { value: TraceEvent[] }).value);
    });
  }

  static async start(page: Page): Promise<PageTrace> {
    const cdp = await page.context().newCDPSession(page);
    const trace = new PageTrace(cdp);
    await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,blink,blink.user_timing,loading', transferMode: 'ReportEvents' } as never);
    return trace;
  }

  /**
   * Stop, and the main-thread tasks of the document whose URL contains `urlPart` that took at
   * least `minMs` (wall).
   */
  async stop(urlPart: string, minMs: number): Promise<MainThreadTask[]> {
    const done = new Promise<void>((resolve) => {
      const onEvent = ({ method }: { method: string }) => {
        if (method !== 'Tracing.tracingComplete') return;
        this.cdp.off('event', onEvent);
        resolve();
      };
      this.cdp.on('event', onEvent);
    });
    await this.cdp.send('Tracing.end');
    await done;
    await this.cdp.detach();
    const navigation = this.events.filter((e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL ?? '').includes(urlPart)).pop();
    if (!navigation) throw new Error(`trace: no navigation to ${urlPart}`);
    const mainThread = this.events.find((e) => e.name === 'thread_name' && e.pid === navigation.pid && e.args?.name === 'CrRendererMain');
    if (!mainThread) throw new Error('trace: no renderer main thread');
    const slices = this.events
      .filter((e) => e.ph === 'X' && e.pid === navigation.pid && e.tid === mainThread.tid && e.dur !== undefined)
      .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const tasks: MainThreadTask[] = [];
    let end = -Infinity;
    for (let i = 0; i < slices.length; i++) {
      const top = slices[i]!;
      if (top.ts < end) continue; // Nested in the task before.
      end = top.ts + top.dur!;
      if (top.dur! < minMs * 1000) continue;
      const inside: TraceEvent[] = [];
      for (let k = i + 1; k < slices.length && slices[k]!.ts < end; k++) inside.push(slices[k]!);
      const has = (name: string) => inside.some((e) => e.name === name);
      const kind = has('WebFrameWidgetImpl::UpdateLifecycle') ? 'render' : has('FunctionCall') || has('v8.callFunction') || has('BlinkScheduler_PerformMicrotaskCheckpoint') || has('EvaluateScript') ? 'script' : 'other';
      const layout = inside.filter((e) => e.name === 'Layout').reduce((sum, e) => sum + e.dur! / 1000, 0);
      tasks.push({ start: (top.ts - navigation.ts) / 1000, duration: top.dur! / 1000, cpu: (top.tdur ?? top.dur!) / 1000, kind, layout });
    }
    return tasks;
  }
}
