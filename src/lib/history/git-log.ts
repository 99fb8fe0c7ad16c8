/**
 * Reading the history of a content directory from one `git log` run: every commit that touched
 * it, with each file's full text before and after (a diff whose context is the whole file), so
 * no further git call is needed per file or per commit.
 */

/** One file changed by one commit. `before`/`after` are its full text, undefined where it did not exist. */
export type FileChange = {
  commit: string;
  /** Committer date, ISO 8601 in UTC (as Starlight's `lastUpdated` uses). */
  date: string;
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** Its path after the commit (before it, for a deletion), relative to the project. */
  path: string;
  /** Its path before the commit, for a rename. */
  from?: string;
  before?: string;
  after?: string;
};

// Unlikely in text and never at the start of a diff line (those start with ' ', '+', '-' or '\').
const RECORD = '\x1e';
const FIELD = '\x1f';

/**
 * The arguments of the one `git log` call that reads the history of `dir`, oldest commit first.
 * Whole-file context makes every diff carry both versions; the settings override any user
 * configuration that would change the output's form.
 */
export function gitLogArguments(dir: string): string[] {
  return [
    '-c',
    'core.quotePath=false',
    '-c',
    'diff.noprefix=false',
    '-c',
    'diff.mnemonicPrefix=false',
    'log',
    '--reverse',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--find-renames',
    '--patch',
    '--unified=1000000',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    `--format=${RECORD}%H${FIELD}%cI`,
    '--',
    dir,
  ];
}

/** Parses `git log` output made with {@link gitLogArguments} into file changes, oldest first. */
export function parseGitLog(output: string): FileChange[] {
  const changes: FileChange[] = [];
  for (const record of output.split(RECORD).slice(1)) {
    const newline = record.indexOf('\n');
    const [commit = '', committed = ''] = (newline === -1 ? record : record.slice(0, newline)).split(FIELD);
    const date = new Date(committed).toISOString();
    const body = newline === -1 ? '' : record.slice(newline + 1);
    for (const diff of body.split(/^(?=diff --git )/m)) {
      if (!diff.startsWith('diff --git ')) continue;
      const change = parseFileDiff(diff, commit, date);
      if (change) changes.push(change);
    }
  }
  return changes;
}

function parseFileDiff(diff: string, commit: string, date: string): FileChange | undefined {
  const lines = diff.split('\n');
  const header = lines[0]!.slice('diff --git '.length);
  // `a/<path> b/<path>`: both halves are alike unless renamed, so the middle splits them.
  let from = header.startsWith('a/') ? header.slice(2, (header.length - 1) / 2) : undefined;
  let to = from;
  let status: FileChange['status'] = 'modified';
  let hunk = false;
  let hunks = 0;
  const before: string[] = [];
  const after: string[] = [];
  for (const line of lines.slice(1)) {
    if (hunk) {
      const mark = line[0];
      if (mark === ' ' || mark === '-') before.push(line.slice(1));
      if (mark === ' ' || mark === '+') after.push(line.slice(1));
      if (mark === '@') hunks++;
      continue;
    }
    if (line.startsWith('new file mode')) status = 'added';
    else if (line.startsWith('deleted file mode')) status = 'deleted';
    else if (line.startsWith('rename from ')) [status, from] = ['renamed', line.slice('rename from '.length)];
    else if (line.startsWith('rename to ')) to = line.slice('rename to '.length);
    else if (line.startsWith('--- ')) from = pathOf(line.slice(4), 'a/') ?? from;
    else if (line.startsWith('+++ ')) to = pathOf(line.slice(4), 'b/') ?? to;
    else if (line.startsWith('Binary files')) return undefined;
    else if (line.startsWith('@@')) [hunk, hunks] = [true, 1];
  }
  // More than one hunk would mean parts of the file are missing; whole-file context prevents it.
  if (hunks > 1) return undefined;
  const path = status === 'deleted' ? from : to;
  if (path === undefined) return undefined;
  const text = (kept: string[]) => (kept.length > 0 ? `${kept.join('\n')}\n` : '');
  const unchanged = !hunk && status === 'renamed';
  return {
    commit,
    date,
    status,
    path,
    ...(status === 'renamed' && from !== undefined ? { from } : {}),
    // A pure rename has no hunk: its text is the same on both sides and unknown here.
    ...(status === 'added' || unchanged ? {} : { before: text(before) }),
    ...(status === 'deleted' || unchanged ? {} : { after: text(after) }),
  };
}

/** A path from a `---`/`+++` line: undefined for `/dev/null`; git ends names holding spaces with a tab. */
function pathOf(field: string, prefix: string): string | undefined {
  const name = field.replace(/\t$/, '');
  return name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
}
