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

/**
 * The dashboard's year colours, 2019 first: steps of viridis, a sequential palette that stays
 * ordered for the common forms of colour blindness. Each theme takes the part of the ramp that
 * keeps every step at 3:1 or more against its water and land: dark steps growing darker on the
 * light basemap, light steps growing lighter on the dark one, so the newest patrol stands out most.
 */
export const YEAR_COLOURS = ["#238d8c", "#297c8e", "#2f6c8e", "#37598c", "#3f4587", "#45307c", "#471a6b", "#440154"] as const;
export const YEAR_COLOURS_DARK = ["#26828e", "#209a8a", "#2fb07e", "#56c466", "#8cd545", "#bfdf2a", "#dee328", "#fde725"] as const;
export const FIRST_COLOURED_YEAR = 2019;

/** The year's colour in a theme; years past the palette take its last step. */
export function yearColour(year: number, theme: "light" | "dark"): string {
  const palette = theme === "dark" ? YEAR_COLOURS_DARK : YEAR_COLOURS;
  return palette[Math.min(palette.length - 1, Math.max(0, year - FIRST_COLOURED_YEAR))]!;
}

/** The density hexagons, few minutes to many: one hue growing stronger, over either basemap. */
export const DENSITY_COLOURS = { light: ["#fde0c5", "#f59e0b", "#b45309", "#7c2d12"], dark: ["#4a2a0a", "#b45309", "#f59e0b", "#fde68a"] } as const;
