import type { Map as MapLibreMap } from "maplibre-gl";

/** Why an export could not be made, in words for the reader. */
export class ExportError extends Error {}

/**
 * Copies one freshly drawn frame of the map into a canvas of its own, at `scale` canvas pixels per
 * CSS pixel. The map's WebGL buffer is only readable while the frame that drew it is being
 * handled (no `preserveDrawingBuffer`, which would cost every frame), so the copy is made inside
 * the map's `render` event after asking for a repaint. For another scale the pixel ratio is changed
 * for that frame and given back to the device's afterwards. `whileResizing` wraps the pixel-ratio
 * changes, whose resize fires move events, so the caller can keep them out of the reader's view.
 */
export async function captureMap(map: MapLibreMap, scale: number, whileResizing: (resize: () => void) => void): Promise<HTMLCanvasElement> {
  // MapLibre documents null as "follow devicePixelRatio again", which its type does not include.
  const setPixelRatio = map.setPixelRatio.bind(map) as (ratio: number | null) => void;
  whileResizing(() => setPixelRatio(scale));
  try {
    return await new Promise<HTMLCanvasElement>((resolve, reject) => {
      map.once("render", () => {
        try {
          const source = map.getCanvas();
          const copy = document.createElement("canvas");
          copy.width = source.width;
          copy.height = source.height;
          const context = copy.getContext("2d");
          if (!context) throw new ExportError("This browser gave no canvas to draw the image on.");
          context.drawImage(source, 0, 0);
          resolve(copy);
        } catch (error) {
          reject(error instanceof ExportError ? error : new ExportError(`The map could not be copied (${String(error)}).`));
        }
      });
      map.triggerRepaint();
    });
  } finally {
    whileResizing(() => setPixelRatio(null));
  }
}
