import { readDateline } from '../vocabulary/dateline';

// The last word of a newspaper's, agency's or broadcaster's name ("The Calloway Review",
// "Harrowgate Post", "Associated Press").
const PRESS_WORD =
  'Times|Post|Review|Wire|Courier|Herald|Journal|Gazette|Tribune|Chronicle|Bulletin|Dispatch|Ledger|Observer|Telegraph|Guardian|Monitor|Standard|Express|Mirror|Daily|Weekly|News|Press|Record|Mail|Star|Register|Examiner|Inquirer|Digest|Reporter|Agency|Service|Magazine|Radio';
const NAME = String.raw`(?:The\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,3}`;
// A masthead part that is an outlet's name and nothing else: "Analysis | The Calloway Review | 12 November".
const OUTLET_NAME = new RegExp(`^(${NAME}\\s+(?:${PRESS_WORD}))$`, 'u');
// "By the Lowland Courier foreign desk", "By Harrowgate Post staff": a desk or staff credits its outlet.
const DESK_CREDIT = new RegExp(
  `^By\\s+(?:the\\s+)?(${NAME}?)\\s+(?:(?:foreign|world|news|politics|business|home|national|international|city|metro|live)\\s+)?(?:desk|staff|team|newsroom|reporters|correspondents)$`,
  'u',
);
// A byline or masthead is one of the first lines after the headline.
const CREDIT_LINES = 4;

/**
 * The outlet an article credits itself to: a wire dateline ("SEOUL, June 12 (Pacific Dispatch) –"
 * → "Pacific Dispatch"), a desk's byline ("By the Lowland Courier foreign desk") or a masthead
 * line of parts ("Analysis | The Calloway Review | Thursday 12 November 2020"). The article's
 * source when nothing else names it.
 */
export function datelineCredit(text: string): string | undefined {
  return readDateline(text)?.outlet ?? bylineCredit(text);
}

function bylineCredit(text: string): string | undefined {
  const lines = text.split('\n', CREDIT_LINES + 1).slice(1);
  for (const line of lines) {
    for (const part of line.split(/\s+[|·•]\s+/)) {
      const words = part.trim();
      // "Kingsmere Radio, The Evening Report": the outlet, then its programme.
      const outlet = words.split(/,\s+/u)[0]!;
      const credit = DESK_CREDIT.exec(words)?.[1] ?? OUTLET_NAME.exec(words)?.[1] ?? OUTLET_NAME.exec(outlet)?.[1];
      if (credit) return credit;
    }
  }
  return undefined;
}
