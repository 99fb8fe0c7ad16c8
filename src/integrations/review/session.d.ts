/** This dev server session, as the review integration's Vite plugin serves it (see index.ts). */
declare module 'virtual:dateline/review-session' {
  /** The session's token: every request to the review endpoints carries it. */
  export const token: string;
  /** Where the review endpoints are mounted (`/__dateline/review`). */
  export const endpoint: string;
  /** The queue page's path under the site's base (`_review/`). */
  export const queuePage: string;
}
