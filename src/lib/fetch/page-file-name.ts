import { domainToUnicode } from 'node:url';
import { sourceSlug } from '../ingest/source-slug.ts';
import { slugify } from '../slugify.ts';

/** Longest file name `npm run add` writes, before `.html`: short enough for every file system and URL. */
const MAX_NAME = 80;

/**
 * A file name in `content/raw/` for a page fetched from `url`: its host (without `www.`) and its
 * path, slugified (`https://www.example.org/world/2026/talks-resume.html` →
 * `example-org-world-2026-talks-resume.html`). A path of fewer than two words (`/`, `/article/12345`,
 * `?id=9`) is led by the page's title. `takenIds` holds the source ids already in use: the name
 * gets `-2`, `-3`… until its id is free, so no file is overwritten and no two files share a source.
 */
export function pageFileName(url: string, title: string, takenIds: ReadonlySet<string>): string {
  const { hostname, pathname } = new URL(url);
  const host = slugify(domainToUnicode(hostname).replace(/^www\./, ''));
  const path = pathname
    .split('/')
    .map((segment) => decodeSegment(segment).replace(/\.(?:html?|php|aspx?|shtml|amp|cms)$/i, ''))
    .filter((segment) => segment !== '' && !/^(?:index|amp)$/i.test(segment))
    .join(' ');
  const pathSlug = path === '' ? '' : slugify(path);
  // `/world/talks-resume` says what the page is; `/article/123456` or `/2026/01/talks` hardly does.
  const hasWords = (pathSlug.match(/\p{L}{3,}/gu) ?? []).length >= 2;
  const titleSlug = title.trim() === '' ? '' : slugify(title);
  const rest = hasWords ? pathSlug : [titleSlug, pathSlug].filter(Boolean).join('-');
  const base = shorten(rest ? `${host}-${rest}` : host);
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.html` : `${base}-${n}.html`;
    if (!takenIds.has(sourceSlug(name))) return name;
  }
}

/** A path segment as written before percent-encoding (`%D8%A7` → `ا`); left as it is when it does not decode. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A slug cut to {@link MAX_NAME} characters at a hyphen, so no word is cut in two. */
function shorten(slug: string): string {
  if (slug.length <= MAX_NAME) return slug;
  const cut = slug.slice(0, MAX_NAME + 1);
  const at = cut.lastIndexOf('-');
  return (at > 20 ? cut.slice(0, at) : cut.slice(0, MAX_NAME)).replace(/-+$/, '');
}
