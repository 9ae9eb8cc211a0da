import { describe, expect, it } from "vitest";
import { barChartLayout, rowForYear, seriesMaximum } from "./bar-chart-layout";
import { loadStatistics } from "./load-statistics";

const { series } = loadStatistics();
const japan = series["japan-scrambles-by-country"];
const forces = series["japan-scrambles-by-air-defence-force"];
const PARTS = ["china", "russia", "other"];

describe("barChartLayout", () => {
  const layout = barChartLayout(japan, {
    keys: PARTS,
    totalKey: "total",
    maximum: seriesMaximum(japan, PARTS, "total"),
    patrols: [
      { id: "2019-07-23", date: "2019-07-23", title: "first" },
      { id: "2020-03-01", date: "2020-03-01", title: "still FY2019" },
    ],
  });
  const column = (year: number) => layout.columns.find((candidate) => candidate.year === year)!;

  it("stacks the parts up to the printed total", () => {
    const fy2016 = column(2016);
    expect(fy2016.segments.map((segment) => segment.figure.value)).toEqual([851, 301, 16]);
    const partsTop = Math.min(...fy2016.segments.map((segment) => segment.y));
    expect(partsTop).toBeCloseTo(fy2016.total!.y, 6);
  });

  it("draws nothing for a category with no figure, and no total where none is printed", () => {
    const fy2005 = column(2005);
    expect(fy2005.segments.map((segment) => segment.key)).toEqual(["china", "russia"]);
    expect(fy2005.total).toBeUndefined();
  });

  it("shows the latest partial period of a year with no full-year figure", () => {
    expect(column(2025).row?.period).toBe("FY2025 Q1–3");
    expect(rowForYear(japan, 2024)?.period).toBe("FY2024");
  });

  it("leaves a year with no figure as a gap", () => {
    const central = barChartLayout(forces, { keys: ["central"], maximum: 900 });
    const fy2015 = central.columns.find((candidate) => candidate.year === 2015)!;
    expect(fy2015.segments).toEqual([]);
    expect(fy2015.top).toBe(central.plot.bottom);
  });

  it("places a patrol inside the fiscal year it belongs to", () => {
    const fy2019 = column(2019);
    for (const patrol of layout.patrols) {
      expect(patrol.x).toBeGreaterThan(fy2019.x - 10);
      expect(patrol.x).toBeLessThan(fy2019.x + fy2019.width + 10);
    }
    const [july, march] = layout.patrols;
    expect(july!.x).toBeLessThan(march!.x);
  });
});
