/** The automatic timeline end to end over plain data: plan, files, ids that last, and the editor's part. */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../dates/tag-dates.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { eventRedirects, netlifyRedirects } from '../timeline/aliases.ts';
import { readEventFile, renderAutomaticEvent, type ExistingEvent } from './automatic-event-file.ts';
import { assignIds, planAutomaticTimeline, type StorySource } from './automatic-timeline.ts';
import { acceptEvent, formatQueue, queueItem } from './review-actions.ts';

// Sentences from the development stories (BBC on the BP oil spill), a paragraph each.
const source = (id: string, published: string, ...paragraphs: string[]): StorySource => ({
  id,
  published,
  lang: 'en',
  paragraphs,
});
const sources = [
  source(
    'bbc-a',
    '2010-04-22',
    'The Deepwater Horizon rig exploded on 20 April, killing 11 workers.',
    'The BP-operated rig sank on Thursday, two days after the huge explosion.',
  ),
  source(
    'bbc-b',
    '2010-04-23',
    'Eleven workers were killed in the explosion on the Deepwater Horizon rig on 20 April.',
    'The rig sank on 22 April after burning for two days in the Gulf of Mexico.',
  ),
  source(
    'bbc-c',
    '2010-05-03',
    'Oil began leaking into the Gulf on 20 April when the Deepwater Horizon rig exploded, killing 11 workers.',
    'BP began drilling the first of two relief wells on 2 May.',
  ),
];
const plan = (s: readonly StorySource[], existing: ExistingEvent[] = [], maxEvents?: number) =>
  planAutomaticTimeline(s, existing, { sentences: 2, maxEvents }, tagDates);
const asExisting = (events: ReturnType<typeof plan>['events']): ExistingEvent[] =>
  events.map((e) => readEventFile(e.id, renderAutomaticEvent(e), false) as ExistingEvent);

describe('planAutomaticTimeline', () => {
  const first = plan(sources);

  it('chooses the dates the sources point at, strongest first, and cites every source that reports each', () => {
    expect(first.events.map((e) => e.date)).toEqual(['2010-04-20', '2010-04-22', '2010-05-02']);
    const explosion = first.events[0]!;
    expect(new Set(explosion.citations.map((c) => c.source))).toEqual(new Set(['bbc-a', 'bbc-b', 'bbc-c']));
    expect(explosion.summary.length).toBeLessThanOrEqual(2);
    expect(explosion.title).toBe('The Deepwater Horizon rig exploded, killing 11 workers');
    expect(first.events.map((e) => [e.date, e.actors, e.places, e.tags, e.background])).toEqual([
      ['2010-04-20', [], [], ['Deepwater Horizon'], false],
      ['2010-04-22', ['BP'], ['Gulf of Mexico'], [], false],
      ['2010-05-02', ['BP'], [], [], false],
    ]);
    expect(explosion.id).toMatch(/^2010-04-20-/);
    for (const e of first.events)
      for (const c of e.citations)
        expect(sources.find((s) => s.id === c.source)!.paragraphs.join(' ')).toContain(c.quote);
  });

  it('keeps every id when articles are added, for the same happenings', () => {
    const more = plan(
      [
        ...sources,
        source(
          'bbc-d',
          '2010-05-04',
          'The rig exploded on 20 April, and oil has leaked since.',
          'BP started a second relief well on 16 May.',
        ),
      ],
      asExisting(first.events),
    );
    const ids = new Map(more.events.map((e) => [e.date, e.id]));
    for (const e of first.events) expect(ids.get(e.date)).toBe(e.id);
    expect(more.retired).toEqual([]);
  });

  it('leaves out what a reviewed event covers and what an editor rejected, and never reuses their ids', () => {
    const [explosion, sinking] = first.events;
    const reviewed: ExistingEvent = {
      id: 'rig-explodes',
      status: 'reviewed',
      date: '2010-04-20',
      aliases: [],
      citations: [],
    };
    const rejected: ExistingEvent = {
      id: sinking!.id,
      status: 'rejected',
      date: 'unrelated',
      aliases: [],
      citations: [{ source: 'bbc-b', quote: 'The rig sank on 22 April' }],
    };
    const next = plan(sources, [reviewed, rejected]);
    expect(next.events.map((e) => e.date)).toEqual(['2010-05-02']);
    expect(next.skipped.map((s) => s.reason)).toEqual(
      expect.arrayContaining(['covered by reviewed event rig-explodes', `rejected by an editor (${sinking!.id})`]),
    );
    expect(next.events.map((e) => e.id)).not.toContain(sinking!.id);
    expect(next.events.map((e) => e.id)).not.toContain(explosion!.id);
  });

  it('cites a source that dates the same happening differently with its own date, in one disputed event', () => {
    const disputed = plan([
      ...sources,
      source(
        'wire-d',
        '2010-04-24',
        'The Deepwater Horizon rig exploded on 21 April, killing 11 workers, the wire said.',
        'Crews fought the fire for two days.',
      ),
    ]);
    const explosion = disputed.events.find((e) => e.date === '2010-04-20')!;
    expect(explosion.citations.find((c) => c.source === 'wire-d')).toMatchObject({ date: '2010-04-21' });
    expect(new Set(explosion.citations.map((c) => c.date))).toEqual(new Set(['2010-04-20', '2010-04-21']));
    expect(disputed.events.map((e) => e.date)).not.toContain('2010-04-21');
    expect(disputed.skipped.find((s) => s.candidate.date === '2010-04-21')?.reason).toMatch(
      /another date for the happening of 2010-04-20/,
    );
  });

  it('caps the number of events, and hands the ids it drops to the nearest event as aliases', () => {
    const capped = plan(sources, asExisting(first.events), 1);
    expect(capped.events).toHaveLength(1);
    expect(capped.retired).toHaveLength(2);
    expect(capped.events[0]!.aliases).toEqual(expect.arrayContaining(capped.retired));
  });
});

describe('assignIds', () => {
  const chosen = (date: string, title: string) => ({
    date,
    title,
    approximate: false,
    background: false,
    actors: [],
    places: [],
    tags: [],
    summary: [],
    citations: [],
    evidence: { sources: 1, mentions: 1, coverage: 0, recalled: 0, score: 1 },
  });
  it('makes ids from date and headline in any script, unique among every event file, and keeps aliases', () => {
    const existing: ExistingEvent[] = [
      { id: '2025-10-15-envoys-meet', status: 'reviewed', date: '2025-10-15', aliases: [], citations: [] },
      { id: '2026-01-28-old', status: 'automatic', date: '2026-01-28', aliases: ['2026-01-28-older'], citations: [] },
    ];
    const { events, retired } = assignIds(
      [
        chosen('2025-10-15', 'Envoys meet'),
        chosen('2026-01-28', 'New title'),
        chosen('2026-02-01', 'التقى الرئيسان في موسكو'),
      ],
      existing,
    );
    expect(events.map((e) => [e.id, e.aliases])).toEqual([
      ['2025-10-15-envoys-meet-2', []],
      ['2026-01-28-old', ['2026-01-28-older']],
      ['2026-02-01-التقى-الرئيسان-في-موسكو', []],
    ]);
    expect(retired).toEqual([]);
  });
});

describe('event files and the editor', () => {
  const [event] = plan(sources).events;
  const text = renderAutomaticEvent({
    ...event!,
    summary: ['Envoys met {secretly} in <b>Geneva</b>.'],
    aliases: ['2010-04-20-old'],
  });

  it('writes an automatic event marked unreviewed, with its evidence, aliases and MDX-safe summary', () => {
    const { data, body } = splitFrontmatter(text)!;
    expect(data).toMatchObject({
      reviewed: false,
      date: '2010-04-20',
      aliases: ['2010-04-20-old'],
      evidence: event!.evidence,
    });
    expect(body.trim()).toBe('Envoys met \\{secretly} in \\<b>Geneva\\</b>.');
    expect(readEventFile(event!.id, text, false)).toMatchObject({ status: 'automatic', aliases: ['2010-04-20-old'] });
  });

  it('treats an edited automatic file as reviewed, and a file in _rejected/ as rejected', () => {
    expect(readEventFile('x', text.replace('Geneva', 'Lausanne'), false)).toMatchObject({ status: 'reviewed' });
    expect(readEventFile('x', text, true)).toMatchObject({ status: 'rejected' });
    expect(readEventFile('x', 'no frontmatter', false)).toEqual({ error: 'no YAML frontmatter between --- lines' });
  });

  it('lists what awaits review with its evidence, and accepting makes the file the editor’s', () => {
    const item = queueItem(event!.id, text)!;
    expect(item).toMatchObject({
      date: '2010-04-20',
      sources: event!.evidence.sources,
      citations: event!.citations.length,
    });
    expect(formatQueue([item], 'content/events')).toContain(`content/events/${event!.id}.mdx`);
    const accepted = acceptEvent(text);
    expect(splitFrontmatter(accepted)!.data).toMatchObject({ reviewed: true });
    expect(accepted).not.toContain('generatedSha256');
    expect(queueItem(event!.id, accepted)).toBeUndefined();
    expect(readEventFile(event!.id, accepted, false)).toMatchObject({ status: 'reviewed' });
    expect(() => acceptEvent(accepted)).toThrow(/not an automatic event/);
    expect(formatQueue([], 'content/events')).toBe('review: nothing awaits review.');
  });
});

describe('redirects for aliases', () => {
  it('redirects each alias once, skips aliases that are live ids, and refuses an alias claimed twice', () => {
    const { redirects, errors } = eventRedirects([
      { id: 'a', title: 'A', aliases: ['old-a', 'b'] },
      { id: 'b', title: 'B', aliases: ['old-a'] },
    ]);
    expect(redirects).toEqual([{ alias: 'old-a', id: 'a', title: 'A' }]);
    expect(errors).toEqual([
      'alias "old-a" is claimed by both content/events/a.mdx and content/events/b.mdx: keep it on one',
    ]);
    expect(netlifyRedirects(redirects, '/dateline/')).toContain('/dateline/events/old-a/ /dateline/events/a/ 301\n');
    expect(netlifyRedirects([], '/')).not.toContain('301');
    // A story of several names its own folder.
    const inStory = eventRedirects(
      [
        { id: 'a', title: 'A', aliases: ['old'] },
        { id: 'b', title: 'B', aliases: ['old'] },
      ],
      'content/stories/flood/events',
    );
    expect(inStory.errors).toEqual([
      'alias "old" is claimed by both content/stories/flood/events/a.mdx and content/stories/flood/events/b.mdx: keep it on one',
    ]);
  });
});
