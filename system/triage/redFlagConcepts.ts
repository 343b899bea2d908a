/**
 * Concepts shared by the red-flag patterns, in the notation of `RedFlagPattern`: words and
 * short phrases separated by `|`, stems (5 letters or more) ending in `*`, no apostrophes.
 */
export const RED_FLAG_CONCEPTS = {
  NOT_ABLE:
    'cant|cannot|can not|couldnt|could not|unable|not able|struggl*|barely|hardly|trouble|difficult*|hard|fighting|fight for',
  BREATH: 'breath*|air',
  SKIN_SITES: 'lips|lip|face|skin|fingers|fingertips|mouth',
  BLUE: 'blue|bluish|purple|grey|gray|dusky',
  TURNING: 'going|gone|turning|turned|went|goes',
  LABOURED: 'laboured|labored|noisy|rattling|rattly|shallow',
  GASP: 'gasp|gasps|gasped|gasping|choke|chokes|choked|choking|suffocat*',
  ANAPHYLAXIS: 'anaphyla*|epipen|epipens|epi pen|adrenaline pen|autoinjector|auto injector',
  CLOSING: 'closing|close|closes|closed|shut|shutting|narrow*',
  TIGHT: 'tight|tighter|tightening|tightness|tightened',
  SWELL: 'swell*|swollen|ballooning|blowing up|puffing up|puffed up|blown up|blew up|balloon*',
  TONGUE_LIPS: 'tongue|tongues|lips|lip|mouth|face|eyelids',
  BIGGER: 'thick|thicker|bigger|getting bigger|huge|enormous|massive',
  ALLERGEN:
    'sting|stung|stinger|bee|bees|wasp|wasps|hornet|nut|nuts|peanut*|cashew*|almond*|prawn*|shrimp|shellfish|seafood|allerg*|reaction|penicillin|antibiotic*|latex|injection|jab|vaccine|ate|eaten|eating',
  HIVES: 'hives|welts|rash|blotch*|itchy|itching|lumps|bumps',
  AIRWAY:
    'breath*|air|wheez*|throat|tongue|lips|gasp|gasping|choking|chest tight|tight chest|chest is tight|chest feels tight|chest tightness|tightness in my chest',
  BLEED: 'bleed*|bled|blood',
  NOT_STOPPING:
    'wont stop|will not stop|not stopping|doesnt stop|does not stop|isnt stopping|cant stop|cannot stop|can not stop|couldnt stop|wouldnt stop|nonstop|non stop|keeps coming|still coming|unstoppable|hasnt stopped|has not stopped|not slowing',
  A_LOT: 'heavily|badly|lot|lots|loads|profusely|everywhere|much|heavy',
  HEAVY: 'heavy|heavily|severe|massive|profuse|uncontrolled|uncontrollable|major',
  HAEMORRHAGE: 'haemorrhag*|hemorrhag*|coffee grounds',
  MUCH_OF:
    'lot of|lots of|loads of|so much|pool of|pools of|litres of|liters of|losing|lost|covered in|soaked in|full of|puddle of',
  GUSHING: 'everywhere|pouring|gushing|spurt*|pumping|squirting|streaming|spraying',
  BRING_UP:
    'vomit*|coughing up|coughed up|cough up|coughs up|throwing up|threw up|throw up|puking|puked|puke|spitting|spat|bringing up|brought up|being sick|retching',
  COUGH: 'cough|coughs|coughing|coughed',
  SPUTUM: 'vomit|sick|phlegm|spit|mucus|sputum|saliva',
  SOAKED: 'soaked|soaking|soaks',
  DRESSING: 'towel*|through|bandage*|dressing*|pad|pads',
  FACE: 'face|faces|facial|mouth|smile|smiling|lip|lips|eyelid|cheek',
  DROOP:
    'droop*|dropped|dropping|sagging|sagged|saggy|slumped|lopsided|crooked|uneven|wonky|fallen|numb|numbness|paraly*|frozen|isnt moving|not moving|wont move|cant move|stopped moving|hanging|hanging down|hangs down|slid down|sliding down|pulled down',
  WEAK_NUMB: 'weak|weakness|numb|numbness|tingl*|paraly*|dead|heavy|floppy|limp|useless',
  ONE_SIDE:
    'one side|left side|right side|one arm|one leg|half of my body|half my body|half his body|half her body|half of his body|half of her body',
  LIMB: 'arm|arms|leg|legs|hand|hands|foot|feet|fingers|side',
  SUDDEN: 'sudden*|out of nowhere|out of the blue|abruptly',
  SUDDEN_OR_SIDE: 'sudden*|out of nowhere|out of the blue|abruptly|left|right|one',
  NOT_ABLE_TO: 'cant|cannot|can not|couldnt|could not|unable|not able|wont|will not',
  USE_LIMB: 'lift|raise|move|hold up|feel|grip|work|use',
  SLURRING: 'slur|slurs|slurred|slurring|slurry|garbled|garbling',
  SPEECH: 'speech|speaking|talking|words|sentences',
  STRANGE_SPEECH:
    'garbled|jumbled|muddled|funny|strange|weird|wrong|gibberish|nonsense|drunk|mumbl*|slow|thick|slurred|not right',
  SPEAK:
    'speak|speaking|get words out|get his words out|get her words out|get my words out|get the words out|find words|find his words|find her words|find my words|find the words|form words',
  LOSE: 'lost|lose|losing|loss|gone|went',
  VISION: 'vision|sight|eyesight',
  CANT_SEE: 'cant see|cannot see|can not see|couldnt see|unable to see',
  EYE_OR_SUDDEN: 'eye|eyes|sudden*|anything',
  WENT: 'went|gone|goes|going|turned',
  DARK: 'black|dark|blank|blurry|grey|white|dim|dimmer|misty',
  ONE_EYE: 'vision|eyesight|one eye|left eye|right eye|in my eye|in his eye|in her eye|both eyes',
  HEART_ATTACK: 'heart attack|heart attacks|cardiac arrest|angina',
  CHEST:
    'chest|breastbone|sternum|around my heart|near my heart|over my heart|heart area|in my heart',
  CHEST_PAIN:
    'pain|pains|painful|hurt|hurts|hurting|ache|aches|aching|achy|tight|tightness|tighter|pressure|heavy|heaviness|squeez*|crush*|discomfort|burning|sore|agony|stabbing|sharp|holding|clutching|gripping|grabbing',
  RADIATES:
    'arm|arms|jaw|jaws|neck|shoulder|shoulders|back|radiat*|spread*|going down|goes down|going up|goes up|goes through|going through|shooting|goes into|going into|moves into|moving into|travels|travelling|traveling|into my',
  SWEATY: 'sweat*|clammy|drenched|pale|grey|gray',
  CRUSHING:
    'crush*|squeez*|elephant|vice|vise|clamp*|heaviness|heavy|weight on|gripping|band around|band round|tight band|pressure in|pressure on|pressure across|pressure around|chest pressure|heavy pressure|pressure like|lot of pressure|sitting on|sat on|standing on|sitting on top',
  SUICIDE: 'suicid*|overdos*|self harm|self harming|self harmed|selfharm|self injur*|unalive*',
  KILL: 'kill|kills|killing|harm|harming|harmed|hang|hanging|strangl*|poison*',
  OTHER_MEANS: 'drown|drowning|starve|starving|shoot|shooting|stab|stabbing',
  HURT: 'hurt|hurting|harm|harming|cut|cutting|burn|burning|injure',
  SELF: 'myself|himself|herself|themselves|themself|meself',
  INTENT:
    'want|wanted|wanting|wanna|going to|gonna|thinking|thought|thoughts|urge|urges|feel like|felt like|tempted|plan|planning|might|keep|been|started|again',
  A_LIFE:
    'my life|my own life|his life|her life|his own life|her own life|their life|it all|it|things|everything',
  OWN_LIFE: 'my own life|his own life|her own life|their own life|own life|my life',
  WISH: 'want|wants|wanna|wanted|wish|wishes|wishing|wished|ready|rather|hope|hoping|pray',
  BETTER_OFF: 'without me|dead|gone|wasnt here|werent here|not here|not around',
  NEGATED: 'dont|do not|didnt|no longer|not',
  WANT_TO_GO_ON:
    'want to be here|want to be alive|want to live|want to wake up|want to exist|want to go on|want to carry on|want to be around|wanna be here|wanna live',
  NEVER_WAKE: 'never wake|not wake|not to wake|never to wake',
  NO_POINT: 'point|reason|nothing|worth',
  LIVING: 'living|to live|live for|being alive|carrying on',
  HOARD: 'stockpil*|hoard*|saving up|saved up|stashed|stash|collecting',
  PILLS: 'pills|pill|tablets|tablet|meds|medication|medications|paracetamol|painkillers|insulin',
  ON_PURPOSE:
    'on purpose|purposely|deliberately|intentionally|at once|in one go|all together|all at once|to end',
  IT_ALL: 'it all|everything|all of it|my life',
  OVER: 'to be over|to end|over with|be over',
  JUMP: 'jump|jumping|jumped',
  HEIGHT: 'bridge|train|roof|building|cliff|in front of',
  FAINTED: 'fainted|fainting|faints|fainty|unconscious*|consciousness|collaps*|unresponsive',
  FEEL_FAINT: 'feel faint|felt faint|feeling faint|going to faint|about to faint|nearly faint*',
  OUT_COLD:
    'blackout|blackouts|out cold|knocked out|went limp|dropped to the floor|dropped to the ground|slumped over|crumpled|hit the floor',
  PASSED: 'pass|passed|passing|passes|black|blacked|blacking',
  CAME_TO: 'woke|came round|came to|came around',
  FLOOR: 'floor|ground',
  NO_MEMORY:
    'dont remember|cant remember|doesnt remember|didnt remember|no memory|dont recall|cant recall',
  FALLING: 'hitting|falling|fall|fell|floor|ground|collaps*',
  WENT_BLACK: 'went black|went dark|went blank|went dim',
  DOWN: 'floor|ground|fell|fall|woke|came to',
  NOT_RESPONDING: 'isnt responding|not responding|wont respond|wouldnt respond|stopped responding',
  CANT_WAKE:
    'cant wake|wont wake|couldnt wake|cannot wake|can not wake|unable to wake|not waking|wouldnt wake|isnt waking',
  WONT_WAKE_UP: 'wont wake up|cant wake up|not waking up|isnt waking up|wouldnt wake up',
  PERSON:
    'he|she|hes|shes|him|her|mum|mom|mother|dad|father|grandad|granddad|grandpa|grandma|gran|granny|nan|nana|husband|wife|partner|son|daughter|brother|sister|uncle|aunt|friend|they|theyre|patient|baby|child|boyfriend|girlfriend|grandmother|grandfather',
  DELIRIUM:
    'disorient*|delirious|delirium|hallucinat*|incoherent|seeing things|hearing things|things that arent there|people who arent there',
  CONFUSED: 'confus*|muddled|befuddled|not herself|not himself|out of it',
  SUDDENLY: 'suddenly|sudden|acting|agitated|drowsy|completely|totally|woke',
  NOT: 'not|doesnt|didnt|dont|cant|couldnt|cannot|no longer|wont|isnt|wasnt',
  KNOWN_PEOPLE:
    'me|us|family|own|anyone|anybody|people|faces|wife|husband|daughter|son|mum|dad|her|him|them|his|my|where|home',
  SAYS: 'talking|talks|saying|says|words|speak|speaking',
  NO_SENSE:
    'not making sense|making no sense|no sense|any sense|doesnt make sense|not make sense|nonsense|gibberish',
  KNOW: 'know|knows|knew|sure|idea|remember|realise|realize|knowing',
  WHERE_WHO:
    'where he is|where she is|where i am|where they are|where we are|where he was|where she was|where i was|what day it is|what year it is|who i am|who he is|who she is|who they are|who we are|who i was|who he was|who she was|who we were|who they were|where they were|where we were|who anyone is|who anybody is|who people are',
  GETTING_LOST: 'lost|getting lost|got lost|gets lost',
  OWN_HOME: 'own house|own home|own street|own road|own kitchen',
} as const;
