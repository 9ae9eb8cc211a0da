import { bbox, booleanPointInPolygon } from "@turf/turf";
import type { Feature, LineString, MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { recentreLongitudes } from "./recentre-longitudes";

// Stored as world-atlas stores it: the ring runs from 170° E straight on to 170° W across 180°,
// clockwise (d3-geo's winding for an exterior ring).
const straddling: Feature<Polygon> = {
  type: "Feature",
  properties: { name: "straddling" },
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [170, 60],
        [170, 65],
        [-170, 65],
        [-170, 60],
        [170, 60],
      ],
    ],
  },
};

const inside = (feature: Feature | null, position: [number, number]) => booleanPointInPolygon(position, feature as Feature<Polygon | MultiPolygon>);

describe("recentreLongitudes", () => {
  it("keeps a ring that straddles 180° whole, in longitudes past 180, when centred beyond it", () => {
    const result = recentreLongitudes(straddling, 185);
    expect(result?.geometry.type).toBe("Polygon");
    expect(bbox(result!).map((value) => Math.round(value * 1e6) / 1e6)).toEqual([170, 60, 190, 65]);
    expect(inside(result, [185, 62])).toBe(true);
    expect(inside(result, [175, 62])).toBe(true);
    // Read as a flat polygon the stored ring covers 170° W to 170° E; recentred it must not.
    expect(inside(result, [100, 62])).toBe(false);
    expect(inside(result, [0, 62])).toBe(false);
    expect(result?.properties).toEqual({ name: "straddling" });
  });

  it("cuts the same ring in two at 180° when centred on Greenwich", () => {
    const result = recentreLongitudes(straddling, 0);
    expect(result?.geometry.type).toBe("MultiPolygon");
    // Longitudes only: edges are great circles, so the cut meets the 65° edge a little poleward of it.
    const pieces = (result!.geometry as MultiPolygon).coordinates.map((polygon) => {
      const [west, , east] = bbox({ type: "Polygon", coordinates: polygon });
      return [Math.round(west * 1e6) / 1e6, Math.round(east * 1e6) / 1e6];
    });
    expect(pieces.sort((a, b) => a[0]! - b[0]!)).toEqual([
      [-180, -170],
      [170, 180],
    ]);
    expect(inside(result, [175, 62])).toBe(true);
    expect(inside(result, [-175, 62])).toBe(true);
    expect(inside(result, [0, 62])).toBe(false);
  });

  it("cuts a line where it crosses the meridian opposite the centre, and only there", () => {
    const line: Feature<LineString> = { type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: [[175, 66], [-175, 66]] } };
    const whole = recentreLongitudes(line, 185);
    expect(whole?.geometry.type).toBe("LineString");
    expect(bbox(whole!).map((value) => Math.round(value * 1e6) / 1e6)).toEqual([175, 66, 185, 66]);
    expect(recentreLongitudes(line, 0)?.geometry.type).toBe("MultiLineString");
  });

  it("drops a polygon wound the wrong way round (larger than a hemisphere), keeping the others", () => {
    const insideOut = [...straddling.geometry.coordinates[0]!].reverse();
    const japan = [[130, 31], [130, 34], [132, 34], [132, 31], [130, 31]];
    const result = recentreLongitudes({ type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: [[insideOut], [japan]] } }, 131);
    expect(inside(result, [131, 32])).toBe(true);
    expect(inside(result, [0, 0])).toBe(false);
    expect(inside(result, [175, 62])).toBe(false);
  });

  it("leaves a ring far from the cut where it was", () => {
    const japan: Feature<Polygon> = { ...straddling, geometry: { type: "Polygon", coordinates: [[[130, 31], [130, 34], [132, 34], [132, 31], [130, 31]]] } };
    const result = recentreLongitudes(japan, 131);
    expect(bbox(result!).map((value) => Math.round(value * 1e6) / 1e6)).toEqual([130, 31, 132, 34]);
  });
});
