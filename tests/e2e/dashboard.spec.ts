import { expect, test, type Page } from "@playwright/test";
import { resizeWindowAndSettle, saveScreenshot, unobstructedMapShare, waitForMapIdle } from "./driver";

const ROUTE_LAYERS = ["patrol-routes-sourced", "patrol-routes-reconstructed"];

/** The patrol numbers whose routes the map draws now (a filtered-out patrol is feature state "hidden", drawn transparent). */
async function drawnPatrols(page: Page): Promise<number[]> {
  return page.evaluate((layers) => {
    const map = window.__SORTIE_MAP__!;
    const numbers = map
      .queryRenderedFeatures({ layers })
      .filter((feature) => feature.state.hidden !== true)
      .map((feature) => feature.properties.patrol as number);
    return [...new Set(numbers)].sort((a, b) => a - b);
  }, ROUTE_LAYERS);
}

/** Page coordinates of a point where `patrol`'s route is the only one under the pointer. */
async function pointOnPatrol(page: Page, patrol: number): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    const map = window.__SORTIE_MAP__!;
    const canvas = map.getCanvas().getBoundingClientRect();
    for (const feature of map.queryRenderedFeatures({ layers: ["patrol-route-hit-area"] })) {
      if (feature.properties.patrol !== wanted || feature.geometry.type !== "LineString") continue;
      for (const coordinate of feature.geometry.coordinates) {
        const pixel = map.project([coordinate[0]!, coordinate[1]!]);
        if (pixel.x < 20 || pixel.y < 20 || pixel.x > canvas.width - 70 || pixel.y > canvas.height - 40) continue;
        const under = map
          .queryRenderedFeatures(pixel, { layers: ["patrol-route-hit-area"] })
          .filter((candidate) => candidate.state.hidden !== true)
          .map((candidate) => candidate.properties.patrol);
        if (under.every((number) => number === wanted)) return { x: canvas.left + pixel.x, y: canvas.top + pixel.y };
      }
    }
    return null;
  }, patrol);
  if (!point) throw new Error(`no point where patrol ${patrol} is alone`);
  return point;
}

const routeState = (page: Page, patrol: number) => page.evaluate((id) => window.__SORTIE_MAP__!.getFeatureState({ source: "patrol-routes", id }), patrol);

const BERING_SEA_PATROL = "2024-07-24";

/** The map's centre longitude now, east of Greenwich (MapLibre wraps it to ±180°), and its zoom. */
const mapView = (page: Page) =>
  page.evaluate(() => {
    const map = window.__SORTIE_MAP__!;
    return { longitude: (map.getCenter().lng + 360) % 360, zoom: map.getZoom() };
  });

test("filtering by year changes the count and the routes drawn, and the link restores it", async ({ page }) => {
  await page.goto("/events");
  await waitForMapIdle(page);
  const items = page.getByTestId("patrol-list").locator("li");
  const total = await items.count();
  await expect(page.getByTestId("patrol-count")).toHaveText(`${total} of ${total} patrols`);
  // The first view frames East Asia, where all patrols but the Bering Sea one were flown; "Show all patrols" brings that one in.
  const beringNumber = await items.evaluateAll((elements, id) => elements.findIndex((element) => element.getAttribute("data-patrol") === id), BERING_SEA_PATROL);
  expect(await drawnPatrols(page)).toEqual([...Array(total).keys()].filter((patrol) => patrol !== beringNumber));
  await saveScreenshot(page, "dashboard-desktop");
  // The link takes the camera once the framing has settled (map= is written on settle): wait for it,
  // or the link below is the first view's and reopens without the Bering Sea patrol in sight.
  const firstCamera = new URL(page.url()).searchParams.get("map");
  await page.getByTestId("show-all-patrols").click();
  await expect.poll(() => new URL(page.url()).searchParams.get("map")).not.toBe(firstCamera);
  await expect.poll(async () => (await drawnPatrols(page)).length).toBe(total);

  await page.getByLabel(/^From/).fill("2024");
  await expect(page).toHaveURL(/from=2024/);
  const years = await items.locator("time").allTextContents();
  expect(years.length).toBeGreaterThan(0);
  expect(years.length).toBeLessThan(total);
  expect(years.every((date) => Number(date.slice(0, 4)) >= 2024)).toBe(true);
  await expect(page.getByTestId("patrol-count")).toHaveText(`${years.length} of ${total} patrols`);
  const visibleNumbers = await items.evaluateAll((elements) => elements.map((element) => element.getAttribute("data-patrol")));
  await expect.poll(async () => (await drawnPatrols(page)).length).toBe(years.length);
  await saveScreenshot(page, "dashboard-desktop-filtered");

  // Reopening the link shows the same patrols, in the list and on the map.
  const link = page.url();
  await page.goto(link);
  await waitForMapIdle(page);
  await expect(page.getByTestId("patrol-count")).toHaveText(`${years.length} of ${total} patrols`);
  expect(await items.evaluateAll((elements) => elements.map((element) => element.getAttribute("data-patrol")))).toEqual(visibleNumbers);
  expect(await drawnPatrols(page)).toHaveLength(years.length);
  await expect(page.getByLabel(/^From/)).toHaveValue("2024");
});

test("hovering a route lights its patrol in the list, hovering the list lights the route, and a click opens its summary", async ({ page }) => {
  await page.goto("/events");
  await waitForMapIdle(page);
  const first = page.getByTestId("patrol-list").locator("li").first();
  const firstId = await first.getAttribute("data-patrol");

  await first.hover();
  await expect.poll(() => routeState(page, 0)).toMatchObject({ hovered: true });
  await page.mouse.move(0, 0);

  const point = await pointOnPatrol(page, 0);
  await page.mouse.move(point.x, point.y);
  await expect(page.locator(`li[data-patrol="${firstId}"]`)).toHaveAttribute("data-highlighted", "true");
  await page.mouse.click(point.x, point.y);
  const summary = page.getByTestId("patrol-summary");
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: "Open this patrol" })).toHaveAttribute("href", /\/(events\/\d{4}-\d{2}-\d{2})?$/);
  await expect(summary).toContainText("Responders");
  await expect(page).toHaveURL(new RegExp(`patrol=${firstId}`));
  await expect.poll(() => routeState(page, 0)).toMatchObject({ selected: true });
  await saveScreenshot(page, "dashboard-desktop-selected");

  // From the keyboard: the list's button selects, and the summary follows.
  await page.getByTestId("patrol-list").locator("li").nth(1).getByRole("button", { name: "Show on map" }).press("Enter");
  await expect(page).toHaveURL(/patrol=/);
  await expect.poll(() => routeState(page, 1)).toMatchObject({ selected: true });
});

test("selecting a patrol frames its routes, but a link's camera wins over framing its selection", async ({ page }) => {
  await page.goto("/events");
  await waitForMapIdle(page);
  expect((await mapView(page)).longitude).toBeLessThan(140);
  await page.locator(`li[data-patrol="${BERING_SEA_PATROL}"]`).getByRole("button", { name: "Show on map" }).click();
  await expect(page).toHaveURL(new RegExp(`patrol=${BERING_SEA_PATROL}`));
  // Framed on the Bering Sea, which the first view (East Asia) and a frame of every patrol (centred near 156° E) both miss.
  await expect.poll(async () => (await mapView(page)).longitude).toBeGreaterThan(175);

  await page.goto(`/events?patrol=${BERING_SEA_PATROL}&map=4.00/35.00/130.00`);
  await waitForMapIdle(page);
  expect(await mapView(page)).toMatchObject({ zoom: 4, longitude: 130 });

  // A selection the link's filters hide is not lit on the map, so it is not framed either: no empty sea.
  await page.goto(`/events?to=2023&patrol=${BERING_SEA_PATROL}`);
  await waitForMapIdle(page);
  await expect(page.getByTestId("patrol-count")).toHaveText(/^\d+ of \d+ patrols$/);
  expect((await mapView(page)).longitude).toBeLessThan(140);
});

test("the link takes the camera when the reader moves the map, not when the window is resized", async ({ page }) => {
  await page.goto("/events");
  await waitForMapIdle(page);
  await expect(page).not.toHaveURL(/map=/);
  await resizeWindowAndSettle(page, { width: 1180, height: 760 });
  await expect(page).not.toHaveURL(/map=/);
  // The reader's drag is written.
  const box = (await page.getByTestId("map").boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/map=/);
});

test("a filter value that cannot be used falls back with a notice, and hostile values break nothing", async ({ page }) => {
  await page.goto("/events?from=constructor&region=__proto__&doc=weak&colour=toString");
  const notice = page.getByTestId("url-notice");
  await expect(notice).toContainText("first year “constructor”");
  await expect(notice).toContainText("region “__proto__”");
  await expect(notice).toContainText("colour by “toString”");
  // The good value still applies; the bad ones leave the address.
  const weak = await page.getByTestId("patrol-list").locator("li").count();
  await expect(page.getByTestId("patrol-count")).toHaveText(new RegExp(`^${weak} of \\d+ patrols$`));
  await expect(page).toHaveURL(/doc=weak/);
  await expect(page).not.toHaveURL(/constructor|__proto__|toString/);
});

test("density shows where the routes concentrate and states the strait crossings, all from the app's origin", async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.context().on("request", (request) => requests.push(request.url()));
  await page.goto("/events?view=density");
  await waitForMapIdle(page);
  await expect
    .poll(() => page.evaluate(() => window.__SORTIE_MAP__!.queryRenderedFeatures({ layers: ["patrol-density-fill"] }).filter((feature) => (feature.state.share as number) > 0).length))
    .toBeGreaterThan(10);
  expect(await drawnPatrols(page)).toEqual([]);
  await expect(page.getByTestId("strait-fact")).toHaveText(/The Tsushima Strait is crossed in \d+ of \d+ patrols shown/);
  await saveScreenshot(page, "dashboard-desktop-density");
  const origin = new URL(baseURL!).origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"))).toEqual([]);
  for (const path of ["/map-data/patrols.json", "/map-data/patrol-density.json", "/basemap/overview/land.geojson"]) expect(requests.some((url) => url.endsWith(path))).toBe(true);
});

test.describe("phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test("the map takes at least half the screen at rest, with the list below", async ({ page }) => {
    await page.goto("/events");
    await waitForMapIdle(page);
    expect(await unobstructedMapShare(page)).toBeGreaterThanOrEqual(0.5);
    await expect(page.getByTestId("patrol-list").locator("li").first()).toBeAttached();
    await saveScreenshot(page, "dashboard-phone");
  });
});
