/**
 * Rebuilds redo only what changed (Astro's incremental build, keyed in src/data/page-key.ts), and
 * what they reuse is never stale. A temporary copy of the first story is built, changed the way
 * editors work (an article gains a paragraph and is ingested again; an event's headline is
 * edited), rebuilt, and built again from scratch: the rebuild must have rendered exactly the pages
 * the changes touch, and its `dist/` must equal the fresh build's byte for byte (bar the build's
 * own timestamps).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildSync, copyProject, listFiles, root, runSync } from '../bench/temp-project.ts';

const changedSource = 'unattributed-2026-01-28';
const editedEvent = '1944-diplomatic-relations';

let work: string;
const logs: string[] = [];

/** The output of a step that must succeed. */
function succeeded(step: string, { status, output }: { status: number | null; output: string }): string {
  if (status !== 0) throw new Error(`${step} failed:\n${output.slice(-3000)}`);
  return output;
}
const build = (dir: string): string => succeeded(`astro build in ${dir}`, buildSync(dir));

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

  // An article gains a paragraph (before its last one, as a correction would) and is ingested again;
  // an editor rewrites the headline of an event that does not cite it.
  const raw = join(site, 'content/raw', `${changedSource}.txt`);
  const blocks = readFileSync(raw, 'utf8').trimEnd().split('\n\n');
  blocks.splice(-1, 0, 'An earlier version of this report misspelt the name of the governorate.');
  writeFileSync(raw, `${blocks.join('\n\n')}\n`);
  succeeded('ingest', runSync(site, ['src/cli/ingest.ts']));
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

it('a rebuild renders the pages of the changed article, of the events it backs and of the edited event, and copies the rest', () => {
  const [cold, warm] = [routes(logs[0]!), routes(logs[1]!)];
  expect(cold.restored.size, 'the first build has nothing to reuse').toBe(0);
  const content = join(work, 'site/content');
  const citing = eventsCiting(content, changedSource);
  expect(citing.length).toBeGreaterThan(0);
  expect(citing).not.toContain(editedEvent);
  // The timeline's neighbours of the edited event link to it by its headline.
  const index = readFileSync(join(work, 'fresh/dist/index.html'), 'utf8');
  const order = [...new Set([...index.matchAll(/href="\/events\/([^/"]+)\/"/g)].map((m) => m[1]!))];
  const at = order.indexOf(editedEvent);
  const edited = parseYaml(readFileSync(join(content, 'events', `${editedEvent}.mdx`), 'utf8').split(/^---$/m)[1]!);
  const expected = [
    `/sources/${changedSource}/`,
    ...[...citing, editedEvent].flatMap((id) => [
      `/events/${id}/`,
      `/embed/events/${id}/`,
      `/oembed/events/${id}.json`,
    ]),
    ...termPagesListing(join(work, 'fresh/dist'), [...citing, editedEvent]),
    // The edited event's share image, its neighbours' pages, and the pages of the sources it cites.
    `/og/events/${editedEvent}.png`,
    ...[order[at - 1], order[at + 1]].filter(Boolean).map((id) => `/events/${id}/`),
    ...(edited.sources as { source: string }[]).map((s) => `/sources/${s.source}/`),
  ];
  const keyed = (path: string) => /^\/(events|sources|tags|embed|oembed|og\/events)\/./.test(path);
  expect([...warm.rendered].filter(keyed).sort()).toEqual([...new Set(expected)].sort());
  // Every page of the first build was either rendered again or copied.
  expect(warm.rendered.size + warm.restored.size).toBe(cold.rendered.size);
  expect(warm.restored.size).toBeGreaterThan(cold.rendered.size / 2);
});

it('what the rebuilds reused is what a build from scratch makes, byte for byte', () => {
  const [rebuilt, fresh] = [snapshot(join(work, 'site/dist')), snapshot(join(work, 'fresh/dist'))];
  expect([...rebuilt.keys()]).toEqual([...fresh.keys()]);
  const differing = [...fresh].filter(([file, bytes]) => rebuilt.get(file) !== bytes).map(([file]) => file);
  expect(differing).toEqual([]);
});
