import { expect, test } from "@playwright/test";
import { openLandingPage, unobstructedMapShare, waitForMapIdle } from "./driver";

for (const viewport of [{ width: 360, height: 740 }, { width: 390, height: 844 }]) {
  test(`at rest on a ${viewport.width}×${viewport.height} phone the map is unobstructed on at least 55 % of the screen`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await openLandingPage(page);
    await waitForMapIdle(page);
    const share = await unobstructedMapShare(page);
    test.info().annotations.push({ type: "unobstructed map share", description: share.toFixed(3) });
    expect(share).toBeGreaterThanOrEqual(0.55);
    await context.close();
  });
}

test("on a phone the timeline is one row until the reader asks for all its controls", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await openLandingPage(page);
  const timeline = page.getByTestId("timeline");
  await expect(page.getByTestId("play-pause")).toBeVisible();
  await expect(page.getByTestId("scrubber")).toBeVisible();
  await expect(page.getByRole("button", { name: "Next reported moment" })).toBeHidden();
  expect((await timeline.boundingBox())!.height).toBeLessThanOrEqual(56);
  await page.getByRole("button", { name: "All timeline controls" }).click();
  await expect(page.getByRole("button", { name: "Next reported moment" })).toBeVisible();
  await expect(page.getByLabel("Playback speed")).toBeVisible();
  await context.close();
});

test("on a phone the sheet peeks with the title, and legend, layers and import sit behind one control", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await openLandingPage(page);
  const raise = page.getByRole("button", { name: "Raise the panel to read more" });
  await expect(raise).toContainText("China–Russia");
  expect((await page.getByTestId("panel").boundingBox())!.height).toBeLessThanOrEqual(80);
  await expect(page.getByText("Open GeoJSON…")).toBeHidden();
  await page.getByTestId("legend").locator("summary").click();
  await expect(page.getByText("Open GeoJSON…")).toBeVisible();
  await expect(page.getByTestId("legend").getByText("Chinese aircraft")).toBeVisible();
  await context.close();
});
