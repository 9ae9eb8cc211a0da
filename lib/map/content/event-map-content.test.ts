import { describe, expect, it } from "vitest";
import { loadEvent } from "@/lib/data/load-event";
import { loadZones } from "@/lib/data/load-zones";
import { buildEventMapContent, eventIdOfMapContentPath, eventMapContentPath, isEventMapContent } from "./event-map-content";

describe("event map content", () => {
  const content = JSON.parse(JSON.stringify(buildEventMapContent(loadEvent("2020-12-22"), loadZones()))) as unknown;

  it("survives the trip through JSON as the event it was built for", () => {
    expect(isEventMapContent(content, "2020-12-22")).toBe(true);
    expect(isEventMapContent(content, "2019-07-23")).toBe(false);
  });

  it.each([
    ["null", null],
    ["a string", "2020-12-22"],
    ["without playback", { ...(content as object), playback: undefined }],
    ["with data that is not an object", { ...(content as object), data: 3 }],
  ])("rejects %s", (_, value) => {
    expect(isEventMapContent(value, "2020-12-22")).toBe(false);
  });

  it("has a path the event id can be read back from, and only that", () => {
    expect(eventIdOfMapContentPath(eventMapContentPath("2024-07-24"))).toBe("2024-07-24");
    expect(eventIdOfMapContentPath("/map-data/../secrets.json")).toBeNull();
    expect(eventIdOfMapContentPath("//example.com/map-data/a.json")).toBeNull();
  });
});
