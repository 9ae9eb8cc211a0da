import { describe, expect, it } from "vitest";
import { boundsOf } from "./bounds-of";

describe("boundsOf", () => {
  it("spans every position", () => {
    expect(boundsOf([[129, 34], [125, 37], [131, 32]])).toEqual([125, 32, 131, 37]);
  });

  it("is undefined for no positions", () => {
    expect(boundsOf([])).toBeUndefined();
  });
});
