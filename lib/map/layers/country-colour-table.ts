import { COUNTRIES } from "@/lib/data/countries";
import { COUNTRY_COLOURS } from "../palette";
import { hexToRgb } from "./webgl-support";

/** The GLSL name of the table below, indexed by a country's place in COUNTRIES. */
export const COUNTRY_COLOUR_TABLE_NAME = "COUNTRY_COLOURS";

/**
 * A GLSL constant with one RGB colour per country, in COUNTRIES order (lib/data/countries.ts, the
 * index the trail and aircraft layers store per segment and per formation), written from the one
 * list and the one palette (lib/map/palette.ts): a country added to the data is coloured in the
 * shaders with no shader edit, and the table cannot fall out of step with the index.
 */
export function countryColourTableGlsl(): string {
  const entries = COUNTRIES.map((country) => `vec3(${hexToRgb(COUNTRY_COLOURS[country]).map((channel) => channel.toFixed(4)).join(", ")})`);
  return `const vec3 ${COUNTRY_COLOUR_TABLE_NAME}[${COUNTRIES.length}] = vec3[${COUNTRIES.length}](${entries.join(", ")});`;
}
