import { describe, expect, it } from "vitest";
import { parseAsCamera, viewStateParsers } from "@/lib/url-state/view-state";
import { CAMERA_PARAMETER, parseMapStart, serializeMapStart, parseMapWords } from "./map-start-options";

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

describe("parseMapWords", () => {
  it("gives MapLibre's locale keys the page's words", () => {
    expect(parseMapWords(JSON.stringify({ map: "地図", zoomIn: "拡大", zoomOut: "縮小", toggleAttribution: "出典表示の切り替え", attribution: "Natural Earth（パブリックドメイン）" }))).toEqual({
      controls: {
        "Map.Title": "地図",
        "NavigationControl.ZoomIn": "拡大",
        "NavigationControl.ZoomOut": "縮小",
        "AttributionControl.ToggleAttribution": "出典表示の切り替え",
      },
      attribution: "Natural Earth（パブリックドメイン）",
    });
  });

  it("keeps MapLibre's own words for anything missing, malformed or not text", () => {
    expect(parseMapWords(null)).toEqual({ controls: {}, attribution: null });
    expect(parseMapWords("{ nope")).toEqual({ controls: {}, attribution: null });
    expect(parseMapWords(JSON.stringify({ zoomIn: 3, other: "x", map: "Karte", attribution: 1 }))).toEqual({ controls: { "Map.Title": "Karte" }, attribution: null });
  });
});
