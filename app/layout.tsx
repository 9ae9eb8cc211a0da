// Noto Sans from @fontsource, served from public/ (scripts/copy-fonts.ts, lib/fonts/noto-sans.ts).
import "./noto-sans.generated.css";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import { preload } from "react-dom";
import { siteUrl } from "@/lib/export/site-url";
import { FONT_DIRECTORY, PRELOADED_FONT_FILES } from "@/lib/fonts/noto-sans";
import { THEME_BOOTSTRAP_SCRIPT } from "@/lib/theme/theme";

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  // Feed readers and browsers find the Atom feed of new and revised patrols from any page.
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: "Sortie: China–Russia joint bomber patrols" }] } },
  twitter: { card: "summary_large_image" },
  title: { default: "Sortie — China–Russia joint bomber patrol, 22 December 2020", template: "%s · Sortie" },
  description:
    "An interactive map of the 22 December 2020 China–Russia joint bomber patrol over the Sea of Japan / East Sea and the East China Sea, and the Japanese and South Korean fighter scrambles, with every source.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#ffffff" };

export default function RootLayout({ children }: { children: ReactNode }) {
  // Fetched with the HTML rather than once the stylesheet and layout ask for them: the page is laid
  // out and painted once, in its own font (in the benchmark, map idle came about 0.3 s sooner too).
  for (const file of PRELOADED_FONT_FILES) preload(`${FONT_DIRECTORY}/${file}`, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  return (
    // The theme attribute is set before hydration by the bootstrap script.
    <html lang="en" data-theme="light" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOTSTRAP_SCRIPT }} />
      </head>
      <body className="antialiased">
        <NuqsAdapter>{children}</NuqsAdapter>
      </body>
    </html>
  );
}
