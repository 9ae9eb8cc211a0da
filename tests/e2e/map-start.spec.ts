import { expect, test } from "@playwright/test";
import { openLandingPage, waitForMapIdle } from "./driver";

test("the landing page's map draws the event from the server's HTML, without waiting for the app's JavaScript", async ({ page }) => {
  // No Next.js script ever arrives (the stylesheets do), so React never hydrates: only the
  // map-start module can make a map.
  await page.route(/\/_next\/static\/chunks\/[^?]*\.js(\?|$)/, (route) => route.abort());
  await openLandingPage(page);
  await expect(page.locator('[data-testid="map"] canvas.maplibregl-canvas')).toHaveCount(1, { timeout: 45_000 });
  // The event's content is on the map and drawn, and the server-rendered loading cover has hidden itself.
  await expect(page.locator('[data-testid="map"][data-map-drawn][data-map-idle="true"]')).toHaveCount(1, { timeout: 45_000 });
  await expect(page.getByTestId("map-loading")).toBeHidden();
  expect(await page.evaluate(() => window.__SORTIE_MAP__)).toBeUndefined();
});

test("the app takes over the map started before hydration instead of making a second one", async ({ page }) => {
  await openLandingPage(page);
  await waitForMapIdle(page);
  await expect(page.locator('[data-testid="map"] canvas.maplibregl-canvas')).toHaveCount(1);
  // Taken over: the app's layers are on the map the page started.
  expect(await page.evaluate(() => Boolean(window.__SORTIE_MAP__?.getLayer("track-hit-area")))).toBe(true);
});

test.describe("the map's first frame is in the reader's theme", () => {
  /** Mean brightness (0–255) of the map as first drawn, with no app script to repaint it. */
  async function firstFrameBrightness(page: import("@playwright/test").Page): Promise<number> {
    await page.route(/\/_next\/static\/chunks\/[^?]*\.js(\?|$)/, (route) => route.abort());
    await openLandingPage(page);
    await expect(page.locator('[data-testid="map"][data-map-drawn][data-map-idle="true"]')).toHaveCount(1, { timeout: 45_000 });
    const png = await page.getByTestId("map").screenshot();
    return page.evaluate(async (base64) => {
      // Decoded from bytes: the page's content security policy allows no data: URL to be fetched.
      const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, image.width, image.height).data;
      let sum = 0;
      for (let index = 0; index < data.length; index += 4) sum += (data[index]! + data[index + 1]! + data[index + 2]!) / 3;
      return sum / (data.length / 4);
    }, png.toString("base64"));
  }

  test("dark when the system prefers dark", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    expect(await firstFrameBrightness(page)).toBeLessThan(90);
    await context.close();
  });

  test("dark when the reader chose dark, whatever the system", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "light" });
    await context.addInitScript(() => localStorage.setItem("sortie-theme", "dark"));
    const page = await context.newPage();
    expect(await firstFrameBrightness(page)).toBeLessThan(90);
    await context.close();
  });

  test("light when the system prefers light", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "light" });
    const page = await context.newPage();
    expect(await firstFrameBrightness(page)).toBeGreaterThan(160);
    await context.close();
  });
});
