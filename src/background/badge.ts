/**
 * The toolbar badge: the page's warning count, on a colour that follows the report's
 * profile. The title says the same in words, so the colour is never the only signal.
 */
import browser from '../shared/browser';
import type { ProfileTone } from '../shared/report-profile';

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

/** Tab-specific badge state; browsers reset it themselves when the tab navigates. */
export async function showBadge(tabId: number, badge: Badge, title: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    browser.action.setTitle({ tabId, title }),
  ]);
}
