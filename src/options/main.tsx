import { render } from 'preact';
import { App } from './app';
import { applyTheme, storedTheme } from './theme';
import { t } from '../shared/i18n';
import './options.css';

// Before the first paint, so a dark theme does not flash white.
applyTheme(storedTheme());
document.title = t('options_pageTitle');
render(<App />, document.getElementById('app')!);
