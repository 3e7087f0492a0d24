/**
 * The sourcing mix as a stacked bar. Each status has its own colour AND its own pattern
 * (stripes, dots, hatching), and the legend beside it names each with its number, so the
 * chart never relies on colour alone. The bar is one image with a full text alternative.
 */
import type { SourcingStatus } from '../engine/types';
import { formatPercent, statusLabel } from '../shared/report-export';
import type { MixEntry } from '../shared/report-profile';
import { t } from '../shared/i18n';
import { plural } from '../shared/message-keys';

/** Pattern drawn over each status's colour (the colours live in popup.css as --mix-*). */
const PATTERNS: Record<SourcingStatus, (id: string) => preact.JSX.Element> = {
  named: (id) => <pattern id={id} width="4" height="4" patternUnits="userSpaceOnUse" />,
  linked: (id) => (
    <pattern id={id} width="4" height="4" patternUnits="userSpaceOnUse">
      <circle cx="2" cy="2" r="0.9" class="mark" />
    </pattern>
  ),
  anonymous: (id) => (
    <pattern id={id} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="1.4" height="4" class="mark" />
    </pattern>
  ),
  vague: (id) => (
    <pattern id={id} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
      <rect width="1.4" height="4" class="mark" />
    </pattern>
  ),
  hedged: (id) => (
    <pattern id={id} width="4" height="4" patternUnits="userSpaceOnUse">
      <rect width="4" height="1.2" class="mark" />
    </pattern>
  ),
  gap: (id) => (
    <pattern id={id} width="4" height="4" patternUnits="userSpaceOnUse">
      <rect width="1.2" height="4" class="mark" />
    </pattern>
  ),
  unattributed: (id) => (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
      <path d="M0 3h6M3 0v6" class="grid" />
    </pattern>
  ),
};

const patternId = (s: SourcingStatus) => `mix-pattern-${s}`;

/** Colour plus pattern for one status; used by the bar and by the legend swatches. */
function Fill({ status, x, width, height }: { status: SourcingStatus; x: number; width: number; height: number }) {
  return (
    <g class={`mix-${status}`}>
      <rect x={x} y={0} width={width} height={height} class="base" />
      <rect x={x} y={0} width={width} height={height} fill={`url(#${patternId(status)})`} />
    </g>
  );
}

/** The patterns, once per document (SVG ids are document-wide). */
export function MixPatterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" style="position:absolute">
      <defs>{(Object.keys(PATTERNS) as SourcingStatus[]).map((s) => <g key={s} class={`mix-${s}`}>{PATTERNS[s](patternId(s))}</g>)}</defs>
    </svg>
  );
}

export function MixChart({ total, entries }: { total: number; entries: MixEntry[] }) {
  const parts = entries
    .filter((e) => e.count > 0)
    .map((e) => `${statusLabel(t, e.status)} ${e.count} (${formatPercent(e.share)})`)
    .join(', ');
  let x = 0;
  return (
    <div class="mix">
      <svg class="mix-bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={plural(t, total, 'popup_mix_chart_label_one', 'popup_mix_chart_label_other', [parts])}>
        {total === 0 ? (
          <rect width="100" height="10" class="empty" />
        ) : (
          entries
            .filter((e) => e.count > 0)
            .map((e) => {
              const width = e.share * 100;
              const fill = <Fill key={e.status} status={e.status} x={x} width={width} height={10} />;
              x += width;
              return fill;
            })
        )}
      </svg>
      <table class="mix-legend">
        <caption class="visually-hidden">{t('popup_mix_heading')}</caption>
        <thead class="visually-hidden">
          <tr>
            <th scope="col">{t('popup_mix_col_status')}</th>
            <th scope="col">{t('popup_mix_col_sentences')}</th>
            <th scope="col">{t('popup_mix_col_share')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.status} data-status={e.status} class={e.count === 0 ? 'zero' : ''}>
              <th scope="row">
                <svg class="swatch" viewBox="0 0 12 12" aria-hidden="true">
                  <Fill status={e.status} x={0} width={12} height={12} />
                </svg>
                {statusLabel(t, e.status)}
              </th>
              <td class="num" data-testid={`mix-${e.status}`}>{e.count}</td>
              <td class="num share">{formatPercent(e.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
