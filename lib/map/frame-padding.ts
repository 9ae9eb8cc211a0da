import type { PaddingOptions } from "maplibre-gl";

/** framePadding for an element's laid-out size: the map's container. */
export function containerPadding(container: HTMLElement): PaddingOptions {
  return framePadding({ width: container.clientWidth, height: container.clientHeight });
}

/** Map padding that keeps framed routes clear of the panel, legend and timeline drawn over the map. */
export function framePadding(size: { width: number; height: number }): PaddingOptions {
  // On phones the bottom sheet covers 42% of the height and the timeline sits above it; keep
  // framed routes clear of both. On wide screens the legend sits top left, the timeline below.
  return size.width < 768 ? { top: 56, bottom: Math.round(size.height * 0.42) + 120, left: 16, right: 16 } : { top: 40, bottom: 150, left: 270, right: 70 };
}
