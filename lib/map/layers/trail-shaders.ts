import { countryColourTableGlsl } from "./country-colour-table";

/**
 * Shaders of the flown-trail layer (trail-layer.ts). Each route segment is a quad (trail-geometry.ts)
 * stretched between its two ends in screen space, `width` pixels wide, with square ends so
 * consecutive segments join without gaps. A fragment is drawn only if the time interpolated along
 * its segment has passed, so the trail grows smoothly and per frame only one uniform changes.
 */
export const TRAIL_VERTEX_SHADER = `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_width;
uniform float u_pixels_per_unit;
// One colour per country, written from lib/data/countries.ts and the palette (country-colour-table.ts).
${countryColourTableGlsl()}
// Which corner of its segment's quad this vertex is, 0 to 3 (lib/map/layers/trail-geometry.ts).
in float a_corner_index;
// The segment's record, the same on all four corners (lib/map/layers/trail-instances.ts).
in vec4 a_segment;
in vec2 a_times;
in vec2 a_distances;
in vec2 a_style;
out float v_time;
out float v_distance;
out float v_across;
out float v_dashed;
out vec3 v_colour;
void main() {
  // x is 0 at the segment's start and 1 at its end; y is the side, -1 or 1.
  vec2 a_corner = vec2(floor(a_corner_index * 0.5), mod(a_corner_index, 2.0) * 2.0 - 1.0);
  vec4 clip_start = u_matrix * vec4(a_segment.xy, 0.0, 1.0);
  vec4 clip_end = u_matrix * vec4(a_segment.zw, 0.0, 1.0);
  vec2 half_viewport = u_viewport * 0.5;
  vec2 along = clip_end.xy / clip_end.w * half_viewport - clip_start.xy / clip_start.w * half_viewport;
  float length_on_screen = length(along);
  vec2 direction = length_on_screen > 0.0 ? along / length_on_screen : vec2(1.0, 0.0);
  vec2 normal = vec2(-direction.y, direction.x);
  // One pixel more on every side for the anti-aliased edge.
  float half_width = u_width * 0.5 + 1.0;
  float extension = (a_corner.x * 2.0 - 1.0) * u_width * 0.5;
  vec4 clip = mix(clip_start, clip_end, a_corner.x);
  clip.xy += (normal * a_corner.y * half_width + direction * extension) / half_viewport * clip.w;
  gl_Position = clip;
  v_time = mix(a_times.x, a_times.y, a_corner.x);
  v_distance = mix(a_distances.x, a_distances.y, a_corner.x) * u_pixels_per_unit + extension;
  v_across = a_corner.y * half_width;
  v_dashed = a_style.y;
  v_colour = COUNTRY_COLOURS[int(a_style.x + 0.5)];
}
`;

export const TRAIL_FRAGMENT_SHADER = `#version 300 es
precision highp float;
uniform float u_elapsed;
uniform float u_width;
in float v_time;
in float v_distance;
in float v_across;
in float v_dashed;
in vec3 v_colour;
out vec4 fragment_colour;
void main() {
  if (v_time > u_elapsed) discard;
  // Reconstructed legs are dashed like the route layers' [2, 1.5]: in line widths, 2 on, 1.5 off.
  if (v_dashed > 0.5 && mod(v_distance / u_width, 3.5) > 2.0) discard;
  float alpha = clamp(u_width * 0.5 + 0.5 - abs(v_across), 0.0, 1.0);
  // MapLibre blends premultiplied colours.
  fragment_colour = vec4(v_colour * alpha, alpha);
}
`;
