import { describe, expect, it } from "vitest";
import { charactersInRanges } from "./characters-in-ranges";

describe("charactersInRanges", () => {
  it("keeps each character inside the ranges once, in code point order", () => {
    expect(charactersInRanges("Niezależna, Łódź, Ōsumi, Ōsumi", [[0x100, 0x2ff]])).toBe("\u0141\u014c\u017a\u017c"); // Ł Ō ź ż
  });

  it("includes both ends of a range and leaves out what lies outside every range", () => {
    expect(charactersInRanges("\u00ff\u0100\u02ff\u0300 日本", [[0x100, 0x2ff], [0x4e00, 0x4e00]])).toBe("\u0100\u02ff");
  });

  it("is empty when nothing falls inside", () => {
    expect(charactersInRanges("plain ASCII", [[0x100, 0x2ff]])).toBe("");
  });
});
