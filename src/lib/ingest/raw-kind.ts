/** Which files of `content/raw/` are articles, told by name alone (light enough for any command to load). */

/** The kinds of raw file ingest reads: plain text articles and saved web pages. */
export type RawKind = 'text' | 'page';

/** The name of the manifest `npm run add` keeps in `content/raw/`: never an article itself. */
export const FETCHED_MANIFEST = 'fetched.json';

/** What kind of article a raw file is by its name (`.txt`; `.html` or `.htm`), or undefined for any other file. */
export function rawKindOf(fileName: string): RawKind | undefined {
  if (/\.txt$/i.test(fileName)) return 'text';
  if (/\.html?$/i.test(fileName)) return 'page';
  return undefined;
}
