/** What the content script says of its work (passes, errors), asked from an extension page. */
import type { Ext, ExtPage } from './harness';
import type { ContentStats } from '../../src/shared/messages';

export async function contentStats(ext: Ext, page: ExtPage): Promise<ContentStats> {
  const tabId = await ext.tabIdOf(page);
  return ext.inExtension(
    (api, id) => api.tabs.sendMessage(id, { kind: 'toContent/getStats' }, { frameId: 0 }) as Promise<ContentStats>,
    tabId,
  );
}
