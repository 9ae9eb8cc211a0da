import type { EventBundle } from "@/lib/data/event-bundle";
import { DATA_LICENCE } from "@/lib/data/event-download";
import type { Country, Source, TrackFeature } from "@/lib/data/schema";
import { dataUpdatedDate } from "./data-revision";
import { localIsoTime, timeQualifier, xmlDateTime } from "./export-times";
import { describe, describeTime } from "./kml-descriptions";
import { addKmlStyles, NEUTRAL_POINT_STYLE, pointStyleId, responseStyleId, routeStyleId } from "./kml-styles";
import { xmlDocument, type XmlElement } from "./xml-document";

export const KML_NAMESPACE = "http://www.opengis.net/kml/2.2";
export const GX_NAMESPACE = "http://www.google.com/kml/ext/2.2";
export const RECONSTRUCTED_LABEL = "reconstructed (approximate)";

/**
 * One event as KML for Google Earth and GIS tools: routes as gx:Track (a time for every vertex,
 * so the time slider flies them), scrambles, bases, places and moments as placemarks, each with
 * its confidence and sources in its description and ExtendedData.
 */
export function eventKml(bundle: EventBundle): string {
  const { event } = bundle;
  const sources = new Map(event.sources.map((source) => [source.id, source]));
  const countryOf = new Map(event.formations.map((formation) => [formation.id, formation.country]));
  const zone = event.localTimeZone;
  const root = xmlDocument("kml", { "": KML_NAMESPACE, gx: GX_NAMESPACE });
  const document = root.ele("Document", { id: `sortie-${event.id}` });
  document.ele("name").txt(`Sortie: ${event.title}`);
  document.ele("description").txt(describe([
    event.summary,
    `Data as of ${dataUpdatedDate(event)}. Licence: ${DATA_LICENCE}`,
    `Lines named “${RECONSTRUCTED_LABEL}” (thinner, paler) are our reconstruction, not a sourced track. Times marked est. are estimated: no source gives them.`,
    ...event.caveats.map((caveat) => `Caveat: ${caveat}`),
  ], event.sources.map((source) => source.id), sources));
  addKmlStyles(document);

  const routes = folder(document, "Routes");
  for (const track of bundle.tracks.features) addTrack(routes, track, countryOf.get(track.properties.formation) ?? "china", sources, zone);

  const scrambles = folder(document, "Scrambles");
  for (const response of bundle.responses.features) {
    const { properties } = response;
    const placemark = placemarkFor(scrambles, properties.id, withHonestName(properties.name, properties.confidence), responseStyleId(properties.country));
    placemark.ele("description").txt(describe([properties.aircraft, `Confidence: ${properties.confidence}`, properties.note ?? ""], properties.sources, sources));
    extendedData(placemark, { layer: "scramble", confidence: properties.confidence, base: properties.base, met: properties.met.join(" "), sources: properties.sources.join(" ") });
    lineString(placemark, response.geometry.coordinates);
  }

  const bases = folder(document, "Bases");
  for (const base of bundle.bases.features) {
    const { properties } = base;
    const placemark = placemarkFor(bases, properties.id, properties.name, pointStyleId(properties.country));
    placemark.ele("description").txt(describe([`${properties.operator}: ${properties.units}`, `Confidence: ${properties.confidence}`, properties.note ?? ""], properties.sources, sources));
    extendedData(placemark, { layer: "base", confidence: properties.confidence, sources: properties.sources.join(" ") });
    point(placemark, base.geometry.coordinates);
  }

  const places = folder(document, "Places");
  for (const place of bundle.places.features) {
    const { properties } = place;
    const placemark = placemarkFor(places, properties.id, properties.name, NEUTRAL_POINT_STYLE);
    placemark.ele("description").txt(describe([properties.significance, `Confidence: ${properties.confidence}`, properties.note ?? ""], properties.sources, sources));
    extendedData(placemark, { layer: "place", confidence: properties.confidence, sources: properties.sources.join(" ") });
    point(placemark, place.geometry.coordinates);
  }

  const moments = folder(document, "Moments");
  for (const moment of event.moments) {
    const country = countryOf.get(moment.formations[0] ?? "");
    const approximatePlace = moment.position?.confidence === "inferred" ? " (position approximate)" : "";
    const qualifier = timeQualifier(moment.time);
    const name = `${qualifier ? `${qualifier} ` : ""}${localIsoTime(moment.time.utc, zone.offsetMinutes).slice(11, 16)} ${zone.label.replace(/ \(.*\)$/, "")}: ${firstSentence(moment.description)}${approximatePlace}`;
    const placemark = placemarkFor(moments, moment.id, name, country ? pointStyleId(country) : NEUTRAL_POINT_STYLE);
    placemark.ele("TimeStamp").ele("when").txt(xmlDateTime(moment.time.utc));
    placemark.ele("description").txt(describe([
      moment.description,
      describeTime(moment.time, zone.offsetMinutes, zone.label),
      `Time confidence: ${moment.confidence}`,
      moment.position ? `Position confidence: ${moment.position.confidence}; ${moment.position.basis}` : "Position: not reported",
    ], moment.sources, sources));
    extendedData(placemark, {
      layer: "moment",
      kind: moment.kind,
      utc: moment.time.utc,
      approximate: String(moment.time.approximate),
      estimated: String(moment.time.estimated),
      confidence: moment.confidence,
      positionConfidence: moment.position?.confidence ?? "",
      formations: moment.formations.join(" "),
      sources: moment.sources.join(" "),
    });
    if (moment.position) point(placemark, moment.position.coordinates);
  }
  return root.end();
}

function addTrack(parent: XmlElement, track: TrackFeature, country: Country, sources: ReadonlyMap<string, Source>, zone: { label: string; offsetMinutes: number }): void {
  const { properties, geometry } = track;
  const placemark = placemarkFor(parent, properties.id, withHonestName(properties.name, properties.confidence), routeStyleId(country, properties.confidence));
  const timeLines = properties.times.map((time, index) => (time ? `Vertex ${index + 1}: ${describeTime(time, zone.offsetMinutes, zone.label)}` : `Vertex ${index + 1}: no time`));
  placemark.ele("description").txt(describe([`Formation: ${properties.formation}`, `Confidence: ${properties.confidence}`, properties.note ?? "", ...timeLines], properties.sources, sources));
  extendedData(placemark, { layer: "track", formation: properties.formation, confidence: properties.confidence, sources: properties.sources.join(" ") });
  const times = properties.times;
  if (times.every((time) => time !== null)) {
    // gx:Track pairs every vertex with its time: Google Earth's time slider flies the route.
    const gxTrack = placemark.ele("gx:Track");
    for (const time of times) gxTrack.ele("when").txt(xmlDateTime(time.utc));
    // gx:coord wants three numbers; the altitude is unknown and clamped to the ground, so 0 says nothing.
    for (const position of geometry.coordinates) gxTrack.ele("gx:coord").txt([position[0], position[1], position[2] ?? 0].join(" "));
    return;
  }
  // A vertex with no time cannot go in a gx:Track: the leg spans its known times instead.
  const known = times.flatMap((time) => (time ? [xmlDateTime(time.utc)] : [])).sort();
  if (known.length > 0) {
    const span = placemark.ele("TimeSpan");
    span.ele("begin").txt(known[0] ?? "");
    span.ele("end").txt(known.at(-1) ?? "");
  }
  lineString(placemark, geometry.coordinates);
}

/** A placemark name short enough for Google Earth's sidebar; the description keeps the whole text. */
function firstSentence(text: string): string {
  const sentence = /^.*?[.;:](?=\s|$)/.exec(text)?.[0] ?? text;
  return sentence.length > 90 ? `${sentence.slice(0, 89)}…` : sentence;
}

function withHonestName(name: string, confidence: string): string {
  return confidence === "inferred" ? `${name} — ${RECONSTRUCTED_LABEL}` : name;
}

function folder(document: XmlElement, name: string): XmlElement {
  const element = document.ele("Folder");
  element.ele("name").txt(name);
  return element;
}

function placemarkFor(parent: XmlElement, id: string, name: string, style: string): XmlElement {
  const placemark = parent.ele("Placemark", { id });
  placemark.ele("name").txt(name);
  placemark.ele("styleUrl").txt(`#${style}`);
  return placemark;
}

function extendedData(placemark: XmlElement, values: Record<string, string>): void {
  const data = placemark.ele("ExtendedData");
  for (const [name, value] of Object.entries(values)) data.ele("Data", { name }).ele("value").txt(value);
}

function lineString(placemark: XmlElement, coordinates: readonly (readonly number[])[]): void {
  // tessellate: Google Earth then draws each segment along the ground, as a great circle like the map.
  const line = placemark.ele("LineString");
  line.ele("tessellate").txt("1");
  line.ele("coordinates").txt(coordinates.map((position) => position.slice(0, 2).join(",")).join(" "));
}

function point(placemark: XmlElement, coordinates: readonly number[]): void {
  placemark.ele("Point").ele("coordinates").txt(coordinates.slice(0, 2).join(","));
}
