/**
 * Optional: people who run their own tile server can point Sortie at their style with
 * NEXT_PUBLIC_SORTIE_BASEMAP_STYLE_URL at build time. Unset (the default, and in tests), the
 * offline Natural Earth basemap is used and nothing else is needed.
 */
export const CUSTOM_BASEMAP_STYLE_URL: string | undefined = process.env.NEXT_PUBLIC_SORTIE_BASEMAP_STYLE_URL || undefined;
