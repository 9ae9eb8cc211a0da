/** The event the landing page shows. */
export const LANDING_EVENT_ID = "2020-12-22";
