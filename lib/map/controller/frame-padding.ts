/**
 * Marks an element drawn over the map's lower part (the timeline), so that framing keeps routes
 * clear of its measured height: it wraps to more lines on a narrow phone than a constant allowed for.
 */
export const FRAME_OBSTACLE_ATTRIBUTE = "data-frame-obstacle";

type Box = { top: number; bottom: number; left: number; right: number };

/** Pixels kept clear on each side of the map when it frames routes (MapLibre's PaddingOptions, all set). */
export type FramePadding = Box;

// Room left between the framed routes and an obstacle, and the least height the frame keeps.
const OBSTACLE_MARGIN = 12;
const MINIMUM_FRAME_HEIGHT = 80;

/** framePadding for an element's laid-out size, raised above the obstacles drawn over it. */
export function containerPadding(container: HTMLElement): FramePadding {
  const size = { width: container.clientWidth, height: container.clientHeight };
  const padding = framePadding(size);
  const obstacles = [...document.querySelectorAll(`[${FRAME_OBSTACLE_ATTRIBUTE}]`)].map((element) => element.getBoundingClientRect());
  const bottom = Math.max(padding.bottom, bottomClearance(container.getBoundingClientRect(), obstacles));
  return { ...padding, bottom: Math.min(bottom, Math.max(0, size.height - padding.top - MINIMUM_FRAME_HEIGHT)) };
}

/** Map padding that keeps framed routes clear of the panel, legend and timeline drawn over the map. */
export function framePadding(size: { width: number; height: number }): FramePadding {
  // On phones the bottom sheet peeks at the bottom (60 px) with the one-row timeline above it
  // (measured as an obstacle, containerPadding); the legend control is a button top left. On wide
  // screens the legend sits top left, the timeline below.
  return size.width < 768 ? { top: 56, bottom: 128, left: 16, right: 16 } : { top: 40, bottom: 150, left: 270, right: 70 };
}

/**
 * How far up from the container's bottom edge the framing must stay to clear the obstacles that
 * overlap it (their top edge, plus a margin); 0 when none does. Boxes are in the same (viewport)
 * coordinates; an obstacle not laid out (empty box) is ignored.
 */
export function bottomClearance(container: Box, obstacles: Box[]): number {
  let clearance = 0;
  for (const obstacle of obstacles) {
    if (obstacle.bottom <= obstacle.top || obstacle.right <= obstacle.left) continue;
    const overlaps = obstacle.left < container.right && obstacle.right > container.left && obstacle.top < container.bottom && obstacle.bottom > container.top;
    if (overlaps) clearance = Math.max(clearance, container.bottom - obstacle.top + OBSTACLE_MARGIN);
  }
  return clearance;
}
