import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { storyChanges } from '../history/story-changes.ts';
import { toChangesAtom } from './atom.ts';

const site = 'https://news.example.org/dateline/';
const changes = storyChanges(
  new Map([
    [
      'talks',
      {
        entries: [
          {
            commit: 'a'.repeat(40),
            date: '2026-01-01T10:00:00.000Z',
            changes: [
              { kind: 'added' as const, reviewed: true },
              { kind: 'source-added' as const, sources: ['rt'] },
            ],
          },
        ],
        published: undefined,
        updated: undefined,
      },
    ],
  ]),
  [{ event: 'talks', corrections: [{ date: '2026-01-19', note: 'It was <Moscow> & not Kazan.' }] }],
);
const context = {
  title: 'Norland & Estovia',
  lang: 'en',
  author: 'dateline',
  pageUrl: `${site}changes/`,
  feedUrl: `${site}changes.xml`,
  eventUrl: (id: string) => `${site}events/${id}/`,
  eventTitle: () => 'Talks <held>',
  sourceName: (id: string) => id.toUpperCase(),
  generated: new Date('2026-02-01T00:00:00Z'),
};
const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(xml);

describe('toChangesAtom', () => {
  const feed = parse(toChangesAtom(changes, context)).feed;

  it('has the elements RFC 4287 requires of a feed: id, title, updated, author, and a self link', () => {
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${site}changes/`);
    expect(feed.title).toBe('Norland & Estovia: changes');
    expect(feed.updated).toBe('2026-01-19T00:00:00.000Z');
    expect(feed.author.name).toBe('dateline');
    expect(feed.link.map((l: Record<string, string>) => [l['@_rel'], l['@_href']])).toEqual([
      ['self', `${site}changes.xml`],
      ['alternate', `${site}changes/`],
    ]);
  });

  it('gives each change an entry with id, title, updated, a link to its event and a summary, text escaped', () => {
    expect(feed.entry.map((e: Record<string, unknown>) => [e['id'], e['title'], e['updated'], e['summary']])).toEqual([
      [
        `${site}changes/#correction-talks-1`,
        'Correction: Talks <held>',
        '2026-01-19T00:00:00.000Z',
        'Correction: It was <Moscow> & not Kazan.',
      ],
      [
        `${site}changes/#change-aaaaaaaaaaaa-talks`,
        'Talks <held>: Added; Source added: RT',
        '2026-01-01T10:00:00.000Z',
        'Added; Source added: RT',
      ],
    ]);
    expect(feed.entry[0].link[0]['@_href']).toBe(`${site}events/talks/`);
  });

  it('is updated at build time when there are no changes', () => {
    const empty = parse(toChangesAtom([], context)).feed;
    expect(empty.updated).toBe('2026-02-01T00:00:00.000Z');
    expect(empty.entry).toBeUndefined();
  });
});
