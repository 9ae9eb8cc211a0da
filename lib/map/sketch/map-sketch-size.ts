/**
 * The map sketch's size: large enough that the picture is never shown above its own size (a
 * browser counts an SVG's largest-contentful-paint area at most at its intrinsic width × height),
 * 4:3 between a phone's tall map and a desktop's wide one. Apart so the client imports no builder.
 */
export const MAP_SKETCH_SIZE = { width: 1600, height: 1200 } as const;

/** Where an event's sketch is served (app/map-sketch/[file]/route.ts). */
export function mapSketchPath(eventId: string): string {
  return `/map-sketch/${eventId}.svg`;
}
