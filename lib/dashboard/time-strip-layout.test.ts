import { describe, expect, it } from "vitest";
import type { StatisticsSeries } from "@/lib/statistics/schema";
import type { PatrolSummary } from "./patrol-summary";
import { timeStripLayout } from "./time-strip-layout";

const figure = (value: number) => ({ value, marker: "confirmed" as const, sources: ["j1"] });
const series: StatisticsSeries = {
  id: "japan-scrambles-by-country",
  title: "t",
  description: "d",
  unit: "scrambles",
  calendar: "fiscal-year",
  firstYear: 2018,
  lastYear: 2026,
  categories: [{ key: "total", label: "Total", role: "total" }],
  rows: [
    { period: "FY2016", year: 2016, values: { total: figure(1168) } },
    { period: "FY2019", year: 2019, values: { total: figure(947) } },
    { period: "FY2021", year: 2021, values: { total: figure(1004) } },
    { period: "FY2022 Q1", year: 2022, partial: "April–June 2022 only", values: { total: figure(200) } },
  ],
};
const patrol = { id: "2020-12-22", index: 0, date: "2020-12-22", title: "patrol" } as PatrolSummary;

describe("timeStripLayout", () => {
  const layout = timeStripLayout([patrol], series, 2019, 2022);

  it("leaves a fiscal year without a full-year figure as a gap, never a zero", () => {
    const byYear = new Map(layout.fiscalYears.map((fiscal) => [fiscal.year, fiscal]));
    expect(byYear.get(2020)).toMatchObject({ total: null, height: 0, partial: null });
    expect(byYear.get(2022)).toMatchObject({ total: null, partial: "April–June 2022 only" });
    expect(byYear.get(2021)).toMatchObject({ total: 1004, height: 1, partial: null });
  });

  it("places fiscal years from April to March and patrols by date on the calendar axis, in percent", () => {
    const fiscal2019 = layout.fiscalYears.find((fiscal) => fiscal.year === 2019)!;
    expect(fiscal2019.x).toBeCloseTo((90 / 1461) * 100, 0);
    expect(layout.years.map((tick) => tick.x)).toEqual([0, 25, 50, 75].map((x) => expect.closeTo(x, 0)));
    expect(layout.patrols[0]!.x).toBeGreaterThan(49);
    expect(layout.patrols[0]!.x).toBeLessThan(50);
  });

  it("scales the bars to the tallest year on the strip, not to a year outside it", () => {
    expect(layout.maximum).toBe(1004);
  });
});
