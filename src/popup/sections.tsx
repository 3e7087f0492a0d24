/** The report's sections below the glance: sources, evidence links, every finding. */
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { WARNING_CATEGORIES, type CategoryId, type Source } from '../engine/types';
import type { PageReport } from '../shared/messages';
import { blockLabel, formatPercent, mentionsLabel, primaryLabel } from '../shared/report-export';
import { categoryName, plural } from '../shared/message-keys';
import { evidenceSummary } from '../shared/report-links';
import {
  attributionCount,
  blockOf,
  findingsByCategory,
  findingsOutsideBody,
  firstFindingInSentence,
  sentenceText,
  sourceGroups,
  warningCount,
  type FindingItem,
  type OutsideBlock,
} from '../shared/report-profile';
import { t } from '../shared/i18n';

/** A section that renders its content only once opened: the popup must open fast on long pages. */
export function Section(props: { id: string; title: string; count?: number | string; open?: boolean; children: () => ComponentChildren }) {
  const [open, setOpen] = useState(props.open ?? false);
  return (
    <details class="section" id={props.id} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>{props.title}</h2>
        {props.count !== undefined && <span class="count">{props.count}</span>}
      </summary>
      {open && <div class="section-body">{props.children()}</div>}
    </details>
  );
}

/** A sentence with the finding's words marked; long sentences are cut around them. */
function Snippet({ report, start, end, sentence }: { report: PageReport; start: number; end: number; sentence: number }) {
  const s = report.sentences[sentence];
  const from = s ? Math.min(s.start, start) : start;
  const to = s ? Math.max(s.end, end) : end;
  const clip = (text: string, keep: 'start' | 'end') => {
    const flat = text.replace(/\s+/g, ' ');
    if (flat.length <= 90) return flat;
    return keep === 'end' ? `…${flat.slice(-90).replace(/^\S*\s/, '')}` : `${flat.slice(0, 90).replace(/\s\S*$/, '')}…`;
  };
  return (
    <span class="snippet">
      {clip(report.text.slice(from, start), 'end').trimStart()}
      <mark>{report.text.slice(start, end)}</mark>
      {clip(report.text.slice(end, to), 'start').trimEnd()}
    </span>
  );
}

export type Reveal = (findingIndex: number) => void;

function SourceItem({ report, source, reveal }: { report: PageReport; source: Source; reveal: Reveal }) {
  const [open, setOpen] = useState(false);
  const listId = `source-${report.sources.indexOf(source)}`;
  return (
    <li class="source">
      <button type="button" class="source-name" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        <span class="name">{source.name}</span>
        {source.title && <span class="title">{source.title}</span>}
        {source.kind !== 'anonymous' && source.kind !== 'vague' && <span class="kind">{t(`popup_source_kind_${source.kind}`)}</span>}
        <span class="mentions">{mentionsLabel(t, source.mentions)}</span>
      </button>
      {open && (
        <ul id={listId} class="source-sentences" aria-label={t('popup_source_sentences', [source.name])}>
          {source.sentences.map((i) => {
            const finding = firstFindingInSentence(report, i);
            return (
              <li key={i}>
                {finding >= 0 ? (
                  <button type="button" class="link-like" onClick={() => reveal(finding)}>
                    {sentenceText(report, i)}
                  </button>
                ) : (
                  sentenceText(report, i)
                )}
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

export function SourcesSection({ report, reveal }: { report: PageReport; reveal: Reveal }) {
  const groups = sourceGroups(report);
  const total = groups.named.length + groups.anonymous.length + groups.vague.length;
  return (
    <Section id="sources" title={t('popup_sources_heading')} count={total}>
      {() =>
        (
          [
            ['named', 'popup_sources_named', groups.named],
            ['anonymous', 'popup_sources_anonymous', groups.anonymous],
            ['vague', 'popup_sources_vague', groups.vague],
          ] as const
        ).map(([kind, key, list]) => (
          <div key={kind} class="source-group" data-group={kind}>
            <h3>
              {t(key)} <span class="count">{list.length}</span>
            </h3>
            {list.length === 0 ? (
              <p class="muted">{t('popup_none')}</p>
            ) : (
              <ul class="plain">
                {list.map((s) => (
                  <SourceItem key={`${s.kind}:${s.name}`} report={report} source={s} reveal={reveal} />
                ))}
              </ul>
            )}
          </div>
        ))
      }
    </Section>
  );
}

export function LinksSection({ report }: { report: PageReport }) {
  const ev = report.links ? evidenceSummary(report, report.links, report.url) : null;
  return (
    <Section id="links" title={t('popup_links_heading')} count={ev ? ev.total : '–'}>
      {() =>
        !ev ? (
          <p class="muted">{t('popup_links_unknown')}</p>
        ) : (
          <>
            <p data-testid="links-summary">{t('popup_links_summary', [ev.total, ev.outbound, ev.primary])}</p>
            <p data-testid="links-share">
              {t('popup_links_share', [ev.linkedClaimSentences, ev.claimSentences, formatPercent(ev.linkedClaimShare)])}
            </p>
            {ev.total === 0 ? (
              <p class="muted">{t('popup_links_none')}</p>
            ) : (
              <ul class="plain domains">
                {ev.domains.map((d) => (
                  <li key={d.domain} class="domain" data-domain={d.domain}>
                    <div class="domain-head">
                      <span class="name">{d.domain}</span>
                      <span class="count">{d.links.length}</span>
                      {d.internal && <span class="tag">{t('popup_links_internal')}</span>}
                      {d.primary.map((k) => (
                        <span key={k} class="tag primary" data-primary={k}>
                          {primaryLabel(t, k)}
                        </span>
                      ))}
                    </div>
                    <ul class="plain domain-links">
                      {d.links.map((l, i) => (
                        <li key={i}>
                          <a href={l.href} target="_blank" rel="noopener noreferrer" title={l.href}>
                            {l.text || l.href}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
            <p class="note">{t('popup_primary_note')}</p>
          </>
        )
      }
    </Section>
  );
}

/** How many findings a list shows at first, and adds per "show more": a long page must not stall the popup. */
export const FINDINGS_PAGE = 200;

/** A heading and its findings; `tag` says more of each (the block, for findings outside the body). */
interface ListGroup {
  key: string;
  title?: string;
  color?: string;
  items: FindingItem[];
  tag?: (item: FindingItem) => string;
}

function FindingButton({ report, item, reveal, color, tag }: { report: PageReport; item: FindingItem; reveal: Reveal; color?: string; tag?: string }) {
  const { index, finding } = item;
  return (
    <li>
      <button type="button" class="finding" data-index={index} style={color ? { '--cat': color } : undefined} onClick={() => reveal(index)}>
        <Snippet report={report} start={finding.start} end={finding.end} sentence={finding.sentence} />
        {finding.quoted && <span class="tag">{t('popup_quoted_mark')}</span>}
        {tag && <span class="tag">({tag})</span>}
      </button>
    </li>
  );
}

/** The groups' findings in order, the first FINDINGS_PAGE of them, then a button for more. */
function FindingList({ report, groups, reveal, colors }: {
  report: PageReport;
  groups: ListGroup[];
  reveal: Reveal;
  colors: Record<CategoryId, string>;
}) {
  const [limit, setLimit] = useState(FINDINGS_PAGE);
  const total = groups.reduce((sum, g) => sum + g.items.length, 0);
  let left = limit;
  return (
    <>
      <p class="note">{t('popup_findings_hint')}</p>
      {groups.map((g) => {
        const items = g.items.slice(0, Math.max(0, left));
        left -= items.length;
        if (items.length === 0) return null;
        return (
          <div key={g.key} class="finding-group" data-group={g.key} style={g.color ? { '--cat': g.color } : undefined}>
            {g.title && (
              <h3>
                {g.color && <span class="swatch-dot" aria-hidden="true" />}
                {g.title} <span class="count">{g.items.length}</span>
              </h3>
            )}
            <ul class="plain findings">
              {items.map((item) => (
                <FindingButton
                  key={item.index}
                  report={report}
                  item={item}
                  reveal={reveal}
                  color={g.color ? undefined : colors[item.finding.category]}
                  tag={g.tag?.(item)}
                />
              ))}
            </ul>
          </div>
        );
      })}
      {total > limit && (
        <button type="button" class="show-more" onClick={() => setLimit(limit + FINDINGS_PAGE)}>
          {plural(t, Math.min(FINDINGS_PAGE, total - limit), 'popup_show_more_one', 'popup_show_more_other')}
        </button>
      )}
    </>
  );
}

/**
 * The findings of some categories: those of the body (counted in the numbers above) by
 * category, then those outside it (headline, byline, captions, pull quotes) apart.
 */
function FindingsOf({ report, categories, reveal, colors, none }: {
  report: PageReport;
  categories: readonly CategoryId[];
  reveal: Reveal;
  colors: Record<CategoryId, string>;
  none: string;
}) {
  const single = categories.length === 1;
  const body: ListGroup[] = findingsByCategory(report, categories, 'body').map((g) => ({
    key: g.category,
    // One category (the attributions) needs no heading of its own inside its section.
    ...(single ? {} : { title: categoryName(t, g.category), color: colors[g.category] }),
    items: g.items,
  }));
  const outside = findingsOutsideBody(report, categories);
  const groups: ListGroup[] = outside.length
    ? [
        ...body,
        {
          key: 'outside',
          title: t('popup_outside_heading'),
          items: outside,
          tag: ({ finding }) => {
            const block = blockLabel(t, blockOf(report, finding) as OutsideBlock);
            return single ? block : `${categoryName(t, finding.category)}, ${block}`;
          },
        },
      ]
    : body;
  return groups.length === 0 ? <p class="muted">{none}</p> : <FindingList report={report} groups={groups} reveal={reveal} colors={colors} />;
}

/** Every warning, by category. Closed at first: on a long page it is the longest list. */
export function FindingsSection({ report, reveal, colors }: { report: PageReport; reveal: Reveal; colors: Record<CategoryId, string> }) {
  return (
    <Section id="findings" title={t('popup_findings_heading')} count={warningCount(report.summary.byCategory)}>
      {() => <FindingsOf report={report} categories={WARNING_CATEGORIES} reveal={reveal} colors={colors} none={t('popup_findings_none')} />}
    </Section>
  );
}

/** The named-source attributions, the good case, in a list of their own. */
export function AttributionsSection({ report, reveal, colors }: { report: PageReport; reveal: Reveal; colors: Record<CategoryId, string> }) {
  return (
    <Section id="attributions" title={t('popup_attributions_heading')} count={attributionCount(report.summary.byCategory)}>
      {() => <FindingsOf report={report} categories={['named-source']} reveal={reveal} colors={colors} none={t('popup_attributions_none')} />}
    </Section>
  );
}
