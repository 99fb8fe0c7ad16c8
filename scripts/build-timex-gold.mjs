// Builds a TIMEX3 gold set in the layout of ../shared/datasets/meantime-timex (docs/<doc>.txt and
// gold.jsonl) from a hand-annotated source, test/timex/<lang>/annotated.txt:
//
//   # <doc id> <publication date YYYY-MM-DD>
//   Text with [[15 октября|2024-10-15]] and [[два года|P2Y|DURATION]] marked inline.
//
// Each [[expression|value|TYPE]] is an expression with its TIMEX3 value written by hand (TYPE is
// DATE unless given). Offsets are in UTF-16 code units. Usage: node scripts/build-timex-gold.mjs test/timex/ru
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Parses an annotated source into documents: { doc, dct, text, timexes }. */
export function parseAnnotated(source) {
  const docs = [];
  let current;
  for (const [i, line] of source.split('\n').entries()) {
    const header = /^# (\S+) (\d{4}-\d\d-\d\d)\s*$/.exec(line);
    if (header) {
      current = { doc: header[1], dct: header[2], lines: [] };
      docs.push(current);
    } else if (current) current.lines.push(line);
    else if (line.trim() !== '') throw new Error(`line ${i + 1}: text before the first "# <doc> <date>" header`);
  }
  return docs.map(({ doc, dct, lines }) => {
    const marked = lines.join('\n').trim();
    let text = '';
    const timexes = [];
    let last = 0;
    for (const m of marked.matchAll(/\[\[([^|\]]+)\|([^|\]]+)(?:\|(DATE|TIME|DURATION|SET))?\]\]/g)) {
      text += marked.slice(last, m.index);
      const start = text.length;
      text += m[1];
      timexes.push({ start, end: text.length, text: m[1], type: m[3] ?? 'DATE', value: m[2] });
      last = m.index + m[0].length;
    }
    text += marked.slice(last);
    if (/\[\[|\]\]/.test(text)) throw new Error(`${doc}: unbalanced [[ ]] in the annotation`);
    return { doc, dct, text: `${text}\n`, timexes };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node scripts/build-timex-gold.mjs test/timex/<lang>');
  const docs = parseAnnotated(readFileSync(join(dir, 'annotated.txt'), 'utf8'));
  rmSync(join(dir, 'docs'), { recursive: true, force: true });
  mkdirSync(join(dir, 'docs'));
  for (const d of docs) writeFileSync(join(dir, 'docs', `${d.doc}.txt`), d.text);
  writeFileSync(join(dir, 'gold.jsonl'), docs.map(({ doc, dct, timexes }) => JSON.stringify({ doc, dct, timexes })).join('\n') + '\n');
  console.log(`${dir}: ${docs.length} documents, ${docs.reduce((n, d) => n + d.timexes.length, 0)} expressions`);
}
