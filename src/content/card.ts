/**
 * The hover card, and the one element we add to a page: `<sourcelight-host>`, appended to
 * <html> after <body> (so `document.body` and its text stay exactly as they were), fixed,
 * zero-sized, taking no pointer events. Everything we show lives in its shadow root, so the
 * page's CSS cannot reach it. The root is open: closing it would hide nothing from the page
 * (the card shows what the page already contains), and tests and tools can read it. Because
 * page scripts can reach the buttons, every action ignores untrusted (scripted) events: a
 * page must not be able to turn our rules off. Keyboard activation of a focused button
 * produces a trusted click, so it still works.
 *
 * Accessibility: the card is a non-modal dialog labelled by its rule name; a polite live
 * region announces each card, so stepping with the keyboard shortcut is heard, not only seen.
 */
import type { Finding, SourcingStatus } from '../engine/types';
import { HOST_TAG } from '../page/dom-rules';
import { t } from '../shared/i18n';
import { categoryOne } from '../shared/message-keys';

export interface CardContent {
  finding: Finding;
  ruleName: string;
  sourcing: SourcingStatus | null;
  color: string;
  /** "3 of 12", when stepping with the keyboard. */
  position?: string;
}

export interface CardActions {
  turnOffRule: (ruleId: string) => void;
  openOptions: () => void;
  /** The card closed (Escape, the close button, or the pointer left it). */
  closed: () => void;
}

const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; box-sizing: border-box; max-width: min(360px, calc(100vw - 16px));
  padding: 12px 14px; border-radius: 8px; border-left: 6px solid var(--accent);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
  color: #1b1f24; background: #ffffff; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.25);
  pointer-events: auto; overflow-wrap: anywhere;
}
.card[hidden] { display: none; }
.category { margin: 0; font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: #57606a; }
.rule { margin: 2px 0 6px; font-size: 16px; font-weight: 650; }
.phrase { margin: 0 0 6px; font-style: italic; }
.explanation { margin: 0 0 8px; }
.sourcing { margin: 0 0 10px; font-size: 13px; color: #57606a; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
button {
  font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid #8c959f; background: #f6f8fa; color: inherit;
}
button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.close { position: absolute; top: 6px; right: 6px; border: none; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; }
.position { margin-left: auto; font-size: 12px; color: #57606a; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #1f2428; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.6); }
  .category, .sourcing, .position { color: #9da7b1; }
  button { background: #2d333b; border-color: #6e7681; }
}
`;


function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export class Card {
  readonly host: HTMLElement;
  private readonly card: HTMLElement;
  private readonly live: HTMLElement;
  private readonly parts: Record<'category' | 'rule' | 'phrase' | 'explanation' | 'sourcing' | 'position', HTMLElement>;
  private readonly turnOff: HTMLButtonElement;
  private current: CardContent | null = null;

  constructor(private readonly actions: CardActions) {
    const doc = document;
    this.host = doc.createElement(HOST_TAG);
    // Inline style on our own element only: out of layout, above everything, no pointer events.
    this.host.setAttribute(
      'style',
      'all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; pointer-events: none !important; display: block !important;',
    );
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = el(doc, 'style', undefined, CARD_CSS);
    this.card = el(doc, 'div', 'card');
    this.card.hidden = true;
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-modal', 'false');
    this.card.id = 'card';
    this.parts = {
      category: el(doc, 'p', 'category'),
      rule: el(doc, 'p', 'rule'),
      phrase: el(doc, 'p', 'phrase'),
      explanation: el(doc, 'p', 'explanation'),
      sourcing: el(doc, 'p', 'sourcing'),
      position: el(doc, 'span', 'position'),
    };
    this.parts.rule.id = 'rule';
    this.card.setAttribute('aria-labelledby', 'rule');
    const close = el(doc, 'button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', t('card_close'));
    close.addEventListener('click', (event) => {
      if (event.isTrusted) this.hide();
    });
    this.turnOff = el(doc, 'button', 'turn-off', t('card_turnOffRule'));
    this.turnOff.type = 'button';
    this.turnOff.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      if (this.current) this.actions.turnOffRule(this.current.finding.rule);
      this.hide();
    });
    const options = el(doc, 'button', 'options', t('card_options'));
    options.type = 'button';
    options.addEventListener('click', (event) => {
      if (event.isTrusted) this.actions.openOptions();
    });
    const actionsRow = el(doc, 'div', 'actions');
    actionsRow.append(this.turnOff, options, this.parts.position);
    this.card.append(close, this.parts.category, this.parts.rule, this.parts.phrase, this.parts.explanation, this.parts.sourcing, actionsRow);
    this.live = el(doc, 'div', 'sr-only');
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    shadow.append(style, this.card, this.live);
    this.card.addEventListener('keydown', (event) => {
      if (event.isTrusted && event.key === 'Escape') this.hide();
    });
    // After <body>: nothing in the body (its text, :last-child rules, scripts walking it) changes.
    doc.documentElement.appendChild(this.host);
  }

  get visible(): boolean {
    return !this.card.hidden;
  }

  get content(): CardContent | null {
    return this.visible ? this.current : null;
  }

  /** True when the event happened over the card itself. */
  contains(target: EventTarget | null): boolean {
    return target === this.host;
  }

  /** Fill and place the card next to `anchor` (the finding's box in the viewport). */
  show(content: CardContent, anchor: DOMRect, { focus = false } = {}): void {
    const { finding } = content;
    const sameFinding = this.visible && this.current?.finding === finding;
    this.current = content;
    this.card.style.setProperty('--accent', content.color);
    this.parts.category.textContent = categoryOne(t, finding.category) + (finding.quoted ? ` ${t('popup_quoted_mark')}` : '');
    this.parts.rule.textContent = content.ruleName;
    this.parts.phrase.textContent = `“${finding.text}”`;
    this.parts.explanation.textContent = finding.explanation;
    this.parts.sourcing.textContent = content.sourcing
      ? t(`card_sourcing_${content.sourcing}`)
      : '';
    this.parts.position.textContent = content.position ?? '';
    this.card.hidden = false;
    this.place(anchor);
    if (!sameFinding) this.live.textContent = `${categoryOne(t, finding.category)}: ${finding.text}. ${content.ruleName}.`;
    if (focus) this.turnOff.focus({ preventScroll: true });
  }

  /** Keep the card in the viewport: below the finding, or above it when there is no room. */
  private place(anchor: DOMRect): void {
    const margin = 8;
    const { innerWidth: vw, innerHeight: vh } = window;
    this.card.style.left = '0px';
    this.card.style.top = '0px';
    const box = this.card.getBoundingClientRect();
    let top = anchor.bottom + margin;
    if (top + box.height > vh - margin && anchor.top - margin - box.height >= margin) top = anchor.top - margin - box.height;
    top = Math.max(margin, Math.min(top, vh - box.height - margin));
    const left = Math.max(margin, Math.min(anchor.left, vw - box.width - margin));
    this.card.style.left = `${Math.round(left)}px`;
    this.card.style.top = `${Math.round(top)}px`;
  }

  hide(): void {
    if (this.card.hidden) return;
    this.card.hidden = true;
    this.current = null;
    this.actions.closed();
  }

  remove(): void {
    this.host.remove();
  }
}
