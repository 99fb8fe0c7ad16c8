/**
 * Function words that say nothing about what a sentence reports, by language (BCP 47 primary
 * subtag). A language without a list relies on inverse document frequency alone, which already
 * weighs such words down.
 */
const lists: Record<string, string> = {
  en: `a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how
i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own
same she should so some such than that the their theirs them themselves then there these they this those through to too under until
up very was we were what when where which while who whom why will with would you your yours yourself yourselves said says say told
according mr mrs ms one two three new last first year years day days week weeks month months monday tuesday wednesday thursday
friday saturday sunday today yesterday tomorrow january february march april may june july august september october november
december may might must shall upon per via since ago`,
};

const cache = new Map<string, ReadonlySet<string>>();

/** The stop words of a language tag (`en`, `en-GB`), or an empty set when there is no list. */
export function stopwordsFor(lang: string): ReadonlySet<string> {
  const key = lang.toLowerCase().split('-')[0] ?? '';
  let set = cache.get(key);
  if (!set) cache.set(key, (set = new Set((lists[key] ?? '').split(/\s+/).filter(Boolean))));
  return set;
}
