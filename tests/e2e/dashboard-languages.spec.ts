import { expect, test, type Page } from "@playwright/test";
import { readFileSync, readdirSync } from "node:fs";
import { PREFIXED_LOCALES, localePath } from "@/lib/i18n/locales";
import { seriousAccessibilityViolations, waitForMapIdle } from "./driver";

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree): string[] => Object.values(tree).flatMap((value) => (typeof value === "string" ? [value] : leaves(value)));

/** Every English interface message, as en.json holds it. */
const ENGLISH_MESSAGES = new Set(leaves(JSON.parse(readFileSync("messages/en.json", "utf8")) as Tree).filter((message) => message.trim() !== ""));

/** Names that read the same in every language: aircraft types, file formats and tools, an organisation, a map data set, a browser feature, the site's name. */
const PROPER_NOUNS = /H-6\w*|Tu-95\w*|GeoJSON|KML|CSV|GIS|Google Earth|NORAD|Natural Earth|WebGL|Sortie/g;

/** The data's own words for a part-year figure ("April–June 2025 only"), cited as the statistics page cites them. */
const PART_YEAR_PHRASES = readdirSync("data/statistics")
  .filter((file) => file.endsWith(".json"))
  .flatMap((file) => [...readFileSync(`data/statistics/${file}`, "utf8").matchAll(/"partial": "([^"]+)"/g)].map((match) => match[1]!));

/**
 * Everything the dashboard says to a reader: each text node in <main> (visible or not: SVG titles
 * and closed details too) and every accessible name or tooltip an attribute gives. Content marked
 * lang="en" (the patrols' English titles) is left out, and returned apart so that a tooltip quoting
 * a title can be read without it.
 */
async function dashboardWords(page: Page): Promise<{ words: string[]; english: string[] }> {
  return page.evaluate(() => {
    const main = document.querySelector("main")!;
    const inEnglish = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest('[lang="en"]') !== null;
    const words: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? "";
      if (text && !inEnglish(node) && node.parentElement?.tagName !== "SCRIPT" && node.parentElement?.tagName !== "STYLE") words.push(text);
    }
    for (const element of main.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) {
      if (inEnglish(element)) continue;
      for (const name of ["aria-label", "title", "alt", "placeholder"]) {
        const value = element.getAttribute(name)?.trim();
        if (value) words.push(value);
      }
    }
    const english = [...main.querySelectorAll('[lang="en"]')].map((element) => element.textContent?.trim() ?? "").filter(Boolean);
    return { words, english };
  });
}

/**
 * The words that are still English: equal to an English message, or holding an English word once
 * names, the English content (titles, part-year phrases) and a link's quoted “value” are taken out.
 */
function englishLeft(words: string[], english: string[]): string[] {
  return words.filter((word) => {
    // Punctuation alone (a caption's closing ".") is no language.
    if (/[A-Za-z]/.test(word) && ENGLISH_MESSAGES.has(word)) return true;
    let rest = word;
    for (const quoted of [...english, ...PART_YEAR_PHRASES]) rest = rest.split(quoted).join("");
    return /[A-Za-z]{3,}/.test(rest.replace(PROPER_NOUNS, "").replace(/“[^”]*”/g, ""));
  });
}

for (const locale of PREFIXED_LOCALES) {
  test(`/${locale}/events: every control, label, key and caption of the dashboard is in the page's language`, async ({ page }) => {
    await page.goto(localePath(locale, "/events"));
    await waitForMapIdle(page);
    const list = page.getByTestId("patrol-list");
    await expect(list.locator("li")).toHaveCount(11);
    const seen = await dashboardWords(page);
    // Titles are the events' English content: marked, and said to be so in the reader's language.
    expect(seen.english.length).toBeGreaterThan(0);
    await expect(page.getByTestId("english-content-note")).toBeVisible();
    // A patrol mark's tooltip joins date and title as the page's language does (a full-width colon in ja and zh).
    const pattern = (JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as { Events: { strip: { patrol: string } } }).Events.strip.patrol;
    const joiner = pattern.slice(pattern.indexOf("{date}") + "{date}".length, pattern.indexOf("{title}"));
    const tooltips = await page.locator('figure[aria-labelledby="time-strip-caption"] circle > title').allTextContents();
    expect(tooltips).toHaveLength(11);
    expect(tooltips.filter((tooltip) => !tooltip.includes(joiner))).toEqual([]);
    if (locale === "ja" || locale === "zh") expect(tooltips.filter((tooltip) => tooltip.includes(": "))).toEqual([]);

    // A selected patrol (its summary card), the density map's key, and a link value that could not be used.
    await list.locator("li").first().locator("button[aria-pressed]").click();
    await expect(page.getByTestId("patrol-summary")).toBeVisible();
    const selected = await dashboardWords(page);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.locator('input[name="mode"]').nth(1).check();
    await expect(page).toHaveURL(/view=density/);
    const density = await dashboardWords(page);
    await page.goto(`${localePath(locale, "/events")}?from=constructor&doc=weak`);
    await expect(page.getByTestId("url-notice")).toBeVisible();
    const notice = await dashboardWords(page);

    const all = [seen, selected, density, notice];
    const english = all.flatMap((words) => words.english);
    expect([...new Set(all.flatMap((words) => englishLeft(words.words, english)))]).toEqual([]);
    // The check reads what it should: the controls are there to be read.
    expect(all.flatMap((words) => words.words).length).toBeGreaterThan(100);
  });
}
