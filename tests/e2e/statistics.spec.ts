import { readdirSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";

/** The data files as the researcher wrote them: the page and the CSV must say the same. */
type Figure = { value: number; marker: string; approximate?: boolean; sources: string[] };
type Series = { id: string; rows: Array<{ period: string; year: number; partial?: string; values: Record<string, Figure> }>; categories: Array<{ key: string }> };
const read = (id: string) => JSON.parse(readFileSync(`data/statistics/${id}.json`, "utf8")) as Series;
const SERIES = ["japan-scrambles-by-country", "japan-scrambles-by-air-defence-force", "korea-kadiz-entries"].map(read);
const JAPAN = SERIES[0]!;
const SOURCES = new Map((JSON.parse(readFileSync("data/statistics/sources.json", "utf8")) as { sources: Array<{ id: string; publisher: string; url: string }> }).sources.map((source) => [source.id, source]));
const PATROL_IDS = readdirSync("data/events").filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name));

function figure(series: Series, period: string, category: string): Figure {
  const value = series.rows.find((row) => row.period === period)?.values[category];
  if (!value) throw new Error(`${series.id} has no ${category} for ${period}`);
  return value;
}

function yearBar(page: Page, chart: string, year: number) {
  return page.locator(`[data-chart="${chart}"] [data-year="${year}"]`);
}

test("the chart shows each year's figures from the data file with their sources, on focus and on hover", async ({ page }) => {
  await page.goto("/statistics");
  const tooltip = page.getByTestId("chart-tooltip");
  for (const [period, year, how] of [["FY2016", 2016, "hover"], ["FY2024", 2024, "focus"]] as const) {
    const total = figure(JAPAN, period, "total");
    expect(total.value).toBe(period === "FY2016" ? 1168 : 704);
    if (how === "focus") await yearBar(page, "japan-by-country", year).focus();
    else await yearBar(page, "japan-by-country", year).hover();
    await expect(tooltip).toContainText(`Total: ${total.value.toLocaleString("en-US")} (official)`);
    await expect(tooltip).toContainText(`China: ${figure(JAPAN, period, "china").value} (official)`);
    for (const id of total.sources) await expect(tooltip).toContainText(`${id.toUpperCase()} ${SOURCES.get(id)!.publisher}`);
  }
});

test("the table alternative holds the same figures and links each to its sources", async ({ page }) => {
  await page.goto("/statistics");
  const section = page.locator('section[data-series="japan-scrambles-by-country"]');
  await section.getByText("Table of the figures").click();
  for (const period of ["FY2016", "FY2024"]) {
    const row = section.locator(`tr[data-period="${period}"]`);
    await expect(row.locator('td[data-category="total"]')).toHaveText(figure(JAPAN, period, "total").value.toLocaleString("en-US"));
    await expect(row.locator('td[data-category="other"]')).toContainText("derived by us");
    const ids = figure(JAPAN, period, "total").sources;
    await expect(row.locator('td[data-column="sources"] a')).toHaveText(ids.map((id) => id.toUpperCase()));
    await row.getByRole("link", { name: ids[0]!.toUpperCase(), exact: true }).click();
    await expect(page.locator(`#statistics-source-${ids[0]}`)).toContainText(SOURCES.get(ids[0]!)!.url);
  }
});

test("a year with no published figure is a gap: no bar, no zero", async ({ page }) => {
  await page.goto("/statistics");
  const forces = read("japan-scrambles-by-air-defence-force");
  expect(forces.rows.find((row) => row.period === "FY2015")?.values.central).toBeUndefined();
  const central2015 = yearBar(page, "force-central", 2015);
  await expect(central2015).toHaveAttribute("data-gap", "true");
  await expect(central2015.locator("rect[data-category]")).toHaveCount(0);
  // Nothing but the "n/a" mark and the year's label: no value, no zero.
  expect((await central2015.locator("text").allTextContents()).filter((text) => text !== "2015")).toEqual(["n/a"]);
  await expect(yearBar(page, "force-central", 2016).locator("rect[data-category]")).toHaveCount(1);
  // FY2005: China and Russia printed, the total not: the parts stand without an outline.
  await expect(yearBar(page, "japan-by-country", 2005).locator('rect[data-category="total"]')).toHaveCount(0);
  await expect(yearBar(page, "japan-by-country", 2005).locator('rect[data-category="china"]')).toHaveCount(1);
  const section = page.locator('section[data-series="japan-scrambles-by-air-defence-force"]');
  await section.getByText("Table of the figures").click();
  await expect(section.locator('tr[data-period="FY2015"] td[data-category="central"]')).toHaveText("no figure");
});

test("secondary-report and derived figures are drawn apart from official ones, and FY2025 is marked partial", async ({ page }) => {
  await page.goto("/statistics");
  const fy2008 = yearBar(page, "japan-by-country", 2008);
  await expect(fy2008.locator('rect[data-category="china"]')).toHaveAttribute("data-marker", figure(JAPAN, "FY2008", "china").marker);
  const styles = await page.evaluate(() =>
    ["2016", "2008"].map((year) => {
      const rect = document.querySelector(`[data-chart="japan-by-country"] [data-year="${year}"] rect[data-category="china"]`) as SVGRectElement;
      return getComputedStyle(rect).fill;
    }),
  );
  expect(styles[0]).not.toContain("url(");
  expect(styles[1]).toContain("hatch");
  await expect(yearBar(page, "japan-by-country", 2025)).toContainText("Q1–3 only");
  await yearBar(page, "japan-by-country", 2025).focus();
  await expect(page.getByTestId("chart-tooltip")).toContainText("partial: April–December 2025 only");
  await yearBar(page, "kadiz-china", 2021).focus();
  await expect(page.getByTestId("chart-tooltip")).toContainText(`China: about ${figure(read("korea-kadiz-entries"), "2021", "china").value}`);
});

test("each joint patrol is marked on the fiscal-year axis and links to its page", async ({ page }) => {
  await page.goto("/statistics");
  const marks = page.locator('[data-chart="japan-by-country"] a[data-patrol]');
  await expect(marks).toHaveCount(PATROL_IDS.length);
  for (const id of PATROL_IDS) await expect(page.locator(`[data-chart="japan-by-country"] a[data-patrol="${id}"]`)).toHaveAttribute("href", `/events/${id}`);
  await page.locator('[data-chart="japan-by-country"] a[data-patrol="2019-07-23"]').focus();
  await expect(page.getByTestId("chart-tooltip")).toContainText("Joint patrol 2019-07-23");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/events\/2019-07-23$/);
});

test("each series downloads as CSV whose rows equal the data file", async ({ page }) => {
  await page.goto("/statistics");
  for (const series of SERIES) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: `Download CSV (${series.id}.csv)` }).click()]);
    const text = readFileSync((await download.path())!, "utf8");
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const expected = series.rows.flatMap((row) =>
      series.categories.flatMap(({ key }) => {
        const value = row.values[key];
        return value ? [{ period: row.period, category: key, value: String(value.value), marker: value.marker, approximate: value.approximate ? "yes" : "no", sources: value.sources.join(" ") }] : [];
      }),
    );
    expect(parsed.data.map(({ period, category, value, marker, approximate, sources }) => ({ period, category, value, marker, approximate, sources }))).toEqual(expected);
    for (const row of parsed.data) expect(row.source_urls!.split(" ")).toEqual(row.sources!.split(" ").map((id) => SOURCES.get(id)!.url));
  }
});

test.describe("phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test("the page fits a 360 px screen; charts scroll inside themselves and their tooltips stay on screen", async ({ page }) => {
    await page.goto("/statistics");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await yearBar(page, "japan-by-country", 2024).focus();
    const box = await page.getByTestId("chart-tooltip").boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await expect(page.getByRole("link", { name: "Download CSV (korea-kadiz-entries.csv)" })).toBeVisible();
  });
});

test("the statistics page asks nothing of other origins", async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.context().on("request", (request) => requests.push(request.url()));
  await page.goto("/statistics");
  await page.waitForLoadState("networkidle");
  await yearBar(page, "japan-by-country", 2016).hover();
  expect(requests.filter((url) => !url.startsWith(new URL(baseURL!).origin) && !url.startsWith("data:"))).toEqual([]);
});
