import { describe, expect, it } from "vitest";
import { heapByKind } from "./heap-snapshot";

const meta = { node_fields: ["type", "name", "id", "self_size", "edge_count"], node_types: [["hidden", "array", "string", "object", "code"], "string"] };

describe("heapByKind", () => {
  it("sums code nodes apart from the rest", () => {
    const nodes = [4, 0, 1, 100, 0, 3, 0, 2, 40, 0, 4, 0, 3, 7, 0, 2, 0, 4, 5, 0];
    expect(heapByKind(JSON.stringify({ snapshot: { meta }, nodes }))).toEqual({ codeBytes: 107, otherBytes: 45 });
  });

  it("refuses a snapshot whose nodes carry no size", () => {
    const bad = { snapshot: { meta: { ...meta, node_fields: ["type", "name"] } }, nodes: [] };
    expect(() => heapByKind(JSON.stringify(bad))).toThrow(/self_size/);
  });
});
