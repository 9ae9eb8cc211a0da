import { describe, expect, it } from "vitest";
import type { PlaybackFormation, PlaybackModel } from "@/lib/data/playback-model";
import { pickAircraft } from "./pick-aircraft";

const formation = (id: string, latitude: number): PlaybackFormation => ({
  id,
  name: id,
  country: "china",
  role: "bomber",
  path: { coordinates: [[125, latitude], [127, latitude]], times: [0, 1_000_000] },
  estimated: [false, false],
  approximate: [false, false],
});

const model: PlaybackModel = { start: 0, end: 2_000_000, ticks: [], formations: [formation("north", 31), formation("south", 30)] };

// One degree is ten pixels: halfway through, "north" sits at (1260, 310) and "south" at (1260, 300).
const project = ([longitude, latitude]: [number, number]) => ({ x: longitude * 10, y: latitude * 10 });

describe("pickAircraft", () => {
  it("picks the nearest aircraft within the radius", () => {
    expect(pickAircraft(model, 500_000, { x: 1262, y: 308 }, project)).toBe("north");
    expect(pickAircraft(model, 500_000, { x: 1262, y: 303 }, project)).toBe("south");
  });

  it("picks nothing beyond the radius", () => {
    expect(pickAircraft(model, 500_000, { x: 1260, y: 327 }, project)).toBeNull();
    expect(pickAircraft(model, 500_000, { x: 1260, y: 327 }, project, 20)).toBe("north");
  });

  it("picks nothing where no aircraft is in the air", () => {
    expect(pickAircraft(model, 1_500_000, { x: 1270, y: 310 }, project)).toBeNull();
  });
});
