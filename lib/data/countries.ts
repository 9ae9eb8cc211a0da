/**
 * The countries Sortie's data names, as a plain list. Kept apart from the zod schema so that
 * browser code (the GPU trail's palette) can use it without shipping zod in first-load JS.
 */
export const COUNTRIES = ["china", "russia", "japan", "south-korea"] as const;
