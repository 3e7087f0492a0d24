/**
 * The content script's life on one page: settings decide whether it runs; a run finds the
 * article, reads its text, analyses it in chunks, paints the findings and answers hover,
 * keyboard and the popup; the page changing (mutations, lazy paragraphs, SPA navigations)
 * leads to a refresh that analyses only the chunks that changed.
 *
 * Cleanup: everything a run sets up hangs on the run's AbortSignal (listeners, observer,
 * timers, highlights, stylesheet, card host). Aborting it is the one cleanup path, taken when
 * the reader turns us off, when the page navigates, and (through the lifetime signal) when the
 * extension goes away under the page.
 */
import type { AnalyzeOptions, Report } from '../engine/types';
import { copyPruned, needsPruned, scopeFrom, snapshot, type ArticleDecision, type ArticleScope, type LightPage } from '../page/article';
import { buildTextMap, type TextMap } from '../page/text-map';
import { Cancelled, Meter, runSliced, type Work } from '../page/tasks';
import browser, { type Runtime } from '../shared/browser';
import type { AnalyzeAnswer, ContentStats, Message, PageReport } from '../shared/messages';
import {
  analyzeOptionsFrom,
  isCategoryHighlighted,
  loadSettings,
  onSettingsChanged,
  saveSettings,
  shouldRunOn,
  type Settings,
} from '../shared/settings';
import { Card } from './card';
import { analyseInChunks, ChunkCache } from './chunks';
import { NEAR_VIEWPORT_ABOVE, Painter, shadowRootsHolding } from './highlights';
import { contextAlive } from './lifecycle';
import { HitTester, liveRange, placeFindings, type PlacedFinding } from './placed';
import { HOST_TAG } from '../page/dom-rules';
import { isSameFinding } from '../shared/report-profile';

/** Wait this long after the last DOM change before refreshing, but never longer than MAX_WAIT. */
const MUTATION_DEBOUNCE_MS = 250;
const MUTATION_MAX_WAIT_MS = 1_500;
/** How often a page without an article is looked at again as it changes. */
const MAX_REDETECTIONS = 3;
/** Errors kept for `toContent/getStats` (the first ones; a page that keeps failing repeats itself). */
const MAX_KEPT_ERRORS = 20;
/** How often the URL (SPA navigations without the Navigation API) and the extension context are checked. */
const POLL_MS = 1_000;
/** Content needs a moment to render after an SPA navigation. */
const NAVIGATION_SETTLE_MS = 400;
/** The card is built once the page is idle (see prepareCardWhenIdle), or after this long at most. */
const CARD_IDLE_TIMEOUT_MS = 1_000;
/** Hover: hide the card when the pointer has been off the finding (and the card) this long. */
const HOVER_HIDE_MS = 300;
/** At most this many not-yet-defined custom elements are watched for a late shadow root. */
const MAX_LATE_HOSTS = 100;

/** What is watched inside the article (and inside its open shadow roots). */
const WATCH_INSIDE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'aria-hidden', 'style', 'contenteditable'],
};

export const COMMAND_NEXT = 'next-finding';
export const COMMAND_PREVIOUS = 'previous-finding';

/** The page's URL without its fragment: a hash change is not a new page. */
const pageUrl = (): string => location.href.split('#')[0]!;

interface Analysis {
  scope: ArticleScope;
  map: TextMap;
  report: Report;
  placed: PlacedFinding[];
  /** Placed findings that are painted (and so hoverable and steppable), in text order. */
  painted: PlacedFinding[];
  hits: HitTester;
  /** Rule id -> the rule's name, for the card. */
  ruleNames: Map<string, string>;
  analyzedAt: string;
  /**
   * Custom elements in the article not defined yet: defining one later attaches its shadow
   * root without any mutation record, so these are looked at on a timer instead.
   */
  lateHosts: Element[];
}

/**
 * Not-yet-defined custom elements in the scope and in the open shadow roots read (a bounded
 * number): the hosts that may get a shadow root after this pass.
 */
function undefinedElements(scope: ArticleScope, shadowRoots: readonly ShadowRoot[]): Element[] {
  const found: Element[] = [];
  const trees: ParentNode[] = [scope.root, ...(scope.headline && !scope.root.contains(scope.headline) ? [scope.headline] : []), ...shadowRoots];
  for (const tree of trees) {
    for (const el of Array.from(tree.querySelectorAll(':not(:defined)'))) {
      if (found.length >= MAX_LATE_HOSTS) return found;
      found.push(el);
    }
  }
  return found;
}

/** The element a text node sits in: its parent, or the host when it is a shadow root's own child. */
function elementAround(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === Node.ELEMENT_NODE) return parent as Element;
  return (parent as ShadowRoot).host ?? null;
}

/**
 * Readability runs in the background too, on the page's light copy (see src/page/article.ts).
 * Sending copies the message on this thread: that part is metered as ours.
 */
async function decideInBackground(page: LightPage, meter: Meter): Promise<ArticleDecision> {
  const sent = meter.time(() => browser.runtime.sendMessage({ kind: 'toBackground/findArticle', page } satisfies Message));
  const decision = (await sent) as ArticleDecision | undefined;
  if (!decision || !Array.isArray(decision.kept)) throw new Error('the background did not look at the page');
  return decision;
}

/**
 * The engine runs in the background (see src/background/analysis.ts): one message per chunk.
 * Sending copies the message on this thread, inside analyseInChunks' metered slices.
 */
async function analyzeInBackground(text: string, options: AnalyzeOptions): Promise<AnalyzeAnswer> {
  const answer = (await browser.runtime.sendMessage({ kind: 'toBackground/analyze', text, options } satisfies Message)) as AnalyzeAnswer | undefined;
  if (!answer?.report) throw new Error('the background did not analyse the text');
  return answer;
}

export class PageController {
  private settings: Settings | null = null;
  private engineOptions = '';
  private run: AbortController | null = null;
  private analysis: Analysis | null = null;
  /** The run finished and found no article (the popup says so). */
  private noArticle = false;
  private readonly cache = new ChunkCache();
  /** Its near-viewport updates (see Painter.paintNearViewport) count as our work, outside any pass. */
  private readonly painter = new Painter((ms) => this.recordWork(ms));
  /** The paint running or last run (see paintInTurn). */
  private painting: Promise<void> = Promise.resolve();
  private card: Card | null = null;
  /** The run whose hover, Escape and scroll listeners are installed (see watchPointer). */
  private pointerWatched: AbortSignal | null = null;
  private step = -1;
  /** The card was opened by the keyboard or the popup: it stays through scrolling. */
  private pinned: { placed: PlacedFinding; keyboard: boolean } | null = null;
  private url = pageUrl();
  private lastSentCount = -1;
  /** Times the page was looked at again for an article after none was found (bounded). */
  private redetections = 0;
  /** The one watcher of page changes (of the article, or of the body while none is found). */
  private observer: MutationObserver | null = null;
  /** The open shadow roots the observer watches too (mutations inside them reach no observer outside). */
  private watchedShadowRoots = new WeakSet<Node>();
  /** The timer that looks at Analysis.lateHosts (one at a time, like the observer). */
  private lateHostTimer = 0;
  /** The pass in progress: passes run one at a time, each sees the page as a whole. */
  private passing = false;
  /** Asked for while a pass ran: one more pass of that run afterwards (requests coalesce). */
  private queued: { signal: AbortSignal; detect: boolean } | null = null;
  /** What our passes cost, for `toContent/getStats`: kept here, never on the page's performance timeline. */
  private readonly costs: Omit<ContentStats, 'errors' | 'cachedChunks' | 'card'> = { passes: 0, busyMs: 0, longestSliceMs: 0 };

  /** `lifetime`: aborting it is the one cleanup path (see lifecycle.ts). */
  constructor(private readonly lifetime: AbortController) {}

  async start(): Promise<void> {
    const signal = this.lifetime.signal;
    signal.addEventListener('abort', () => this.stop());
    let changedWhileLoading = false;
    const unsubscribe = onSettingsChanged((settings) => {
      changedWhileLoading = true;
      if (this.checkAlive()) this.apply(settings);
    });
    signal.addEventListener('abort', unsubscribe);
    // The card's state is the reader's business: see fromExtension.
    const onMessage = (raw: unknown, sender: Runtime.MessageSender) => (fromExtension(sender) ? this.onMessage(raw as Message) : undefined);
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
    this.watchNavigation(signal);
    const { settings } = await loadSettings();
    // A change that came while we were reading is newer than what was read: applying the read
    // afterwards would put the old settings back (seen in Firefox: a new look lost at page load).
    if (!signal.aborted && !changedWhileLoading) this.apply(settings);
  }

  /** The extension went away under the page: end this instance's lifetime (everything cleans up, timers and listeners too). */
  private checkAlive(): boolean {
    if (contextAlive()) return true;
    this.lifetime.abort();
    return false;
  }

  private apply(settings: Settings): void {
    const previous = this.settings;
    this.settings = settings;
    if (!shouldRunOn(settings, location.href)) {
      this.stop();
      return;
    }
    const engineOptions = JSON.stringify(analyzeOptionsFrom(settings));
    const runChanged = !previous || previous.runOn !== settings.runOn;
    if (!this.run || engineOptions !== this.engineOptions || runChanged) {
      if (engineOptions !== this.engineOptions) this.cache.clear();
      this.engineOptions = engineOptions;
      this.restart();
      return;
    }
    // Only the look changed: repaint what we have (after a paint still running, with this look).
    if (this.analysis && this.run) void this.paintInTurn(null, this.run.signal).catch(() => undefined);
  }

  /** The one cleanup path for a run: highlights, stylesheet, card host, observers, listeners. */
  private stop({ clearBadge = true, keepPaint = false } = {}): void {
    this.run?.abort();
    this.run = null;
    this.analysis = null;
    this.noArticle = false;
    this.step = -1;
    this.pinned = null;
    if (!keepPaint) this.painter.clear();
    this.card?.remove();
    this.card = null;
    this.redetections = 0;
    this.observer?.disconnect();
    this.observer = null;
    this.queued = null;
    if (clearBadge) this.sendCount(0);
  }

  /**
   * A new run over the page. The same page keeps its marks and badge until the next pass
   * repaints (a 0 or a blank page in between would race it and make the marks flicker);
   * `newPage` (an SPA navigation) clears them first: the old page's marks would paint over
   * text the framework reuses, and the badge would count the old page.
   */
  private restart(delayMs = 0, { newPage = false } = {}): void {
    this.stop(newPage ? {} : { clearBadge: false, keepPaint: true });
    const run = new AbortController();
    this.run = run;
    const start = () => this.requestPass(run.signal, true);
    if (delayMs > 0) {
      const timer = setTimeout(start, delayMs);
      run.signal.addEventListener('abort', () => clearTimeout(timer));
    } else {
      start();
    }
  }

  /**
   * Start a pass, or, while one runs, queue one more. Overlapping passes would race: the
   * slower would overwrite the newer analysis. A pass of an aborted run stops at its next
   * check and never writes; the queued pass of the new run then starts.
   */
  private requestPass(signal: AbortSignal, detect: boolean): void {
    if (this.passing) {
      const keepDetect = this.queued?.signal === signal && this.queued.detect;
      this.queued = { signal, detect: detect || keepDetect };
      return;
    }
    this.passing = true;
    void this.analyse(signal, detect).finally(() => {
      this.passing = false;
      const next = this.queued;
      this.queued = null;
      if (next && !next.signal.aborted) this.requestPass(next.signal, next.detect);
    });
  }

  /**
   * One pass (never two at once: see requestPass): find the article (when `detect`, or when the old root left the page), read its
   * text, analyse changed chunks, place and paint. Its cost is kept for `toContent/getStats`.
   */
  private async analyse(signal: AbortSignal, detect: boolean): Promise<void> {
    const settings = this.settings;
    if (!settings) return;
    const meter = new Meter();
    const passStart = performance.now();
    try {
      let scope = this.analysis?.scope ?? null;
      if (detect || !scope || !scope.root.isConnected) {
        const shot = await runSliced(snapshot(document), signal, meter);
        let decision = await decideInBackground(shot.page, meter);
        if (needsPruned(shot, decision)) {
          await runSliced(copyPruned(shot), signal, meter);
          decision = await decideInBackground(shot.page, meter);
        }
        if (signal.aborted) throw new Cancelled();
        scope = meter.time(() => scopeFrom(document, shot, decision, settings.runOn !== 'articles'));
        if (!scope) {
          this.painter.clear();
          this.noArticle = true;
          this.recordCost(passStart, meter, null);
          this.sendCount(0, null);
          // Watch the body for the article to appear (once: redetections keep this watcher).
          if (detect && this.redetections === 0) this.observe(null, signal);
          return;
        }
        this.redetections = 0;
        const watched = scope;
        meter.time(() => this.observe(watched, signal));
      }
      meter.time(() => this.painter.adoptStyle({ style: settings.highlightStyle, colors: settings.colors }));
      meter.endPhase('article');
      const map = await runSliced(buildTextMap(scope, document.baseURI), signal, meter);
      const articleScope = scope;
      const lateHosts = meter.time(() => {
        this.watchShadowRoots(map.shadowRoots);
        return undefinedElements(articleScope, map.shadowRoots);
      });
      meter.endPhase('text-map');
      const options: AnalyzeOptions = { ...analyzeOptionsFrom(settings), blocks: map.blocks, links: map.links };
      const { report, ruleNames } = await analyseInChunks(map, options, this.cache, analyzeInBackground, signal, meter);
      meter.endPhase('engine');
      const placed = await runSliced(placeFindings(map, report.findings), signal, meter);
      const analysis: Analysis = {
        scope,
        map,
        report,
        placed,
        painted: [],
        hits: new HitTester(map, []),
        ruleNames,
        analyzedAt: new Date().toISOString(),
        lateHosts,
      };
      this.analysis = analysis;
      this.noArticle = false;
      this.step = -1;
      await this.paintInTurn(analysis, signal, meter);
      meter.endPhase('paint');
      if (this.card?.visible) this.card.hide();
      meter.time(() => this.sendCount(report.findings.filter((f) => f.category !== 'named-source').length, report));
      this.recordCost(passStart, meter, report.findings.length);
    } catch (error) {
      if (!(error instanceof Cancelled)) reportError(error);
    }
  }

  /**
   * Paints run one after another. A repaint for a new look that started while a pass was still
   * painting (in slices) would otherwise interleave with it: the pass's paint, resumed, would put
   * back the old look and category filter, or re-connect the near-viewport observer the repaint
   * had replaced (left connected after clear()). `analysis` null: the current one, when its turn comes.
   */
  private paintInTurn(analysis: Analysis | null, signal: AbortSignal, meter?: Meter): Promise<void> {
    const turn = this.painting.then(() => {
      const target = analysis ?? this.analysis;
      return target ? runSliced(this.paint(target), signal, meter) : undefined;
    });
    this.painting = turn.catch(() => undefined);
    return turn;
  }

  /** Paint the findings the settings ask for (a generator: thousands of ranges are added in slices). */
  private *paint(analysis: Analysis): Work<void> {
    const settings = this.settings!;
    analysis.painted = analysis.placed.filter((p) => isCategoryHighlighted(settings, p.finding.category));
    yield;
    analysis.hits = new HitTester(analysis.map, analysis.painted);
    const items = analysis.painted.map((p) => [p.finding.category, p.range] as const);
    // Only pages with open shadow roots pay for finding the trees that need our stylesheet.
    const shadowRoots = analysis.map.shadowRoots.length > 0 ? shadowRootsHolding(analysis.painted.map((p) => p.range)) : [];
    const look = { style: settings.highlightStyle, colors: settings.colors };
    if (items.length > NEAR_VIEWPORT_ABOVE) this.painter.paintNearViewport(yield* this.painter.groupByBlock(items), look, shadowRoots);
    else this.painter.paint(yield* this.painter.build(items), look, shadowRoots);
    if (analysis.painted.length > 0 && this.run) {
      this.watchPointer(this.run.signal);
      this.prepareCardWhenIdle(this.run.signal);
    }
  }

  /**
   * The card once the page is idle: not needed to mark the page, so not built in the pass that
   * marks it (building it was ~1.5 ms of a first pass). A hover or step before then builds it
   * on the spot (see showCard); the time counts as ours either way.
   */
  private prepareCardWhenIdle(signal: AbortSignal): void {
    if (this.card) return;
    const idle = requestIdleCallback(() => {
      if (signal.aborted || this.card) return;
      const start = performance.now();
      this.ensureCard();
      this.recordWork(performance.now() - start);
    }, { timeout: CARD_IDLE_TIMEOUT_MS });
    signal.addEventListener('abort', () => cancelIdleCallback(idle), { once: true });
  }

  /**
   * Add a finished pass's cost to the totals (`findings` null: it found no article); the first
   * pass that painted an article is kept whole (the bench reads it).
   */
  private recordCost(passStart: number, meter: Meter, findings: number | null): void {
    const costs = this.costs;
    costs.passes++;
    costs.busyMs += meter.busy;
    costs.longestSliceMs = Math.max(costs.longestSliceMs, meter.longest);
    if (findings === null) return;
    costs.firstPass ??= {
      startMs: passStart,
      wallMs: performance.now() - passStart,
      busyMs: meter.busy,
      longestSliceMs: meter.longest,
      findings,
      phases: { ...meter.phases },
    };
  }

  /** Work of ours outside a pass (one slice of `ms`). */
  private recordWork(ms: number): void {
    this.costs.busyMs += ms;
    this.costs.longestSliceMs = Math.max(this.costs.longestSliceMs, ms);
  }

  private stats(): ContentStats {
    return { ...this.costs, errors: [...keptErrors], cachedChunks: this.cache.size, card: this.card?.state() ?? null };
  }

  /**
   * Tell the background (badge): `warnings`, every warning marked on the page (headlines and
   * captions too, unlike the summary's body counts). `report` undefined: only the count changed.
   */
  private sendCount(warnings: number, report?: Report | null): void {
    if (warnings === this.lastSentCount && report === undefined) return;
    this.lastSentCount = warnings;
    const message: Message = {
      kind: 'toBackground/findingsChanged',
      warnings,
      bySourcing: report?.summary.bySourcing ?? {},
    };
    if (!contextAlive()) return;
    browser.runtime.sendMessage(message).catch(() => {
      // The background may be starting up; the popup asks again when opened.
    });
  }

  // ---- page changes -----------------------------------------------------------------

  /**
   * Watch the article for changes (or the body, while no article is found), with one observer:
   * the previous one is disconnected first.
   *
   * With an article, only changes that can change what we read count: anything inside the root
   * (text, children, hidden/style/contenteditable attributes) or the headline, and the root
   * leaving the page (a child list change of one of its ancestors, counted only when the root
   * is then disconnected). The rest of the page (ads, animations setting `style`) is not
   * observed at all, so it costs us nothing. Open shadow roots in the article are added as
   * each pass reads them (see watchShadowRoots); custom elements defined later get theirs
   * without a mutation record, so those are checked on a timer (see Analysis.lateHosts).
   */
  private observe(scope: ArticleScope | null, signal: AbortSignal): void {
    this.observer?.disconnect();
    clearInterval(this.lateHostTimer);
    const watchedShadowRoots = new WeakSet<Node>();
    this.watchedShadowRoots = watchedShadowRoots;
    let timer = 0;
    let firstPending = 0;
    const refresh = () => {
      timer = 0;
      firstPending = 0;
      if (!this.checkAlive() || signal.aborted) return;
      if (scope === null) {
        // No article yet: it may just have been rendered; look again, a bounded number of times.
        if (++this.redetections > MAX_REDETECTIONS) {
          observer.disconnect();
          return;
        }
        this.requestPass(signal, true);
        return;
      }
      this.requestPass(signal, false);
    };
    const root = scope?.root ?? null;
    const headline = scope?.headline && root && !root.contains(scope.headline) ? scope.headline : null;
    const relevant = (r: MutationRecord): boolean => {
      const target = r.target;
      if (target.nodeType === Node.ELEMENT_NODE && (target as Element).localName === HOST_TAG) return false;
      // No article: something added to the page may be it.
      if (!root) return r.type === 'childList' && r.addedNodes.length > 0;
      if (root.contains(target) || headline?.contains(target)) return true;
      if (watchedShadowRoots.has(target.getRootNode())) return true;
      // An ancestor's child list: only the root leaving the page matters.
      return !root.isConnected;
    };
    const schedule = () => {
      const now = performance.now();
      firstPending ||= now;
      clearTimeout(timer);
      const wait = Math.min(MUTATION_DEBOUNCE_MS, Math.max(0, firstPending + MUTATION_MAX_WAIT_MS - now));
      timer = window.setTimeout(refresh, wait);
    };
    const observer = new MutationObserver((records) => {
      if (records.some(relevant)) schedule();
    });
    if (root) {
      observer.observe(root, WATCH_INSIDE);
      if (headline) observer.observe(headline, WATCH_INSIDE);
      for (let ancestor = root.parentNode; ancestor; ancestor = ancestor.parentNode) observer.observe(ancestor, { childList: true });
      // A custom element defined since the last pass may have attached an open shadow root.
      const lateHostTimer = window.setInterval(() => {
        const analysis = this.analysis;
        if (!analysis || analysis.lateHosts.length === 0) return;
        const upgraded = analysis.lateHosts.some((el) => el.shadowRoot !== null);
        analysis.lateHosts = analysis.lateHosts.filter((el) => !el.matches(':defined'));
        if (upgraded) schedule();
      }, POLL_MS);
      this.lateHostTimer = lateHostTimer;
      signal.addEventListener('abort', () => clearInterval(lateHostTimer));
    } else {
      observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    }
    this.observer = observer;
    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
    });
  }

  /** Watch open shadow roots of the article not watched yet: the light DOM's observer sees nothing inside them. */
  private watchShadowRoots(roots: readonly ShadowRoot[]): void {
    const observer = this.observer;
    if (!observer) return;
    for (const root of roots) {
      if (this.watchedShadowRoots.has(root)) continue;
      this.watchedShadowRoots.add(root);
      observer.observe(root, WATCH_INSIDE);
    }
  }

  /**
   * SPA navigations change the URL without a page load. Content scripts cannot wrap the page's
   * `history.pushState`, so: the Navigation API where present, popstate, and a cheap poll
   * (which also notices a dead extension context).
   */
  private watchNavigation(signal: AbortSignal): void {
    const check = () => {
      if (!this.checkAlive()) return;
      const now = pageUrl();
      if (now === this.url) return;
      this.url = now;
      if (this.settings && shouldRunOn(this.settings, location.href)) this.restart(NAVIGATION_SETTLE_MS, { newPage: true });
      else this.stop();
    };
    window.addEventListener('popstate', check, { signal });
    const navigation = (window as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', check, { signal });
    const poll = window.setInterval(check, POLL_MS);
    signal.addEventListener('abort', () => clearInterval(poll));
  }

  // ---- hover, keyboard, card --------------------------------------------------------

  /** The card, built on first need (see prepareCardWhenIdle). */
  private ensureCard(): Card {
    this.card ??= new Card({
      // A refusal reaches the card, which says so and stays open.
      turnOffRule: async (ruleId) => void (await saveSettings({ rules: { [ruleId]: false } })),
      openOptions: () => void browser.runtime.sendMessage({ kind: 'toBackground/openOptions' } satisfies Message).catch(() => undefined),
      closed: () => {
        this.pinned = null;
        this.painter.focus(null);
      },
    });
    return this.card;
  }

  /**
   * Hover (hit-testing the pointer), Escape and scroll, for the run of `signal` (once per run:
   * its abort removes them). Installed as soon as findings are painted; the card they show
   * may not be built yet (see prepareCardWhenIdle).
   */
  private watchPointer(signal: AbortSignal): void {
    if (this.pointerWatched === signal) return;
    this.pointerWatched = signal;
    let hideTimer = 0;
    let frame = 0;
    let lastEvent: PointerEvent | null = null;
    const onFrame = () => {
      frame = 0;
      const event = lastEvent;
      if (!event || !this.analysis || !this.checkAlive()) return;
      if (this.card?.contains(event.target)) {
        clearTimeout(hideTimer);
        return;
      }
      const hit = this.analysis.hits.at(event.clientX, event.clientY);
      if (hit) {
        clearTimeout(hideTimer);
        hideTimer = 0;
        if (this.card?.content?.finding !== hit.finding) {
          this.pinned = null;
          this.showCard(hit, false);
        }
      } else if (this.card?.visible && !hideTimer) {
        hideTimer = window.setTimeout(() => {
          hideTimer = 0;
          this.card?.hide();
        }, HOVER_HIDE_MS);
      }
    };
    // Throttled to one hit-test per frame; passive, so page scrolling never waits for us.
    document.addEventListener(
      'pointermove',
      (event) => {
        if (event.pointerType === 'touch') return;
        lastEvent = event;
        frame ||= requestAnimationFrame(onFrame);
      },
      { passive: true, capture: true, signal },
    );
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.isTrusted && event.key === 'Escape' && this.card?.visible) this.card.hide();
      },
      { capture: true, signal },
    );
    // After a scroll the card would point elsewhere: a hover card goes, a pinned one follows.
    let scrollFrame = 0;
    window.addEventListener(
      'scroll',
      () => {
        const card = this.card;
        if (!card?.visible) return;
        if (!this.pinned) return card.hide();
        scrollFrame ||= requestAnimationFrame(() => {
          scrollFrame = 0;
          // Placed again only: focus stays where the reader moved it (Tab to a button, say).
          if (this.pinned && this.card?.visible) this.showCard(this.pinned.placed, this.pinned.keyboard, { focus: false });
        });
      },
      { passive: true, capture: true, signal },
    );
    signal.addEventListener('abort', () => {
      clearTimeout(hideTimer);
      cancelAnimationFrame(frame);
      cancelAnimationFrame(scrollFrame);
    });
  }

  /** `keyboard`: stepped to (numbered, and the dialog takes focus unless `focus` says otherwise). */
  private showCard(placed: PlacedFinding, keyboard: boolean, { flash = false, focus = keyboard } = {}): boolean {
    const analysis = this.analysis;
    const settings = this.settings;
    if (!analysis || !settings || !this.run) return false;
    const range = liveRange(placed.range);
    if (!range) return false;
    const card = this.ensureCard();
    const { finding } = placed;
    const sentence = analysis.report.sentences[finding.sentence];
    const position = keyboard ? `${analysis.painted.indexOf(placed) + 1} / ${analysis.painted.length}` : undefined;
    this.painter.focus(placed.range, flash ? 1_500 : 0);
    card.show(
      {
        finding,
        ruleName: analysis.ruleNames.get(finding.rule) ?? finding.rule,
        sourcing: sentence?.sourcing ?? null,
        color: settings.colors[finding.category],
        ...(position ? { position } : {}),
      },
      range.getBoundingClientRect(),
      { focus },
    );
    return true;
  }

  private reveal(placed: PlacedFinding, keyboard: boolean): boolean {
    const target = elementAround(placed.range.startContainer);
    if (!target || !target.isConnected) return false;
    target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    const shown = this.showCard(placed, keyboard, { flash: !keyboard });
    this.pinned = shown ? { placed, keyboard } : null;
    return shown;
  }

  /** Keyboard shortcut: the next (or previous) painted finding, wrapping around. */
  private stepBy(delta: 1 | -1): void {
    const painted = this.analysis?.painted;
    if (!painted || painted.length === 0) return;
    this.step = this.step < 0 && delta < 0 ? painted.length - 1 : (this.step + delta + painted.length) % painted.length;
    this.reveal(painted[this.step]!, true);
  }

  // ---- messages ---------------------------------------------------------------------

  private onMessage(message: Message): Promise<unknown> | undefined {
    if (!this.checkAlive()) return undefined;
    switch (message?.kind) {
      case 'toContent/getReport':
        return Promise.resolve(this.pageReport());
      case 'toContent/getStats':
        return Promise.resolve(this.stats());
      case 'toContent/revealFinding': {
        const placed = this.analysis?.placed.find((p) => p.index === message.index && isSameFinding(p.finding, message));
        return Promise.resolve(placed ? this.reveal(placed, false) : false);
      }
      case 'toContent/command':
        if (message.command === COMMAND_NEXT) this.stepBy(1);
        else if (message.command === COMMAND_PREVIOUS) this.stepBy(-1);
        return Promise.resolve(true);
      default:
        return undefined;
    }
  }

  private pageReport(): PageReport | null {
    const analysis = this.analysis;
    if (!analysis || this.noArticle) return null;
    return {
      ...analysis.report,
      url: location.href,
      title: analysis.scope.title || document.title,
      analyzedAt: analysis.analyzedAt,
      links: analysis.map.links,
    };
  }
}

/**
 * Only our extension's own pages and background may ask the page (tabs.sendMessage). Chrome
 * gives no `url` for a message from the service worker (w3c/webextensions#851); any URL given
 * must lie under our extension's origin.
 */
function fromExtension(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  return sender.url === undefined || sender.url.startsWith(browser.runtime.getURL(''));
}

/** Our failures on this page, as text, for `toContent/getStats` (tests check there are none). */
const keptErrors: string[] = [];

/**
 * A failure of ours: logged, and kept for `toContent/getStats`. Nothing goes on the page's
 * performance timeline (page scripts could read it). The page itself never sees a throw.
 */
export function reportError(error: unknown): void {
  console.warn('Sourcelight:', error);
  if (keptErrors.length < MAX_KEPT_ERRORS) keptErrors.push(String(error));
}
