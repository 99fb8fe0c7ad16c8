/** A content file as the glob loader sees it: its path from the project root and its frontmatter `slug`, if any. */
export type CollectionFile = { path: string; slug?: string | undefined };

/**
 * The id Astro's glob loader gives a file: its frontmatter `slug` when it has one, otherwise its
 * name without extension, slugged the way github-slugger does (lower case, punctuation dropped,
 * spaces to hyphens), so `Talks Resume.mdx` and `talks-resume.mdx` both become `talks-resume`.
 */
export function loaderId(file: CollectionFile): string {
  if (file.slug) return file.slug;
  const name = file.path.slice(file.path.lastIndexOf('/') + 1).replace(/\.mdx?$/i, '');
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/**
 * Files of a collection that became no entry because another file has the same id (the glob
 * loader keeps one and, when both files are alike, drops the other without a word). One message
 * per lost file, naming both files, the field that made the id, and what is expected.
 *
 * `storeMayLag` is for `astro dev`, whose content store takes in a file written a moment ago a
 * little later: a file that no entry has the id of is then one not loaded yet, not a lost one.
 */
export function findIdClashes(
  collection: string,
  files: readonly CollectionFile[],
  entries: readonly { id: string; filePath?: string | undefined }[],
  { storeMayLag = false }: { storeMayLag?: boolean } = {},
): string[] {
  const loaded = new Set(entries.map((e) => e.filePath));
  const byId = new Map(entries.map((e) => [e.id, e]));
  return files
    .filter((f) => !loaded.has(f.path) && !(storeMayLag && !byId.has(loaderId(f))))
    .map((f) => {
      const id = loaderId(f);
      const taker = byId.get(id)?.filePath;
      const takerBySlug = taker !== undefined && loaderId({ path: taker }) !== id;
      const by = (slug: boolean) => (slug ? 'its slug: field' : 'its file name');
      return (
        `${f.path}: its id "${id}" (from ${by(Boolean(f.slug))}) is also the id of ${taker ?? 'another file'}` +
        `${taker ? ` (from ${by(takerBySlug)})` : ''}, so only one of them would be published; ` +
        `expected every ${collection} file to have its own id: rename one of the files${f.slug || takerBySlug ? ', or change or remove the slug: field' : ''}`
      );
    });
}
