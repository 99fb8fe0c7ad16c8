/**
 * The first story's tag, actor and place pages, followed from its events' own chips: every name an
 * event's file gives is a chip on its page, linked to a page that carries that name and lists the
 * event; each term page lists exactly the events whose chips lead to it, in date order; the index
 * lists every term page with that number of events. The exact pages a story must have (names,
 * slugs, which events, their order on ties, the index's order) are written in
 * `fixture-story.spec.ts`.
 */
import { expect, test } from '@playwright/test';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { listEvents, url } from './events.ts';
import { parsed } from './resolve.ts';
import { fileForPath } from './site.ts';

const events = listEvents();
const kinds = { Tags: 'tags', Actors: 'actors', Places: 'places' } as const;
const text = (node: Parameters<typeof toText>[0]) => toText(node).replace(/\s+/g, ' ').trim();

/** A term page as the chips show it: its kind, its name on the chips and the events whose chips lead to it. */
type ChipTerm = { kind: keyof typeof kinds; name: string; events: string[] };

/** Each term page an event page's chips link to, by its URL. */
function termsFromChips(): Map<string, ChipTerm> {
  const terms = new Map<string, ChipTerm>();
  for (const event of events) {
    const page = parsed(fileForPath(url(`/events/${event.id}/`))!);
    for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) {
      const chips = selectAll(`ul[aria-label="${kind}"] a`, page);
      // The chips are the file's names, in its order (tags as written, in any case).
      expect
        .soft(
          chips.map((a) => text(a).toLowerCase()),
          `${event.id}: ${kind}`,
        )
        .toEqual(event.data[kinds[kind]].map((n) => n.toLowerCase()));
      for (const chip of chips) {
        const href = String(chip.properties['href']);
        const term = terms.get(href) ?? { kind, name: text(chip), events: [] };
        term.events.push(event.id);
        terms.set(href, term);
      }
    }
  }
  return terms;
}

test('every name an event gives is a chip leading to its term page, which lists exactly the events that lead there, in date order', () => {
  const terms = termsFromChips();
  expect(terms.size, 'no event has tags, actors or places').toBeGreaterThan(0);
  const dateOf = new Map(events.map((e) => [e.id, e.data.date]));
  for (const [href, term] of terms) {
    const file = fileForPath(href);
    expect.soft(file, `${href}: no page`).toBeDefined();
    if (!file) continue;
    const page = parsed(file);
    expect.soft(selectAll('h1', page).map(text), `${href}: heading`).toEqual([term.name]);
    const listed = selectAll('article[data-event]', page).map((a) => String(a.properties['id']));
    expect
      .soft(listed.toSorted(), `${href}: the events of ${term.kind} “${term.name}”`)
      .toEqual(term.events.toSorted());
    const dates = listed.map((id) => dateOf.get(id)!);
    expect.soft(dates, `${href}: date order`).toEqual(dates.toSorted());
  }
});

test('the index lists every term page under its kind with its number of events, and no other', () => {
  const terms = termsFromChips();
  const index = parsed(fileForPath(url('/tags/'))!);
  const listed = new Map<string, string>();
  for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) {
    const section = selectAll('section', index).find((s) => select('h2', s) && text(select('h2', s)!) === kind);
    expect(section, `no ${kind} section`).toBeDefined();
    for (const item of selectAll('li', section!)) {
      const link = select('a', item)!;
      const name = text(link);
      listed.set(String(link.properties['href']), `${kind}: ${name}, ${text(item).slice(name.length).trim()}`);
    }
  }
  const expected = new Map(
    [...terms].map(([href, t]) => [
      href,
      `${t.kind}: ${t.name}, ${t.events.length} ${t.events.length === 1 ? 'event' : 'events'}`,
    ]),
  );
  expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(expected));
});

test('an event card on the timeline links its tags', async ({ page }) => {
  const event = events.find((e) => e.data.tags.length > 0)!;
  await page.goto(url('/'));
  const chips = page.locator(`article[id="${event.id}"]`).getByRole('list', { name: 'Tags' }).getByRole('link');
  await expect(chips).toHaveText(event.data.tags.map((t) => new RegExp(`^${t}$`, 'i')));
});
