import pLimit from 'p-limit';

/**
 * Runs file reads a few dozen at a time. A story of tens of thousands of files read all at once
 * (`Promise.all` over every event or page) opens them all at once, past the process's limit on
 * open files (`ulimit -n`), and the build fails with EMFILE.
 */
export const withOpenFile = pLimit(64);
