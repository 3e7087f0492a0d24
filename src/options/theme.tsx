/**
 * Light and dark themes: the system's preference by default, or the reader's choice,
 * remembered for this page only (it is about the page, not about the analysis).
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';

export type Theme = 'system' | 'light' | 'dark';
const STORAGE_KEY = 'sourcelight.optionsTheme';

export function storedTheme(): Theme {
  const value = localStorage.getItem(STORAGE_KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

export function ThemePicker() {
  const [theme, setTheme] = useState<Theme>(storedTheme());
  const choose = (value: Theme) => {
    setTheme(value);
    localStorage.setItem(STORAGE_KEY, value);
    applyTheme(value);
  };
  return (
    <label class="theme-picker">
      {t('options_theme')}{' '}
      <select id="theme" value={theme} onChange={(e) => choose(e.currentTarget.value as Theme)}>
        <option value="system">{t('options_themeSystem')}</option>
        <option value="light">{t('options_themeLight')}</option>
        <option value="dark">{t('options_themeDark')}</option>
      </select>
    </label>
  );
}
