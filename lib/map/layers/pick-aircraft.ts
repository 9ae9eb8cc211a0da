import type { PlaybackModel } from "@/lib/data/playback-model";
import { aircraftAt } from "./playback-data";

/** How far from an aircraft's centre, in CSS pixels, a pointer still picks it: half its icon. */
export const AIRCRAFT_PICK_RADIUS = 16;

type ScreenPoint = { x: number; y: number };

/**
 * The formation whose aircraft is nearest `pointer` within `radius` pixels at `time`, or null. The
 * aircraft are drawn by the GPU, so the map cannot query them: their positions are worked out
 * again here, on pointer events only, and projected with `project` (the map's).
 */
export function pickAircraft(
  model: PlaybackModel,
  time: number,
  pointer: ScreenPoint,
  project: (position: [number, number]) => ScreenPoint,
  radius = AIRCRAFT_PICK_RADIUS,
): string | null {
  let nearest: string | null = null;
  let nearestDistance = radius;
  for (const aircraft of aircraftAt(model, time).features) {
    const [longitude, latitude] = aircraft.geometry.coordinates;
    const { x, y } = project([longitude!, latitude!]);
    const distance = Math.hypot(x - pointer.x, y - pointer.y);
    if (distance <= nearestDistance) {
      nearest = aircraft.properties.id;
      nearestDistance = distance;
    }
  }
  return nearest;
}
