/** Export to a JSON file, import one back (checked; a bad file changes nothing), restore everything. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES, SettingsError, exportSettings, importSettings, resetSettings, type Settings } from '../shared/settings';
import { errorText, type Status } from './app';
import { t } from '../shared/i18n';
import { validatePhrase } from './engine-access';

interface Props {
  settings: Settings;
  setStatus: (status: Status) => void;
}

export function BackupSection({ setStatus }: Props) {
  const [importResult, setImportResult] = useState<Status | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Keyboard focus moves into the confirmation (on its harmless choice) and back out of it.
  const cancelRef = useRef<HTMLButtonElement>(null);
  const restoreRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (asked.current) restoreRef.current?.focus();
    asked.current ||= confirming;
  }, [confirming]);

  const download = async () => {
    const text = await exportSettings();
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `sourcelight-settings-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    // The download has its own reference to the data by now.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setStatus({ kind: 'ok', text: t('options_exported') });
  };

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      // Refused before reading, so a huge file cannot stall the page.
      if (file.size > MAX_IMPORT_BYTES) throw new SettingsError('tooLarge', 'too large');
      await importSettings(await file.text(), validatePhrase);
      setImportResult({ kind: 'ok', text: t('options_imported', file.name) });
    } catch (error) {
      setImportResult({ kind: 'error', text: t('options_importFailed', [file.name, errorText(error)]) });
    }
  };

  const restoreAll = async () => {
    setConfirming(false);
    try {
      await resetSettings();
      setStatus({ kind: 'ok', text: t('options_restoredAll') });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    }
  };

  return (
    <section id="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('options_backupHeading')}</h2>
      <div class="backup-row">
        <button type="button" id="export" onClick={() => void download()}>
          {t('options_export')}
        </button>
        <label for="import-file" class="file-label">
          {t('options_import')}
        </label>
        <input type="file" id="import-file" accept=".json,application/json" onChange={(e) => void upload(e.currentTarget)} aria-describedby="import-result" />
      </div>
      <p id="import-result" role="alert" class={importResult ? `status status-${importResult.kind}` : 'status'}>
        {importResult?.text}
      </p>
      <h3>{t('options_restoreAllHeading')}</h3>
      <p class="hint">{t('options_restoreAllHelp')}</p>
      {confirming ? (
        <div class="confirm" role="group" aria-label={t('options_restoreAllHeading')}>
          <p>{t('options_restoreAllConfirm')}</p>
          <button type="button" id="restore-all-confirm" class="danger" onClick={() => void restoreAll()}>
            {t('options_restoreAllYes')}
          </button>
          <button type="button" class="secondary" id="restore-all-cancel" ref={cancelRef} onClick={() => setConfirming(false)}>
            {t('options_cancel')}
          </button>
        </div>
      ) : (
        <button type="button" id="restore-all" class="secondary" ref={restoreRef} onClick={() => setConfirming(true)}>
          {t('options_restoreAll')}
        </button>
      )}
    </section>
  );
}
