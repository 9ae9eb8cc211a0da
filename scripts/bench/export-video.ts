// h. Video export: seconds of wall time per second of video for "Export → Video (WebM)" on a
// 1280×800 view (/events/2020-12-22, 08:40 to 09:40 at 900×: 4 s of playback plus the 1 s opening
// hold), from the click to the browser's download. Frames carry their own timestamps, so this is the
// map's render, composition and encoding time per frame, with no real-time floor. Reports, never
// asserts. Run alone against a running server with
//   npx tsx scripts/bench/export-video.ts http://127.0.0.1:3000 [where to keep the video]
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS } from "../../playwright.config";

const VIEW = { path: "/events/2020-12-22?sel=h6k-pair-a&t=0840", width: 1280, height: 800 } as const;
const VIDEO_SECONDS = 5;

async function main(origin: string, keepAt: string | undefined): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: [...CHROMIUM_ARGS] });
  try {
    const context = await browser.newContext({ viewport: { width: VIEW.width, height: VIEW.height }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${origin}${VIEW.path}`);
    await page.locator('[data-testid="map"][data-map-idle="true"]').waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const panel = page.getByTestId("export-panel");
    await panel.getByLabel("Start").fill("08:40");
    await panel.getByLabel("End").fill("09:40");
    await panel.getByLabel("Speed").selectOption("900");
    const started = performance.now();
    const download = page.waitForEvent("download", { timeout: 600_000 });
    await panel.getByRole("button", { name: "Record video" }).click();
    const saved = await download;
    const seconds = (performance.now() - started) / 1000;
    if (keepAt) await saved.saveAs(keepAt);
    console.log(`video of a ${VIEW.width}×${VIEW.height} view: ${VIDEO_SECONDS} s recorded in ${seconds.toFixed(1)} s, ${(seconds / VIDEO_SECONDS).toFixed(2)} s of wall time per second of video`);
  } finally {
    await browser.close();
  }
}

main(process.argv[2] ?? "http://127.0.0.1:3000", process.argv[3]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
