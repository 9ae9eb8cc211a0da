import { describe, expect, it } from "vitest";
import type { Formation } from "@/lib/data/schema";
import { formationSpans } from "./formation-spans";
import type { PlaybackFormation, PlaybackModel } from "@/lib/data/playback-model";

const formation = (id: string): Formation => ({
  id,
  name: `Formation ${id}`,
  country: "russia",
  aircraft: [{ type: "Tu-95MS", count: 2, role: "bomber" }],
  summary: "test",
  confidence: "reported",
  sources: ["test"],
});

function played(id: string, times: number[], estimated: boolean[]): PlaybackFormation {
  return {
    id,
    name: id,
    country: "russia",
    role: "bomber",
    path: { coordinates: times.map((_, index) => [130 + index, 35]), times },
    estimated,
    approximate: times.map(() => false),
  };
}
const model = (...formations: PlaybackFormation[]): PlaybackModel => ({ start: 0, end: 9, ticks: [], formations });

describe("formationSpans", () => {
  it("runs from the first to the last time of each formation's route", () => {
    const spans = formationSpans([formation("pair")], model(played("pair", [2, 5, 7], [false, true, false])));
    expect(spans).toEqual([{ id: "pair", name: "Formation pair", country: "russia", flown: { start: 2, end: 7, estimated: false } }]);
  });

  it("is estimated when either end is", () => {
    const spans = formationSpans([formation("early"), formation("late")], model(played("early", [1, 3], [true, false]), played("late", [4, 8], [false, true])));
    expect(spans.map((span) => span.flown?.estimated)).toEqual([true, true]);
  });

  it("keeps a formation with no timed route, without a span", () => {
    expect(formationSpans([formation("reported-only")], model())).toEqual([{ id: "reported-only", name: "Formation reported-only", country: "russia", flown: null }]);
  });
});
