import { expect, test } from "@playwright/test";
import { openLandingPage, waitForMapIdle } from "./driver";

const file = (name: string, content: string) => ({ name, mimeType: "application/geo+json", buffer: Buffer.from(content) });

test("an opened GeoJSON file is drawn over the map, in the browser, and can be removed", async ({ page }) => {
  const uploads: string[] = [];
  page.on("request", (request) => {
    if (["POST", "PUT", "PATCH"].includes(request.method()) || request.postData()) uploads.push(request.url());
  });
  await openLandingPage(page);
  await waitForMapIdle(page);
  const line = { type: "FeatureCollection", features: [{ type: "Feature", properties: { name: "<img src=x onerror=alert(1)>" }, geometry: { type: "LineString", coordinates: [[128, 33], [130, 35]] } }] };
  await page.getByTestId("geojson-input").setInputFiles(file("my-track.geojson", JSON.stringify(line)));
  await expect(page.getByTestId("imported-overlay")).toContainText("my-track.geojson (1 feature)");
  await waitForMapIdle(page);
  expect(await page.evaluate(() => window.__SORTIE_MAP__!.queryRenderedFeatures({ layers: ["imported-lines"] }).length)).toBeGreaterThan(0);
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(uploads).toEqual([]);
  await page.getByTestId("imported-overlay").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByTestId("imported-overlay")).toHaveCount(0);
  expect(await page.evaluate(() => window.__SORTIE_MAP__!.getSource("imported"))).toBeUndefined();
});

test("a broken file gets a clear message and the current view is untouched", async ({ page }) => {
  await openLandingPage(page, "?sel=tu95-pair");
  await waitForMapIdle(page);
  const before = await page.evaluate(() => window.__SORTIE_MAP__!.getCenter().toArray());
  for (const [name, content, message] of [
    ["broken.geojson", "{ nope", "not valid JSON"],
    ["circle.geojson", JSON.stringify({ type: "Feature", geometry: { type: "Circle", coordinates: [1, 2] } }), "Circle"],
  ] as const) {
    await page.getByTestId("geojson-input").setInputFiles(file(name, content));
    await expect(page.getByTestId("import-error")).toContainText(message);
    await expect(page.getByTestId("import-error")).toContainText("Nothing on the map was changed");
  }
  expect(await page.evaluate(() => window.__SORTIE_MAP__!.getCenter().toArray())).toEqual(before);
  await expect(page.getByTestId("selection-details")).toContainText("Tu-95MS");
  await expect(page.getByTestId("imported-overlay")).toHaveCount(0);
});
