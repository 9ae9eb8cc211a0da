// Measurements taken in headless Chromium. Each page load gets a fresh browser context: no cache,
// no service worker, the same 1280×800 viewport as the end-to-end tests.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { firstLoadScriptUrls, gzipSize } from "./first-load";
import { heapByKind, takeHeapSnapshot } from "./heap-snapshot";
import { framesFromTrace, type FrameTrace } from "./trace";
import { FRAME_MARK, type LoadMarks, type MapCodeTiming, type PlaybackRun } from "./types";

const VIEWPORT = { width: 1280, height: 800 };

/**
 * Installed before any page script: records first contentful paint, largest contentful paints, when
 * the first <h1> appears and the next animation frame after it (the panel's heading being painted),
 * and when the map container first gets data-map-idle="true". Times are performance.now(), i.e.
 * milliseconds since navigation start.
 */
const MARKS_SCRIPT = `(() => {
  const marks = { idleAt: null, fcp: null, h1At: null, h1FrameAt: null, lcp: [] };
  window.__benchMarks = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === "first-contentful-paint") marks.fcp = entry.startTime;
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.lcp.push({ time: entry.startTime, tag: entry.element ? entry.element.tagName.toLowerCase() : "" });
  }).observe({ type: "largest-contentful-paint", buffered: true });
  const check = () => {
    if (marks.h1At === null && document.querySelector("h1")) {
      marks.h1At = performance.now();
      requestAnimationFrame(() => { marks.h1FrameAt = performance.now(); });
    }
    if (marks.idleAt === null && document.querySelector('[data-map-idle="true"]')) marks.idleAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-map-idle"] });
})();`;

/** Errors and failed requests per page, to explain a load that never reaches map idle. */
const problems = new WeakMap<Page, string[]>();

async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(MARKS_SCRIPT);
  const page = await context.newPage();
  const seen: string[] = [];
  problems.set(page, seen);
  page.on("pageerror", (error) => seen.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") seen.push(`console error: ${message.text().slice(0, 300)}`);
  });
  context.on("requestfailed", (request) => seen.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "?"})`));
  return { context, page };
}

function idleReached(): boolean {
  const marks = (window as unknown as { __benchMarks?: LoadMarks }).__benchMarks;
  if (document.body?.getAttribute("data-bench-error")) return true;
  // Pages without a heading (the bare reference) have no panel to wait for.
  const headingPainted = document.querySelector("h1") === null || marks?.h1FrameAt != null;
  return marks !== undefined && marks.idleAt !== null && headingPainted;
}

function pageState() {
  return {
    marks: (window as unknown as { __benchMarks?: LoadMarks }).__benchMarks,
    mapAttributes: document.querySelector('[data-testid="map"]')?.getAttributeNames().join(" ") ?? "no map element",
  };
}

async function waitForIdle(page: Page, timeoutMs = 60_000): Promise<LoadMarks> {
  try {
    await page.waitForFunction(idleReached, undefined, { timeout: timeoutMs, polling: 50 });
  } catch (error) {
    const state = await page.evaluate(pageState).catch(() => null);
    const seen = (problems.get(page) ?? []).join("; ") || "no page errors";
    throw new Error(`${page.url()} did not reach map idle in ${timeoutMs} ms (${(error as Error).message.split("\n")[0]}); state ${JSON.stringify(state)}; ${seen}`);
  }
  const error = await page.evaluate(() => document.body.getAttribute("data-bench-error"));
  if (error) throw new Error(`${page.url()}: ${error}`);
  return page.evaluate(() => ({
    ...(window as unknown as { __benchMarks: LoadMarks }).__benchMarks,
    createdAt: performance.getEntriesByName("sortie:map-created")[0]?.startTime ?? null,
    drawnAt: performance.getEntriesByName("sortie:map-drawn")[0]?.startTime ?? null,
  }));
}

export type LoadTiming = { url: string; marks: LoadMarks; mapSize: { width: number; height: number; obstacleHeight: number }; mapCode: MapCodeTiming };

/** The map library is the largest script the page loads; the worker is named after maplibre-gl's. */
function mapCodeTiming(): MapCodeTiming {
  const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
  const scripts = resources.filter((entry) => /\.m?js(\?|$)/.test(entry.name) && !entry.name.includes("maplibre-gl-worker"));
  const library = scripts.reduce<PerformanceResourceTiming | null>((largest, entry) => (largest === null || entry.decodedBodySize > largest.decodedBodySize ? entry : largest), null);
  const worker = resources.find((entry) => entry.name.includes("maplibre-gl-worker"));
  return { mapCodeRequestedAt: library?.startTime ?? null, mapCodeLoadedAt: library?.responseEnd ?? null, workerRequestedAt: worker?.startTime ?? null };
}

async function loadDetails(page: Page) {
  const mapSize = await page.evaluate(() => {
    const rect = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    // How far up from the map's bottom edge the timeline reaches: framing keeps routes above it
    // (lib/map/controller/frame-padding.ts), and the reference page places a stand-in there to frame alike.
    const obstacle = document.querySelector("[data-frame-obstacle]")?.getBoundingClientRect();
    return { width: Math.round(rect.width), height: Math.round(rect.height), obstacleHeight: obstacle ? Math.max(0, Math.round(rect.bottom - obstacle.top)) : 0 };
  });
  return { mapSize, mapCode: await page.evaluate(mapCodeTiming) };
}

/**
 * Retries a load once when it never reaches map idle (rare, seen under heavy CPU contention),
 * reporting the first failure; a second failure ends the benchmark.
 */
export async function retryOnce<T>(what: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    console.warn(`  ${what} failed, retrying once: ${(error as Error).message}`);
    return load();
  }
}

/** One cold load of `url` until the map container reports idle. */
export async function timeLoad(browser: Browser, url: string): Promise<LoadTiming> {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(url, { waitUntil: "commit" });
    const marks = await waitForIdle(page);
    return { url, marks, ...(await loadDetails(page)) };
  } finally {
    await context.close();
  }
}

export type ResponseRecord = { url: string; kind: string; status: number; bytes: number; gzipBytes: number };

function kindOf(url: string, resourceType: string, contentType: string): string {
  const { pathname, searchParams } = new URL(url);
  if (resourceType === "document") return "html";
  if (searchParams.has("_rsc") || contentType.includes("text/x-component")) return "rsc";
  if (/\.m?js$/.test(pathname)) return "js";
  if (pathname.endsWith(".css")) return "css";
  if (pathname.endsWith(".geojson")) return "basemap";
  if (/\.(woff2?|ttf|otf)$/.test(pathname)) return "font";
  return "other";
}

/** Every response of one cold load of `url` until map idle, with its decoded size and gzip -9 size. */
export async function recordLoad(browser: Browser, url: string): Promise<{ responses: ResponseRecord[]; timing: LoadTiming }> {
  const { context, page } = await newPage(browser);
  const pending: Promise<ResponseRecord | null>[] = [];
  // Context-level, so requests made by the map's web worker are recorded too.
  context.on("response", (response) => {
    pending.push(
      (async () => {
        if (response.status() >= 300) return null;
        const body = await response.body().catch(() => null);
        if (!body) return null;
        const kind = kindOf(response.url(), response.request().resourceType(), (await response.allHeaders())["content-type"] ?? "");
        return { url: response.url(), kind, status: response.status(), bytes: body.length, gzipBytes: gzipSize(body) };
      })(),
    );
  });
  try {
    await page.goto(url, { waitUntil: "commit" });
    const marks = await waitForIdle(page);
    const details = await loadDetails(page);
    // Let responses still being read finish.
    await page.waitForTimeout(500);
    const responses = (await Promise.all(pending)).filter((record): record is ResponseRecord => record !== null);
    return { responses, timing: { url, marks, ...details } };
  } finally {
    await context.close();
  }
}

/** The landing page's first-load JS as served: the script chunks its HTML references, fetched and gzipped (-9) one by one. */
export async function servedFirstLoadJs(origin: string, pagePath: string): Promise<{ url: string; gzipBytes: number }[]> {
  const html = await (await fetch(new URL(pagePath, origin))).text();
  return Promise.all(
    firstLoadScriptUrls(html).map(async (url) => {
      const response = await fetch(new URL(url, origin));
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return { url, gzipBytes: gzipSize(Buffer.from(await response.arrayBuffer())) };
    }),
  );
}

export type MemoryResult = {
  afterLoadBytes: number;
  afterPlaybackBytes: number;
  growthPercent: number;
  /** Heap snapshot bytes of compiled code after load and after playback (scripts/bench/heap-snapshot.ts). */
  codeBytes: { afterLoad: number; afterPlayback: number };
  /** Growth of everything but compiled code, in snapshot bytes: what a leak would show in. */
  growthExcludingCodePercent: number;
  playbackSeconds: number;
  restarts: number;
  /** Heap after forced GC at intervals during playback: steady growth is a leak, a step at the start is not. */
  samples: { seconds: number; bytes: number }[];
};

const SAMPLE_EVERY_SECONDS = 15;

async function heapAfterGc(page: Page, cdp: Awaited<ReturnType<BrowserContext["newCDPSession"]>>): Promise<number> {
  for (let pass = 0; pass < 3; pass += 1) await cdp.send("HeapProfiler.collectGarbage");
  await page.waitForTimeout(200);
  await cdp.send("HeapProfiler.collectGarbage");
  return page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
}

/** JS heap after load and after `seconds` of playback at 3600×, restarting playback whenever it ends. */
export async function measureMemory(browser: Browser, url: string, seconds: number): Promise<MemoryResult> {
  const { context, page } = await newPage(browser);
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: "commit" });
    await waitForIdle(page);
    await page.waitForTimeout(1_000);
    // Playwright injects its own ~330 KB selector script into the page on the first locator call:
    // make that call before the baseline so the harness's script is not counted as the app's growth.
    const speed = page.locator('[data-testid="timeline"] select');
    const button = page.getByTestId("play-pause");
    await speed.waitFor();
    await button.getAttribute("aria-label");
    const afterLoadBytes = await heapAfterGc(page, cdp);
    const afterLoadKinds = heapByKind(await takeHeapSnapshot(cdp));
    await speed.selectOption("3600");
    await button.click();
    let restarts = 0;
    const samples: { seconds: number; bytes: number }[] = [{ seconds: 0, bytes: afterLoadBytes }];
    const began = Date.now();
    let nextSample = SAMPLE_EVERY_SECONDS;
    while (Date.now() - began < seconds * 1000) {
      await page.waitForTimeout(250);
      const elapsed = (Date.now() - began) / 1000;
      if (elapsed >= nextSample && elapsed < seconds - SAMPLE_EVERY_SECONDS / 2) {
        samples.push({ seconds: Math.round(elapsed), bytes: await heapAfterGc(page, cdp) });
        nextSample += SAMPLE_EVERY_SECONDS;
      }
      // At the end the button offers "Play" again; playing from the end restarts from the start.
      if ((await button.getAttribute("aria-label")) === "Play") {
        await button.click();
        restarts += 1;
      }
    }
    const playbackSeconds = (Date.now() - began) / 1000;
    if ((await button.getAttribute("aria-label")) === "Pause") await button.click();
    await page.waitForTimeout(1_000);
    const afterPlaybackBytes = await heapAfterGc(page, cdp);
    const afterPlaybackKinds = heapByKind(await takeHeapSnapshot(cdp));
    samples.push({ seconds: Math.round(playbackSeconds), bytes: afterPlaybackBytes });
    return {
      samples,
      afterLoadBytes,
      afterPlaybackBytes,
      growthPercent: ((afterPlaybackBytes - afterLoadBytes) / afterLoadBytes) * 100,
      codeBytes: { afterLoad: afterLoadKinds.codeBytes, afterPlayback: afterPlaybackKinds.codeBytes },
      growthExcludingCodePercent: ((afterPlaybackKinds.otherBytes - afterLoadKinds.otherBytes) / afterLoadKinds.otherBytes) * 100,
      playbackSeconds,
      restarts,
    };
  } finally {
    await context.close();
  }
}

export type PlaybackResult = PlaybackRun & FrameTrace;

/**
 * One playback run on the harness page, traced: per frame, all main-thread task time between the
 * page's frame marks (scripts/bench/trace.ts), beside the page's own update and render timings.
 */
export async function measurePlayback(
  browser: Browser,
  harnessOrigin: string,
  run: { tracks: number; vertices: number; frames: number; stepSeconds: number; maxSeconds: number },
): Promise<PlaybackResult> {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(`${harnessOrigin}/playback.html?tracks=${run.tracks}&vertices=${run.vertices}&frames=${run.frames}&step=${run.stepSeconds}`);
    await page.waitForFunction(() => window.__playbackHarness !== undefined || document.body.hasAttribute("data-bench-error"), undefined, { timeout: 30_000 });
    await page.evaluate(() => window.__playbackHarness?.ready);
    const error = await page.evaluate(() => document.body.getAttribute("data-bench-error"));
    if (error) throw new Error(`playback harness: ${error}`);
    await browser.startTracing(page, { categories: ["__metadata", "toplevel", "blink.user_timing"] });
    let result: PlaybackRun;
    try {
      result = await page.evaluate(([frames, step, maxMs]) => window.__playbackHarness!.run(frames!, step!, maxMs!), [run.frames, run.stepSeconds, run.maxSeconds * 1000]);
    } catch (error) {
      await browser.stopTracing();
      throw error;
    }
    const trace = await browser.stopTracing();
    return { ...result, ...framesFromTrace(trace, FRAME_MARK) };
  } finally {
    await context.close();
  }
}
