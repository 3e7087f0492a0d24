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

/** The attribute our own host element carries; never read, never observed. */
export const HOST_TAG = 'sourcelight-host';

/**
 * True when the element and everything under it is not prose to analyse: scripts, styles,
 * form fields, editable regions and rich editors, hidden or aria-hidden content, our host.
 */
export function isSkippedElement(el: Element): boolean {
  const tag = el.localName;
  if (SKIPPED_TAGS.has(tag) || tag === HOST_TAG) return true;
  // Most elements carry no attributes: one call instead of six lookups.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (el.getAttribute('role') === 'textbox') return true;
  const style = el.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  const cls = el.getAttribute('class');
  return cls !== null && EDITOR_CLASS.test(cls);
}

/** Inline elements join the text around them; every other element is a block boundary. */
export function isInlineElement(el: Element): boolean {
  // Custom elements default to `display: inline`; their block children still break.
  return INLINE_TAGS.has(el.localName) || el.localName.includes('-');
}
