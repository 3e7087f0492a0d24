/**
 * The report to take away: Markdown for people, JSON for tools (the CLI's object for the
 * page plus its URL, title and time of analysis). Pure; the words come through `t`, the
 * same message keys the popup shows, so the two never drift apart.
 */
import { WARNING_CATEGORIES, type CategoryId, type Finding, type SourcingStatus } from '../engine/types';
import type { PageReport } from './messages';
import { categoryName, plural, type Translate } from './message-keys';
import { evidenceSummary, type PrimaryKind } from './report-links';
import {
  attributionCount,
  blockOf,
  categoryCounts,
  findingsByCategory,
  findingsOutsideBody,
  outsideWarningsByBlock,
  profileOf,
  sentenceText,
  sourceGroups,
  sourcingMix,
  warningCount,
  warningsPer1000Words,
  type OutsideBlock,
  type Profile,
} from './report-profile';

export const formatPercent = (share: number): string => `${Math.round(share * 100)}%`;
export const formatRate = (value: number): string => (Math.round(value * 10) / 10).toFixed(1);

export const statusLabel = (t: Translate, s: SourcingStatus): string => t(`popup_status_${s}`);
export const primaryLabel = (t: Translate, k: PrimaryKind): string => t(`popup_primary_${k}`);
export const mentionsLabel = (t: Translate, n: number): string => plural(t, n, 'popup_mentions_one', 'popup_mentions_other');

/** A block's name next to a finding listed as outside the body ("headline", "caption"). */
export const blockLabel = (t: Translate, block: OutsideBlock): string => t(`popup_block_${block}`);

/**
 * The one line on what is marked outside the article body, which the numbers leave out
 * ("Also marked outside the article body …: 2 in the headline, 1 in a caption."); '' if nothing is.
 */
export function outsideBodyLine(t: Translate, report: Pick<PageReport, 'findings' | 'sentences'>): string {
  const parts = outsideWarningsByBlock(report).map(({ block, count }) =>
    plural(t, count, `popup_outside_${block}_one`, `popup_outside_${block}_other`),
  );
  return parts.length ? t('popup_outside_line', [parts.join(', ')]) : '';
}

/** The profile line and the sentence with the figures behind it. */
export function profileText(t: Translate, profile: Profile): { line: string; because: string } {
  const line = t(`popup_profile_${profile.id}`);
  if (profile.total === 0) return { line, because: '' };
  // "1 of 1 sentences (100%); 0 of 1 sentences (0%) …" reads like a machine: a one-sentence
  // page says what its sentence is.
  const parts =
    profile.total === 1
      ? profile.because.filter((g) => g.count === 1).map((g) => t(`popup_because_${g.group}_only`))
      : profile.because.map((g) => t(`popup_because_${g.group}`, [g.count, profile.total, formatPercent(g.share)]));
  return { line, because: t('popup_because', [parts.join('; ')]) };
}

/**
 * The CLI's JSON object for the page, plus where and when it was analysed. The page's link
 * list is the engine's input, not part of the CLI's output, so it stays out.
 */
export function toJsonExport(report: PageReport): Record<string, unknown> {
  const { url, title, analyzedAt, links: _links, ...cli } = report;
  return { ...cli, url, title, analyzedAt };
}

/** Characters that would turn page text into Markdown structure. */
function md(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]{}<>()#|!~])/g, '\\$1');
}

/** A link target that cannot break out of `(...)`. */
function mdUrl(url: string): string {
  return url.replace(/[()<>\s]/g, (c) => encodeURIComponent(c));
}

export function toMarkdown(report: PageReport, t: Translate): string {
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  const profile = profileOf(report.summary.bySourcing);
  const { line: profileLine, because } = profileText(t, profile);
  const counts = categoryCounts(report, WARNING_CATEGORIES);
  const warnings = warningCount(report.summary.byCategory);

  line(`# ${t('popup_md_title', [md(report.title || report.url)])}`);
  line();
  line(`<${mdUrl(report.url)}>`);
  line();
  line(t('popup_md_analyzed', [report.analyzedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC')]));
  line();

  line(`## ${t('popup_glance_heading')}`);
  line();
  line(`**${profileLine}**`);
  if (because) {
    line();
    line(because);
  }
  line();
  line(`- ${t('popup_stat_warnings')}: ${warnings}`);
  line(`- ${t('popup_stat_per1000')}: ${formatRate(warningsPer1000Words(report.summary))}`);
  line(`- ${t('popup_stat_named')}: ${attributionCount(report.summary.byCategory)}`);
  line(`- ${t('popup_stat_words')}: ${report.summary.words}`);
  line(`- ${t('popup_stat_sentences')}: ${report.summary.sentences}`);
  line();
  const outside = outsideBodyLine(t, report);
  if (outside) {
    line(outside);
    line();
  }
  line(t('popup_stat_named_note'));
  line();

  const mix = sourcingMix(report);
  line(`## ${t('popup_mix_heading')}`);
  line();
  line(`| ${t('popup_mix_col_status')} | ${t('popup_mix_col_sentences')} | ${t('popup_mix_col_share')} |`);
  line('|---|---:|---:|');
  for (const e of mix.entries) line(`| ${statusLabel(t, e.status)} | ${e.count} | ${formatPercent(e.share)} |`);
  line();

  line(`## ${t('popup_categories_heading')}`);
  line();
  line(`| ${t('popup_cat_col_category')} | ${t('popup_cat_col_warnings')} | ${t('popup_cat_col_quoted')} |`);
  line('|---|---:|---:|');
  for (const c of counts) line(`| ${categoryName(t, c.category)} | ${c.count} | ${c.quoted} |`);
  line();

  const groups = sourceGroups(report);
  line(`## ${t('popup_sources_heading')}`);
  line();
  for (const [key, list] of [
    ['popup_sources_named', groups.named],
    ['popup_sources_anonymous', groups.anonymous],
    ['popup_sources_vague', groups.vague],
  ] as const) {
    line(`### ${t(key)} (${list.length})`);
    line();
    if (list.length === 0) line(t('popup_none'));
    for (const s of list) {
      const title = s.title ? ` (${md(s.title)})` : '';
      line(`- **${md(s.name)}**${title}: ${mentionsLabel(t, s.mentions)}`);
    }
    line();
  }

  line(`## ${t('popup_links_heading')}`);
  line();
  if (!report.links) {
    line(t('popup_links_unknown'));
  } else {
    const ev = evidenceSummary(report, report.links, report.url);
    line(t('popup_links_summary', [ev.total, ev.outbound, ev.primary]));
    line();
    line(t('popup_links_share', [ev.linkedClaimSentences, ev.claimSentences, formatPercent(ev.linkedClaimShare)]));
    line();
    for (const d of ev.domains) {
      const marks = [d.internal ? t('popup_links_internal') : '', ...d.primary.map((k) => primaryLabel(t, k))].filter(Boolean);
      line(`- **${md(d.domain)}** (${d.links.length})${marks.length ? `: ${marks.join(', ')}` : ''}`);
      for (const l of d.links) line(`  - [${md(l.text || l.href)}](${mdUrl(l.href)})`);
    }
  }
  line();

  /** `where`: the block (category for findings outside the body), which the body's own list needs not say. */
  const findingLine = (finding: Finding, where = '') => {
    const quoted = finding.quoted ? ` ${t('popup_quoted_mark')}` : '';
    line(`- **${md(finding.text)}**${quoted}${where ? ` (${where})` : ''}: ${md(sentenceText(report, finding.sentence))}`);
  };
  /** The findings outside the body, apart, as the popup lists them. */
  const outsideList = (categories: readonly CategoryId[], heading: string) => {
    const items = findingsOutsideBody(report, categories);
    if (items.length === 0) return;
    line(`${heading} ${t('popup_outside_heading')} (${items.length})`);
    line();
    for (const { finding } of items) {
      const block = blockOf(report, finding) as OutsideBlock;
      findingLine(finding, categories.length > 1 ? `${categoryName(t, finding.category)}, ${blockLabel(t, block)}` : blockLabel(t, block));
    }
    line();
  };

  line(`## ${t('popup_findings_heading')}`);
  line();
  const grouped = findingsByCategory(report, WARNING_CATEGORIES, 'body');
  if (grouped.length === 0 && findingsOutsideBody(report, WARNING_CATEGORIES).length === 0) {
    line(t('popup_findings_none'));
    line();
  }
  for (const g of grouped) {
    line(`### ${categoryName(t, g.category)} (${g.items.length})`);
    line();
    for (const { finding } of g.items) findingLine(finding);
    line();
  }
  outsideList(WARNING_CATEGORIES, '###');

  const attributions = findingsByCategory(report, ['named-source'], 'body')[0]?.items ?? [];
  line(`## ${t('popup_attributions_heading')}`);
  line();
  if (attributions.length === 0 && findingsOutsideBody(report, ['named-source']).length === 0) line(t('popup_attributions_none'));
  for (const { finding } of attributions) findingLine(finding);
  line();
  outsideList(['named-source'], '###');
  return out.join('\n');
}

/** A file name for downloads: "sourcelight-<host>-<date>.<ext>". */
export function exportFileName(report: Pick<PageReport, 'url' | 'analyzedAt'>, ext: 'md' | 'json'): string {
  let host = 'page';
  try {
    host = new URL(report.url).hostname.replace(/^www\./, '') || host;
  } catch {
    // keep "page"
  }
  const date = report.analyzedAt.slice(0, 10).replace(/[^0-9-]/g, '') || 'report';
  return `sourcelight-${host.replace(/[^a-z0-9.-]/gi, '_')}-${date}.${ext}`;
}
