/**
 * Concepts shared by several red-flag patterns, in the notation of `RedFlagPattern`: words and
 * short phrases separated by `|`, stems (5 letters or more) ending in `*`, no apostrophes.
 */
export const RED_FLAG_CONCEPTS = {
  NOT_ABLE:
    'cant|cannot|can not|couldnt|could not|unable|not able|struggl*|barely|hardly|trouble|difficult*|hard|fighting|fight for',
  BREATH: 'breath*|air',
  SKIN_SITES: 'lips|lip|face|skin|fingers|fingertips|mouth',
  TIGHT: 'tight|tighter|tightening|tightness|tightened',
  SWELL: 'swell*|swollen|ballooning|blowing up|puffing up',
  ALLERGEN:
    'sting|stung|stinger|bee|bees|wasp|wasps|hornet|nut|nuts|peanut*|cashew*|almond*|prawn*|shrimp|shellfish|seafood|allerg*|reaction|penicillin|antibiotic*|latex',
  AIRWAY: 'breath*|air|wheez*|throat|chest|tight|gasp|gasping|choking|tongue',
  BLEED: 'bleed*|bled|blood|bloody',
  NOT_STOPPING:
    'wont stop|will not stop|not stopping|doesnt stop|does not stop|isnt stopping|cant stop|cannot stop|can not stop|couldnt stop|wouldnt stop|nonstop|non stop|keeps coming|still coming|unstoppable|hasnt stopped|has not stopped|not slowing',
  HEAVY: 'heavy|heavily|severe|massive|profuse|uncontrolled|uncontrollable|major',
  MUCH_OF:
    'lot of|lots of|loads of|so much|pool of|pools of|litres of|liters of|losing|lost|covered in|soaked in|full of|puddle of',
  BRING_UP:
    'vomit*|coughing|cough|coughs|coughed|throwing up|threw up|throw up|puking|puked|puke|spitting|spat|bringing up|brought up|being sick|retching',
  FACE: 'face|faces|facial|mouth|smile|smiling|lip|lips|eyelid|cheek',
  DROOP:
    'droop*|dropped|dropping|sagging|sagged|saggy|slumped|lopsided|crooked|uneven|wonky|fallen|numb|numbness|paraly*|frozen|twisted|sliding|slipped',
  WEAK_NUMB: 'weak|weakness|numb|numbness|tingl*|paraly*|dead|heavy|floppy|limp|useless',
  ONE_SIDE:
    'one side|left side|right side|one arm|one leg|half of my body|half my body|half his body|half her body|half of his body|half of her body',
  LIMB: 'arm|arms|leg|legs|hand|hands|foot|feet|fingers|side',
  SUDDEN: 'sudden*|out of nowhere|out of the blue|abruptly',
  SUDDEN_OR_SIDE: 'sudden*|out of nowhere|out of the blue|abruptly|left|right|one',
  STRANGE_SPEECH:
    'garbled|jumbled|muddled|funny|strange|weird|wrong|gibberish|nonsense|drunk|mumbl*|slow|thick|slurred|not right',
  SPEAK:
    'speak|speaking|get words out|get his words out|get her words out|get my words out|get the words out|find words|find his words|find her words|find my words|find the words|form words',
  LOSE: 'lost|lose|losing|loss|gone|went',
  EYE_OR_SUDDEN: 'eye|eyes|sudden*|anything',
  CHEST: 'chest|breastbone|sternum|heart',
  CHEST_PAIN:
    'pain|pains|painful|hurt|hurts|hurting|ache|aches|aching|achy|tight|tightness|tighter|pressure|heavy|heaviness|squeez*|crush*|discomfort|burning|sore|agony|stabbing|sharp',
  RADIATES:
    'arm|arms|jaw|jaws|neck|shoulder|shoulders|back|radiat*|spread*|going down|goes down|going up|goes up|goes through|going through|shooting|moving',
  SWEATY: 'sweat*|clammy|drenched|pale|grey|gray',
  CRUSHING:
    'crush*|pressure|squeez*|elephant|vice|vise|clamp*|heaviness|heavy|weight on|gripping|band around|band round|tight band',
  SELF: 'myself|himself|herself|themselves|themself|meself',
  INTENT:
    'want|wanted|wanting|wanna|going to|gonna|thinking|thought|thoughts|urge|urges|feel like|felt like|tempted|plan|planning|might|keep|been|started|again',
  A_LIFE:
    'my life|my own life|his life|her life|his own life|her own life|their life|their own life|own life|it all',
  WANT_TO_GO_ON:
    'want to be here|want to be alive|want to live|want to wake up|want to exist|want to go on|want to carry on|want to be around|wanna be here|wanna live',
  PILLS: 'pills|pill|tablets|tablet|meds|medication|medications|paracetamol|painkillers|insulin',
  ON_PURPOSE:
    'on purpose|purposely|deliberately|intentionally|at once|in one go|all together|all at once|to end',
  NO_MEMORY:
    'dont remember|cant remember|doesnt remember|didnt remember|no memory|dont recall|cant recall',
  CANT_WAKE:
    'cant wake|wont wake|couldnt wake|cannot wake|can not wake|unable to wake|not waking|wouldnt wake|isnt waking',
  PERSON:
    'he|she|hes|shes|him|her|mum|mom|mother|dad|father|grandad|granddad|grandpa|grandma|gran|granny|nan|nana|husband|wife|partner|son|daughter|brother|sister|uncle|aunt|friend|they|theyre|patient|baby|child|boyfriend|girlfriend|grandmother|grandfather',
  NOT: 'not|doesnt|didnt|dont|cant|couldnt|cannot|no longer|wont|isnt|wasnt',
  KNOWN_PEOPLE:
    'me|us|family|own|anyone|anybody|people|faces|wife|husband|daughter|son|mum|dad|her|him|them|his|my|where|home',
  NO_SENSE:
    'not making sense|making no sense|no sense|any sense|doesnt make sense|not make sense|nonsense|gibberish',
  WHERE_WHO:
    'where he is|where she is|where i am|where they are|where we are|where he was|where she was|where i was|what day it is|what year it is|who i am|who he is|who she is|who they are|who we are',
} as const;
