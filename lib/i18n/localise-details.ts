import type { ItemDetails } from "@/lib/details/item-details";
import type { Locale } from "./locales";
import { loadMessages } from "./messages";
import { placeName } from "./place-names";

/**
 * The selection details in the reader's language where the interface speaks: each fact's label
 * (messages: Details.labels, keyed by the English label lib/details writes) and the names of places
 * and bases. The values lib/details computes (distances, durations, what the data says) stay as
 * they are; the panel marks the event's content as English.
 */
export function localiseDetails(details: Record<string, ItemDetails>, locale: Locale): Record<string, ItemDetails> {
  if (locale === "en") return details;
  const labels: Record<string, string> = loadMessages(locale).Details.labels;
  return Object.fromEntries(
    Object.entries(details).map(([id, item]) => [
      id,
      {
        ...item,
        title: item.kind === "place" || item.kind === "base" ? placeName(item.title, locale) : item.title,
        facts: item.facts.map((fact) => ({ label: labels[fact.label] ?? fact.label, value: fact.label === "From" ? placeName(fact.value, locale) : fact.value })),
      },
    ]),
  );
}
