import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
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

/** Copies the real event into a scratch project, lets a test break one file, and loads it. */
function loadBroken(file: string, breakIt: (json: unknown) => void): DataError {
  const root = mkdtempSync(path.join(tmpdir(), "sortie-data-"));
  cpSync(path.join("data/events", EVENT), path.join(root, "data/events", EVENT), { recursive: true });
  const target = path.join(root, "data/events", EVENT, file);
  const json = JSON.parse(readFileSync(target, "utf8"));
  breakIt(json);
  writeFileSync(target, JSON.stringify(json));
  try {
    loadEvent(EVENT, root);
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
    const root = mkdtempSync(path.join(tmpdir(), "sortie-data-"));
    cpSync(path.join("data/events", EVENT), path.join(root, "data/events", EVENT), { recursive: true });
    writeFileSync(path.join(root, "data/events", EVENT, "places.geojson"), "{ not json");
    expect(() => loadEvent(EVENT, root)).toThrow(/places\.geojson: field "\(file\)": is not valid JSON/);
  });
});
