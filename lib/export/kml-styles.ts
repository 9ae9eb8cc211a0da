import type { XmlElement } from "./xml-document";
import type { Confidence, Country } from "@/lib/data/schema";
import { COUNTRY_COLOURS } from "@/lib/map/palette";
import { COUNTRIES } from "@/lib/data/countries";

/**
 * KML styles echoing the map: one colour per country from the map's palette. KML lines cannot be
 * dashed, so a reconstructed (inferred) line is drawn thinner and half transparent instead, and its
 * name says "reconstructed (approximate)".
 */
export function addKmlStyles(document: XmlElement): void {
  for (const country of COUNTRIES) {
    for (const reconstructed of [false, true]) {
      document
        .ele("Style", { id: routeStyleId(country, reconstructed ? "inferred" : "confirmed") })
        .ele("LineStyle").ele("color").txt(kmlColour(COUNTRY_COLOURS[country], reconstructed ? 0x88 : 0xff)).up().ele("width").txt(reconstructed ? "2" : "3.5");
    }
    document.ele("Style", { id: responseStyleId(country) }).ele("LineStyle").ele("color").txt(kmlColour(COUNTRY_COLOURS[country], 0xcc)).up().ele("width").txt("2");
    document.ele("Style", { id: pointStyleId(country) }).ele("IconStyle").ele("color").txt(kmlColour(COUNTRY_COLOURS[country], 0xff)).up().ele("scale").txt("0.9");
  }
  document.ele("Style", { id: NEUTRAL_POINT_STYLE }).ele("IconStyle").ele("color").txt(kmlColour("#3a4651", 0xff)).up().ele("scale").txt("0.7");
}

export const NEUTRAL_POINT_STYLE = "point-neutral";

export function routeStyleId(country: Country, confidence: Confidence): string {
  return `route-${country}-${confidence === "inferred" ? "reconstructed" : "sourced"}`;
}

export function responseStyleId(country: Country): string {
  return `response-${country}`;
}

export function pointStyleId(country: Country): string {
  return `point-${country}`;
}

/** KML writes colours as aabbggrr. */
export function kmlColour(hex: string, alpha: number): string {
  const [red, green, blue] = [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
  return `${alpha.toString(16).padStart(2, "0")}${blue}${green}${red}`.toLowerCase();
}
