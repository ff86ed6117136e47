/**
 * The page's own address for the links its tools hand out: the build wrote
 * the configured site address (the canonical link says which), and a page
 * served from anywhere else (a preview, a mirror) swaps it for its own.
 */
import { rebaseLinks } from '../lib/site/page-address.ts';

/** Text with the configured site's links moved to the address this page is served from. */
export function localLinks(text: string): string {
  const configured = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return configured ? rebaseLinks(text, configured, location.href) : text;
}
