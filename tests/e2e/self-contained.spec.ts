import { expect, test } from "@playwright/test";
import { openLandingPage, waitForMapIdle } from "./driver";

test("no request leaves the app's origin, including the map worker, basemap and fonts", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.context().on("request", (request) => requests.push(request.url()));
  await openLandingPage(page);
  await waitForMapIdle(page);
  // Select something so camera moves and highlight code paths run too.
  await page.getByRole("button", { name: /Tu-95MS.*show on the map/ }).first().click();
  await waitForMapIdle(page);

  const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"));
  expect(foreign).toEqual([]);
  expect(requests.some((url) => url.includes("/maplibre/maplibre-gl-worker-"))).toBe(true);
  expect(requests.some((url) => url.includes("/basemap/east-asia/land.geojson"))).toBe(true);
  expect(requests.some((url) => url.endsWith(".woff2"))).toBe(true);
});
