import { expect, test } from "@playwright/test";
import { CHROMIUM_ARGS } from "../../playwright.config";
import english from "../../messages/en.json";

// A real browser with WebGL switched off, not a mocked context.
test.use({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: [...CHROMIUM_ARGS, "--disable-3d-apis", "--disable-gpu"] } });

test("without WebGL the page keeps the panel and explains why there is no map", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("map-unavailable")).toContainText("WebGL");
  await expect(page.getByRole("heading", { name: "Reported moments" })).toBeVisible();
  await page.locator('[data-item-id="tu95-pair"]').click();
  await expect(page.getByTestId("selection-details")).toContainText("Tu-95MS");
});

test("without WebGL the page says why before its own scripts have run or the map library has loaded", async ({ page }) => {
  // Neither React (so no hydration) nor the 300 KB map library: the notice comes from the server's
  // HTML, shown by the small map-start module's check.
  await page.route("**/_next/static/chunks/*.js", (route) => route.abort());
  await page.route(/\/maplibre\/maplibre-gl-\d[^/]*\.mjs$/, (route) => route.abort());
  await page.goto("/");
  await expect(page.getByText("This browser has WebGL switched off or unavailable")).toBeVisible();
  await expect(page.getByTestId("map-loading")).toBeHidden();
});

test("without WebGL the page never downloads the map library", async ({ page }) => {
  const downloaded: string[] = [];
  page.on("requestfinished", (request) => {
    if (/\/maplibre\/maplibre-gl-\d[^/]*\.mjs$/.test(new URL(request.url()).pathname)) downloaded.push(request.url());
  });
  await page.goto("/", { waitUntil: "load" });
  await expect(page.getByTestId("map-unavailable")).toContainText("WebGL");
  expect(downloaded).toEqual([]);
});

test("without WebGL a static sketch of the routes, from the app's own origin, shows behind the notice", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("map-unavailable")).toContainText("WebGL");
  const image = page.locator('img[src^="/map-sketch/"]');
  await expect(image).toBeVisible();
  // The caption that says it is not the map, in the words the page uses.
  await expect(page.getByText(english.Client.Map.sketch)).toBeVisible();
  // Loaded, at the size its SVG gives itself (what makes it count as the page's largest paint).
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => (element.complete ? element.naturalWidth : 0))).toBe(1600);
  const source = new URL(await image.evaluate((element: HTMLImageElement) => element.currentSrc));
  expect(source.origin).toBe(new URL(page.url()).origin);
  expect(source.pathname).toMatch(/^\/map-sketch\/\d{4}-\d{2}-\d{2}\.svg$/);
});

test("without WebGL on a 360 px phone the notice card leaves the sketch's routes uncovered", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto("/events/2024-07-24");
  const card = page.getByTestId("map-unavailable").locator("> div");
  await expect(card).toContainText("WebGL");
  const image = page.locator('img[src^="/map-sketch/"]');
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => (element.complete ? element.naturalWidth : 0))).toBeGreaterThan(0);
  // Where the picture is drawn inside its box: object-fit contain, placed by object-position.
  const picture = await image.evaluate((element: HTMLImageElement) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const top = box.top + parseFloat(style.paddingTop);
    const height = box.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const width = box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const drawnHeight = Math.min(height, (width * element.naturalHeight) / element.naturalWidth);
    const [, vertical = "50%"] = style.objectPosition.split(" ");
    const drawnTop = top + ((height - drawnHeight) * parseFloat(vertical)) / 100;
    return { top: drawnTop, bottom: drawnTop + drawnHeight };
  });
  const cardBox = (await card.boundingBox())!;
  expect(picture.bottom).toBeLessThanOrEqual(cardBox.y);
  await context.close();
});

test("without WebGL on a small desktop window the notice card clears the timeline, and the legend, with nothing to act on, is gone", async ({ browser }) => {
  // Russian at 1024 × 600: the longest words, and the timeline's controls wrap onto a second row.
  const context = await browser.newContext({ viewport: { width: 1024, height: 600 } });
  const page = await context.newPage();
  await page.goto("/ru/events/2024-07-24");
  const card = page.getByTestId("map-unavailable").locator("> div");
  await expect(card).toContainText("WebGL");
  await expect(page.getByTestId("legend")).toBeHidden();
  const cardBox = (await card.boundingBox())!;
  const timelineBox = (await page.getByTestId("timeline").boundingBox())!;
  expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(timelineBox.y);
  await context.close();
});
