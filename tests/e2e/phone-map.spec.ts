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

test("on a phone, the sheet raised to read hides the legend and zoom buttons it would half-cover, and lowered brings them back", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await openLandingPage(page);
  const legend = page.getByTestId("legend");
  const zoomIn = page.locator(".maplibregl-ctrl-zoom-in");
  await expect(legend).toBeVisible();
  await expect(zoomIn).toBeVisible();
  await page.getByRole("button", { name: "Raise the panel to read more" }).click();
  await expect(legend).toBeHidden();
  await expect(zoomIn).toBeHidden();
  await page.getByRole("button", { name: "Lower the panel to see the map" }).click();
  await expect(legend).toBeVisible();
  await expect(zoomIn).toBeVisible();
  await context.close();
});

test("on a phone, Export opened from the peeking sheet raises the sheet to show it, and Escape puts it back", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await openLandingPage(page);
  const sheet = page.getByTestId("panel");
  await expect(sheet).toHaveAttribute("data-sheet", "peek");
  // From the keyboard: the button is reachable in the peeking sheet, though below its fold.
  const exportButton = sheet.getByRole("button", { name: "Export", exact: true });
  await exportButton.focus();
  // Pressed again only while it has not opened: before hydration the button does nothing yet.
  await expect(async () => {
    if ((await exportButton.getAttribute("aria-expanded")) !== "true") await page.keyboard.press("Enter");
    await expect(exportButton).toHaveAttribute("aria-expanded", "true", { timeout: 1_000 });
  }).toPass();
  const exportPanel = page.getByTestId("export-panel");
  // Wholly on screen: not clipped by the sheet's scrolling area.
  await expect(exportPanel).toBeInViewport({ ratio: 1 });
  await expect(sheet).toHaveAttribute("data-sheet", "full");
  await page.keyboard.press("Escape");
  await expect(exportPanel).toBeHidden();
  await expect(exportButton).toBeFocused();
  await expect(sheet).toHaveAttribute("data-sheet", "peek");
  await context.close();
});
