import { near, unless, word } from '../RedFlagPattern.js';
import type { FamilyDefinition } from '../RedFlagRule.js';
import { RED_FLAG_CONCEPTS as V } from '../redFlagConcepts.js';

const LIMB_SIDE =
  'one foot|dragging|one side|left side|right side|one arm|one leg|left arm|right arm|left leg|right leg|left hand|right hand|left foot|right foot|half of my body|half my body|half his body|half their body|half her body|half of his body|half of their body|half of her body|same side|that side|whole side';
const WEAK =
  'weak|weaker|weakness|numb|numbness|tingl*|paraly*|dead|heavy|heaviness|floppy|limp|useless|clumsy|gave way|gave out|wont work|not working|stopped working|cant feel|no feeling|no strength|droopy|drooping|dragging';

/** Stroke and TIA: BE-FAST signs, posterior circulation, sudden loss of vision (AHA/ASA, NICE NG128). */
export const STROKE: FamilyDefinition = {
  findings: [
    {
      id: 'stroke_words',
      patterns: [
        unless(
          word(
            'stroke|strokes|tia|mini stroke|mini strokes|transient ischaemic|transient ischemic',
          ),
          'luck|genius|heat|back|brush|stroking|cat|dog|review|clinic|annual|nurse|rehab|unit|risk|badge|form|gave me|give me|nearly|almost',
          3,
        ),
      ],
    },
    {
      id: 'face_droop',
      patterns: [
        unless(
          near(
            6,
            V.FACE,
            `${V.DROOP}|twisted|slipped|looks wrong|looked wrong|looks funny|looks odd|looks different|one sided|not symmetrical|pulled to one side`,
          ),
          'botox|filler|dentist|injection|bells palsy before',
          6,
        ),
      ],
    },
    {
      id: 'limb_weak',
      patterns: [
        // "her left leg and arm just won't do what she tells them"
        near(
          6,
          LIMB_SIDE,
          'wont do what|will not do what|doesnt do what|dont do what|wont obey|not doing what',
        ),
        // Neglect of one side (NICE NG128's visual and spatial signs), told as what is seen.
        near(
          6,
          'ignoring|ignores|not noticing|doesnt notice|cant see anything on',
          'left side|right side|her left|his left|their left|her right|his right|their right|my left|my right',
        ),
        near(
          6,
          'only ate|only eats|only eaten|only eating|left the',
          'half of her plate|half of his plate|half of their plate|half of the plate|half her plate|half his plate|half their plate|half of her dinner|half of his dinner',
        ),
        near(
          6,
          'bumping into|bumps into|walking into|walks into|banging into',
          'on the left|on her left|on his left|on their left|on the right|on her right|on his right|on their right',
        ),

        word(
          'falling to one side|falls to one side|leaning to one side|leans to one side|slumping to one side|slumps to one side|tipping to one side|listing to one side',
        ),

        near(
          6,
          'slipped out of|slipping out of|slips out of|fell out of|falling out of|falls out of|dropped out of',
          'hand|hands|grip|fingers',
        ),

        near(8, WEAK, LIMB_SIDE),
        near(8, WEAK, V.LIMB, V.SUDDEN),
        near(6, V.NOT_ABLE_TO, V.USE_LIMB, V.LIMB, V.SUDDEN_OR_SIDE),
        near(
          6,
          'cant|cannot|can not|couldnt|unable to|wont',
          'lift|raise|move|grip|hold|use',
          'left|right|his arm|their arm|her arm|my arm|his leg|their leg|her leg|my leg|his hand|their hand|her hand|my hand',
        ),
        near(
          6,
          'dropping|dropped|drops',
          'things|cup|pen|my pen|his cup|their cup|her cup|everything',
        ),
        near(6, 'leg|legs', 'gave way|gave out|buckled|went from under'),
        word(
          'belongs to someone else|belong to someone else|not my hand|someone elses hand|doesnt notice his left|doesnt notice their left|doesnt notice her left|ignoring his left|ignoring their left|ignoring her left|right half of his dinner|right half of their dinner|right half of her dinner|bumping into things on his left|bumping into things on their left|bumping into things on her left',
        ),
        near(6, 'arm|leg|hand', 'went dead|gone dead|goes dead'),
      ],
    },
    {
      id: 'speech_trouble',
      patterns: [
        near(4, 'words|speech|talking', 'mushy|mumbly|slurry|garbled|all slurred'),

        near(
          4,
          'words|speech',
          'coming out wrong|coming out all wrong|come out wrong|all mixed up|mixed up|jumbled|is off|are off|all wrong',
        ),

        // BE-FAST's speech: slurred words without a drink ("my wife says i sound drunk").
        near(
          4,
          'sound|sounds|sounding|talking|talks|speaking|speech|voice',
          'drunk|tipsy|pissed|wasted|slurry',
        ),

        word(V.SLURRING),
        near(4, V.SPEECH, V.STRANGE_SPEECH),
        near(3, V.NOT_ABLE, V.SPEAK),
        near(
          4,
          'cant|cannot|couldnt|unable|struggling',
          'find his words|find their words|find her words|find my words|find the words|find words|get a sentence out|get words out|get his words out|get their words out|get her words out|say what|talk properly|speak properly',
        ),
        word(
          'cant understand anything|cant understand what|doesnt understand what|random words|nonsense words|words hard|words are hard|hard to get words|aphasia|dysphasia|talking gibberish|words are jumbled|words came out wrong|words coming out wrong|wrong words|mixing up words|muddled words|garbled',
        ),
      ],
    },
    {
      id: 'vision_loss',
      patterns: [
        near(3, 'cant see|cannot see|cant focus', 'straight|strait|properly|clearly|right'),

        near(
          8,
          'sudden*',
          'trouble seeing|difficulty seeing|problems seeing|problem seeing|struggling to see|cant see properly|cant see straight|seeing out of',
        ),

        near(4, V.LOSE, V.VISION),
        near(3, 'blind', 'eye|eyes|suddenly|sudden|went|gone|going'),
        near(5, V.CANT_SEE, V.EYE_OR_SUDDEN),
        near(6, V.WENT, V.DARK, V.ONE_EYE),
        word(
          'lost the right half|lost the left half|half of everything|right half of everything|left half of everything|double vision|seeing double|curtain came down|black curtain|curtain over|shadow over my eye|lost the sight|lost my sight|half my vision|half of my vision',
        ),
        near(5, 'sudden*', 'vision|sight|eye|eyes|blind'),
      ],
    },
    {
      id: 'balance_vertigo',
      patterns: [
        word(
          'vertigo|room spinning|room is spinning|spinning|unsteady|off balance|cant walk straight|cant stand up straight|falling to one side|keeps falling over|staggering|walking like hes drunk|walking like shes drunk|cant keep my balance|lost my balance|ataxic',
        ),
      ],
    },
    {
      id: 'swallow_trouble',
      patterns: [
        near(
          5,
          'cant|cannot|can not|unable to|struggling to|trouble|difficult*|hard to',
          'swallow|swallowing',
        ),
        word('going down the wrong way|goes down the wrong way|choking on drinks|choking on water'),
      ],
    },
    {
      id: 'face_numb',
      patterns: [
        near(
          5,
          'face|cheek|lip|lips|mouth|side of my face|side of his face|side of their face|side of her face',
          'numb|numbness|tingl*|dead|no feeling|feels weird|feels funny|feels strange|feels odd',
        ),
      ],
    },
  ],
  rules: [
    {
      family: 'stroke',
      acuity: 1,
      when: [
        ['face_droop', 'unresponsive'],
        ['limb_weak', 'unresponsive'],
        ['limb_weak', 'very_drowsy'],
      ],
    },
    {
      family: 'stroke',
      acuity: 2,
      when: [
        ['stroke_words'],
        ['face_droop'],
        ['limb_weak'],
        ['speech_trouble'],
        ['vision_loss'],
        ['balance_vertigo', 'sudden'],
        ['balance_vertigo', 'vomiting'],
        ['balance_vertigo', 'swallow_trouble'],
        ['balance_vertigo', 'face_numb'],
        ['swallow_trouble', 'face_numb'],
        ['swallow_trouble', 'sudden'],
        ['face_numb', 'sudden'],
        ['face_numb', 'limb_weak'],
      ],
    },
  ],
};
