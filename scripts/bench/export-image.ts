// f. Image export: how long "Export → Image (PNG) 2×" takes on a 1440×900 view, from the click
// to the browser's download, as the test driver sees it (so a few ms of protocol round trip are
// included). Reports, never asserts. Run alone against a running server with
//   npx tsx scripts/bench/export-image.ts http://127.0.0.1:3000
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS } from "../../playwright.config";

export const EXPORT_VIEW = { path: "/events/2020-12-22?sel=h6k-pair-a&t=0840", width: 1440, height: 900 } as const;

/** Milliseconds per 2× export, `runs` exports one after another on one loaded page. */
export async function measureImageExport(browser: Browser, origin: string, runs = 5): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: EXPORT_VIEW.width, height: EXPORT_VIEW.height }, acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${EXPORT_VIEW.path}`);
    await page.locator('[data-testid="map"][data-map-idle="true"]').waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const button = page.getByTestId("export-panel").getByRole("button", { name: "Image (PNG) 2×" });
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      await button.waitFor({ state: "visible" });
      await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="export-panel"] button:disabled'));
      const started = performance.now();
      const download = page.waitForEvent("download");
      await button.click();
      await download;
      times.push(performance.now() - started);
    }
    return times;
  } finally {
    await context.close();
  }
}

async function main(origin: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: [...CHROMIUM_ARGS] });
  try {
    const times = await measureImageExport(browser, origin);
    console.log(`2× image of a ${EXPORT_VIEW.width}×${EXPORT_VIEW.height} view: ${times.map((time) => Math.round(time)).join(", ")} ms`);
  } finally {
    await browser.close();
  }
}

// Run as a script (not imported by run.ts): measure against the origin given.
if (process.argv[1]?.endsWith("export-image.ts")) {
  main(process.argv[2] ?? "http://127.0.0.1:3000").catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
