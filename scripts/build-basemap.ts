// Cuts the offline basemap out of Natural Earth 1:10m for each region, so the map needs no tile
// server. Output: public/basemap/<region>/ (see scripts/basemap/region-layers.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BASEMAP_REGIONS, type BasemapRegionId } from "../lib/basemap/regions";
import { buildRegionLayers, readNaturalEarth } from "./basemap/region-layers";

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
}
