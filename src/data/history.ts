/**
 * The story's history as the routes need it, read once per build from git (like Starlight's
 * `lastUpdated`): one `git log` over the events directory. Without git, outside a repository or
 * in a shallow clone, the build still succeeds and the pages say the history is unavailable.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { eventHistories, type EventHistory } from '../lib/history/event-history.ts';
import { gitLogArguments, parseGitLog, type FileChange } from '../lib/history/git-log.ts';
import { recentEvents, storyChanges, type StoryChange } from '../lib/history/story-changes.ts';
import { storyContentPath } from '../lib/stories/stories.ts';
import { getStory } from './site.ts';
import { getTimeline } from './timeline.ts';

const run = promisify(execFile);
// As git prints paths: from the project, where the build runs git.
const eventsDir = `${storyContentPath()}/events`;

export type StoryHistory = {
  /** False when this build has no git history to read; `reason` says why. */
  available: boolean;
  reason: string | undefined;
  /** Each event's history (empty for an event not committed yet). */
  byEvent: Map<string, EventHistory>;
  /** Every change and correction, newest first. */
  changes: StoryChange[];
  /** When the story last changed: its newest change or correction. */
  updated: string | undefined;
  /** Events added or changed within the story's `recentDays` before the build. */
  recent: Map<string, 'new' | 'updated'>;
  recentDays: number;
};

let cached: Promise<StoryHistory> | undefined;

/** Loads the story's history (once per build). */
export function getHistory(): Promise<StoryHistory> {
  cached ??= loadHistory();
  return cached;
}

async function loadHistory(): Promise<StoryHistory> {
  const [{ events }, story, log] = await Promise.all([getTimeline(), getStory(), readGitLog(eventsDir)]);
  const byEvent = log.changes
    ? eventHistories(
        log.changes,
        eventsDir,
        events.map((e) => ({ id: e.entry.id, aliases: e.entry.data.aliases })),
      )
    : new Map<string, EventHistory>();
  const changes = storyChanges(
    byEvent,
    events.map((e) => ({ event: e.entry.id, corrections: e.entry.data.corrections })),
  );
  return {
    available: log.changes !== undefined,
    reason: log.reason,
    byEvent,
    changes,
    updated: changes[0]?.date,
    recent: recentEvents(changes, byEvent, new Date(), story.recentDays),
    recentDays: story.recentDays,
  };
}

/** The changes to `dir` in this checkout, or why there are none to read. */
async function readGitLog(dir: string): Promise<{ changes: FileChange[] | undefined; reason: string | undefined }> {
  const git = (args: string[]) =>
    run('git', args, {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
  try {
    const { stdout } = await git(['rev-parse', '--is-shallow-repository']);
    if (stdout.trim() === 'true')
      return { changes: undefined, reason: 'this build was made from a shallow clone, which lacks the full history' };
  } catch {
    return { changes: undefined, reason: 'this build was made without git or outside a git repository' };
  }
  try {
    return { changes: parseGitLog((await git(gitLogArguments(dir))).stdout), reason: undefined };
  } catch {
    return { changes: undefined, reason: 'git could not read the history of this build' };
  }
}
