import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { monthNames, weekdayNames } from '../dates/lexicon.ts';

/*
 * The project's one stop-word source: stopwords-iso's list for the language (58 languages), plus,
 * for English, the calendar's own words (months, weekdays, units of time, "yesterday"): an event
 * already carries its date, so the words that say it are not what the event is about.
 */
const lists = stopwordsIso as Record<string, readonly string[]>;
const calendar: Record<string, readonly string[]> = {
  en: [
    ...monthNames,
    ...weekdayNames,
    ...'day days week weeks month months year years today yesterday tomorrow tonight morning evening night ago'.split(
      ' ',
    ),
  ],
};

const cache = new Map<string, ReadonlySet<string>>();

/** The stop words of a language tag (`en`, `en-GB`), lower case, or an empty set when there is no list. */
export function stopwordsFor(lang: string): ReadonlySet<string> {
  const key = lang.toLowerCase().split('-')[0] ?? '';
  let set = cache.get(key);
  if (!set)
    cache.set(key, (set = new Set([...(lists[key] ?? []), ...(calendar[key] ?? [])].map((w) => w.toLowerCase()))));
  return set;
}
