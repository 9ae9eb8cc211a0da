// Synthetic patrols for the dashboard's scale bench: copies of the real routes moved by up to
// 1.5° and given a year from 2019 to 2026, from a seeded generator so every run draws the same
// thousand. Written to a temporary folder only: never to data/, never shipped.
import type { PatrolRoutes } from "@/lib/dashboard/overview-routes";

/** Mulberry32: a small seeded generator, so runs compare like with like. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticPatrols(real: readonly PatrolRoutes[], count: number, seed = 1): PatrolRoutes[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, index) => {
    const model = real[index % real.length]!;
    const shift = [(random() - 0.5) * 3, (random() - 0.5) * 3];
    // Each vertex wanders a little too, so no two copies share coordinates after quantising.
    const jitter = () => (random() - 0.5) * 0.2;
    return {
      id: `synthetic-${String(index).padStart(4, "0")}`,
      year: 2019 + Math.floor(random() * 8),
      legs: model.legs.map((leg) => ({
        ...leg,
        coordinates: leg.coordinates.map(([longitude, latitude]) => [longitude + shift[0]! + jitter(), Math.max(-85, Math.min(85, latitude + shift[1]! + jitter()))] as [number, number]),
      })),
    };
  });
}
