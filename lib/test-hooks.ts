/**
 * True only in builds made for the end-to-end tests: `npm test` builds with
 * NEXT_PUBLIC_SORTIE_TEST=1 (see package.json). Next.js inlines the value at build time, so in a
 * production build every hook behind it is dead code and removed; a query flag would ship the
 * hooks to every reader and let any link switch them on.
 */
export const TEST_HOOKS_ENABLED = process.env.NEXT_PUBLIC_SORTIE_TEST === "1";
