import path from "node:path";

/**
 * The one normalised form of a request's path: percent-decoded once and with dot segments
 * resolved, or null when it cannot be decoded or holds a NUL. Headers and the file served are both
 * chosen from this form, so `/embed/..%2F` is the landing page, with the landing page's headers.
 */
export function normaliseRequestPath(rawPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  return path.posix.resolve("/", decoded);
}

/** True when file lies inside root (path.relative, so `out-private` is not inside `out`). */
export function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}
