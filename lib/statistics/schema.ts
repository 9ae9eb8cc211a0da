import { z } from "zod";

/**
 * The standard the statistics in data/statistics/ follow, parsed at build time
 * (scripts/validate-data.ts). A year with no published figure has no value at all: a gap, never 0.
 */

const identifierSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case letters and digits");

/**
 * How a figure reached us, after the research notes' markers: [C] an official release or a report
 * quoting it, [R] only a secondary report, ‡ our own arithmetic on printed numbers (a residual or a sum).
 */
export const figureMarkerSchema = z.enum(["confirmed", "reported", "derived"]);
export type FigureMarker = z.infer<typeof figureMarkerSchema>;

export const figureSchema = z.strictObject({
  value: z.number().int("must be a whole number").nonnegative("cannot be negative"),
  marker: figureMarkerSchema,
  /** The source rounds: "70여 회" ("some 70 times") is stored as 70, approximate. */
  approximate: z.boolean().optional(),
  /** Ids into data/statistics/sources.json. */
  sources: z.array(identifierSchema).min(1, "needs at least one source id"),
  /** What a reader must know about this one figure: how it was derived, what another source says. */
  note: z.string().min(1).optional(),
});
export type Figure = z.infer<typeof figureSchema>;

export const statisticsRowSchema = z.strictObject({
  /** How the period is named on screen and in the CSV: "FY2016", "FY2025 Q1–3", "2024 Jan–Jul". */
  period: z.string().min(4),
  /** The fiscal or calendar year the period belongs to. */
  year: z.number().int().min(1950).max(2100),
  /** Set when the period is only part of a year, saying which part ("April–December 2025 only"). */
  partial: z.string().min(1).optional(),
  /** Figures by category key; a category with no published figure is left out (a gap). */
  values: z.record(identifierSchema, figureSchema),
  note: z.string().min(1).optional(),
});
export type StatisticsRow = z.infer<typeof statisticsRowSchema>;

export const statisticsCategorySchema = z.strictObject({
  key: identifierSchema,
  label: z.string().min(1),
  /** A "total" is drawn as the outline the parts are stacked in. */
  role: z.enum(["total", "part"]),
});
export type StatisticsCategory = z.infer<typeof statisticsCategorySchema>;

export const statisticsSeriesSchema = z.strictObject({
  id: identifierSchema,
  title: z.string().min(1),
  description: z.string().min(1),
  unit: z.enum(["scrambles", "entries"]),
  /** Japan counts April–March fiscal years, South Korea calendar years. */
  calendar: z.enum(["fiscal-year", "calendar-year"]),
  /** The years the chart's axis spans; years in it with no row are gaps. */
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  categories: z.array(statisticsCategorySchema).min(1),
  rows: z.array(statisticsRowSchema).min(1),
});
export type StatisticsSeries = z.infer<typeof statisticsSeriesSchema>;
