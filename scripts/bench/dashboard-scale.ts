// The dashboard at scale: 1,000 synthetic patrols against the real eleven. Generates the patrols
// in a temporary folder (never data/, never shipped), builds the dashboard's routes file from them
// with the app's own builder, and measures on the map harness (pages/dashboard.ts): bytes (gzip),
// time to map idle, and main-thread time of a filter change (CDP's TaskDuration between the change
// and the next idle). Reports, never asserts. Alone:
//
//   npx tsx scripts/bench/dashboard-scale.ts [--runs=6]
import { chromium, type Browser } from "@playwright/test";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { CHROMIUM_ARGS } from "../../playwright.config";
import { loadAllEvents } from "@/lib/data/load-all-events";
import { buildOverviewRoutes, patrolRoutesOf, type OverviewRoutes } from "@/lib/dashboard/overview-routes";
import { boundsOf } from "@/lib/geo/bounds-of";
import { basemapUrl, BASEMAP_LAYERS, COARSE_LAYERS, overviewBasemapUrl } from "@/lib/basemap/regions";
import { referenceData, startHarness } from "./harness";
import { median, round } from "./stats";
import { syntheticPatrols } from "./synthetic-patrols";

export const SCALE_TARGETS = { idleRatio: 1.5, filterMainThreadMs: 50, routesGzipBytes: 2 * 1024 * 1024 } as const;
const SYNTHETIC_COUNT = 1000;

const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

export type ScaleSide = { patrols: number; features: number; vertices: number; routesBytes: number; routesGzipBytes: number; idleMedianMs: number; idleRuns: number[]; filterMainThreadMedianMs: number; filterSyncMedianMs: number; filterUntilIdleMedianMs: number };
export type ScaleResult = { real: ScaleSide; synthetic: ScaleSide; basemapGzipBytes: number; pageHtmlGzipBytes: number | null; idleRatio: number; loadAverage: string };

function basemapGzipBytes(root: string): number {
  const files = [...BASEMAP_LAYERS.map((layer) => basemapUrl("east-asia", layer)), basemapUrl("bering-sea", "graticule"), ...COARSE_LAYERS.map(overviewBasemapUrl)];
  return files.reduce((total, url) => total + gzip(readFileSync(path.join(root, "public", url))), 0);
}

async function measureSide(browser: Browser, origin: string, file: string, routes: OverviewRoutes, runs: number): Promise<ScaleSide> {
  const text = JSON.stringify(routes);
  const bounds = boundsOf(routes.features.flatMap((feature) => feature.geometry.coordinates))!;
  const url = `${origin}/dashboard.html?routes=/scale/${file}&patrols=${routes.patrols.length}&bounds=${encodeURIComponent(JSON.stringify(bounds))}`;
  // A filter that keeps about half: the patrols from 2023 on.
  const years = new Map(routes.features.map((feature) => [feature.properties.patrol, feature.properties.year]));
  const recent = [...years].filter(([, year]) => year >= 2023).map(([patrol]) => patrol).sort((a, b) => a - b);
  const idleRuns: number[] = [];
  const mainThread: number[] = [];
  const sync: number[] = [];
  const untilIdle: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__benchIdleAt !== undefined || document.body.hasAttribute("data-bench-error"), undefined, { timeout: 90_000 });
    const error = await page.evaluate(() => document.body.getAttribute("data-bench-error"));
    if (error) throw new Error(`dashboard harness: ${error}`);
    idleRuns.push(await page.evaluate(() => window.__benchIdleAt!));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const taskSeconds = async () => ((await cdp.send("Performance.getMetrics")).metrics.find((metric) => metric.name === "TaskDuration")?.value ?? 0);
    // Filter, then clear it again: two changes per load, each measured until the map is idle.
    for (const visible of [recent, null]) {
      const before = await taskSeconds();
      const timing = await page.evaluate((patrols) => window.__benchFilter!(patrols), visible);
      mainThread.push((await taskSeconds()) - before);
      sync.push(timing.syncMs);
      untilIdle.push(timing.untilIdleMs);
    }
    await context.close();
  }
  return {
    patrols: routes.patrols.length,
    features: routes.features.length,
    vertices: routes.features.reduce((total, feature) => total + feature.geometry.coordinates.length, 0),
    routesBytes: Buffer.byteLength(text),
    routesGzipBytes: gzip(text),
    idleMedianMs: round(median(idleRuns)),
    idleRuns: idleRuns.map(round),
    filterMainThreadMedianMs: round(median(mainThread) * 1000),
    filterSyncMedianMs: round(median(sync), 2),
    filterUntilIdleMedianMs: round(median(untilIdle)),
  };
}

export async function measureDashboardScale(root: string, browser: Browser, runs: number, log: (message: string) => void): Promise<ScaleResult> {
  const folder = mkdtempSync(path.join(os.tmpdir(), "sortie-scale-"));
  try {
    const real = loadAllEvents().map(patrolRoutesOf);
    const synthetic = syntheticPatrols(real, SYNTHETIC_COUNT);
    // The synthetic patrols themselves, then the routes file built from them by the app's builder.
    writeFileSync(path.join(folder, "synthetic-patrols.json"), JSON.stringify(synthetic));
    const realRoutes = buildOverviewRoutes(real);
    const syntheticRoutes = buildOverviewRoutes(JSON.parse(readFileSync(path.join(folder, "synthetic-patrols.json"), "utf8")) as typeof synthetic);
    writeFileSync(path.join(folder, "routes-11.json"), JSON.stringify(realRoutes));
    writeFileSync(path.join(folder, "routes-1000.json"), JSON.stringify(syntheticRoutes));
    log(`dashboard scale: ${SYNTHETIC_COUNT} synthetic patrols in ${folder}`);
    // /maplibre/: the app's served worker, which the dashboard's map module starts (lib/map/start/library-paths.ts).
    const harness = await startHarness(root, referenceData(root), [
      ["/scale/", folder],
      ["/maplibre/", path.join(root, "public", "maplibre")],
    ]);
    try {
      const sides: ScaleSide[] = [];
      // Interleaved by load: real, synthetic, real, … so machine load falls on both alike.
      const realRuns: ScaleSide[] = [];
      const syntheticRuns: ScaleSide[] = [];
      for (let run = 0; run < runs; run += 1) {
        realRuns.push(await measureSide(browser, harness.origin, "routes-11.json", realRoutes, 1));
        syntheticRuns.push(await measureSide(browser, harness.origin, "routes-1000.json", syntheticRoutes, 1));
        log(`  run ${run + 1}: idle ${realRuns.at(-1)!.idleMedianMs} vs ${syntheticRuns.at(-1)!.idleMedianMs} ms; filter main thread ${realRuns.at(-1)!.filterMainThreadMedianMs} vs ${syntheticRuns.at(-1)!.filterMainThreadMedianMs} ms`);
      }
      for (const side of [realRuns, syntheticRuns]) {
        const first = side[0]!;
        sides.push({
          ...first,
          idleRuns: side.map((one) => one.idleMedianMs),
          idleMedianMs: round(median(side.map((one) => one.idleMedianMs))),
          filterMainThreadMedianMs: round(median(side.map((one) => one.filterMainThreadMedianMs))),
          filterSyncMedianMs: round(median(side.map((one) => one.filterSyncMedianMs)), 2),
          filterUntilIdleMedianMs: round(median(side.map((one) => one.filterUntilIdleMedianMs))),
        });
      }
      const html = path.join(root, "out", "events.html");
      return {
        real: sides[0]!,
        synthetic: sides[1]!,
        basemapGzipBytes: basemapGzipBytes(root),
        pageHtmlGzipBytes: existsSync(html) ? gzip(readFileSync(html)) : null,
        idleRatio: round(sides[1]!.idleMedianMs / sides[0]!.idleMedianMs, 2),
        loadAverage: os.loadavg().map((value) => value.toFixed(2)).join(" "),
      };
    } finally {
      await harness.stop();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export function scaleTable(result: ScaleResult): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const mark = (ok: boolean) => (ok ? "✔" : "✘");
  const { real, synthetic } = result;
  return [
    `dashboard scale (load average ${result.loadAverage})`,
    `  patrols / route features / vertices: ${real.patrols} / ${real.features} / ${real.vertices}  vs  ${synthetic.patrols} / ${synthetic.features} / ${synthetic.vertices}`,
    `  routes file, gzip: ${kb(real.routesGzipBytes)} vs ${kb(synthetic.routesGzipBytes)} (raw ${kb(synthetic.routesBytes)}); target ≤ 2 MB ${mark(synthetic.routesGzipBytes <= SCALE_TARGETS.routesGzipBytes)}`,
    `  bytes the dashboard loads besides JS: HTML ${result.pageHtmlGzipBytes === null ? "n/a (no out/)" : kb(result.pageHtmlGzipBytes)} + basemap ${kb(result.basemapGzipBytes)} + routes`,
    `  map idle (median): ${real.idleMedianMs} vs ${synthetic.idleMedianMs} ms = ${result.idleRatio}×; target ≤ ${SCALE_TARGETS.idleRatio}× ${mark(result.idleRatio <= SCALE_TARGETS.idleRatio)}`,
    `  filter change, main-thread task time until idle (median): ${real.filterMainThreadMedianMs} vs ${synthetic.filterMainThreadMedianMs} ms; target ≤ ${SCALE_TARGETS.filterMainThreadMs} ms ${mark(synthetic.filterMainThreadMedianMs <= SCALE_TARGETS.filterMainThreadMs)}`,
    `    of which the synchronous update: ${real.filterSyncMedianMs} vs ${synthetic.filterSyncMedianMs} ms; wall clock until idle ${real.filterUntilIdleMedianMs} vs ${synthetic.filterUntilIdleMedianMs} ms`,
  ].join("\n");
}

// Run alone: `npx tsx scripts/bench/dashboard-scale.ts [--runs=N]`.
async function runAlone() {
  const runs = Number(process.argv.find((arg) => arg.startsWith("--runs="))?.split("=")[1] ?? 6);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const result = await measureDashboardScale(process.cwd(), browser, runs, (message) => console.log(message));
    console.log(scaleTable(result));
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("scripts/bench/dashboard-scale.ts")) void runAlone();
