/** Copy or download the report as Markdown or JSON. */
import { useState } from 'preact/hooks';
import type { PageReport } from '../shared/messages';
import { exportFileName, toJsonExport, toMarkdown } from '../shared/report-export';
import { t } from '../shared/i18n';

type Format = 'md' | 'json';

function render(report: PageReport, format: Format): string {
  return format === 'md' ? toMarkdown(report, t) : `${JSON.stringify(toJsonExport(report), null, 2)}\n`;
}

export function ExportBar({ report }: { report: PageReport }) {
  const [status, setStatus] = useState('');

  const copy = async (format: Format) => {
    try {
      await navigator.clipboard.writeText(render(report, format));
      setStatus(t('popup_copied'));
    } catch {
      setStatus(t('popup_copy_failed'));
    }
  };

  const download = (format: Format) => {
    const type = format === 'md' ? 'text/markdown' : 'application/json';
    const url = URL.createObjectURL(new Blob([render(report, format)], { type: `${type};charset=utf-8` }));
    const name = exportFileName(report, format);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    // Revoked later: the download starts asynchronously.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setStatus(t('popup_downloaded', [name]));
  };

  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('popup_export_heading')}</h2>
      <div class="buttons">
        <button type="button" id="copy-md" onClick={() => void copy('md')}>{t('popup_copy_markdown')}</button>
        <button type="button" id="download-md" onClick={() => download('md')}>{t('popup_download_markdown')}</button>
        <button type="button" id="copy-json" onClick={() => void copy('json')}>{t('popup_copy_json')}</button>
        <button type="button" id="download-json" onClick={() => download('json')}>{t('popup_download_json')}</button>
      </div>
      <p class="export-status" role="status" aria-live="polite">{status}</p>
    </section>
  );
}
