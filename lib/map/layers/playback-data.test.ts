import { describe, expect, it } from "vitest";
import type { PlaybackModel } from "@/lib/data/playback-model";
import { aircraftAt } from "./playback-data";
import { playbackFormation } from "./playback-formation-for-tests";

const model: PlaybackModel = {
  start: 0,
  end: 3_000_000,
  ticks: [],
  formations: [playbackFormation({ path: { coordinates: [[125, 30], [126, 30], [127, 31]], times: [0, 1_000_000, 3_000_000] }, approximate: [false, false, true] })],
};

describe("aircraftAt", () => {
  it("places each formation in the air at the time, marked estimated where times were", () => {
    const aircraft = aircraftAt(model, 500_000);
    expect(aircraft.features).toHaveLength(1);
    expect(aircraft.features[0]!.geometry.coordinates[0]).toBeCloseTo(125.5, 3);
    expect(aircraft.features[0]!.properties).toMatchObject({ id: "pair", estimated: true });
  });

  it("shows no aircraft outside its flight", () => {
    expect(aircraftAt(model, 3_000_001).features).toHaveLength(0);
  });
});
