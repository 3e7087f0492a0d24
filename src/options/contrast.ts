/**
 * The contrast check for highlight colours (WCAG 2.2 relative luminance and contrast ratio).
 * A highlight must work on light pages and on dark pages:
 *   - as a background, the page's own text stays readable on it (1.4.3: 4.5:1);
 *   - as an underline, the line stands out from the page (1.4.11 non-text contrast: 3:1).
 * Typical page colours stand in for "a light page" and "a dark page". The background is
 * judged as painted: the content script (src/content/highlights.ts) lays the colour at
 * BACKGROUND_ALPHA over the page, so what the text sits on is a blend of the two.
 */
import type { HighlightStyle } from '../shared/settings';

export const PAGES = {
  light: { background: '#ffffff', text: '#1f1f1f' },
  dark: { background: '#121212', text: '#e8e8e8' },
} as const;
export type PageTheme = keyof typeof PAGES;

/** Keep in step with highlightCss in src/content/highlights.ts (`color-mix(… 40%, transparent)`). */
export const BACKGROUND_ALPHA = 0.4;
export const TEXT_MINIMUM = 4.5;
export const NON_TEXT_MINIMUM = 3;

function channel(hex: string, index: number): number {
  const value = parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/** WCAG contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `color` laid at `alpha` over `under`, as the browser composites it (in sRGB). */
export function blend(color: string, under: string, alpha: number): string {
  const mixed = [0, 1, 2].map((i) => {
    const top = parseInt(color.slice(1 + i * 2, 3 + i * 2), 16);
    const bottom = parseInt(under.slice(1 + i * 2, 3 + i * 2), 16);
    return Math.round(alpha * top + (1 - alpha) * bottom);
  });
  return `#${mixed.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

export interface ContrastResult {
  theme: PageTheme;
  /** The weakest of the checks the style needs, rounded to one decimal. */
  ratio: number;
  minimum: number;
  ok: boolean;
}

/** How a highlight colour fares on one kind of page, for the chosen style. */
export function checkContrast(color: string, style: HighlightStyle, theme: PageTheme): ContrastResult {
  const page = PAGES[theme];
  const checks: Array<{ ratio: number; minimum: number }> = [];
  if (style !== 'underline')
    checks.push({ ratio: contrastRatio(page.text, blend(color, page.background, BACKGROUND_ALPHA)), minimum: TEXT_MINIMUM });
  if (style !== 'background') checks.push({ ratio: contrastRatio(page.background, color), minimum: NON_TEXT_MINIMUM });
  // The check furthest below (or closest to) its minimum decides.
  const worst = checks.reduce((a, b) => (b.ratio / b.minimum < a.ratio / a.minimum ? b : a));
  return { theme, ratio: Math.floor(worst.ratio * 10) / 10, minimum: worst.minimum, ok: worst.ratio >= worst.minimum };
}
