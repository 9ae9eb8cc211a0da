import { expect, test, type Page } from "@playwright/test";
import { featureState, openLandingPage, pointOnFormation, waitForMapIdle } from "./driver";

const clock = (page: Page) => page.getByTestId("clock");
const aircraftCount = (page: Page) =>
  page.evaluate(() => window.__SORTIE_MAP__?.queryRenderedFeatures({ layers: ["aircraft-icons"] }).length ?? 0);

test("play moves the clock and shows aircraft along their routes; pause stops it", async ({ page }) => {
  await openLandingPage(page);
  await waitForMapIdle(page);
  await expect(clock(page)).toHaveText("Whole day");
  await page.getByTestId("play-pause").click();
  await expect(page.getByTestId("play-pause")).toHaveAccessibleName("Pause");
  await expect(clock(page)).toContainText(/\d\d:\d\d KST\/JST/);
  await expect.poll(() => aircraftCount(page)).toBeGreaterThan(0);
  const first = await clock(page).textContent();
  await expect.poll(async () => clock(page).textContent()).not.toBe(first);
  await page.getByTestId("play-pause").click();
  const paused = await clock(page).textContent();
  await page.waitForTimeout(300);
  await expect(clock(page)).toHaveText(paused!);
});

test("scrubbing with the slider sets the time shown on the clock and the map", async ({ page }) => {
  await openLandingPage(page);
  await waitForMapIdle(page);
  await page.getByTestId("scrubber").focus();
  await page.keyboard.press("End");
  await expect(clock(page)).toContainText("19:30 KST/JST");
  await page.keyboard.press("Home");
  await expect(clock(page)).toContainText("07:30 KST/JST");
  await expect(clock(page)).toContainText("22:30 UTC");
  // Just after the first entry into the KADIZ both H-6K pairs are in the air.
  for (let step = 0; step < 40; step += 1) await page.keyboard.press("ArrowRight");
  await expect(clock(page)).toContainText("08:10 KST/JST");
  await expect.poll(() => aircraftCount(page)).toBeGreaterThanOrEqual(2);
});

test("keyboard: Home, → to step between reported moments, space to play and pause", async ({ page }) => {
  await openLandingPage(page);
  await waitForMapIdle(page);
  await page.locator("body").press("Home");
  await expect(clock(page)).toContainText("07:30 KST/JST");
  await page.locator("body").press("ArrowRight");
  await expect(page).toHaveURL(/sel=/);
  const firstMoment = await clock(page).textContent();
  await page.locator("body").press("ArrowRight");
  await expect(clock(page)).not.toHaveText(firstMoment!);
  await expect(page.getByTestId("selection-details")).toContainText("Reported moment");
  await page.locator("body").press("ArrowLeft");
  await expect(clock(page)).toHaveText(firstMoment!);
  // Screen readers hear where the story stands, as text.
  await expect(page.getByTestId("timeline-description")).toContainText("Latest reported moment:");
  await page.locator("body").press(" ");
  await expect(page.getByTestId("play-pause")).toHaveAccessibleName("Pause");
  await page.locator("body").press(" ");
  await expect(page.getByTestId("play-pause")).toHaveAccessibleName("Play");
});

test("clicking a moment's tick sets the time and frames the map on it", async ({ page }) => {
  await openLandingPage(page);
  await waitForMapIdle(page);
  await page.getByRole("button", { name: /Dokdo \/ Takeshima/ }).filter({ has: page.locator("xpath=self::*[contains(@class,'rotate-45')]") }).first().click();
  await expect(clock(page)).toContainText(/\d\d:\d\d KST\/JST/);
  await waitForMapIdle(page);
  const center = await page.evaluate(() => window.__SORTIE_MAP__!.getCenter());
  expect(Math.abs(center.lng - 131.5)).toBeLessThan(2);
});

test("hovering links the panel and the map both ways", async ({ page }) => {
  await openLandingPage(page);
  await waitForMapIdle(page);
  await page.locator('[data-item-id="h6k-pair-b"]').hover();
  const leg = await page.evaluate(
    () => window.__SORTIE_MAP__!.querySourceFeatures("tracks").find((feature) => feature.properties.formation === "h6k-pair-b")?.properties.id as string,
  );
  await expect.poll(() => featureState(page, "tracks", leg)).toMatchObject({ hovered: true });

  const point = await pointOnFormation(page, "tu95-pair");
  await page.mouse.move(point.x, point.y);
  await expect(page.locator('[data-item-id="tu95-pair"]')).toHaveAttribute("data-hovered", "true");
});
