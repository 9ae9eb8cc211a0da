import type { Locale } from "@/lib/i18n/locales";

/**
 * Noto Sans for Japanese, Korean and Simplified Chinese, from @fontsource, copied into public/ by
 * scripts/copy-fonts.ts. Each stylesheet declares its faces under the family "Noto Sans", split by
 * unicode-range into about a hundred small files, so a page downloads only the ones its characters
 * need, and the map's labels (drawn in "Noto Sans", lib/map/ids.ts) get the same glyphs. Han
 * characters differ by language (the same code point is drawn the Japanese or the Chinese way), so
 * each locale gets its own package and no other page loads any.
 */
export const CJK_FONT_PACKAGES = { ja: "noto-sans-jp", ko: "noto-sans-kr", zh: "noto-sans-sc" } as const;

export const CJK_FONT_STYLESHEETS: Partial<Record<Locale, string>> = Object.fromEntries(
  Object.entries(CJK_FONT_PACKAGES).map(([locale, name]) => [locale, `/fonts/${name}/${name}.css`]),
);

/** A few characters of each script, to ask the browser for the files the map's labels need before the map draws. */
export const CJK_SAMPLE_TEXT: Partial<Record<Locale, string>> = { ja: "日本海竹島防空識別圏", ko: "동해독도방공식별구역", zh: "日本海东海钓鱼岛防空识别区" };
