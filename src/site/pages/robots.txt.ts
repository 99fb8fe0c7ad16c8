/** `/robots.txt` of a multi-story site: open to every crawler, naming the site's sitemap and each story's. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../lib/feeds/absolute-url.ts';
import { robotsTxt } from '../../lib/feeds/robots-txt.ts';
import { getSite } from '../data/site-data.ts';

export const GET: APIRoute = async () => {
  const { stories } = await getSite();
  const url = (path: string) => absoluteUrl(path, import.meta.env.SITE, import.meta.env.BASE_URL);
  return new Response(
    robotsTxt([url('/sitemap-index.xml'), ...stories.map((s) => url(`/${s.slug}/sitemap-index.xml`))]),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
};
