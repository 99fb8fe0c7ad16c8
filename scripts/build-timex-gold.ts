/**
 * Builds a TIMEX3 gold set in the layout of ../shared/datasets/meantime-timex (docs/<doc>.txt and
 * gold.jsonl) from a hand-annotated source, test/timex/<lang>/annotated.txt:
 *
 *   # <doc id> <publication date YYYY-MM-DD>
 *   Text with [[15 октября|2024-10-15]] and [[два года|P2Y|DURATION]] marked inline.
 *
 * Each [[expression|value|TYPE]] is an expression with its TIMEX3 value written by hand (TYPE is DATE
 * unless given). Offsets are in UTF-16 code units. Usage: npm run timex:gold -- test/timex/ru
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One gold expression, as score-timex.py reads it. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
}

/** One annotated document: its id, publication date, plain text and gold expressions. */
export interface GoldDocument {
  doc: string;
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

/** Parses an annotated source into documents; throws naming the line or document when the markup is broken. */
export function parseAnnotated(source: string): GoldDocument[] {
  const docs: { doc: string; dct: string; lines: string[] }[] = [];
  for (const [i, line] of source.split('\n').entries()) {
    const header = /^# (\S+) (\d{4}-\d\d-\d\d)\s*$/.exec(line);
    const current = docs.at(-1);
    if (header) docs.push({ doc: header[1] ?? '', dct: header[2] ?? '', lines: [] });
    else if (current) current.lines.push(line);
    else if (line.trim() !== '') throw new Error(`line ${i + 1}: text before the first "# <doc> <date>" header`);
  }
  return docs.map(({ doc, dct, lines }) => {
    const marked = lines.join('\n').trim();
    let text = '';
    const timexes: GoldTimex[] = [];
    let last = 0;
    for (const m of marked.matchAll(/\[\[([^|\]]+)\|([^|\]]+)(?:\|(DATE|TIME|DURATION|SET))?\]\]/g)) {
      const [whole, expression = '', value = '', type = 'DATE'] = m;
      text += marked.slice(last, m.index);
      const start = text.length;
      text += expression;
      timexes.push({ start, end: text.length, text: expression, type: type as GoldTimex['type'], value });
      last = m.index + whole.length;
    }
    text += marked.slice(last);
    if (/\[\[|\]\]/.test(text)) throw new Error(`${doc}: an [[expression|value]] mark is broken`);
    return { doc, dct, text: `${text}\n`, timexes };
  });
}

/** The gold.jsonl text for documents. */
export function goldJsonl(docs: GoldDocument[]): string {
  return `${docs.map(({ doc, dct, timexes }) => JSON.stringify({ doc, dct, timexes })).join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npm run timex:gold -- test/timex/<lang>');
    process.exit(2);
  }
  const docs = parseAnnotated(readFileSync(join(dir, 'annotated.txt'), 'utf8'));
  rmSync(join(dir, 'docs'), { recursive: true, force: true });
  mkdirSync(join(dir, 'docs'));
  for (const d of docs) writeFileSync(join(dir, 'docs', `${d.doc}.txt`), d.text);
  writeFileSync(join(dir, 'gold.jsonl'), goldJsonl(docs));
  console.log(`${dir}: ${docs.length} documents, ${docs.reduce((n, d) => n + d.timexes.length, 0)} expressions`);
}
