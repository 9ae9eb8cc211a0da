import { createParser, createSerializer } from "nuqs/server";

/**
 * The one description of Sortie's URL, shared by server and client. Each parameter is parsed on
 * its own: a bad value becomes null (its default) without affecting the others.
 */

/** Longest value we read from any parameter; anything longer is cut off, never parsed. */
export const MAX_PARAMETER_LENGTH = 200;

const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A selectable item id: kebab-case, as in data/. Whether it exists is checked against the event. */
export const parseAsItemId = createParser({
  parse: (value: string) => {
    const trimmed = value.slice(0, MAX_PARAMETER_LENGTH);
    return ITEM_ID.test(trimmed) ? trimmed : null;
  },
  serialize: (value: string) => value,
});

export const viewStateParsers = {
  /** Selected formation, leg, response, base, place or moment. */
  sel: parseAsItemId,
};

export const serializeViewState = createSerializer(viewStateParsers);
