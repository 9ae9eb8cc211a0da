import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseGeojsonUpload } from "./parse-geojson-upload";

const parse = (value: unknown) => {
  const text = JSON.stringify(value);
  return parseGeojsonUpload(text, text.length);
};

describe("parseGeojsonUpload", () => {
  it("accepts a FeatureCollection, counting features and vertices", () => {
    const result = parse({ type: "FeatureCollection", features: [{ type: "Feature", properties: { name: "a" }, geometry: { type: "LineString", coordinates: [[130, 34], [131, 35]] } }] });
    expect(result).toMatchObject({ ok: true, featureCount: 1, vertexCount: 2 });
  });

  it("wraps a bare geometry in a feature", () => {
    expect(parse({ type: "Point", coordinates: [130, 34] })).toMatchObject({ ok: true, featureCount: 1 });
  });

  it.each([
    ["{ not json", "not valid JSON"],
    [JSON.stringify({ type: "Topology" }), "not a GeoJSON"],
    [JSON.stringify({ type: "Feature", geometry: { type: "Circle", coordinates: [1, 2] } }), "Circle"],
    [JSON.stringify({ type: "Feature", geometry: { type: "Point", coordinates: ["a", 2] } }), "not valid longitude/latitude"],
    [JSON.stringify({ type: "FeatureCollection", features: [] }), "no features"],
  ])("explains what is wrong with %s", (text, expected) => {
    const result = parseGeojsonUpload(text, text.length);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toContain(expected);
  });

  it("refuses files over 20 MB before reading them", () => {
    const result = parseGeojsonUpload("{}", 21 * 1024 * 1024);
    expect(result).toEqual({ ok: false, message: "The file is 21.0 MB; the limit is 20 MB." });
  });

  it("refuses more than 100,000 vertices", () => {
    const coordinates = Array.from({ length: 100_001 }, (_, index) => [index % 180, 0]);
    const result = parse({ type: "LineString", coordinates });
    expect(result.ok ? "" : result.message).toContain("more than 100,000 vertices");
  });

  it("keeps hostile property strings as plain, shortened text", () => {
    const result = parse({ type: "Feature", properties: { name: `<img src=x onerror=alert(1)>${"x".repeat(500)}`, nested: { a: 1 } }, geometry: { type: "Point", coordinates: [1, 1] } });
    if (!result.ok) throw new Error(result.message);
    const properties = result.collection.features[0]!.properties!;
    expect(String(properties.name)).toHaveLength(200);
    expect(properties.nested).toBeUndefined();
  });

  it("never throws on any input (fuzzed)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify(value))), (text) => {
        const result = parseGeojsonUpload(text, text.length);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 10_000 },
    );
    // A safety net, not a speed goal: 10,000 cases take seconds, more on a busy CI machine.
  }, 120_000);

  it("never throws on GeoJSON-shaped input with broken parts (fuzzed)", () => {
    const geometry = fc.record({ type: fc.constantFrom("Point", "LineString", "Polygon", "MultiPolygon", "GeometryCollection", "Nope"), coordinates: fc.anything() });
    fc.assert(
      fc.property(fc.record({ type: fc.constantFrom("FeatureCollection", "Feature"), features: fc.array(fc.record({ type: fc.constant("Feature"), geometry, properties: fc.anything() })), geometry }), (value) => {
        const result = parse(value);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 10_000 },
    );
    // A safety net, not a speed goal: 10,000 cases take seconds, more on a busy CI machine.
  }, 120_000);
});
