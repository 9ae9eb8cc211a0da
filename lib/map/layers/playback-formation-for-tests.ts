import type { PlaybackFormation } from "@/lib/data/playback-model";

/**
 * A three-vertex formation for the playback layers' tests (aircraft paths, trail instances): one
 * sourced vertex, then two with estimated times, every position reported unless a test says otherwise.
 */
export const playbackFormation = (overrides: Partial<PlaybackFormation>): PlaybackFormation => ({
  id: "pair",
  name: "Pair",
  country: "china",
  role: "bomber",
  path: { coordinates: [[125, 30], [126, 30], [127, 31]], times: [60_000, 1_060_000, 3_060_000] },
  estimated: [false, true, true],
  approximate: [false, false, false],
  ...overrides,
});
