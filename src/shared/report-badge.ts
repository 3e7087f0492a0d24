/**
 * The toolbar badge's content: the page's warning count on a colour that follows the
 * report's profile. Pure; src/background/badge.ts shows it. The badge's title says the same
 * in words, so the colour is never the only signal.
 */
import type { ProfileTone } from './report-profile';

/** White text on each of these meets WCAG AA contrast (4.5:1). */
export const TONE_COLORS: Record<ProfileTone, string> = {
  good: '#1e7b34',
  mixed: '#8a5a00',
  weak: '#b3261e',
  none: '#5f6368',
};

export interface Badge {
  text: string;
  color: string;
}

/** Nothing to report means no badge at all; four characters is what fits. */
export function badgeFor(count: number, tone: ProfileTone): Badge {
  const text = count <= 0 ? '' : count > 999 ? '999+' : String(count);
  return { text, color: TONE_COLORS[tone] };
}
