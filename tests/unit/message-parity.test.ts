import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";

type Tree = { [key: string]: string | Tree };

function read(locale: string): Tree {
  return JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Tree;
}

/** Every leaf's dotted path: "Client.Timeline.play". */
function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

/** The ICU arguments and tags a message uses ({name}, {count, plural ...}, <strong>): a translation must keep them. */
function argumentsOf(message: string): string[] {
  const names = [...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1] ?? "");
  const tags = [...message.matchAll(/<(\w+)>/g)].map((match) => `<${match[1]}>`);
  // Words inside plural branches ({# moment}) are not arguments.
  return [...new Set([...names, ...tags])].filter((name) => !/^(one|few|many|other|plural)$/.test(name)).sort();
}

const english = read("en");
const englishKeys = keysOf(english).sort();

describe("messages", () => {
  it.each(LOCALES.filter((locale) => locale !== "en"))("%s has exactly the keys en has", (locale) => {
    const keys = keysOf(read(locale)).sort();
    expect(englishKeys.filter((key) => !keys.includes(key)), `keys missing from ${locale}.json`).toEqual([]);
    expect(keys.filter((key) => !englishKeys.includes(key)), `keys in ${locale}.json that en.json lacks`).toEqual([]);
  });

  it.each(LOCALES.filter((locale) => locale !== "en"))("%s keeps every argument and tag of each English message", (locale) => {
    const messages = read(locale);
    const lookup = (tree: Tree, key: string) => key.split(".").reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), tree);
    const mismatched = englishKeys.filter((key) => {
      const source = lookup(english, key);
      const translated = lookup(messages, key);
      return typeof source === "string" && source !== "" && typeof translated === "string" && argumentsOf(source).join() !== argumentsOf(translated).join();
    });
    expect(mismatched).toEqual([]);
  });

  it("has no untranslated interface string: a non-English message equal to the English is named", () => {
    // Proper names and symbols that read the same in every language.
    const sameEverywhere = new Set(["Site.titleTemplate", "Client.Export.image", "Client.LinkNotice.parameter", "Client.LinkNotice.separator", "Methodology.namingEnd", "Client.Import.found.text", "Events.strip.patrol"]);
    for (const locale of LOCALES.filter((candidate) => candidate !== "en")) {
      const messages = read(locale);
      const lookup = (key: string) => key.split(".").reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), messages);
      const same = englishKeys.filter((key) => !sameEverywhere.has(key) && lookup(key) === key.split(".").reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), english) && lookup(key) !== "");
      expect(same, `${locale}.json messages still in English`).toEqual([]);
    }
  });
});
