/**
 * Rebuilds redo only what changed (Astro's incremental build, keyed in src/data/page-key.ts), and
 * what they reuse is never stale. A temporary copy of the first story is built, then changed twice
 * the way an editor works (an article gains a paragraph and is ingested again; an event's headline
 * is edited), rebuilt after each change, and finally built from scratch: the last rebuild's `dist/`
 * must equal the fresh build's byte for byte (bar the build's own timestamps), and each rebuild must
 * have rendered exactly the pages the change touches.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { copyProject, listFiles, root } from '../bench/temp-project.ts';

const changedSource = 'unattributed-2026-01-28';
const editedEvent = '1944-diplomatic-relations';

let work: string;
const logs: string[] = [];

function run(cwd: string, args: string[]): string {
  const r = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const output = r.stdout + r.stderr;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed in ${cwd}:\n${output.slice(-3000)}`);
  return output;
}
const build = (dir: string): string => run(dir, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build']);

/** The pages a build rendered and the ones it copied from the last build, by URL path. */
function routes(log: string): { rendered: Set<string>; restored: Set<string> } {
  const lines = [...log.matchAll(/[├└]─ (\/\S*) \((restored|\+\d+ms)\)/g)];
  const path = (file: string) => file.replace(/index\.html$/, '');
  return {
    rendered: new Set(lines.filter((m) => m[2] !== 'restored').map((m) => path(m[1]!))),
    restored: new Set(lines.filter((m) => m[2] === 'restored').map((m) => path(m[1]!))),
  };
}

/** The events whose citations name `source`, read from their files. */
function eventsCiting(content: string, source: string): string[] {
  return readdirSync(join(content, 'events'))
    .filter((n) => n.endsWith('.mdx'))
    .filter((n) => {
      const front = parseYaml(readFileSync(join(content, 'events', n), 'utf8').split(/^---$/m)[1]!);
      return (front.sources as { source: string }[]).some((s) => s.source === source);
    })
    .map((n) => n.replace(/\.mdx$/, ''));
}

/** Tag, actor and place pages of a built site that list any of `events`. */
function termPagesListing(dist: string, events: readonly string[]): string[] {
  return listFiles(join(dist, 'tags'), 'index.html')
    .filter((file) => events.some((id) => readFileSync(file, 'utf8').includes(`href="/events/${id}/"`)))
    .map((file) => `/${relative(dist, file).replace(/index\.html$/, '')}`)
    .filter((path) => path !== '/tags/');
}

/**
 * Every file of a built site, its build timestamps blanked: when events.json was generated, the
 * calendar's DTSTAMPs, and the change feed's own `updated` (the build's time in a copy without git).
 */
function snapshot(dist: string): Map<string, string> {
  return new Map(
    listFiles(dist, '')
      .sort()
      .map((file) => [
        relative(dist, file),
        readFileSync(file)
          .toString('latin1')
          .replace(/"generated":"[^"]*"/, '"generated":""')
          .replace(/^DTSTAMP:.*$/gm, 'DTSTAMP:')
          .replace(/^(<\?xml[^]*?<feed[^]*?)<updated>[^<]*<\/updated>/, '$1<updated></updated>'),
      ]),
  );
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dateline-incremental-'));
  const site = join(work, 'site');
  copyProject(site);
  cpSync(join(root, 'content'), join(site, 'content'), { recursive: true });
  logs.push(build(site));

  // An article gains a paragraph (before its last one, as a correction would) and is ingested again.
  const raw = join(site, 'content/raw', `${changedSource}.txt`);
  const blocks = readFileSync(raw, 'utf8').trimEnd().split('\n\n');
  blocks.splice(-1, 0, 'An earlier version of this report misspelt the name of the governorate.');
  writeFileSync(raw, `${blocks.join('\n\n')}\n`);
  run(site, ['src/cli/ingest.ts']);
  logs.push(build(site));

  // An editor rewrites one event's headline.
  const event = join(site, 'content/events', `${editedEvent}.mdx`);
  writeFileSync(
    event,
    readFileSync(event, 'utf8').replace(/^title: .*$/m, 'title: Moscow and Damascus open relations'),
  );
  logs.push(build(site));

  // The same content, built from scratch.
  const fresh = join(work, 'fresh');
  copyProject(fresh);
  cpSync(join(site, 'content'), join(fresh, 'content'), { recursive: true });
  logs.push(build(fresh));
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

it('a rebuild after an article changed renders its page and the pages of the events it backs, and copies the rest', () => {
  const [cold, warm] = [routes(logs[0]!), routes(logs[1]!)];
  expect(cold.restored.size, 'the first build has nothing to reuse').toBe(0);
  const citing = eventsCiting(join(work, 'site/content'), changedSource);
  expect(citing.length).toBeGreaterThan(0);
  const expected = [
    `/sources/${changedSource}/`,
    ...citing.flatMap((id) => [`/events/${id}/`, `/embed/events/${id}/`, `/oembed/events/${id}.json`]),
    ...termPagesListing(join(work, 'fresh/dist'), citing),
  ];
  const keyed = (path: string) => /^\/(events|sources|tags|embed|oembed|og\/events)\/./.test(path);
  expect([...warm.rendered].filter(keyed).sort()).toEqual([...new Set(expected)].sort());
  // Nothing else that can be reused was rendered again: every keyed page is accounted for.
  expect(warm.rendered.size + warm.restored.size).toBe(cold.rendered.size);
  expect(warm.restored.size).toBeGreaterThan(cold.rendered.size / 2);
});

it('a rebuild after a headline changed renders the event, its neighbours and its share image again', () => {
  const warm = routes(logs[2]!);
  for (const path of [`/events/${editedEvent}/`, `/og/events/${editedEvent}.png`, `/embed/events/${editedEvent}/`])
    expect(warm.rendered, path).toContain(path);
  // The timeline's next event links to it by its headline.
  const index = readFileSync(join(work, 'fresh/dist/index.html'), 'utf8');
  const order = [...new Set([...index.matchAll(/href="\/events\/([^/"]+)\/"/g)].map((m) => m[1]!))];
  const next = order[order.indexOf(editedEvent) + 1]!;
  expect(warm.rendered).toContain(`/events/${next}/`);
  expect(warm.restored).toContain(`/sources/${changedSource}/`);
});

it('what the rebuilds reused is what a build from scratch makes, byte for byte', () => {
  const [rebuilt, fresh] = [snapshot(join(work, 'site/dist')), snapshot(join(work, 'fresh/dist'))];
  expect([...rebuilt.keys()]).toEqual([...fresh.keys()]);
  const differing = [...fresh].filter(([file, bytes]) => rebuilt.get(file) !== bytes).map(([file]) => file);
  expect(differing).toEqual([]);
});
