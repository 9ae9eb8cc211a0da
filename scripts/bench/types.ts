// Shapes the benchmark shares: with its harness pages (browser), and the figures it writes to bench.json.
import type { BasemapRegionId } from "@/lib/basemap/regions";
import type { Bounds } from "@/lib/geo/bounds-of";
import type { EventMapContent } from "@/lib/map/content/event-map-content";

/** What the bare reference page draws: the landing event's map content, as the app serves it (app/map-data). */
export type ReferenceData = {
  region: BasemapRegionId;
  bounds: Bounds;
  content: EventMapContent;
};

/** performance.mark name prefix the playback page sets at the start of each frame. */
export const FRAME_MARK = "bench-frame-";

export type PlaybackRun = {
  tracks: number;
  verticesPerTrack: number;
  trailSegments: number;
  /** Frames played (fewer than asked if the wall-clock cap ran out). */
  frames: number;
  /** The playback update alone (the elapsed time handed to the trail and aircraft layers), per frame. */
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
  /** The map-start module's (or the reference page's) performance marks: the map constructed, the event's layers added. */
  createdAt: number | null;
  drawnAt: number | null;
  fcp: number | null;
  h1At: number | null;
  h1FrameAt: number | null;
  lcp: { time: number; tag: string }[];
};

/** One file as served: its URL, its size and its size gzipped at level 9. */
export type FileBytes = { url: string; bytes: number; gzipBytes: number };

/** One page of the static export (out/) and the data it loads; see scripts/bench/page-bytes.ts. */
export type PageBytes = {
  route: string;
  /** The page's HTML file, relative to the project root. */
  file: string;
  /** The event the page shows, or null for pages about all events or none. */
  eventId: string | null;
  html: {
    bytes: number;
    gzipBytes: number;
    /** What the inline RSC payload adds to the gzipped HTML: gzip(HTML) − gzip(HTML without it). */
    inlinePayloadGzipBytes: number;
  };
  /** The basemap files the page's map loads, against the initial-view budget; null when the page has no map. */
  basemap: { region: BasemapRegionId; files: FileBytes[]; gzipBytes: number; limitBytes: number; withinBudget: boolean } | null;
  /** Data files the page fetches after it loads. */
  fetchedData: FileBytes[];
  /** HTML + basemap + fetched data, gzipped. */
  totalGzipBytes: number;
  /** Other events whose track ids occur in the HTML; null when the page shows no single event. */
  foreignEventIds: string[] | null;
  foreignFeatureIds: string[] | null;
  /** How many of the page's own track ids occur in its HTML: 0 would mean the check above sees nothing. */
  ownFeatureIds: { found: number; of: number } | null;
};

export type PageBytesReport = {
  /** When out/index.html was written: the figures describe that export. */
  exportWrittenAt: string;
  pages: PageBytes[];
};
