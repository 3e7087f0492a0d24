/**
 * The options page: holds the settings, writes every change at once (open tabs follow via
 * storage events) and follows changes made elsewhere (the popup's "off for this site").
 */
import { useEffect, useState } from 'preact/hooks';
import { SettingsError, loadSettings, onSettingsChanged, replaceSettings, saveSettings, type Settings, type SettingsPatch } from '../shared/settings';
import { t } from '../shared/i18n';
import { RulesSection } from './rules-section';
import { SitesSection } from './sites-section';
import { LookSection } from './look-section';
import { BackupSection } from './backup-section';

export type Update = (patch: SettingsPatch) => Promise<boolean>;

export interface Status {
  kind: 'ok' | 'error';
  text: string;
}

/** The reader's words for a failed write or import. */
export function errorText(error: unknown): string {
  if (!(error instanceof SettingsError)) return t('options_errorStorage', String(error));
  switch (error.code) {
    case 'quota':
      return t('options_errorQuota');
    case 'malformed':
      return t('options_importErrorMalformed');
    case 'foreign':
      return t('options_importErrorForeign');
    case 'tooLarge':
      return t('options_importErrorTooLarge');
    case 'invalid':
      return t('options_importErrorInvalid', error.details.slice(0, 5).join(', '));
    case 'storage':
      return t('options_errorStorage', error.message);
  }
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [repaired, setRepaired] = useState<string[]>([]);
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    const off = onSettingsChanged((next) => setSettings(next));
    void loadSettings().then(async ({ settings: loaded, repaired: fixed }) => {
      setSettings(loaded);
      if (fixed.length === 0) return;
      setRepaired(fixed);
      // Store the repaired value, so the damage is reported once, not on every read.
      await replaceSettings(loaded).catch((error: unknown) => setStatus({ kind: 'error', text: errorText(error) }));
    });
    return off;
  }, []);

  const update: Update = async (patch) => {
    try {
      setSettings(await saveSettings(patch));
      setStatus({ kind: 'ok', text: t('options_saved') });
      return true;
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
      return false;
    }
  };

  if (!settings) return <p class="loading">{t('options_loading')}</p>;

  return (
    <>
      <header class="page-header">
        <h1>{t('options_title')}</h1>
      </header>
      <nav aria-label={t('options_navLabel')} class="page-nav">
        <a href="#rules">{t('options_rulesHeading')}</a>
        <a href="#where">{t('options_whereHeading')}</a>
        <a href="#look">{t('options_lookHeading')}</a>
        <a href="#backup">{t('options_backupHeading')}</a>
      </nav>
      <main>
        {repaired.length > 0 && (
          <div class="notice notice-warning" role="alert" id="repaired-notice">
            <p>{t('options_repairedNotice', repaired.slice(0, 8).join(', ') + (repaired.length > 8 ? ', …' : ''))}</p>
            <button type="button" onClick={() => setRepaired([])}>
              {t('options_dismiss')}
            </button>
          </div>
        )}
        <div id="status" role="status" aria-live="polite" class={status ? `status status-${status.kind}` : 'status'}>
          {status?.text}
        </div>
        <label class="master-switch">
          <input type="checkbox" id="enabled" checked={settings.enabled} onChange={(e) => void update({ enabled: e.currentTarget.checked })} />
          {t('options_enabled')}
        </label>
        <RulesSection settings={settings} update={update} />
        <SitesSection settings={settings} update={update} />
        <LookSection settings={settings} update={update} />
        <BackupSection settings={settings} setStatus={setStatus} />
      </main>
    </>
  );
}
