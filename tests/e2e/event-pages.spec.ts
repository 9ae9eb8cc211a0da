import { readdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { eventFeaturePoints, saveScreenshot, unobstructedMapShare, waitForMapIdle } from "./driver";

// Every event page, as a reader first sees it on a desktop and on a phone.
const EVENT_IDS = readdirSync("data/events").filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name));
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Route vertices inside the legend's box, at the page's default framing. */
async function routeVerticesUnderLegend(page: Page): Promise<number> {
  const legend = await page.getByTestId("legend").boundingBox();
  if (!legend) throw new Error("no legend");
  const vertices = (await eventFeaturePoints(page)).filter(({ source }) => source === "tracks" || source === "responses");
  expect(vertices.length).toBeGreaterThan(0);
  return vertices.filter(({ x, y }) => x >= legend.x && x <= legend.x + legend.width && y >= legend.y && y <= legend.y + legend.height).length;
}

test("there are eleven event pages", () => {
  expect(EVENT_IDS).toHaveLength(11);
});

for (const id of EVENT_IDS) {
  test(`${id}: on a desktop the legend covers no route; on a phone the map has most of the screen`, async ({ page, browser }) => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 1440, height: 900 }]) {
      await page.setViewportSize(viewport);
      await page.goto(`/events/${id}`);
      await waitForMapIdle(page);
      expect(await routeVerticesUnderLegend(page), `route vertices under the legend at ${viewport.width}×${viewport.height}`).toBe(0);
      if (viewport.width === 1280) await saveScreenshot(page, `event-${id}-desktop`);
    }
    const phone = await browser.newContext(PHONE);
    const phonePage = await phone.newPage();
    await phonePage.goto(`/events/${id}`);
    await waitForMapIdle(phonePage);
    const share = await unobstructedMapShare(phonePage);
    test.info().annotations.push({ type: "unobstructed map share at 360×740", description: share.toFixed(3) });
    await saveScreenshot(phonePage, `event-${id}-phone`);
    expect(share).toBeGreaterThanOrEqual(0.55);
    await phone.close();
  });
}

test("the legend lists only what the event's map draws", async ({ page }) => {
  await page.goto("/events/2024-07-24");
  const bering = page.getByTestId("legend");
  await expect(bering).toContainText("Russian aircraft");
  await expect(bering).not.toContainText("Japanese scramble");
  await expect(bering).not.toContainText("Korean scramble");
  await page.goto("/events/2020-12-22");
  await expect(page.getByTestId("legend")).toContainText("Japanese scramble");
  await expect(page.getByTestId("legend")).toContainText("Korean scramble");
});
