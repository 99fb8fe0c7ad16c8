/**
 * An editor's changes to an automatic event, as the browser's edit form sends them, and their
 * validation: every field is checked and each problem is named with its field, so the form can
 * show it where it belongs. Light enough for the browser (no YAML, no MDX): the form checks as the
 * editor types, and the dev server checks again before writing.
 */
import { isIsoDate } from '../iso-date.ts';
import { periodStart, precisionOf, type Precision } from '../timeline/event-date.ts';

/** What the edit form changes: the rest of the file (evidence, aliases, each kept citation) stays as it was. */
export type EventChanges = {
  title: string;
  /** ISO 8601, its form matching `precision`: `2024`, `2024-12`, `2024-12-08`, `2026-01-28T21:10`. */
  date: string;
  precision: Precision;
  approximate: boolean;
  summary: string;
  actors: string[];
  places: string[];
  tags: string[];
  /** The citations kept, as indexes into the event's `sources`, in their order; at least one. */
  citations: number[];
};

/** A field of the edit form with a problem, and what the editor should do about it. */
export type FieldError = { field: keyof EventChanges | 'form'; message: string };

/** The precisions an event date can have, coarsest first, with the form each is written in. */
export const precisions: readonly { value: Precision; label: string; form: string; example: string }[] = [
  { value: 'year', label: 'Year', form: 'YYYY', example: '2024' },
  { value: 'month', label: 'Month', form: 'YYYY-MM', example: '2024-12' },
  { value: 'day', label: 'Day', form: 'YYYY-MM-DD', example: '2024-12-08' },
  { value: 'time', label: 'Day and time', form: 'YYYY-MM-DDThh:mm', example: '2024-12-08T21:10' },
];

/** One name per line, as the form's actors, places and tags fields take them: trimmed, blank lines and repeats dropped. */
export function splitNames(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).map(oneLine))].filter(Boolean);
}

/**
 * Runs of whitespace (line breaks too) as one space, trimmed, control characters as spaces: a
 * title or a one-paragraph summary, as ingest cleans article text.
 */
export function oneLine(text: string): string {
  return text
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A date cut down to a coarser precision (`2024-12-08` → `2024-12` at month); a finer precision
 * cannot be guessed, so the date is returned as it is for the editor to complete.
 */
export function withPrecision(date: string, precision: Precision): string {
  const length = { year: 4, month: 7, day: 10, time: Infinity }[precision];
  return date.length > length ? date.slice(0, length) : date;
}

/** The current values an edit is compared with and checked against. */
export type EditBase = { citationCount: number; end?: string | undefined };

/**
 * Reads the form's payload as changes: trims and normalises each field, and lists every problem.
 * `base` says how many citations the event has and where a span ends.
 */
export function readChanges(input: unknown, base: EditBase): { changes: EventChanges } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const value = (input ?? {}) as Record<string, unknown>;
  const text = (field: keyof EventChanges): string => {
    const v = value[field];
    if (typeof v === 'string') return v;
    errors.push({ field, message: 'expected text' });
    return '';
  };
  const names = (field: 'actors' | 'places' | 'tags'): string[] => {
    const v = value[field];
    if (Array.isArray(v) && v.every((s) => typeof s === 'string')) return splitNames(v.join('\n'));
    errors.push({ field, message: 'expected a list of names' });
    return [];
  };

  const title = oneLine(text('title'));
  if (title === '' && !errors.some((e) => e.field === 'title'))
    errors.push({ field: 'title', message: 'Give the event a headline: who did what.' });

  const date = text('date').trim();
  const precision = value['precision'];
  const known = precisions.find((p) => p.value === precision);
  if (!known) errors.push({ field: 'precision', message: 'Choose a precision: year, month, day, or day and time.' });
  else if (!isIsoDate(date))
    errors.push({
      field: 'date',
      message: `Write the date as ${known.form} (for example ${known.example}); got ${JSON.stringify(date)}.`,
    });
  else if (precisionOf(date) !== known.value)
    errors.push({
      field: 'date',
      message: `${date} is not a ${known.label.toLowerCase()}: write it as ${known.form} (for example ${known.example}), or choose another precision.`,
    });
  else if (base.end !== undefined && periodStart(date) > periodStart(base.end))
    errors.push({ field: 'date', message: `The event's span ends on ${base.end}: give a date on or before it.` });

  const approximate = value['approximate'];
  if (typeof approximate !== 'boolean') errors.push({ field: 'approximate', message: 'expected true or false' });

  const summary = oneLine(text('summary'));
  if (summary === '' && !errors.some((e) => e.field === 'summary'))
    errors.push({ field: 'summary', message: 'Write a summary of one to three sentences.' });

  const [actors, places, tags] = [names('actors'), names('places'), names('tags')];

  const citations = value['citations'];
  const indexes = Array.isArray(citations) ? citations : [];
  if (
    !Array.isArray(citations) ||
    !indexes.every((i) => Number.isInteger(i) && i >= 0 && i < base.citationCount) ||
    new Set(indexes).size !== indexes.length
  )
    errors.push({ field: 'citations', message: 'expected the citations to keep, each once' });
  else if (indexes.length === 0)
    errors.push({ field: 'citations', message: 'Keep at least one citation: every event needs a source.' });

  if (errors.length > 0) return { errors };
  return {
    changes: {
      title,
      date,
      precision: known!.value,
      approximate: approximate as boolean,
      summary,
      actors,
      places,
      tags,
      citations: [...(indexes as number[])].sort((a, b) => a - b),
    },
  };
}
