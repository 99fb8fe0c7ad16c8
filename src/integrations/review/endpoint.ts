/**
 * The review endpoints of the development server (`POST /__dateline/review/<action>`, JSON in and
 * out): `queue` lists what awaits review; `accept`, `reject` and `edit` decide one event. Thin: the
 * request guard, the decision and the edit are `src/lib/review/`; this reads and writes the files.
 * It writes only `content/events/<id>.mdx` and `content/events/_rejected/<id>.mdx`, each checked
 * to resolve inside `content/` (a symbolic link that leads out is refused), one decision at a time.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { link, lstat, mkdir, realpath, unlink, writeFile } from 'node:fs/promises';
import type { TLSSocket } from 'node:tls';
import { join, resolve } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { sha256 } from '../../lib/generated-stamp.ts';
import { decide, reviewActions, type ReviewAction } from '../../lib/review/decide.ts';
import { eventFiles, isInside, rejectedFolder } from '../../lib/review/event-file.ts';
import { checkReviewRequest, checkToken, maxBodyBytes, type Refusal } from '../../lib/review/request-guard.ts';
import type { TakenIn } from './content-taken-in.ts';
import { contentFolder, eventsFolder, loadQueue, readReviewItem } from './queue-files.ts';

/** Where the endpoints are mounted on the dev server. */
export const endpointPath = '/__dateline/review';

export type EndpointOptions = {
  /** The project's root folder. */
  root: string;
  /** This dev server session's token, which the pages carry. */
  token: string;
  logger: AstroIntegrationLogger;
  /** Starts waiting for the dev server to take in changes to files (see content-taken-in.ts). */
  takenIn: TakenIn;
};

type Reply = { status: number; body: Record<string, unknown> };

const refuse = ({ status, error }: Refusal): Reply => ({ status, body: { error } });

/** Reads a JSON object body of at most {@link maxBodyBytes}. */
async function readJson(request: IncomingMessage): Promise<{ value: Record<string, unknown> } | { refusal: Refusal }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes)
      return { refusal: { status: 413, error: `expected a body of at most ${maxBodyBytes} bytes` } };
    chunks.push(chunk);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return { value: value as Record<string, unknown> };
  } catch {
    // Answered below.
  }
  return { refusal: { status: 400, error: 'expected a JSON object' } };
}

/** Whether `path`, with every symbolic link resolved, lies inside the project's `content/` folder. */
async function staysInContent(root: string, path: string): Promise<boolean> {
  const [content, real] = await Promise.all([
    realpath(resolve(root, contentFolder)),
    realpath(path).catch(() => undefined),
  ]);
  return real !== undefined && isInside(content, real);
}

/** Carries out one decision on one event file. */
async function decideEvent(
  options: EndpointOptions,
  action: ReviewAction,
  body: Record<string, unknown>,
): Promise<Reply> {
  const { root, logger } = options;
  const eventsDir = resolve(root, eventsFolder);
  const files = eventFiles(eventsDir, body['id']);
  if ('error' in files) return { status: 400, body: { error: files.error } };
  const id = body['id'] as string;
  const file = `${eventsFolder}/${id}.mdx`;
  const stat = await lstat(files.file).catch(() => undefined);
  if (stat && (!stat.isFile() || !(await staysInContent(root, files.file))))
    return {
      status: 400,
      body: { error: `${file} is not a plain file inside ${contentFolder}/: the review does not touch it.` },
    };
  const read = stat && (await readReviewItem(root, id));
  const current = read
    ? { exists: true as const, text: read.text, hash: sha256(read.text), item: read.item }
    : { exists: false as const, rejected: (await lstat(files.rejected).catch(() => undefined)) !== undefined };
  const decision = decide(action, file, body['hash'], body['changes'], current);

  if (decision.kind === 'refuse') {
    const { kind: _, status, ...rest } = decision;
    return { status, body: rest };
  }
  // The answer waits until the dev server has taken the change in and sent its reload, which the
  // page holds until the answer: so it reloads once, after the decision, and shows it.
  const taken = options.takenIn([files.file]);
  if (decision.kind === 'write') {
    await writeFile(files.file, decision.text);
    logger.info(`${action === 'edit' ? 'edited and accepted' : 'accepted'} ${file}`);
  } else {
    const rejectedDir = join(eventsDir, rejectedFolder);
    await mkdir(rejectedDir, { recursive: true });
    if (!(await staysInContent(root, rejectedDir)))
      return {
        status: 400,
        body: { error: `${eventsFolder}/${rejectedFolder}/ leads outside ${contentFolder}/: nothing was moved.` },
      };
    // A hard link and an unlink move the file without ever replacing one already there.
    const moved = await link(files.file, files.rejected).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') return false;
        throw error;
      },
    );
    if (!moved)
      return {
        status: 409,
        body: {
          error: `${eventsFolder}/${rejectedFolder}/${id}.mdx exists already: move it away first, then reject again.`,
        },
      };
    await unlink(files.file);
    logger.info(`rejected ${file} → ${eventsFolder}/${rejectedFolder}/`);
  }
  await taken();
  return { status: 200, body: { ok: true, action, id, file, message: decision.message } };
}

/** Answers one request to the endpoints. */
async function answer(options: EndpointOptions, request: IncomingMessage): Promise<Reply> {
  const refusal = checkReviewRequest({
    method: request.method,
    host: request.headers.host,
    origin: request.headers.origin,
    secFetchSite: request.headers['sec-fetch-site'] as string | undefined,
    contentType: request.headers['content-type'],
    contentLength: request.headers['content-length'],
    scheme: (request.socket as TLSSocket).encrypted ? 'https' : 'http',
  });
  if (refusal) return refuse(refusal);
  const action = /^\/([a-z]+)\/?$/.exec(new URL(request.url ?? '/', 'http://localhost').pathname)?.[1];
  if (action !== 'queue' && !reviewActions.includes(action as ReviewAction))
    return {
      status: 404,
      body: { error: `no review action ${JSON.stringify(action ?? '')}: expected queue, accept, reject or edit` },
    };
  const read = await readJson(request);
  if ('refusal' in read) return refuse(read.refusal);
  const tokenRefusal = checkToken(read.value['token'], options.token);
  if (tokenRefusal) return refuse(tokenRefusal);
  if (action === 'queue') return { status: 200, body: { items: await loadQueue(options.root) } };
  return decideEvent(options, action as ReviewAction, read.value);
}

/**
 * The endpoints as a Connect middleware for `server.middlewares.use(endpointPath, …)`. Decisions
 * run one at a time, so that reading a file, comparing its hash and writing it are never interleaved.
 */
export function reviewEndpoints(options: EndpointOptions) {
  let queue: Promise<unknown> = Promise.resolve();
  return (request: IncomingMessage, response: ServerResponse): void => {
    const reply = queue.then(() => answer(options, request));
    queue = reply.catch(() => undefined);
    reply
      .catch((error: unknown): Reply => {
        options.logger.error(`review: ${(error as Error).stack ?? String(error)}`);
        return { status: 500, body: { error: `The dev server could not do that: ${(error as Error).message}` } };
      })
      .then(({ status, body }) => {
        response.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        });
        response.end(JSON.stringify(body));
      });
  };
}
