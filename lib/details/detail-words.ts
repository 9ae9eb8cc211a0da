import { ENGLISH_TIME_WORDS, type TimeWords } from "@/lib/time/format-event-time";

/**
 * The words lib/details writes around its figures, in the reader's language (messages:
 * Details.words, built by lib/i18n/detail-words.ts). English by default, so the tests and the
 * exports read as before. Labels are translated apart (lib/i18n/localise-details.ts).
 */
export type DetailWords = {
  time: TimeWords;
  placeName: (name: string) => string;
  countNotReported: (type: string) => string;
  overLegs: (distance: string, count: number) => string;
  noRoute: string;
  spanEstimated: string;
  spanPartlyEstimated: string;
  notDocumented: string;
  atPlace: (place: string) => string;
  positionApproximate: (where: string) => string;
  drawnDuration: (duration: string, span: string) => string;
  speedOverRoute: (speed: string) => string;
  basisDrawn: string;
  basisReconstructed: string;
  timesEstimated: string;
  timesPartlyEstimated: string;
  noneEntered: (basis: string) => string;
  underTen: string;
  joinsAt: (formations: string, time: string) => string;
};

export const ENGLISH_DETAIL_WORDS: DetailWords = {
  time: ENGLISH_TIME_WORDS,
  placeName: (name) => name,
  countNotReported: (type) => `${type} (number not reported)`,
  overLegs: (distance, count) => `${distance} over ${count} leg${count === 1 ? "" : "s"}`,
  noRoute: "no route drawn: not documented",
  spanEstimated: " (estimated)",
  spanPartlyEstimated: " (partly estimated)",
  notDocumented: "not documented",
  atPlace: (place) => `at ${place}, the place the source names`,
  positionApproximate: (where) => `position approximate: ${where}`,
  drawnDuration: (duration, span) => `≈${duration} drawn (${span}, times mostly estimated)`,
  speedOverRoute: (speed) => `≈${speed} km/h over the drawn route`,
  basisDrawn: "computed from the drawn route",
  basisReconstructed: "computed from a reconstructed route",
  timesEstimated: "times estimated",
  timesPartlyEstimated: "times partly estimated",
  noneEntered: (basis) => `None entered (${basis})`,
  underTen: "under 10 km (under 5.5 nmi)",
  joinsAt: (formations, time) => `${formations} at ${time}`,
};
