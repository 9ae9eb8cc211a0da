import type { Country } from "@/lib/data/schema";

/**
 * One colour per country, shared by map layers, legend and panel so they always agree. Chosen to
 * stay distinct for the common forms of colour blindness (red vs blue, amber vs teal) and to reach
 * 3:1 against the light basemap.
 */
export const COUNTRY_COLOURS: Record<Country, string> = {
  china: "#c81e1e",
  russia: "#1d4ed8",
  japan: "#b45309",
  "south-korea": "#0f766e",
};


export const BASEMAP_COLOURS: Record<"water" | "land" | "coastline" | "border" | "graticule" | "label" | "seaLabel" | "halo", string> = {
  water: "#dce8f1",
  land: "#f5f2ea",
  coastline: "#7f93a6",
  border: "#9aa3ad",
  graticule: "#c3d2de",
  label: "#3a4651",
  seaLabel: "#4f6f8c",
  halo: "#ffffff",
} as const;

/** The basemap on the dark theme: same roles, dark surfaces, labels light. */
export const BASEMAP_COLOURS_DARK: typeof BASEMAP_COLOURS = {
  water: "#0c1a2b",
  land: "#1f2937",
  coastline: "#64748b",
  border: "#6b7280",
  graticule: "#1c2c40",
  label: "#e2e8f0",
  seaLabel: "#9dbad6",
  halo: "#0f172a",
} as const;
