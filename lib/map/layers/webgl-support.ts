// What the map's custom WebGL layers (the trail and the aircraft) share.

/** Compiles and links a program; a shader that fails names the layer and says why. */
export function createProgram(gl: WebGL2RenderingContext, layerName: string, vertexSource: string, fragmentSource: string): WebGLProgram {
  const program = gl.createProgram();
  for (const [type, source] of [
    [gl.VERTEX_SHADER, vertexSource],
    [gl.FRAGMENT_SHADER, fragmentSource],
  ] as const) {
    const shader = gl.createShader(type)!;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`${layerName} shader failed to compile: ${gl.getShaderInfoLog(shader)}`);
    gl.attachShader(program, shader);
    // Flagged for deletion now; freed with the program.
    gl.deleteShader(shader);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`${layerName} shader failed to link: ${gl.getProgramInfoLog(program)}`);
  return program;
}

/**
 * `matrix` × translation(x, y), in double precision, as the 32-bit floats WebGL takes: positions
 * stay relative to an origin near the data, so they keep their precision at any zoom.
 */
export function translated(matrix: ArrayLike<number>, x: number, y: number): Float32Array {
  const result = Float32Array.from(matrix);
  for (let row = 0; row < 4; row += 1) result[12 + row] = matrix[row]! * x + matrix[4 + row]! * y + matrix[12 + row]!;
  return result;
}

/** "#rrggbb" as red, green, blue from 0 to 1, as shaders take colours. */
export function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255];
}
