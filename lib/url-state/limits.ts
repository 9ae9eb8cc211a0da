/**
 * Longest value we read from any URL parameter; anything longer is cut off before parsing. In a
 * module of its own so the map-start module can apply it without bundling the URL parsers.
 */
export const MAX_PARAMETER_LENGTH = 200;
