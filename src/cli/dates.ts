/**
 * `npm run dates`: temporal expressions → TIMEX3 values, one JSON object per line.
 * Thin I/O over src/lib/dates: reads a file (or JSON lines on stdin with --jsonl) and prints what
 * tagDates finds.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { parseDay } from '../lib/dates/calendar.ts';
import { dateLanguages } from '../lib/dates/locales/index.ts';
import { tagDates } from '../lib/dates/tag-dates.ts';

const usage = `Usage: npm run dates -- --reference YYYY-MM-DD [--lang ru] FILE
       npm run dates -- --jsonl [--lang ru] < requests.jsonl

Prints the temporal expressions in FILE with their TIMEX3 values, one JSON object per line:
  {"text":"Monday","value":"2026-01-26","start":123,"end":129,"type":"DATE"}
Relative expressions ("yesterday", "last October") are resolved against the reference date.

With --jsonl, reads lines {"id","reference","text"} on stdin and writes {"id","timexes":[…]} per line;
a line may carry its own "lang", which overrides --lang.

Options:
  --reference DATE  publication date the text is relative to (required with FILE)
  --lang TAG        the text's language, a BCP 47 tag (default en); read: ${dateLanguages.join(', ')};
                    other languages get language-neutral rules (ISO dates, years)
  --jsonl           batch mode: JSON lines in, JSON lines out
  --lines N         tag only the first N lines of each text, for scoring against corpora that
                    annotate only their opening lines (MEANTIME: headline, dateline, first sentences)
  --help            show this help`;

function fail(message: string): never {
  console.error(`dates: ${message}\n\n${usage}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      reference: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      jsonl: { type: 'boolean', default: false },
      lines: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values: args, positionals } = parsed;
if (args.help) {
  console.log(usage);
  process.exit(0);
}

/** A BCP 47 tag as far as the tagger cares: a primary subtag of 2–3 letters, with optional subtags. */
const languageTag = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i;
if (!languageTag.test(args.lang)) fail(`--lang must be a BCP 47 language tag such as en, ru or ar, got ${args.lang}`);

const maxLines = args.lines === undefined ? Infinity : Number(args.lines);
if (!(Number.isInteger(maxLines) || maxLines === Infinity) || maxLines < 1)
  fail(`--lines must be a whole number of 1 or more, got ${args.lines}`);

/** The text up to the end of line `maxLines` (offsets stay those of the whole text). */
function opening(text: string): string {
  let end = -1;
  for (let i = 0; i < maxLines; i++) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) return text;
  }
  return text.slice(0, end);
}

function timexLine(t: ReturnType<typeof tagDates>[number]): Record<string, unknown> {
  return {
    text: t.text,
    value: t.value,
    start: t.start,
    end: t.end,
    type: t.type,
    ...(t.approximate ? { approximate: true } : {}),
  };
}

if (args.jsonl) {
  if (positionals.length > 0 || args.reference !== undefined)
    fail('--jsonl takes no FILE or --reference: each input line carries its own');
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    let request: { id?: unknown; reference?: unknown; text?: unknown; lang?: unknown };
    try {
      request = JSON.parse(line) as typeof request;
    } catch {
      console.error(`dates: stdin line ${lineNumber} is not JSON`);
      process.exit(1);
    }
    const { id, reference, text, lang = args.lang } = request;
    if (typeof text !== 'string' || typeof reference !== 'string' || !parseDay(reference)) {
      console.error(`dates: stdin line ${lineNumber} needs "text" (a string) and "reference" (YYYY-MM-DD)`);
      process.exit(1);
    }
    if (typeof lang !== 'string' || !languageTag.test(lang)) {
      console.error(
        `dates: stdin line ${lineNumber} has "lang" ${JSON.stringify(lang)}, not a BCP 47 tag such as en, ru or ar`,
      );
      process.exit(1);
    }
    console.log(JSON.stringify({ id, timexes: tagDates(opening(text), reference, lang).map(timexLine) }));
  }
} else {
  if (positionals.length !== 1) fail(positionals.length === 0 ? 'missing FILE' : 'expected exactly one FILE');
  if (args.reference === undefined) fail('missing --reference YYYY-MM-DD');
  if (!parseDay(args.reference)) fail(`--reference must be a calendar date YYYY-MM-DD, got ${args.reference}`);
  const file = positionals[0] ?? '';
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      `dates: cannot read ${file}${code === 'ENOENT' ? ': no such file' : `: ${(error as Error).message}`}`,
    );
    process.exit(1);
  }
  for (const t of tagDates(opening(text), args.reference, args.lang)) console.log(JSON.stringify(timexLine(t)));
}
