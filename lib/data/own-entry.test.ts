import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ownEntry } from "./own-entry";

const INHERITED_NAMES = Object.getOwnPropertyNames(Object.prototype);

describe("ownEntry", () => {
  it("finds own entries and nothing inherited", () => {
    const record = { "h6k-pair-a": 1 };
    expect(ownEntry(record, "h6k-pair-a")).toBe(1);
    expect(ownEntry(record, null)).toBeUndefined();
    for (const name of INHERITED_NAMES) expect(ownEntry(record, name)).toBeUndefined();
  });

  it("returns undefined for any key the record does not hold, inherited names included", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.integer()), fc.oneof(fc.string(), fc.constantFrom(...INHERITED_NAMES)), (record, key) => {
        const found = ownEntry(record, key);
        expect(found).toBe(Object.keys(record).includes(key) ? record[key] : undefined);
      }),
    );
  });
});
