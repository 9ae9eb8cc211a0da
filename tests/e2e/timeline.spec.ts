import { expect, test, type Page } from "@playwright/test";
import { featureState, mapColoursAround, openLandingPage, pagePointOf, pixelsDrawnByLayer, pointOnFormation, trackOfFormation, waitForMapIdle } from "./driver";

const clock = (page: Page) => page.getByTestId("clock");
const tick = (page: Page, momentId: string) => page.locator(`[data-moment-id="${momentId}"]`);
const formationRow = (page: Page, formationId: string) => page.locator(`[data-item-id="${formationId}"]`);
const band = (page: Page, formationId: string) => page.locator(`[data-testid="formation-band"][data-formation="${formationId}"]`);
/** The aircraft are drawn by the GPU (lib/map/layers/aircraft-layer.ts), in the custom layer "aircraft". */
const AIRCRAFT_LAYER = "aircraft";
/**
 * Where H-6K pair A is at 08:10 KST (23:10 UTC), from data/events/2020-12-22/tracks.geojson: a
 * fifth of the way along its leg from [124, 31.9] (reached at 23:05 UTC) to [126.5, 32.85] (23:30
 * UTC). Over so short a leg the great circle stays within a pixel of this straight line.
 */
const PAIR_A_AT_0810: [number, number] = [124 + 0.2 * 2.5, 31.9 + 0.2 * 0.95];
/** Minutes since midnight on the clock's KST/JST reading. */
const clockMinutes = async (page: Page) => {
  const [, hours, minutes] = (await clock(page).textContent())?.match(/(\d\d):(\d\d) KST/) ?? [];
  return hours === undefined ? -1 : Number(hours) * 60 + Number(minutes);
};

test("play moves the clock and shows aircraft along their routes; pause stops it", async ({ page }) => {
  await openLandingPage(page);
  await waitForMapIdle(page);
  await expect(clock(page)).toHaveText("Whole day");
  await page.getByTestId("play-pause").click();
  await expect(page.getByTestId("play-pause")).toHaveAccessibleName("Pause");
  await expect(clock(page)).toContainText(/\d\d:\d\d KST\/JST/);
  const first = await clock(page).textContent();
  await expect.poll(async () => clock(page).textContent()).not.toBe(first);
  // The first aircraft take off at 07:50; by 08:00 the H-6K pairs are flying.
  await expect.poll(() => clockMinutes(page)).toBeGreaterThanOrEqual(8 * 60);
  await page.getByTestId("play-pause").click();
  const paused = await clock(page).textContent();
  await page.waitForTimeout(300);
  await expect(clock(page)).toHaveText(paused!);
  await expect.poll(() => pixelsDrawnByLayer(page, AIRCRAFT_LAYER), { message: "pixels drawn by the aircraft" }).toBeGreaterThan(100);
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
  await expect.poll(() => pixelsDrawnByLayer(page, AIRCRAFT_LAYER, { position: PAIR_A_AT_0810, radius: 6 }), { message: "aircraft pixels where H-6K pair A flies" }).toBeGreaterThan(20);
});

test("clicking an aircraft during playback selects its formation", async ({ page }) => {
  await openLandingPage(page);
  await waitForMapIdle(page);
  await page.getByTestId("scrubber").focus();
  await page.keyboard.press("End");
  await page.keyboard.press("Home");
  for (let step = 0; step < 40; step += 1) await page.keyboard.press("ArrowRight");
  await expect(clock(page)).toContainText("08:10 KST/JST");
  // H-6K pair A's aircraft: on top of its route and the first entry into the KADIZ's marker.
  const aircraft = await pagePointOf(page, PAIR_A_AT_0810);
  await page.mouse.move(aircraft.x, aircraft.y);
  await expect(formationRow(page, "h6k-pair-a")).toHaveAttribute("data-hovered", "true");
  await page.mouse.click(aircraft.x, aircraft.y);
  await expect(page).toHaveURL(/sel=h6k-pair-a/);
  await expect(page.getByTestId("selection-details")).toContainText("H-6K pair A");
  await expect(formationRow(page, "h6k-pair-a")).toHaveAttribute("aria-pressed", "true");
});

test("the flown trail is drawn up to the clock: not before the aircraft passes, solid after", async ({ page }) => {
  await openLandingPage(page);
  await waitForMapIdle(page);
  // A point on the first H-6K pair's route with no marker near it and no
  // route but a Chinese one (the H-6K pairs fly the first legs together).
  const point = await page.evaluate(() => {
    const map = window.__SORTIE_MAP__!;
    const tracks = map.querySourceFeatures("tracks").filter((feature) => feature.properties.formation === "h6k-pair-a");
    // From the far end of each leg backwards: well clear of where the aircraft sits at 07:30.
    for (const track of tracks) {
      if (track.geometry.type !== "LineString") continue;
      const coordinates = track.geometry.coordinates;
      for (let index = coordinates.length - 1; index >= 1; index -= 1) {
        for (const fraction of [0.2, 0.35, 0.5, 0.65, 0.8]) {
        const [from, to] = [coordinates[index - 1]!, coordinates[index]!];
        const middle: [number, number] = [from[0]! + (to[0]! - from[0]!) * fraction, from[1]! + (to[1]! - from[1]!) * fraction];
        const { x, y } = map.project(middle);
        // Clear of the legend (top left) and the timeline (bottom).
        if ((x < 260 && y < 430) || x < 10 || y < 60 || x > map.getCanvas().clientWidth - 80 || y > map.getCanvas().clientHeight - 200) continue;
        const near = map.queryRenderedFeatures(
          [
            [x - 14, y - 14],
            [x + 14, y + 14],
          ],
          { layers: ["moment-points", "base-points", "place-points", "place-labels", "track-hit-area", "response-lines", "zone-labels"] },
        );
        if (near.every((feature) => feature.layer.id === "track-hit-area" && feature.properties.country === "china")) return middle;
        }
      }
    }
    return null;
  });
  expect(point, "a clear point on the H-6K pair A route").not.toBeNull();
  await page.getByTestId("scrubber").focus();
  // The slider rests at the start while the whole day shows: move it away and back to choose 07:30.
  await page.keyboard.press("End");
  await page.keyboard.press("Home");
  await expect(clock(page)).toContainText("07:30 KST/JST");
  // Before the aircraft get there only the faded full route is drawn: no pixel in China's solid red
  // (#c81e1e). Once flown, the trail is: solid red pixels (a few, where the trail is dashed).
  const solidRed = ([red, green, blue]: [number, number, number]) => red > 150 && green < 90 && blue < 90;
  const aircraftNear = await pixelsDrawnByLayer(page, AIRCRAFT_LAYER, { position: point!, radius: 30 });
  expect(aircraftNear, "no aircraft over the sampled point at 07:30").toBe(0);
  // The map draws in the next frames after the clock changes: poll until it has.
  const solidRedCount = async () => (await mapColoursAround(page, point!)).filter(solidRed).length;
  await expect.poll(solidRedCount, { message: "solid red pixels at 07:30" }).toBe(0);
  await page.keyboard.press("End");
  await expect(clock(page)).toContainText("19:30 KST/JST");
  await expect.poll(solidRedCount, { message: "solid red pixels at 19:30" }).toBeGreaterThan(5);
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
  const leg = await trackOfFormation(page, "h6k-pair-b");
  await expect.poll(() => featureState(page, "tracks", leg)).toMatchObject({ hovered: true });

  const point = await pointOnFormation(page, "tu95-pair");
  await page.mouse.move(point.x, point.y);
  await expect(page.locator('[data-item-id="tu95-pair"]')).toHaveAttribute("data-hovered", "true");
});

test("hovering a formation in the panel highlights its span and moments on the timeline", async ({ page }) => {
  await openLandingPage(page);
  await formationRow(page, "tu95-pair").hover();
  await expect(band(page, "tu95-pair")).toBeVisible();
  await expect(page.getByTestId("formation-band")).toHaveCount(1);
  // Said in words too, not by colour alone.
  await expect(page.getByTestId("timeline-highlight")).toContainText("Tu-95MS pair");
  // The Tu-95MS pair's own re-entry into the KADIZ stands out; the H-6K pairs' hotline notice is dimmed.
  await expect(tick(page, "tu95-reenter-kadiz")).toHaveAttribute("data-involved", "true");
  await expect(tick(page, "china-hotline-notice")).toHaveAttribute("data-dimmed", "true");

  await page.mouse.move(5, 5);
  await expect(page.getByTestId("formation-band")).toHaveCount(0);
  await expect(page.locator("[data-dimmed]")).toHaveCount(0);
});

test("pointing at a moment's tick lights up its formations in the panel and on the map, by pointer or keyboard", async ({ page }) => {
  await openLandingPage(page);
  await waitForMapIdle(page);
  const tu95Track = await trackOfFormation(page, "tu95-pair");

  await tick(page, "tu95-reenter-kadiz").hover();
  await expect(formationRow(page, "tu95-pair")).toHaveAttribute("data-hovered", "true");
  await expect(formationRow(page, "h6k-pair-a")).not.toHaveAttribute("data-hovered");
  await expect.poll(() => featureState(page, "tracks", tu95Track)).toMatchObject({ hovered: true });

  await page.mouse.move(5, 5);
  await expect(formationRow(page, "tu95-pair")).not.toHaveAttribute("data-hovered");
  await expect.poll(() => featureState(page, "tracks", tu95Track)).toMatchObject({ hovered: false });

  // The join near Dokdo / Takeshima involves two formations: both light up, and both show on the timeline.
  await tick(page, "join-near-dokdo-takeshima").focus();
  await expect(formationRow(page, "h6k-pair-a")).toHaveAttribute("data-hovered", "true");
  await expect(formationRow(page, "tu95-pair")).toHaveAttribute("data-hovered", "true");
  await expect(page.getByTestId("formation-band")).toHaveCount(2);
  await tick(page, "join-near-dokdo-takeshima").blur();
  await expect(formationRow(page, "h6k-pair-a")).not.toHaveAttribute("data-hovered");
});

test("stepping with → from a focused tick moves the focus, and the highlight, to the next moment", async ({ page }) => {
  await openLandingPage(page);
  await page.mouse.move(5, 5);
  // H-6K pair A alone passes east of Ulleungdo; the next moment is its join with the Tu-95MS pair.
  await tick(page, "pair-a-passes-east-of-ulleungdo").focus();
  await page.keyboard.press("Enter");
  await expect(formationRow(page, "h6k-pair-a")).toHaveAttribute("data-hovered", "true");
  await expect(formationRow(page, "tu95-pair")).not.toHaveAttribute("data-hovered");
  await page.keyboard.press("ArrowRight");
  await expect(tick(page, "join-near-dokdo-takeshima")).toBeFocused();
  await expect(formationRow(page, "tu95-pair")).toHaveAttribute("data-hovered", "true");
});
