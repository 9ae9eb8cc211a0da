import { z } from "zod";
import { DataError } from "./data-error";
import { parseDataFile } from "./parse-data-file";
import { readJsonFile } from "./read-json-file";
import { confidenceSchema } from "./schema";
import { loadSources } from "./load-sources";

export const STRAITS_FILE = "data/zones/straits.geojson";

const positionSchema = z.tuple([z.number().min(-360).max(360), z.number().min(-90).max(90)]);

/** A line across a strait: a route that crosses it flew through the strait (lib/dashboard/strait-crossings.ts). */
export const straitGateSchema = z.object({
  type: z.literal("Feature"),
  id: z.string().min(1),
  geometry: z.object({ type: z.literal("LineString"), coordinates: z.array(positionSchema).min(2) }),
  properties: z.object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().min(1),
    confidence: confidenceSchema,
    sources: z.array(z.string().min(1)).min(1),
    note: z.string().min(1),
  }),
});
export type StraitGate = z.infer<typeof straitGateSchema>;

const straitsFileSchema = z.object({ type: z.literal("FeatureCollection"), features: z.array(straitGateSchema).min(1) });

/** Reads and validates the strait gates; a source id must be in data/sources.json. Server and build scripts only. */
export function loadStraits(root = process.cwd()): StraitGate[] {
  const result = parseDataFile(STRAITS_FILE, readJsonFile(root, STRAITS_FILE), straitsFileSchema);
  if (!result.data) throw new DataError(result.problems);
  const known = loadSources(root);
  const problems = result.data.features.flatMap((gate) =>
    gate.properties.sources
      .filter((id) => !known.has(id))
      .map((id) => ({ file: STRAITS_FILE, feature: gate.properties.id, field: "properties.sources", message: `unknown source id "${id}"` })),
  );
  if (problems.length > 0) throw new DataError(problems);
  return result.data.features;
}
