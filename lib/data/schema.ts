import { z } from "zod";
import { COUNTRIES } from "./countries";

/**
 * The data standard every event in data/ follows. Each file is parsed with these schemas at build
 * time (scripts/validate-data.ts) and in tests, so a broken file never reaches a user.
 */

/** How sure we are: stated by a cited source, reported second-hand, or our own reconstruction. */
export const confidenceSchema = z.enum(["confirmed", "reported", "inferred"]);
export type Confidence = z.infer<typeof confidenceSchema>;

const identifierSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case letters and digits");

const sourceReferencesSchema = z.array(identifierSchema).min(1, "needs at least one source id");

const longitudeSchema = z.number().min(-180).max(180);
const latitudeSchema = z.number().min(-90).max(90);
/** RFC 7946 position: longitude, latitude and optionally altitude in metres. */
const positionSchema = z.union([
  z.tuple([longitudeSchema, latitudeSchema]),
  z.tuple([longitudeSchema, latitudeSchema, z.number()]),
]);
export type Position = z.infer<typeof positionSchema>;

const utcTimestampSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?Z$/, "must be an ISO 8601 UTC time ending in Z");

/**
 * A moment in time as the sources give it. `utc` is what we plot; `approximate` is true when the
 * source says "about" or "just after", and `estimated` when no source gives the time at all and we
 * derived it (from distance and cruise speed, say).
 */
export const eventTimeSchema = z.object({
  utc: utcTimestampSchema,
  approximate: z.boolean(),
  estimated: z.boolean(),
  /** The time in the words of the source, e.g. "a little after 08:00 KST". */
  asReported: z.string().optional(),
});
export type EventTime = z.infer<typeof eventTimeSchema>;

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD");

/** An ISO 639-1 code, the form an HTML lang attribute takes. */
const languageCodeSchema = z.string().regex(/^[a-z]{2}$/, "must be a two-letter language code");

/**
 * One record in data/sources.json, the registry every event and the zones cite by id, so one
 * source has one record. `published` only when the source itself states a date; a reference page
 * (Wikimapia, OurAirports, Natural Earth, a blog) that states none carries `accessed` instead.
 */
export const sourceSchema = z
  .object({
    id: identifierSchema,
    publisher: z.string().min(1),
    title: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }),
    /** Publication date as the source states it, YYYY-MM-DD. */
    published: dateSchema.optional(),
    /** When we read a source that states no publication date, YYYY-MM-DD. */
    accessed: dateSchema.optional(),
    /** The language the source is written in (shown as its code, e.g. "JA"). */
    language: languageCodeSchema,
    /**
     * The language `title` is written in, when it is not English. Most titles of sources in other
     * languages are our English renderings; the few kept in the original say so here, so that the
     * page marks each title with the language a screen reader should read it in.
     */
    titleLanguage: languageCodeSchema.optional(),
    /**
     * Our words about the source, never part of its title: what it reprints or quotes, how we read
     * it, where its date comes from. Shown after the title, outside its quotation marks.
     */
    note: z.string().min(1).optional(),
    /** What kind of source: the originating government, a news outlet reporting it, or a copy. */
    kind: z.enum(["official", "news", "mirror", "reference"]),
  })
  .refine((source) => source.published !== undefined || source.accessed !== undefined, {
    message: "needs `published` (a date the source states) or `accessed` (when we read it)",
    path: ["published"],
  });
export type Source = z.infer<typeof sourceSchema>;

export const sourceRegistrySchema = z.object({ sources: z.array(sourceSchema).min(1) });
export type SourceRegistry = z.infer<typeof sourceRegistrySchema>;

export const countrySchema = z.enum(COUNTRIES);
export type Country = z.infer<typeof countrySchema>;

export const aircraftSchema = z.object({
  type: z.string().min(1),
  count: z.number().int().positive().nullable(),
  role: z.enum(["bomber", "aew", "fighter", "tanker", "reconnaissance", "transport"]),
});

export const formationSchema = z.object({
  id: identifierSchema,
  name: z.string().min(1),
  country: countrySchema,
  aircraft: z.array(aircraftSchema).min(1),
  summary: z.string().min(1),
  confidence: confidenceSchema,
  sources: sourceReferencesSchema,
});
export type Formation = z.infer<typeof formationSchema>;

/**
 * Where a moment happened. `basis` says where the coordinates come from: "sourced place <place id>"
 * (the place a source names, at that place's coordinates), "reported: <the source's words>" (a
 * source's bearing and distance), or "interpolated on the reconstructed route" (nobody reported
 * it). A position nobody reported is `inferred` and stored to at most 0.01°
 * (lib/data/check-moment-positions.ts enforces both).
 */
export const momentPositionSchema = z.object({
  coordinates: positionSchema,
  confidence: confidenceSchema,
  basis: z.string().min(1),
});
export type MomentPosition = z.infer<typeof momentPositionSchema>;

export const momentSchema = z.object({
  id: identifierSchema,
  time: eventTimeSchema,
  description: z.string().min(1),
  kind: z.enum(["zone-entry", "zone-exit", "join", "turn", "scramble", "statement", "other"]),
  /** The zone a zone entry or exit is about, by its id in data/zones (territorial airspace has none). */
  zone: identifierSchema.optional(),
  formations: z.array(identifierSchema),
  /** Where it happened, with its own confidence: a time can be confirmed while nobody reported the place. */
  position: momentPositionSchema.optional(),
  /** The old field, refused by name so a file from before the migration cannot lose its place silently. */
  location: z.undefined({ error: 'was replaced by "position"; run npx tsx scripts/migrate-data.ts' }).optional(),
  /** How sure we are of the moment itself and its time. */
  confidence: confidenceSchema,
  sources: sourceReferencesSchema,
});
export type Moment = z.infer<typeof momentSchema>;

export const statementSchema = z.object({
  id: identifierSchema,
  government: countrySchema,
  speaker: z.string().min(1),
  summary: z.string().min(1),
  /** Words quoted verbatim from a cited source, in the language they were said in. */
  quote: z.string().optional(),
  /**
   * The quote's language (ISO 639-1) when it is not English: such a quote is the original, shown as
   * it is (beside the English summary) and never translated by machine.
   */
  quoteLanguage: z.enum(["ja", "ko", "zh", "ru"]).optional(),
  confidence: confidenceSchema,
  sources: sourceReferencesSchema,
});
export type Statement = z.infer<typeof statementSchema>;

export const contextItemSchema = z.object({
  id: identifierSchema,
  heading: z.string().min(1),
  summary: z.string().min(1),
  quotes: z.array(z.object({ text: z.string().min(1), attribution: z.string().min(1) })),
  sources: sourceReferencesSchema,
});
export type ContextItem = z.infer<typeof contextItemSchema>;

/** One dated change to an event's data, so a reader who cited an earlier version sees what moved. */
export const revisionSchema = z.object({
  date: dateSchema,
  change: z.string().min(1),
  reason: z.string().min(1),
  sources: z.array(identifierSchema),
});
export type Revision = z.infer<typeof revisionSchema>;

export const eventSchema = z.object({
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be the event date, YYYY-MM-DD"),
  title: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The local time zone the sources use, e.g. "KST/JST (UTC+9)". */
  localTimeZone: z.object({ label: z.string().min(1), offsetMinutes: z.number().int() }),
  summary: z.string().min(1),
  /** How well the sources document the event, from the research notes' index. */
  documentation: z.enum(["very good", "good", "weak"]),
  /** The basemap region the event is drawn on (see lib/basemap/regions.ts). */
  region: z.enum(["east-asia", "bering-sea"]),
  /** Initial camera: west, south, east, north. Longitudes may pass 180 for routes over the antimeridian. */
  bounds: z.tuple([z.number().min(-360).max(360), latitudeSchema, z.number().min(-360).max(360), latitudeSchema]),
  headlineSource: identifierSchema,
  formations: z.array(formationSchema).min(1),
  moments: z.array(momentSchema),
  statements: z.array(statementSchema),
  context: z.array(contextItemSchema),
  caveats: z.array(z.string().min(1)),
  /** Ids into data/sources.json of every source this event cites. */
  sources: sourceReferencesSchema,
  /** What changed in this event's data since it was first published, and why, oldest first. */
  revisions: z.array(revisionSchema).default([]),
});
export type EventFile = z.infer<typeof eventSchema>;
/** An event with its source ids resolved against the registry (lib/data/parse-event-bundle.ts). */
export type SortieEvent = Omit<EventFile, "sources"> & { sources: Source[] };

const featureCommonProperties = {
  id: identifierSchema,
  name: z.string().min(1),
  confidence: confidenceSchema,
  sources: sourceReferencesSchema,
  /** What a reader should know about how this feature was made. */
  note: z.string().optional(),
};

/** One leg of a formation's flight, with a time for every vertex. */
export const trackPropertiesSchema = z.object({
  ...featureCommonProperties,
  formation: identifierSchema,
  /** Per-vertex times, parallel to the coordinates; null where nothing can be said. */
  times: z.array(eventTimeSchema.nullable()),
});
export type TrackProperties = z.infer<typeof trackPropertiesSchema>;

export const trackFeatureSchema = z.object({
  type: z.literal("Feature"),
  id: identifierSchema.optional(),
  geometry: z.object({ type: z.literal("LineString"), coordinates: z.array(positionSchema).min(2) }),
  properties: trackPropertiesSchema,
});
export type TrackFeature = z.infer<typeof trackFeatureSchema>;

export const baseFeatureSchema = z.object({
  type: z.literal("Feature"),
  id: identifierSchema.optional(),
  geometry: z.object({ type: z.literal("Point"), coordinates: positionSchema }),
  properties: z.object({
    ...featureCommonProperties,
    country: z.enum(["japan", "south-korea"]),
    operator: z.string().min(1),
    /** Units and aircraft at the base, as background. */
    units: z.string().min(1),
  }),
});
export type BaseFeature = z.infer<typeof baseFeatureSchema>;

/** A scramble: a line from a base toward the part of the route its fighters met. */
export const responseFeatureSchema = z.object({
  type: z.literal("Feature"),
  id: identifierSchema.optional(),
  geometry: z.object({ type: z.literal("LineString"), coordinates: z.array(positionSchema).min(2) }),
  properties: z.object({
    ...featureCommonProperties,
    country: z.enum(["japan", "south-korea"]),
    base: identifierSchema,
    /** Formations the responders met. */
    met: z.array(identifierSchema),
    aircraft: z.string().min(1),
  }),
});
export type ResponseFeature = z.infer<typeof responseFeatureSchema>;

export const placeFeatureSchema = z.object({
  type: z.literal("Feature"),
  id: identifierSchema.optional(),
  geometry: z.object({ type: z.literal("Point"), coordinates: positionSchema }),
  properties: z.object({
    ...featureCommonProperties,
    kind: z.enum(["island", "strait", "sea", "reef", "city", "point"]),
    /** Why the place matters to this story. */
    significance: z.string().min(1),
  }),
});
export type PlaceFeature = z.infer<typeof placeFeatureSchema>;

function featureCollectionSchema<Feature extends z.ZodType>(feature: Feature) {
  return z.object({ type: z.literal("FeatureCollection"), features: z.array(feature) });
}

export const trackCollectionSchema = featureCollectionSchema(trackFeatureSchema);
export const baseCollectionSchema = featureCollectionSchema(baseFeatureSchema);
export const responseCollectionSchema = featureCollectionSchema(responseFeatureSchema);
export const placeCollectionSchema = featureCollectionSchema(placeFeatureSchema);

export type TrackCollection = z.infer<typeof trackCollectionSchema>;
export type BaseCollection = z.infer<typeof baseCollectionSchema>;
export type ResponseCollection = z.infer<typeof responseCollectionSchema>;
export type PlaceCollection = z.infer<typeof placeCollectionSchema>;

/** The files every event folder holds, and the schema each is checked against. */
export const eventFileSchemas = {
  "event.json": eventSchema,
  "tracks.geojson": trackCollectionSchema,
  "responses.geojson": responseCollectionSchema,
  "bases.geojson": baseCollectionSchema,
  "places.geojson": placeCollectionSchema,
} as const;
export type EventFileName = keyof typeof eventFileSchemas;

/**
 * An air defense identification zone. Where a boundary is only partly sourced, the polygon is
 * closed with approximate vertices; `approximateVertices` lists their indices in the outer ring
 * so the map and panel can say which edges are approximate.
 */
export const zoneFeatureSchema = z.object({
  type: z.literal("Feature"),
  id: identifierSchema.optional(),
  geometry: z.object({ type: z.literal("Polygon"), coordinates: z.array(z.array(positionSchema).min(4)).min(1) }),
  properties: z.object({
    ...featureCommonProperties,
    /** The short name used in the panel and timeline, e.g. "KADIZ". */
    shortName: z.string().min(1),
    country: countrySchema,
    approximateVertices: z.array(z.number().int().nonnegative()),
  }),
});
export type ZoneFeature = z.infer<typeof zoneFeatureSchema>;

export const zoneFileSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(zoneFeatureSchema),
  /** Ids into data/sources.json of the sources the zones cite. */
  sources: sourceReferencesSchema,
});
/** The zones with their source ids resolved against the registry (lib/data/load-zones.ts). */
export type ZoneFile = Omit<z.infer<typeof zoneFileSchema>, "sources"> & { sources: Source[] };
