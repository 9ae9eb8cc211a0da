/** Where the site is served when SORTIE_SITE_URL is not set: a local `npm start`. */
export const SITE_URL_FALLBACK = "http://localhost:3000";

/**
 * The site's origin (and path prefix, if any) for links that must be absolute: the Atom feed and
 * Open Graph metadata. Read from SORTIE_SITE_URL at build time; a value that is not an http(s)
 * URL fails the build with a message naming the variable rather than publishing broken links.
 */
export function siteUrl(value: string | undefined = process.env.SORTIE_SITE_URL): URL {
  if (value === undefined || value.trim() === "") return new URL(SITE_URL_FALLBACK);
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SORTIE_SITE_URL must be an absolute http(s) URL such as https://sortie.example.org, not “${value.slice(0, 80)}”`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`SORTIE_SITE_URL must use http or https, not ${url.protocol}`);
  // A trailing slash makes relative paths resolve under a path prefix (https://host/sortie/).
  if (!url.pathname.endsWith("/")) url.pathname = `${url.pathname}/`;
  url.search = "";
  url.hash = "";
  return url;
}

/** An absolute link to a site path ("/events/2020-12-22") under the configured origin and prefix. */
export function absoluteUrl(sitePath: string, base: URL = siteUrl()): string {
  return new URL(sitePath.replace(/^\/+/, ""), base).toString();
}
