/**
 * Content script entry. Runs in the top frame of http(s) pages at document_idle; everything
 * it does is in controller.ts, everything it leaves behind is undone through one AbortSignal.
 */
import { removeOurHighlights, removeOurStylesheets } from './highlights';
import { claimPage } from './lifecycle';
import { PageController, reportError } from './controller';
import { HOST_TAG } from '../page/dom-rules';

const lifetime = claimPage();
if (lifetime) {
  // What an instance that could not clean up left behind (its highlights, stylesheet, card host).
  removeOurHighlights();
  removeOurStylesheets();
  for (const stale of Array.from(document.querySelectorAll(HOST_TAG))) stale.remove();
  new PageController(lifetime).start().catch(reportError);
}
