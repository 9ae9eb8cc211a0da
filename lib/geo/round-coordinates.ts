/**
 * Returns a copy of any GeoJSON value with every coordinate rounded to `decimals` places. Shipping
 * more digits than the data's accuracy only costs bytes and suggests precision we do not have.
 */
export function roundCoordinates<Value>(value: Value, decimals: number): Value {
  const factor = 10 ** decimals;
  const round = (input: unknown, key: string | undefined): unknown => {
    if (Array.isArray(input)) return input.map((item) => round(item, key));
    if (typeof input === "number" && key === "coordinates") return Math.round(input * factor) / factor;
    if (typeof input === "object" && input !== null) {
      return Object.fromEntries(Object.entries(input).map(([childKey, child]) => [childKey, round(child, childKey)]));
    }
    return input;
  };
  return round(value, undefined) as Value;
}
