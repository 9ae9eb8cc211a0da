import { describe, expect, it } from "vitest";
import { dashboardFraming } from "./dashboard-framing";
import type { OverviewRoutes } from "./overview-routes";

const leg = (patrol: number, coordinates: [number, number][]) => ({
  type: "Feature" as const,
  properties: { patrol, year: 2020, country: "china", inferred: 0 as const },
  geometry: { type: "LineString" as const, coordinates },
});

describe("dashboardFraming", () => {
  it("starts on the region most patrols were flown in, and keeps every patrol's own frame", () => {
    const routes: OverviewRoutes = {
      type: "FeatureCollection",
      patrols: ["a", "b", "c"],
      features: [leg(0, [[125, 30], [130, 35]]), leg(0, [[131, 36], [132, 37]]), leg(1, [[128, 33], [135, 38]]), leg(2, [[175, 55], [190, 60]])],
    };
    const framing = dashboardFraming(routes, ["east-asia", "east-asia", "bering-sea"]);
    expect(framing.start).toEqual([125, 30, 135, 38]);
    expect(framing.all).toEqual([125, 30, 190, 60]);
    expect(framing.patrols).toEqual([
      [125, 30, 132, 37],
      [128, 33, 135, 38],
      [175, 55, 190, 60],
    ]);
  });
});
