import { describe, expect, it } from "vitest";
import { listEventIds, loadEvent } from "./load-event";
import { deniedResponders, denialsWithoutSearch, responseContradictions } from "./response-denials";

describe("deniedResponders", () => {
  it.each([
    ["No report of a Japanese scramble was found in the sources used.", ["japan"]],
    ["No report of South Korean fighters scrambling was found in the sources used, so none are drawn.", ["south-korea"]],
    ["No scramble was reported.", ["japan", "south-korea"]],
    ["No Japanese response was found.", ["japan"]],
    ["The JASDF did not scramble.", ["japan"]],
  ])("reads %j as denying %j", (text, expected) => {
    expect(deniedResponders(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    "South Korea sent up fighters and Japan conveyed grave concern; no airspace was violated.",
    "Air Self-Defense Force fighters were scrambled; there was no airspace violation.",
    "South Korean fighter types and bases are not named; the base and intercept line on the map are inferred.",
    "NORAD did not mention them.",
  ])("does not read %j as a denial", (text) => {
    expect(deniedResponders(text)).toEqual([]);
  });
});

describe("responses agree with caveats and summaries", () => {
  it("catches the caveat 2023-12-14 carried before Japan's scramble was added", () => {
    const bundle = loadEvent("2023-12-14");
    bundle.event.caveats.push("No report of a Japanese scramble was found in the sources used.");
    expect(responseContradictions(bundle)).toHaveLength(1);
  });

  it("catches a summary that denies a drawn South Korean response (2024-11-29)", () => {
    const bundle = loadEvent("2024-11-29");
    bundle.event.summary += " No South Korean response was reported.";
    expect(responseContradictions(bundle)).toEqual([expect.stringContaining("south-korea")]);
  });

  it.each(listEventIds())("event %s draws no response its own text denies", (eventId) => {
    expect(responseContradictions(loadEvent(eventId))).toEqual([]);
  });
});

describe("a denial says what was searched", () => {
  it("flags a caveat that denies a response without naming the search", () => {
    const bundle = loadEvent("2026-06-27");
    bundle.event.caveats.push("No Japanese scramble was reported.");
    expect(denialsWithoutSearch(bundle)).toEqual([expect.stringContaining("No Japanese scramble was reported.")]);
  });

  it("accepts a denial that names what was searched", () => {
    const bundle = loadEvent("2026-06-27");
    bundle.event.caveats.push("No Japanese scramble was reported (searched: Japan's Joint Staff Office releases, Kyodo, NHK).");
    expect(denialsWithoutSearch(bundle)).toEqual([]);
  });

  it.each(listEventIds())("event %s: every denial names what was searched", (eventId) => {
    expect(denialsWithoutSearch(loadEvent(eventId))).toEqual([]);
  });
});
