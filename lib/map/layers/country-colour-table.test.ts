import { describe, expect, it } from "vitest";
import { COUNTRIES } from "@/lib/data/countries";
import { COUNTRY_COLOURS } from "../palette";
import { AIRCRAFT_VERTEX_SHADER } from "./aircraft-shaders";
import { COUNTRY_COLOUR_TABLE_NAME, countryColourTableGlsl } from "./country-colour-table";
import { TRAIL_VERTEX_SHADER } from "./trail-shaders";
import { hexToRgb } from "./webgl-support";

describe("countryColourTableGlsl", () => {
  it("has one colour per country, in the order of the country list, from the palette", () => {
    const table = countryColourTableGlsl();
    const colours = [...table.matchAll(/vec3\(([\d., ]+)\)/g)].map((match) => match[1]!.split(", ").map(Number));
    expect(table).toContain(`[${COUNTRIES.length}] = vec3[${COUNTRIES.length}](`);
    expect(colours).toHaveLength(COUNTRIES.length);
    COUNTRIES.forEach((country, index) => {
      hexToRgb(COUNTRY_COLOURS[country]).forEach((channel, channelIndex) => expect(colours[index]![channelIndex]).toBeCloseTo(channel, 3));
    });
  });

  it("is the table both playback shaders colour by, with no country count of their own", () => {
    for (const shader of [TRAIL_VERTEX_SHADER, AIRCRAFT_VERTEX_SHADER]) {
      expect(shader).toContain(countryColourTableGlsl());
      expect(shader).toContain(`${COUNTRY_COLOUR_TABLE_NAME}[int(`);
      expect(shader.replace(countryColourTableGlsl(), "")).not.toMatch(/u_palette|\[4\]/);
    }
  });
});
