/**
 * Which parts of a DOM are text worth reading, decided from the markup alone.
 *
 * Everything here is structural (tag names and attributes, never computed style), so the
 * content script on a live page and the CLI on linkedom make exactly the same decisions:
 * that is what makes the CLI's findings equal the extension's for the same page.
 */

/** Elements whose content is never prose: code, embedded media, form fields, our own UI. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title', 'meta',
  'link',
]);

/** Phrasing elements: text inside them joins the text around it (one phrase across `<a>`/`<em>`). */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em',
  'font', 'i', 'img', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 'rp', 'rt', 'ruby', 's', 'samp',
  'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

/** Class names of rich-text editors that do not always carry `contenteditable` on their root. */
const EDITOR_CLASS = /\b(?:ProseMirror|ql-editor|CodeMirror|cm-editor|ace_editor|monaco-editor|tox-edit-area|ck-editor)\b/;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** The tag name of our one host element (the card's shadow host); never read, never observed. */
export const HOST_TAG = 'sourcelight-host';

/**
 * True when the element and everything under it is not prose to analyse: scripts, styles,
 * form fields, editable regions and rich editors, hidden or aria-hidden content, our host.
 * `tag`: the element's local name, when the caller has read it already.
 */
export function isSkippedElement(el: Element, tag = el.localName): boolean {
  if (isSkippedTag(tag)) return true;
  // Most elements carry no attributes, the rest a few: one call, then only the names there.
  return el.hasAttributes() && isSkippedByAttributes(el, el.getAttributeNames());
}

/** The tag half of `isSkippedElement`. */
export function isSkippedTag(tag: string): boolean {
  return SKIPPED_TAGS.has(tag) || tag === HOST_TAG;
}

/** The attributes that can make an element skipped (see `isSkippingAttribute`). */
export const SKIPPING_ATTRS: ReadonlySet<string> = new Set(['hidden', 'aria-hidden', 'contenteditable', 'role', 'style', 'class']);

/** Whether one attribute (one of SKIPPING_ATTRS), with this value, makes its element skipped. */
export function isSkippingAttribute(name: string, value: string): boolean {
  switch (name) {
    case 'hidden':
      return true;
    case 'aria-hidden':
      return value === 'true';
    case 'contenteditable':
      return value !== 'false';
    case 'role':
      return value === 'textbox';
    case 'style':
      return HIDDEN_STYLE.test(value);
    case 'class':
      return EDITOR_CLASS.test(value);
    default:
      return false;
  }
}

/** The attribute half of `isSkippedElement`, given the element's attribute names. */
function isSkippedByAttributes(el: Element, names: readonly string[]): boolean {
  for (const name of names) {
    if (SKIPPING_ATTRS.has(name) && isSkippingAttribute(name, el.getAttribute(name)!)) return true;
  }
  return false;
}

/** Inline elements join the text around them; every other element is a block boundary. By tag name. */
export function isInlineTag(tag: string): boolean {
  // Custom elements default to `display: inline`; their block children still break.
  return INLINE_TAGS.has(tag) || tag.includes('-');
}

/** The elements that can have a shadow root at all (DOM's "valid shadow host name"). */
const SHADOW_HOST_TAGS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span',
]);

/**
 * Whether an element of this tag can host a shadow root (custom elements and the tags above):
 * the walks ask others for none, which saves a DOM call on most elements of a page.
 */
export function canHostShadowRoot(tag: string): boolean {
  return SHADOW_HOST_TAGS.has(tag) || tag.includes('-');
}
