import type { Country, Formation } from "@/lib/data/schema";
import type { PlaybackModel } from "@/lib/data/playback-model";

/** When a formation's drawn route begins and ends, for the timeline to show as a band. */
export type FormationSpan = {
  id: string;
  name: string;
  country: Country;
  /** Null when the formation has no timed route: the timeline then names it without a band. */
  flown: { start: number; end: number; estimated: boolean } | null;
};

/**
 * The flown time span of every formation of the event. `estimated` is true when either end is an
 * estimated time, so the timeline can say so rather than present it as reported.
 */
export function formationSpans(formations: readonly Formation[], model: PlaybackModel): FormationSpan[] {
  return formations.map(({ id, name, country }) => {
    const played = model.formations.find((candidate) => candidate.id === id);
    if (!played) return { id, name, country, flown: null };
    const last = played.path.times.length - 1;
    return {
      id,
      name,
      country,
      flown: { start: played.path.times[0]!, end: played.path.times[last]!, estimated: played.estimated[0] === true || played.estimated[last] === true },
    };
  });
}
