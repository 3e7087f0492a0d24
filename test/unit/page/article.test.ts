import { describe, expect, it } from 'vitest';
import { emptyDocument, parseDocument } from '../../../src/page/html-input';
import { findArticle, scopeFrom, snapshot, type LightNode } from '../../../src/page/article';
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

  it('copies footers, asides, menus and blocks named as comments or sidebars empty, and drops them', () => {
    const doc = parseDocument(
      '<!doctype html><html><head></head><body><nav id="n"><a>Home</a></nav><div role="menu" id="m"><p>World</p></div>' +
        '<article id="a"><p>Body</p><aside id="s"><p>Related</p></aside><footer id="f"><p>Tags</p></footer>' +
        '<div class="comment-list" id="c"><p>First!</p></div><div class="article-comments-count">3 comments</div>' +
        '<table><tbody><tr><td class="sidebar-cell">In a table</td></tr></tbody></table></article></body></html>',
    );
    const shot = runSync(snapshot(doc));
    expect(shot.live.map((el) => el.id || el.localName)).toEqual(['n', 'm', 'a', 'p', 's', 'f', 'c', 'div', 'table', 'tbody', 'tr', 'td']);
    expect(shot.page.nodes.filter((n) => n.length === 2).map((n) => n[1])).toEqual(['Body', '3 comments', 'In a table']);
    expect(shot.pruned.map(({ at }) => shot.live[at]!.id)).toEqual(['n', 'm', 's', 'f', 'c']);
    // Whatever Readability keeps (here all but the menus), the pruned blocks are known to be outside the article.
    const scope = scopeFrom(doc, shot, { isArticle: true, length: 900, kept: [2, 3, 4, 5, 6, 7], keptText: [], title: 'T' }, false)!;
    for (const id of ['n', 'm', 's', 'f', 'c']) expect(scope.decisions!.get(doc.getElementById(id)!)).toBe(false);
    expect(scope.decisions!.get(doc.getElementById('a')!)).toBe(true);
  });

  const paragraphs = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}: the council voted on Tuesday to approve the new housing plan after months of debate among residents and officials in the district, where rents have risen faster than anywhere else in the region over the past decade.</p>`).join('');
  const articleOf = (body: string, title = 'Council approves housing plan after long debate') =>
    runSync(findArticle(parseDocument(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`), { createDocument: emptyDocument, wholePageFallback: false }));

  it('fills in the pruned blocks and asks again when Readability finds no article without them (as it would retry)', () => {
    // The whole story sits in a block named like a sponsor's: Readability's first attempt strips it.
    const scope = articleOf(`<div class="sponsored-post" id="story">${paragraphs(6)}</div><div><p>Short footer text.</p></div>`);
    expect(scope).not.toBeNull();
    expect(scope!.decisions!.get(scope!.root.ownerDocument.getElementById('story')!)).not.toBe(false);
    expect(scope!.root.textContent).toContain('Paragraph 6');
  });

  it('copies a block holding an h1 whole: Readability may take the title from it', () => {
    // A short <title>: Readability takes the page's only h1 as the title.
    const scope = articleOf(`<article class="post"><header class="entry-header"><h1>Smith wins the mayoral race by a landslide</h1></header><div class="entry-content">${paragraphs(6)}</div></article>`, 'Smith wins');
    expect(scope!.title).toBe('Smith wins the mayoral race by a landslide');
    expect(scope!.headline?.localName).toBe('h1');
  });

  it('ends a run whose next node the page moved while it had its turn: no node is copied twice', () => {
    // 1,500 paragraphs: the walk yields (gives the page a turn) after its first 1,000 nodes.
    const doc = parseDocument(`<!doctype html><html><head></head><body><div id="a">${'<p>x</p>'.repeat(1500)}</div><div id="b"></div></body></html>`);
    const work = snapshot(doc);
    expect(work.next().done).toBe(false);
    // Its turn comes after 999 steps: #a, then three per paragraph (the element, its text,
    // leaving it), so 333 paragraphs are read. The page moves the rest from #a into #b, which
    // the walk reads later: they are copied there, once, and #a's run ends where it was.
    const a = doc.getElementById('a')!;
    const b = doc.getElementById('b')!;
    for (const p of Array.from(a.children).slice(333)) b.appendChild(p);
    let step = work.next();
    while (!step.done) step = work.next();
    const { live } = step.value;
    expect(new Set(live).size).toBe(live.length);
    const underB = live.slice(live.findIndex((el) => el.id === 'b') + 1);
    expect(underB).toHaveLength(1500 - 333);
    expect(underB.every((el) => el.parentElement === b)).toBe(true);
  });
});
