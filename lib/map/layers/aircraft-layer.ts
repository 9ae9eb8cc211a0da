import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from "maplibre-gl";
import { AIRCRAFT_ROLES, buildAircraftQuads, QUAD_VERTEX_FLOATS, type AircraftPaths } from "./aircraft-paths";
import { aircraftImageId, drawAircraftImages } from "./aircraft-images";
import { AIRCRAFT_FRAGMENT_SHADER, AIRCRAFT_VERTEX_SHADER } from "./aircraft-shaders";
import { LAYER_IDS } from "../ids";
import { TRAIL_COUNTRIES } from "./trail-instances";
import { createProgram, translated } from "./webgl-support";

/** The soft ring behind an estimated position, in CSS pixels. */
const HALO_RADIUS = 20;
/** The aircraft images are 64 pixels drawn for a pixel ratio of 2: 32 CSS pixels across. */
const ICON_SIZE = 32;
const ATLAS_CELL = 64;

type Resources = {
  program: WebGLProgram;
  vertexArray: WebGLVertexArrayObject;
  buffers: WebGLBuffer[];
  textures: WebGLTexture[];
  indexCount: number;
  uniforms: Record<string, WebGLUniformLocation | null>;
};

/**
 * The aircraft of the playback, drawn by the GPU (see aircraft-shaders.ts). Every formation's
 * timed path is uploaded once; moving the clock sets one number and asks for a repaint, so the
 * cost of a frame does not grow with the number of aircraft. A GeoJSON source would have its
 * points re-tiled by the worker and its symbols placed again at every clock change.
 */
export class AircraftLayer implements CustomLayerInterface {
  readonly id = LAYER_IDS.aircraft;
  readonly type = "custom";
  readonly renderingMode = "2d";
  private map: MapLibreMap | null = null;
  private resources: Resources | null = null;
  private elapsed: number | null = null;
  /** The elapsed time the last drawn frame used, for the benchmark. */
  drawnElapsed: number | null = null;

  constructor(private readonly paths: AircraftPaths) {}

  /** Seconds since the event's start at which the aircraft are drawn; null hides them. */
  setElapsed(seconds: number | null): void {
    if (seconds === this.elapsed) return;
    this.elapsed = seconds;
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap): void {
    this.map = map;
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
    if (this.resources) {
      for (const buffer of this.resources.buffers) gl.deleteBuffer(buffer);
      for (const texture of this.resources.textures) gl.deleteTexture(texture);
      gl.deleteVertexArray(this.resources.vertexArray);
      gl.deleteProgram(this.resources.program);
    }
    this.resources = null;
    this.map = null;
  }

  render(gl: WebGL2RenderingContext, input: CustomRenderMethodInput): void {
    const { map, elapsed, paths } = this;
    if (!map || elapsed === null || paths.count === 0) return;
    // Created on the first draw rather than in onAdd: MapLibre forgets its cached GL state after a
    // custom layer renders, not after onAdd, and creating textures changes their bindings.
    this.resources ??= createResources(gl, paths);
    const { program, vertexArray, indexCount, textures, uniforms } = this.resources;
    const cameraX = (map.getCenter().lng + 180) / 360;
    // The world copy nearest the camera, for routes unwrapped over the antimeridian.
    const worldOffset = Math.round(cameraX - paths.centreX);
    const matrix = translated(input.defaultProjectionData.mainMatrix, paths.origin[0] + worldOffset, paths.origin[1]);
    gl.useProgram(program);
    gl.uniformMatrix4fv(uniforms.u_matrix!, false, matrix);
    gl.uniform2f(uniforms.u_viewport!, gl.drawingBufferWidth, gl.drawingBufferHeight);
    gl.uniform1f(uniforms.u_pixel_ratio!, map.getPixelRatio());
    gl.uniform1f(uniforms.u_elapsed!, elapsed);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, textures[0]!);
    gl.activeTexture(gl.TEXTURE1);
    gl.bindTexture(gl.TEXTURE_2D, textures[1]!);
    gl.bindVertexArray(vertexArray);
    // Halos first, all below every icon, as the two style layers drew them.
    gl.uniform1f(uniforms.u_icon_pass!, 0);
    gl.uniform1f(uniforms.u_half_size!, HALO_RADIUS);
    gl.drawElements(gl.TRIANGLES, indexCount, gl.UNSIGNED_INT, 0);
    gl.uniform1f(uniforms.u_icon_pass!, 1);
    gl.uniform1f(uniforms.u_half_size!, (ICON_SIZE * iconScale(map.getZoom())) / 2);
    gl.drawElements(gl.TRIANGLES, indexCount, gl.UNSIGNED_INT, 0);
    gl.bindVertexArray(null);
    this.drawnElapsed = elapsed;
  }
}

/** The icon-size the symbol layer had: 0.7 at zoom 3 and below, growing to 1 at zoom 7. */
export function iconScale(zoom: number): number {
  return 0.7 + 0.3 * Math.min(1, Math.max(0, (zoom - 3) / 4));
}

function createResources(gl: WebGL2RenderingContext, paths: AircraftPaths): Resources {
  const program = createProgram(gl, "Aircraft", AIRCRAFT_VERTEX_SHADER, AIRCRAFT_FRAGMENT_SHADER);
  const { vertices, indices } = buildAircraftQuads(paths);
  const vertexArray = gl.createVertexArray();
  gl.bindVertexArray(vertexArray);
  const vertexBuffer = gl.createBuffer();
  gl.bindBuffer(gl.ARRAY_BUFFER, vertexBuffer);
  gl.bufferData(gl.ARRAY_BUFFER, vertices, gl.STATIC_DRAW);
  for (const [name, size, offset] of [
    ["a_corner", 2, 0],
    ["a_formation", 4, 2],
  ] as const) {
    const location = gl.getAttribLocation(program, name);
    gl.enableVertexAttribArray(location);
    gl.vertexAttribPointer(location, size, gl.FLOAT, false, QUAD_VERTEX_FLOATS * 4, offset * 4);
  }
  const indexBuffer = gl.createBuffer();
  gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, indexBuffer);
  gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, indices, gl.STATIC_DRAW);
  gl.bindVertexArray(null);
  gl.bindBuffer(gl.ARRAY_BUFFER, null);

  gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
  gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false);
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
  const pathTexture = createTexture(gl, gl.NEAREST);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA32F, paths.width, paths.rows, 0, gl.RGBA, gl.FLOAT, paths.texels);
  // Premultiplied on upload, so linear filtering does not darken the icons' edges.
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, true);
  const atlasTexture = createTexture(gl, gl.LINEAR);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, drawAircraftAtlas());
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);

  const uniforms = Object.fromEntries(
    ["u_paths", "u_atlas", "u_atlas_cells", "u_matrix", "u_viewport", "u_pixel_ratio", "u_elapsed", "u_half_size", "u_icon_pass"].map((name) => [name, gl.getUniformLocation(program, name)]),
  );
  gl.useProgram(program);
  gl.uniform1i(uniforms.u_paths!, 0);
  gl.uniform1i(uniforms.u_atlas!, 1);
  gl.uniform2f(uniforms.u_atlas_cells!, TRAIL_COUNTRIES.length, AIRCRAFT_ROLES.length);
  return { program, vertexArray, buffers: [vertexBuffer, indexBuffer], textures: [pathTexture, atlasTexture], indexCount: indices.length, uniforms };
}

function createTexture(gl: WebGL2RenderingContext, filter: number): WebGLTexture {
  const texture = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, filter);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, filter);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  return texture;
}

/** The aircraft images in one texture: countries across (TRAIL_COUNTRIES), roles down (AIRCRAFT_ROLES). */
function drawAircraftAtlas(): ImageData {
  const images = new Map(drawAircraftImages().map(({ id, image }) => [id, image]));
  const atlas = new ImageData(TRAIL_COUNTRIES.length * ATLAS_CELL, AIRCRAFT_ROLES.length * ATLAS_CELL);
  AIRCRAFT_ROLES.forEach((role, row) => {
    TRAIL_COUNTRIES.forEach((country, column) => {
      const image = images.get(aircraftImageId(role, country));
      if (!image) return;
      for (let line = 0; line < ATLAS_CELL; line += 1) {
        const from = line * ATLAS_CELL * 4;
        atlas.data.set(image.data.subarray(from, from + ATLAS_CELL * 4), ((row * ATLAS_CELL + line) * atlas.width + column * ATLAS_CELL) * 4);
      }
    });
  });
  return atlas;
}
