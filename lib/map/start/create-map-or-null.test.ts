import { describe, expect, it } from "vitest";
import { createMapOrNull } from "./create-map-or-null";

class GpuError extends Error {}

describe("createMapOrNull", () => {
  it("returns what the constructor made", () => {
    expect(createMapOrNull(() => ({ map: 1 }), GpuError)).toEqual({ map: 1 });
  });

  it("answers null when WebGL could not be initialised", () => {
    expect(
      createMapOrNull(() => {
        throw new GpuError("Failed to initialize WebGL");
      }, GpuError),
    ).toBeNull();
  });

  it("lets every other error through", () => {
    expect(() =>
      createMapOrNull(() => {
        throw new TypeError("bad style");
      }, GpuError),
    ).toThrow(TypeError);
  });
});
