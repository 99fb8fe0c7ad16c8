/** One line of a raw article, with its position so later steps can report and order by it. */
export type Line = {
  /** 1-based line number in the raw file (after newline normalization). */
  number: number;
  /** The line with whitespace runs collapsed and ends trimmed. */
  text: string;
  /** True when a blank line separates this line from the previous text line. */
  gapBefore: boolean;
};

const terminal = /[.!?…:;,"”’')\]]$/;

/**
 * Splits decoded text into non-empty lines, collapsing whitespace, and re-joins hard-wrapped
 * prose (a long line without closing punctuation followed, without a blank line, by one that
 * starts in lower case) so that a paragraph is one line.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let gap = false;
  text.split('\n').forEach((raw, i) => {
    const t = raw.replace(/\s+/g, ' ').trim();
    if (t === '') {
      gap = lines.length > 0;
      return;
    }
    const prev = lines.at(-1);
    if (prev && !gap && prev.text.length >= 40 && !terminal.test(prev.text) && /^[a-z]/.test(t)) {
      prev.text = `${prev.text} ${t}`;
    } else {
      lines.push({ number: i + 1, text: t, gapBefore: gap });
    }
    gap = false;
  });
  return lines;
}
