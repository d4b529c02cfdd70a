/**
 * @module cluster/stopwords
 * English function words and news boilerplate words: they say nothing about which event a report is on.
 */

const FUNCTION_WORDS =
  'a about above after again against all almost also although am among an and another any are around as at ' +
  'be became because been before being below between both but by can cannot could did do does doing done down ' +
  'during each either else even ever every few for from further had has have having he her here hers herself ' +
  'him himself his how however i if in into is it its itself just least less like many may me might more most ' +
  'much must my myself neither no nor not now of off often on once one only or other others our ours ourselves ' +
  'out over own per rather same several she should since so some such than that the their theirs them ' +
  'themselves then there these they this those though through thus to too toward towards under until up upon ' +
  'us very was we were what whatever when where whether which while who whom whose why will with within ' +
  'without would yet you your yours yourself';

/** Words every news report uses whatever it is about. */
const NEWS_WORDS =
  'said says say saying told according reported report reports news statement added including new also ' +
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks year years ' +
  'day days month months time people mr mrs ms dr percent two three four five six seven eight nine ten first ' +
  'last next well get got make made going go went back still told just way us lot take took since ago ' +
  'january february march april may june july august september october november december jan feb mar apr jun ' +
  'jul aug sep sept oct nov dec am pm gmt utc et updated published copyright rights reserved reuters ap afp ' +
  'read more click share email image photo caption video getty images';

/** Function words only: used to tell English text from text in another language. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS.split(' '));

/** Words that carry no event signal: never used as terms. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS.split(' '),
  ...NEWS_WORDS.split(' '),
]);

/**
 * Function words of the other languages news most often comes in (French, German, Spanish, Dutch, Italian,
 * Portuguese), leaving out those English shares (`in`, `is`, `as`, `per`).
 */
export const OTHER_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'de la le les des du et est un une que qui dans pour pas sur au aux ce cette sont avec ' +
    'der die das und ist nicht ein eine zu den mit von sich auf dem des im auch wird ' +
    'el los las y en por con para una del se lo al su es como pero ' +
    'het een van ik je niet dat op zijn voor met ook wordt ' +
    'il che di non sono della gli nel alla ' +
    'os não em um uma com do da dos das ao'
  ).split(' '),
);
