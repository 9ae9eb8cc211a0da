import { COUNTRIES } from "@/lib/data/countries";
import type { Country } from "@/lib/data/schema";
import type { MapData } from "../content/map-data";

/** One line of the legend: a symbol the map draws for this event. */
export type LegendEntry =
  | { kind: "route"; country: Country; approximate: boolean }
  | { kind: "scramble"; country: Country }
  | { kind: "join" }
  | { kind: "bases"; countries: Country[] }
  | { kind: "direction" };


function countriesOf(features: { properties: { country: Country } }[]): Country[] {
  const present = new Set(features.map((feature) => feature.properties.country));
  return COUNTRIES.filter((country) => present.has(country));
}

/**
 * The legend of one event, built from what its map draws: a reader of the Bering Sea patrol is
 * not told about Korean scrambles that are not there. Sourced routes per country first, then one
 * dashed sample when any route is reconstructed (drawn in the first country that has one).
 */
export function legendEntries(data: MapData): LegendEntry[] {
  const tracks = data.tracks.features;
  const entries: LegendEntry[] = countriesOf(tracks).map((country) => ({ kind: "route", country, approximate: false }));
  const reconstructed = tracks.find((track) => track.properties.approximate);
  if (reconstructed) entries.push({ kind: "route", country: reconstructed.properties.country, approximate: true });
  for (const country of countriesOf(data.responses.features)) entries.push({ kind: "scramble", country });
  if (data.moments.features.some((moment) => moment.properties.kind === "join")) entries.push({ kind: "join" });
  const baseCountries = countriesOf(data.bases.features);
  if (baseCountries.length > 0) entries.push({ kind: "bases", countries: baseCountries });
  if (tracks.length > 0) entries.push({ kind: "direction" });
  return entries;
}

const ROUTE_NAMES: Partial<Record<Country, string>> = { china: "Chinese aircraft", russia: "Russian aircraft", japan: "Japanese aircraft", "south-korea": "South Korean aircraft" };
const SCRAMBLE_NAMES: Partial<Record<Country, string>> = { japan: "Japanese scramble (base inferred)", "south-korea": "Korean scramble (base inferred)" };

/** The words beside a legend entry's symbol, shared by the map's legend and the exported image. */
export function legendEntryLabel(entry: LegendEntry): string {
  switch (entry.kind) {
    case "route":
      return entry.approximate ? "Dashed: reconstructed, approximate" : (ROUTE_NAMES[entry.country] ?? "Aircraft");
    case "scramble":
      return SCRAMBLE_NAMES[entry.country] ?? "Scramble";
    case "join":
      return "Formations join";
    case "bases":
      return "Air base";
    case "direction":
      return "Direction of flight";
  }
}

/** The legend's last line, drawn on every map: the zones' edges. */
export const ZONE_EDGE_LABEL = "ADIZ edge (dashed where approximate)";
