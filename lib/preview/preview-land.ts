import { readFileSync } from "node:fs";
import path from "node:path";
import type { FeatureCollection, Geometry } from "geojson";
import { previewLandPath, type BasemapRegionId } from "@/lib/basemap/regions";

export type PreviewLand = FeatureCollection<Geometry, { kind: "land" | "zone-edge" }>;

const cache = new Map<BasemapRegionId, PreviewLand>();

/** The simplified land and ADIZ edges of a region that scripts/build-basemap.ts wrote, read once. */
export function readPreviewLand(region: BasemapRegionId): PreviewLand {
  const cached = cache.get(region);
  if (cached) return cached;
  // Read at build time, when the previews are prerendered; not traced into the server bundle.
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), previewLandPath(region));
  let land: PreviewLand;
  try {
    land = JSON.parse(readFileSync(file, "utf8")) as PreviewLand;
  } catch (error) {
    throw new Error(`Link previews need ${previewLandPath(region)}, written by \`npm run prepare-assets\` (run by npm run build): ${String(error)}`);
  }
  cache.set(region, land);
  return land;
}
