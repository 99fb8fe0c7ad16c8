/** The marker an event no editor has reviewed carries in every feed, as on the site. */
export const unreviewedLabel = 'Not yet reviewed';

/** A feed's text of an event, led by the marker when no editor has reviewed it. */
export function withReviewNote(text: string, reviewed: boolean): string {
  return reviewed ? text : `${unreviewedLabel} by an editor. ${text}`;
}
