import { describe, expect, it } from 'vitest';
import { badgeFor, TONE_COLORS } from '../../../src/shared/report-badge';

/** WCAG relative luminance contrast of white text on a #rrggbb background. */
function contrastWithWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (l + 0.05);
}

describe('badgeFor', () => {
  it('shows the count on the colour of the tone', () => {
    expect(badgeFor(12, 'weak')).toEqual({ text: '12', color: TONE_COLORS.weak });
    expect(badgeFor(3, 'good').color).toBe(TONE_COLORS.good);
  });

  it('clears the badge when there is nothing to report', () => {
    expect(badgeFor(0, 'mixed').text).toBe('');
  });

  it('fits large counts in four characters', () => {
    expect(badgeFor(999, 'mixed').text).toBe('999');
    expect(badgeFor(1000, 'mixed').text).toBe('999+');
  });

  it('keeps white text readable on every tone (WCAG AA)', () => {
    for (const color of Object.values(TONE_COLORS)) expect(contrastWithWhite(color)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives each tone its own colour', () => {
    expect(new Set(Object.values(TONE_COLORS)).size).toBe(4);
  });
});
