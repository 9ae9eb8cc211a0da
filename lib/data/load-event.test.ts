import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { isKnownEventId, listEventIds, loadEvent } from "./load-event";

const EVENT = "2020-12-22";
const INHERITED_NAMES = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"];

describe("event ids from outside", () => {
  it("accepts every event in the list and nothing else", () => {
    for (const id of listEventIds()) expect(isKnownEventId(id)).toBe(true);
    for (const id of ["2099-01-01", "2020-12-22/", " 2020-12-22", "2020-12-22.json", "", ...INHERITED_NAMES]) expect(isKnownEventId(id)).toBe(false);
    for (const value of [undefined, null, 20201222, { toString: () => EVENT }]) expect(isKnownEventId(value)).toBe(false);
  });

  it("never reads a folder outside data/events, even one holding a valid event", () => {
    // A scratch project whose sibling folder holds a complete, valid copy of an event.
    const root = mkdtempSync(path.join(tmpdir(), "sortie-ids-"));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    cpSync(path.join("data/events", EVENT), path.join(root, "data/events", EVENT), { recursive: true });
    cpSync("data/sources.json", path.join(root, "data/sources.json"));
    cpSync(path.join("data/events", EVENT), path.join(root, "data/outside"), { recursive: true });
    expect(loadEvent(EVENT, root).event.id).toBe(EVENT);
    for (const id of ["../outside", "../../data/outside", `../events/${EVENT}`, "../../../../../../etc"]) {
      expect(() => loadEvent(id, root)).toThrow(/data\/events: field "\(folder\)": has no event/);
    }
  });
});
