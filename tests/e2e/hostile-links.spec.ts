import { expect, test, type Page } from "@playwright/test";
import { waitForMapIdle } from "./driver";

// Names every object inherits: a link must never reach them through a lookup of its `sel`.
const INHERITED_NAMES = ["constructor", "toString", "__proto__", "hasOwnProperty"];
// The link check is the same code on every map page (url-state-bridge.tsx against the event's item
// ids): each kind of page once, the first event and the Bering Sea one. That no event has an item
// named like an inherited property is lib/data/event-index.test.ts's, for all of them.
const MAP_PAGES = ["/", "/embed", "/events/2024-07-24", "/embed/2019-07-23"];

/** Errors the page throws, collected from the start. */
function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** The map shows every feature undimmed: nothing is selected. */
async function expectNothingDimmed(page: Page) {
  await waitForMapIdle(page);
  const dimmed = await page.evaluate(() => {
    const map = window.__SORTIE_MAP__!;
    return map.querySourceFeatures("tracks").filter((feature) => map.getFeatureState({ source: "tracks", id: String(feature.properties.id) }).dimmed === true).length;
  });
  expect(dimmed).toBe(0);
  await expect(page.locator('[data-dimmed="true"]')).toHaveCount(0);
}

// "constructor" is the inherited name that passes the id's shape check, so it reaches the lookups.
for (const path of MAP_PAGES) {
  test(`${path}?sel=constructor shows a notice, keeps working and dims nothing`, async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${path}?sel=constructor`);
    await expect(page.getByTestId("url-notice")).toContainText("selection “constructor”");
    await expectNothingDimmed(page);
    expect(errors).toEqual([]);
  });
}

test("an unknown sel on first load is named in the notice and not applied: the map is not left dimmed", async ({ page }) => {
  await page.goto("/?sel=xyz-unknown");
  await expect(page.getByTestId("url-notice")).toContainText("selection “xyz-unknown” is not part of this event");
  await expectNothingDimmed(page);
});

// On one page: an embed reads `sel` with the same view store, and `sel=constructor` is tried on an
// embed above; lib/data/event-index.test.ts checks every event for items named like inherited properties.
for (const path of ["/"]) {
  test(`every inherited name as sel, and an unknown id, on ${path}: notice, no crash, nothing dimmed`, async ({ page }) => {
    const errors = collectPageErrors(page);
    for (const name of [...INHERITED_NAMES, "valueOf", "xyz-unknown"]) {
      await page.goto(`${path}?sel=${name}`);
      await expect(page.getByTestId("url-notice")).toContainText(`selection “${name}”`);
      await expectNothingDimmed(page);
      await expect(page).not.toHaveURL(/sel=/);
    }
    expect(errors).toEqual([]);
  });
}

test("/compare names what it could not use, inherited names and markup included", async ({ page }) => {
  const errors = collectPageErrors(page);
  for (const [a, b] of [["<script>", "2020-12-22"], ...INHERITED_NAMES.map((name) => [name, name])] as const) {
    await page.goto(`/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
    await expect(page.getByTestId("url-notice")).toContainText(`“${a}”`);
    // The default pair is shown instead: both patrols on the clock.
    await expect(page.locator("table caption")).toHaveCount(2);
  }
  expect(await page.locator("main script").count()).toBe(0);
  expect(errors).toEqual([]);
});
