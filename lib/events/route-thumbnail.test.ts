import { describe, expect, it } from "vitest";
import { loadEvent } from "@/lib/data/load-event";
import { projectToFrame, routeThumbnail } from "./route-thumbnail";

describe("routeThumbnail", () => {
  it.each(["2020-12-22", "2024-07-24"])("draws every track of %s inside the box", (id) => {
    const bundle = loadEvent(id);
    const { paths } = routeThumbnail({ tracks: bundle.tracks.features, formations: bundle.event.formations, region: bundle.event.region }, 160, 120);
    expect(paths).toHaveLength(bundle.tracks.features.length);
    for (const path of paths) {
      for (const [, x, y] of path.d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)) {
        expect(Number(x)).toBeGreaterThanOrEqual(0);
        expect(Number(x)).toBeLessThanOrEqual(160);
        expect(Number(y)).toBeGreaterThanOrEqual(0);
        expect(Number(y)).toBeLessThanOrEqual(120);
      }
    }
  });
});

describe("a thumbnail over the antimeridian", () => {
  it("keeps each route whole and fills the box, instead of splitting the routes to both edges", () => {
    const bundle = loadEvent("2024-07-24");
    const { paths } = routeThumbnail({ tracks: bundle.tracks.features, formations: bundle.event.formations, region: bundle.event.region }, 160, 120);
    const points = paths.map((path) => [...path.d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((match) => [Number(match[1]), Number(match[2])] as const));
    // Legs are a few hundred kilometres at most: no step may jump across most of the box.
    for (const leg of points) for (let index = 1; index < leg.length; index += 1) expect(Math.abs(leg[index]![0] - leg[index - 1]![0])).toBeLessThan(40);
    const xs = points.flat().map(([x]) => x);
    const ys = points.flat().map(([, y]) => y);
    // Fitted: the routes reach the 6-pixel margin on one axis or the other.
    expect(Math.max(Math.max(...xs) - Math.min(...xs) - 148, Math.max(...ys) - Math.min(...ys) - 108)).toBeGreaterThan(-1);
  });

  it("frames the routes in the region's longitudes (past 180), where the region's land picture is drawn", () => {
    const bundle = loadEvent("2024-07-24");
    const { frame } = routeThumbnail({ tracks: bundle.tracks.features, formations: bundle.event.formations, region: bundle.event.region }, 160, 120);
    // 175° W, the middle of the patrol, is 185 in the Bering Sea region's longitudes.
    const [x, y] = projectToFrame(frame!, [185, 64]);
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(160);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(120);
  });
});
