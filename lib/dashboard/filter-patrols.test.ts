import { describe, expect, it } from "vitest";
import { filterOptions, filterPatrols, NO_FILTERS } from "./filter-patrols";
import type { PatrolSummary } from "./patrol-summary";

function patrol(id: string, overrides: Partial<PatrolSummary> = {}): PatrolSummary {
  return {
    id,
    index: 0,
    date: id,
    year: Number(id.slice(0, 4)),
    title: id,
    href: `/events/${id}`,
    bombers: "2 × H-6K + 2 × Tu-95MS",
    bomberTypes: ["H-6K", "Tu-95MS"],
    regions: [{ id: "sea-of-japan-east-sea", name: "Sea of Japan / East Sea" }],
    documentation: "good",
    responders: ["japan", "south-korea"],
    crossesTsushimaStrait: true,
    ...overrides,
  };
}

const patrols = [
  patrol("2019-07-23", { index: 0, documentation: "very good" }),
  patrol("2022-05-24", { index: 1, bomberTypes: ["H-6", "Tu-95"] }),
  patrol("2024-07-24", { index: 2, regions: [{ id: "bering-sea", name: "Bering Sea" }], responders: [] }),
  patrol("2026-06-27", { index: 3, documentation: "weak", bomberTypes: ["H-6K", "Tu-95"], responders: [] }),
];
const ids = (list: PatrolSummary[]) => list.map((item) => item.id);

describe("filterPatrols", () => {
  it("lets every patrol through with no filter", () => {
    expect(ids(filterPatrols(patrols, NO_FILTERS))).toEqual(ids(patrols));
  });

  it("keeps the years of the range, both ends included", () => {
    expect(ids(filterPatrols(patrols, { ...NO_FILTERS, fromYear: 2022, toYear: 2024 }))).toEqual(["2022-05-24", "2024-07-24"]);
    expect(ids(filterPatrols(patrols, { ...NO_FILTERS, fromYear: 2025 }))).toEqual(["2026-06-27"]);
  });

  it("matches any of the chosen values within one filter", () => {
    expect(ids(filterPatrols(patrols, { ...NO_FILTERS, bomberTypes: ["H-6", "Tu-95"] }))).toEqual(["2022-05-24", "2026-06-27"]);
    expect(ids(filterPatrols(patrols, { ...NO_FILTERS, documentation: ["very good", "weak"] }))).toEqual(["2019-07-23", "2026-06-27"]);
  });

  it("needs every filter to match", () => {
    expect(ids(filterPatrols(patrols, { ...NO_FILTERS, bomberTypes: ["H-6K"], responders: ["japan"] }))).toEqual(["2019-07-23"]);
    expect(ids(filterPatrols(patrols, { ...NO_FILTERS, regions: ["bering-sea"], fromYear: 2025 }))).toEqual([]);
  });

  it("filters by the responses the data records: a patrol with none has no responder", () => {
    expect(ids(filterPatrols(patrols, { ...NO_FILTERS, responders: ["south-korea"] }))).toEqual(["2019-07-23", "2022-05-24"]);
  });
});

describe("filterOptions", () => {
  it("offers only what some patrol has, seas most patrolled first", () => {
    const options = filterOptions(patrols);
    expect(options.years).toEqual({ first: 2019, last: 2026 });
    expect(options.bomberTypes).toEqual(["H-6", "H-6K", "Tu-95", "Tu-95MS"]);
    expect(options.regions.map((region) => [region.id, region.patrols])).toEqual([
      ["sea-of-japan-east-sea", 3],
      ["bering-sea", 1],
    ]);
    expect(options.documentation).toEqual(["very good", "good", "weak"]);
  });
});
