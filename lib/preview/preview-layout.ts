/** Where the link-preview image puts its map, in pixels of the 1200 × 630 image. */
export const PREVIEW_SIZE = { width: 1200, height: 630 };
export const PREVIEW_PADDING = 35;
export const PREVIEW_TEXT_WIDTH = 480;
export const PREVIEW_MAP_BOX = { x: PREVIEW_PADDING + PREVIEW_TEXT_WIDTH, y: PREVIEW_PADDING, width: 640, height: 560 };
