/**
 * `/_redirects`: Netlify's redirect rules for old event URLs (aliases), with the base path. Any
 * other host is served by the redirect pages at the same URLs, which need no configuration.
 */
import type { APIRoute } from 'astro';
import { netlifyRedirects } from '../lib/timeline/aliases.ts';
import { getTimeline } from '../data/timeline.ts';

// A route file named `_redirects.ts` would be ignored (a leading underscore hides a file from
// routing), so the name is this route's one parameter value.
export function getStaticPaths() {
  return [{ params: { redirects: '_redirects' } }];
}

export const GET: APIRoute = async () => {
  const { redirects } = await getTimeline();
  return new Response(netlifyRedirects(redirects, import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
