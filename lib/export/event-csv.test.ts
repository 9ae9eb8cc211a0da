import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { eventDownload } from "@/lib/data/event-download";
import { listEventIds, loadEvent } from "@/lib/data/load-event";
import { CSV_COLUMNS, eventCsv } from "./event-csv";
import { HOSTILE_TEXT, hostileCopy } from "./hostile-bundle-for-tests";

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;
type DownloadTrack = { geometry: { coordinates: number[][] }; properties: { layer: string; id: string; formation: string; confidence: string; sources: string[]; times: ({ utc: string; approximate: boolean; estimated: boolean } | null)[] } };

const readCsv = (text: string): CsvRow[] => parse(text, { columns: true, bom: true, skip_empty_lines: true }) as CsvRow[];

describe.each(listEventIds())("the CSV of %s, read back, agrees with its GeoJSON download", (id) => {
  const bundle = loadEvent(id);
  const download = eventDownload(bundle);
  const rows = readCsv(eventCsv(bundle));

  it("has the documented columns and a row per timed vertex and per moment, in time order", () => {
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    const tracks = (download.features as unknown as DownloadTrack[]).filter((feature) => feature.properties.layer === "track");
    const timedVertices = tracks.reduce((count, track) => count + track.properties.times.filter((time) => time !== null).length, 0);
    expect(rows.filter((row) => row.row_kind === "vertex")).toHaveLength(timedVertices);
    expect(rows.filter((row) => row.row_kind === "moment")).toHaveLength(download.moments.length);
    const instants = rows.map((row) => Date.parse(row.utc));
    expect(instants).toEqual([...instants].sort((first, second) => first - second));
  });

  it("gives each vertex its place, time, flags, confidence and sources", () => {
    const tracks = (download.features as unknown as DownloadTrack[]).filter((feature) => feature.properties.layer === "track");
    for (const track of tracks) {
      track.properties.times.forEach((time, vertex) => {
        const row = rows.find((candidate) => candidate.row_kind === "vertex" && candidate.feature_id === track.properties.id && candidate.vertex === String(vertex));
        if (!time) return expect(row).toBeUndefined();
        const [longitude, latitude] = track.geometry.coordinates[vertex] ?? [];
        expect(row).toMatchObject({
          formations: track.properties.formation,
          utc: time.utc,
          time_approximate: String(time.approximate),
          time_estimated: String(time.estimated),
          position_confidence: track.properties.confidence,
          source_ids: track.properties.sources.join(" "),
        });
        expect([Number(row?.longitude), Number(row?.latitude)]).toEqual([longitude, latitude]);
        expect(row?.time_confidence).toBe(time.estimated ? "inferred" : "");
      });
    }
  });

  it("gives each moment its time in UTC and local time, both confidences and its sources", () => {
    for (const moment of download.moments) {
      const row = rows.find((candidate) => candidate.row_kind === "moment" && candidate.feature_id === moment.id);
      expect(row).toMatchObject({ utc: moment.time.utc, time_estimated: String(moment.time.estimated), time_confidence: moment.confidence, position_confidence: moment.position?.confidence ?? "", source_ids: moment.sources.join(" ") });
      expect(Date.parse(row?.local_time ?? "")).toBe(Date.parse(moment.time.utc));
      expect(row?.longitude).toBe(moment.position ? String(moment.position.coordinates[0]) : "");
    }
  });
});

describe("the CSV with hostile text", () => {
  it("keeps commas, quotes, markup and newlines in their own cell", () => {
    const rows = readCsv(eventCsv(hostileCopy(loadEvent("2020-12-22"))));
    for (const row of rows) expect(Object.keys(row)).toEqual([...CSV_COLUMNS]);
    expect(rows.filter((row) => row.row_kind === "moment").every((row) => row.name === HOSTILE_TEXT)).toBe(true);
    expect(rows.filter((row) => row.row_kind === "vertex").every((row) => row.name === HOSTILE_TEXT)).toBe(true);
  });

  it("prefixes a cell that starts like a formula with an apostrophe", () => {
    const bundle = loadEvent("2020-12-22");
    const copy = structuredClone(bundle);
    const [first] = copy.event.moments;
    if (!first) throw new Error("the event has no moments");
    first.description = '=HYPERLINK("http://evil","click")';
    const row = readCsv(eventCsv(copy)).find((candidate) => candidate.feature_id === first.id);
    expect(row?.name).toBe(`'${first.description}`);
    // Negative numbers are numbers, not formulas: the longitudes west of 180° stay as they are.
    const alaska = readCsv(eventCsv(loadEvent("2024-07-24")));
    expect(alaska.some((candidate) => candidate.longitude.startsWith("-") && !Number.isNaN(Number(candidate.longitude)))).toBe(true);
  });
});
