/**
 * @module synthesize/dispute-rules
 * What makes two figures a dispute, shared by the figure comparison (`quantities.ts`) and the
 * sentence-pair comparison (`slot-conflicts.ts`): how far apart reports stop being about one moment,
 * which counts rise as news comes in, which hedges leave a figure open on one side, and how many
 * values one dispute can have.
 */

/** Reports this many days apart or more are about different moments of a story (a toll that rose, a later launch). */
export const SAME_HAPPENING_DAYS = 2;

/** Counts that grow as news comes in: later reports giving more are updates, not disagreements. */
export const RISING =
  /^(?:dead|injured|hospitalised|critical|missing|rescued|released|arrested|evacuated|affected|displaced):/;

/** Hedges that bound a figure below only: "at least 40" is compatible with 212, "dozens" with 80. */
export const OPEN_ABOVE =
  /^(?:more than|over|at least|upwards of|above|exceed\w*|topped|surpassed|in excess of|or more|plus|by a .* margin|dozens|scores|hundreds|thousands|millions|billions)/i;
/** Hedges that bound a figure above only: "up to 40" is compatible with 12. */
export const OPEN_BELOW = /^(?:less than|fewer than|under|up to|no more than|below|as many as|as much as)/i;

/**
 * Outlets disputing one figure give two or three values ("3, 5 or 7 dead"); more, for one measure, are
 * several figures (each attack's toll, the toll of each day), and none of them is the disagreement.
 */
export const MAX_DISPUTED_VALUES = 3;
