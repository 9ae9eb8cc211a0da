import { describe, expect, it } from "vitest";
import { parseAsItemId, serializeViewState } from "./view-state";

describe("parseAsItemId", () => {
  it("accepts kebab-case ids", () => {
    expect(parseAsItemId.parse("h6k-pair-a")).toBe("h6k-pair-a");
  });

  it.each(["<script>", "H6K", "a--b", "-a", "", "a b"])("rejects %j", (value) => {
    expect(parseAsItemId.parse(value)).toBeNull();
  });

  it("never reads more than the length limit", () => {
    expect(parseAsItemId.parse("a".repeat(10_000))).toHaveLength(200);
  });
});

describe("serializeViewState", () => {
  it("writes the selection as a short readable parameter", () => {
    expect(serializeViewState("/", { sel: "tu95-pair" })).toBe("/?sel=tu95-pair");
  });
});
