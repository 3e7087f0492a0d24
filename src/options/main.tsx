import { render } from 'preact';
import { App } from './app';
import { t } from '../shared/i18n';
import './options.css';

document.title = t('options_pageTitle');
render(<App />, document.getElementById('app')!);
