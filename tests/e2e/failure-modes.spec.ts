import { expect, test } from "@playwright/test";
import { openLandingPage } from "./driver";

for (const [file, pattern] of [
  ["map worker", "**/maplibre/maplibre-gl-worker-*.mjs"],
  ["map library", /\/maplibre\/maplibre-gl-\d[^/]*\.mjs$/],
] as const) {
  test(`when the ${file} cannot load, the page says so and the panel still works`, async ({ page }) => {
    await page.route(pattern, (route) => route.fulfill({ status: 404, body: "not found" }));
    await openLandingPage(page);
    await expect(page.getByTestId("map-unavailable")).toContainText("failed", { timeout: 45_000 });
    await page.locator('[data-item-id="tu95-pair"]').click();
    await expect(page.getByTestId("selection-details")).toContainText("Tu-95MS");
  });
}

for (const [what, fulfil] of [
  ["is missing", { status: 404, body: "not found" }],
  ["belongs to another event", { status: 200, body: JSON.stringify({ eventId: "2019-07-23", data: {}, zones: {}, playback: {} }), contentType: "application/json" }],
] as const) {
  test(`when the event's map content ${what}, the page says the map failed and the panel still works`, async ({ page }) => {
    await page.route("**/map-data/*.json", (route) => route.fulfill(fulfil));
    await openLandingPage(page);
    await expect(page.getByTestId("map-unavailable")).toContainText("failed", { timeout: 45_000 });
    await page.locator('[data-item-id="tu95-pair"]').click();
    await expect(page.getByTestId("selection-details")).toContainText("Tu-95MS");
  });
}

test("when a basemap data file returns 404 or garbage, the routes still draw and a notice says what is missing", async ({ page }) => {
  await page.route("**/basemap/east-asia/land.geojson", (route) => route.fulfill({ status: 404, body: "" }));
  await page.route("**/basemap/east-asia/coastline.geojson", (route) => route.fulfill({ status: 200, body: "<<garbage>>", contentType: "application/json" }));
  await openLandingPage(page);
  await expect(page.getByTestId("map-notice")).toContainText("Part of the basemap could not be loaded");
  await expect
    .poll(() => page.evaluate(() => window.__SORTIE_MAP__?.queryRenderedFeatures({ layers: ["track-hit-area"] }).length ?? 0), { timeout: 45_000 })
    .toBeGreaterThan(0);
});

test("when compare data is missing, compare says so and keeps the other patrol", async ({ page }) => {
  await page.route("**/data/2019-07-23.geojson", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("/compare?a=2019-07-23&b=2020-12-22");
  await expect(page.getByText("This patrol’s data could not be loaded")).toBeVisible();
  await expect(page.locator("table caption")).toHaveCount(1);
});

test("on a very slow network the panel is readable long before the map", async ({ page }) => {
  const session = await page.context().newCDPSession(page);
  await session.send("Network.enable");
  // About a poor 3G connection: 50 KB/s down, 400 ms latency.
  await session.send("Network.emulateNetworkConditions", { offline: false, latency: 400, downloadThroughput: 50 * 1024, uploadThroughput: 20 * 1024 });
  await page.goto("/", { waitUntil: "commit" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "Reported moments" })).toBeAttached();
  await expect(page.getByTestId("map-loading")).toBeVisible();
});
