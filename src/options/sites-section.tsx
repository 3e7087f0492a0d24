/** Where it runs: the mode, the sites it runs on in "listed" mode, and where it never runs. */
import { useState } from 'preact/hooks';
import { MAX_SITES, RUN_MODES, type RunMode, type Settings } from '../shared/settings';
import { normalizeSitePattern } from '../shared/site-patterns';
import type { Update } from './app';
import { t } from '../shared/i18n';

interface Props {
  settings: Settings;
  update: Update;
}

const MODE_LABELS: Record<RunMode, string> = {
  articles: 'options_runArticles',
  all: 'options_runAll',
  listed: 'options_runListed',
};

export function SitesSection({ settings, update }: Props) {
  return (
    <section id="where" aria-labelledby="where-heading">
      <h2 id="where-heading">{t('options_whereHeading')}</h2>
      <fieldset class="radio-group">
        <legend>{t('options_runOnLegend')}</legend>
        {RUN_MODES.map((mode) => (
          <label key={mode}>
            <input type="radio" name="runOn" id={`runOn-${mode}`} value={mode} checked={settings.runOn === mode} onChange={() => void update({ runOn: mode })} />
            {t(MODE_LABELS[mode])}
          </label>
        ))}
      </fieldset>
      <SiteList field="allowedSites" heading={t('options_allowedHeading')} help={t('options_allowedHelp')} settings={settings} update={update} />
      <SiteList field="blockedSites" heading={t('options_blockedHeading')} help={t('options_blockedHelp')} settings={settings} update={update} />
      <h3>{t('options_blockedPagesHeading')}</h3>
      {settings.blockedPages.length > 0 ? (
        <ul class="site-list" id="blockedPages-list">
          {settings.blockedPages.map((page) => (
            <li key={page}>
              <span class="site">{page}</span>
              <button
                type="button"
                class="secondary"
                aria-label={t('options_removeSite', page)}
                onClick={() => void update({ blockedPages: settings.blockedPages.filter((p) => p !== page) })}
              >
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">{t('options_blockedPagesNone')}</p>
      )}
    </section>
  );
}

const SITE_ERRORS = {
  empty: 'options_siteErrorEmpty',
  tooLong: 'options_siteErrorTooLong',
  wildcard: 'options_siteErrorWildcard',
  invalid: 'options_siteErrorInvalid',
} as const;

function SiteList({ field, heading, help, settings, update }: Props & { field: 'allowedSites' | 'blockedSites'; heading: string; help: string }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const list = settings[field];

  const add = async (e: Event) => {
    e.preventDefault();
    const result = normalizeSitePattern(input);
    if (!result.ok) return setError(t(SITE_ERRORS[result.error]));
    if (list.includes(result.pattern)) return setError(t('options_siteErrorDuplicate', result.pattern));
    if (list.length >= MAX_SITES) return setError(t('options_siteErrorLimit', String(MAX_SITES)));
    if (await update({ [field]: [...list, result.pattern] })) {
      setInput('');
      setError('');
    }
  };

  return (
    <div class="site-editor">
      <h3 id={`${field}-heading`}>{heading}</h3>
      <p class="hint" id={`${field}-help`}>
        {help}
      </p>
      {list.length > 0 && (
        <ul class="site-list" id={`${field}-list`} aria-labelledby={`${field}-heading`}>
          {list.map((pattern) => (
            <li key={pattern}>
              <span class="site">{pattern}</span>
              <button type="button" class="secondary" aria-label={t('options_removeSite', pattern)} onClick={() => void update({ [field]: list.filter((p) => p !== pattern) })}>
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-form" onSubmit={add} noValidate>
        <label for={`${field}-input`}>{t('options_siteLabel')}</label>
        <input
          id={`${field}-input`}
          value={input}
          placeholder="*.example.com"
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={`${field}-error ${field}-help`}
          onInput={(e) => {
            setInput(e.currentTarget.value);
            setError('');
          }}
        />
        <button type="submit" id={`${field}-add`}>
          {t('options_addSite')}
        </button>
        <p class="field-error" id={`${field}-error`} role="alert">
          {error}
        </p>
      </form>
    </div>
  );
}
