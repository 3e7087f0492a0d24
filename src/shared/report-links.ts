/**
 * The report's evidence links: the article body's links grouped by domain, the ones that
 * look like primary material marked, and the share of claim sentences that carry a link.
 * Pure. "Looks like primary material" is a heuristic on the URL alone, and says so in the UI.
 */
import type { Report, TextLink } from '../engine/types';

/** Why a link looks like primary material. */
export type PrimaryKind = 'document' | 'data' | 'official' | 'court' | 'scholarly';

export interface EvidenceLink {
  href: string;
  /** Host without a leading "www.". */
  domain: string;
  /** The link's anchor text in the article. */
  text: string;
  primary: PrimaryKind | null;
  /** Index of the sentence holding the link, or -1. */
  sentence: number;
}

export interface DomainGroup {
  domain: string;
  /** On the page's own site (navigation between the outlet's articles, mostly). */
  internal: boolean;
  links: EvidenceLink[];
  /** Primary kinds among its links, in PRIMARY_ORDER. */
  primary: PrimaryKind[];
}

export interface EvidenceSummary {
  /** http(s) links in the article body. */
  total: number;
  outbound: number;
  primary: number;
  /** Other sites first (primary material first, then most links), then the page's own site. */
  domains: DomainGroup[];
  /** Body sentences, and those of them holding at least one link. */
  claimSentences: number;
  linkedClaimSentences: number;
  linkedClaimShare: number;
}

export const PRIMARY_ORDER: PrimaryKind[] = ['document', 'data', 'official', 'court', 'scholarly'];

const DOCUMENT_EXT = /\.(pdf|docx?|odt|rtf)$/i;
const DATA_EXT = /\.(csv|tsv|xlsx?|ods|json|xml|zip|parquet|geojson|sav|dta)$/i;

/** Government and military domains, by suffix (the country-code variants included). */
const OFFICIAL_HOST = [
  /(^|\.)gov$/,
  /(^|\.)mil$/,
  /(^|\.)(gov|gob|gouv|govt|go|gv|gub|mil)\.[a-z]{2}$/,
  /(^|\.)gc\.ca$/,
  /(^|\.)europa\.eu$/,
  /(^|\.)(un|who|imf|worldbank|oecd|nato|wto|icj-cij|icc-cpi)\.(org|int)$/,
  /\.int$/,
  /(^|\.)parliament\.uk$/,
  /(^|\.)admin\.ch$/,
  /(^|\.)bund\.de$/,
  /(^|\.)kremlin\.ru$/,
  /(^|\.)government\.ru$/,
  /(^|\.)mid\.ru$/,
];

const COURT_HOST = [
  /(^|\.)uscourts\.gov$/,
  /(^|\.)supremecourt\.(gov|uk)$/,
  /(^|\.)courtlistener\.com$/,
  /(^|\.)justia\.com$/,
  /(^|\.)bailii\.org$/,
  /(^|\.)judiciary\.(uk|gov\.[a-z]{2})$/,
  /(^|\.)curia\.europa\.eu$/,
  /(^|\.)echr\.coe\.int$/,
  /(^|\.)icj-cij\.org$/,
  /(^|\.)(courts?|judiciary)\./,
];

const SCHOLARLY_HOST = [
  /(^|\.)doi\.org$/,
  /(^|\.)arxiv\.org$/,
  /(^|\.)(bio|med)rxiv\.org$/,
  /(^|\.)ssrn\.com$/,
  /(^|\.)jstor\.org$/,
  /(^|\.)ncbi\.nlm\.nih\.gov$/,
  /(^|\.)pubmed\.ncbi\.nlm\.nih\.gov$/,
  /(^|\.)nature\.com$/,
  /(^|\.)science\.org$/,
  /(^|\.)thelancet\.com$/,
  /(^|\.)nejm\.org$/,
  /(^|\.)jamanetwork\.com$/,
  /(^|\.)bmj\.com$/,
  /(^|\.)plos\.org$/,
  /(^|\.)sciencedirect\.com$/,
  /(^|\.)springer\.com$/,
  /(^|\.)wiley\.com$/,
  /(^|\.)tandfonline\.com$/,
  /(^|\.)pnas\.org$/,
  /(^|\.)acm\.org$/,
  /(^|\.)ieee\.org$/,
];

/** Whether a URL looks like primary material, and why; null when it does not. */
export function primaryKind(url: URL): PrimaryKind | null {
  const host = url.hostname.toLowerCase();
  const path = url.pathname;
  if (DOCUMENT_EXT.test(path)) return 'document';
  if (DATA_EXT.test(path)) return 'data';
  if (COURT_HOST.some((re) => re.test(host))) return 'court';
  // A DOI in the path ("/doi/10.1000/xyz") is a scholarly record wherever it is hosted.
  if (SCHOLARLY_HOST.some((re) => re.test(host)) || /\/doi\/(abs\/|full\/|pdf\/)?10\.\d{4,}/.test(path)) return 'scholarly';
  if (OFFICIAL_HOST.some((re) => re.test(host))) return 'official';
  return null;
}

/** Second-level labels under which registrations sit one level deeper ("bbc.co.uk"). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gob', 'govt']);

/** The registrable part of a host, approximately (no public-suffix list in the popup): "news.bbc.co.uk" -> "bbc.co.uk". */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^\d+$/.test(labels[labels.length - 1] ?? '')) return labels.join('.');
  const second = labels[labels.length - 2] ?? '';
  const keep = SECOND_LEVEL.has(second) && (labels[labels.length - 1] ?? '').length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

function domainOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\./, '');
}

function parseHttp(href: string, base: string): URL | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function sentenceAt(report: Pick<Report, 'sentences'>, offset: number): number {
  return report.sentences.findIndex((s) => s.start <= offset && offset < s.end);
}

/** Links are compared without their fragment, so "doc.pdf#page=3" and "doc.pdf" count once per sentence. */
export function evidenceSummary(
  report: Pick<Report, 'text' | 'sentences'>,
  links: readonly TextLink[],
  pageUrl: string,
): EvidenceSummary {
  const pageHost = parseHttp(pageUrl, 'http://invalid.invalid/')?.hostname ?? '';
  const pageSite = pageHost ? siteOf(pageHost) : '';
  const groups = new Map<string, DomainGroup>();
  const linkedSentences = new Set<number>();
  let total = 0;
  let primary = 0;

  for (const link of links) {
    const url = parseHttp(link.href, pageUrl || 'http://invalid.invalid/');
    if (!url) continue;
    total++;
    const domain = domainOf(url);
    const kind = primaryKind(url);
    if (kind) primary++;
    const sentence = sentenceAt(report, link.start);
    if (sentence >= 0) linkedSentences.add(sentence);
    const group = groups.get(domain) ?? {
      domain,
      internal: pageSite !== '' && siteOf(url.hostname) === pageSite,
      links: [],
      primary: [],
    };
    group.links.push({ href: url.href, domain, text: report.text.slice(link.start, link.end).trim(), primary: kind, sentence });
    if (kind && !group.primary.includes(kind)) group.primary.push(kind);
    groups.set(domain, group);
  }

  const domains = [...groups.values()];
  for (const g of domains) g.primary.sort((a, b) => PRIMARY_ORDER.indexOf(a) - PRIMARY_ORDER.indexOf(b));
  // Other sites before the page's own, primary material first, then by number of links.
  domains.sort(
    (a, b) =>
      Number(a.internal) - Number(b.internal) ||
      Number(b.primary.length > 0) - Number(a.primary.length > 0) ||
      b.links.length - a.links.length ||
      a.domain.localeCompare(b.domain),
  );

  const bodySentences = report.sentences.map((s, i) => ({ s, i })).filter(({ s }) => s.block === 'body');
  const claimSentences = bodySentences.length;
  const linkedClaimSentences = bodySentences.filter(({ i }) => linkedSentences.has(i)).length;
  return {
    total,
    outbound: domains.filter((d) => !d.internal).reduce((n, d) => n + d.links.length, 0),
    primary,
    domains,
    claimSentences,
    linkedClaimSentences,
    linkedClaimShare: claimSentences === 0 ? 0 : linkedClaimSentences / claimSentences,
  };
}
