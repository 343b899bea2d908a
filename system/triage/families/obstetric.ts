import { near, ordered, unless, word } from '../RedFlagPattern.js';
import type { FamilyDefinition } from '../RedFlagRule.js';

/** Pregnancy and birth emergencies (RCOG, NICE NG121, NG133, NHS pregnancy pages). */
export const OBSTETRIC: FamilyDefinition = {
  findings: [
    {
      id: 'fell_down',
      antecedent: 'event',
      patterns: [
        unless(
          ordered(3, 'fell|tripped|slipped|fallen', 'down|over|off|onto|on the'),
          'asleep|for it|behind|out with|in love',
          3,
        ),
      ],
    },
    {
      // An unplanned birth outside hospital: mother and baby need an ambulance (NHS, RCOG).
      id: 'unplanned_birth',
      patterns: [
        word(
          'just gave birth|has just given birth|just given birth|just had the baby|just had a baby|gave birth at home|gave birth in the|baby came out|had the baby in the|birth in the bathroom|born in the',
        ),
      ],
    },

    {
      // RCOG: a blow to the bump (a fall, a kick, a crash) needs the baby and placenta checked
      // the same day, however well the mother feels.
      id: 'bump_trauma',
      antecedent: 'event',
      patterns: [
        near(
          8,
          'fell|fall|fallen|falling|tripped|slipped|knocked|kicked|punched|landed|crashed|thrown',
          'onto her bump|onto my bump|on her bump|on my bump|onto the bump|on the bump|onto her tummy|onto my tummy|on her tummy|on my tummy|onto her belly|onto my belly|in the bump|in her bump|in my bump',
        ),
      ],
    },

    {
      id: 'pregnant',
      antecedent: true,
      patterns: [
        unless(
          word(
            'pregnant|pregnancy|preggers|preg|pg|weeks pregnant|expecting|positive test|positive pregnancy test|test is positive|test was positive|my bump|the bump|baby bump|antenatal|midwife|trimester|gestation|due date|braxton|fetal|foetal|baby move|baby moving|baby movements|babys movements|period is late|period late|missed period|missed my period|late period|weeks late|ectopic',
          ),
          'not pregnant|trying to get|trying for|when i get|if i get|next pregnancy|planning|before i get|bump on|bump to|bumped|speed bump|little bump',
          3,
        ),
        near(
          6,
          'test|pregnancy test|tests',
          'positive|came back positive|was positive|its positive',
        ),
      ],
    },
    {
      id: 'postpartum',
      antecedent: true,
      patterns: [
        word(
          'gave birth|given birth|giving birth|had our baby|had baby|had their baby|had his baby|had my baby|had the baby|had her baby|have baby|had a baby|since baby|since the baby|after birth|after the birth|after giving birth|postnatal|postpartum|post partum|c section|csection|caesarean|cesarean|new mum|just had a baby|after my baby|since i gave birth',
        ),
      ],
    },
    {
      id: 'vaginal_bleeding',
      patterns: [
        unless(
          word('bleeding|bleed|bled|blood|spotting|clots|clot|bloody discharge|show'),
          'test|tests|results|pressure|sugar|gums|nose|nosebleed|piles|bum|bottom|finger|cut|knee|shaving|hand|toe|paper|lip|mouth|stopped',
          8,
        ),
      ],
    },
    {
      id: 'heavy_vaginal_bleeding',
      patterns: [
        near(
          8,
          'bleed*|bleeding|blood|clots',
          'heavy|heavily|really heavily|loads|a lot|lots|very very much|very much|soaking|soaked|pouring|gushing|big clots|large clots|through pads|every hour|every half hour|golf ball|plum',
        ),
        near(8, 'pad|pads|towel|towels', 'soaking|soaked|every hour|every half hour|through'),
      ],
    },
    {
      id: 'shoulder_tip',
      patterns: [near(8, 'shoulder|shoulder tip', 'pain|ache|aching|hurts|weird ache|sharp')],
    },
    {
      id: 'one_sided_pelvic_pain',
      patterns: [
        near(
          8,
          'sharp|stabbing|severe|bad|dull|ache|pain|cramp*',
          'low on my right|low on my left|lower right|lower left|right side|left side|one side|low down|lower tummy|lower belly|lower abdomen|pelvis|pelvic|groin',
        ),
      ],
    },
    {
      id: 'reduced_movements',
      patterns: [
        near(
          6,
          'dont think|do not think|not sure|cant remember when|cant remember the last time',
          'has moved|moved|kicked|has kicked|felt him move|felt her move|felt baby move|felt it move',
        ),

        near(
          10,
          'baby|babys|bump|she|he|shes|hes|him|them|her|movements|kicks|kicking',
          'not moving|hasnt moved|has not moved|not moved|not feel|dont feel|cant feel|hardly anything|barely anything|havent felt|not felt|havent really felt|not feeling|stopped moving|quiet|quieter|less|fewer|reduced|slowed down|no movement|no movements|not kicked|hasnt kicked|isnt moving|not as much|barely moving|only a couple|couple of flutters|few flutters|hasnt really moved|not really moved|hasnt moved much|not moved much|little flutters',
        ),
        word(
          'reduced movements|reduced fetal movements|reduced foetal movements|no movements|baby not moving|baby hasnt moved',
        ),
      ],
    },
    {
      id: 'preeclampsia_signs',
      patterns: [
        word(
          'seeing spots|flashing lights|flashing|spots in front|spots before my eyes|blurred vision|blurry vision|vision is blurry|vision blurred|swollen face|face is swollen|face swelling|puffy face|hands swollen|swollen hands|fingers swollen|rings dont fit|pain under my ribs|pain under the ribs|under my ribs|right under my ribs|pre eclampsia|preeclampsia|protein in my urine|see stars|seeing stars|sees stars|saw stars|seeing sparkles|sparkles in my eyes|top of stomach hurt|top of her stomach hurt|top of my stomach hurt',
        ),
        near(
          4,
          'terrible|severe|bad|awful|worst|pounding|banging|splitting|really bad',
          'headache|head ache',
        ),
        near(4, 'face|hands|fingers', 'puffy|swollen|puffed up'),
        near(
          4,
          'headache|head ache',
          'wont shift|wont go|not going|wont go away|since this morning',
        ),
      ],
    },
    {
      id: 'waters_broken',
      patterns: [
        word(
          'waters leaked|waters leaking|waters went|waters broke|waters broken|waters have broken|waters gone|waters have gone|my waters|water coming|waters coming|fluid coming|water leaking|leaking fluid|leaking water|gush of fluid|gush of water|trickle of fluid|fluid leaking|clear fluid|pprom|membranes|waters might have gone|waters may have gone|think my waters|waters might have broken',
        ),
      ],
    },
    {
      id: 'cord_prolapse',
      patterns: [
        near(8, 'loop|something soft', 'in my vagina|vagina|coming out'),
        near(6, 'cord', 'coming out|came out|hanging|can see|can feel|poking out|out of'),
        near(8, 'loop|something soft|something', 'in my vagina|vagina|coming out'),
      ],
    },
    {
      id: 'imminent_birth',
      patterns: [
        word(
          'need to push|urge to push|want to push|feel the head|can feel the head|feel the babys head|baby is coming|head is coming|i can see the head|can see the head|crowning|baby coming now|babys coming now|baby is coming now|head is out|the head is out',
        ),
      ],
    },
    {
      id: 'postpartum_psychosis',
      patterns: [
        word(
          'baby isnt ours|baby is not ours|watching her through|watching me through|watching us through|talking really fast|talking so fast|paranoid|delusion*|hearing voices|thinks people are|not slept for|hasnt slept for|havent slept for',
        ),
      ],
    },
    {
      id: 'meconium',
      patterns: [
        near(8, 'water|waters|fluid', 'green|greenish|green colour|green color|brown|dark green'),
      ],
    },
    {
      id: 'contractions',
      patterns: [
        word(
          'contractions|contraction|tightenings|tightening|labour|labor|in labour|pressure down below|pushing|urge to push|every 5 mins|every 5 minutes|every few minutes|regular pains|coming and going',
        ),
      ],
    },
    {
      id: 'abruption_signs',
      patterns: [
        near(
          10,
          'bump|tummy|belly|stomach|womb|uterus',
          'rock hard|hard as|gone hard|very hard|doesnt relax|wont relax|not relaxing|constant|constant pain|wont go|rigid',
        ),
        near(
          8,
          'constant|continuous|doesnt come and go|doesnt stop',
          'pain|ache',
          'back|bump|tummy|belly',
        ),
      ],
    },
    {
      id: 'postpartum_breathless',
      patterns: [
        word(
          'cant breathe lying flat|propped on pillows|woke up gasping|short of breath|breathless*|cant breathe|chest pain|sharp pain in my chest',
        ),
      ],
    },
    {
      id: 'abdominal_pain',
      patterns: [
        near(
          5,
          'tummy|stomach|belly|abdomen|abdominal|abdo|bump|pelvis|pelvic|side|womb',
          'pain|pains|ache|aching|hurts|hurting|cramp*|cramping|agony|sore|stabbing|sharp',
        ),
      ],
    },
  ],
  rules: [
    {
      family: 'obstetric',
      acuity: 1,
      when: [
        ['imminent_birth', 'infant'],

        ['unplanned_birth', 'bleeding_any'],
        ['unplanned_birth', 'vaginal_bleeding'],

        ['pregnant', 'seizure'],
        ['cord_prolapse'],
        ['imminent_birth', 'gestation'],
        ['imminent_birth', 'pregnant'],
        ['imminent_birth', 'contractions'],
        // RCOG: a pregnancy of a few weeks with a collapse is a ruptured ectopic until shown not.
        ['pregnant', 'collapse', 'shock_signs'],
        ['pregnant', 'collapse', 'pale_grey'],
        ['postpartum', 'seizure'],
        ['postpartum', 'heavy_vaginal_bleeding', 'shock_signs'],
        ['postpartum', 'heavy_vaginal_bleeding', 'drowsy'],
        ['pregnant', 'heavy_vaginal_bleeding', 'collapse'],
        ['postpartum', 'vaginal_bleeding', 'unresponsive'],
      ],
    },
    {
      family: 'obstetric',
      acuity: 2,
      when: [
        ['gestation_ge_20', 'fell_down'],

        ['gestation_ge_20', 'fell_down', 'abdominal_pain'],
        ['gestation_ge_20', 'fell_down', 'abdominal_pain_any'],
        ['pregnant', 'fell_down', 'abdominal_pain_any'],

        ['pregnant', 'bump_trauma'],
        ['gestation', 'bump_trauma'],

        ['pregnant', 'heavy_vaginal_bleeding'],
        ['postpartum', 'heavy_vaginal_bleeding'],
        ['gestation_ge_20', 'vaginal_bleeding'],
        ['pregnant', 'vaginal_bleeding', 'abdominal_pain'],
        ['pregnant', 'vaginal_bleeding', 'near_faint'],
        ['pregnant', 'shoulder_tip'],
        ['pregnant', 'one_sided_pelvic_pain', 'near_faint'],
        ['pregnant', 'one_sided_pelvic_pain', 'collapse'],
        ['pregnant', 'one_sided_pelvic_pain', 'vaginal_bleeding'],
        ['shoulder_tip', 'one_sided_pelvic_pain'],
        ['pregnant', 'reduced_movements'],
        ['gestation', 'reduced_movements'],
        ['pregnant', 'preeclampsia_signs'],
        ['gestation', 'preeclampsia_signs'],
        ['postpartum', 'postpartum_psychosis'],
        ['postpartum', 'preeclampsia_signs'],
        ['bp_pregnancy_severe'],
        ['bp_pregnancy_high', 'preeclampsia_signs'],
        ['bp_pregnancy_high', 'headache'],
        ['gestation_preterm', 'waters_broken'],
        ['waters_broken', 'fever'],
        ['waters_broken', 'fever_reading'],
        ['pregnant', 'meconium'],
        ['gestation', 'meconium'],
        ['waters_broken', 'meconium'],
        ['pregnant', 'high_energy_injury'],
        ['gestation', 'high_energy_injury'],
        ['gestation_preterm', 'contractions'],
        ['pregnant', 'abruption_signs'],
        ['gestation', 'abruption_signs'],
        ['postpartum', 'postpartum_breathless'],
        ['postpartum', 'calf_swelling'],
        ['postpartum', 'fever_reading'],
        ['postpartum', 'fever', 'shock_signs'],
        ['pregnant', 'severe_pain'],
        ['pregnant', 'abdominal_pain', 'severe_pain'],
        ['pregnant', 'fever_reading', 'abdominal_pain'],
      ],
    },
  ],
};
