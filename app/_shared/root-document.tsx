// Noto Sans from @fontsource, served from public/ (scripts/copy-fonts.ts, lib/fonts/noto-sans.ts).
import "@/app/noto-sans.generated.css";
import "@/app/globals.css";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import { preload } from "react-dom";
import { CJK_FONT_STYLESHEETS } from "@/lib/fonts/cjk-fonts";
import { FONT_DIRECTORY, PRELOADED_FONT_FILES } from "@/lib/fonts/noto-sans";
import { LANGUAGE_TAGS, type Locale } from "@/lib/i18n/locales";
import { THEME_BOOTSTRAP_SCRIPT } from "@/lib/theme/theme";

/**
 * The document every page shares, in its language: the two root layouts (app/(en) and
 * app/[locale]) differ only in the locale they pass. Each page hands its client components the
 * message parts they read (components/i18n/client-messages.tsx).
 */
export function RootDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  // Fetched with the HTML rather than once the stylesheet and layout ask for them: the page is laid
  // out and painted once, in its own font (in the benchmark, map idle came about 0.3 s sooner too).
  for (const file of PRELOADED_FONT_FILES) preload(`${FONT_DIRECTORY}/${file}`, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  const cjkStylesheet = CJK_FONT_STYLESHEETS[locale];
  return (
    // The theme attribute is set before hydration by the bootstrap script.
    <html lang={LANGUAGE_TAGS[locale]} data-theme="light" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOTSTRAP_SCRIPT }} />
        {/* Japanese, Korean and Chinese pages add their script's Noto Sans faces under the same family name, split by unicode-range. */}
        {cjkStylesheet && <link rel="stylesheet" href={cjkStylesheet} precedence="default" />}
      </head>
      <body className="antialiased">
        <NuqsAdapter>{children}</NuqsAdapter>
      </body>
    </html>
  );
}
