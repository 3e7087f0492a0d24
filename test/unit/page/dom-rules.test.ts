import { describe, expect, it } from 'vitest';
import { canHostShadowRoot, isSkippedElement } from '../../../src/page/dom-rules';
import { parseDocument } from '../../../src/page/html-input';

describe('the structural rules both walks share', () => {
  it('asks for a shadow root only where the DOM allows one: custom elements and the valid host tags', () => {
    for (const tag of ['div', 'span', 'p', 'section', 'article', 'body', 'h2', 'news-card', 'x-y']) expect(canHostShadowRoot(tag)).toBe(true);
    for (const tag of ['a', 'li', 'ul', 'img', 'figure', 'em', 'table', 'td', 'button']) expect(canHostShadowRoot(tag)).toBe(false);
  });

  it('skips by tag or by any one attribute, and a given tag is the one decided on', () => {
    const doc = parseDocument(
      '<p id="plain" class="story" style="color: red" role="note" contenteditable="false" aria-hidden="false">a</p>' +
        '<p id="hidden" hidden>b</p><p id="styled" style="margin: 0; display: none">c</p><div id="editor" class="x ProseMirror">d</div>' +
        '<div id="aria" aria-hidden="true">e</div><div id="box" role="textbox">f</div><div id="edit" contenteditable>g</div>',
    );
    const byId = (id: string) => doc.getElementById(id)!;
    expect(isSkippedElement(byId('plain'))).toBe(false);
    for (const id of ['hidden', 'styled', 'editor', 'aria', 'box', 'edit']) expect(isSkippedElement(byId(id))).toBe(true);
    expect(isSkippedElement(byId('plain'), 'script')).toBe(true);
  });
});
