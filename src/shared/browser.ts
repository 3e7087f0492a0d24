/** The one place the extension's code imports the browser API from. */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
export default browser;
