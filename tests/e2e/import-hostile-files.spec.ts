import { expect, test, type Page } from "@playwright/test";
import { openLandingPage, waitForMapIdle } from "./driver";

const file = (name: string, content: string | Buffer) => ({ name, mimeType: "application/geo+json", buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
const line = { type: "Feature", properties: { name: "small" }, geometry: { type: "LineString", coordinates: [[128, 33], [130, 35]] } };

/** 19 MB of nested arrays: seconds of JSON.parse, under the 20 MB limit. */
function jsonBomb(): Buffer {
  const depth = 9_500_000;
  return Buffer.concat([Buffer.alloc(depth, "["), Buffer.alloc(depth, "]")]);
}

function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test("a file whose only geometry is empty gets a message; the page and the camera are untouched", async ({ page }) => {
  const errors = collectPageErrors(page);
  await openLandingPage(page);
  await waitForMapIdle(page);
  const before = await page.evaluate(() => window.__SORTIE_MAP__!.getCenter().toArray());
  for (const [name, content] of [
    ["empty-line.geojson", { type: "LineString", coordinates: [] }],
    ["empty-polygon.geojson", { type: "Polygon", coordinates: [[]] }],
    ["odd-type.geojson", { type: { toString: 1 }, features: [] }],
  ] as const) {
    await page.getByTestId("geojson-input").setInputFiles(file(name, JSON.stringify(content)));
    await expect(page.getByTestId("import-error")).toContainText(name);
    await expect(page.getByTestId("import-error")).toContainText("Nothing on the map was changed");
  }
  expect(await page.evaluate(() => window.__SORTIE_MAP__!.getCenter().toArray())).toEqual(before);
  await expect(page.getByTestId("imported-overlay")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("empty geometries beside drawable ones are left out with a notice, and what remains is drawn", async ({ page }) => {
  const errors = collectPageErrors(page);
  await openLandingPage(page);
  await waitForMapIdle(page);
  // A 200,000-deep extra member on the drawable feature's geometry, written as text (too deep for JSON.stringify).
  const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
  const empty = JSON.stringify({ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: [] } });
  const drawable = `{"type":"Feature","properties":{"name":"small"},"geometry":{"type":"LineString","extra":${deep},"coordinates":[[128,33],[130,35]]}}`;
  await page.getByTestId("geojson-input").setInputFiles(file("mixed.geojson", `{"type":"FeatureCollection","features":[${empty},${drawable}]}`));
  await expect(page.getByTestId("imported-overlay")).toContainText("mixed.geojson (1 feature)");
  await expect(page.getByTestId("import-notice")).toContainText("1 feature has an empty geometry");
  await waitForMapIdle(page);
  expect(await page.evaluate(() => window.__SORTIE_MAP__!.queryRenderedFeatures({ layers: ["imported-lines"] }).length)).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test("a huge file is read off the main thread, with progress and Cancel; the panel stays usable meanwhile", async ({ page }) => {
  await openLandingPage(page);
  await waitForMapIdle(page);
  await page.getByTestId("geojson-input").setInputFiles(file("bomb.json", jsonBomb()));
  await expect(page.getByTestId("import-progress")).toContainText("Reading bomb.json");
  // The page answers while the worker parses.
  await page.locator('[data-item-id="tu95-pair"]').click();
  await expect(page.getByTestId("selection-details")).toContainText("Tu-95MS");
  await page.getByTestId("import-progress").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("import-progress")).toHaveCount(0);
  await expect(page.locator('[data-import="idle"]')).toHaveCount(1);
  await expect(page.getByTestId("import-error")).toHaveCount(0);
  await expect(page.getByTestId("imported-overlay")).toHaveCount(0);
});

test("the last file chosen wins, even when an earlier, larger one would finish reading later", async ({ page }) => {
  await openLandingPage(page);
  await waitForMapIdle(page);
  // A valid file of 15 MB (one long property), then a small one straight after.
  const large = { type: "Feature", properties: { name: "large", padding: "x".repeat(15 * 1024 * 1024) }, geometry: { type: "Point", coordinates: [140, 40] } };
  const input = page.getByTestId("geojson-input");
  await input.setInputFiles(file("large.geojson", JSON.stringify(large)));
  await input.setInputFiles(file("small.geojson", JSON.stringify(line)));
  await expect(page.getByTestId("imported-overlay")).toContainText("small.geojson");
  // Once nothing is being read any more, the small file is still the one shown.
  await expect(page.locator('[data-import="idle"]')).toHaveCount(1);
  await expect(page.getByTestId("imported-overlay")).toContainText("small.geojson");
});
