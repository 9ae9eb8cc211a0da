import { describe, expect, it } from "vitest";
import type { Camera } from "@/lib/url-state/camera";
import { onSettledMove } from "./settled-camera";

/** A map that fires its events as MapLibre's resize() does: movestart, move, resize, moveend (the first two and the last only when not moving). */
function fakeMap() {
  const listeners = new Map<string, (() => void)[]>();
  let moving = false;
  const fire = (type: string) => listeners.get(type)?.forEach((listener) => listener());
  const map = {
    on: (type: string, listener: () => void) => void listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    isMoving: () => moving,
    getCenter: () => ({ lat: 35.123, lng: 130.456 }),
    getZoom: () => 4.2,
    getBearing: () => 0,
    getPitch: () => 0,
  };
  return {
    map: map as unknown as Parameters<typeof onSettledMove>[0],
    resize: () => {
      const fireMoving = !moving;
      if (fireMoving) fire("movestart");
      fire("resize");
      if (fireMoving) fire("moveend");
    },
    move: (during?: () => void) => {
      moving = true;
      fire("movestart");
      during?.();
      moving = false;
      fire("moveend");
    },
  };
}

describe("onSettledMove", () => {
  it("reports every ended move, rounded as a link writes it", () => {
    const fake = fakeMap();
    const settled: Camera[] = [];
    onSettledMove(fake.map, (camera) => settled.push(camera));
    fake.move();
    expect(settled).toEqual([{ zoom: 4.2, latitude: 35.12, longitude: 130.46, bearing: 0, pitch: 0 }]);
  });

  it("skips the moveend a resize fires, the camera unchanged, and still reports the next move", () => {
    const fake = fakeMap();
    const settled: Camera[] = [];
    onSettledMove(fake.map, (camera) => settled.push(camera));
    fake.resize();
    expect(settled).toEqual([]);
    fake.move();
    expect(settled).toHaveLength(1);
  });

  it("keeps the end of a move that a resize interrupted", () => {
    const fake = fakeMap();
    const settled: Camera[] = [];
    onSettledMove(fake.map, (camera) => settled.push(camera));
    fake.move(() => fake.resize());
    expect(settled).toHaveLength(1);
  });
});
