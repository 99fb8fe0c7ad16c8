/** `/robots.txt`: lets every crawler in and names the sitemap index (or, for a multi-story site, each one) by its absolute URL. */
export function robotsTxt(sitemapUrls: string | readonly string[]): string {
  const urls = typeof sitemapUrls === 'string' ? [sitemapUrls] : sitemapUrls;
  return `User-agent: *\nAllow: /\n\n${urls.map((url) => `Sitemap: ${url}\n`).join('')}`;
}
