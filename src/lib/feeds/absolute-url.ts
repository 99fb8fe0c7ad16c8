import { withBase } from '../with-base.ts';

/** The absolute URL of an internal path on the published site: `withBase` applies the base, then `site` gives scheme and host. */
export function absoluteUrl(path: string, site: string | URL, base: string): string {
  return new URL(withBase(path, base), site).href;
}
