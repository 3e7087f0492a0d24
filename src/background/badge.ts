/** Shows the badge (src/shared/report-badge.ts decides what it says) on one tab. */
import browser from '../shared/browser';
import type { Badge } from '../shared/report-badge';

/** Tab-specific badge state; browsers reset it themselves when the tab navigates. */
export async function showBadge(tabId: number, badge: Badge, title: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    browser.action.setTitle({ tabId, title }),
  ]);
}
