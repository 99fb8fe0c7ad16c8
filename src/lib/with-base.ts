const scheme = /^[a-z][a-z\d+.-]*:|^\/\//i;
const fileName = /\.[a-z\d]+$/i;

/** Prefixes an internal path with the site's base, adding the trailing slash page paths need (`trailingSlash: 'always'`) but not file paths such as `/events.json`; keeps `?query` and `#fragment`. */
export function withBase(path: string, base: string = import.meta.env?.BASE_URL ?? '/'): string {
  // A fragment alone points into the current page, and absolute URLs are not ours to rewrite.
  if (path.startsWith('#') || scheme.test(path)) return path;

  const suffixAt = path.search(/[?#]/);
  const pathname = suffixAt === -1 ? path : path.slice(0, suffixAt);
  const suffix = suffixAt === -1 ? '' : path.slice(suffixAt);

  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const relative = pathname.replace(/^\/+/, '');
  let joined = `${root}${relative}`.replace(/\/{2,}/g, '/');
  const lastSegment = joined.slice(joined.lastIndexOf('/') + 1);
  if (lastSegment !== '' && !fileName.test(lastSegment)) joined += '/';
  return `${joined}${suffix}`;
}
