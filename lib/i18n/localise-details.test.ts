import { describe, expect, it } from "vitest";
import type { ItemDetails } from "@/lib/details/item-details";
import { localiseDetails } from "./localise-details";

const base: ItemDetails = { id: "komatsu", kind: "base", title: "Komatsu Air Base", country: "japan", confidence: "confirmed", facts: [{ label: "Position", value: "36.39°N 136.41°E" }], note: null, legs: [], sourceIds: [] };
const response: ItemDetails = { ...base, id: "scramble", kind: "response", title: "JASDF from Komatsu", facts: [{ label: "From", value: "Komatsu Air Base" }, { label: "Aircraft", value: "F-15J (inferred)" }] };

describe("localiseDetails", () => {
  it("translates fact labels and place names, and leaves the data's own words alone", () => {
    const localised = localiseDetails({ komatsu: base, scramble: response }, "ja");
    expect(localised.komatsu?.title).toBe("小松基地");
    expect(localised.komatsu?.facts).toEqual([{ label: "位置", value: "36.39°N 136.41°E" }]);
    expect(localised.scramble?.title).toBe("JASDF from Komatsu");
    expect(localised.scramble?.facts).toEqual([{ label: "発進基地", value: "小松基地" }, { label: "機種", value: "F-15J (inferred)" }]);
  });

  it("changes nothing in English", () => {
    const details = { komatsu: base };
    expect(localiseDetails(details, "en")).toBe(details);
  });
});
