/**
 * Watches a browser context for what must never happen: a request to another
 * origin, or a Content-Security-Policy violation.
 */
import type { BrowserContext } from 'playwright-core';

/** What a watched context saw. */
export interface Watch {
  foreignRequests: string[];
  cspViolations: string[];
}

/** Records foreign requests and CSP violations in every page of a context. */
export function watchContext(context: BrowserContext, origin: string): Watch {
  const watch: Watch = { foreignRequests: [], cspViolations: [] };
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreignRequests.push(url);
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) watch.cspViolations.push(message.text());
  });
  return watch;
}
