import type { FeatureCollection, LineString, Polygon } from "geojson";
import type { Confidence, Country, ZoneFile } from "@/lib/data/schema";

export type ZoneDisplay = { id: string; name: string; shortName: string; country: Country; confidence: Confidence };
/** `label` is the zone's short name (lib/data/zone-vocabulary.ts), the name the panel and timeline use too. */
export type ZoneEdgeDisplay = { zone: string; label: string; country: Country; approximate: boolean };

/**
 * Zones for the map: the polygons, and their outlines cut into edges so that edges resting on an
 * approximate vertex can be drawn dashed while sourced edges stay solid.
 */
export function buildZoneMapData(zones: ZoneFile): {
  zones: FeatureCollection<Polygon, ZoneDisplay>;
  zoneEdges: FeatureCollection<LineString, ZoneEdgeDisplay>;
} {
  const edges: FeatureCollection<LineString, ZoneEdgeDisplay>["features"] = [];
  for (const zone of zones.features) {
    const ring = zone.geometry.coordinates[0] ?? [];
    const approximate = new Set(zone.properties.approximateVertices);
    // The closing vertex repeats the first, so it shares its flag.
    const isApproximate = (index: number) => approximate.has(index === ring.length - 1 ? 0 : index);
    for (let index = 1; index < ring.length; index += 1) {
      edges.push({
        type: "Feature",
        geometry: { type: "LineString", coordinates: [ring[index - 1]!, ring[index]!] },
        properties: {
          zone: zone.properties.id,
          label: zone.properties.shortName,
          country: zone.properties.country,
          approximate: zone.properties.confidence === "inferred" || isApproximate(index - 1) || isApproximate(index),
        },
      });
    }
  }
  return {
    zones: {
      type: "FeatureCollection",
      features: zones.features.map((zone) => ({
        type: "Feature",
        geometry: zone.geometry,
        properties: {
          id: zone.properties.id,
          name: zone.properties.name,
          shortName: zone.properties.shortName,
          country: zone.properties.country,
          confidence: zone.properties.confidence,
        },
      })),
    },
    zoneEdges: { type: "FeatureCollection", features: edges },
  };
}
