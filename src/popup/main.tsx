/** Popup entry: pick the tab, render its report, and mark when it is shown (for `npm run bench`). */
import { render } from 'preact';
import { App } from './app';
import { t } from '../shared/i18n';
import { resolveTarget } from './target';
import './popup.css';

document.documentElement.lang = t('popup_lang');
document.title = t('popup_title');

/** `performance.getEntriesByName('sourcelight:popup-ready')` gives the time from navigation to the shown report. */
const ready = () => performance.mark('sourcelight:popup-ready');

void resolveTarget(location.search).then((target) => {
  render(<App target={target} onReady={ready} />, document.getElementById('app')!);
});
