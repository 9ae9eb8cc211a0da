import type { EventBundle } from "./event-bundle";

/** The responders Sortie draws: the countries a response feature or scramble moment can belong to. */
export type Responder = "japan" | "south-korea";

/**
 * Words that name a responder in prose. "Korean" alone counts as South Korean because the panel's
 * text never calls North Korea "Korean"; ROK and ROKAF are South Korea's own abbreviations.
 */
const RESPONDER_WORDS: Record<Responder, RegExp> = {
  japan: /\b(?:Japan(?:ese)?|JASDF|ASDF|Air Self-Defense Force)\b/i,
  "south-korea": /\b(?:South Korea(?:n)?|Korean|ROK|ROKAF)\b/i,
};

/**
 * Phrasings that say a response did not happen or was not found. Each is anchored on a negation
 * that governs the scramble itself, so a sentence such as "Japan scrambled fighters; no airspace
 * was violated" is not read as a denial.
 */
const DENIAL_PATTERNS: RegExp[] = [
  /\bno (?:report|record|mention|sign)s? of (?:an? |any )?(?<who>[^.;]{0,40}?)\b(?:scrambl\w*|respon\w*|intercept\w*)/i,
  /\bno (?<who>[A-Za-z -]{0,30}?)(?:fighter )?(?:scramble|response|intercept)s? (?:was|were|is|are) (?:found|reported|made|documented)/i,
  /\b(?<who>[A-Za-z -]{2,30}?) (?:did not|didn't|never) (?:scramble|respond|intercept)/i,
];

/** Splits prose into sentences; the panel's strings use ". " and ";" between clauses. */
function clauses(text: string): string[] {
  return text.split(/(?<=[.;])\s+/);
}

/**
 * The responders a piece of prose says did not respond (or were not found responding). A denial
 * that names no country ("no scramble was reported") denies both.
 */
export function deniedResponders(text: string): Responder[] {
  const denied = new Set<Responder>();
  for (const clause of clauses(text)) {
    for (const pattern of DENIAL_PATTERNS) {
      const match = pattern.exec(clause);
      if (!match) continue;
      const who = match.groups?.who ?? "";
      const named = (Object.keys(RESPONDER_WORDS) as Responder[]).filter((responder) => RESPONDER_WORDS[responder].test(who));
      for (const responder of named.length > 0 ? named : (Object.keys(RESPONDER_WORDS) as Responder[])) denied.add(responder);
    }
  }
  return [...denied];
}

/** The responders an event's data draws: response lines, by their country. */
export function drawnResponders(bundle: EventBundle): Responder[] {
  return [...new Set(bundle.responses.features.map((feature) => feature.properties.country))];
}

/** Every string in an event where a denial could be written: summary, caveats, formation and statement summaries. */
export function proseOf(bundle: EventBundle): { where: string; text: string }[] {
  const { event } = bundle;
  return [
    { where: "summary", text: event.summary },
    ...event.caveats.map((text, index) => ({ where: `caveats[${index}]`, text })),
    ...event.formations.map((formation) => ({ where: `formation "${formation.id}" summary`, text: formation.summary })),
    ...event.statements.map((statement) => ({ where: `statement "${statement.id}" summary`, text: statement.summary })),
  ];
}

/** Contradictions: a responder drawn in the data whose response some prose denies. */
export function responseContradictions(bundle: EventBundle): string[] {
  const drawn = new Set(drawnResponders(bundle));
  return proseOf(bundle).flatMap(({ where, text }) =>
    deniedResponders(text)
      .filter((responder) => drawn.has(responder))
      .map((responder) => `${bundle.event.id} ${where} denies a ${responder} response the data draws: "${text}"`),
  );
}

/**
 * Denials that do not say what was searched. "No scramble was reported" is only as good as the
 * search behind it, so a reader must be told where we looked ("searched: Kyodo, Jiji, NHK …").
 */
export function denialsWithoutSearch(bundle: EventBundle): string[] {
  return proseOf(bundle).flatMap(({ where, text }) =>
    clauses(text)
      .filter((clause) => deniedResponders(clause).length > 0 && !/\bsearch(?:ed)?\b/i.test(clause))
      .map((clause) => `${bundle.event.id} ${where} denies a response without saying what was searched: "${clause}"`),
  );
}
