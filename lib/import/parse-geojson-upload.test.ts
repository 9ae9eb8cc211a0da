import bbox from "@turf/bbox";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { parseGeojsonUpload, type UploadProblem, type UploadResult } from "./parse-geojson-upload";
import { uploadProblemText } from "./upload-problem-text";

/** A refusal as the page words it, in `locale` (English by default). */
function words(problem: UploadProblem, locale: Locale = "en"): string {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "Client.Import" });
  return uploadProblemText(problem, (key, values) => t(key as never, values as never));
}
const english = (problem: UploadProblem) => words(problem);

const INHERITED_NAMES = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"];
/** Members that are not strings, including ones that throw when turned into text. */
const nonString = fc.oneof(fc.constant({ toString: 1 }), fc.constant({ valueOf: null, toString: null }), fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }), fc.boolean());
const emptyOrDegenerateGeometry = fc.constantFrom(
  { type: "Point", coordinates: [] },
  { type: "MultiPoint", coordinates: [] },
  { type: "LineString", coordinates: [] },
  { type: "LineString", coordinates: [[130, 34]] },
  { type: "MultiLineString", coordinates: [[], [[130, 34]]] },
  { type: "Polygon", coordinates: [] },
  { type: "Polygon", coordinates: [[]] },
  { type: "Polygon", coordinates: [[[130, 34], [131, 34], [130, 34]]] },
  { type: "MultiPolygon", coordinates: [[], [[]]] },
);
const drawableGeometry = fc.constantFrom(
  { type: "Point", coordinates: [130, 34] },
  { type: "LineString", coordinates: [[130, 34], [131, 35]] },
  { type: "Polygon", coordinates: [[[130, 34], [131, 34], [131, 35], [130, 34]]] },
);

/** When a file is accepted, everything on the map has a finite extent: the camera can frame it. */
function expectFramable(result: UploadResult) {
  if (!result.ok) return;
  expect(result.collection.features.length).toBeGreaterThan(0);
  expect(bbox(result.collection).every(Number.isFinite)).toBe(true);
}

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
    expect(result.ok ? "" : english(result.problem)).toContain(expected);
  });

  it.each([
    [{ type: { toString: 1 }, features: [] }, "not a GeoJSON"],
    [{ type: "Feature", geometry: { type: { toString: 1 }, coordinates: [1, 1] } }, "has no geometry"],
    [{ type: "Feature", geometry: { type: ["Point"], coordinates: [1, 1] } }, "has no geometry"],
    [{ type: "FeatureCollection", features: { length: 1, 0: {} } }, "no “features” list"],
  ])("gives a message for non-string members, never an exception: %j", (value, expected) => {
    const result = parse(value);
    expect(result.ok ? "" : english(result.problem)).toContain(expected);
  });

  it.each([
    { type: "LineString", coordinates: [] },
    { type: "Polygon", coordinates: [] },
    { type: "Polygon", coordinates: [[]] },
    { type: "FeatureCollection", features: [{ type: "Feature", geometry: { type: "LineString", coordinates: [[1, 1]] }, properties: {} }] },
  ])("refuses a file with nothing drawable: %j", (value) => {
    const result = parse(value);
    expect(result.ok ? "" : english(result.problem)).toContain("empty geometry");
  });

  it("leaves out empty geometries, says so, and keeps what can be drawn", () => {
    const result = parse({
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: [] } },
        { type: "Feature", properties: { name: "kept" }, geometry: { type: "Point", coordinates: [130, 34] } },
        { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [[]] } },
      ],
    });
    expect(result).toMatchObject({ ok: true, featureCount: 1, leftOut: 2 });
    expectFramable(result);
  });

  it("rebuilds features from the members it uses: nothing else reaches the map", () => {
    let deep: unknown = [];
    for (let depth = 0; depth < 1000; depth += 1) deep = [deep];
    const result = parse({
      type: "FeatureCollection",
      extra: deep,
      features: [{ type: "Feature", id: { a: deep }, bbox: deep, extra: deep, properties: { name: "a", deep }, geometry: { type: "LineString", extra: deep, bbox: deep, coordinates: [[130, 34, 0], [131, 35]] } }],
    });
    if (!result.ok) throw new Error(english(result.problem));
    expect(result.collection).toEqual({
      type: "FeatureCollection",
      features: [{ type: "Feature", properties: { name: "a" }, geometry: { type: "LineString", coordinates: [[130, 34, 0], [131, 35]] } }],
    });
  });

  it("keeps a property named __proto__ as a plain property", () => {
    const text = '{"type":"Feature","properties":{"__proto__":"x","constructor":"y"},"geometry":{"type":"Point","coordinates":[1,1]}}';
    const result = parseGeojsonUpload(text, text.length);
    if (!result.ok) throw new Error(english(result.problem));
    const properties = result.collection.features[0]!.properties!;
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(Object.entries(properties)).toEqual([
      ["__proto__", "x"],
      ["constructor", "y"],
    ]);
  });

  it("refuses files over 20 MB before reading them", () => {
    const result = parseGeojsonUpload("{}", 21 * 1024 * 1024);
    expect(result).toEqual({ ok: false, problem: { code: "tooLarge", megabytes: 21, limitMegabytes: 20 } });
    expect(result.ok ? "" : english(result.problem)).toBe("The file is 21.0 MB; the limit is 20 MB.");
  });

  it("words each refusal in the reader's language, naming the feature and value as in English", () => {
    const circle = parse({ type: "FeatureCollection", features: [{ type: "Feature", geometry: { type: "Point", coordinates: [1, 1] } }, { type: "Feature", geometry: { type: "Circle", coordinates: [1, 2] } }] });
    if (circle.ok) throw new Error("a Circle was accepted");
    expect(english(circle.problem)).toBe("Feature 2 has a geometry of type “Circle”, which Sortie cannot draw (points, lines and polygons only).");
    expect(words(circle.problem, "ja")).toBe("地物2のジオメトリの種類は「Circle」で、Sortieでは描画できません（点・線・多角形のみ）。");
    expect(words(circle.problem, "ru")).toContain("объекта 2");
    const untyped = parse({ features: [] });
    expect(untyped.ok ? "" : words(untyped.problem, "zh")).toBe("该文件的类型为未指定，不是 GeoJSON 的 FeatureCollection、Feature 或几何（Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon）。");
  });

  it("refuses more than 100,000 vertices", () => {
    const coordinates = Array.from({ length: 100_001 }, (_, index) => [index % 180, 0]);
    const result = parse({ type: "LineString", coordinates });
    expect(result.ok ? "" : english(result.problem)).toContain("more than 100,000 vertices");
  });

  it("keeps hostile property strings as plain, shortened text", () => {
    const result = parse({ type: "Feature", properties: { name: `<img src=x onerror=alert(1)>${"x".repeat(500)}`, nested: { a: 1 } }, geometry: { type: "Point", coordinates: [1, 1] } });
    if (!result.ok) throw new Error(english(result.problem));
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

  it("never throws on inherited names, non-string members and empty or degenerate geometries (fuzzed)", () => {
    const name = fc.oneof(fc.constantFrom(...INHERITED_NAMES), fc.constantFrom("Feature", "FeatureCollection", "Point", "LineString", "Polygon"), nonString);
    const geometry = fc.oneof(emptyOrDegenerateGeometry, drawableGeometry, fc.record({ type: name, coordinates: fc.oneof(fc.anything(), nonString) }));
    const feature = fc.record({ type: fc.oneof(fc.constant("Feature"), name), geometry: fc.oneof(geometry, nonString), properties: fc.oneof(fc.dictionary(fc.constantFrom(...INHERITED_NAMES), fc.anything()), nonString) });
    fc.assert(
      fc.property(fc.record({ type: fc.oneof(fc.constantFrom("FeatureCollection", "Feature"), name), features: fc.oneof(fc.array(feature, { maxLength: 4 }), nonString), geometry }), (value) => {
        const result = parse(value);
        expect(typeof (result.ok ? result.featureCount : english(result.problem))).toBe(result.ok ? "number" : "string");
        expectFramable(result);
      }),
      { numRuns: 5_000 },
    );
    // A safety net, not a speed goal.
  }, 120_000);
});
