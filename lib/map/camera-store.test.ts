import { describe, expect, it } from "vitest";
import { createCameraStore } from "./camera-store";

const camera = { zoom: 5, latitude: 35, longitude: 130, bearing: 0, pitch: 0 };

describe("camera store", () => {
  it("tags changes with their origin and ignores a camera equal to the current one", () => {
    const store = createCameraStore();
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.get().origin));
    store.set(camera, "url");
    store.set({ ...camera }, "map");
    store.set({ ...camera, zoom: 6 }, "map");
    expect(seen).toEqual(["url", "map"]);
  });
});
