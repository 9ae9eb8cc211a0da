import { describe, expect, it } from "vitest";
import { packCrossing, unpackCrossing } from "./packed-crossings";

describe("packCrossing", () => {
  it("keeps formation, zone and kind, and the time to the whole second", () => {
    const packed = packCrossing({ formation: "tu95-pair", zone: "kadiz", kind: "exit", time: 1608618686499 });
    expect(packed).toEqual(["tu95-pair", "kadiz", "exit", 1608618686]);
    expect(unpackCrossing(packed)).toEqual({ formation: "tu95-pair", zone: "kadiz", kind: "exit", time: 1608618686000 });
  });

  it("rounds half a second up, as the page did before packing", () => {
    expect(unpackCrossing(packCrossing({ formation: "a", zone: "jadiz", kind: "entry", time: 1500 })).time).toBe(Math.round(1500 / 1000) * 1000);
  });
});
