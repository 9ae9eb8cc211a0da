import { describe, expect, it } from "vitest";
import type { Bounds } from "@/lib/geo/bounds-of";
import { frameForLink } from "./frame-request";

const boxes: Record<string, Bounds> = { a: [120, 30, 130, 40], b: [170, 50, 190, 60] };
const lookup = (id: string) => boxes[id];
const all = () => true;
const camera = { zoom: 4, latitude: 35, longitude: 130, bearing: 0, pitch: 0 };

describe("frameForLink", () => {
  it("frames a newly selected patrol, from the reader or from Back/Forward", () => {
    expect(frameForLink({ patrol: null, map: null }, { patrol: "a", map: null }, lookup, all)).toEqual({ bounds: boxes.a });
    expect(frameForLink({ patrol: "a", map: camera }, { patrol: "b", map: camera }, lookup, all)).toEqual({ bounds: boxes.b });
  });

  it("frames a first link's selection, unless the link names a camera", () => {
    expect(frameForLink(null, { patrol: "b", map: null }, lookup, all)).toEqual({ bounds: boxes.b });
    expect(frameForLink(null, { patrol: "b", map: camera }, lookup, all)).toBeNull();
  });

  it("leaves the map alone when the selection is cleared, unchanged or unknown", () => {
    expect(frameForLink({ patrol: "a", map: null }, { patrol: null, map: null }, lookup, all)).toBeNull();
    expect(frameForLink({ patrol: "a", map: null }, { patrol: "a", map: camera }, lookup, all)).toBeNull();
    expect(frameForLink(null, { patrol: "zzz", map: null }, lookup, all)).toBeNull();
  });

  it("does not frame a patrol the filters hide, whether a link, the reader or Back/Forward selects it", () => {
    const onlyA = (id: string) => id === "a";
    expect(frameForLink(null, { patrol: "b", map: null }, lookup, onlyA)).toBeNull();
    expect(frameForLink({ patrol: "a", map: null }, { patrol: "b", map: null }, lookup, onlyA)).toBeNull();
    expect(frameForLink({ patrol: "b", map: null }, { patrol: "a", map: null }, lookup, onlyA)).toEqual({ bounds: boxes.a });
  });
});
