import { COUNTRIES } from "@/lib/data/countries";
import { toMercator } from "@/lib/geo/to-mercator";
import type { PlaybackModel } from "@/lib/data/playback-model";

/**
 * Floats per route segment, in this order: start x, y; end x, y (Mercator, relative to `origin`);
 * start and end time (seconds since the event's start); distance flown at start and end (Mercator
 * units along the formation's route, for dashes); country index; 1 if reconstructed (dashed).
 */
export const TRAIL_INSTANCE_FLOATS = 10;

/** Country order of the palette the trail shader indexes. */
export const TRAIL_COUNTRIES = COUNTRIES;

export type TrailInstances = {
  /** One record per segment, sorted by start time; see TRAIL_INSTANCE_FLOATS. */
  data: Float32Array;
  count: number;
  /** Each segment's start in seconds since the event's start, in the order of `data`. */
  startTimes: Float64Array;
  /** Subtracted from every position so 32-bit floats keep their precision at any zoom. */
  origin: [number, number];
};

/**
 * Every route segment with its times, uploaded to the GPU once. The trail layer then draws the
 * flown part by comparing each fragment's time with one number, so moving the clock costs the
 * same whatever the amount of data. Segments are sorted by start time so that a frame draws only
 * those already begun (see countStartedSegments): the ones not yet flown cost the GPU nothing.
 */
export function buildTrailInstances(model: PlaybackModel): TrailInstances {
  const count = model.formations.reduce((total, formation) => total + Math.max(0, formation.path.coordinates.length - 1), 0);
  const data = new Float32Array(count * TRAIL_INSTANCE_FLOATS);
  const first = model.formations.find((formation) => formation.path.coordinates.length > 0)?.path.coordinates[0];
  const origin = first ? toMercator(first) : ([0, 0] as [number, number]);
  let offset = 0;
  for (const formation of model.formations) {
    const { coordinates, times } = formation.path;
    const country = TRAIL_COUNTRIES.indexOf(formation.country);
    let previous = coordinates.length > 0 ? toMercator(coordinates[0]!) : origin;
    let distance = 0;
    for (let index = 1; index < coordinates.length; index += 1) {
      const next = toMercator(coordinates[index]!);
      const length = Math.hypot(next[0] - previous[0], next[1] - previous[1]);
      data.set(
        [
          previous[0] - origin[0],
          previous[1] - origin[1],
          next[0] - origin[0],
          next[1] - origin[1],
          (times[index - 1]! - model.start) / 1000,
          (times[index]! - model.start) / 1000,
          distance,
          distance + length,
          country,
          formation.approximate[index] ? 1 : 0,
        ],
        offset,
      );
      offset += TRAIL_INSTANCE_FLOATS;
      distance += length;
      previous = next;
    }
  }
  return { ...sortedByStart(data, count), count, origin };
}

function sortedByStart(data: Float32Array, count: number): { data: Float32Array; startTimes: Float64Array } {
  const startOf = (index: number) => data[index * TRAIL_INSTANCE_FLOATS + 4]!;
  // Array.prototype.sort is stable: segments starting together keep their route order.
  const order = Array.from({ length: count }, (_, index) => index).sort((a, b) => startOf(a) - startOf(b));
  const sorted = new Float32Array(data.length);
  const startTimes = new Float64Array(count);
  order.forEach((from, to) => {
    sorted.set(data.subarray(from * TRAIL_INSTANCE_FLOATS, (from + 1) * TRAIL_INSTANCE_FLOATS), to * TRAIL_INSTANCE_FLOATS);
    startTimes[to] = startOf(from);
  });
  return { data: sorted, startTimes };
}

/** How many segments, in start-time order, have begun by `elapsed` seconds: a binary search. */
export function countStartedSegments(startTimes: Float64Array, elapsed: number): number {
  let low = 0;
  let high = startTimes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (startTimes[middle]! <= elapsed) low = middle + 1;
    else high = middle;
  }
  return low;
}
