import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { charactersBySlice, fontSlices, unicodeRangeOf } from "./autonym-font";

describe("autonym font slices", () => {
  const css = `@font-face {\n  src: url(./files/a-0-400-normal.woff2) format('woff2');\n  unicode-range: U+4e00-4e10,U+d55c;\n}\n@font-face {\n  src: url(./files/a-1-400-normal.woff2) format('woff2');\n  unicode-range: U+ad6d;\n}`;

  it("reads each rule's file and ranges", () => {
    expect(fontSlices(css)).toEqual([
      { file: "a-0-400-normal.woff2", ranges: [[0x4e00, 0x4e10], [0xd55c, 0xd55c]] },
      { file: "a-1-400-normal.woff2", ranges: [[0xad6d, 0xad6d]] },
    ]);
  });

  it("groups the characters by the slice that holds them, and refuses one no slice holds", () => {
    expect(charactersBySlice("한국", fontSlices(css))).toEqual(new Map([["a-0-400-normal.woff2", "한"], ["a-1-400-normal.woff2", "국"]]));
    expect(() => charactersBySlice("어", fontSlices(css))).toThrow(/no @fontsource slice covers “어”/);
    expect(unicodeRangeOf("한국")).toBe("U+d55c,U+ad6d");
  });

  it("finds every character of the Korean autonym in the installed Noto Sans KR", () => {
    const installed = readFileSync(path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-kr", "400.css"), "utf8");
    const bySlice = charactersBySlice("한국어", fontSlices(installed));
    expect([...bySlice.values()].join("").length).toBe(3);
  });
});
