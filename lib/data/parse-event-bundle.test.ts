import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { DataError } from "./data-error";
import { listEventIds, loadEvent } from "./load-event";

const EVENT = "2020-12-22";

type Key = string | number;
function getAt(json: unknown, keys: Key[]): unknown {
  return keys.reduce<unknown>((value, key) => (value as Record<Key, unknown>)[key], json);
}
function setAt(json: unknown, keys: Key[], value: unknown): void {
  (getAt(json, keys.slice(0, -1)) as Record<Key, unknown>)[keys[keys.length - 1]!] = value;
}

/** A folder in the system's temporary directory, removed when the test ends (pass or fail). */
function scratchProject(): string {
  const root = mkdtempSync(path.join(tmpdir(), "sortie-data-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  return root;
}

/** Copies the real data into a scratch project, lets a test break one file, and loads the event. */
function loadBroken(file: string, breakIt: (json: unknown) => void, event = EVENT): DataError {
  const root = scratchProject();
  cpSync(path.join("data/events", event), path.join(root, "data/events", event), { recursive: true });
  cpSync("data/sources.json", path.join(root, "data/sources.json"));
  const target = path.join(root, file.startsWith("data/") ? file : path.join("data/events", event, file));
  const json = JSON.parse(readFileSync(target, "utf8"));
  breakIt(json);
  writeFileSync(target, JSON.stringify(json));
  try {
    loadEvent(event, root);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error("the broken file was accepted");
}

describe("event data", () => {
  it.each(listEventIds())("event %s meets the data standard", (eventId) => {
    const bundle = loadEvent(eventId);
    expect(bundle.tracks.features.length).toBeGreaterThan(0);
  });

  it("names file, feature and field when a confidence is wrong", () => {
    const error = loadBroken("tracks.geojson", (json) => {
      setAt(json, ["features", 1, "properties", "confidence"], "certain");
    });
    const id = JSON.parse(readFileSync(`data/events/${EVENT}/tracks.geojson`, "utf8")).features[1].properties.id;
    expect(error.message).toContain(`data/events/${EVENT}/tracks.geojson`);
    expect(error.message).toContain(`feature "${id}"`);
    expect(error.message).toContain(`field "properties.confidence"`);
  });

  it("rejects a feature without sources", () => {
    const error = loadBroken("places.geojson", (json) => {
      setAt(json, ["features", 0, "properties", "sources"], []);
    });
    expect(error.message).toMatch(/places\.geojson: feature "[a-z0-9-]+" field "properties\.sources"/);
  });

  it("rejects a source id that is not in the sources list", () => {
    const error = loadBroken("bases.geojson", (json) => {
      setAt(json, ["features", 0, "properties", "sources"], ["no-such-source"]);
    });
    expect(error.message).toContain('unknown source id "no-such-source"');
    expect(error.problems[0]?.file).toBe(`data/events/${EVENT}/bases.geojson`);
  });

  it("rejects a track whose times do not match its vertices", () => {
    const error = loadBroken("tracks.geojson", (json) => {
      (getAt(json, ["features", 0, "properties", "times"]) as unknown[]).pop();
    });
    expect(error.message).toMatch(/field "properties\.times": has \d+ entries but the line has \d+ vertices/);
  });

  it("rejects a position with a latitude out of range", () => {
    const error = loadBroken("responses.geojson", (json) => {
      setAt(json, ["features", 0, "geometry", "coordinates", 0], [130, 123]);
    });
    expect(error.message).toContain('field "geometry.coordinates.0');
  });

  it("rejects a moment time that is not UTC", () => {
    const error = loadBroken("event.json", (json) => {
      setAt(json, ["moments", 0, "time", "utc"], "2020-12-22 08:00 KST");
    });
    expect(error.message).toMatch(/event\.json: feature "[a-z0-9-]+" field "time\.utc": must be an ISO 8601 UTC time/);
  });

  it("rejects duplicate ids, since links refer to items by id", () => {
    const error = loadBroken("places.geojson", (json) => {
      setAt(json, ["features", 1, "properties", "id"], getAt(json, ["features", 0, "properties", "id"]));
    });
    expect(error.message).toContain("id is already used");
  });

  it("reports a file that is not JSON by name", () => {
    const root = scratchProject();
    cpSync(path.join("data/events", EVENT), path.join(root, "data/events", EVENT), { recursive: true });
    cpSync("data/sources.json", path.join(root, "data/sources.json"));
    writeFileSync(path.join(root, "data/events", EVENT, "places.geojson"), "{ not json");
    expect(() => loadEvent(EVENT, root)).toThrow(/places\.geojson: field "\(file\)": is not valid JSON/);
  });
});

/** The index of a track (or moment) in a real file, by id, so a test breaks the feature it names. */
function indexOf(file: string, id: string, event: string): number {
  const json = JSON.parse(readFileSync(`data/events/${event}/${file}`, "utf8"));
  const list: { id?: string; properties?: { id: string } }[] = json.features ?? json.moments;
  return list.findIndex((item) => (item.properties?.id ?? item.id) === id);
}

describe("flyable timing", () => {
  it("rejects an estimate that puts the 2023-12-14 Tsushima leg (114 km) 5 minutes after the one before, naming file, feature and vertex", () => {
    const event = "2023-12-14";
    const track = indexOf("tracks.geojson", "h6-pair-tsushima-to-ecs", event);
    const error = loadBroken("tracks.geojson", (json) => setAt(json, ["features", track, "properties", "times", 3, "utc"], "2023-12-14T03:53Z"), event);
    expect(error.message).toContain(`data/events/${event}/tracks.geojson: feature "h6-pair-tsushima-to-ecs" field "properties.times.3.utc": vertex 3: an estimated time needs`);
    expect(error.message).toMatch(/needs 1,3\d\d km\/h for 114 km from vertex 2/);
  });

  it("rejects an A-50 leg flown in no time at all (2019-07-23)", () => {
    const event = "2019-07-23";
    const track = indexOf("tracks.geojson", "a50-dokdo-takeshima-incursions", event);
    const error = loadBroken("tracks.geojson", (json) => {
      const times = getAt(json, ["features", track, "properties", "times"]) as { utc: string }[];
      times[7]!.utc = times[6]!.utc;
    }, event);
    expect(error.message).toContain('feature "a50-dokdo-takeshima-incursions" field "properties.times.7.utc": vertex 7: an estimated time needs no time at all');
  });

  it("rejects time running backwards along a track", () => {
    const event = "2019-07-23";
    const track = indexOf("tracks.geojson", "h6k-pair-to-the-join", event);
    const error = loadBroken("tracks.geojson", (json) => setAt(json, ["features", track, "properties", "times", 2, "utc"], "2019-07-22T21:00Z"), event);
    expect(error.message).toContain('feature "h6k-pair-to-the-join" field "properties.times.2.utc": vertex 2: time goes back');
  });
});

describe("moment positions", () => {
  const event = "2019-07-23";
  const moment = () => indexOf("event.json", "h6-exit-kadiz-east-of-ieodo", event);

  it("rejects a position nobody reported stored more precisely than 0.01°", () => {
    const error = loadBroken("event.json", (json) => setAt(json, ["moments", moment(), "position", "coordinates"], [128.2542, 33.4841]), event);
    expect(error.message).toContain('event.json: feature "h6-exit-kadiz-east-of-ieodo" field "position.coordinates": [128.2542, 33.4841] has more precision than anyone reported');
  });

  it("rejects a position nobody reported that claims to be confirmed", () => {
    const error = loadBroken("event.json", (json) => setAt(json, ["moments", moment(), "position", "confidence"], "confirmed"), event);
    expect(error.message).toContain('feature "h6-exit-kadiz-east-of-ieodo" field "position.confidence"');
  });

  it("rejects a sourced place whose coordinates are not the place's", () => {
    const error = loadBroken("event.json", (json) => setAt(json, ["moments", moment(), "position", "basis"], "sourced place tsushima-strait"), event);
    expect(error.message).toContain('field "position.coordinates": [128.25, 33.48] is not the coordinates of place "tsushima-strait"');
  });
});

describe("source registry", () => {
  it("rejects an event citing an id the registry lacks", () => {
    const error = loadBroken("event.json", (json) => (getAt(json, ["sources"]) as string[]).push("no-such-source"));
    expect(error.message).toMatch(/event\.json: field "sources\.\d+": unknown source id "no-such-source" \(not in data\/sources\.json\)/);
  });

  it("rejects a source with neither a stated publication date nor an access date", () => {
    const error = loadBroken("data/sources.json", (json) => {
      const sources = getAt(json, ["sources"]) as { id: string; published?: string; accessed?: string }[];
      const natural = sources.find((source) => source.id === "natural-earth")!;
      delete natural.published;
      delete natural.accessed;
    });
    expect(error.message).toContain('data/sources.json: feature "natural-earth" field "published": needs `published`');
  });

  it("rejects a revision citing an unknown source", () => {
    const error = loadBroken("event.json", (json) => setAt(json, ["revisions", 0, "sources"], ["no-such-source"]));
    expect(error.message).toContain('feature "revisions[0]" field "sources": unknown source id "no-such-source"');
  });
});
