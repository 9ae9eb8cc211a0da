import { describe, expect, it } from "vitest";
import type { Bounds } from "@/lib/geo/bounds-of";
import { frameForLink } from "./frame-request";

const boxes: Record<string, Bounds> = { a: [120, 30, 130, 40], b: [170, 50, 190, 60] };
const lookup = (id: string) => boxes[id];
const camera = { zoom: 4, latitude: 35, longitude: 130, bearing: 0, pitch: 0 };

describe("frameForLink", () => {
  it("frames a newly selected patrol, from the reader or from Back/Forward", () => {
    expect(frameForLink({ patrol: null, map: null }, { patrol: "a", map: null }, lookup)).toEqual({ bounds: boxes.a });
    expect(frameForLink({ patrol: "a", map: camera }, { patrol: "b", map: camera }, lookup)).toEqual({ bounds: boxes.b });
  });

  it("frames a first link's selection, unless the link names a camera", () => {
    expect(frameForLink(null, { patrol: "b", map: null }, lookup)).toEqual({ bounds: boxes.b });
    expect(frameForLink(null, { patrol: "b", map: camera }, lookup)).toBeNull();
  });

  it("leaves the map alone when the selection is cleared, unchanged or unknown", () => {
    expect(frameForLink({ patrol: "a", map: null }, { patrol: null, map: null }, lookup)).toBeNull();
    expect(frameForLink({ patrol: "a", map: null }, { patrol: "a", map: camera }, lookup)).toBeNull();
    expect(frameForLink(null, { patrol: "zzz", map: null }, lookup)).toBeNull();
  });
});
