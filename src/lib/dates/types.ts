/** TIMEX3 type of a temporal expression. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One temporal expression found in a text, with its TIMEX3 normalized value. */
export interface Timex {
  /** JS string index of the first character; `text.slice(start, end) === timex.text`. */
  start: number;
  end: number;
  text: string;
  /** TIMEX3 value: `2026-01-26`, `2025-10`, `2024-Q4`, `2025-SU`, `199`, `P4M`, `PRESENT_REF`, `2026-01-26T18:00Z`… */
  value: string;
  type: TimexType;
  /** Set when the expression is fuzzy ("late 2024", "weeks after", "nearly five months"): the value is the period it sits in. */
  approximate?: boolean;
}

/** A calendar day, month 1–12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Coarse tense of the clause around an expression, used to pick past or future readings. */
export type Tense = 'past' | 'future' | 'unknown';

/** What a candidate may lean on when it computes its value. */
export interface Anchor {
  /** The document's reference (publication) date. */
  reference: Day;
  /** The most recent day-level date mentioned before the candidate. */
  lastDay: Day | undefined;
  /** The most recent absolute DATE value (any granularity) mentioned before the candidate. */
  lastDate: string | undefined;
}

/** A span proposed by one rule, resolved to a value only once the spans are chosen. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  approximate?: boolean;
  /** Returns the TIMEX3 value, or null when the span turns out not to be resolvable. */
  resolve: (anchor: Anchor) => string | null;
}
