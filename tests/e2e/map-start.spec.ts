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
