import type { Camera } from "@/lib/url-state/view-state";

/** Who moved the camera: the reader on the map, or a link (including Back and Forward). */
export type CameraOrigin = "map" | "url";

/**
 * The camera as the URL knows it. Every change is tagged with its origin so the map and the URL
 * never echo each other: the map applies only "url" changes, the URL writes only "map" ones.
 */
export type CameraStore = {
  get: () => { camera: Camera | null; origin: CameraOrigin };
  set: (camera: Camera, origin: CameraOrigin) => void;
  subscribe: (listener: () => void) => () => void;
};

export function createCameraStore(): CameraStore {
  let state: { camera: Camera | null; origin: CameraOrigin } = { camera: null, origin: "url" };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (camera, origin) => {
      const current = state.camera;
      if (current && sameCamera(current, camera)) return;
      state = { camera, origin };
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function sameCamera(a: Camera, b: Camera): boolean {
  return a.zoom === b.zoom && a.latitude === b.latitude && a.longitude === b.longitude && a.bearing === b.bearing && a.pitch === b.pitch;
}
