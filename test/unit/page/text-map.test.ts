import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/page/html-input';
import { boundariesOf, buildTextMap, type TextMap } from '../../../src/page/text-map';
import { runSync } from '../../../src/page/tasks';
import type { ArticleScope } from '../../../src/page/article';
import { analyze } from '../../../src/engine/index';

function wholeBody(html: string): { doc: Document; map: TextMap } {
  const doc = parseDocument(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const scope: ArticleScope = { root: doc.body, headline: null, decisions: null, keptText: null, articleNodes: [], title: '' };
  return { doc, map: runSync(buildTextMap(scope, 'https://news.example/a/')) };
}

/** The page text between two boundaries (same or different text nodes). */
function pageText(map: TextMap, start: number, end: number): string {
  const b = boundariesOf(map, start, end);
  if (!b) return '';
  const [from, to] = b;
  if (from.node === to.node) return from.node.data.slice(from.offset, to.offset);
  const nodes = map.segments.map((s) => s.node);
  const i = nodes.indexOf(from.node);
  const j = nodes.indexOf(to.node);
  return [from.node.data.slice(from.offset), ...nodes.slice(i + 1, j).map((n) => n.data), to.node.data.slice(0, to.offset)].join('');
}

describe('text map', () => {
  it('joins inline elements into one phrase and breaks at blocks', () => {
    const { map } = wholeBody('<p>It was <a href="/doc">reportedly</a> <em>not</em> seen.</p><div>Second <b>block</b></div>');
    expect(map.text).toBe('It was reportedly not seen.\n\nSecond block');
    expect(map.blocks).toEqual([
      { start: 0, end: 27, kind: 'body' },
      { start: 29, end: 41, kind: 'body' },
    ]);
    expect(map.links).toEqual([{ start: 7, end: 17, href: 'https://news.example/doc' }]);
  });

  it('collapses whitespace like CSS and maps every word back to its characters', () => {
    const { map } = wholeBody('<p>\n   Officials   said\n\t<i> it  was </i>\n  unclear.  </p>');
    expect(map.text).toBe('Officials said it was unclear.');
    for (const m of map.text.matchAll(/\S+/g)) {
      expect(pageText(map, m.index, m.index + m[0].length)).toBe(m[0]);
    }
    // A span across elements maps to its first and last characters on the page.
    const span = map.text.indexOf('said it was');
    expect(pageText(map, span, span + 'said it was'.length).replace(/\s+/g, ' ')).toBe('said\n\t it  was'.replace(/\s+/g, ' '));
  });

  it('skips scripts, styles, form fields, editable, hidden and aria-hidden content', () => {
    const { map } = wholeBody(
      '<p>keep one</p><script>var x = "no";</script><style>p{}</style><textarea>no</textarea>' +
        '<div contenteditable="true">no <p>edit</p></div><div class="ProseMirror">no</div>' +
        '<p hidden>no</p><p aria-hidden="true">no</p><p style="display: none">no</p>' +
        '<p style="color:red">keep two</p><noscript>no</noscript><template><p>no</p></template>' +
        '<select><option>no</option></select><sourcelight-host>no</sourcelight-host>',
    );
    expect(map.text).toBe('keep one\n\nkeep two');
  });

  it('treats headings, list items and table cells as block boundaries, <br> as a line break in its block', () => {
    const { map } = wholeBody('<h2>Title</h2><ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr></table>x<br> <br>y<br>');
    expect(map.text.split('\n\n')).toEqual(['Title', 'one', 'two', 'a', 'b', 'x\ny']);
  });

  it('keeps a sentence wrapped with <br> one sentence, its phrases mapped back across the break', () => {
    const { map } = wholeBody('<p>The minister is said<br>to favour the plan, people familiar with<br>the matter said.</p>');
    expect(map.text).toBe('The minister is said\nto favour the plan, people familiar with\nthe matter said.');
    const report = analyze(map.text, { blocks: map.blocks });
    expect(report.sentences).toHaveLength(1);
    const hedge = report.findings.find((f) => f.category === 'hedge')!;
    expect(hedge.text).toBe('is said\nto');
    expect(pageText(map, hedge.start, hedge.end)).toBe('is saidto');
  });

  it('marks captions and block quotes with their block kind', () => {
    const { map } = wholeBody('<p>Body.</p><figure><figcaption>A caption.</figcaption></figure><blockquote><p>A quote.</p></blockquote>');
    expect(map.blocks.map((b) => [map.text.slice(b.start, b.end), b.kind])).toEqual([
      ['Body.', 'body'],
      ['A caption.', 'caption'],
      ['A quote.', 'quote'],
    ]);
  });

  it('keeps right-to-left and CJK text intact, with offsets in UTF-16 units', () => {
    const { map } = wholeBody('<p dir="rtl">قال مسؤولون إن</p><p>据报道，<b>官员</b>表示 😀 ok</p>');
    expect(map.text).toBe('قال مسؤولون إن\n\n据报道，官员表示 😀 ok');
    const ok = map.text.indexOf('ok');
    expect(pageText(map, ok, ok + 2)).toBe('ok');
    const cjk = map.text.indexOf('官员');
    expect(pageText(map, cjk, cjk + 2)).toBe('官员');
  });

  it('collapses a long text node of mixed whitespace exactly, every character mapped back', () => {
    // Words with single spaces, runs of spaces, tabs, CR/LF, form feeds, and a no-break space
    // (not collapsible), deterministic and long (the slow path on a big node).
    const gaps = [' ', '  ', '\t', '\n', '\r\n', ' \t \n ', '\f', '\u00a0', '   \n\n   '];
    let data = '\n\t ';
    for (let i = 0; data.length < 40_000; i++) data += `word${i}` + gaps[(i * 7) % gaps.length];
    const doc = parseDocument('<!doctype html><html><head></head><body><p></p></body></html>');
    const node = doc.createTextNode(data);
    doc.querySelector('p')!.appendChild(node);
    const scope: ArticleScope = { root: doc.body, headline: null, decisions: null, keptText: null, articleNodes: [], title: '' };
    const map = runSync(buildTextMap(scope));
    // The reference: CSS collapsing, and each kept character's offset in the node.
    let expected = '';
    const offsets: number[] = [];
    let space = true;
    for (let i = 0; i < data.length; i++) {
      const collapsible = /[ \t\n\r\f]/.test(data[i]!);
      if (collapsible && space) continue;
      space = collapsible;
      expected += collapsible ? ' ' : data[i];
      offsets.push(i);
    }
    if (expected.endsWith(' ')) {
      expected = expected.slice(0, -1);
      offsets.pop();
    }
    expect(map.text).toBe(expected);
    expect(map.text).toContain('\u00a0');
    expect(map.segments).toHaveLength(1);
    const mapped: number[] = [];
    for (let i = 0; i < expected.length; i++) {
      const [from, to] = boundariesOf(map, i, i + 1)!;
      mapped.push(from.node === node && to.offset === from.offset + 1 ? from.offset : -1);
    }
    expect(mapped).toEqual(offsets);
  });

  it('gives no boundaries for a span that lies only in a block separator', () => {
    const { map } = wholeBody('<p>a</p><p>b</p>');
    expect(boundariesOf(map, 1, 3)).toBeNull();
  });

  it('reads open shadow roots, nested ones too, and lists them; a closed root is neither read nor listed', () => {
    const { doc, map: before } = wholeBody('<p>Light one.</p><x-panel id="panel"></x-panel><x-sealed id="sealed"></x-sealed><p>Light two.</p>');
    expect(before.shadowRoots).toEqual([]);
    const panel = doc.getElementById('panel')!.attachShadow({ mode: 'open' });
    const lead = doc.createElement('p');
    lead.textContent = 'It was reportedly signed.';
    const note = doc.createElement('x-note');
    panel.append(lead, note);
    const nested = note.attachShadow({ mode: 'open' });
    const p = doc.createElement('p');
    p.textContent = 'Purportedly approved.';
    nested.append(p);
    const sealed = doc.getElementById('sealed')!.attachShadow({ mode: 'closed' });
    const hidden = doc.createElement('p');
    hidden.textContent = 'Supposedly secret.';
    sealed.append(hidden);

    const scope: ArticleScope = { root: doc.body, headline: null, decisions: null, keptText: null, articleNodes: [], title: '' };
    const map = runSync(buildTextMap(scope));
    expect(map.text.split('\n\n')).toEqual(['Light one.', 'It was reportedly signed.', 'Purportedly approved.', 'Light two.']);
    expect(map.shadowRoots).toEqual([panel, nested]);
    // Offsets inside a shadow tree map back to its own text nodes.
    const at = map.text.indexOf('Purportedly');
    const bounds = boundariesOf(map, at, at + 'Purportedly'.length)!;
    expect(bounds[0].node).toBe(p.firstChild);
    expect(bounds[0].node.getRootNode()).toBe(nested);
    expect(pageText(map, at, at + 'Purportedly'.length)).toBe('Purportedly');
  });

  describe("within an article (Readability's decisions)", () => {
    /** `kept`: ids of the elements Readability kept; every other element with an id was dropped. */
    function articleScope(html: string, kept: string[]): { doc: Document; scope: ArticleScope } {
      const doc = parseDocument(`<!doctype html><html><head></head><body>${html}</body></html>`);
      const decisions = new WeakMap<Element, boolean>();
      for (const el of Array.from(doc.querySelectorAll('[id]'))) decisions.set(el, kept.includes(el.id));
      const articleNodes = kept.map((id) => doc.getElementById(id)!);
      return { doc, scope: { root: doc.getElementById('root')!, headline: null, decisions, keptText: new WeakSet(), articleNodes, title: '' } };
    }
    const neverRead = (el: Element) =>
      Object.defineProperty(el, 'firstChild', {
        get() {
          throw new Error(`read the dropped block #${el.id}`);
        },
      });

    it('does not read a dropped block that holds nothing of the article, and still breaks the text there', () => {
      const { doc, scope } = articleScope(
        '<div id="root"><p id="a">Kept, reportedly.</p><div id="related"><p id="r">Allegedly unrelated.</p></div><p id="b">Kept too<span id="s">, <div id="ad"><p id="x">Ad copy.</p></div>still kept</span>.</p></div>',
        ['root', 'a', 'b', 's'],
      );
      neverRead(doc.getElementById('related')!);
      neverRead(doc.getElementById('ad')!);
      const map = runSync(buildTextMap(scope));
      expect(map.text).toBe('Kept, reportedly.\n\nKept too,\n\nstill kept.');
    });

    it('reads a dropped block that holds a kept node now, one moved there since Readability decided', () => {
      const { doc, scope } = articleScope('<div id="root"><p id="a">First.</p><div id="aside"><p id="n">Noise.</p></div><p id="b">Reportedly moved.</p></div>', ['a', 'b']);
      doc.getElementById('aside')!.append(doc.getElementById('b')!);
      expect(runSync(buildTextMap(scope)).text).toBe('First.\n\nReportedly moved.');
    });

    it('reads a paragraph added since and judged part of the article, after the page moves it into a dropped block', () => {
      const { doc, scope } = articleScope('<div id="root"><div id="body"><p id="a">First, kept.</p></div><aside id="aside"><p id="n">Noise.</p></aside></div>', ['body', 'a']);
      const late = doc.createElement('p');
      late.textContent = 'It was allegedly late.';
      doc.getElementById('body')!.append(late);
      expect(runSync(buildTextMap(scope)).text).toBe('First, kept.\n\nIt was allegedly late.');
      doc.getElementById('aside')!.append(late);
      expect(runSync(buildTextMap(scope)).text).toBe('First, kept.\n\nIt was allegedly late.');
    });

    it('reads the loose text Readability kept inside a block it dropped', () => {
      const { doc, scope } = articleScope('<div id="root"><p id="a">First.</p><div id="wrap">Loose, allegedly.<p id="n">Noise.</p></div></div>', ['a']);
      const loose = doc.getElementById('wrap')!.firstChild as Text;
      const withLoose: ArticleScope = { ...scope, keptText: new WeakSet([loose]), articleNodes: [...scope.articleNodes, loose] };
      expect(runSync(buildTextMap(withLoose)).text).toBe('First.\n\nLoose, allegedly.');
    });
  });
});
