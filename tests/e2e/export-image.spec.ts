import { mkdir, readFile, writeFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { colourShareOfPng, SCREENSHOT_DIRECTORY, waitForMapIdle } from "./driver";

// The exported image is the map's CSS size plus a header and a footer (lib/export/compose-image.ts).
const HEADER_AND_FOOTER = 58 + 44;
const LAND = { light: "#f5f2ea", dark: "#1f2937" };

type ViewSnapshot = { url: string; zoom: number; center: number[]; bearing: number; pixelRatio: number; canvasWidth: number };

const snapshot = (page: Page): Promise<ViewSnapshot> =>
  page.evaluate(() => {
    const map = window.__SORTIE_MAP__!;
    return { url: window.location.href, zoom: map.getZoom(), center: map.getCenter().toArray(), bearing: map.getBearing(), pixelRatio: map.getPixelRatio(), canvasWidth: map.getCanvas().width };
  });

/** Width and height from the PNG's IHDR chunk: the file's own header, not its name. */
function pngSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(file.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

async function exportImage(page: Page, scale: 1 | 2): Promise<{ name: string; file: Buffer }> {
  const panel = page.getByTestId("export-panel");
  if (!(await panel.isVisible())) await page.getByRole("button", { name: "Export", exact: true }).click();
  const download = page.waitForEvent("download");
  await panel.getByRole("button", { name: `Image (PNG) ${scale}×` }).click();
  const saved = await download;
  const path = await saved.path();
  return { name: saved.suggestedFilename(), file: await readFile(path) };
}

async function keep(name: string, file: Buffer): Promise<void> {
  await mkdir(SCREENSHOT_DIRECTORY, { recursive: true });
  await writeFile(`${SCREENSHOT_DIRECTORY}/export-${name}`, file);
}

for (const theme of ["light", "dark"] as const) {
  test(`exports the view as a PNG at 1× and 2× without changing it (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/events/2020-12-22?sel=h6k-pair-a&t=0840");
    await waitForMapIdle(page);
    const map = await page.getByTestId("map").boundingBox();
    if (!map) throw new Error("no map on the page");
    const before = await snapshot(page);

    const single = await exportImage(page, 1);
    expect(single.name).toBe("sortie-2020-12-22-0840KST.png");
    expect(pngSize(single.file)).toEqual({ width: Math.round(map.width), height: Math.round(map.height) + HEADER_AND_FOOTER });
    // Not blank: the basemap's land is in the picture.
    expect(await colourShareOfPng(page, single.file, LAND[theme], { tolerance: 6 })).toBeGreaterThan(0.05);
    await expect(page.getByTestId("export-message")).toHaveText("Saved sortie-2020-12-22-0840KST.png");

    const double = await exportImage(page, 2);
    expect(double.name).toBe("sortie-2020-12-22-0840KST@2x.png");
    expect(pngSize(double.file)).toEqual({ width: 2 * Math.round(map.width), height: 2 * (Math.round(map.height) + HEADER_AND_FOOTER) });
    expect(await colourShareOfPng(page, double.file, LAND[theme], { tolerance: 6 })).toBeGreaterThan(0.05);
    await keep(`2020-12-22-${theme}@2x.png`, double.file);
    await keep(`2020-12-22-${theme}.png`, single.file);

    // Camera, selection, time and the map's own resolution are as they were.
    expect(await snapshot(page)).toEqual(before);
  });
}

test("exports the Bering Sea patrol, whole day", async ({ page }) => {
  await page.goto("/events/2024-07-24");
  await waitForMapIdle(page);
  const { name, file } = await exportImage(page, 1);
  expect(name).toBe("sortie-2024-07-24-whole-day.png");
  expect(await colourShareOfPng(page, file, LAND.light, { tolerance: 6 })).toBeGreaterThan(0.02);
  await keep("2024-07-24-light.png", file);
});

// The page's own code, whichever way its files are served: the static-export project leaves it to the server project.
test("a failed export says why and changes nothing on screen", { tag: "@server-only" }, async ({ page }) => {
  // The browser refuses to encode: toBlob hands back null, as it does for an over-large canvas.
  await page.addInitScript(() => {
    HTMLCanvasElement.prototype.toBlob = function toBlob(callback: BlobCallback) {
      callback(null);
    };
  });
  await page.goto("/events/2020-12-22?t=0840");
  await waitForMapIdle(page);
  const before = await snapshot(page);
  let downloaded = false;
  page.on("download", () => {
    downloaded = true;
  });
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await page.getByTestId("export-panel").getByRole("button", { name: "Image (PNG) 2×" }).click();
  await expect(page.getByTestId("export-message")).toHaveText(/^Export failed: The browser could not encode the image/);
  expect(downloaded).toBe(false);
  expect(await snapshot(page)).toEqual(before);
});
