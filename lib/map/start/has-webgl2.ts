/**
 * Whether the browser gives a WebGL2 context, asked before the map library has loaded so a reader
 * without WebGL is told at once. Not a second cost when WebGL works: the browser's first context
 * pays the one-time start of its GPU process (about 0.8 s in SwiftShader on these machines), and the
 * map's own context, created next, then takes a few milliseconds. The throwaway context is released
 * at once. `createCanvas` is a parameter so the answer can be tested without a browser.
 */
export function hasWebGl2(createCanvas: () => HTMLCanvasElement = () => document.createElement("canvas")): boolean {
  const context = createCanvas().getContext("webgl2");
  if (!context) return false;
  context.getExtension("WEBGL_lose_context")?.loseContext();
  return true;
}
