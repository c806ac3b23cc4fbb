/** "June", "Monday": a word that names a month or a day of the week, never a place or a body. */
export const MONTH_OR_WEEKDAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
