import { describe, expect, it } from 'vitest';
import { evidenceSummary, primaryKind, siteOf } from '../../../src/shared/report-links';
import { sampleReport } from './fixture';

const kind = (href: string) => primaryKind(new URL(href));

describe('primaryKind', () => {
  it.each([
    ['https://example.org/files/report.pdf', 'document'],
    ['https://example.org/Report.PDF', 'document'],
    ['https://data.example.org/series.csv', 'data'],
    ['https://example.org/budget.xlsx', 'data'],
    ['https://www.whitehouse.gov/briefing', 'official'],
    ['https://www.gov.uk/guidance/x', 'official'],
    ['https://www.army.mil/article', 'official'],
    ['https://www.gouv.fr/', 'official'],
    ['https://ec.europa.eu/commission', 'official'],
    ['https://www.who.int/news', 'official'],
    ['https://www.supremecourt.gov/opinions/x', 'court'],
    ['https://www.courtlistener.com/opinion/1/', 'court'],
    ['https://www.bailii.org/ew/cases/x.html', 'court'],
    ['https://doi.org/10.1000/182', 'scholarly'],
    ['https://arxiv.org/abs/2401.00001', 'scholarly'],
    ['https://pubmed.ncbi.nlm.nih.gov/123/', 'scholarly'],
    ['https://onlinelibrary.example.com/doi/10.1002/abc', 'scholarly'],
  ])('%s is %s', (href, expected) => {
    expect(kind(href)).toBe(expected);
  });

  it.each([
    'https://www.bbc.co.uk/news/world',
    'https://twitter.com/someone/status/1',
    'https://www.governing.com/article',
    'https://example.com/pdf-guide',
    'https://courtside.example.com/',
  ])('%s is not primary material', (href) => {
    expect(kind(href)).toBeNull();
  });
});

describe('siteOf', () => {
  it.each([
    ['www.example.com', 'example.com'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['a.b.example.org', 'example.org'],
    ['example.com', 'example.com'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s -> %s', (host, site) => {
    expect(siteOf(host)).toBe(site);
  });
});

describe('evidenceSummary', () => {
  it('groups links by domain with primary material marked and the own site last', () => {
    const r = sampleReport();
    const ev = evidenceSummary(r, r.links!, r.url);
    expect(ev.total).toBe(3);
    expect(ev.outbound).toBe(2);
    expect(ev.primary).toBe(2);
    expect(ev.domains.map((d) => [d.domain, d.internal, d.primary])).toEqual([
      ['mid.ru', false, ['official']],
      ['state.gov', false, ['data']],
      ['news.example.com', true, []],
    ]);
    expect(ev.domains[1]!.links[0]).toMatchObject({ href: 'https://www.state.gov/data.csv', text: 'data', sentence: 2 });
    expect(ev.domains[2]!.links[0]!.href).toBe('https://news.example.com/world/talks');
  });

  it('counts claim sentences carrying a link once however many links they hold', () => {
    const r = sampleReport();
    const ev = evidenceSummary(r, r.links!, r.url);
    expect(ev.claimSentences).toBe(5);
    expect(ev.linkedClaimSentences).toBe(2);
    expect(ev.linkedClaimShare).toBeCloseTo(0.4);
  });

  it('leaves out non-web links and sentences outside the body', () => {
    const r = sampleReport();
    r.sentences[2] = { ...r.sentences[2]!, block: 'headline' };
    const ev = evidenceSummary(r, [...r.links!, { start: 0, end: 9, href: 'mailto:desk@example.com' }, { start: 0, end: 9, href: 'javascript:void(0)' }], r.url);
    expect(ev.total).toBe(3);
    expect(ev.claimSentences).toBe(4);
    expect(ev.linkedClaimSentences).toBe(1);
  });

  it('reports nothing for no links', () => {
    const r = sampleReport();
    const ev = evidenceSummary(r, [], r.url);
    expect(ev).toMatchObject({ total: 0, outbound: 0, primary: 0, domains: [], linkedClaimSentences: 0, linkedClaimShare: 0 });
  });
});

describe('evidenceSummary ordering', () => {
  it('puts domains with primary material before others with more links', () => {
    const r = sampleReport();
    const links = [
      { start: 0, end: 9, href: 'https://news.other.com/a' },
      { start: 0, end: 9, href: 'https://news.other.com/b' },
      { start: 0, end: 9, href: 'https://www.court.gov.uk/ruling' },
    ];
    expect(evidenceSummary(r, links, r.url).domains.map((d) => d.domain)).toEqual(['court.gov.uk', 'news.other.com']);
  });
});
