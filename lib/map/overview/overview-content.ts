import type { DensityMapData } from "@/lib/dashboard/density-map-data";

/** Where the dashboard's map files are served (app/map-data/patrols.json, app/map-data/patrol-density.json). */
export const OVERVIEW_ROUTES_PATH = "/map-data/patrols.json";
export const OVERVIEW_DENSITY_PATH = "/map-data/patrol-density.json";

export function isDensityMapData(value: unknown): value is DensityMapData {
  if (typeof value !== "object" || value === null) return false;
  const { type, features, patrols } = value as Partial<DensityMapData>;
  return type === "FeatureCollection" && Array.isArray(features) && Array.isArray(patrols) && patrols.length === features.length;
}

/** Fetches one of the overview's files from this app and checks its shape; an error says which file and why. */
export async function fetchOverviewFile<Value>(path: string, check: (value: unknown) => value is Value): Promise<Value> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const value: unknown = await response.json();
  if (!check(value)) throw new Error(`${path} is not a dashboard map file`);
  return value;
}
