import { expect, test } from "@playwright/test";
import { BASEMAP_REGIONS, type BasemapRegionId } from "@/lib/basemap/regions";
import { BASEMAP_COLOURS } from "@/lib/map/palette";
import { KNOWN_POINTS } from "@/tests/fixtures/basemap-known-points";
import { basemapColoursAt, waitForMapIdle } from "./driver";

const PAGE_OF_REGION: Record<BasemapRegionId, string> = { "east-asia": "/", "bering-sea": "/events/2024-07-24" };

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
}

/** Whichever of the basemap's land and water colours a pixel is nearer to. */
function surfaceOf(colour: [number, number, number]): "land" | "sea" {
  const distance = (target: [number, number, number]) => target.reduce((sum, value, index) => sum + (value - colour[index]!) ** 2, 0);
  return distance(rgb(BASEMAP_COLOURS.land)) < distance(rgb(BASEMAP_COLOURS.water)) ? "land" : "sea";
}

for (const region of Object.keys(BASEMAP_REGIONS) as BasemapRegionId[]) {
  test(`the ${region} map draws land where land is and sea where sea is`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(PAGE_OF_REGION[region]);
    await waitForMapIdle(page);
    const points = KNOWN_POINTS[region];
    const colours = await basemapColoursAt(page, BASEMAP_REGIONS[region].bounds, points.map((point) => point.position));
    const drawn = points.map((point, index) => `${point.name}: ${surfaceOf(colours[index]!)}`);
    expect(drawn).toEqual(points.map((point) => `${point.name}: ${point.surface}`));
  });
}
