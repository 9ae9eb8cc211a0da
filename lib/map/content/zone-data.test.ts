import { describe, expect, it } from "vitest";
import type { ZoneFile } from "@/lib/data/schema";
import { buildZoneMapData } from "./zone-data";

const zones: ZoneFile = {
  type: "FeatureCollection",
  sources: [{ id: "s", publisher: "P", title: "T", url: "https://example.org/", published: "2013-12-08", language: "en", kind: "news" }],
  features: [
    {
      type: "Feature",
      geometry: { type: "Polygon", coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]] },
      properties: { id: "zone", name: "Zone", shortName: "Z", country: "japan", confidence: "reported", sources: ["s"], approximateVertices: [2] },
    },
  ],
};

describe("buildZoneMapData", () => {
  it("dashes exactly the edges that touch an approximate vertex", () => {
    const { zoneEdges } = buildZoneMapData(zones);
    expect(zoneEdges.features.map((edge) => edge.properties.approximate)).toEqual([false, true, true, false]);
  });
});
