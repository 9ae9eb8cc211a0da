import { kml } from "@tmcw/togeojson";
import { DOMParser } from "@xmldom/xmldom";
import type { Feature, FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { eventDownload } from "@/lib/data/event-download";
import { listEventIds, loadEvent } from "@/lib/data/load-event";
import { eventKml, RECONSTRUCTED_LABEL } from "./event-kml";
import { xmlDateTime } from "./export-times";
import { HOSTILE_TEXT, hostileCopy } from "./hostile-bundle-for-tests";

/** Parses KML as Google Earth's readers would; any XML error fails the test (a warning does not). */
function parseKml(text: string): FeatureCollection {
  const document = new DOMParser({ onError: (level, message) => { if (level !== "warning") throw new Error(`${level}: ${message}`); } }).parseFromString(text, "text/xml");
  return kml(document as unknown as Document) as FeatureCollection;
}

/** The download's features as the test reads them (eventDownload spreads the layer name in). */
type DownloadFeature = {
  geometry: { coordinates: unknown };
  properties: { layer: string; id: string; confidence: string; sources: string[]; times?: ({ utc: string } | null)[] };
};

const byLayer = (collection: FeatureCollection, layer: string) => collection.features.filter((feature) => feature.properties?.layer === layer);
const descriptionOf = (feature: Feature) => String(feature.properties?.description ?? "");

describe.each(listEventIds())("the KML of %s, read back, agrees with its GeoJSON download", (id) => {
  const bundle = loadEvent(id);
  const download = eventDownload(bundle);
  const features = download.features as unknown as DownloadFeature[];
  const parsed = parseKml(eventKml(bundle));

  it("has every route vertex at its time, and marks reconstructed routes", () => {
    const tracks = features.filter((feature) => feature.properties.layer === "track");
    const kmlTracks = byLayer(parsed, "track");
    expect(kmlTracks.map((feature) => feature.id)).toEqual(tracks.map((feature) => feature.properties.id));
    tracks.forEach((track, index) => {
      const kmlTrack = kmlTracks[index] as Feature;
      expect(kmlTrack.geometry).toMatchObject({ type: "LineString" });
      const coordinates = (kmlTrack.geometry as { coordinates: number[][] }).coordinates.map((position) => position.slice(0, 2));
      expect(coordinates).toEqual((track.geometry.coordinates as number[][]).map((position) => position.slice(0, 2)));
      const times = track.properties.times ?? [];
      expect(kmlTrack.properties?.coordinateProperties?.times).toEqual(times.map((time) => (time ? xmlDateTime(time.utc) : null)));
      expect(String(kmlTrack.properties?.name).includes(RECONSTRUCTED_LABEL)).toBe(track.properties.confidence === "inferred");
      expect(kmlTrack.properties?.styleUrl).toMatch(track.properties.confidence === "inferred" ? /-reconstructed$/ : /-sourced$/);
      for (const source of track.properties.sources) expect(descriptionOf(kmlTrack)).toContain(source);
    });
  });

  it("has every scramble, base and place with its sources", () => {
    for (const layer of ["scramble", "base", "place"]) {
      const expected = features.filter((feature) => feature.properties.layer === layer);
      const actual = byLayer(parsed, layer);
      expect(actual.map((feature) => feature.id)).toEqual(expected.map((feature) => feature.properties.id));
      expected.forEach((feature, index) => {
        const kmlFeature = actual[index] as Feature;
        expect((kmlFeature.geometry as { coordinates: unknown }).coordinates).toEqual(feature.geometry.coordinates);
        for (const source of feature.properties.sources) expect(descriptionOf(kmlFeature)).toContain(source);
      });
    }
  });

  it("has every moment at its time and place, with estimated times and approximate places marked", () => {
    const moments = byLayer(parsed, "moment");
    expect(moments.map((feature) => feature.id)).toEqual(download.moments.map((moment) => moment.id));
    download.moments.forEach((moment, index) => {
      const feature = moments[index] as Feature;
      expect(feature.properties?.timestamp).toBe(xmlDateTime(moment.time.utc));
      expect(feature.geometry ? (feature.geometry as { coordinates: number[] }).coordinates : null).toEqual(moment.position ? moment.position.coordinates.slice(0, 2) : null);
      expect(String(feature.properties?.name).startsWith("est. ")).toBe(moment.time.estimated);
      expect(String(feature.properties?.name).includes("(position approximate)")).toBe(moment.position?.confidence === "inferred");
      expect(feature.properties?.estimated).toBe(String(moment.time.estimated));
      for (const source of moment.sources) expect(descriptionOf(feature)).toContain(source);
    });
  });
});

describe("the KML with hostile text", () => {
  it("stays well-formed and gives the text back, control characters replaced", () => {
    const bundle = hostileCopy(loadEvent("2020-12-22"));
    const parsed = parseKml(eventKml(bundle));
    const readable = HOSTILE_TEXT.replace("\u0007", "\uFFFD");
    expect(byLayer(parsed, "track")[0]?.properties?.name).toBe(`${readable} — ${RECONSTRUCTED_LABEL}`);
    expect(byLayer(parsed, "place")[0]?.properties?.name).toBe(readable);
    // The description is HTML for Google Earth: the data's markup arrives escaped, never as tags.
    const description = descriptionOf(byLayer(parsed, "base")[0] as Feature);
    expect(description).toContain("&lt;script&gt;");
    expect(description).not.toContain("<script>");
  });
});
