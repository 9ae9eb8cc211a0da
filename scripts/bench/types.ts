// Shapes exchanged between the benchmark (Node) and its harness pages (browser).
import type { BasemapRegionId } from "@/lib/basemap/regions";
import type { Bounds } from "@/lib/geo/bounds-of";
import type { MapData } from "@/lib/map/map-data";
import type { buildZoneMapData } from "@/lib/map/zone-data";
import type { PlaybackModel } from "@/lib/timeline/playback-model";

/** What the bare reference page draws: the landing event's map data, as the app computes it on the server. */
export type ReferenceData = {
  region: BasemapRegionId;
  bounds: Bounds;
  mapData: MapData;
  zones: ReturnType<typeof buildZoneMapData>;
  playback: PlaybackModel;
};

/** performance.mark name prefix the playback page sets at the start of each frame. */
export const FRAME_MARK = "bench-frame-";

export type PlaybackRun = {
  tracks: number;
  verticesPerTrack: number;
  trailSegments: number;
  /** Frames played (fewer than asked if the wall-clock cap ran out). */
  frames: number;
  /** The playback update alone (aircraftAt + setData + global state), per frame. */
  updateMs: number[];
  /** The map's render (Map#_render), summed per frame. */
  renderMs: number[];
  /** Wall-clock milliseconds between consecutive frames. */
  intervalMs: number[];
  /** Frames in which the flown trail changed (a new segment started). */
  trailUpdates: number;
  /** Frames (after the first) that began with the trail source fully loaded, i.e. drawn up to date. */
  trailCurrentFrames: number;
  setupMs: number;
};

/** When the map's code and its worker were requested (ms since navigation start; resource timing). */
export type MapCodeTiming = { mapCodeRequestedAt: number | null; mapCodeLoadedAt: number | null; workerRequestedAt: number | null };

export type LoadMarks = {
  idleAt: number | null;
  fcp: number | null;
  h1At: number | null;
  h1FrameAt: number | null;
  lcp: { time: number; tag: string }[];
};
