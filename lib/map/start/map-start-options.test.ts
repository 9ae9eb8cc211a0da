import { describe, expect, it } from "vitest";
import { parseAsCamera, viewStateParsers } from "@/lib/url-state/view-state";
import { CAMERA_PARAMETER, parseMapStart, serializeMapStart } from "./map-start-options";

const PATH = "/map-data/2020-12-22.json";

describe("map start attribute", () => {
  it("reads back what the server wrote", () => {
    const attribute = serializeMapStart({ region: "east-asia", bounds: [120.5, 24, 140.25, 42], contentPath: "/map-data/2020-12-22.json" });
    expect(parseMapStart(attribute)).toEqual({ region: "east-asia", bounds: [120.5, 24, 140.25, 42], contentPath: "/map-data/2020-12-22.json" });
  });

  it.each([
    ["absent", null],
    ["not JSON", "{region"],
    ["an unknown region", JSON.stringify({ region: "atlantis", bounds: [0, 0, 1, 1], contentPath: PATH })],
    ["a region inherited from Object", JSON.stringify({ region: "toString", bounds: [0, 0, 1, 1], contentPath: PATH })],
    ["three numbers", JSON.stringify({ region: "east-asia", bounds: [0, 0, 1], contentPath: PATH })],
    ["a string among the bounds", JSON.stringify({ region: "east-asia", bounds: [0, 0, "1", 1], contentPath: PATH })],
    ["without a content path", JSON.stringify({ region: "east-asia", bounds: [0, 0, 1, 1] })],
    ["a content path on another origin", JSON.stringify({ region: "east-asia", bounds: [0, 0, 1, 1], contentPath: "https://example.com/map-data/a.json" })],
    ["a content path outside /map-data/", JSON.stringify({ region: "east-asia", bounds: [0, 0, 1, 1], contentPath: "/data/2020-12-22.geojson" })],
    ["null", "null"],
  ])("is null when the attribute is %s", (_, attribute) => {
    expect(parseMapStart(attribute)).toBeNull();
  });
});

describe("CAMERA_PARAMETER", () => {
  it("is the URL parameter the URL-state module parses as a camera", () => {
    expect(viewStateParsers[CAMERA_PARAMETER]).toBe(parseAsCamera);
  });
});
