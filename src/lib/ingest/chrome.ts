import type { Line } from './lines.ts';

/** A line taken out of the article, and the rule that took it. Ingest reports every one. */
export type Removed = { line: Line; rule: string };

/**
 * Patterns of site chrome: widgets, players, comment blocks and share bars that web exports
 * leave in article text. They describe the *shape* of chrome, never particular articles.
 */
const lineRules: { rule: string; test: (text: string) => boolean }[] = [
  // Icon-sprite runs: a line made mostly of tokens like "bookmarkicon", "chevron-downicon".
  {
    rule: 'icon sprite',
    test: (t) => {
      const tokens = t.split(' ');
      const icons = tokens.filter((w) => /icon/i.test(w)).length;
      return icons >= 5 && icons / tokens.length >= 0.25;
    },
  },
  // Comment-policy and registration blocks addressed to readers.
  {
    rule: 'comment policy',
    test: (t) =>
      /^dear (readers?|users?|visitors?|subscribers?)\b/i.test(t) ||
      /\bcomment(ing)? (policy|system|guidelines)\b/i.test(t),
  },
  // Comment counters: "No comments:", "12 Comments".
  { rule: 'comment counter', test: (t) => /^(no|\d+) comments?\s*:?$/i.test(t) },
  // Share bars: lines made only of share/social verbs and network names.
  {
    rule: 'share bar',
    test: (t) =>
      /^((share|share this( article| story)?|tweet|email|e-mail|print|copy link|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|vk)[\s|·•,/]*)+$/i.test(
        t,
      ),
  },
  { rule: 'advertisement', test: (t) => /^(advertisement|sponsored( content)?|ad|promoted)$/i.test(t) },
  // Teasers for other stories: "Read more: …", "Related:", "Most read".
  {
    rule: 'related links',
    test: (t) =>
      /^(read more|read also|also read|see also|related( stories| articles| news)?|recommended|most read|more on this( story)?)\s*(:|$)/i.test(
        t,
      ),
  },
  {
    rule: 'newsletter prompt',
    test: (t) =>
      t.split(' ').length <= 25 &&
      /^(subscribe|sign up|join)\b/i.test(t) &&
      /\b(newsletter|updates|subscribe|inbox)\b/i.test(t),
  },
  { rule: 'copyright notice', test: (t) => /^(©|\(c\)\s*\d{4}|copyright\b)/i.test(t) },
  // Accessibility skip links that saved web pages carry: "Skip to content", "Skip to main navigation".
  {
    rule: 'skip link',
    test: (t) => /^skip (to|navigation)\b/i.test(t) && t.split(' ').length <= 5 && !/[.!?]$/.test(t),
  },
];

const timestamp = /^(\d{1,2}:)?\d{1,2}:\d{2}$/;
const playerLine =
  /^(?:(?:podcasts?|listen|audio|video|play|pause|now playing)\b[\s:]*)?(?:(\d{1,2}:)?\d{1,2}:\d{2}\s*)+$/i;

/**
 * Removes site chrome from an article's lines. Returns what stays and, for every removed line,
 * the rule that removed it, so nothing disappears unreported.
 */
export function removeChrome(lines: readonly Line[]): { kept: Line[]; removed: Removed[] } {
  const verdict = new Map<Line, string>();
  lines.forEach((line, i) => {
    const hit = lineRules.find((r) => r.test(line.text));
    if (hit) verdict.set(line, hit.rule);
    else if (playerLine.test(line.text)) verdict.set(line, 'media player');
    // A short label right before a player timestamp ("Podcasts", "Listen to this story").
    else if (
      timestamp.test(lines[i + 1]?.text ?? '') &&
      line.text.split(' ').length <= 4 &&
      !/[.!?]$/.test(line.text)
    ) {
      verdict.set(line, 'media player');
    }
  });
  // A headline-like line (no closing full stop) repeating one of the three text lines before it
  // is a duplicated headline or caption. Repeated prose is left alone: it may be a real quote.
  const recent: string[] = [];
  for (const line of lines) {
    if (verdict.has(line)) continue;
    const key = line.text.toLowerCase();
    if (recent.includes(key) && !/[.!?…]["”’)]*$/.test(line.text)) verdict.set(line, 'repeated line');
    recent.push(key);
    if (recent.length > 3) recent.shift();
  }
  const kept: Line[] = [];
  const removed: Removed[] = [];
  for (const line of lines) {
    const rule = verdict.get(line);
    if (rule === undefined) kept.push(line);
    else removed.push({ line, rule });
  }
  return { kept, removed };
}
