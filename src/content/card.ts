/**
 * The hover card, and the one element we add to a page: `<sourcelight-host>`, appended to
 * <html> after <body> (so `document.body` and its text stay exactly as they were), fixed,
 * zero-sized, taking no pointer events. Everything we show lives in its shadow root, so the
 * page's CSS cannot reach it. The root is closed and only this class holds it: the card shows
 * the reader's own things (their phrases' explanations, the rules they keep, their colours),
 * which are not the page's business, and a page that could reach the buttons could relabel
 * them to lure a real click. Tests read the card through `state()` (answered to extension
 * pages in `toContent/getStats`). Every action still ignores untrusted (scripted) events.
 *
 * Accessibility: the card is a non-modal dialog labelled by its rule name and described by its
 * explanation; a polite live region announces each card, so stepping with the keyboard
 * shortcut is heard, not only seen. A card opened from the keyboard takes focus on the dialog
 * itself (never on an action: the next Enter must not turn a rule off), and gives focus back
 * to where it was when it closes.
 */
import type { Finding, SourcingStatus } from '../engine/types';
import type { Box, CardState } from '../shared/messages';
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
  /** Resolves once the choice is stored; a rejection is shown in the card, which stays open. */
  turnOffRule: (ruleId: string) => Promise<void>;
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
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.category { margin: 0; font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: #57606a; }
.rule { margin: 2px 0 6px; font-size: 16px; font-weight: 650; }
.phrase { margin: 0 0 6px; font-style: italic; }
.explanation { margin: 0 0 8px; }
.sourcing { margin: 0 0 10px; font-size: 13px; color: #57606a; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
button {
  font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid #8c959f; background: #f6f8fa; color: inherit;
  min-width: 24px; min-height: 24px; /* WCAG 2.5.8 target size */
}
button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.close { position: absolute; top: 6px; right: 6px; border: none; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; }
.position { margin-left: auto; font-size: 12px; color: #57606a; }
.error { margin: 8px 0 0; font-size: 13px; font-weight: 600; color: #b3261e; }
.error:empty { display: none; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #1f2428; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.6); }
  .category, .sourcing, .position { color: #9da7b1; }
  .error { color: #ff8a80; }
  button { background: #2d333b; border-color: #6e7681; }
}
`;


function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The element that has focus, looked for inside open shadow roots too (null: none, or the body). */
function focusedElement(doc: Document): HTMLElement | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement && el !== doc.body ? el : null;
}

const boxOf = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height };
};

type PartName = 'category' | 'rule' | 'phrase' | 'explanation' | 'sourcing' | 'position' | 'error';
type ButtonName = 'close' | 'turn-off' | 'options';

export class Card {
  readonly host: HTMLElement;
  /** Closed: the page gets null from `host.shadowRoot`; this is the only reference. */
  private readonly shadow: ShadowRoot;
  private readonly card: HTMLElement;
  private readonly live: HTMLElement;
  private readonly parts: Record<PartName, HTMLElement>;
  private readonly buttons: Record<ButtonName, HTMLButtonElement>;
  private current: CardContent | null = null;
  /** Where focus was before a keyboard-opened card took it: it goes back there on close. */
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly actions: CardActions) {
    const doc = document;
    this.host = doc.createElement(HOST_TAG);
    // Inline style on our own element only: out of layout, above everything, no pointer events.
    this.host.setAttribute(
      'style',
      'all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; pointer-events: none !important; display: block !important;',
    );
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    const style = el(doc, 'style', undefined, CARD_CSS);
    this.card = el(doc, 'div', 'card');
    this.card.hidden = true;
    this.card.id = 'card';
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-modal', 'false');
    // Focusable by script only: a keyboard-opened card focuses itself, not an action.
    this.card.tabIndex = -1;
    this.parts = {
      category: el(doc, 'p', 'category'),
      rule: el(doc, 'p', 'rule'),
      phrase: el(doc, 'p', 'phrase'),
      explanation: el(doc, 'p', 'explanation'),
      sourcing: el(doc, 'p', 'sourcing'),
      position: el(doc, 'span', 'position'),
      error: el(doc, 'p', 'error'),
    };
    this.parts.rule.id = 'rule';
    this.parts.explanation.id = 'explanation';
    this.card.setAttribute('aria-labelledby', 'rule');
    this.card.setAttribute('aria-describedby', 'explanation');
    // Announced as soon as it is filled: the reader must know the rule stayed on.
    this.parts.error.setAttribute('role', 'alert');
    const button = (className: ButtonName, text: string, onClick: () => void): HTMLButtonElement => {
      const b = el(doc, 'button', className, text);
      b.type = 'button';
      b.addEventListener('click', (event) => {
        if (event.isTrusted) onClick();
      });
      return b;
    };
    this.buttons = {
      close: button('close', '×', () => this.hide()),
      'turn-off': button('turn-off', t('card_turnOffRule'), () => void this.turnOffRule()),
      options: button('options', t('card_options'), () => this.actions.openOptions()),
    };
    this.buttons.close.setAttribute('aria-label', t('card_close'));
    const actionsRow = el(doc, 'div', 'actions');
    actionsRow.append(this.buttons['turn-off'], this.buttons.options, this.parts.position);
    this.card.append(
      this.buttons.close,
      this.parts.category,
      this.parts.rule,
      this.parts.phrase,
      this.parts.explanation,
      this.parts.sourcing,
      actionsRow,
      this.parts.error,
    );
    this.live = el(doc, 'div', 'sr-only');
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.shadow.append(style, this.card, this.live);
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

  /**
   * Fill and place the card next to `anchor` (the finding's box in the viewport). `focus`
   * (opened from the keyboard): the dialog takes focus, and remembers where it came from.
   */
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
    if (!sameFinding) this.parts.error.textContent = '';
    this.card.hidden = false;
    this.place(anchor);
    if (!sameFinding) this.live.textContent = `${categoryOne(t, finding.category)}: ${finding.text}. ${content.ruleName}.`;
    if (focus) {
      // Stepping on from card to card keeps the place focus first came from.
      if (!this.hasFocus()) this.returnFocus = focusedElement(document);
      this.card.focus({ preventScroll: true });
    }
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

  /**
   * Store the choice; the card closes only once it is stored. A refusal (storage full, the
   * write rate limit) is shown in the card, which stays open: the rule is still on.
   */
  private async turnOffRule(): Promise<void> {
    const content = this.current;
    if (!content) return;
    this.parts.error.textContent = '';
    try {
      await this.actions.turnOffRule(content.finding.rule);
    } catch {
      if (this.current === content && this.visible) this.parts.error.textContent = t('card_turnOffFailed');
      return;
    }
    if (this.current === content) this.hide();
  }

  private hasFocus(): boolean {
    return this.shadow.activeElement !== null;
  }

  /** Focus goes back where it was before the card took it (only if it is still in the card). */
  private giveFocusBack(): void {
    const back = this.returnFocus;
    this.returnFocus = null;
    if (!this.hasFocus()) return;
    if (back?.isConnected) back.focus({ preventScroll: true });
    else (this.shadow.activeElement as HTMLElement | null)?.blur();
  }

  hide(): void {
    if (this.card.hidden) return;
    this.giveFocusBack();
    this.card.hidden = true;
    this.current = null;
    this.parts.error.textContent = '';
    this.actions.closed();
  }

  remove(): void {
    this.giveFocusBack();
    // A save still under way must not act on a card that is gone.
    this.current = null;
    this.card.hidden = true;
    this.host.remove();
  }

  /** What the card shows now, read from its DOM (null when hidden): see CardState. */
  state(): CardState | null {
    if (!this.visible) return null;
    const text = (node: Element | null) => node?.textContent ?? '';
    const byId = (attribute: string) => text(this.shadow.getElementById(this.card.getAttribute(attribute) ?? ''));
    const active = this.shadow.activeElement;
    const focus = active === this.card ? 'dialog' : ((Object.keys(this.buttons) as ButtonName[]).find((name) => this.buttons[name] === active) ?? null);
    const buttons = Object.fromEntries(
      (Object.keys(this.buttons) as ButtonName[]).map((name) => {
        const b = this.buttons[name];
        return [name, { name: b.getAttribute('aria-label') ?? text(b), box: boxOf(b) }];
      }),
    ) as CardState['buttons'];
    return {
      category: text(this.parts.category),
      rule: text(this.parts.rule),
      phrase: text(this.parts.phrase),
      explanation: text(this.parts.explanation),
      sourcing: text(this.parts.sourcing),
      position: text(this.parts.position),
      announced: text(this.live),
      error: text(this.parts.error),
      focus,
      dialog: {
        role: this.card.getAttribute('role') ?? '',
        modal: this.card.getAttribute('aria-modal') ?? '',
        name: byId('aria-labelledby'),
        description: byId('aria-describedby'),
      },
      buttons,
      box: boxOf(this.card),
    };
  }
}
