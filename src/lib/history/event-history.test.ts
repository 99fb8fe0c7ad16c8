import { describe, expect, it } from 'vitest';
import { describeChanges, eventHistories } from './event-history.ts';
import type { FileChange } from './git-log.ts';

const dir = 'content/events';

type Fields = {
  title?: string;
  date?: string;
  sources?: string[];
  reviewed?: boolean;
  aliases?: string[];
  hash?: string;
  tags?: string[];
};
/** An event file as extract or an editor writes it. */
const file = (
  { title = 'Talks held', date = '2026-01-28', sources = ['aa'], reviewed, aliases, hash, tags }: Fields = {},
  summary = 'Leaders met.',
) =>
  [
    '---',
    ...(reviewed === undefined ? [] : [`reviewed: ${reviewed}`]),
    ...(hash ? [`generatedSha256: "${hash}"`] : []),
    ...(aliases ? [`aliases: [${aliases.join(', ')}]`] : []),
    `title: ${title}`,
    `date: "${date}"`,
    ...(tags ? [`tags: [${tags.join(', ')}]`] : []),
    'sources:',
    ...sources.flatMap((s) => [`  - source: ${s}`, `    quote: "words from ${s}"`]),
    '---',
    '',
    summary,
    '',
  ].join('\n');

let n = 0;
/** A change in a commit of its own unless `commit` is given, a day after the one before. */
const change = (c: Omit<FileChange, 'commit' | 'date'> & { commit?: string }): FileChange => {
  n++;
  return { commit: c.commit ?? `c${n}`, date: new Date(Date.UTC(2026, 0, n)).toISOString(), ...c };
};
const added = (name: string, after: string, commit?: string) =>
  change({ status: 'added', path: `${dir}/${name}.mdx`, after, ...(commit ? { commit } : {}) });
const modified = (name: string, before: string, after: string) =>
  change({ status: 'modified', path: `${dir}/${name}.mdx`, before, after });

const kindsOf = (changes: readonly FileChange[], id: string, aliases: string[] = []) =>
  eventHistories(changes, dir, [{ id, aliases }])
    .get(id)!
    .entries.map((e) => e.changes.map((c) => c.kind).join('+'));

describe('describeChanges', () => {
  it.each<[string, string, string, unknown[]]>([
    ['a summary rewritten', file(), file({}, 'Leaders met in Moscow.'), [{ kind: 'summary-changed' }]],
    ['a summary re-wrapped only', file({}, 'Leaders met. They talked.'), file({}, 'Leaders met.\nThey talked.'), []],
    [
      'a date corrected',
      file({ date: '2026-01-27' }),
      file({ date: '2026-01-28' }),
      [{ kind: 'date-corrected', from: '2026-01-27', to: '2026-01-28' }],
    ],
    ['a title changed', file(), file({ title: 'Talks in Moscow' }), [{ kind: 'title-changed' }]],
    ['a citation added', file(), file({ sources: ['aa', 'rt'] }), [{ kind: 'source-added', sources: ['rt'] }]],
    ['a citation removed', file({ sources: ['aa', 'rt'] }), file(), [{ kind: 'source-removed', sources: ['rt'] }]],
    ['the same source quoted twice', file(), file({ sources: ['aa', 'aa'] }), [{ kind: 'citations-changed' }]],
    ['a tag added', file(), file({ tags: ['diplomacy'] }), [{ kind: 'details-changed' }]],
    ['reviewed by an editor', file({ reviewed: false }), file({ reviewed: true }), [{ kind: 'reviewed' }]],
    ['reviewed by dropping the flag', file({ reviewed: false }), file(), [{ kind: 'reviewed' }]],
    [
      'only its self-hash rewritten by a re-run',
      file({ reviewed: false, hash: 'a'.repeat(64) }),
      file({ reviewed: false, hash: 'b'.repeat(64) }),
      [],
    ],
  ])('%s', (_, before, after, changes) => {
    expect(describeChanges(before, after)).toEqual(changes);
  });
});

describe('eventHistories', () => {
  it('lists an addition, then each commit’s changes, with first-published and last-updated dates', () => {
    const changes = [
      added('talks', file()),
      modified('talks', file(), file({}, 'Leaders met in Moscow.')),
      modified('talks', file({}, 'Leaders met in Moscow.'), file({ sources: ['aa', 'rt'] }, 'Leaders met in Moscow.')),
    ];
    const history = eventHistories(changes, dir, [{ id: 'talks', aliases: [] }]).get('talks')!;
    expect(history.entries).toEqual([
      { commit: changes[0]!.commit, date: changes[0]!.date, changes: [{ kind: 'added', reviewed: true }] },
      { commit: changes[1]!.commit, date: changes[1]!.date, changes: [{ kind: 'summary-changed' }] },
      { commit: changes[2]!.commit, date: changes[2]!.date, changes: [{ kind: 'source-added', sources: ['rt'] }] },
    ]);
    expect(history.published).toBe(changes[0]!.date);
    expect(history.updated).toBe(changes[2]!.date);
  });

  it('follows a file through renames, with or without edits', () => {
    const changes = [
      added('talks', file()),
      change({ status: 'renamed', from: `${dir}/talks.mdx`, path: `${dir}/talks-held.mdx` }),
      change({
        status: 'renamed',
        from: `${dir}/talks-held.mdx`,
        path: `${dir}/talks-in-moscow.mdx`,
        before: file(),
        after: file({ title: 'Talks in Moscow' }),
      }),
    ];
    expect(kindsOf(changes, 'talks-in-moscow')).toEqual(['added', 'title-changed']);
  });

  it('joins an event whose id moved to aliases: (old file deleted, new one added in one commit)', () => {
    const changes = [
      added('talks', file({ reviewed: false })),
      change({ commit: 'rerun', status: 'deleted', path: `${dir}/talks.mdx`, before: file({ reviewed: false }) }),
      change({
        commit: 'rerun',
        status: 'added',
        path: `${dir}/talks-in-moscow.mdx`,
        after: file({ reviewed: false, aliases: ['talks'], sources: ['aa', 'rt'] }),
      }),
    ];
    expect(kindsOf(changes, 'talks-in-moscow', ['talks'])).toEqual(['added', 'source-added']);
  });

  it('joins an alias across commits: the new file is compared with the old one', () => {
    const changes = [
      added('talks', file()),
      change({ status: 'deleted', path: `${dir}/talks.mdx`, before: file() }),
      added('talks-in-moscow', file({ aliases: ['talks'], date: '2026-01-29' })),
    ];
    expect(kindsOf(changes, 'talks-in-moscow', ['talks'])).toEqual(['added', 'date-corrected']);
  });

  it('records what a re-run of extract changed in an automatic event, and nothing for a rewrite that changes nothing', () => {
    const v1 = file({ reviewed: false, hash: 'a'.repeat(64) });
    const v2 = file({ reviewed: false, hash: 'b'.repeat(64) });
    const v3 = file({ reviewed: false, hash: 'c'.repeat(64), sources: ['aa', 'bna'] }, 'Leaders met in Moscow.');
    const v4 = file({ reviewed: true, sources: ['aa', 'bna'] }, 'Leaders met in Moscow.');
    const changes = [
      added('talks', v1),
      modified('talks', v1, v2),
      modified('talks', v2, v3),
      modified('talks', v3, v4),
    ];
    const history = eventHistories(changes, dir, [{ id: 'talks', aliases: [] }]).get('talks')!;
    expect(history.entries.map((e) => e.changes)).toEqual([
      [{ kind: 'added', reviewed: false }],
      [{ kind: 'summary-changed' }, { kind: 'source-added', sources: ['bna'] }],
      [{ kind: 'reviewed' }],
    ]);
  });

  it('skips a version whose frontmatter does not parse (the build kept the last one) and compares the next with it', () => {
    const broken = '---\ntitle: [\n---\n\nLeaders met.\n';
    const changes = [
      added('talks', file()),
      modified('talks', file(), broken),
      modified('talks', broken, file({}, 'Leaders met in Moscow.')),
    ];
    expect(kindsOf(changes, 'talks')).toEqual(['added', 'summary-changed']);
  });

  it('counts a draft moved into the collection as added then, not before', () => {
    const changes = [
      added('_drafts/talks', file()),
      change({ status: 'renamed', from: `${dir}/_drafts/talks.mdx`, path: `${dir}/talks.mdx` }),
    ];
    const history = eventHistories(changes, dir, [{ id: 'talks', aliases: [] }]).get('talks')!;
    expect(history.entries.map((e) => e.commit)).toEqual([changes[1]!.commit]);
  });

  it('keeps other events and other ids apart, and gives an event without commits an empty history', () => {
    const changes = [
      added('talks', file()),
      added('visit', file({ title: 'Visit' })),
      modified('visit', file({ title: 'Visit' }), file({ title: 'Visit', date: '2025' })),
    ];
    const histories = eventHistories(changes, dir, [
      { id: 'talks', aliases: [] },
      { id: 'new', aliases: [] },
    ]);
    expect(histories.get('talks')!.entries).toHaveLength(1);
    expect(histories.get('new')).toEqual({ entries: [], published: undefined, updated: undefined });
  });

  it('names an event by its slug: field when it has one', () => {
    const withSlug = file().replace('title:', 'slug: moscow-talks\ntitle:');
    expect(kindsOf([added('Talks File', withSlug)], 'moscow-talks')).toEqual(['added']);
  });
});
