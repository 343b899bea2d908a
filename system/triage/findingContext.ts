import { phrases, set, tolerant } from './cueLists.js';
import {
  AFFIRMING_AFTER,
  endsNegation,
  NEGATION_REACH,
  NEGATIONS,
  PREDICATE,
  PSEUDO_NEGATION,
  TERMINATORS,
} from './negationCues.js';
import type { TokenizedMessage } from './tokenizeMessage.js';

/** Where a finding's words are: one span per concept, tokens [start, end). */
export type FindingSpan = { readonly start: number; readonly end: number };

/** Why a finding does not count as the patient's problem now, and the words that said so. */
export interface FindingContext {
  kind: 'negated' | 'historical' | 'hypothetical';
  cue: string;
}

// Distant past (ConText's historical triggers); recent past ("an hour ago") stays current.
const DISTANT_UNITS = set(
  'year years yrs yr month months decade decades summers winters christmases',
);
const HISTORY_PHRASES = phrases(
  'last year|last month|last week|weeks ago|as a child|as a kid|as a baby|as a teenager|as a toddler|as a student|when i was|when he was|when she was|when they were|when we were|when i had|when he had|when she had|history of|hx of|previously|previous|used to|in the past|died|passed away|runs in|family history|ever since|for years|for months|recovered|fully recovered|all fine since|fine since|well since|whenever|years back|once|turned out|it turned out|grew out of|grown out of|survived|survivor|attempted|with my first|with my last|with my eldest|with my second|in my last pregnancy|in my first pregnancy|previous pregnancy|last pregnancy|last time i was pregnant|as a boy|as a girl|as a lad|as a newborn|as a young man|as a young woman|when he gave up|when she gave up|when he stopped|when she stopped|well controlled|under control|was admitted|were admitted|was hospitalised|was hospitalized|pregnant with me|expecting me',
);
const DECADE = /^(?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/;
const PAST_EVENT = set('had was were suffered diagnosed passed');
// Words that put a finding in the present whatever else its clause says.
const PRESENT = set(
  'now today tonight currently again still just yesterday morning afternoon evening suddenly keeps is are am im hes shes its theyre same ive weve youve theyve',
);
const isPresent = tolerant(PRESENT);
// How a patient says a past event is over ("i've been fine since", "walk fine now"): the
// present tense inside these tells of the recovery, not of the finding.
const RESOLVED = phrases(
  'ive been fine|ive been well|ive been ok|been fine|been well|been ok|been okay|been seizure free|been fit free|seizure free|fit free|no episodes|no more episodes|no trouble|no problems|no issues|never missed|never came back|fine since|well since|ok since|fine now|well now|strong now|normally now|normal now|recovered well|recovered fully|fully recovered|all fine|all good|not had another|never had another|havent had another|hasnt had another|had no episodes|has had no|have had no|ive had no|well controlled|under control',
);
/** Whether token i speaks of now, unless it is part of a recovery told in the past's sentence. */
function speaksOfNow(tokens: readonly string[], i: number): boolean {
  if (!isPresent(tokens[i]!)) return false;
  // Inside a recovery phrase, or just before one ("i've" in "i've never missed a session").
  for (const cue of RESOLVED)
    for (let k = -1; k < cue.length; k++)
      if (cue.every((w, j) => tokens[i - k + j] === w)) return false;
  return true;
}
// Recent past: "20 minutes ago", "since this morning".
const RECENT_UNITS = set('minutes minute mins min hours hour hrs hr days day seconds secs');
const RELATIVE_PAST = set('had suffered died needed');
const HAS = set('has have hasnt havent ive weve hes shes theyve');
// "X took his own life": an act that, done by another, can only be history.
const COMPLETED_ACTS = phrases(
  'took his own life|took her own life|took their own life|killed himself|killed herself|killed themselves',
);
// Relatives whose illness a writer tells as family history ("my dad had a heart attack").
const OLDER_RELATIVES = set(
  'mum mom mother mums moms mothers dad father dads fathers parents parent grandad granddad grandpa grandfather grandads grandma gran granny nan nana nanna grandmother grandparents uncle uncles aunt aunts auntie aunty cousin cousins brother brothers sister sisters sibling twin family relative relatives grandfathers grandmothers',
);
// Events a relative's finding is told against as over ("her speech stayed slurred after her
// stroke"): known, so past. A fall is not among them: it may have been an hour ago.
const PAST_EPISODES = set('stroke strokes attack op operation surgery treatment chemo transplant');
const EPISODE_LINKS = set('after before during following');
// Events that 'had' tells as happening now, not as history ("my mum had a fall").
const CURRENT_EVENTS = set('fall fell fit fits seizure turn funny accident');
const UNCERTAIN = set('think maybe might possibly perhaps probably worried scared afraid');

const HYPOTHETICAL_PHRASES = phrases(
  'what if|in case|incase|what are the signs|what are the symptoms|what are signs|what signs|which signs|warning signs|signs to look|how do i know|how would i know|how would he know|how would she know|how do you tell|how can i tell|how do i tell|tell the difference|what counts as|what level|look out for|watch for|watch out for|be aware of|risk of|at risk|higher risk|chance of|more likely|likely to|prevent|screened|screening|what should we do if|what should i do if|what do i do if',
);
// Generic questions that are hypothetical only when a condition follows ("how do you stop a
// bleed if you're hours from help"); alone they ask about now ("how do I stop this bleeding").
const CONDITIONAL_QUESTIONS = phrases('how do you|how would you|how should you');
// "if" after these asks whether the finding is there now: it stays urgent.
// "he screams if we touch it": how a symptom shows, not a supposition.
const REACTS_IF = set(
  'screams screaming cries crying winces wincing flinches flinching hurts hurt worse yells yelling shouts shouting moans moaning agony howls yelps',
);
const UNCERTAIN_IF = set(
  'idk dunno unsure know sure tell check see wonder wondering unsure certain ask asking as even clue idea say asked checking checked wondered',
);
// An apology's "if" supposes nothing: "sorry if this is silly, my arm has gone heavy".
const APOLOGY_IF = set('sorry apologies apologise apologize forgive excuse pardon');
// A question that opens with these and names nobody asks about illness in general.
const QUESTION_OPENERS = set(
  'can could does do is are why what how when which should would will who whats where',
);
const RHETORICAL = phrases(
  'whats the point|what is the point|why bother|why should i|why go on|why live|why am i|what else can i|what am i',
);
// Who a question about now names; "they", "a friend" and "a baby" ask in general.
const PERSONAL = set(
  'i im ive id me my mine myself we our us he hes him his himself she shes her hers herself mum mom dad son daughter husband wife partner boyfriend girlfriend',
);

/**
 * The ConText reading of a finding at tokens [start, end): negated (a negation before it in
 * its sentence, within its scope), historical (a distant-past cue in its clause and no
 * present one, or an older relative's past illness) or hypothetical (a conditional or
 * educational cue before it, or a general question that names nobody); null when it is the
 * patient's problem now.
 * WARNING: lowers a finding only on a clear cue; anything uncertain must stay urgent, so a
 * cue that is not in these lists, or is misspelt, leaves the finding as it is.
 */
export function findingContext(
  message: TokenizedMessage,
  spans: readonly FindingSpan[],
  {
    antecedent = false,
    conditionalCounts = false,
  }: { antecedent?: boolean | 'event'; conditionalCounts?: boolean | 'always' } = {},
): FindingContext | null {
  const start = Math.min(...spans.map((o) => o.start));
  const end = Math.max(...spans.map((o) => o.end));
  return (
    negation(message, spans, start, end) ??
    // Why a year still lowers an event: "i banged my head in 2016" is no injury of now,
    // though "i banged my head" alone is the cause of what follows.
    (antecedent === 'event'
      ? yearInSentence(message.tokens, message.sentenceOf, start)
      : antecedent
        ? null
        : history(message, start, end)) ??
    (conditionalCounts === 'always' || (conditionalCounts && firstPerson(message, start))
      ? null
      : hypothesis(message, start))
  );
}

const cueAt = (tokens: readonly string[], list: readonly (readonly string[])[], i: number) =>
  list.find((cue) => cue.every((w, k) => tokens[i + k] === w));

const cueEndingAt = (tokens: readonly string[], list: readonly (readonly string[])[], i: number) =>
  list.find((cue) => cue.every((w, k) => tokens[i - cue.length + 1 + k] === w));

const VAGUE_ENDS = set('anything something nothing stuff');
const AUXILIARY = set('didnt doesnt dont hasnt havent hadnt isnt arent wasnt werent');
const INABILITY = set('cant cannot couldnt unable impossible');

function negation(
  { tokens, sentenceOf, clauseOf }: TokenizedMessage,
  spans: readonly FindingSpan[],
  start: number,
  end: number,
): FindingContext | null {
  // "or anything like that" widens a denial; it affirms nothing.
  for (let k = end; k <= end + 2; k++)
    if (cueAt(tokens, AFFIRMING_AFTER, k) && !VAGUE_ENDS.has(tokens[k - 1] ?? '')) return null;
  // "seizure free", "pain free": the finding named to say it is absent.
  if (tokens[end] === 'free') return { kind: 'negated', cue: 'free' };
  // A negation inside the finding's own words ("not breathing", "no wet nappies") makes it an
  // absence, not a denial; one between its words ("an adder, but it didn't bite") denies it.
  const inWords = (i: number) => spans.some((o) => i >= o.start && i < o.end);
  for (let i = start; i < end; i++) {
    const cue = cueAt(tokens, NEGATIONS, i);
    if (cue === undefined) continue;
    if (inWords(i)) return null;
    if (!PSEUDO_NEGATION.has(tokens[i + cue.length] ?? ''))
      return { kind: 'negated', cue: cue.join(' ') };
  }
  const sentence = sentenceOf[start];
  for (
    let i = start - 1;
    i >= 0 && i >= start - NEGATION_REACH && sentenceOf[i] === sentence;
    i--
  ) {
    const cue = cueEndingAt(tokens, NEGATIONS, i);
    if (cue) {
      if (PSEUDO_NEGATION.has(tokens[i + 1] ?? '')) return null;
      // "can't lie down without gasping" affirms the gasping.
      if (cue[0] === 'without' && some(tokens, Math.max(0, i - 4), i, INABILITY)) return null;
      // A negated verb ("haven't passed wind, vomiting green") reaches its own clause only;
      // "no fever, rash or stiff neck" reaches the whole list.
      // So does a negated participle ("not eating, more muddled than usual"): it denies the
      // eating, not the list after it.
      const negatesVerb = AUXILIARY.has(cue[0]!) || /ing$/.test(tokens[i + 1] ?? '');
      if (negatesVerb && clauseOf[i] !== clauseOf[start]) return null;
      return { kind: 'negated', cue: cue.join(' ') };
    }
    if (endsNegation(tokens[i]!)) return null;
    // "no help, can't finish a sentence": a finding that opens with its own verb starts a
    // clause of its own, which a negation in the clause before cannot reach.
    if (clauseOf[i] !== clauseOf[start] && PREDICATE.has(tokens[start] ?? '')) return null;
  }
  return null;
}

const DURATIONS = new Set(['for years', 'for months', 'ever since']);
const NOW_CHANGED = set('today tonight now suddenly worse worst');

function changesNow(
  tokens: readonly string[],
  sentenceOf: readonly number[],
  start: number,
): boolean {
  for (let i = 0; i < tokens.length; i++)
    if (sentenceOf[i] === sentenceOf[start] && NOW_CHANGED.has(tokens[i]!)) return true;
  return false;
}

function history(
  { tokens, clauseOf, sentenceOf }: TokenizedMessage,
  start: number,
  end: number,
): FindingContext | null {
  // The scope: the finding's clause, cut where "and" opens a new predicate ("I had a stroke
  // in 2019 and now ...").
  const clause = clauseOf[start];
  const opensPredicate = (i: number) =>
    tokens[i] === 'and' &&
    (PREDICATE.has(tokens[i + 1] ?? '') ||
      TERMINATORS.has(tokens[i + 1] ?? '') ||
      PAST_EVENT.has(tokens[i + 1] ?? ''));
  let from = start;
  while (from > 0 && clauseOf[from - 1] === clause && !opensPredicate(from - 1)) from--;
  let to = end;
  while (to < tokens.length && clauseOf[to] === clause && !opensPredicate(to)) to++;
  // "after a stroke", "before his heart attack": an episode named as over.
  const article = ['a', 'an', 'her', 'his', 'my', 'their', 'the'];
  const link = tokens[start - 2] ?? '';
  // Why the same sentence: "...book it for after? my oxygen is 86%" names no episode.
  if (
    EPISODE_LINKS.has(link) &&
    sentenceOf[start - 2] === sentenceOf[start] &&
    article.includes(tokens[start - 1] ?? '')
  )
    return { kind: 'historical', cue: `${link} ${tokens[start - 1]}` };
  let cue: string | null = null;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (i < start || i >= end) {
      if (speaksOfNow(tokens, i)) return null;
      if (t === 'since' && i + 1 < to && !['then', 'and'].includes(tokens[i + 1]!)) return null;
      if (t === 'ago' && RECENT_UNITS.has(tokens[i - 1] ?? '')) return null;
    }
    if (cue !== null) continue;
    const phrase = onceAsFrequency(tokens, i) ? undefined : cueAt(tokens, HISTORY_PHRASES, i);
    if (t === 'ago' && DISTANT_UNITS.has(tokens[i - 1] ?? '')) cue = `${tokens[i - 1]} ago`;
    else if (/^(19|20)\d\d$/.test(t)) cue = t;
    else if (
      (t === 'in' || t === 'at') &&
      /^(his|her|their|my|the)$/.test(tokens[i + 1] ?? '') &&
      DECADE.test(tokens[i + 2] ?? '')
    )
      cue = `${t} ${tokens[i + 1]} ${tokens[i + 2]}`;
    else if (
      t === 'at' &&
      /^\d{1,2}$/.test(tokens[i + 1] ?? '') &&
      some(tokens, from, to, PAST_EVENT)
    )
      cue = `at ${tokens[i + 1]}`;
    else if (phrase) cue = phrase.join(' ');
  }
  // "Tummy pain for months, but today it's 10/10": a duration tells the finding has gone on,
  // and a change of now anywhere in its sentence makes it today's.
  if (cue !== null && DURATIONS.has(cue) && changesNow(tokens, sentenceOf, start)) return null;
  if (cue !== null) return { kind: 'historical', cue };
  return (
    yearInSentence(tokens, sentenceOf, start) ??
    relativeHistory(tokens, sentenceOf, from, start, end)
  );
}

/**
 * A year or "N years ago" elsewhere in a sentence with nothing of now in it: "chest pain woke
 * me one night in 2014, it was a heart attack".
 */
function yearInSentence(
  tokens: readonly string[],
  sentenceOf: readonly number[],
  start: number,
): FindingContext | null {
  const sentence = sentenceOf[start];
  let cue: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (sentenceOf[i] !== sentence) continue;
    const t = tokens[i]!;
    if (speaksOfNow(tokens, i) || (t === 'ago' && RECENT_UNITS.has(tokens[i - 1] ?? '')))
      return null;
    if (cue === null && /^(19|20)\d\d$/.test(t)) cue = t;
    if (cue === null && t === 'ago' && DISTANT_UNITS.has(tokens[i - 1] ?? ''))
      cue = `${tokens[i - 1]} ago`;
  }
  return cue === null ? null : { kind: 'historical', cue };
}

/** "once every few seconds", "once a day": how often, not when. */
// "Once" as a count ("once a week") or as "at once" ("came on all at once"), not "formerly".
const onceAsFrequency = (tokens: readonly string[], i: number): boolean =>
  tokens[i] === 'once' &&
  (['every', 'a', 'an', 'per', 'or', 'more', 'again', 'in'].includes(tokens[i + 1] ?? '') ||
    tokens[i - 1] === 'at');

/** "my dad had a heart attack": an older relative's past illness, with nothing of now. */
function relativeHistory(
  tokens: readonly string[],
  sentenceOf: readonly number[],
  from: number,
  start: number,
  end: number,
): FindingContext | null {
  let relative: string | undefined;
  let past = false;
  for (let i = from; i < start; i++) {
    const t = tokens[i]!;
    if (OLDER_RELATIVES.has(t)) relative = t;
    // "has had" is the present perfect ("my aunt's had ten puffs"): still going on.
    const before = tokens[i - 1] ?? '';
    const perfect = HAS.has(before) || (before === relative && before.endsWith('s'));
    if (relative !== undefined && RELATIVE_PAST.has(t) && !perfect) past = true;
    if (UNCERTAIN.has(t)) return null;
  }
  // "my dad's heart attack": the relative's, told as a thing that happened.
  const possessive = tokens[start - 1];
  // Why not with "has" after it: "my sister's peak flow has dropped" is happening now.
  if (
    possessive !== undefined &&
    OLDER_RELATIVES.has(possessive) &&
    possessive.endsWith('s') &&
    !some(tokens, start, Math.min(tokens.length, end + 3), HAS)
  ) {
    relative = possessive;
    past = true;
  }
  if (relative !== undefined && cueAt(tokens, COMPLETED_ACTS, start)) past = true;
  if (relative !== undefined && afterEpisode(tokens, sentenceOf, end)) past = true;
  if (relative === undefined || !past) return null;
  for (let i = start; i < end; i++) if (CURRENT_EVENTS.has(tokens[i]!)) return null;
  const sentence = sentenceOf[start];
  for (let i = 0; i < tokens.length; i++)
    if (sentenceOf[i] === sentence && (isPresent(tokens[i]!) || CURRENT_EVENTS.has(tokens[i]!)))
      return null;
  return { kind: 'historical', cue: `${relative} had` };
}

/** "... after her stroke", "... during her breast cancer treatment": a known episode, over. */
function afterEpisode(tokens: readonly string[], sentenceOf: readonly number[], end: number) {
  for (let i = end; i < tokens.length && sentenceOf[i] === sentenceOf[end - 1]; i++) {
    if (!EPISODE_LINKS.has(tokens[i]!)) continue;
    for (let k = i + 2; k <= i + 5 && k < tokens.length; k++)
      if (PAST_EPISODES.has(tokens[k]!)) return true;
  }
  return false;
}

function hypothesis(
  { tokens, sentenceOf }: TokenizedMessage,
  start: number,
): FindingContext | null {
  const sentence = sentenceOf[start];
  let first = start;
  for (let i = start - 1; i >= 0 && sentenceOf[i] === sentence; i--) {
    first = i;
    const t = tokens[i]!;
    if (t === 'if' && !uncertainIf(tokens, i) && !REACTS_IF.has(tokens[i - 1] ?? ''))
      return { kind: 'hypothetical', cue: 'if' };
    const phrase = cueAt(tokens, HYPOTHETICAL_PHRASES, i);
    if (phrase) return { kind: 'hypothetical', cue: phrase.join(' ') };
    const question = cueAt(tokens, CONDITIONAL_QUESTIONS, i);
    if (question && followedByIf(tokens, sentenceOf, start))
      return { kind: 'hypothetical', cue: `${question.join(' ')} ... if` };
  }
  if (!QUESTION_OPENERS.has(tokens[first] ?? '')) return null;
  // A rhetorical question of despair names nobody and asks nothing general.
  if (cueAt(tokens, RHETORICAL, first)) return null;
  for (let i = first; i < tokens.length && sentenceOf[i] === sentence; i++)
    if (PERSONAL.has(tokens[i]!)) return null;
  return { kind: 'hypothetical', cue: `a general question ("${tokens[first]} ...")` };
}

const FIRST_PERSON = set('i im ive id ill me my myself');

/** Whether the finding's sentence is the writer's own. */
function firstPerson({ tokens, sentenceOf }: TokenizedMessage, start: number): boolean {
  for (let i = 0; i < tokens.length; i++)
    if (sentenceOf[i] === sentenceOf[start] && FIRST_PERSON.has(tokens[i]!)) return true;
  return false;
}

/** Whether an "if" asks about now ("asked him outright if he was ...") or apologises. */
function uncertainIf(tokens: readonly string[], at: number): boolean {
  for (let k = 1; k <= 3; k++) {
    const t = tokens[at - k] ?? '';
    if (UNCERTAIN_IF.has(t) || APOLOGY_IF.has(t)) return true;
  }
  return tokens[at - 1] === 'if';
}

function followedByIf(tokens: readonly string[], sentenceOf: readonly number[], start: number) {
  for (let i = start; i < tokens.length && sentenceOf[i] === sentenceOf[start]; i++)
    if (tokens[i] === 'if') return true;
  return false;
}

function some(tokens: readonly string[], from: number, to: number, words: ReadonlySet<string>) {
  for (let i = from; i < to; i++) if (words.has(tokens[i]!)) return true;
  return false;
}
