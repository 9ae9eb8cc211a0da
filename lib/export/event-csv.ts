import { stringify } from "csv-stringify/sync";
import type { EventBundle } from "@/lib/data/event-bundle";
import type { EventTime } from "@/lib/data/schema";
import { localIsoTime } from "./export-times";

/** The CSV's columns, in order; the README describes each. */
export const CSV_COLUMNS = [
  "row_kind", "event", "feature_id", "name", "formations", "vertex", "utc", "local_time", "local_zone",
  "time_approximate", "time_estimated", "time_as_reported", "time_confidence", "position_confidence",
  "position_basis", "longitude", "latitude", "source_ids",
] as const;
type Row = Record<(typeof CSV_COLUMNS)[number], string | number>;

/**
 * One event as CSV for spreadsheets: a row per timed route vertex and a row per moment, each
 * with its UTC and local time, whether the time is approximate or estimated, how sure we are of
 * the time and of the place, and the ids of its sources (data/sources.json, or the GeoJSON's
 * `sources`). A vertex time has no confidence of its own: an estimated one is "inferred", a
 * sourced one is left blank (its moment row says how sure the source is).
 */
export function eventCsv(bundle: EventBundle): string {
  const { event } = bundle;
  const zone = event.localTimeZone;
  const timeColumns = (time: EventTime) => ({
    utc: time.utc,
    local_time: localIsoTime(time.utc, zone.offsetMinutes),
    local_zone: zone.label,
    time_approximate: String(time.approximate),
    time_estimated: String(time.estimated),
    time_as_reported: time.asReported ?? "",
  });
  const rows: Row[] = [];
  for (const track of bundle.tracks.features) {
    const { properties } = track;
    track.geometry.coordinates.forEach((position, index) => {
      const time = properties.times[index];
      if (!time) return;
      rows.push({
        row_kind: "vertex", event: event.id, feature_id: properties.id, name: properties.name, formations: properties.formation, vertex: index,
        ...timeColumns(time),
        time_confidence: time.estimated ? "inferred" : "",
        position_confidence: properties.confidence,
        position_basis: properties.confidence === "inferred" ? "reconstructed route (approximate)" : "sourced route",
        longitude: position[0], latitude: position[1], source_ids: properties.sources.join(" "),
      });
    });
  }
  for (const moment of event.moments) {
    rows.push({
      row_kind: "moment", event: event.id, feature_id: moment.id, name: moment.description, formations: moment.formations.join(" "), vertex: "",
      ...timeColumns(moment.time),
      time_confidence: moment.confidence,
      position_confidence: moment.position?.confidence ?? "",
      position_basis: moment.position?.basis ?? "not reported",
      longitude: moment.position?.coordinates[0] ?? "", latitude: moment.position?.coordinates[1] ?? "",
      source_ids: moment.sources.join(" "),
    });
  }
  // In time order; "22:50Z" and "22:50:30Z" do not sort as text, so by instant.
  rows.sort((first, second) => Date.parse(String(first.utc)) - Date.parse(String(second.utc)) || String(first.feature_id).localeCompare(String(second.feature_id)) || Number(first.vertex) - Number(second.vertex));
  return stringify(rows.map(defuseFormulas), { header: true, columns: [...CSV_COLUMNS], bom: true, record_delimiter: "windows" });
}

/**
 * A text cell starting with = + - @ (or a tab or carriage return) is run as a formula by
 * spreadsheets; such a cell gets a leading apostrophe (OWASP's advice). Numbers are left alone.
 */
function defuseFormulas(row: Row): Row {
  const safe = { ...row };
  for (const column of CSV_COLUMNS) {
    const value = safe[column];
    if (typeof value === "string" && /^[=+\-@\t\r]/.test(value)) safe[column] = `'${value}`;
  }
  return safe;
}
