/**
 * Tag, actor and place pages: the index lists every term with its count, grouped by kind; each
 * term's page lists exactly its events in timeline order; chips on events lead to those pages.
 * Expectations come from content/events through the same slug rules the site uses.
 */
import { expect, test } from '@playwright/test';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { listEvents, listTerms, url } from './events.ts';
import { parsed } from './resolve.ts';
import { fileForPath } from './site.ts';

const terms = listTerms();
const regionOf = { tag: 'Tags', actor: 'Actors', place: 'Places' } as const;

test('there are terms to test', () => {
  expect(terms.length, 'no event has tags, actors or places').toBeGreaterThan(0);
});

test('the index lists every tag, actor and place with its number of events', async ({ page }) => {
  await page.goto(url('/tags/'));
  for (const term of terms) {
    const item = page
      .getByRole('region', { name: regionOf[term.kind] })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: term.name, exact: true }) });
    await expect(
      item.getByRole('link'),
      `${term.kind} ${term.name} is not listed under ${regionOf[term.kind]}`,
    ).toHaveAttribute('href', url(`/tags/${term.slug}/`));
    await expect(item, `${term.name}: count`).toHaveText(new RegExp(`(^|\\D)${term.events.length} events?$`));
  }
});

test('each tag, actor and place page lists exactly its events in timeline order', () => {
  // Read from the built HTML (no script changes these lists), with soft assertions, so that a
  // failure names each page it is on.
  for (const term of terms) {
    const path = url(`/tags/${term.slug}/`);
    const file = fileForPath(path);
    expect.soft(file, `${path}: no page`).toBeDefined();
    if (!file) continue;
    const page = parsed(file);
    const heading = selectAll('h1', page).map((h) => toText(h).replace(/\s+/g, ' ').trim());
    expect.soft(heading, `${path}: heading`).toEqual([term.name]);
    const ids = selectAll('article[data-event]', page).map((a) => a.properties['id']);
    expect.soft(ids, `${path}: the events of ${term.kind} “${term.name}”`).toEqual(term.events.map((e) => e.id));
  }
});

test('an event page links its tags, actors and places to their pages', async ({ page }) => {
  const event = listEvents().find((e) => e.data.tags.length > 0 && e.data.places.length > 0) ?? listEvents()[0]!;
  await page.goto(url(`/events/${event.id}/`));
  for (const term of terms.filter((t) => t.events.some((e) => e.id === event.id))) {
    await expect(
      page.getByRole('list', { name: regionOf[term.kind] }).getByRole('link', { name: term.name, exact: true }),
    ).toHaveAttribute('href', url(`/tags/${term.slug}/`));
  }
});

test('an event card on the timeline links its tags', async ({ page }) => {
  const event = listEvents().find((e) => e.data.tags.length > 0)!;
  await page.goto(url('/'));
  const chips = page.locator(`article[id="${event.id}"]`).getByRole('list', { name: 'Tags' }).getByRole('link');
  await expect(chips).toHaveText(event.data.tags.map((t) => new RegExp(`^${t}$`, 'i')));
});
