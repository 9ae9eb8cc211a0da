import { countryColourTableGlsl } from "./country-colour-table";

/**
 * Shaders of the aircraft layer (aircraft-layer.ts). Each formation is one quad whose four vertices
 * all find, on their own, where the formation is at `u_elapsed`: a binary search over its timed
 * path in the path texture (aircraft-paths.ts). So the CPU sets one number per frame whatever the
 * number of aircraft. The layer draws twice: first the halos behind estimated positions, then the
 * icons, so no halo tints another formation's icon.
 */
export const AIRCRAFT_VERTEX_SHADER = `#version 300 es
precision highp float;
precision highp sampler2D;
uniform sampler2D u_paths;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_pixel_ratio;
uniform float u_elapsed;
// Half the quad's side in CSS pixels: the halo's radius, or half the icon's size.
uniform float u_half_size;
// 0 for the halo pass, 1 for the icon pass.
uniform float u_icon_pass;
// One colour per country, written from lib/data/countries.ts and the palette (country-colour-table.ts).
${countryColourTableGlsl()}
in vec2 a_corner;
// First texel, vertex count, country index, role index (aircraft-paths.ts).
in vec4 a_formation;
out vec2 v_corner;
flat out vec2 v_cell;
flat out float v_estimated;
flat out vec3 v_colour;

vec4 path_texel(int index) {
  int width = textureSize(u_paths, 0).x;
  return texelFetch(u_paths, ivec2(index % width, index / width), 0);
}

void main() {
  // Off screen, all four corners at one point: nothing is drawn.
  gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
  int first = int(a_formation.x + 0.5);
  int count = int(a_formation.y + 0.5);
  if (count == 0) return;
  // Not in the air before the first time or after the last, as routeAtTime says.
  if (u_elapsed < path_texel(first).z || u_elapsed > path_texel(first + count - 1).z) return;
  int low = 0;
  int high = count - 1;
  while (high - low > 1) {
    int middle = (low + high) / 2;
    if (path_texel(first + middle).z <= u_elapsed) low = middle;
    else high = middle;
  }
  vec4 start = path_texel(first + low);
  vec4 end = path_texel(first + high);
  // Between two vertices the position is interpolated: estimated unless both ends were reported.
  float estimated = max(start.w, end.w);
  if (u_icon_pass < 0.5 && estimated < 0.5) return;
  float span = end.z - start.z;
  float fraction = span > 0.0 ? clamp((u_elapsed - start.z) / span, 0.0, 1.0) : 0.0;
  vec2 position = mix(start.xy, end.xy, fraction);

  // Heading: the segment's direction, or the nearest segment's with a length when it has none.
  vec2 along = end.xy - start.xy;
  for (int step = 1; step < 8 && along == vec2(0.0); step += 1) {
    if (low + step + 1 < count) along = path_texel(first + low + step + 1).xy - path_texel(first + low + step).xy;
    if (along == vec2(0.0) && low - step >= 0) along = path_texel(first + low - step + 1).xy - path_texel(first + low - step).xy;
  }
  vec4 clip = u_matrix * vec4(position, 0.0, 1.0);
  // Screen direction with y up; north when the aircraft never moves.
  vec2 direction = vec2(0.0, 1.0);
  if (along != vec2(0.0)) {
    vec4 ahead = u_matrix * vec4(position + normalize(along) * 1.0e-3, 0.0, 1.0);
    vec2 screen = (ahead.xy / ahead.w - clip.xy / clip.w) * u_viewport;
    if (screen != vec2(0.0)) direction = normalize(screen);
  }
  vec2 right = vec2(direction.y, -direction.x);
  vec2 offset = (a_corner.x * right + a_corner.y * direction) * u_half_size * u_pixel_ratio;
  clip.xy += offset / (u_viewport * 0.5) * clip.w;
  gl_Position = clip;
  v_corner = a_corner;
  v_cell = a_formation.zw;
  v_estimated = estimated;
  v_colour = COUNTRY_COLOURS[int(a_formation.z + 0.5)];
}
`;

export const AIRCRAFT_FRAGMENT_SHADER = `#version 300 es
precision highp float;
uniform sampler2D u_atlas;
uniform float u_icon_pass;
// Cells of the atlas: countries across, roles down.
uniform vec2 u_atlas_cells;
in vec2 v_corner;
flat in vec2 v_cell;
flat in float v_estimated;
flat in vec3 v_colour;
out vec4 fragment_colour;
void main() {
  if (u_icon_pass < 0.5) {
    // The soft ring the circle layer drew before: radius 20 px, blur 0.6, opacity 0.18.
    float alpha = 0.18 * (1.0 - smoothstep(0.4, 1.0, length(v_corner)));
    fragment_colour = vec4(v_colour * alpha, alpha);
    return;
  }
  // Corner y is up on screen; image rows run down.
  vec2 within = vec2(v_corner.x, -v_corner.y) * 0.5 + 0.5;
  vec4 icon = texture(u_atlas, (v_cell + within) / u_atlas_cells);
  // The atlas holds premultiplied colours, as MapLibre blends them.
  fragment_colour = icon * (v_estimated > 0.5 ? 0.8 : 1.0);
}
`;
