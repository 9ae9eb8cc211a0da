import { expect, test } from "@playwright/test";
import { waitForMapIdle } from "./driver";

test("the index lists every patrol since 2019 with its links, and each opens its own page", async ({ page }) => {
  await page.goto("/events");
  // The list beside the dashboard's map (it replaced the grid of cards with route thumbnails).
  const items = page.getByTestId("patrol-list").locator("li");
  await expect(items).toHaveCount(11);
  for (const name of ["Compare", "GeoJSON", "KML", "CSV"]) await expect(items.first().getByRole("link", { name })).toBeVisible();
  await page.getByRole("link", { name: /near Alaska/ }).click();
  await expect(page).toHaveURL(/\/events\/2024-07-24$/);
  await waitForMapIdle(page);
  // The Bering Sea basemap is drawn across the antimeridian.
  const land = await page.evaluate(() => window.__SORTIE_MAP__!.queryRenderedFeatures({ layers: ["land", "outer-land"] }).length);
  expect(land).toBeGreaterThan(0);
});

test("an event page loads only its own event's data", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto("/events/2019-07-23");
  await waitForMapIdle(page);
  const html = await (await page.request.get("/events/2019-07-23")).text();
  expect(html).toContain("A-50");
  expect(html).not.toContain("near Alaska");
  expect(requests.filter((url) => url.includes("/data/"))).toEqual([]);
});

test("no page prefetches other pages' data: links fetch on click only", async ({ page }) => {
  // Next.js would otherwise fetch the payload of every page linked in view: /events alone would
  // pull in the landing event's data and that of every event card on screen.
  const payloads: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["rsc"] === "1") payloads.push(request.url());
  });
  for (const path of ["/events", "/events/2019-07-23", "/methodology"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await page.mouse.move(200, 200);
    await page.waitForTimeout(500);
  }
  expect(payloads).toEqual([]);
  // Following a link still works, and only then fetches that page.
  await page.goto("/events");
  await page.getByRole("link", { name: /near Alaska/ }).click();
  await expect(page).toHaveURL(/\/events\/2024-07-24$/);
  expect(payloads.every((url) => new URL(url).pathname.startsWith("/events/2024-07-24"))).toBe(true);
});

test("compare is reachable by URL and fetches only the two events' data", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.goto("/compare?a=2022-05-24&b=2025-12-09");
  await expect(page.getByRole("heading", { name: /hours since first zone entry/ })).toBeVisible();
  await expect(page.locator("table caption")).toHaveCount(2);
  expect(requests.filter((path) => path.startsWith("/data/")).sort()).toEqual(["/data/2022-05-24.geojson", "/data/2025-12-09.geojson"]);
  await page.getByRole("combobox").first().selectOption("2023-12-14");
  await expect(page).toHaveURL(/a=2023-12-14/);
});

test("each event's GeoJSON downloads with its sources and licence", async ({ request }) => {
  const response = await request.get("/data/2020-12-22.geojson");
  expect(response.headers()["content-type"]).toContain("application/geo+json");
  const body = (await response.json()) as { type: string; features: { properties: { sources: string[]; confidence: string } }[]; sources: { id: string }[]; licence: string };
  expect(body.type).toBe("FeatureCollection");
  expect(body.licence).toContain("CC BY 4.0");
  const sourceIds = new Set(body.sources.map((source) => source.id));
  for (const feature of body.features) {
    expect(["confirmed", "reported", "inferred"]).toContain(feature.properties.confidence);
    for (const id of feature.properties.sources) expect(sourceIds.has(id)).toBe(true);
  }
});

test("the methodology page states the confidence levels and the naming policy", async ({ page }) => {
  await page.goto("/methodology");
  await expect(page.getByRole("heading", { name: "What each confidence level means" })).toBeVisible();
  await expect(page.getByText("Dokdo / Takeshima, Sea of Japan / East Sea")).toBeVisible();
});

test("link previews: Open Graph metadata and a generated image for each event", async ({ request }) => {
  const html = await (await request.get("/events/2023-12-14")).text();
  const image = /<meta property="og:image" content="[^"]*?(\/events\/2023-12-14\/opengraph-image[^"]*)"/.exec(html);
  expect(image).not.toBeNull();
  expect(html).toContain('name="twitter:card" content="summary_large_image"');
  const png = await request.get(image![1]!);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect((await png.body()).length).toBeGreaterThan(10_000);
});
