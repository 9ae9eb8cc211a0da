// Sortie's performance benchmark. Reports, never asserts. See scripts/bench/README.md.
//
//   npm run build:static && npm run build && npm run bench   # the static export in out/, the production build in .next
//   npm run bench -- --update-floor    # also records the measured Next.js floor in budgets.json
//   npm run bench -- --runs=9 --memory-seconds=60 --frames=300
import { chromium } from "@playwright/test";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CHROMIUM_ARGS } from "../../playwright.config";
import { firstLoadChunksOnDisk, formatKb, gzipSize } from "./first-load";
import { EXPORT_VIEW, measureImageExport } from "./export-image";
import { measureDashboardScale, scaleTable } from "./dashboard-scale";
import { measureFloor, type FloorResult } from "./floor";
import { referenceData, startHarness } from "./harness";
import { interleavedIdle } from "./interleaved-idle";
import { measureMemory, measurePlayback, recordLoad, retryOnce, servedFirstLoadJs, timeLoad, type LoadTiming, type PlaybackResult } from "./measure";
import { measurePageBytes, StaticExportMissingError } from "./page-bytes";
import { pageBytesTable } from "./page-bytes-table";
import { snapshotApp, startNextServer, type AppSnapshot, type RunningServer } from "./servers";
import { mean, median, quantile, round } from "./stats";
import { textTable } from "./text-table";
import type { PageBytesReport } from "./types";

const root = process.cwd();
const options = parseOptions(process.argv.slice(2));
const TARGETS = { mapIdleRatio: 1.15, panelShare: 0.5, heapGrowthPercent: 10, playbackRatio: 1.5 } as const;
const TRACK_COUNTS = [1, 100, 1000] as const;
const VERTICES_PER_TRACK = 200;
const STEP_SECONDS = 60; // 3600× at 60 frames a second
const PLAYBACK_MAX_SECONDS = 25; // wall-clock cap per track count, so the whole bench stays within minutes

function parseOptions(args: string[]) {
  const value = (name: string, fallback: number) => {
    const match = args.find((arg) => arg.startsWith(`--${name}=`));
    const parsed = match ? Number(match.split("=")[1]) : fallback;
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive number`);
    return parsed;
  };
  return {
    runs: Math.max(5, Math.round(value("runs", 6))),
    memorySeconds: value("memory-seconds", 60),
    frames: Math.round(value("frames", 300)),
    updateFloor: args.includes("--update-floor"),
  };
}

function log(message: string) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/**
 * Copies the production build aside (see snapshotApp). A build someone else is running in the
 * working tree removes .next for a while: wait for it rather than measure half a build.
 */
async function snapshotBuild(): Promise<AppSnapshot> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return snapshotApp(root);
    } catch (error) {
      if (attempt >= 24) throw error;
      if (attempt === 1) log(`${(error as Error).message.split("\n")[0]} — waiting for a complete build in .next (up to 2 minutes)`);
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    }
  }
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

function panelPaintedAt(timing: LoadTiming): number | null {
  const { fcp, h1FrameAt } = timing.marks;
  if (fcp === null || h1FrameAt === null) return null;
  // The heading is in the server-rendered HTML: it is painted by the first contentful paint, or
  // in the first frame after it appears if it came later.
  return Math.max(fcp, h1FrameAt);
}

function updateFloor(floor: FloorResult, measuredOn: string) {
  const file = path.join(root, "budgets.json");
  const budgets = JSON.parse(readFileSync(file, "utf8")) as { floor: Record<string, unknown> };
  budgets.floor = {
    firstLoadJsGzipBytes: floor.firstLoadJsGzipBytes,
    measuredOn,
    versions: floor.versions,
    how:
      "npm run bench -- --update-floor: a bare App Router app (app/layout.tsx with <html><body>, app/page.tsx returning null) built with `next build` (output: export, Turbopack) against this node_modules; the script chunks out/index.html references (nomodule excluded), gzip level 9 each, summed",
  };
  writeFileSync(file, `${JSON.stringify(budgets, null, 2)}\n`);
}

const ms = (value: number | null) => (value === null || Number.isNaN(value) ? "n/a" : `${Math.round(value)} ms`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const yes = (met: boolean) => (met ? "met" : "NOT met");

async function main() {
  const began = performance.now();
  if (!existsSync(path.join(root, ".next"))) {
    console.error("bench: there is no production build in .next. Run `npm run build` first, then `npm run bench`.");
    process.exit(1);
  }
  // Data bytes per page come from the static export, read first: a second, and a missing export
  // stops the bench now rather than after minutes of measuring.
  let perPage: PageBytesReport;
  try {
    perPage = measurePageBytes(root);
  } catch (error) {
    if (!(error instanceof StaticExportMissingError)) throw error;
    console.error(`bench: ${error.message}`);
    process.exit(1);
  }
  log(`data bytes per page: ${perPage.pages.length} pages of the static export written ${perPage.exportWrittenAt}`);
  const snapshot = await snapshotBuild();
  const { buildId } = snapshot;
  log(`measuring build ${buildId} from a private copy in ${snapshot.directory}`);
  try {
    await measureAll(began, snapshot.directory, buildId, perPage);
  } finally {
    snapshot.remove();
  }
}

async function measureAll(began: number, appDirectory: string, buildId: string, perPage: PageBytesReport) {

  log("building the bare Next.js floor app in a temporary folder");
  const floor = measureFloor(root);
  log(`floor built in ${floor.buildSeconds.toFixed(1)} s: ${formatKb(floor.firstLoadJsGzipBytes)} first-load JS`);
  const recorded = (JSON.parse(readFileSync(path.join(root, "budgets.json"), "utf8")) as { floor: { firstLoadJsGzipBytes: number } }).floor.firstLoadJsGzipBytes;
  if (recorded !== floor.firstLoadJsGzipBytes && !options.updateFloor) {
    log(`note: budgets.json records a floor of ${recorded} bytes, measured now ${floor.firstLoadJsGzipBytes}; \`npm run bench -- --update-floor\` records the new one`);
  }

  const maplibreDist = path.join(root, "node_modules", "maplibre-gl", "dist");
  const maplibre = {
    mainGzipBytes: gzipSize(readFileSync(path.join(maplibreDist, "maplibre-gl.mjs"))),
    workerGzipBytes: gzipSize(readFileSync(path.join(maplibreDist, "maplibre-gl-worker.mjs"))),
  };

  const servers: RunningServer[] = [];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: [...CHROMIUM_ARGS, "--enable-precise-memory-info"] });
  try {
    log("starting next start and the harness server");
    const app = await startNextServer(appDirectory);
    servers.push(app);
    const harness = await startHarness(appDirectory, referenceData(appDirectory));
    servers.push(harness);

    // a. Bytes.
    log("bytes: first-load JS as served, and a recorded full load of / until map idle");
    const servedChunks = await servedFirstLoadJs(app.origin, "/");
    const landingFirstLoad = sum(servedChunks.map((chunk) => chunk.gzipBytes));
    const onDisk = sum(firstLoadChunksOnDisk(readFileSync(path.join(appDirectory, ".next", "server", "app", "index.html"), "utf8"), path.join(appDirectory, ".next"), path.join(appDirectory, "public")).map((chunk) => chunk.gzipBytes));
    const { responses, timing: recorded } = await retryOnce("recorded load of /", () => recordLoad(browser, `${app.origin}/`));
    const byKind = (kind: string) => sum(responses.filter((response) => response.kind === kind).map((response) => response.gzipBytes));
    const workerGzip = sum(responses.filter((response) => /maplibre-gl-worker[^/]*\.mjs$/.test(new URL(response.url).pathname)).map((response) => response.gzipBytes));
    const bytes = {
      landingFirstLoadJs: { gzipBytes: landingFirstLoad, chunks: servedChunks, onDiskGzipBytes: onDisk },
      floor,
      sortieAddsBeyondFloorGzipBytes: landingFirstLoad - floor.firstLoadJsGzipBytes,
      fullLoadUntilMapIdle: {
        jsGzipBytes: byKind("js"),
        mapWorkerGzipBytes: workerGzip,
        cssGzipBytes: byKind("css"),
        basemapGzipBytes: byKind("basemap"),
        htmlGzipBytes: byKind("html"),
        rscGzipBytes: byKind("rsc"),
        fontGzipBytes: byKind("font"),
        otherGzipBytes: byKind("other"),
        requests: responses,
      },
      maplibre,
      perPage,
    };

    // b, c. Time to map idle, app vs bare reference, interleaved; panel paint on the app.
    const reference = `${harness.origin}/reference.html?w=${recorded.mapSize.width}&h=${recorded.mapSize.height}&obstacle=${recorded.mapSize.obstacleHeight}`;
    log(`timing: warm-up, then ${options.runs} cold loads each of / and the bare reference (${recorded.mapSize.width}×${recorded.mapSize.height} map), interleaved`);
    await retryOnce("warm-up load of the reference", () => timeLoad(browser, reference));
    const { appRuns, referenceRuns, busySamples } = await interleavedIdle(browser, `${app.origin}/`, reference, options.runs, (run, appRun, referenceRun) =>
      log(`  run ${run}: app ${ms(appRun.marks.idleAt)}, reference ${ms(referenceRun.marks.idleAt)}`),
    );
    const idleTimes = (runs: LoadTiming[]) => runs.map((run) => run.marks.idleAt!).filter((time) => time !== null);
    const appIdle = median(idleTimes(appRuns));
    const referenceIdle = median(idleTimes(referenceRuns));
    const medianOf = (runs: LoadTiming[], pick: (run: LoadTiming) => number | null) => median(runs.map(pick).filter((value): value is number => value !== null));
    const mapCode = {
      app: { requestedMedianMs: medianOf(appRuns, (run) => run.mapCode.mapCodeRequestedAt), loadedMedianMs: medianOf(appRuns, (run) => run.mapCode.mapCodeLoadedAt), workerRequestedMedianMs: medianOf(appRuns, (run) => run.mapCode.workerRequestedAt) },
      reference: { requestedMedianMs: medianOf(referenceRuns, (run) => run.mapCode.mapCodeRequestedAt), loadedMedianMs: medianOf(referenceRuns, (run) => run.mapCode.mapCodeLoadedAt), workerRequestedMedianMs: medianOf(referenceRuns, (run) => run.mapCode.workerRequestedAt) },
    };
    // Where the gap lies: before the map exists, while the event is added, or after (tiling and drawing).
    const phases = {
      app: { createdMedianMs: medianOf(appRuns, (run) => run.marks.createdAt), drawnMedianMs: medianOf(appRuns, (run) => run.marks.drawnAt) },
      reference: { createdMedianMs: medianOf(referenceRuns, (run) => run.marks.createdAt), drawnMedianMs: medianOf(referenceRuns, (run) => run.marks.drawnAt) },
    };
    const panelTimes = appRuns.map(panelPaintedAt).filter((time): time is number => time !== null);
    const panelPainted = median(panelTimes);
    const mapIdle = { appMedianMs: appIdle, referenceMedianMs: referenceIdle, ratio: appIdle / referenceIdle, target: TARGETS.mapIdleRatio, met: appIdle / referenceIdle <= TARGETS.mapIdleRatio, mapCode, phases, appRuns, referenceRuns };
    const panel = {
      paintedMedianMs: panelPainted,
      fcpMedianMs: median(appRuns.map((run) => run.marks.fcp ?? Number.NaN).filter((time) => !Number.isNaN(time))),
      mapIdleMedianMs: appIdle,
      share: panelPainted / appIdle,
      target: TARGETS.panelShare,
      met: panelPainted / appIdle <= TARGETS.panelShare,
    };

    // d. Memory.
    log(`memory: heap after load, then ${options.memorySeconds} s of playback at 3600×`);
    const memoryRun = await retryOnce("memory run", () => measureMemory(browser, `${app.origin}/`, options.memorySeconds));
    // Flagged when the heap grew beyond the threshold and the growth is not all compiled code.
    const memory = {
      ...memoryRun,
      threshold: TARGETS.heapGrowthPercent,
      leakFlagged: memoryRun.growthPercent > TARGETS.heapGrowthPercent && memoryRun.growthExcludingCodePercent > TARGETS.heapGrowthPercent,
    };

    // e. Playback with synthetic tracks.
    const playbackRuns: PlaybackResult[] = [];
    for (const tracks of TRACK_COUNTS) {
      log(`playback: ${tracks} track${tracks === 1 ? "" : "s"} × ${VERTICES_PER_TRACK} vertices, ${options.frames} frames of ${STEP_SECONDS} s`);
      const run = await measurePlayback(browser, harness.origin, { tracks, vertices: VERTICES_PER_TRACK, frames: options.frames, stepSeconds: STEP_SECONDS, maxSeconds: PLAYBACK_MAX_SECONDS });
      log(`  ${run.frames} frames, setup ${ms(run.setupMs)}, main thread median ${run.mainThreadMs.length ? median(run.mainThreadMs).toFixed(1) : "n/a"} ms per frame`);
      playbackRuns.push(run);
    }
    const summary = playbackRuns.map((run) => ({
      tracks: run.tracks,
      trailSegments: run.trailSegments,
      framesPlayed: run.frames,
      setupMs: run.setupMs,
      // Mean: all main-thread work in the run divided by its frames, the per-frame cost.
      mainThreadMeanMs: mean(run.mainThreadMs),
      mainThreadCpuMeanMs: mean(run.mainThreadCpuMs),
      mainThreadMedianMs: median(run.mainThreadMs),
      mainThreadP95Ms: quantile(run.mainThreadMs, 0.95),
      updateMedianMs: median(run.updateMs),
      updateP95Ms: quantile(run.updateMs, 0.95),
      renderMedianMs: median(run.renderMs),
      renderP95Ms: quantile(run.renderMs, 0.95),
      workerMeanMsPerFrame: run.workerMeanMs,
      intervalMedianMs: median(run.intervalMs),
      intervalP95Ms: quantile(run.intervalMs, 0.95),
      trailUpdates: run.trailUpdates,
      trailCurrentShare: run.frames > 1 ? run.trailCurrentFrames / (run.frames - 1) : Number.NaN,
    }));
    const one = summary.find((entry) => entry.tracks === 1)!;
    const thousand = summary.find((entry) => entry.tracks === 1000)!;
    const playback = {
      verticesPerTrack: VERTICES_PER_TRACK,
      framesAsked: options.frames,
      stepSeconds: STEP_SECONDS,
      summary,
      ratio1000to1: {
        mainThreadMean: thousand.mainThreadMeanMs / one.mainThreadMeanMs,
        mainThreadCpuMean: thousand.mainThreadCpuMeanMs / one.mainThreadCpuMeanMs,
        // Judged on CPU time: the main thread's own work per frame (see scripts/bench/trace.ts).
        target: TARGETS.playbackRatio,
        met: thousand.mainThreadCpuMeanMs / one.mainThreadCpuMeanMs <= TARGETS.playbackRatio,
        mainThreadMedian: thousand.mainThreadMedianMs / one.mainThreadMedianMs,
        mainThreadP95: thousand.mainThreadP95Ms / one.mainThreadP95Ms,
        updateMedian: thousand.updateMedianMs / one.updateMedianMs,
      },
      runs: playbackRuns,
    };

    // f. Image export at 2× on the production build.
    log(`image export: 2× PNG of a ${EXPORT_VIEW.width}×${EXPORT_VIEW.height} view, ${options.runs} exports`);
    const exportMs = await measureImageExport(browser, app.origin, options.runs);
    const imageExport = { view: EXPORT_VIEW, scale: 2, runsMs: exportMs, medianMs: median(exportMs), targetMs: 3000 };

    // g. The dashboard at scale: 1,000 synthetic patrols against the real eleven.
    log(`dashboard scale: ${options.runs} interleaved loads each of the dashboard map with 11 and with 1,000 patrols`);
    const dashboardScale = await measureDashboardScale(appDirectory, browser, options.runs, log);

    const measuredAt = new Date().toISOString();
    const results = {
      measuredAt,
      buildId,
      machine: { otherCpuBusyShareBeforeTimingRuns: busySamples, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "", node: process.version, chromium: browser.version(), args: [...CHROMIUM_ARGS, "--enable-precise-memory-info"] },
      bytes,
      mapIdle,
      panel,
      memory,
      playback,
      imageExport,
      dashboardScale,
      runtimeSeconds: (performance.now() - began) / 1000,
    };
    mkdirSync(path.join(root, "bench-results"), { recursive: true });
    writeFileSync(path.join(root, "bench-results", "bench.json"), `${JSON.stringify(results, null, 2)}\n`);
    if (options.updateFloor) updateFloor(floor, measuredAt.slice(0, 10));

    // Report.
    const fullLoad = bytes.fullLoadUntilMapIdle;
    console.log(`\nSortie benchmark — ${measuredAt}, build ${buildId}, ${results.machine.cpus} CPUs, Chromium ${results.machine.chromium} (SwiftShader)`);
    const busiest = Math.max(0, ...busySamples.filter((share): share is number => share !== null));
    if (busiest > 0.25) {
      console.log(`WARNING: other work was using up to ${Math.round(busiest * 100)} % of the CPUs between timing runs: times are noisy; re-run on a quiet machine.`);
    }
    console.log("");
    console.log("a. Bytes (gzip -9)");
    console.log(
      textTable([
        ["what", "gzip"],
        [`landing / first-load JS (${servedChunks.length} chunks the HTML references)`, formatKb(landingFirstLoad)],
        [`bare Next.js App Router floor (next ${floor.versions.next})`, formatKb(floor.firstLoadJsGzipBytes)],
        ["Sortie adds beyond the floor", formatKb(bytes.sortieAddsBeyondFloorGzipBytes)],
        ["all JS until map idle (incl. lazy map chunks and the map worker)", formatKb(fullLoad.jsGzipBytes)],
        ["  of which the map worker (.mjs)", formatKb(fullLoad.mapWorkerGzipBytes)],
        ["CSS", formatKb(fullLoad.cssGzipBytes)],
        ["data: basemap .geojson fetched", formatKb(fullLoad.basemapGzipBytes)],
        ["data: HTML (with inline RSC payload)", formatKb(fullLoad.htmlGzipBytes)],
        ["data: RSC fetches", formatKb(fullLoad.rscGzipBytes)],
        ["fonts", formatKb(fullLoad.fontGzipBytes)],
        ["maplibre-gl.mjs (node_modules dist)", formatKb(maplibre.mainGzipBytes)],
        ["maplibre-gl-worker.mjs (node_modules dist)", formatKb(maplibre.workerGzipBytes)],
      ]),
    );
    console.log(`\nData bytes per page (gzip), static export in out/ written ${perPage.exportWrittenAt}`);
    console.log(pageBytesTable(perPage.pages));
    console.log(`\nb, c. Load timing: medians of ${options.runs} cold loads each, interleaved (ms since navigation start)`);
    console.log(
      textTable([
        ["measure", "median", "target", "result"],
        ["map idle: landing /", ms(appIdle), "", ""],
        ["map idle: bare MapLibre reference", ms(referenceIdle), "", ""],
        ["ratio landing : reference", round(mapIdle.ratio, 2), `≤ ${TARGETS.mapIdleRatio}`, yes(mapIdle.met)],
        ["  map library requested: landing / reference", `${ms(mapCode.app.requestedMedianMs)} / ${ms(mapCode.reference.requestedMedianMs)}`, "", ""],
        ["  map library loaded: landing / reference", `${ms(mapCode.app.loadedMedianMs)} / ${ms(mapCode.reference.loadedMedianMs)}`, "", ""],
        ["  map worker requested: landing / reference", `${ms(mapCode.app.workerRequestedMedianMs)} / ${ms(mapCode.reference.workerRequestedMedianMs)}`, "", ""],
        ["  map constructed: landing / reference", `${ms(phases.app.createdMedianMs)} / ${ms(phases.reference.createdMedianMs)}`, "", ""],
        ["  event layers added: landing / reference", `${ms(phases.app.drawnMedianMs)} / ${ms(phases.reference.drawnMedianMs)}`, "", ""],
        ["first contentful paint", ms(panel.fcpMedianMs), "", ""],
        ["panel heading painted", ms(panelPainted), "", ""],
        ["panel painted / map idle", round(panel.share, 2), `≤ ${TARGETS.panelShare}`, yes(panel.met)],
      ]),
    );
    console.log(`\nd. JS heap (usedJSHeapSize after forced GC)`);
    console.log(
      textTable([
        ["measure", "value"],
        ["after load", mb(memory.afterLoadBytes)],
        [`after ${Math.round(memory.playbackSeconds)} s playback at 3600× (${memory.restarts} restarts)`, mb(memory.afterPlaybackBytes)],
        ["heap during playback (GC'd)", memory.samples.map((sample) => `${sample.seconds} s: ${mb(sample.bytes)}`).join(", ")],
        ["compiled code (heap snapshot): after load / after playback", `${mb(memory.codeBytes.afterLoad)} / ${mb(memory.codeBytes.afterPlayback)}`],
        ["growth of everything but compiled code (heap snapshot)", `${round(memory.growthExcludingCodePercent, 1)} %`],
        ["growth", `${round(memory.growthPercent, 1)} %${memory.leakFlagged ? `  FLAGGED: > ${TARGETS.heapGrowthPercent} %, possible leak` : memory.growthPercent > TARGETS.heapGrowthPercent ? `  > ${TARGETS.heapGrowthPercent} %, but compiled code, not data: no leak flagged` : `  (≤ ${TARGETS.heapGrowthPercent} %: no leak flagged)`}`],
      ]),
    );
    console.log(`\ne. Playback: main-thread ms per frame (all tasks, from a Chromium trace), ${STEP_SECONDS} simulated s per frame, ${VERTICES_PER_TRACK} vertices per track`);
    const f = (value: number) => value.toFixed(1);
    console.log(
      textTable([
        ["tracks", "segments", "frames", "main thread mean (CPU)", "main thread med / p95", "update med / p95", "map render med / p95", "workers mean", "frame interval med / p95", "trail current", "setup"],
        ...summary.map((entry) => [
          entry.tracks,
          entry.trailSegments,
          entry.framesPlayed,
          `${f(entry.mainThreadMeanMs)} (${f(entry.mainThreadCpuMeanMs)}) ms`,
          `${f(entry.mainThreadMedianMs)} / ${f(entry.mainThreadP95Ms)} ms`,
          `${f(entry.updateMedianMs)} / ${f(entry.updateP95Ms)} ms`,
          `${f(entry.renderMedianMs)} / ${f(entry.renderP95Ms)} ms`,
          `${f(entry.workerMeanMsPerFrame)} ms`,
          `${f(entry.intervalMedianMs)} / ${f(entry.intervalP95Ms)} ms`,
          `${Math.round(entry.trailCurrentShare * 100)} %`,
          ms(entry.setupMs),
        ]),
      ]),
    );
    console.log(
      `main thread mean: all main-thread task time in the run ÷ frames (wall clock); CPU: the same tasks' thread time, without the time the software GPU took the CPU from them. update: the elapsed time handed to the trail and aircraft layers; map render: Map#_render; workers: map worker busy time; trail current: frames that began with the trail drawn up to date. Capped at ${PLAYBACK_MAX_SECONDS} s of frames per row.`,
    );
    console.log(
      `ratio 1,000 : 1 tracks: main thread CPU per frame (mean) ${round(playback.ratio1000to1.mainThreadCpuMean, 2)}× (target ≤ ${TARGETS.playbackRatio}: ${yes(playback.ratio1000to1.met)}); wall clock mean ${round(playback.ratio1000to1.mainThreadMean, 2)}×, median ${round(playback.ratio1000to1.mainThreadMedian, 1)}×, p95 ${round(playback.ratio1000to1.mainThreadP95, 1)}× (playback update alone ${round(playback.ratio1000to1.updateMedian, 1)}×)`,
    );
    console.log(`\nf. Image export: 2× PNG of a ${EXPORT_VIEW.width}×${EXPORT_VIEW.height} view, click to download: median ${ms(imageExport.medianMs)} (runs ${exportMs.map((time) => ms(time)).join(", ")}; target < ${ms(imageExport.targetMs)}: ${yes(imageExport.medianMs < imageExport.targetMs)})`);
    console.log(`\ng. ${scaleTable(dashboardScale)}`);
    console.log(`\nWrote bench-results/bench.json in ${Math.round(results.runtimeSeconds)} s.${options.updateFloor ? " Recorded the floor in budgets.json." : ""}`);
  } finally {
    await browser.close();
    for (const server of servers.reverse()) await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
