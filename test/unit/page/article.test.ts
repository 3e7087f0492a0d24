import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/page/html-input';
import { snapshot, type LightNode } from '../../../src/page/article';
import { runSync } from '../../../src/page/tasks';

function copyOf(body: string): { nodes: LightNode[]; live: Element[]; liveText: Text[] } {
  const doc = parseDocument(`<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`);
  const shot = runSync(snapshot(doc));
  return { nodes: shot.page.nodes, live: shot.live, liveText: shot.liveText };
}

describe('the light copy for Readability', () => {
  it('numbers elements and texts in reading order, each pointing at its parent element', () => {
    const { nodes, live, liveText } = copyOf('<div id="a"><p class="x">One <b>two</b></p></div><p>Three</p>');
    expect(nodes).toEqual([
      [-1, 'div', { id: 'a' }],
      [0, 'p', { class: 'x' }],
      [1, 'One '],
      [1, 'b', 0],
      [2, 'two'],
      [-1, 'p', 0],
      [3, 'Three'],
    ]);
    expect(live.map((el) => el.localName)).toEqual(['div', 'p', 'b', 'p']);
    expect(liveText.map((t) => t.data)).toEqual(['One ', 'two', 'Three']);
  });

  it('sends white-space texts as their lengths and other texts as they are', () => {
    const { nodes } = copyOf('<p>\n    <a>x</a>\u00a0<i> y </i></p>');
    expect(nodes.filter((n) => n.length === 2).map((n) => n[1])).toEqual([5, 'x', 1, ' y ']);
  });

  it('keeps only the attributes Readability reads, and of link targets only anchors and javascript: links', () => {
    const { nodes } = copyOf(
      '<div data-x="1" style="color: red" role="main" class="c"><a href="https://news.example/a/long/path?q=1" rel="author">a</a>' +
        '<a href="#notes">b</a><a href="javascript:void(0)">c</a></div>',
    );
    const elements = nodes.filter((n) => n.length === 3).map((n) => n[2]);
    expect(elements).toEqual([{ role: 'main', class: 'c' }, { href: '', rel: 'author' }, { href: '#notes' }, { href: 'javascript:void(0)' }]);
  });

  it('leaves out skipped content and reads open shadow roots before light children', () => {
    const doc = parseDocument('<!doctype html><html><head></head><body><div id="host"><p>light</p></div><script>no</script><p hidden>no</p></body></html>');
    const host = doc.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.appendChild(doc.createElement('p')).textContent = 'shadow';
    const texts = runSync(snapshot(doc)).page.nodes.filter((n) => n.length === 2).map((n) => n[1]);
    expect(texts).toEqual(['shadow', 'light']);
  });
});
