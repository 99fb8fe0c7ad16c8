/**
 * Default for `maxSentenceLoss` (the largest share of an article's sentences cleaning may remove):
 * chrome is a small fraction of a real article. A module of its own so that commands can show it
 * without loading the ingest pipeline.
 */
export const DEFAULT_MAX_SENTENCE_LOSS = 0.25;
