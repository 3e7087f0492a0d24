/** The popup: the sourcing report of one tab (SPEC.md section 4), or why there is none. */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import type { Message, PageReport } from '../shared/messages';
import { WARNING_CATEGORIES } from '../engine/types';
import { DEFAULT_COLORS, type Settings } from '../shared/settings';
import { formatRate, outsideBodyLine, profileText } from '../shared/report-export';
import { categoryName } from '../shared/message-keys';
import {
  attributionCount,
  categoryCounts,
  PROFILE_THRESHOLDS,
  profileOf,
  sourcingMix,
  warningCount,
  warningsPer1000Words,
  type Profile,
} from '../shared/report-profile';
import { sitePatternFor } from '../shared/site-patterns';
import { t } from '../shared/i18n';
import { MixChart, MixPatterns } from './mix-chart';
import { AttributionsSection, FindingsSection, LinksSection, SourcesSection, Section } from './sections';
import { ExportBar } from './export';
import { loadFor, runOnSite, turnBackOn, turnOff, type Loaded, type Target } from './target';

/** The tone is shown as a shape and a word, never by colour alone. */
const TONE_ICONS = { good: '●', mixed: '◐', weak: '▲', none: '○' } as const;

function Glance({ report, profile }: { report: PageReport; profile: Profile }) {
  const { line, because } = profileText(t, profile);
  const mix = sourcingMix(report);
  const outside = outsideBodyLine(t, report);
  const pct = (share: number) => `${Math.round(share * 100)}%`;
  const T = PROFILE_THRESHOLDS;
  return (
    <section class="glance" aria-labelledby="profile-line">
      <div class={`profile tone-${profile.tone}`}>
        <span class="tone" data-tone={profile.tone}>
          <span aria-hidden="true">{TONE_ICONS[profile.tone]}</span> {t(`popup_tone_${profile.tone}`)}
        </span>
        <p id="profile-line" class="profile-line" data-profile={profile.id}>
          {line}
        </p>
        {because && <p class="because">{because}</p>}
        <details class="howto">
          <summary>{t('popup_howto_summary')}</summary>
          <p>{t('popup_howto_intro')}</p>
          <ol>
            <li>{t('popup_howto_wellSourced', [pct(T.wellSourcedAttributed), pct(T.wellSourcedUnverifiableBelow)])}</li>
            <li>{t('popup_howto_unverifiable', [pct(T.unverifiable)])}</li>
            <li>{t('popup_howto_doubtful', [pct(T.doubtful)])}</li>
            <li>{t('popup_howto_unattributed', [pct(T.unattributed)])}</li>
            <li>{t('popup_howto_partlySourced', [pct(T.partlySourced)])}</li>
            <li>{t('popup_howto_mixed')}</li>
          </ol>
          <p>{t('popup_howto_outro')}</p>
        </details>
      </div>
      <h2 class="visually-hidden">{t('popup_mix_heading')}</h2>
      <MixChart total={mix.total} entries={mix.entries} />
      <dl class="stats">
        <div>
          <dt>{t('popup_stat_warnings')}</dt>
          <dd data-testid="stat-warnings">{warningCount(report.summary.byCategory)}</dd>
        </div>
        <div>
          <dt>{t('popup_stat_per1000')}</dt>
          <dd data-testid="stat-per1000">{formatRate(warningsPer1000Words(report.summary))}</dd>
        </div>
        <div>
          <dt>{t('popup_stat_named')}</dt>
          <dd data-testid="stat-named">{attributionCount(report.summary.byCategory)}</dd>
        </div>
        <div>
          <dt>{t('popup_stat_words')}</dt>
          <dd data-testid="stat-words">{report.summary.words}</dd>
        </div>
        <div>
          <dt>{t('popup_stat_sentences')}</dt>
          <dd data-testid="stat-sentences">{report.summary.sentences}</dd>
        </div>
      </dl>
      {outside && (
        <p class="note" data-testid="outside-body">
          {outside}
        </p>
      )}
      <p class="note">{t('popup_stat_named_note')}</p>
    </section>
  );
}

function Categories({ report, colors }: { report: PageReport; colors: Record<string, string> }) {
  const counts = categoryCounts(report, WARNING_CATEGORIES);
  return (
    <Section id="categories" title={t('popup_categories_heading')} count={warningCount(report.summary.byCategory)} open>
      {() => (
        <table class="categories">
          <thead>
            <tr>
              <th scope="col">{t('popup_cat_col_category')}</th>
              <th scope="col" class="num">{t('popup_cat_col_warnings')}</th>
              <th scope="col" class="num">{t('popup_cat_col_quoted')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.category} data-category={c.category} class={c.count === 0 ? 'zero' : ''} style={{ '--cat': colors[c.category] }}>
                <th scope="row">
                  <span class="swatch-dot" aria-hidden="true" />
                  {categoryName(t, c.category)}
                </th>
                <td class="num" data-testid={`cat-${c.category}`}>{c.count}</td>
                <td class="num">{c.quoted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function Control({ url, incognito, onOff }: { url: string; incognito: boolean; onOff: (scope: 'site' | 'page') => void }) {
  const host = sitePatternFor(url);
  if (!host) return null;
  return (
    <section class="control" aria-labelledby="control-heading">
      <h2 id="control-heading">{t('popup_control_heading')}</h2>
      {incognito ? (
        <p id="private-control">{t('popup_private_control')}</p>
      ) : (
        <div class="buttons">
          <button type="button" id="off-site" onClick={() => onOff('site')}>
            {t('popup_off_site', [host])}
          </button>
          <button type="button" id="off-page" onClick={() => onOff('page')}>
            {t('popup_off_page')}
          </button>
        </div>
      )}
    </section>
  );
}

function StatusMessage({ heading, text, children }: { heading?: string; text: string; children?: preact.ComponentChildren }) {
  return (
    <section class="message" role="status">
      {heading && <h2>{heading}</h2>}
      <p>{text}</p>
      {children}
    </section>
  );
}

function Header({ report, target }: { report?: PageReport; target: Target | null }) {
  const openOptions = async () => {
    await browser.runtime.sendMessage({ kind: 'toBackground/openOptions' } satisfies Message);
    if (target?.isToolbarPopup) window.close();
  };
  return (
    <header class="top">
      <img src="/icons/icon-32.png" alt="" width="20" height="20" />
      <div class="heading">
        <h1>{t('popup_title')}</h1>
        {report && (
          <p class="page" title={report.url}>
            {report.title || report.url}
          </p>
        )}
      </div>
      <button type="button" id="open-options" class="icon-button" onClick={openOptions}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zM6.9 1h2.2l.3 1.8 1.2.5 1.5-1 1.6 1.5-1.1 1.5.5 1.2 1.8.3v2.2l-1.8.3-.5 1.2 1 1.5-1.5 1.6-1.5-1.1-1.2.5-.3 1.8H6.9l-.3-1.8-1.2-.5-1.5 1-1.6-1.5 1.1-1.5-.5-1.2L1 9.1V6.9l1.8-.3.5-1.2-1-1.5 1.5-1.6 1.5 1.1 1.2-.5z" />
        </svg>
        {t('popup_options')}
      </button>
    </header>
  );
}

export function App({ target, onReady }: { target: Target | null; onReady: (state: Loaded['kind']) => void }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    void loadFor(target).then(setLoaded);
  }, [target]);

  useEffect(() => {
    if (!loaded) return;
    document.documentElement.dataset.state = loaded.kind;
    onReady(loaded.kind);
  }, [loaded]);

  // A page may still be analysing when the popup opens: look again for a few seconds.
  useEffect(() => {
    if (loaded?.kind !== 'noArticle') return;
    let tries = 0;
    const timer = setInterval(() => {
      if (++tries > 10) return clearInterval(timer);
      void loadFor(target).then((next) => {
        if (next.kind !== 'noArticle') {
          clearInterval(timer);
          setLoaded(next);
        }
      });
    }, 500);
    return () => clearInterval(timer);
  }, [loaded, target]);

  /** The page shows the finding only if it is still the one this report lists (it answers false if not). */
  const reveal = async (index: number) => {
    const finding = loaded?.kind === 'report' ? loaded.report.findings[index] : undefined;
    if (!target || !finding) return;
    const { start, end, rule } = finding;
    try {
      const shown = await browser.tabs.sendMessage(
        target.tabId,
        { kind: 'toContent/revealFinding', index, start, end, rule } satisfies Message,
        { frameId: 0 },
      );
      setNotice(shown === true ? '' : t('popup_reveal_stale'));
    } catch {
      setNotice(t('popup_reveal_failed'));
    }
  };

  const setOff = async (settings: Settings, url: string, scope: 'site' | 'page', incognito: boolean) => {
    const next = await turnOff(settings, url, scope, incognito);
    setLoaded({ kind: 'off', scope, url, settings: next });
  };
  /** After a change that lets the page run: the content script analyses it, then the report is asked for again. */
  const reload = async () => {
    setLoaded(null);
    for (let attempt = 0; attempt < 20; attempt++) {
      const next = await loadFor(target);
      if (next.kind !== 'noArticle' || attempt === 19) return setLoaded(next);
      await new Promise((r) => setTimeout(r, 150));
    }
  };
  const setOn = async (settings: Settings, url: string) => {
    await turnBackOn(settings, url);
    await reload();
  };
  const runHere = async (settings: Settings, url: string, incognito: boolean) => {
    await runOnSite(settings, url, incognito);
    await reload();
  };

  if (!loaded) {
    return (
      <>
        <Header target={target} />
        <p class="loading" role="status">{t('popup_loading')}</p>
      </>
    );
  }

  let body: preact.ComponentChildren;
  switch (loaded.kind) {
    case 'noTab':
      body = <StatusMessage text={t('popup_no_tab')} />;
      break;
    case 'unsupported':
      body = <StatusMessage heading={t('popup_unsupported_heading')} text={t(`popup_unsupported_${loaded.reason}`)} />;
      break;
    case 'noScript':
      body = <StatusMessage text={t(loaded.urlKnown ? 'popup_no_script' : 'popup_no_script_unknown')} />;
      break;
    case 'noArticle':
      body = <StatusMessage text={t('popup_no_article')} />;
      break;
    case 'notListed':
      body = loaded.incognito ? (
        <StatusMessage text={t('popup_not_listed', [loaded.host])}>
          <p id="private-not-listed">{t('popup_private_not_listed', [loaded.host])}</p>
        </StatusMessage>
      ) : (
        <StatusMessage text={t('popup_not_listed', [loaded.host])}>
          <button type="button" id="run-on-site" onClick={() => void runHere(loaded.settings, loaded.url, loaded.incognito)}>
            {t('popup_run_on_site', [loaded.host])}
          </button>
        </StatusMessage>
      );
      break;
    case 'off': {
      const text =
        loaded.scope === 'all'
          ? t('popup_is_off_all')
          : loaded.scope === 'site'
            ? t('popup_is_off_site', [sitePatternFor(loaded.url) ?? loaded.url])
            : t('popup_is_off_page');
      body = (
        <StatusMessage text={text}>
          <button type="button" id="turn-on" onClick={() => void setOn(loaded.settings, loaded.url)}>
            {t('popup_turn_on')}
          </button>
        </StatusMessage>
      );
      break;
    }
    case 'report': {
      const { report, settings, incognito } = loaded;
      const colors = { ...DEFAULT_COLORS, ...settings.colors };
      body = (
        <>
          <MixPatterns />
          <Glance report={report} profile={profileOf(report.summary.bySourcing)} />
          <Categories report={report} colors={colors} />
          <SourcesSection report={report} reveal={reveal} />
          <LinksSection report={report} />
          <FindingsSection report={report} reveal={reveal} colors={colors} />
          <AttributionsSection report={report} reveal={reveal} colors={colors} />
          <ExportBar report={report} />
          <Control url={report.url} incognito={incognito} onOff={(scope) => void setOff(settings, report.url, scope, incognito)} />
        </>
      );
      break;
    }
  }
  return (
    <>
      <Header target={target} report={loaded.kind === 'report' ? loaded.report : undefined} />
      <main>{body}</main>
      <p class="notice" role="status" aria-live="polite">
        {notice}
      </p>
    </>
  );
}
