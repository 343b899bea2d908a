import { near, ordered, unless, word } from '../RedFlagPattern.js';
import type { FamilyDefinition } from '../RedFlagRule.js';
import { RED_FLAG_CONCEPTS as V } from '../redFlagConcepts.js';

/** Words for the people a message may be about, as its subject. */
export const PERSON = V.PERSON;

// Signs shared by many families: the state of the whole person.
const UNRESPONSIVE =
  'unresponsive|unrousable|unconscious*|not responding|isnt responding|wont respond|wouldnt respond|stopped responding|not really responding|barely responding|doesnt respond|no response|not answering|wont answer|wouldnt answer|cant answer|doesnt answer|cant wake|cannot wake|can not wake|couldnt wake|wont wake|wouldnt wake|unable to wake|not waking|isnt waking|hard to wake|difficult to wake|impossible to wake|hard to rouse|cant rouse|wont rouse|not rousing|drifting in and out|in and out of consciousness|in and out of it|barely conscious|semi conscious|not conscious|lost consciousness|out cold|not with it at all|wont come round|not coming round|hasnt come round|hasnt woken|never woke|not woken|hasnt woken up';

/** Findings shared across families: collapse, altered consciousness, shock, fever, pain. */
export const GENERAL: FamilyDefinition = {
  findings: [
    {
      id: 'unresponsive',
      patterns: [
        word(UNRESPONSIVE),
        near(
          3,
          'sleep|sleeps|sleeping|asleep',
          'hard to talk to|cant talk to|wont talk|not talking',
        ),
        ordered(
          3,
          'slumped|lying|collapsed|found',
          'not moving|wont move|not responding|not answering',
        ),
        near(4, 'floppy|limp', 'not responding|unresponsive|cant wake|wont wake|no response'),
        near(4, 'eyes', 'rolled back|rolling back|rolled up'),
      ],
    },
    {
      id: 'collapse',
      patterns: [
        unless(
          word(
            'fainted|fainting|faints|fainty|collaps*|keeled over|blacked out|blacking out|black out|blacks out|blackout|blackouts|blanked out|blanking out|blank out|blanks out|passed out|passing out|pissing out|pissed out|went limp|dropped to the floor|dropped to the ground|hit the floor|crumpled|slumped|knocked out|lost consciousness',
          ),
          'laugh*|laughing|tired|exhausted|sofa|couch|nearly|almost|about to|going to faint|going to pass|might|lung|lungs|wifi|internet|system|app|website|deal|business|company|market|prices|tent|shelf|roof|ceiling|bridge|plans|talks',
          5,
        ),
        near(5, V.CAME_TO, V.FLOOR),
        near(
          4,
          'found',
          'on the floor|on the ground|on the bathroom floor|on her floor|on his floor|on their floor|on the kitchen floor|at the bottom of the stairs',
        ),
        near(5, V.NO_MEMORY, V.FALLING),
        near(8, V.WENT_BLACK, V.DOWN),
        ordered(2, 'legs', 'gave way|buckled|went from under'),
      ],
    },
    {
      id: 'near_faint',
      patterns: [
        word(
          'lightheaded|light headed|woozy|faint|feel faint|feeling faint|felt faint|nearly fainted|almost fainted|nearly passed out|almost passed out|about to faint|going to faint|going to pass out|about to pass out|nearly went over|dizzy|dizziness|giddy',
        ),
        near(4, 'vision', 'went grey|going grey|went dark|going dark|tunnel'),
        ordered(3, 'had to', 'lie on the floor|sit on the floor|lie down|sit down'),
      ],
    },
    {
      id: 'confusion',
      patterns: [
        unless(
          word(
            'confus*|disorient*|all jumbled|delirious|delirium|muddled|befuddled|incoherent|hallucinat*|seeing things|hearing things|not making sense|making no sense|talking nonsense|talking rubbish|talking gibberish|gibberish|not herself|not himself|not themselves|not with it|out of it|all over the place|away with the fairies|vague|spaced out|glazed|acting strange*|acting really strange|acting really weird|acting very strange|acting weird|acting oddly|acting drunk|saying odd things|saying weird things|cant follow a conversation|cant follow what|talk strange|talking strange|talking strangely|saying strange things|talk strange things|say strange things|making strange|cant think straight|not thinking straight|struggling to think|think straight|thoughts are jumbled|thoughts jumbled|jumbled thoughts|hearing voices|thinks its 19|thinks it is 19|trying to go to work|trying to get to work|paranoid|isnt making sense|not making any sense|keeps repeating|repeating herself|repeating himself|repeating myself|asking the same|rambling|rambles|talking rubbish to us|cant think straight|cant think strait|cant think properly|words all mixed up|more muddled',
          ),
          'by|about|whether|which|form|forms|letter|word|words|instructions|bill|app|website|system|paperwork|why|meaning|hours|times|rules|difference|what to do|grew|grown|grow|how many|how much|how to|what to|tablets|medication|meds|pills|dose|dosage|timetable',
          2,
        ),
        near(5, V.NOT, 'recogni*|recognis*', V.KNOWN_PEOPLE),
        near(4, V.KNOW, V.WHERE_WHO),
        near(
          6,
          'doesnt know|didnt know|dont know|cant tell|couldnt tell|not know|cant work out|couldnt work out|cant remember|doesnt remember',
          'what day|where home is|what year|where they are|where she is|where he is|where i am|what time',
        ),
        near(4, V.GETTING_LOST, V.OWN_HOME),
        ordered(3, 'called me', 'by|the wrong|someone|her sister|his sister|their sister'),
        near(
          4,
          V.PERSON,
          'not making sense|doesnt make sense|no sense|speak strange|talks strange|strange things|weird things',
        ),
      ],
    },
    {
      id: 'drowsy',
      patterns: [
        unless(
          word(
            'drowsy|drowsiness|lethargic|listless|floppy|limp|very sleepy|so sleepy|really sleepy|unusually sleepy|extremely sleepy|super sleepy|keeps falling asleep|keeps nodding off|nodding off|cant stay awake|cant keep him awake|cant keep them awake|cant keep her awake|hard to keep awake|harder to keep awake|getting harder to wake|wont stay awake|sleeping a lot|sleep too much|sleeps too much|sleeping all day|just lies there|just lying there|not interested|floppy and|no energy to move|too weak to|barely moving|sleepier than normal|sleepier than usual|more sleepy than usual|harder to rouse|hard to rouse|difficult to rouse|harder to wake|wont wake for feeds|not waking for feeds|wont really talk|wont talk to us|barely talking|barely responding|not really responding|hardly responding|barely rousable|hardly rousable|barely responsive|hardly responsive|really sleepy|so sleepy|feel sleepy now|sleepy now|feel really sleepy',
          ),
          'antihistamine|tablets|pills|medicine|hay fever|piriton|least|side effect|jab|injection',
          4,
        ),
      ],
    },
    {
      id: 'very_drowsy',
      patterns: [
        word(
          'barely wake|can barely wake|cant wake her properly|cant wake him properly|hard to wake|difficult to wake|only groans|just groans|get is a groan|a groan|barely keep my eyes open|cant keep my eyes open|cant keep her eyes open|cant keep his eyes open|keeps falling asleep|nodding off mid sentence|keep noding off|keep nodding off|cant stay awake|keeps drifting off|keep drifting off|drifting off mid sentence|hard to keep awake|cant keep awake|wont stay awake|very hard to keep awake|struggling to stay awake|keeps passing out|barely rousable|hardly rousable|barely responsive',
        ),
      ],
    },
    {
      id: 'clinician_sent',
      patterns: [
        near(
          16,
          'hospital|gp|doctor|nurse|111|paramedic|consultant|surgery|pharmacist|midwife',
          'told me to go to a e|told me to come in now|told me to come in|said to go to a e|said go to a e|told to go to a e|told us to go to a e|call 999|ring 999|to come in now|go straight to a e|go to a e now|told me to go straight|sent me to a e',
        ),
      ],
    },
    {
      id: 'pale_grey',
      patterns: [
        unless(
          word(
            'pale|paler|pallor|grey|gray|greyish|grayish|ashen|white as a sheet|pasty|colourless|colorless|grey colour|white colour|washed out|deathly|mottled|blotchy|blotches|purple blotches|bluish|blueish|dusky|funny colour|strange colour|weird colour|odd colour|a bad colour|gone a funny colour|horrible colour',
          ),
          'poo|poos|stool|stools|hair|paint|car|cat|dog|sky|clouds|shirt|walls|hoodie|eyes|tongue|nails|spot|spots',
          2,
        ),
        near(3, 'went|gone|going|turned|look|looks|looked|is|very|really', 'white|grey|gray'),
      ],
    },
    {
      id: 'sweating',
      patterns: [
        unless(
          word(
            'sweat*|clammy|drenched|pouring with sweat|cold sweat|sweating buckets|dripping with sweat|sweats|sweaty',
          ),
          'night sweats|menopause|gym|workout|exercise|run|running|hot weather|heatwave|hot flush*|hot flash*|hrt',
          6,
        ),
      ],
    },
    {
      id: 'cold_peripheries',
      patterns: [
        near(
          4,
          'hands|feet|fingers|toes|skin|legs|arms|body|knees',
          'cold|freezing|icy|ice cold|like ice|stone cold',
        ),
      ],
    },
    {
      id: 'fever',
      patterns: [
        unless(
          word(
            'fever|feverish|fevers|high temperature|high temp|a temperature|burning up|boiling hot|red hot|hot to touch|hot to the touch|roasting|hot water bottle|febrile|pyrexia|rigors|rigor|temp is up|temp came up|temperature came up|running a temperature|running a temp|feels hot|is hot|hes hot|shes hot|very hot|really hot|fievre|fiebre|fieber|febbre|febre|temperature too|temp too|temperature as well|and a temperature|got a temperature',
          ),
          'normal|hay|yellow|scarlet|glandular',
          2,
        ),
      ],
    },
    {
      id: 'rigors',
      patterns: [
        near(
          4,
          'shaking|shivering|shivers|shakes|shaky|trembling|teeth chattering|chattering',
          'uncontrollab*|uncontrollably|violent*|like a leaf|cant stop|wont stop|all over|whole body|badly|under the duvet|so much',
        ),
        near(
          6,
          'shaking|shivering|shivers|chills|shakes|shaky',
          'fever|a temperature|temp|hot|burning up',
        ),
        word(
          'rigors|rigor|violent shivering|uncontrollable shivering|uncontrollable shaking|chills|the shivers|shivering fits|shaking fits|teeth chattering|teeth are chattering|cant get warm|under three blankets|under the blankets|cold even under',
        ),
        near(4, 'hot', 'then cold|and cold|freezing'),
      ],
    },
    {
      id: 'vomiting_repeated',
      patterns: [
        near(
          5,
          'vomit*|sick|threw up|thrown up|throwing up|puking|puked|being sick|been sick',
          'twice|times|again|more than once|keeps|keep|repeatedly|several|constant*|all day|all night|since|every|non stop|nonstop|loads|lots',
        ),
        near(3, '#n', 'times', 'vomit*|sick|threw up|thrown up'),
      ],
    },
    {
      id: 'vomiting',
      patterns: [
        word(
          'vomit*|vomitting|threw up|thrown up|throwing up|puking|puked|being sick|been sick|is sick|was sick|keeps being sick|retching|sick everywhere',
        ),
      ],
    },
    {
      id: 'severe_pain',
      patterns: [
        word(
          'agony|agonising|agonizing|excruciating|unbearable|worst pain|worst ever|screaming in pain|screaming with pain|doubled over|writhing|10 out of 10|10 10|9 10|9 out of 10|cant bear|unbearably|terrible pain|horrendous|horrific pain|severe pain|really bad pain|very bad pain|so much pain|in so much pain|very strong pain|big pain|crying in pain|crying with pain',
        ),
      ],
    },
    {
      id: 'sudden',
      patterns: [
        word(
          'sudden*|suddenly|out of nowhere|out of the blue|abrupt*|all of a sudden|came on fast|came on quickly|came on in seconds|instantly|within seconds|in a second|in seconds|like a switch|just now|came on all at once',
        ),
      ],
    },
    {
      id: 'doom',
      patterns: [
        word(
          'impending doom|sense of doom|something terrible is going to happen|something terrible is about to happen|something awful is going to happen|going to die|gonna die|think im dying|feel like im dying|feels like im dying|i am dying|never felt this ill|never felt so ill|worst ive ever felt|feel like death|something is really wrong|something is seriously wrong|something is very wrong|something is badly wrong|somethings really wrong|somethings seriously wrong|somethings very wrong',
        ),
      ],
    },
    {
      id: 'getting_worse',
      patterns: [
        word(
          'getting worse|much worse|worse and worse|worsening|deteriorat*|going downhill|spreading|getting bigger|rapidly|fast|quickly|more and more|harder and harder|getting harder|worse by the minute|worse by the hour|worse now|now worse|its worse now|even worse|worse than before|worse than this morning|worse than earlier',
        ),
      ],
    },
  ],
  rules: [
    { family: 'fainting', acuity: 1, when: [['unresponsive']] },
    { family: 'fainting', acuity: 2, when: [['collapse']] },
    { family: 'confusion', acuity: 2, when: [['confusion'], ['very_drowsy'], ['clinician_sent']] },
  ],
};
