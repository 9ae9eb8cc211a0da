import { expect, test } from "@playwright/test";
import { openLandingPage, saveScreenshot, waitForMapIdle } from "./driver";

test("the panel is in the server-rendered HTML, readable before any script runs", async ({ request }) => {
  const response = await request.get("/");
  expect(response.status()).toBe(200);
  const html = await response.text();
  for (const text of ["Reported moments", "What each government said", "Dokdo / Takeshima", "Sea of Japan / East Sea", "newsweek.com"]) {
    expect(html).toContain(text);
  }
  // The map is not in the HTML: it loads lazily after the page.
  expect(html).toContain("Loading the map");
});

test("the map draws the routes and labels the places the story turns on", async ({ page }) => {
  await openLandingPage(page);
  await waitForMapIdle(page);
  const labels = await page.evaluate(() =>
    (window.__SORTIE_MAP__?.queryRenderedFeatures({ layers: ["place-labels", "sea-labels"] }) ?? []).map((feature) => String(feature.properties.name)),
  );
  for (const name of ["Dokdo / Takeshima", "Sea of Japan / East Sea", "East China Sea", "Tsushima Strait", "Jeju Island"]) {
    expect(labels.some((label) => label.includes(name.split(" ")[0]!))).toBe(true);
  }
  const formations = await page.evaluate(
    () => new Set((window.__SORTIE_MAP__?.queryRenderedFeatures({ layers: ["track-hit-area"] }) ?? []).map((feature) => feature.properties.formation)).size,
  );
  expect(formations).toBeGreaterThanOrEqual(3);
  await saveScreenshot(page, "desktop", { readme: true });
});

test("on a 360 px phone the panel is a bottom sheet and the map stays usable", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await openLandingPage(page);
  await waitForMapIdle(page);
  const panel = page.getByTestId("panel");
  const panelBox = await panel.boundingBox();
  const mapBox = await page.getByTestId("map").boundingBox();
  expect(panelBox && mapBox).toBeTruthy();
  expect(panelBox!.width).toBeLessThanOrEqual(360);
  expect(panelBox!.y).toBeGreaterThan(300);
  expect(mapBox!.height).toBeGreaterThan(panelBox!.height);
  await saveScreenshot(page, "phone", { readme: true });
  await page.getByRole("button", { name: "Raise the panel to read more" }).click();
  await expect.poll(async () => (await panel.boundingBox())?.height ?? 0).toBeGreaterThan(600);
  await context.close();
});

test("the extended Latin letters of the page's text come from a few-KB cut of the font, not the whole 56 KB face", async ({ page }) => {
  const fonts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "font") fonts.push(new URL(request.url()).pathname);
  });
  await page.goto("/");
  // "Niezależna.pl", a publisher in the sources list, has the page's one extended letter; the
  // deferred sections (context, statements) are in too once their status lines are gone.
  await expect(page.getByText("Niezależna", { exact: false }).first()).toBeAttached();
  await expect(page.locator('section[id] > p[role="status"]')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready);
  expect(fonts).toContain("/fonts/noto-sans/noto-sans-latin-ext-used-400-normal.woff2");
  expect(fonts.filter((font) => /latin-ext-\d+-normal/.test(font))).toEqual([]);
});
