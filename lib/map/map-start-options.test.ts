import { describe, expect, it } from "vitest";
import { parseAsCamera, viewStateParsers } from "@/lib/url-state/view-state";
import { CAMERA_PARAMETER, parseMapStart, serializeMapStart } from "./map-start-options";

describe("map start attribute", () => {
  it("reads back what the server wrote", () => {
    const options = { region: "east-asia", bounds: [120.5, 24, 140.25, 42] } as const;
    expect(parseMapStart(serializeMapStart({ region: options.region, bounds: [...options.bounds] }))).toEqual({ region: "east-asia", bounds: [120.5, 24, 140.25, 42] });
  });

  it.each([
    ["absent", null],
    ["not JSON", "{region"],
    ["an unknown region", JSON.stringify({ region: "atlantis", bounds: [0, 0, 1, 1] })],
    ["a region inherited from Object", JSON.stringify({ region: "toString", bounds: [0, 0, 1, 1] })],
    ["three numbers", JSON.stringify({ region: "east-asia", bounds: [0, 0, 1] })],
    ["a string among the bounds", JSON.stringify({ region: "east-asia", bounds: [0, 0, "1", 1] })],
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
