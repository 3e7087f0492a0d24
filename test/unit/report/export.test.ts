import { describe, expect, it } from 'vitest';
import { exportFileName, outsideBodyLine, profileText, toJsonExport, toMarkdown } from '../../../src/shared/report-export';
import { SOURCING_STATUSES, WARNING_CATEGORIES } from '../../../src/engine/types';
import { profileOf } from '../../../src/shared/report-profile';
import { sampleReport } from './fixture';
import { t } from './messages';

describe('toJsonExport', () => {
  it('is the report with url, title and time of analysis, and survives a JSON round trip', () => {
    const r = sampleReport();
    const parsed = JSON.parse(JSON.stringify(toJsonExport(r))) as Record<string, unknown>;
    expect(parsed).toMatchObject({
      url: r.url,
      title: r.title,
      analyzedAt: r.analyzedAt,
      language: 'en',
      text: r.text,
      summary: r.summary,
    });
    expect(parsed.findings).toEqual(r.findings);
    expect(parsed.sentences).toEqual(r.sentences);
    expect(parsed.sources).toEqual(r.sources);
  });

  it('has exactly the CLI object’s keys plus url, title and analyzedAt', () => {
    const keys = Object.keys(toJsonExport(sampleReport()));
    expect(keys).toEqual(['source', 'language', 'text', 'findings', 'sentences', 'sources', 'summary', 'url', 'title', 'analyzedAt']);
  });
});

describe('profileText', () => {
  it('says which numbers led to the line', () => {
    const { line, because } = profileText(t, profileOf(sampleReport().summary.bySourcing));
    expect(line).toBe('Many claims rest on vague or anonymous sources');
    expect(because).toBe(
      'Because 2 of 5 sentences (40%) cite vague or anonymous sources; 1 of 5 sentences (20%) name a source or link to one.',
    );
  });

  it('words a one-sentence page without "1 of 1 sentences"', () => {
    expect(profileText(t, profileOf({ anonymous: 1 })).because).toBe('Because the only sentence cites a vague or anonymous source.');
  });

  it('has no figures for an empty page', () => {
    expect(profileText(t, profileOf({}))).toEqual({ line: 'No sentences to assess on this page', because: '' });
  });

  it('has a line for every profile', () => {
    for (const mix of [{ named: 1 }, { anonymous: 1 }, { hedged: 1 }, { unattributed: 1 }, { named: 3, unattributed: 4, hedged: 2, anonymous: 1 }, { named: 2, anonymous: 2, hedged: 2, unattributed: 4 }]) {
      expect(profileText(t, profileOf(mix)).line).not.toBe('');
    }
  });
});

describe('toMarkdown', () => {
  const markdown = toMarkdown(sampleReport(), t);
  const lines = markdown.split('\n');

  it('has the report headings in order', () => {
    const headings = lines.filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Sourcing report: Talks \\[continue\\] \\*today\\*',
      '## At a glance',
      '## Sourcing mix',
      '## Warnings per category',
      '## Sources',
      '### Named (2)',
      '### Anonymous (1)',
      '### Vague (1)',
      '## Evidence links',
      '## Every warning',
      '### Hedges (1)',
      '### Evidence gaps (1)',
      '### Vague sources (1)',
      '### Anonymous sources (1)',
      '### Unsupported certainty (1)',
      '## Named-source attributions',
    ]);
  });

  it('counts warnings (the seven warning categories) and named-source attributions apart, with one word for each', () => {
    expect(lines).toContain('- Warnings: 5');
    expect(lines).toContain('- Warnings per 1,000 words: 200.0');
    expect(lines).toContain('- Named sources: 1');
    expect(lines).toContain('| Vague source | 1 | 20% |');
    expect(lines).toContain('| Hedged, no source | 0 | 0% |');
    expect(lines).toContain('| Category | Warnings | In quotes |');
    expect(lines).toContain('| Unsupported certainty | 1 | 1 |');
    expect(lines).toContain('| Hedges | 1 | 0 |');
    // The per-category table has the seven warning categories and no named-source row.
    expect(lines.filter((l) => l.startsWith('| ')).length).toBe(1 + SOURCING_STATUSES.length + 1 + WARNING_CATEGORIES.length);
    expect(lines.some((l) => l.startsWith('| Named sources'))).toBe(false);
    // "Every warning" lists as many as the Warnings line says; the attributions follow apart.
    const section = (heading: string) => {
      const from = lines.indexOf(heading);
      const to = lines.findIndex((l, i) => i > from && l.startsWith('## '));
      return lines.slice(from, to < 0 ? undefined : to).filter((l) => l.startsWith('- **'));
    };
    expect(section('## Every warning')).toHaveLength(5);
    expect(section('## Named-source attributions')).toEqual(['- **Sergey Lavrov said**: Foreign Minister Sergey Lavrov said the data is public.']);
  });

  it('says in one line what is marked outside the body, and lists those findings apart', () => {
    const r = sampleReport();
    r.sentences[0] = { ...r.sentences[0]!, block: 'headline' };
    r.sentences[2] = { ...r.sentences[2]!, block: 'caption' };
    const out = toMarkdown(r, t).split('\n');
    expect(out).toContain('Also marked outside the article body, and not in the numbers above: 2 in the headline.');
    expect(out).toContain('### Outside the article body (2)');
    expect(out).toContain('- **Officials** (Anonymous sources, headline): Officials allegedly hid the report.');
    // The attribution in the caption: apart too, with its block.
    expect(out).toContain('- **Sergey Lavrov said** (caption): Foreign Minister Sergey Lavrov said the data is public.');
    expect(out).not.toContain('No named-source attributions on this page.');
    expect(toMarkdown(sampleReport(), t)).not.toContain('outside the article body');
  });

  it('writes one finding in a caption in the singular', () => {
    const r = sampleReport();
    r.sentences[3] = { ...r.sentences[3]!, block: 'caption' };
    expect(outsideBodyLine(t, r)).toBe('Also marked outside the article body, and not in the numbers above: 1 in a caption.');
    r.sentences[1] = { ...r.sentences[1]!, block: 'quote' };
    expect(outsideBodyLine(t, r)).toBe('Also marked outside the article body, and not in the numbers above: 1 in a caption, 2 in pull quotes.');
  });

  it('says so when there are no attributions', () => {
    const r = sampleReport();
    r.findings = r.findings.filter((f) => f.category !== 'named-source');
    r.summary.byCategory = { ...r.summary.byCategory, 'named-source': 0 };
    const out = toMarkdown(r, t).split('\n');
    expect(out).toContain('- Named sources: 0');
    expect(out).toContain('No named-source attributions on this page.');
  });

  it('lists sources, links and findings with their sentences', () => {
    expect(lines).toContain('- **Sergey Lavrov** (Foreign Minister): 1 mention');
    expect(lines).toContain('- **state.gov** (1): data file');
    expect(lines).toContain('  - [data](https://www.state.gov/data.csv)');
    expect(lines).toContain('- **news.example.com** (1): this site');
    expect(lines).toContain('Claim sentences carrying a link: 2 of 5 (40%).');
    expect(lines).toContain('- **clearly** (in quotes): Critics say it was clearly wrong.');
    expect(lines).toContain('- **Interior Ministry**: 3 mentions');
    expect(lines).toContain('Links in the article body: 3; to other sites: 2; looking like primary material: 2.');
    expect(lines).toContain('Analysed by Sourcelight at 2026-11-26 18:00:00 UTC.');
  });

  it('says so when the page did not report its links', () => {
    const r = sampleReport();
    delete r.links;
    expect(toMarkdown(r, t)).toContain('This page did not report its links.');
  });

  it('escapes page text so it cannot become Markdown structure or links', () => {
    const r = sampleReport();
    r.findings[0] = { ...r.findings[0]!, text: '[x](javascript:alert(1))' };
    const out = toMarkdown(r, t);
    expect(out).toContain('\\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(out).not.toContain('[x](javascript');
  });
});

describe('exportFileName', () => {
  it('names the file after the host and the day', () => {
    expect(exportFileName(sampleReport(), 'md')).toBe('sourcelight-news.example.com-2026-11-26.md');
    expect(exportFileName({ url: 'about:blank', analyzedAt: '' }, 'json')).toBe('sourcelight-page-report.json');
  });
});
