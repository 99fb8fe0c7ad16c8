/** `/robots.txt`: open to every crawler, pointing at the sitemap index (base included). */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/feeds/absolute-url.ts';
import { robotsTxt } from '../lib/feeds/robots-txt.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl('/sitemap-index.xml', import.meta.env.SITE, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
