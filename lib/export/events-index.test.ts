import { describe, expect, it } from "vitest";
import { loadAllEvents } from "@/lib/data/load-all-events";
import { eventsIndex, eventsIndexSchema } from "./events-index";

const events = loadAllEvents().map((bundle) => bundle.event);

describe("the events index", () => {
  it("lists every patrol with its three download links and last revision, and passes its schema", () => {
    const index = eventsIndexSchema.parse(eventsIndex(events));
    expect(index.events.map((event) => event.id)).toEqual(events.map((event) => event.id));
    for (const [position, entry] of index.events.entries()) {
      const event = events[position];
      expect(entry.formats).toEqual({ geojson: `/data/${entry.id}.geojson`, kml: `/data/${entry.id}.kml`, csv: `/data/${entry.id}.csv` });
      expect(entry.lastRevision?.change).toBe(event?.revisions.at(-1)?.change);
      expect(entry.revisionCount).toBe(event?.revisions.length);
    }
  });

  it("says null where a patrol has no revision", () => {
    const index = eventsIndex(events.map((event) => ({ ...event, revisions: [] })));
    expect(index.events.every((event) => event.lastRevision === null)).toBe(true);
  });

  it("refuses an index that lost a format", () => {
    const index = eventsIndex(events) as { events: { formats: Partial<Record<string, string>> }[] };
    delete index.events[0]?.formats.kml;
    expect(eventsIndexSchema.safeParse(index).success).toBe(false);
  });
});
