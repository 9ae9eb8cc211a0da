import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { Decoder, tools, type EBMLElementDetail } from "ts-ebml";
import { saveScreenshot, waitForMapIdle } from "./driver";

type ViewSnapshot = { url: string; zoom: number; center: number[]; bearing: number; pixelRatio: number; pointerEvents: string };

const snapshot = (page: Page): Promise<ViewSnapshot> =>
  page.evaluate(() => {
    const map = window.__SORTIE_MAP__!;
    return { url: window.location.href, zoom: map.getZoom(), center: map.getCenter().toArray(), bearing: map.getBearing(), pixelRatio: map.getPixelRatio(), pointerEvents: map.getContainer().style.pointerEvents };
  });

/** What the file's own bytes say (ts-ebml reads them), not its name. */
type WebmFacts = { magic: string; docType: unknown; durationMs: number | null; codec: unknown; width: unknown; height: unknown; blockTimesMs: number[] };

function readWebm(file: Buffer): WebmFacts {
  const elements: EBMLElementDetail[] = new Decoder().decode(Uint8Array.from(file).buffer);
  const value = (name: string) => {
    const element = elements.find((candidate) => candidate.name === name);
    return element && "value" in element ? element.value : undefined;
  };
  const scaleMs = Number(value("TimestampScale") ?? 1_000_000) / 1_000_000;
  const blockTimesMs: number[] = [];
  let clusterTime = 0;
  for (const element of elements) {
    if (element.name === "Timestamp" && "value" in element) clusterTime = Number(element.value);
    if ((element.name === "SimpleBlock" || element.name === "Block") && "data" in element) blockTimesMs.push((clusterTime + tools.ebmlBlock(element.data).timecode) * scaleMs);
  }
  const duration = value("Duration");
  return {
    magic: file.subarray(0, 4).toString("hex"),
    docType: value("DocType"),
    durationMs: typeof duration === "number" ? duration * scaleMs : null,
    codec: value("CodecID"),
    width: value("PixelWidth"),
    height: value("PixelHeight"),
    blockTimesMs,
  };
}

async function openExport(page: Page) {
  const panel = page.getByTestId("export-panel");
  if (!(await panel.isVisible())) await page.getByRole("button", { name: "Export", exact: true }).click();
  return panel;
}

async function fillVideoForm(page: Page, start: string, end: string, speed: string) {
  const panel = await openExport(page);
  await panel.getByLabel("Start").fill(start);
  await panel.getByLabel("End").fill(end);
  await panel.getByLabel("Speed").selectOption(speed);
  return panel;
}

test("records the playback as a WebM whose header gives the expected duration", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 960, height: 640 });
  await page.goto("/events/2020-12-22?sel=h6k-pair-a&t=0840");
  await waitForMapIdle(page);
  const before = await snapshot(page);
  const map = await page.getByTestId("map").boundingBox();
  if (!map) throw new Error("no map on the page");

  // 30 minutes at 900× is 2 s of playback: 60 frame steps at 30 fps, after the 1 s opening hold.
  const panel = await fillVideoForm(page, "08:40", "09:10", "900");
  await expect(panel.getByTestId("video-check")).toHaveText("3 s of video, 61 frames at 30 fps.");
  const download = page.waitForEvent("download", { timeout: 150_000 });
  const started = Date.now();
  await panel.getByRole("button", { name: "Record video" }).click();
  await expect(panel.getByTestId("video-progress")).toBeVisible();
  const saved = await download;
  const wallSeconds = (Date.now() - started) / 1000;
  expect(saved.suggestedFilename()).toBe("sortie-2020-12-22-0840KST-0910KST.webm");
  const file = await readFile(await saved.path());
  const webm = readWebm(file);
  console.log(`video: ${file.length} bytes, header duration ${webm.durationMs} ms, ${webm.blockTimesMs.length} blocks, recorded in ${wallSeconds.toFixed(1)} s`);

  expect(webm.magic).toBe("1a45dfa3");
  expect(webm.docType).toBe("webm");
  expect(webm.codec).toMatch(/^V_VP[89]$/);
  // Even sizes: the map's CSS size rounded down to even, plus the header and footer (102 px).
  expect(webm.width).toBe(Math.floor(map.width / 2) * 2);
  expect(webm.height).toBe(Math.floor(map.height / 2) * 2 + 102);
  // Expected: 1 s hold + 60 frames of 1/30 s = 3000 ms. Frames carry the timestamps we give, so
  // the only slack is the container's rounding: WebM stores times in whole milliseconds (the
  // default TimestampScale), which moves each frame by under 1 ms. 5 ms allows for that and
  // nothing else; a wall-clock recording of this render (several seconds) would be far off.
  expect(webm.durationMs).not.toBeNull();
  expect(Math.abs(webm.durationMs! - 3000)).toBeLessThan(5);
  // Every frame is in the file, one frame interval apart after the hold, whatever each took to render.
  expect(webm.blockTimesMs).toHaveLength(61);
  expect(webm.blockTimesMs[1]).toBeCloseTo(1000, -1);
  const steps = webm.blockTimesMs.slice(1).map((time, index) => time - webm.blockTimesMs[index]!);
  expect(steps.slice(1).every((step) => Math.abs(step - 1000 / 30) <= 1)).toBe(true);
  // Plausible size: more than a blank picture, less than 4 Mbit/s allows for 3 s.
  expect(file.length).toBeGreaterThan(20_000);
  expect(file.length).toBeLessThan(2_000_000);

  await expect(panel.getByTestId("video-message")).toHaveText(/^Saved sortie-2020-12-22-0840KST-0910KST\.webm \(3 s, /);
  // Clock, selection, camera and the map's resolution are as they were; the map takes the pointer again.
  expect(await snapshot(page)).toEqual(before);
});

// Cancelling, refusing and failing are the page's own code, the same however the files are served:
// the static-export project records one video (above) and leaves these to the server project.
test.describe("stopping and refusing", { tag: "@server-only" }, () => {
  test("cancelling a recording stops it, saves nothing and gives the view back", async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 960, height: 640 });
    await page.goto("/events/2020-12-22?sel=h6k-pair-a&t=0840");
    await waitForMapIdle(page);
    const before = await snapshot(page);
    let downloaded = false;
    page.on("download", () => {
      downloaded = true;
    });
    const panel = await openExport(page);
    await panel.getByRole("button", { name: "Record video" }).click();
    const progress = panel.getByTestId("video-progress");
    await expect(progress).toContainText(/^[1-9]\d* \/ \d+/);
    // The map is held still while recording.
    expect((await snapshot(page)).pointerEvents).toBe("none");
    await saveScreenshot(page, "export-video-progress-light");
    await progress.getByRole("button", { name: "Cancel" }).click();
    await expect(panel.getByTestId("video-message")).toHaveText("Recording cancelled: you pressed Cancel. The view is as it was.");
    await expect(progress).toHaveCount(0);
    await saveScreenshot(page, "export-video-cancelled-light");
    expect(downloaded).toBe(false);
    expect(await snapshot(page)).toEqual(before);
  });

  test("a recording started while playing gives the playback back when cancelled", async ({ page }) => {
    await page.setViewportSize({ width: 960, height: 640 });
    await page.goto("/events/2020-12-22");
    await waitForMapIdle(page);
    await page.getByRole("button", { name: "Play", exact: true }).click();
    const panel = await openExport(page);
    await panel.getByRole("button", { name: "Record video" }).click();
    await expect(panel.getByTestId("video-progress")).toContainText(/^[1-9]\d* \/ \d+/);
    // Recording pauses the playback and drives the clock itself.
    await expect(page.getByRole("button", { name: "Play", exact: true })).toBeVisible();
    await panel.getByRole("button", { name: "Cancel" }).click();
    await expect(panel.getByTestId("video-message")).toHaveText(/^Recording cancelled/);
    await expect(page.getByRole("button", { name: "Pause", exact: true })).toBeVisible();
  });

  test("switching the theme while recording stops it rather than change colours mid-video", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/events/2020-12-22?t=0840");
    await waitForMapIdle(page);
    const panel = await openExport(page);
    await panel.getByRole("button", { name: "Record video" }).click();
    await expect(panel.getByTestId("video-progress")).toContainText(/^[1-9]\d* \/ \d+/);
    // System → light keeps the colours (the system is light here); light → dark changes them.
    await page.getByRole("button", { name: "Theme: system" }).click();
    await expect(panel.getByTestId("video-progress")).toBeVisible();
    await page.getByRole("button", { name: "Theme: light" }).click();
    await expect(panel.getByTestId("video-message")).toHaveText("Recording cancelled: the theme was changed while recording. The view is as it was.");
  });

  test("an encoder that fails says why and changes nothing", async ({ page }) => {
    await page.addInitScript(() => {
      VideoEncoder.prototype.configure = function configure() {
        throw new DOMException("No encoder is available.", "NotSupportedError");
      };
    });
    await page.goto("/events/2020-12-22?t=0840");
    await waitForMapIdle(page);
    const before = await snapshot(page);
    const panel = await openExport(page);
    await panel.getByRole("button", { name: "Record video" }).click();
    await expect(panel.getByTestId("video-message")).toHaveText(/^Video export failed: the browser's video encoder failed \(.*No encoder is available.*\)\. The view is as it was\.$/);
    await saveScreenshot(page, "export-video-failed-light");
    expect(await snapshot(page)).toEqual(before);
  });

  test("the form explains a time outside the playback and records nothing", async ({ page }) => {
    await page.goto("/events/2020-12-22");
    await waitForMapIdle(page);
    const panel = await fillVideoForm(page, "06:00", "09:10", "900");
    await panel.getByRole("button", { name: "Record video" }).click();
    await expect(panel.getByRole("alert")).toHaveText(/^Start must be within the playback, \d\d:\d\d KST\/JST to \d\d:\d\d KST\/JST\.$/);
    await expect(panel.getByLabel("Start")).toHaveAttribute("aria-invalid", "true");
    await expect(panel.getByTestId("video-progress")).toHaveCount(0);
  });

  test("where the browser cannot record, the video option says so instead of failing", async ({ page }) => {
    await page.addInitScript(() => {
      // A browser without WebCodecs' encoder (or MediaRecorder), as some still are.
      Reflect.deleteProperty(window, "VideoEncoder");
      Reflect.deleteProperty(window, "MediaRecorder");
    });
    await page.goto("/events/2024-07-24");
    await waitForMapIdle(page);
    const panel = await openExport(page);
    await expect(panel.getByTestId("video-unsupported")).toHaveText("This browser cannot record video (it has no video encoder for web pages, WebCodecs). The image export still works.");
    await expect(panel.getByRole("button", { name: "Record video" })).toHaveCount(0);
    // The image export is still offered.
    await expect(panel.getByRole("button", { name: "Image (PNG) 1×" })).toBeEnabled();
  });
});
