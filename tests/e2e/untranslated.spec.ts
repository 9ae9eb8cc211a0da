import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { listEventIds } from "@/lib/data/load-event";
import { localePath } from "@/lib/i18n/locales";
import { waitForMapIdle } from "./driver";
import { englishLeaks, englishLooking, englishMatchers, shownTexts } from "./english-leaks";

type Words = { Client: { Export: { button: string }; Share: { button: string } } };
const words = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Words;

/**
 * A sweep of every page a reader of Japanese or Russian meets (the /events dashboard is tested on
 * its own), with the panels opened: no visible text or accessible name may be an English message
 * the locale translates. Content that stays English is marked lang="en" and left out.
 */
const LOCALES = ["ja", "ru"] as const;
const OPENED_EVENTS = ["2020-12-22", "2024-07-24"];
const SITE_PAGES = ["/", "/compare", "/methodology", "/statistics", "/embed", "/no-such-page"];
// Japanese visits every event page. A string left in English is hard-coded in a component, the same
// whatever the locale, so Russian (there for its plural forms and longer words) visits the two
// opened events only; message-parity.test.ts checks every locale's keys.
const PAGES: Record<(typeof LOCALES)[number], string[]> = {
  ja: [...SITE_PAGES, ...listEventIds().flatMap((id) => [`/events/${id}`, `/embed/${id}`])],
  ru: [...SITE_PAGES, ...OPENED_EVENTS.flatMap((id) => [`/events/${id}`, `/embed/${id}`])],
};
// The panels, forms and refusals are opened in Japanese only, for the same reason.
const OPENED_LOCALES: readonly string[] = ["ja"];

/** Waits for what an event page loads after hydration: the deferred sections' text from the panel-details file. */
async function settle(page: Page, path: string): Promise<void> {
  if (path.includes("/events/") || path === "/") await expect(page.locator('section[id] > p[role="status"]')).toHaveCount(0);
  if (path === "/compare") await expect(page.locator('svg[role="img"][data-region]')).toHaveCount(2);
}

async function leaksOn(page: Page, locale: string, label: string, found: string[]): Promise<void> {
  const texts = await shownTexts(page);
  found.push(...englishLeaks(texts, englishMatchers(locale)).map((leak) => `${label} · ${leak}`));
  const looking = englishLooking(texts);
  if (looking.length > 0) console.log(`${label}: English-looking text matching no message (read it):\n  ${looking.join("\n  ")}`);
}

test.describe("no English left on locale pages", { tag: "@server-only" }, () => {
  for (const locale of LOCALES) {
    test(`every page in ${locale}, as loaded`, async ({ page }) => {
      test.setTimeout(300_000);
      const found: string[] = [];
      for (const path of PAGES[locale]) {
        const address = localePath(locale, path);
        await page.goto(address);
        await settle(page, path);
        await leaksOn(page, locale, address, found);
      }
      expect(found).toEqual([]);
    });

    for (const id of OPENED_LOCALES.includes(locale) ? OPENED_EVENTS : []) {
      test(`/${locale}/events/${id} with every panel open and each kind of item selected`, async ({ page, request }) => {
        test.setTimeout(240_000);
        const found: string[] = [];
        const address = localePath(locale, `/events/${id}`);
        await page.goto(address);
        await waitForMapIdle(page);
        await settle(page, address);
        const { Client } = words(locale);

        await page.getByRole("button", { name: Client.Share.button, exact: true }).click();
        await expect(page.getByTestId("share-panel")).toBeVisible();
        await leaksOn(page, locale, `${address} share`, found);
        await page.getByRole("button", { name: Client.Share.button, exact: true }).click();

        await page.getByRole("button", { name: Client.Export.button, exact: true }).click();
        const exportPanel = page.getByTestId("export-panel");
        await expect(exportPanel.getByTestId("video-export").or(exportPanel.getByTestId("video-unsupported"))).toBeVisible();
        await leaksOn(page, locale, `${address} export`, found);
        if (await exportPanel.getByTestId("video-export").isVisible()) {
          // A refused request, then a recording under way, then a cancelled one.
          await exportPanel.locator('input[name="start"]').fill("99:99");
          await exportPanel.locator('button[type="submit"]').click();
          await expect(exportPanel.getByTestId("video-check")).toHaveAttribute("role", "alert");
          await leaksOn(page, locale, `${address} video refused`, found);
          await exportPanel.locator('input[name="start"]').fill(await exportPanel.locator('input[name="end"]').inputValue());
          await exportPanel.locator('button[type="submit"]').click();
          await leaksOn(page, locale, `${address} video refused (end)`, found);
          await page.reload();
          await waitForMapIdle(page);
          await page.getByRole("button", { name: Client.Export.button, exact: true }).click();
          await exportPanel.locator('button[type="submit"]').click();
          const progress = exportPanel.getByTestId("video-progress");
          await expect(progress).toContainText(/^[1-9]\d* \/ \d+/);
          await leaksOn(page, locale, `${address} video recording`, found);
          await progress.locator("button").click();
          await expect(progress).toHaveCount(0);
          await leaksOn(page, locale, `${address} video cancelled`, found);
        }
        await page.getByRole("button", { name: Client.Export.button, exact: true }).click();

        // Files the import refuses, and one it reads with a feature left out.
        const refused = [
          ["not-json.geojson", "{ nope"],
          ["not-geojson.geojson", "[1, 2]"],
          ["wrong-type.geojson", JSON.stringify({ type: "Topology" })],
          ["no-list.geojson", JSON.stringify({ type: "FeatureCollection" })],
          ["empty.geojson", JSON.stringify({ type: "FeatureCollection", features: [] })],
          ["no-geometry.geojson", JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", properties: {} }] })],
          ["circle.geojson", JSON.stringify({ type: "Feature", geometry: { type: "Circle", coordinates: [0, 0] } })],
          ["bad-coordinates.geojson", JSON.stringify({ type: "Point", coordinates: ["a", 2] })],
          ["all-empty.geojson", JSON.stringify({ type: "LineString", coordinates: [[0, 0]] })],
          ["part-empty.geojson", JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", geometry: { type: "LineString", coordinates: [[130, 35]] } }, { type: "Feature", geometry: { type: "Point", coordinates: [130, 35] } }] })],
        ];
        for (const [name, content] of refused) {
          await page.getByTestId("geojson-input").setInputFiles({ name: name!, mimeType: "application/geo+json", buffer: Buffer.from(content!) });
          // This file's own message, not the one before it still on screen.
          await expect(page.getByTestId("import-error").or(page.getByTestId("import-notice")).filter({ hasText: name! })).toBeVisible();
          await leaksOn(page, locale, `${address} import ${name}`, found);
        }

        const legend = page.getByTestId("legend");
        if (!(await legend.evaluate((details) => (details as HTMLDetailsElement).open))) await legend.locator("summary").click();
        await leaksOn(page, locale, `${address} legend`, found);

        // One item of each kind, as the panel-details file lists them.
        const file = (await (await request.get(`/panel-data/${id}.${locale}.json`)).json()) as { details: Record<string, { kind: string }> };
        const byKind = new Map(Object.entries(file.details).map(([item, { kind }]) => [kind, item]));
        for (const [kind, item] of byKind) {
          await page.goto(`${address}?v=1&sel=${item}`);
          await expect(page.getByTestId("selection-details")).toBeVisible();
          await settle(page, address);
          await leaksOn(page, locale, `${address} selected ${kind} ${item}`, found);
        }
        expect(found).toEqual([]);
      });
    }
  }
});
