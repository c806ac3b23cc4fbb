/** "June", "Monday": a word that names a month or a day of the week, never a place or a body. */
export const MONTH_OR_WEEKDAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Small counts written as words ("two days later", "a week after"): their numbers. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
};

/** A live blog entry's time ("14:55", "03.10"), as a pattern's source: an entry opens on it. */
export const LIVE_TIME = String.raw`\d{1,2}[:.]\d{2}`;
