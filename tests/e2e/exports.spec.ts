import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { eventsIndexSchema } from "../../lib/export/events-index";
import { openLandingPage } from "./driver";

// Run against the production server and the static export (playwright.config.ts): both must
// answer every export with its own content type.
const EXPORTS = [
  { path: "/data/2020-12-22.kml", type: /^application\/vnd\.google-earth\.kml\+xml/, starts: '<?xml version="1.0" encoding="UTF-8"?>\n<kml ' },
  { path: "/data/2024-07-24.csv", type: /^text\/csv/, starts: "\uFEFFrow_kind,event,feature_id" },
  { path: "/data/events.json", type: /^application\/json/, starts: "{" },
  { path: "/feed.xml", type: /^application\/atom\+xml/, starts: '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"' },
];

for (const { path, type, starts } of EXPORTS) {
  test(`${path} answers with its content type`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(type);
    expect((await response.text()).startsWith(starts)).toBe(true);
  });
}

test("the events index lists every patrol, and each of its download links answers", async ({ request }) => {
  const index = eventsIndexSchema.parse(await (await request.get("/data/events.json")).json());
  expect(index.events.map((event) => event.id)).toContain("2024-07-24");
  const bering = index.events.find((event) => event.id === "2024-07-24");
  for (const url of Object.values(bering?.formats ?? {})) expect((await request.get(url)).status(), url).toBe(200);
});

test("every page links the Atom feed", async ({ page }) => {
  for (const path of ["/", "/events", "/events/2024-07-24", "/methodology"]) {
    await page.goto(path);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]'), path).toHaveAttribute("href", /\/feed\.xml$/);
  }
});

test("the panel offers GeoJSON, KML and CSV downloads", async ({ page }) => {
  await openLandingPage(page);
  for (const format of ["GeoJSON", "KML", "CSV"]) {
    await expect(page.getByRole("link", { name: format, exact: true })).toHaveAttribute("href", `/data/2020-12-22.${format === "GeoJSON" ? "geojson" : format.toLowerCase()}`);
  }
});

test("Cite this view copies a citation holding the view's link, with a visible confirmation", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await openLandingPage(page, "?sel=tu95-pair");
  await page.getByRole("button", { name: "Share" }).click();
  const cite = page.getByTestId("cite-this-view");
  await expect(cite).toContainText("Sortie. (");
  await cite.getByRole("button", { name: "Copy Chicago" }).click();
  await expect(page.getByTestId("share-confirmation")).toHaveText("Chicago citation copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The view's address as it was when the panel opened (the camera may have written to it since).
  const cited = new URL(/https?:\/\/\S+(?= \(accessed)/.exec(copied)?.[0] ?? "about:blank");
  expect(cited.origin).toBe(new URL(baseURL!).origin);
  expect(cited.searchParams.get("sel")).toBe("tu95-pair");
  expect(copied).toContain("Patrol of 22 December 2020");
});

// The same markup from either server: checked once, by the server project.
test("the open share panel, citations included, has no serious accessibility violations in either theme", { tag: "@server-only" }, async ({ page }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await openLandingPage(page);
    await page.getByRole("button", { name: "Share" }).click();
    await expect(page.getByTestId("cite-this-view")).toBeVisible();
    const results = await new AxeBuilder({ page }).include('[data-testid="share-panel"]').analyze();
    const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
    expect(serious.map((violation) => `${colorScheme} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
  }
});
