import type { Source } from "./schema";

/**
 * The language a source's title is written in: English (our rendering) unless the data says the
 * title was kept in the original. Not `source.language`: a Japanese article's English title marked
 * lang="ja" is read aloud with a Japanese voice.
 */
export function sourceTitleLanguage(source: Pick<Source, "titleLanguage">): string {
  return source.titleLanguage ?? "en";
}
