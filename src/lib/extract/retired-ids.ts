import { parse as parseYaml, stringify } from 'yaml';
import type { HandedOn } from './automatic-timeline.ts';

/** Where extract records the old event URLs no automatic event took over, beside the events. */
export const retiredFile = '_retired.yaml';

/**
 * Reads `content/events/_retired.yaml`: old ids and the event each now leads to. Entries that are
 * not an `alias` and a `to` are skipped: the file is extract's own, but a hand may have touched it.
 */
export function parseRetired(text: string): HandedOn[] {
  const data: unknown = parseYaml(text);
  if (!Array.isArray(data)) return [];
  return data.flatMap((item) => {
    const { alias, to } = (item ?? {}) as Record<string, unknown>;
    return typeof alias === 'string' && typeof to === 'string' ? [{ alias, to }] : [];
  });
}

/**
 * The file's new text: earlier entries kept, newer ones for the same old id winning, one line per
 * id in order, and none for an id that is again some event's own (its page is back).
 */
export function renderRetired(
  earlier: readonly HandedOn[],
  added: readonly HandedOn[],
  liveIds: ReadonlySet<string>,
): string {
  const byAlias = new Map([...earlier, ...added].map((h) => [h.alias, h.to]));
  const entries = [...byAlias]
    .filter(([alias]) => !liveIds.has(alias))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([alias, to]) => ({ alias, to }));
  return `# Written by \`npm run extract\`: old event URLs no automatic event took over, and the event each
# now redirects to. Regenerated on every run; an entry whose target is gone is skipped by the build.
${entries.length > 0 ? stringify(entries) : '[]\n'}`;
}
