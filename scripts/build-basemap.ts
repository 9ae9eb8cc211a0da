// Cuts the offline basemap out of Natural Earth 1:10m for each region, so the map needs no tile
// server. Output: public/basemap/<region>/ (see scripts/basemap/region-layers.ts), and the
// simplified land of link previews and thumbnails (scripts/basemap/preview-land.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BASEMAP_REGIONS, COARSE_LAYERS, OVERVIEW_COARSE_BOUNDS, overviewBasemapUrl, previewLandPath, thumbnailLandUrl, type BasemapRegionId } from "../lib/basemap/regions";
import { BASEMAP_COLOURS, BASEMAP_COLOURS_DARK } from "../lib/map/palette";
import { buildPreviewLand, thumbnailLandSvg } from "./basemap/preview-land";
import { buildCoarseLayers, buildRegionLayers, readNaturalEarth } from "./basemap/region-layers";

const detailed = readNaturalEarth("10m");
const coarse = readNaturalEarth("50m");

for (const region of Object.keys(BASEMAP_REGIONS) as BasemapRegionId[]) {
  const folder = path.join(process.cwd(), "public/basemap", region);
  mkdirSync(folder, { recursive: true });
  for (const [name, collection] of Object.entries(buildRegionLayers(region, detailed, coarse))) {
    const text = JSON.stringify(collection);
    writeFileSync(path.join(folder, `${name}.geojson`), text);
    console.log(`basemap ${region}/${name}.geojson ${(text.length / 1024).toFixed(0)} KB`);
  }
  const previewLand = buildPreviewLand(region, coarse);
  mkdirSync(path.dirname(previewLandPath(region)), { recursive: true });
  const files: [string, string][] = [
    [previewLandPath(region), JSON.stringify(previewLand)],
    [path.join("public", thumbnailLandUrl(region, "light")), thumbnailLandSvg(region, previewLand, BASEMAP_COLOURS)],
    [path.join("public", thumbnailLandUrl(region, "dark")), thumbnailLandSvg(region, previewLand, BASEMAP_COLOURS_DARK)],
  ];
  for (const [file, text] of files) {
    writeFileSync(path.join(process.cwd(), file), text);
    console.log(`basemap ${file} ${(text.length / 1024).toFixed(0)} KB`);
  }
}

// The dashboard (/events) draws the land north and east of East Asia's basemap at 1:50m.
mkdirSync(path.join(process.cwd(), "public/basemap/overview"), { recursive: true });
const overview = buildCoarseLayers(OVERVIEW_COARSE_BOUNDS, coarse);
for (const layer of COARSE_LAYERS) {
  const collection = overview[layer];
  const file = path.join("public", overviewBasemapUrl(layer));
  const text = JSON.stringify(collection);
  writeFileSync(path.join(process.cwd(), file), text);
  console.log(`basemap ${file} ${(text.length / 1024).toFixed(0)} KB`);
}
