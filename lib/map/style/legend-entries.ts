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

/** The words beside the legend's symbols, in the reader's language (messages: Client.Legend). */
export type LegendWords = Record<LegendWordKey, string>;

export const ENGLISH_LEGEND_WORDS = {
  chinaRoute: "Chinese aircraft",
  russiaRoute: "Russian aircraft",
  japanRoute: "Japanese aircraft",
  southKoreaRoute: "South Korean aircraft",
  otherRoute: "Aircraft",
  reconstructed: "Dashed: reconstructed, approximate",
  japanScramble: "Japanese scramble (base inferred)",
  southKoreaScramble: "Korean scramble (base inferred)",
  otherScramble: "Scramble",
  join: "Formations join",
  bases: "Air base",
  direction: "Direction of flight",
  zoneEdge: "ADIZ edge (dashed where approximate)",
} as const;
type LegendWordKey = keyof typeof ENGLISH_LEGEND_WORDS;

const ROUTE_KEYS: Partial<Record<Country, LegendWordKey>> = { china: "chinaRoute", russia: "russiaRoute", japan: "japanRoute", "south-korea": "southKoreaRoute" };
const SCRAMBLE_KEYS: Partial<Record<Country, LegendWordKey>> = { japan: "japanScramble", "south-korea": "southKoreaScramble" };

/** The words beside a legend entry's symbol, shared by the map's legend and the exported image. */
export function legendEntryLabel(entry: LegendEntry, words: LegendWords = ENGLISH_LEGEND_WORDS): string {
  switch (entry.kind) {
    case "route":
      return words[entry.approximate ? "reconstructed" : (ROUTE_KEYS[entry.country] ?? "otherRoute")];
    case "scramble":
      return words[SCRAMBLE_KEYS[entry.country] ?? "otherScramble"];
    case "join":
      return words.join;
    case "bases":
      return words.bases;
    case "direction":
      return words.direction;
  }
}
