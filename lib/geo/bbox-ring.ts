export type BoundingBox = [west: number, south: number, east: number, north: number];

/**
 * The area between an outer and an inner box, as four boxes that do not overlap: a band above,
 * a band below, and the two sides between them. Clipping to each gives data only outside `inner`.
 */
export function bboxRing(outer: Readonly<BoundingBox>, inner: Readonly<BoundingBox>): BoundingBox[] {
  const [west, south, east, north] = outer;
  const [innerWest, innerSouth, innerEast, innerNorth] = inner;
  const boxes: BoundingBox[] = [
    [west, innerNorth, east, north],
    [west, south, east, innerSouth],
    [west, innerSouth, innerWest, innerNorth],
    [innerEast, innerSouth, east, innerNorth],
  ];
  return boxes.filter(([boxWest, boxSouth, boxEast, boxNorth]) => boxEast > boxWest && boxNorth > boxSouth);
}
