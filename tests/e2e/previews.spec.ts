import { expect, test } from "@playwright/test";
import { listEventIds } from "@/lib/data/load-event";
import { LANDING_EVENT_ID } from "@/lib/data/landing-event";
import { BASEMAP_COLOURS, BASEMAP_COLOURS_DARK } from "@/lib/map/palette";
import { PREVIEW_MAP_BOX } from "@/lib/preview/preview-layout";
import { colourShareOfPng } from "./driver";

// Every patrol skirts a coast: a twentieth of the picture at least is land, and never nearly all of it.
const PLAUSIBLE_LAND = { least: 0.05, most: 0.85 };

const previews = ["/opengraph-image", ...listEventIds().filter((id) => id !== LANDING_EVENT_ID).map((id) => `/events/${id}/opengraph-image`)];

test("every link preview draws land and sea in the map's colours, not routes on plain blue", async ({ page }) => {
  const shares: string[] = [];
  for (const url of previews) {
    const response = await page.request.get(url);
    expect(response.headers()["content-type"], url).toBe("image/png");
    const png = await response.body();
    const land = await colourShareOfPng(page, png, BASEMAP_COLOURS.land, { box: PREVIEW_MAP_BOX, tolerance: 6 });
    const sea = await colourShareOfPng(page, png, BASEMAP_COLOURS.water, { box: PREVIEW_MAP_BOX, tolerance: 6 });
    shares.push(`${url}: land ${(land * 100).toFixed(0)} %, sea ${(sea * 100).toFixed(0)} %`);
    expect(land, `land share of ${url}`).toBeGreaterThanOrEqual(PLAUSIBLE_LAND.least);
    expect(land, `land share of ${url}`).toBeLessThanOrEqual(PLAUSIBLE_LAND.most);
    expect(sea, `sea share of ${url}`).toBeGreaterThanOrEqual(0.1);
  }
  test.info().annotations.push({ type: "shares", description: shares.join("; ") });
});

// The route thumbnails live on /compare since /events became a map of every patrol.
for (const theme of ["light", "dark"] as const) {
  const colours = theme === "light" ? BASEMAP_COLOURS : BASEMAP_COLOURS_DARK;

  test(`the two thumbnails on /compare draw land in the ${theme} map's colours, the Bering Sea one included`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/compare?a=2020-12-22&b=2024-07-24");
    await page.waitForLoadState("networkidle");
    const thumbnails = page.locator("main svg[role=img][aria-label^='Routes of']");
    await expect(thumbnails).toHaveCount(2);
    for (const thumbnail of await thumbnails.all()) {
      await expect(thumbnail.locator(`image.only-${theme}`)).toBeVisible();
      const png = await thumbnail.screenshot({ animations: "disabled" });
      const land = await colourShareOfPng(page, png, colours.land, { tolerance: 6 });
      const name = await thumbnail.getAttribute("aria-label");
      expect(land, `land share of ${name}`).toBeGreaterThanOrEqual(PLAUSIBLE_LAND.least);
      expect(land, `land share of ${name}`).toBeLessThanOrEqual(PLAUSIBLE_LAND.most);
    }
  });
}
