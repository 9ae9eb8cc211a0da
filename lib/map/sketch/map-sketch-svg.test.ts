import { describe, expect, it } from "vitest";
import { loadEvent } from "@/lib/data/load-event";
import type { PreviewLand } from "@/lib/preview/preview-land";
import { mapSketchSvg, MAP_SKETCH_SIZE } from "./map-sketch-svg";

// A square of land in the Bering Sea region's longitudes (past 180), around the patrol.
const LAND: PreviewLand = {
  type: "FeatureCollection",
  features: [{ type: "Feature", properties: { kind: "land" }, geometry: { type: "Polygon", coordinates: [[[180, 60], [190, 60], [190, 66], [180, 66], [180, 60]]] } }],
};

describe("mapSketchSvg", () => {
  const bundle = loadEvent("2024-07-24");
  const svg = mapSketchSvg({ tracks: bundle.tracks.features, formations: bundle.event.formations, region: bundle.event.region }, LAND);
  const paths = [...svg.matchAll(/<path d="([^"]*)"([^>]*)\/>/g)];

  it("gives the picture its size, so browsers count it at the size it is shown", () => {
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${MAP_SKETCH_SIZE.width}" height="${MAP_SKETCH_SIZE.height}"`));
    expect(MAP_SKETCH_SIZE.width).toBeGreaterThanOrEqual(1200);
  });

  it("draws the land, then one path per route in its country's colour", () => {
    expect(paths).toHaveLength(1 + bundle.tracks.features.length);
    expect(paths[0]![1]).toMatch(/^M[\d.]+ [\d.]+L/);
    const colours = new Set(paths.slice(1).map((path) => path[2]!.match(/stroke="([^"]+)"/)![1]));
    // The Bering Sea patrol is Chinese and Russian bombers together.
    expect(colours).toEqual(new Set(["#c81e1e", "#1d4ed8"]));
  });

  it("dashes exactly the routes the map dashes (inferred)", () => {
    const dashed = paths.slice(1).map((path) => path[2]!.includes("stroke-dasharray"));
    expect(dashed).toEqual(bundle.tracks.features.map((track) => track.properties.confidence === "inferred"));
    expect(dashed.some(Boolean)).toBe(true);
  });
});
