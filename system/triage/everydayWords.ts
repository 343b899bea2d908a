/**
 * Everyday words one edit away from a red-flag word ("cooking" from "choking", "night" from
 * "tight"). Such a token is read only as itself, never as a typo: a misspelling that forms a
 * real word cannot be told from that word, and reading these as typos flagged "I burnt my
 * finger while cooking dinner" as a breathing emergency.
 * WARNING: each entry is a documented hole in the typo contract (RED_FLAGS.md); add only words
 * whose meaning has nothing to do with any red flag, never an inflection of a red-flag word.
 */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set([
  // choking, crooked, gasping
  ...['cooking', 'cooked', 'chose', 'chore', 'chores', 'rasping', 'grasping', 'grasped'],
  // tight, sweat*, heart, chest
  ...['night', 'nights', 'right', 'light', 'lights', 'lighter', 'might', 'sight', 'eight'],
  ...['sweet', 'sweets', 'swear', 'seat', 'seats', 'heard', 'hears', 'heat', 'chess', 'cheat'],
  // fainted, fainting, faints
  ...['paint', 'paints', 'painted', 'painting', 'painter', 'tainted'],
  // latex, lumps, hives, swell*, stroke
  ...['late', 'later', 'lump', 'jumps', 'lives', 'smell', 'smells', 'spell', 'shell', 'stroked'],
  // droop*, mouth, cheek, smile, sagging, saggy, faces, words, thick, drunk, garbled
  ...['drop', 'drops', 'month', 'months', 'check', 'mile', 'nagging', 'baggy', 'facts', 'works'],
  ...['think', 'thinks', 'drink', 'drinks', 'gargled', 'gargling'],
  // crush*, clamp*, burning, sharp, shooting, tingl*
  ...['brush', 'brushing', 'cramp', 'cramps', 'turning', 'share', 'shouting', 'single'],
  // ending, living, dying, barely, couldnt, spitting, falling, smother, ground, tablet
  ...['sending', 'spending', 'bending', 'lending', 'mending', 'giving', 'loving', 'diving'],
  ...['drying', 'dyeing', 'rarely', 'wouldnt', 'shouldnt', 'sitting', 'splitting', 'calling'],
  ...['failing', 'mother', 'mothers', 'around', 'round', 'table', 'tables'],
  // noose, seized, necked, severed, spitting
  ...[
    'nose',
    'noise',
    'noises',
    'noses',
    'sized',
    'seize',
    'nicked',
    'nicker',
    'several',
    'spotted',
    'grazed',
    'slight',
    'slightly',
  ],
  // stabbed, glassed, white, strep, chills
  ...['stubbed', 'glasses', 'while', 'whilst', 'steep', 'hills', 'morning', 'mornings'],
  // hypos, pasty
  ...['typos', 'typo', 'party', 'parts', 'pastry', 'tasty'],
]);
