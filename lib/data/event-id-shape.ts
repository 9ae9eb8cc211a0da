/**
 * The shape of an event id: the patrol's date, YYYY-MM-DD, which is also its folder under
 * data/events. Shared by the server (lib/data/load-event.ts) and the link parser, so both read ids
 * the same way. Membership in the event list is checked on the server by isKnownEventId.
 */
export const EVENT_ID_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
