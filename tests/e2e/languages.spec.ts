import { expect, test } from "@playwright/test";
import { listEventIds } from "@/lib/data/load-event";
import { LANGUAGE_TAGS, LOCALES, PREFIXED_LOCALES, localePath } from "@/lib/i18n/locales";
import { readFileSync } from "node:fs";
import { seriousAccessibilityViolations, waitForMapIdle } from "./driver";

type Messages = { Client: { Selection: { kinds: { formation: string } } }; Details: { labels: { "Drawn route": string } } };
const messages = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Messages;

// Every page in English paths; each locale serves the same set under its prefix.
const PAGES = ["/", "/events", "/compare", "/methodology", "/statistics", "/embed", ...listEventIds().flatMap((id) => [`/events/${id}`, `/embed/${id}`])];

// Interface words of the event page's chrome that must not be left in English on another locale's page.
const ENGLISH_CONTROLS = ["Share", "Export", "Play", "Previous reported moment", "Next reported moment", "Clear", "Playback speed"];
const ENGLISH_HEADINGS = ["Formations", "Reported moments", "What each government said", "Sources", "What is not known", "Places"];

/** `<html lang>` and the `hreflang` alternates of a page's HTML, read without a browser. */
function languageLinks(html: string): { lang: string | undefined; alternates: Record<string, string> } {
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  const alternates: Record<string, string> = {};
  for (const [, tag, href] of html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)) {
    if (tag && href) alternates[tag] = new URL(href).pathname;
  }
  return { lang, alternates };
}

for (const locale of LOCALES) {
  test(`every page in ${locale} answers 200 with lang="${LANGUAGE_TAGS[locale]}" and links its other languages`, async ({ request }) => {
    for (const path of PAGES) {
      const address = localePath(locale, path);
      const response = await request.get(address);
      expect(response.status(), address).toBe(200);
      const { lang, alternates } = languageLinks(await response.text());
      expect(lang, address).toBe(LANGUAGE_TAGS[locale]);
      const expected = Object.fromEntries([...LOCALES.map((other) => [LANGUAGE_TAGS[other], localePath(other, path)]), ["x-default", path]]);
      expect(alternates, address).toEqual(expected);
    }
  });
}

test("an unknown locale or an English prefix is not a page", async ({ request }) => {
  for (const address of ["/fr", "/fr/events", "/en", "/en/events", "/ja/events/1999-01-01"]) expect((await request.get(address)).status(), address).toBe(404);
});

// The static export serves the same HTML: the request checks above cover it, and these run once,
// against the server (the static-export project leaves out @server-only, playwright.config.ts).
test.describe("in the browser", { tag: "@server-only" }, () => {
  for (const locale of PREFIXED_LOCALES) {
    test(`/${locale}/events/2020-12-22: the map draws with ${locale} labels, no English control remains, the switcher keeps the view`, async ({ page }) => {
      const query = "?v=1&sel=tu95-pair&t=0945";
      await page.goto(`${localePath(locale, "/events/2020-12-22")}${query}`);
      await expect(page.locator("html")).toHaveAttribute("lang", LANGUAGE_TAGS[locale]);
      await waitForMapIdle(page);
      // The labels read the page's language from the style's global state, and the places carry its names.
      const labels = await page.evaluate(() => {
        const map = window.__SORTIE_MAP__!;
        const seas = map.queryRenderedFeatures({ layers: ["sea-labels", "place-labels"] });
        return { locale: map.getGlobalState().locale as string, names: seas.map((feature) => feature.properties[`name_${map.getGlobalState().locale as string}`] as string | undefined) };
      });
      expect(labels.locale).toBe(locale);
      expect(labels.names.length).toBeGreaterThan(0);
      expect(labels.names.every((name) => typeof name === "string" && name.length > 0)).toBe(true);

      for (const name of ENGLISH_CONTROLS) await expect(page.getByRole("button", { name, exact: true }), name).toHaveCount(0);
      for (const name of ENGLISH_HEADINGS) await expect(page.getByRole("heading", { name, exact: true }), name).toHaveCount(0);
      // The selection's details come from the locale's panel-details file: labels and kind in its language.
      const details = page.getByTestId("selection-details");
      await expect(details).toContainText(messages(locale).Client.Selection.kinds.formation);
      await expect(details).toContainText(messages(locale).Details.labels["Drawn route"]);
      await expect(details).not.toContainText("Drawn route");
      // Content that stays English says so in the reader's language.
      await expect(page.getByTestId("english-content-note").first()).toBeVisible();

      const before = new URL(page.url()).search;
      expect(before).toContain("sel=tu95-pair");
      await page.getByTestId("language-switcher").getByRole("link", { name: "English" }).click();
      await expect(page).toHaveURL((url) => url.pathname === "/events/2020-12-22" && url.search === before);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("button", { name: "Share", exact: true })).toBeVisible();
    });
  }

  test("the Japanese quote in Kato's statement is shown as the original, in Japanese pages as the reader's own language", async ({ page }) => {
    await page.goto("/ja/events/2020-12-22");
    const quote = page.locator('blockquote[lang="ja"]');
    await expect(quote).toContainText("関心の表明");
    await expect(page.getByTestId("original-quote-caption")).toHaveText("出典が伝える原文のままの言葉です（日本語の原文）。");
    await page.goto("/ko/events/2020-12-22");
    await expect(page.getByTestId("original-quote-caption")).toContainText("일본어");
  });

  for (const locale of PREFIXED_LOCALES) {
    test(`/${locale} has no serious or critical accessibility violations`, async ({ page }) => {
      await page.goto(localePath(locale, "/"));
      await expect(page.locator("h1").first()).toBeVisible();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });
  }
});
