import { z } from 'astro/zod';
import { parseJsonWith } from '../parse-json.ts';

/** A raw file ingest left out of the site. */
export const leftOutSchema = z.object({
  /** The file, as a path from where ingest ran (`content/raw/photos.html`). */
  file: z.string(),
  /** Why it was left out, in words an editor can act on. */
  reason: z.string(),
  /** A source file an earlier run made from it, still published as it was (`content/sources/photos.mdx`). */
  kept: z.string().optional(),
});

/** What `npm run ingest -- --report FILE` writes, for `npm start` to list at the end of its output. */
export const ingestReportSchema = z.object({
  /** Every file left out, in the order ingest met them. */
  leftOut: z.array(leftOutSchema),
});

export type LeftOut = z.infer<typeof leftOutSchema>;
export type IngestReport = z.infer<typeof ingestReportSchema>;

/** The report as JSON, pretty-printed. */
export function serializeIngestReport(report: IngestReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Reads a report ingest wrote; undefined when there is none or it is not one (ingest stopped before writing it). */
export function parseIngestReport(text: string | undefined): IngestReport | undefined {
  return parseJsonWith(ingestReportSchema, text);
}

/** The lines that tell a user which files the site was built without, and why, one file per line. */
export function leftOutLines(leftOut: readonly LeftOut[]): string[] {
  if (leftOut.length === 0) return [];
  const files = leftOut.length === 1 ? '1 file was' : `${leftOut.length} files were`;
  return [
    `${files} left out of the site, which was built from the others:`,
    ...leftOut.flatMap(({ file, reason, kept }) => [
      `  ${file}: ${reason}`,
      ...(kept ? [`    (${kept}, made from an earlier version of it, is still published)`] : []),
    ]),
    'Fix or remove them and run npm start again; npm start -- --strict stops at the first file that fails.',
  ];
}
