import { describe, expect, it, vi } from "vitest";
import { hasWebGl2 } from "./has-webgl2";

function canvasGiving(context: unknown) {
  return () => ({ getContext: vi.fn(() => context) }) as unknown as HTMLCanvasElement;
}

describe("hasWebGl2", () => {
  it("is false when the browser gives no WebGL2 context", () => {
    expect(hasWebGl2(canvasGiving(null))).toBe(false);
  });

  it("is true when it gives one, and releases that context", () => {
    const loseContext = vi.fn();
    const context = { getExtension: vi.fn((name: string) => (name === "WEBGL_lose_context" ? { loseContext } : null)) };
    expect(hasWebGl2(canvasGiving(context))).toBe(true);
    expect(loseContext).toHaveBeenCalledOnce();
  });
});
