import { describe, expect, it } from "vitest";
import { loadEvent } from "@/lib/data/load-event";
import { routeThumbnail } from "./route-thumbnail";

describe("routeThumbnail", () => {
  it("draws every track inside the box", () => {
    const bundle = loadEvent("2020-12-22");
    const paths = routeThumbnail({ tracks: bundle.tracks.features, formations: bundle.event.formations }, 160, 120);
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
