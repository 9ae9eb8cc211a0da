import { describe, expect, it } from "vitest";
import { localePath, splitLocalePath } from "./locales";

describe("locale paths", () => {
  it("keeps English unprefixed and prefixes the others", () => {
    expect(localePath("en", "/events")).toBe("/events");
    expect(localePath("ja", "/")).toBe("/ja");
    expect(localePath("ru", "/events/2024-07-24")).toBe("/ru/events/2024-07-24");
  });
  it("splits a pathname into its locale and English path, and round-trips", () => {
    expect(splitLocalePath("/ko/embed/2020-12-22")).toEqual({ locale: "ko", path: "/embed/2020-12-22" });
    expect(splitLocalePath("/zh")).toEqual({ locale: "zh", path: "/" });
    expect(splitLocalePath("/events")).toEqual({ locale: "en", path: "/events" });
    // "/en/..." is not a locale prefix: English has none.
    expect(splitLocalePath("/en/events")).toEqual({ locale: "en", path: "/en/events" });
    for (const path of ["/", "/statistics", "/events/2019-07-23"]) expect(splitLocalePath(localePath("ja", path)).path).toBe(path);
  });
});
