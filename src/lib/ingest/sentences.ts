/**
 * Counts sentences: runs of at least four words closed by `.`, `!`, `?` or `…` (closing quotes
 * allowed). Labels, timestamps and icon runs count for nothing, which is the point: the count
 * measures how much *prose* a cleaning step would take away.
 */
export function countSentences(text: string): number {
  return text
    .split(/(?<=[.!?…]["”’)\]]*)\s+/)
    .filter((s) => /[.!?…]["”’)\]]*$/.test(s) && s.trim().split(/\s+/).length >= 4).length;
}

/** Counts words as runs of letters or digits (apostrophes and hyphens inside a word allowed). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
