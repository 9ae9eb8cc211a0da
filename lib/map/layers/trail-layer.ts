import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from "maplibre-gl";
import { LAYER_IDS } from "../ids";
import { buildTrailGeometry, TRAIL_INDICES_PER_SEGMENT, TRAIL_VERTEX_FLOATS } from "./trail-geometry";
import { countStartedSegments, TRAIL_INSTANCE_FLOATS, type TrailInstances } from "./trail-instances";
import { TRAIL_FRAGMENT_SHADER, TRAIL_VERTEX_SHADER } from "./trail-shaders";
import { createProgram, translated } from "./webgl-support";

/** Line width of the flown trail in CSS pixels, as the full routes draw theirs. */
const TRAIL_WIDTH = 4;
/** MapLibre's world is 512 pixels wide at zoom 0. */
const WORLD_PIXELS_AT_ZOOM_ZERO = 512;

type Program = { program: WebGLProgram; vertexArray: WebGLVertexArrayObject; buffers: WebGLBuffer[]; uniforms: Record<string, WebGLUniformLocation | null> };

/**
 * The flown part of every route, drawn by the GPU (see trail-shaders.ts). Route geometry is
 * uploaded once; moving the clock sets one number and asks for a repaint, so the main thread's
 * cost of a frame does not grow with the number of routes (a binary search picks how many
 * segments, in start-time order, to draw). The map's own line layers would need their data
 * re-tiled by the worker whenever a filter on time changes.
 */
export class TrailLayer implements CustomLayerInterface {
  readonly id = LAYER_IDS.trails;
  readonly type = "custom";
  readonly renderingMode = "2d";
  private map: MapLibreMap | null = null;
  private program: Program | null = null;
  private elapsed: number | null = null;
  private readonly centreX: number;
  /** The elapsed time the last drawn frame used, for the benchmark. */
  drawnElapsed: number | null = null;
  /** How many segments the last drawn frame drew, for the benchmark. */
  drawnSegments = 0;

  constructor(private readonly trails: TrailInstances) {
    let sum = 0;
    for (let index = 0; index < trails.count; index += 1) sum += trails.data[index * TRAIL_INSTANCE_FLOATS]!;
    this.centreX = trails.origin[0] + (trails.count > 0 ? sum / trails.count : 0);
  }

  /** Seconds since the event's start up to which trails are drawn; null hides them. */
  setElapsed(seconds: number | null): void {
    if (seconds === this.elapsed) return;
    this.elapsed = seconds;
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.program = createTrailProgram(gl, this.trails);
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
    if (this.program) {
      for (const buffer of this.program.buffers) gl.deleteBuffer(buffer);
      gl.deleteVertexArray(this.program.vertexArray);
      gl.deleteProgram(this.program.program);
    }
    this.program = null;
    this.map = null;
  }

  render(gl: WebGL2RenderingContext, input: CustomRenderMethodInput): void {
    const { map, program, elapsed } = this;
    if (!map || !program || elapsed === null || this.trails.count === 0) return;
    const pixelRatio = map.getPixelRatio();
    // Draw the world copy nearest the camera: routes unwrapped over the antimeridian may sit a
    // world away from where the map keeps its centre.
    const cameraX = (map.getCenter().lng + 180) / 360;
    const worldOffset = Math.round(cameraX - this.centreX);
    const matrix = translated(input.defaultProjectionData.mainMatrix, this.trails.origin[0] + worldOffset, this.trails.origin[1]);
    const { uniforms } = program;
    gl.useProgram(program.program);
    gl.uniformMatrix4fv(uniforms.u_matrix!, false, matrix);
    gl.uniform2f(uniforms.u_viewport!, gl.drawingBufferWidth, gl.drawingBufferHeight);
    gl.uniform1f(uniforms.u_width!, TRAIL_WIDTH * pixelRatio);
    gl.uniform1f(uniforms.u_pixels_per_unit!, WORLD_PIXELS_AT_ZOOM_ZERO * 2 ** map.getZoom() * pixelRatio);
    gl.uniform1f(uniforms.u_elapsed!, elapsed);
    const started = countStartedSegments(this.trails.startTimes, elapsed);
    gl.bindVertexArray(program.vertexArray);
    if (started > 0) gl.drawElements(gl.TRIANGLES, started * TRAIL_INDICES_PER_SEGMENT, gl.UNSIGNED_INT, 0);
    gl.bindVertexArray(null);
    this.drawnElapsed = elapsed;
    this.drawnSegments = started;
  }
}

function createTrailProgram(gl: WebGL2RenderingContext, trails: TrailInstances): Program {
  const program = createProgram(gl, "Trail", TRAIL_VERTEX_SHADER, TRAIL_FRAGMENT_SHADER);

  const geometry = buildTrailGeometry(trails);
  const vertexArray = gl.createVertexArray();
  gl.bindVertexArray(vertexArray);
  const vertices = gl.createBuffer();
  gl.bindBuffer(gl.ARRAY_BUFFER, vertices);
  gl.bufferData(gl.ARRAY_BUFFER, geometry.vertices, gl.STATIC_DRAW);
  const stride = TRAIL_VERTEX_FLOATS * 4;
  for (const [name, size, offset] of [
    ["a_segment", 4, 0],
    ["a_times", 2, 4],
    ["a_distances", 2, 6],
    ["a_style", 2, 8],
    ["a_corner_index", 1, TRAIL_INSTANCE_FLOATS],
  ] as const) {
    const location = gl.getAttribLocation(program, name);
    gl.enableVertexAttribArray(location);
    gl.vertexAttribPointer(location, size, gl.FLOAT, false, stride, offset * 4);
  }
  const indices = gl.createBuffer();
  // The element buffer binding is part of the vertex array's state.
  gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, indices);
  gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, geometry.indices, gl.STATIC_DRAW);
  gl.bindVertexArray(null);
  gl.bindBuffer(gl.ARRAY_BUFFER, null);

  const uniforms = Object.fromEntries(["u_matrix", "u_viewport", "u_width", "u_pixels_per_unit", "u_elapsed"].map((name) => [name, gl.getUniformLocation(program, name)]));
  gl.useProgram(program);
  return { program, vertexArray, buffers: [vertices, indices], uniforms };
}
