import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

type MessageTree = { [key: string]: string | MessageTree };

/** Names, formats and marks ("n/a", which the statistics' key quotes as it is) that read the same in every language: never a leak, even where a locale spells a message with them differently. */
const PROPER_NOUNS = new Set(["H-6K", "Tu-95MS", "GeoJSON", "KML", "CSV", "PNG", "WebM", "ADIZ", "KADIZ", "JADIZ", "UTC", "APA", "MLA", "Chicago", "n/a"]);

const read = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as MessageTree;

function flatten(tree: MessageTree, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(path, value);
    else for (const [inner, text] of flatten(value, path)) flat.set(inner, text);
  }
  return flat;
}

/** A message as a pattern: each {placeholder} (plurals included, braces nested) matches any text; rich-text tags are dropped. */
function messagePattern(message: string): { source: string; letters: number; words: number } {
  let source = "";
  let literal = "";
  let letters = 0;
  let depth = 0;
  for (const character of message.replace(/<\/?\w+>/g, "")) {
    if (character === "{") {
      if (depth === 0) source += ".+?";
      depth += 1;
    } else if (character === "}") depth -= 1;
    else if (depth === 0) {
      source += character.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
      literal += character;
      if (/[A-Za-z]/.test(character)) letters += 1;
    } else literal += " ";
  }
  return { source: source.replace(/\s+/g, "\\s+").trim(), letters, words: literal.split(/\s+/).filter((word) => /[A-Za-z]{2}/.test(word)).length };
}

export type EnglishMatcher = { key: string; english: string; whole: RegExp; inside: RegExp | null; words: number };

/**
 * Every English message `locale` translates differently, as matchers: a text equal to one (its
 * placeholders filled with anything) is a leak; a longer text holding one of five words or more
 * (an error message after a file's name) is one too, unless the locale's own message quotes the
 * English (a force's official name beside its translation).
 */
export function englishMatchers(locale: string): EnglishMatcher[] {
  const translated = flatten(read(locale));
  const matchers: EnglishMatcher[] = [];
  for (const [key, english] of flatten(read("en"))) {
    const text = english.trim();
    const own = translated.get(key)?.trim() ?? "";
    if (!text || own === text || PROPER_NOUNS.has(text)) continue;
    const { source, letters, words } = messagePattern(text);
    // A pattern of placeholders around a short word ("{name} {value}", "{distance} over {count}") would match any sentence.
    if (text.includes("{") ? words < 2 && letters < 6 : letters < 2) continue;
    const quoted = new RegExp(source).test(own);
    matchers.push({ key, english: text, whole: new RegExp(`^${source}$`), inside: words >= 5 && !quoted ? new RegExp(source) : null, words });
  }
  return matchers;
}

/** `attribute`: an accessible name or title, which may join the page's words to English content ("09:30 KST (推定): The two H-6K …"). */
export type ShownText = { text: string; where: string; attribute: boolean };

/**
 * What a reader sees or hears on the page now: each visible element's own text and whole text,
 * and its accessible name, title, placeholder and alt. Anything inside an element marked
 * lang="en" (content that stays English, said so on the page) is left out.
 */
export function shownTexts(page: Page): Promise<ShownText[]> {
  return page.evaluate((WHOLE) => {
    const found: { text: string; where: string; attribute: boolean }[] = [];
    // An element's visible text without what is marked English inside it (content, said so on the page).
    const ownLanguageText = (root: Element) => {
      const parts: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || (parent.closest("[lang]")?.getAttribute("lang") ?? "").startsWith("en")) continue;
        if (parent.tagName !== "OPTION" && !parent.checkVisibility()) continue;
        parts.push(node.textContent ?? "");
      }
      return parts.join(" ");
    };
    const clean = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();
    const describe = (element: Element) => {
      const testId = element.closest("[data-testid]")?.getAttribute("data-testid");
      return `${element.tagName.toLowerCase()}${testId ? ` in ${testId}` : ""}`;
    };
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      if (["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"].includes(element.tagName)) continue;
      const language = element.closest("[lang]")?.getAttribute("lang") ?? "";
      if (language.startsWith("en")) continue;
      const visible = element.tagName === "OPTION" ? Boolean(element.closest("select")?.checkVisibility()) : element.checkVisibility();
      if (!visible) continue;
      const own = clean(Array.from(element.childNodes).filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join(" "));
      // The whole text only of what reads as one message: a control, heading, label, line or notice.
      const whole = element.matches(WHOLE) ? clean(ownLanguageText(element)) : "";
      for (const text of new Set([own, whole])) if (text) found.push({ text, where: describe(element), attribute: false });
      for (const name of ["aria-label", "title", "placeholder", "alt"]) {
        const text = clean(element.getAttribute(name));
        if (text) found.push({ text, where: `${describe(element)} [${name}]`, attribute: true });
      }
    }
    return found;
  }, "button, a, label, option, h1, h2, h3, h4, h5, h6, summary, legend, th, dt, dd, li, p, figcaption, text, title, [role=status], [role=alert]");
}

/** The shown texts that are an English message this locale translates: "where: text (key)". */
export function englishLeaks(texts: ShownText[], matchers: EnglishMatcher[]): string[] {
  const leaks = new Set<string>();
  for (const { text, where, attribute } of texts) {
    // In a name that may quote content, only a long message found inside counts.
    const match = matchers.find((matcher) => matcher.whole.test(text)) ?? matchers.find((matcher) => matcher.inside?.test(text) && (!attribute || matcher.words >= 6));
    if (match) leaks.add(`${where}: “${text.slice(0, 120)}” (${match.key})`);
  }
  return [...leaks];
}

/** Texts that look like English sentences but match no message: printed for a person to read, never failing a test (names and data are Latin too). */
export function englishLooking(texts: ShownText[]): string[] {
  return [...new Set(texts.filter(({ text }) => /^[\x20-\x7E’“”–—…·×≈]+$/.test(text) && /\b[A-Za-z][a-z]{2,}\s+[a-z]{2,}\b/.test(text)).map(({ text, where }) => `${where}: ${text.slice(0, 100)}`))];
}
