import { describe, expect, it } from "vitest";
import type { EventBundle } from "./event-bundle";
import { buildItemFormations } from "./item-formations";

const time = { utc: "2020-12-22T00:45Z", approximate: false, estimated: true };
const empty = { type: "FeatureCollection" as const, features: [] };

/** Only the fields buildItemFormations reads. */
const bundle = {
  event: {
    formations: [{ id: "pair-a" }, { id: "pair-b" }],
    moments: [
      { id: "join", formations: ["pair-a", "pair-b"], time },
      { id: "statement", formations: [], time },
    ],
  },
  tracks: { type: "FeatureCollection", features: [{ properties: { id: "pair-a-leg", formation: "pair-a" } }] },
  responses: empty,
  bases: empty,
  places: empty,
} as unknown as EventBundle;

describe("buildItemFormations", () => {
  it("links a formation to itself, a leg to its formation and a moment to the formations it names", () => {
    expect(buildItemFormations(bundle)).toEqual({
      "pair-a": ["pair-a"],
      "pair-b": ["pair-b"],
      "pair-a-leg": ["pair-a"],
      join: ["pair-a", "pair-b"],
    });
  });
});
