// The playback harness: N synthetic tracks drawn with the app's own playback data functions
// (lib/map/layers/trail-instances.ts, lib/map/layers/aircraft-paths.ts) and its GPU trail and aircraft layers
// (lib/map/layers/trail-layer.ts, lib/map/layers/aircraft-layer.ts), played frame by frame at a fixed simulated
// step exactly as components/map/sortie-map.tsx follows the clock: one elapsed time handed to each
// layer per frame. Per frame it times the update and the map's render on the main thread.
import * as maplibre from "maplibre-gl";
import type { Map as MapLibreMap } from "maplibre-gl";
import type { Position } from "geojson";
import { AircraftLayer } from "@/lib/map/layers/aircraft-layer";
import { buildAircraftPaths } from "@/lib/map/layers/aircraft-paths";
import { GLOBAL_STATE } from "@/lib/map/ids";
import { buildTrailInstances } from "@/lib/map/layers/trail-instances";
import { TrailLayer } from "@/lib/map/layers/trail-layer";
import { BASEMAP_COLOURS } from "@/lib/map/palette";
import type { PlaybackFormation, PlaybackModel } from "@/lib/data/playback-model";
import { FRAME_MARK, type PlaybackRun } from "../types";

declare global {
  interface Window {
    __playbackHarness?: { ready: Promise<void>; run: (frames: number, stepSeconds: number, maxMs: number) => Promise<PlaybackRun> };
  }
}

const query = new URLSearchParams(location.search);
const TRACKS = Number(query.get("tracks") ?? 1);
const VERTICES = Number(query.get("vertices") ?? 200);
const FRAMES = Number(query.get("frames") ?? 300);
const STEP_SECONDS = Number(query.get("step") ?? 60);

/** A small deterministic generator, so every run draws the same tracks. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` wandering tracks of `vertices` vertices over the East Asia basemap, each starting within
 * the first tenth of the playback span and lasting 90 % of it, half of each drawn as reconstructed.
 */
function syntheticModel(count: number, vertices: number, spanSeconds: number): PlaybackModel {
  const start = Date.UTC(2020, 11, 22, 0, 0, 0);
  const formations: PlaybackFormation[] = [];
  for (let index = 0; index < count; index += 1) {
    const next = random(index + 1);
    let longitude = 118 + next() * 24;
    let latitude = 24 + next() * 18;
    let heading = next() * Math.PI * 2;
    const offset = next() * 0.1 * spanSeconds * 1000;
    const duration = 0.9 * spanSeconds * 1000;
    const coordinates: Position[] = [];
    const times: number[] = [];
    for (let vertex = 0; vertex < vertices; vertex += 1) {
      coordinates.push([Number(longitude.toFixed(4)), Number(latitude.toFixed(4))]);
      times.push(Math.round(start + offset + (vertex * duration) / (vertices - 1)));
      heading += (next() - 0.5) * 0.6;
      longitude = Math.min(148, Math.max(114, longitude + Math.cos(heading) * 0.08));
      latitude = Math.min(48, Math.max(19, latitude + Math.sin(heading) * 0.08));
    }
    formations.push({
      id: `track-${index}`,
      name: `Track ${index}`,
      country: index % 2 === 0 ? "china" : "russia",
      role: (["bomber", "aew", "fighter"] as const)[index % 3]!,
      path: { coordinates, times },
      estimated: times.map((_, vertex) => vertex % 7 !== 0),
      approximate: times.map((_, vertex) => vertex >= vertices / 2),
    });
  }
  return { start, end: start + spanSeconds * 1000, formations, ticks: [] };
}

type RenderTiming = { _render: (paintStartTimeStamp: number) => unknown };

async function setUp(): Promise<{ map: MapLibreMap; trailLayer: TrailLayer; aircraftLayer: AircraftLayer; model: PlaybackModel; setupMs: number; trailSegments: number }> {
  const began = performance.now();
  const model = syntheticModel(TRACKS, VERTICES, FRAMES * STEP_SECONDS);
  const trails = buildTrailInstances(model);
  const paths = buildAircraftPaths(model);
  maplibre.setWorkerUrl("/vendor/maplibre-gl-worker.mjs");
  const container = document.getElementById("map")!;
  const map = new maplibre.Map({
    container,
    style: { version: 8, sources: {}, layers: [{ id: "water", type: "background", paint: { "background-color": BASEMAP_COLOURS.water } }] },
    bounds: [
      [112, 17],
      [150, 50],
    ],
    attributionControl: false,
  });
  await new Promise<void>((resolve) => map.once("load", () => resolve()));
  map.setGlobalStateProperty(GLOBAL_STATE.timeMode, true);
  // The app's trail and aircraft layers, as they are while a time is chosen.
  const trailLayer = new TrailLayer(trails);
  map.addLayer(trailLayer);
  const aircraftLayer = new AircraftLayer(paths);
  map.addLayer(aircraftLayer);
  await new Promise<void>((resolve) => map.once("idle", () => resolve()));
  return { map, trailLayer, aircraftLayer, model, setupMs: performance.now() - began, trailSegments: trails.count };
}

const ready = setUp();

/** Plays `frames` frames (fewer if `maxMs` of wall-clock time run out first), one per animation frame. */
async function run(frames: number, stepSeconds: number, maxMs: number): Promise<PlaybackRun> {
  const { map, trailLayer, aircraftLayer, model, setupMs, trailSegments } = await ready;
  const updateMs: number[] = [];
  const renderMs: number[] = new Array<number>(frames).fill(0);
  const intervalMs: number[] = [];
  let frame = -1;
  let trailUpdates = 0;
  let previousElapsed: number | null = null;
  let played = 0;
  let trailCurrentFrames = 0;

  // Time every map render and charge it to the frame in which it ran.
  const timed = map as unknown as RenderTiming;
  const render = timed._render.bind(map);
  timed._render = (paintStartTimeStamp: number) => {
    const began = performance.now();
    const result = render(paintStartTimeStamp);
    if (frame >= 0 && frame < frames) renderMs[frame] = renderMs[frame]! + performance.now() - began;
    return result;
  };

  const began = performance.now();
  await new Promise<void>((resolve) => {
    let last: number | null = null;
    const tick = (now: number) => {
      if (last !== null) intervalMs.push(now - last);
      last = now;
      frame += 1;
      // Frame boundaries for the benchmark's trace of main-thread tasks (scripts/bench/trace.ts).
      performance.mark(`${FRAME_MARK}${frame}`);
      if (frame >= frames || performance.now() - began > maxMs) {
        played = frame;
        resolve();
        return;
      }
      // Did the last render draw the trail at the time the previous frame set? (With style layers
      // filtered on time, the worker re-tiling the trail fell behind the clock at 1,000 tracks.)
      if (frame > 0 && previousElapsed !== null && trailLayer.drawnElapsed === previousElapsed) trailCurrentFrames += 1;
      const updateBegan = performance.now();
      // components/map/sortie-map.tsx followPlayback(), per clock change.
      const time = model.start + frame * stepSeconds * 1000;
      previousElapsed = (time - model.start) / 1000;
      trailLayer.setElapsed(previousElapsed);
      aircraftLayer.setElapsed(previousElapsed);
      trailUpdates += 1;
      updateMs.push(performance.now() - updateBegan);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  timed._render = render;
  return {
    tracks: TRACKS,
    verticesPerTrack: VERTICES,
    trailSegments,
    frames: played,
    updateMs,
    renderMs: renderMs.slice(0, played),
    intervalMs,
    trailUpdates,
    trailCurrentFrames,
    setupMs,
  };
}

window.__playbackHarness = { ready: ready.then(() => undefined), run };
ready.catch((error: unknown) => document.body.setAttribute("data-bench-error", String(error)));
