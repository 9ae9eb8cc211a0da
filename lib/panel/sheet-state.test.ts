import { describe, expect, it } from "vitest";
import { sheetReducer, type SheetState } from "./sheet-state";

const lowered: SheetState = { expanded: false, before: null, holds: 0 };

describe("sheetReducer", () => {
  it("raises the sheet while a panel is open and lowers it again when the panel closes", () => {
    const raised = sheetReducer(lowered, "raise");
    expect(raised.expanded).toBe(true);
    expect(sheetReducer(raised, "release")).toEqual(lowered);
  });

  it("leaves a sheet the reader had raised raised when the panel closes", () => {
    const readerRaised = sheetReducer(lowered, "toggle");
    expect(sheetReducer(sheetReducer(readerRaised, "raise"), "release")).toEqual(readerRaised);
  });

  it("stays raised until the last of two open panels closes", () => {
    const both = sheetReducer(sheetReducer(lowered, "raise"), "raise");
    const one = sheetReducer(both, "release");
    expect(one.expanded).toBe(true);
    expect(sheetReducer(one, "release").expanded).toBe(false);
  });

  it("keeps the reader's choice made while a panel was open", () => {
    const loweredByReader = sheetReducer(sheetReducer(lowered, "raise"), "toggle");
    expect(loweredByReader.expanded).toBe(false);
    expect(sheetReducer(loweredByReader, "release").expanded).toBe(false);
  });

  it("ignores a release with no panel open", () => {
    expect(sheetReducer(lowered, "release")).toEqual(lowered);
  });
});
