import { describe, expect, it } from "vitest";
import { nextChoice, resolveTheme } from "./theme";

describe("theme", () => {
  it("follows the system unless the reader chose", () => {
    expect(resolveTheme("system", true)).toBe("dark");
    expect(resolveTheme("system", false)).toBe("light");
    expect(resolveTheme("light", true)).toBe("light");
    expect(resolveTheme("dark", false)).toBe("dark");
  });

  it("cycles system → light → dark → system", () => {
    expect([nextChoice("system"), nextChoice("light"), nextChoice("dark")]).toEqual(["light", "dark", "system"]);
  });
});
