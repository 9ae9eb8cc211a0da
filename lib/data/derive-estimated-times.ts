import type { Position } from "geojson";
import { routeLengthKilometres } from "@/lib/geo/route-length";
import type { EventTime } from "./schema";

/**
 * Re-derives a track's estimated vertex times so they can be flown. Between two sourced times an
 * estimate is spread in proportion to distance along the line (the aircraft keeps one speed there,
 * which is never faster than the sources make it). Before the first or after the last sourced time
 * an estimate is kept unless reaching it would take more than `plausibleSpeed`; then it is set from
 * its neighbour at `cruiseSpeed`. Times keep whole seconds, never rounded to minutes or five
 * minutes, so rounding cannot squeeze a leg into an impossible time; only the display rounds.
 */
export function deriveEstimatedTimes(
  coordinates: readonly Position[],
  times: readonly (EventTime | null)[],
  speeds: { cruise: number; plausible: number },
): (EventTime | null)[] {
  const result = times.map((time) => (time ? { ...time } : null));
  const timed = result.flatMap((time, index) => (time ? [index] : []));
  const anchors = timed.filter((index) => !result[index]!.estimated);
  const distance = (from: number, to: number) => routeLengthKilometres(coordinates.slice(Math.min(from, to), Math.max(from, to) + 1));
  const at = (index: number) => Date.parse(result[index]!.utc);
  const set = (index: number, milliseconds: number) => {
    result[index] = { ...result[index]!, utc: formatUtc(milliseconds) };
  };

  for (let anchor = 0; anchor + 1 < anchors.length; anchor += 1) {
    const from = anchors[anchor]!;
    const to = anchors[anchor + 1]!;
    const whole = distance(from, to);
    for (const index of timed.filter((candidate) => candidate > from && candidate < to)) {
      const share = whole > 0 ? distance(from, index) / whole : 0;
      set(index, at(from) + share * (at(to) - at(from)));
    }
  }
  const hours = (kilometres: number, speed: number) => (kilometres / speed) * 3_600_000;
  const first = anchors[0] ?? timed[0];
  if (first === undefined) return result;
  // Outward from the sourced times (or from the first time, when none is sourced).
  for (const index of timed.filter((candidate) => candidate > (anchors[anchors.length - 1] ?? first))) {
    const previous = timed[timed.indexOf(index) - 1]!;
    const kilometres = distance(previous, index);
    if (at(index) < at(previous) + hours(kilometres, speeds.plausible)) set(index, at(previous) + hours(kilometres, speeds.cruise));
  }
  for (const index of timed.filter((candidate) => candidate < first).reverse()) {
    const next = timed[timed.indexOf(index) + 1]!;
    const kilometres = distance(index, next);
    if (at(index) > at(next) - hours(kilometres, speeds.plausible)) set(index, at(next) - hours(kilometres, speeds.cruise));
  }
  return result;
}

/** ISO 8601 UTC to the whole second, leaving off seconds when there are none (as sources give them). */
export function formatUtc(milliseconds: number): string {
  const iso = new Date(Math.round(milliseconds / 1000) * 1000).toISOString();
  return iso.endsWith(":00.000Z") ? `${iso.slice(0, 16)}Z` : `${iso.slice(0, 19)}Z`;
}
