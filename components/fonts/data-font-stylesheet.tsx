import { DATA_FONT_STYLESHEET } from "@/lib/fonts/data-font";

/**
 * Links the data's CJK faces (lib/fonts/data-font.ts) from a page that shows such characters;
 * React places it in the document's head, once however often it is rendered.
 */
export function DataFontStylesheet() {
  return <link rel="stylesheet" href={DATA_FONT_STYLESHEET} precedence="default" />;
}
