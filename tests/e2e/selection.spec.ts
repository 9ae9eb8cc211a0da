import { expect, test } from "@playwright/test";
import { featureState, openLandingPage, pointOnFormation, waitForMapIdle } from "./driver";

test("clicking a route on the map highlights it and shows its details in the panel", async ({ page }) => {
  await openLandingPage(page);
  await waitForMapIdle(page);
  const point = await pointOnFormation(page, "tu95-pair");
  await page.mouse.click(point.x, point.y);

  const details = page.getByTestId("selection-details");
  await expect(details).toContainText("Tu-95MS");
  await expect(details).toContainText("km");
  await expect(details).toContainText(/confirmed|reported|inferred/);
  await expect(page).toHaveURL(/sel=tu95-pair/);
  await expect(page.locator('[data-item-id="tu95-pair"]')).toHaveAttribute("aria-pressed", "true");
});

test("clicking an item in the panel highlights and frames it on the map", async ({ page }) => {
  await openLandingPage(page);
  await waitForMapIdle(page);
  const zoomBefore = await page.evaluate(() => window.__SORTIE_MAP__!.getZoom());

  await page.locator('[data-item-id="dokdo-takeshima"]').click();
  await waitForMapIdle(page);
  expect(await featureState(page, "places", "dokdo-takeshima")).toMatchObject({ selected: true });
  const camera = await page.evaluate(() => ({ zoom: window.__SORTIE_MAP__!.getZoom(), center: window.__SORTIE_MAP__!.getCenter() }));
  expect(camera.zoom).toBeGreaterThan(zoomBefore);
  expect(Math.abs(camera.center.lng - 131.87)).toBeLessThan(1);
  expect(Math.abs(camera.center.lat - 37.24)).toBeLessThan(1);

  // Selecting a formation dims the others.
  await page.locator('[data-item-id="h6k-pair-a"]').click();
  await waitForMapIdle(page);
  expect(await featureState(page, "places", "dokdo-takeshima")).not.toMatchObject({ selected: true });
  const otherLeg = await page.evaluate(() => window.__SORTIE_MAP__!.querySourceFeatures("tracks").find((feature) => feature.properties.formation === "tu95-pair")?.properties.id as string);
  expect(await featureState(page, "tracks", otherLeg)).toMatchObject({ dimmed: true });
});

test("a link with a broken selection falls back with a notice and keeps the page usable", async ({ page }) => {
  await openLandingPage(page, "?sel=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  await expect(page.getByTestId("url-notice")).toContainText("could not be used");
  await expect(page.getByTestId("url-notice")).toContainText("selection “<script>alert(1)</script>”");
  // Shown as text, never run or rendered as markup.
  await expect(page.locator("script:text('alert(1)')")).toHaveCount(0);
  await expect(page).not.toHaveURL(/sel=/);
  await expect(page.getByTestId("selection-details")).toHaveCount(0);
  await page.locator('[data-item-id="tu95-pair"]').click();
  await expect(page.getByTestId("selection-details")).toContainText("Tu-95MS");
});

test("a shared link with a selection opens with that item selected", async ({ page }) => {
  await openLandingPage(page, "?sel=h6k-pair-b");
  await expect(page.getByTestId("selection-details")).toContainText("H-6K");
  await waitForMapIdle(page);
  const leg = await page.evaluate(() => window.__SORTIE_MAP__!.querySourceFeatures("tracks").find((feature) => feature.properties.formation === "h6k-pair-b")?.properties.id as string);
  expect(await featureState(page, "tracks", leg)).toMatchObject({ selected: true });
});

test("a moment whose place nobody reported says so in the panel and is drawn as approximate", async ({ page }) => {
  await page.goto("/events/2019-07-23?sel=h6-exit-kadiz-east-of-ieodo");
  const details = page.getByTestId("selection-details");
  await expect(details).toContainText("position approximate: 33.48°N 128.25°E, interpolated on the reconstructed route");
  await expect(page.locator('[data-item-id="h6-exit-kadiz-east-of-ieodo"]')).toContainText("position approximate");
  // A place a source names is not approximate.
  await expect(page.locator('[data-item-id="bombers-tsushima-strait"]')).not.toContainText("position approximate");
  await waitForMapIdle(page);
  const approximate = await page.evaluate(() => window.__SORTIE_MAP__!.querySourceFeatures("moments").find((feature) => feature.properties.id === "h6-exit-kadiz-east-of-ieodo")?.properties.approximate as boolean);
  expect(approximate).toBe(true);
});
