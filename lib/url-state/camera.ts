/** Camera as "zoom/latitude/longitude[/bearing[/pitch]]" in a link, like most map sites. */
export type Camera = { zoom: number; latitude: number; longitude: number; bearing: number; pitch: number };

/**
 * A link's camera, or null when it is not one. The URL-state module (lib/url-state/view-state.ts)
 * and the map-start module both read it with this, so a link starts the map where it says before
 * React hydrates, and the app agrees. `text` is already cut to the URL's longest value.
 */
export function parseCamera(text: string): Camera | null {
  const parts = text.split("/");
  if (parts.length < 3 || parts.length > 5 || parts.some((part) => !/^-?\d{1,3}(?:\.\d{1,6})?$/.test(part))) return null;
  const [zoom, latitude, longitude, bearing = 0, pitch = 0] = parts.map(Number) as [number, number, number, number?, number?];
  if (zoom < 0 || zoom > 22 || Math.abs(latitude) > 85 || longitude < -360 || longitude > 360) return null;
  if (bearing < -180 || bearing > 360 || pitch < 0 || pitch > 85) return null;
  return { zoom, latitude, longitude, bearing, pitch };
}

export function serializeCamera(camera: Camera): string {
  const parts = [camera.zoom.toFixed(2), camera.latitude.toFixed(2), camera.longitude.toFixed(2)];
  if (camera.bearing !== 0 || camera.pitch !== 0) parts.push(camera.bearing.toFixed(0));
  if (camera.pitch !== 0) parts.push(camera.pitch.toFixed(0));
  return parts.join("/");
}

/** The one camera equality: the parser's, the store's and the map's. */
export function sameCamera(a: Camera, b: Camera): boolean {
  return a.zoom === b.zoom && a.latitude === b.latitude && a.longitude === b.longitude && a.bearing === b.bearing && a.pitch === b.pitch;
}

/** Rounds a camera to what the URL keeps, so map and URL compare equal after a round trip. */
export function roundCamera(camera: Camera): Camera {
  const round = (value: number, digits: number) => Number(value.toFixed(digits));
  return {
    zoom: round(camera.zoom, 2),
    latitude: round(camera.latitude, 2),
    longitude: round(camera.longitude, 2),
    bearing: round(camera.bearing, 0),
    pitch: round(camera.pitch, 0),
  };
}
