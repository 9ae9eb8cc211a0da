/**
 * A chevron for direction arrows, drawn in code so the style needs no sprite sheet. It is an SDF
 * image, so each route tints it with its own colour.
 */
export function createArrowImage(size = 24): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const centre = size / 2;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      // A ">" shape pointing along +x (MapLibre aligns +x with the line's direction).
      const distanceFromArm = Math.abs(Math.abs(y - centre) - (centre - (x - size * 0.2)));
      const inside = x >= size * 0.2 && x <= size * 0.8 && distanceFromArm <= size * 0.11;
      const offset = (y * size + x) * 4;
      data[offset] = 255;
      data[offset + 1] = 255;
      data[offset + 2] = 255;
      data[offset + 3] = inside ? 255 : 0;
    }
  }
  return { width: size, height: size, data };
}
