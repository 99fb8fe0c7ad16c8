/**
 * A story reported in three languages: the first story's five English reports with three Arabic
 * and three Russian ones (test/fixtures/mixed-story/, written for this test), ingested, extracted
 * and built on a scratch copy. Arabic and Russian dates are read, so those sources are cited by the
 * events they report, each quote in its own language and direction, and the right-to-left pages
 * pass axe.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { EventsDocument } from '../src/lib/feeds/events-json.ts';
import { scratchOrigin as origin, scratchProject, serveScratch, type Scratch } from './scratch.ts';
import { axeViolations } from './axe.ts';

const root = new URL('..', import.meta.url).pathname;
const fixtures = join(root, 'test/fixtures/mixed-story');
let scratch: Scratch;
let doc: EventsDocument;

test.describe.configure({ mode: 'serial', timeout: 300_000 });

test.beforeAll(() => {
  const raw = (dir: string) =>
    Object.fromEntries(readdirSync(dir).map((name) => [`content/raw/${name}`, readFileSync(join(dir, name), 'utf8')]));
  scratch = scratchProject({ ...raw(join(root, 'content/raw')), ...raw(fixtures) });
  for (const script of ['src/cli/ingest.ts', 'src/cli/extract.ts']) scratch.run(script);
  const built = scratch.build();
  if (built.status !== 0) throw new Error(`build failed:\n${built.output}`);
  doc = JSON.parse(readFileSync(join(scratch.dir, 'dist/events.json'), 'utf8')) as EventsDocument;
});

test.afterAll(() => scratch?.remove());

test('Arabic and Russian reports are read: their language and date, and the events they report cite them', () => {
  const sources = new Map(doc.sources.map((s) => [s.id, s]));
  expect(sources.get('ar-2026-01-28')).toMatchObject({ lang: 'ar', published: '2026-01-28' });
  expect(sources.get('ru-2025-10-15')).toMatchObject({ lang: 'ru', published: '2025-10-15' });
  const cites = (date: string) => doc.events.find((e) => e.date === date)?.citations.map((c) => c.source) ?? [];
  // The talks of 28 January, in all three languages.
  expect(cites('2026-01-28')).toEqual(expect.arrayContaining(['aa-2026-01-28', 'ar-2026-01-28', 'ru-2026-01-28']));
  // The base vacated on Monday 26 January: "يوم الاثنين" and "В понедельник" read against their days.
  expect(cites('2026-01-26')).toEqual(expect.arrayContaining(['ar-2026-01-26', 'ru-2026-01-28']));
  // The first Moscow visit, "15 октября 2025 года" and "أمس الأربعاء" in a report of the 16th.
  expect(cites('2025-10-15')).toEqual(expect.arrayContaining(['ru-2025-10-15', 'ar-2025-10-16']));
});

test('an event shows each quote in its own language and direction, and its page and an Arabic source page pass axe', async ({
  browser,
}) => {
  const talks = doc.events.find((e) => e.date === '2026-01-28')!;
  const context = await browser.newContext();
  const page = await context.newPage();
  await serveScratch(page, scratch, '/');
  await page.goto(`${origin}/events/${talks.id}/`);
  const arabic = page.locator('blockquote[lang="ar"]');
  await expect(arabic).toHaveCount(1);
  expect(await arabic.evaluate((el) => [el.matches(':dir(rtl)'), getComputedStyle(el).direction])).toEqual([
    true,
    'rtl',
  ]);
  const russian = page.locator('blockquote[lang="ru"]');
  await expect(russian).toHaveCount(1);
  expect(await russian.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(`${origin}/sources/ar-2026-01-28/`);
  await expect(page.locator('article[lang="ar"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('بوتين يستقبل الرئيس السوري أحمد الشرع في الكرملين');
  expect(await page.locator('#p-1').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});
