import { near, unless, word } from '../RedFlagPattern.js';
import type { FamilyDefinition } from '../RedFlagRule.js';

const BELLY = 'tummy|stomach|belly|abdomen|abdominal|abdo|gut|bowel|bowels|side|groin|pelvis';

/** The acute abdomen: peritonitis, obstruction, torsion, aneurysm, biliary sepsis (NHS, NICE). */
export const ABDOMINAL: FamilyDefinition = {
  findings: [
    {
      // Peritonism told as what moving does (NICE CKS appendicitis: pain on a jolt or a cough,
      // walking bent): the patient does not say "rebound", they say the car's bumps hurt.
      id: 'peritonism',
      patterns: [
        word(
          'over bumps|over the bumps|over speed bumps|goes over bumps|every bump in the road|every bump|cant stand up straight|cant stand straight|cant straighten up|walking bent over|walking hunched|hunched over|hurts to cough|hurts when i cough|hurts when he coughs|hurts when she coughs|hurts to walk|every step hurts',
        ),
      ],
    },
    {
      id: 'atrial_fibrillation',
      antecedent: true,
      patterns: [
        word('af|atrial fibrillation|a fib|afib|irregular heartbeat|irregular heart beat'),
      ],
    },

    {
      id: 'radiates_back',
      patterns: [
        near(
          5,
          'going|goes|through|straight|radiating|radiates|spreading|spreads|into',
          'to my back|to the back|through to my back|into my back|to back|through to the back|to his back|to her back',
        ),
      ],
    },

    {
      // Nothing stays down, not even water: obstruction or a slipped band (NHS), and
      // dehydration on the way.
      id: 'cant_keep_down',
      patterns: [
        word(
          'bring up everything|bringing up everything|brings up everything|cant keep anything down|cant keep water down|cant even keep water down|cant keep fluids down|cant keep my spit down|cant even keep my spit down|cant swallow my spit|sick after everything|vomiting everything|throwing up everything|even water comes back up|even water comes up|cant keep a sip down',
        ),
      ],
    },

    {
      id: 'abdominal_pain_severe',
      patterns: [
        near(
          8,
          BELLY,
          'agony|agonising|agonizing|excruciating|unbearable|worst|terrible|severe|screaming|doubled over|writhing|very strong|strong pain|big pain|really bad|so bad|awful|stabbing|knifed|like a knife|tearing|10 out of 10|10 10|9 10|cant move|cant stand|cant walk|wont walk|lying still|dead still',
        ),
      ],
    },
    {
      id: 'abdominal_pain_any',
      patterns: [
        near(4, 'sharp|stabbing|cramping|constant', 'belly|tummy|stomach|abdomen'),

        near(5, BELLY, 'pain|pains|ache|aching|hurts|hurting|cramp*|cramping|sore|tender|agony'),
      ],
    },
    {
      id: 'rigid_abdomen',
      patterns: [
        near(
          8,
          `${BELLY}|it|its`,
          'hard as a board|hard as a rock|hard like stone|hard like a stone|rock hard|rigid|board like|hard and swollen|gone hard|really hard|very hard|is hard|feels hard|swollen and hard',
        ),
        word(
          'guarding|peritonitis|any movement hurts|hurts to move|every movement hurts|lying dead still|bumps in the car|every bump|jolting|board hard|hard as a board|board like',
        ),
      ],
    },
    {
      id: 'obstruction',
      patterns: [
        near(
          10,
          'not|havent|hasnt|no|cant|cannot|not been able to',
          'pooed|pooped|poo|poop|bowels opened|bowels open|opened his bowels|opened their bowels|opened her bowels|opened my bowels|farted|fart|passed wind|pass wind|wind',
        ),
        word(
          'vomiting green|green vomit|throwing up green|sick is green|bile|faecal vomit|smells like poo|bowel obstruction|blockage|no bowel movement|no bowel movements|bowels not moved|not opened his bowels|not opened her bowels|vomiting brown|brown vomit|brown smelly|smelly vomit',
        ),
      ],
    },
    {
      id: 'peritonism',
      patterns: [
        word(
          'walking bent over|bent over|walks bent|walk like old man|walking like an old man|wont jump|cant jump|hurts to walk|hurts when he walks|hurts when she walks|bumps in the car|every bump|moving makes it worse|moving makes it much worse|moving makes it so much worse|hurts to move|worse when i move|lying still|lie completely still|keep still|cant move for the pain',
        ),
      ],
    },
    {
      id: 'hernia_stuck',
      patterns: [
        near(
          8,
          'hernia|lump in my groin|lump in his groin|lump in their groin|lump in her groin',
          'wont go back|not going back|cant push it back|wont go in|stuck out|going red|gone red',
        ),
      ],
    },
    {
      id: 'post_op',
      antecedent: true,
      patterns: [
        near(
          8,
          'op|operation|surgery|procedure|removed|biopsy|colonoscopy|endoscopy|sleeve|bypass|hysterectomy|caesarean|c section|keyhole|polyp',
          'days ago|day ago|weeks ago|week ago|this morning|yesterday|last week|post op|day #n|#n days|#n weeks|sent home',
        ),
      ],
    },
    {
      id: 'distended',
      patterns: [
        near(
          6,
          BELLY,
          'swollen|massively swollen|distended|bloated and hard|swelling up|huge|getting swollen|blown up|big and hard|very big|hard and swollen|hard as a rock|rock hard|tight as a drum|swollen and hard|very hard|gone hard',
        ),
      ],
    },
    {
      id: 'testicular_pain',
      patterns: [
        unless(
          near(
            6,
            'testicle|testicles|testis|ball|balls|scrotum|nut sack|sack|privates',
            'pain|pains|ache|aching|hurt|hurts|hurting|sore|agony|swollen|swelling|higher|tender|red|twisted',
          ),
          'football|basketball|tennis|cricket|golf|meatball|meatballs|eyeball|ball pit',
          3,
        ),
        near(6, 'holding|grabbing|clutching', 'his groin|their groin|her groin|groin'),
      ],
    },
    {
      id: 'aneurysm',
      patterns: [
        near(8, 'pulsing|pulsating|throbbing|beating', 'lump|mass|tummy|belly|stomach'),
        word('aneurysm|aaa|aortic|dissection'),
      ],
    },
    {
      id: 'jaundice',
      patterns: [
        near(
          4,
          'eyes|skin|whites of my eyes|whites of his eyes|whites of their eyes|whites of her eyes',
          'yellow|yellowish|jaundiced',
        ),
        word(
          'jaundice|jaundiced|gone yellow|turned yellow|going yellow|looks yellow|yellow colour',
        ),
      ],
    },
    {
      id: 'right_lower_pain',
      patterns: [
        near(6, 'belly|tummy|stomach|abdomen', 'on the right|right side'),

        // Appendicitis' migration (NICE CKS): pain that starts in the middle and moves right.
        near(
          14,
          'belly button|navel|tummy button|middle of my tummy|middle of his tummy|middle of her tummy|middle of their tummy|middle of my stomach',
          'lower right|right side|bottom right|right hand side|moved to the right|moved right',
        ),

        near(
          8,
          'right side|right hand side|lower right|bottom right|right of my tummy|right of his tummy|right of their tummy|right of her tummy|appendix|appendicitis',
          'pain|pains|ache|hurts|hurt|sore|agony|tender',
        ),
      ],
    },
    {
      id: 'pain_spreading',
      patterns: [
        near(
          10,
          'pain|ache',
          'whole of my belly|all over my belly|all over my tummy|whole tummy|whole belly|across my whole|all over|spread across|spread to|much worse|got much worse|got worse|getting worse',
        ),
      ],
    },
    {
      id: 'pain_generalised',
      patterns: [
        near(
          12,
          'pain|ache|agony|hurts',
          'whole of my belly|whole of my tummy|all over my belly|all over my tummy|all over his tummy|all over their tummy|all over her tummy|all over his belly|all over their belly|all over her belly|whole tummy|whole belly|whole stomach|whole abdomen|across my tummy|across my belly|across his tummy|across their tummy|across her tummy|across my stomach|its everywhere|it s everywhere|everywhere in my tummy|everywhere in my belly|everywhere in my stomach',
        ),
      ],
    },
    {
      id: 'gallstones',
      antecedent: true,
      patterns: [
        word('gallstones|gallstone|gallbladder|gall bladder|biliary|bile duct|pancreatitis'),
      ],
    },
    {
      id: 'older',
      antecedent: true,
      patterns: [
        word(
          'elderly|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|care home|nursing home|nan|gran|grandad|granddad|grandpa|grandma|granny|nana',
        ),
      ],
    },
  ],
  rules: [
    {
      family: 'acute_abdomen',
      acuity: 1,
      when: [
        // Shock with a changed mind (ESI v4 level 1): the pain's cause is bleeding or sepsis.
        ['abdominal_pain_any', 'pale_grey', 'sweating', 'confusion'],
        ['abdominal_pain_any', 'shock_signs', 'sweating', 'confusion'],

        // A leaking aneurysm (NHS): tearing pain with a faint or a collapse.
        ['tearing_pain', 'near_faint'],
        ['tearing_pain', 'collapse'],

        ['abdominal_pain_any', 'collapse'],
        ['abdominal_pain_any', 'sbp_critical'],
        ['aneurysm', 'collapse'],
        ['aneurysm', 'near_faint'],
        ['aneurysm', 'shock_signs'],
      ],
    },
    {
      family: 'acute_abdomen',
      acuity: 2,
      when: [
        ['right_lower_pain', 'peritonism'],
        ['abdominal_pain_any', 'peritonism', 'vomiting'],
        // NICE CKS: severe pain in atrial fibrillation is a gut losing its blood until shown not.
        ['abdominal_pain_severe', 'atrial_fibrillation'],
        ['severe_pain', 'abdominal_pain_any', 'atrial_fibrillation'],
        ['post_op', 'abdominal_pain_any', 'fever'],
        ['post_op', 'abdominal_pain_any', 'distended'],
        ['distended', 'vomiting', 'older'],

        // Pancreatitis (NICE NG104): upper pain through to the back, with vomiting.
        ['epigastric', 'radiates_back', 'vomiting'],
        ['abdominal_pain_any', 'radiates_back', 'vomiting'],
        ['abdominal_pain_any', 'getting_worse', 'fever'],
        ['right_lower_pain', 'peritonism'],
        // Ovarian torsion (NHS): sudden one-sided pelvic pain with vomiting.
        ['one_sided_pelvic_pain', 'sudden', 'vomiting'],

        ['abdominal_pain_any', 'cant_keep_down'],
        ['bilious_vomit', 'distended'],
        ['bilious_vomit', 'abdominal_pain_any'],
        ['abdominal_pain_any', 'severe_pain', 'pain_generalised'],
        // A ruptured aneurysm (NHS): sudden back pain in an older person, pale and sweaty.
        ['back_pain', 'sudden', 'older', 'shock_signs'],
        ['back_pain', 'sudden', 'older', 'sweating'],

        ['rigid_abdomen'],
        ['hernia_stuck'],
        ['peritonism', 'abdominal_pain_any'],
        ['post_op', 'abdominal_pain_any', 'shoulder_tip'],
        ['post_op', 'distended', 'vomiting'],
        ['post_op', 'abdominal_pain_any', 'hr_high'],
        // A leak or perforation after an operation or scope: pain with a fast heart, or a
        // swelling belly with shoulder-tip pain (free gas).
        ['post_op', 'abdominal_pain_any', 'hr_over_100'],
        ['post_op', 'shoulder_tip', 'hr_over_100'],
        ['post_op', 'shoulder_tip', 'heart_racing'],
        ['post_op', 'heart_racing', 'severe_pain'],
        ['post_op', 'distended', 'shoulder_tip'],
        ['abdominal_pain_any', 'distended', 'drowsy'],
        ['abdominal_pain_any', 'distended', 'hr_over_100'],
        ['abdominal_pain_any', 'distended', 'sweating'],
        ['immunosuppressed', 'abdominal_pain_any', 'fever'],
        ['immunosuppressed', 'abdominal_pain_any', 'fever_reading'],
        ['testicular_pain'],
        ['tearing_pain'],
        ['abdominal_pain_severe', 'vomiting'],
        ['abdominal_pain_severe', 'fever'],
        ['abdominal_pain_severe', 'fever_reading'],
        ['abdominal_pain_severe', 'sudden'],
        ['abdominal_pain_severe', 'shock_signs'],
        ['abdominal_pain_severe', 'older'],
        ['abdominal_pain_severe', 'distended'],
        ['abdominal_pain_severe', 'pain_spreading'],
        ['abdominal_pain_severe', 'rigors'],
        ['pain_generalised', 'fever'],
        ['pain_generalised', 'fever_reading'],
        ['pain_generalised', 'rigors'],
        ['pain_generalised', 'sudden'],
        ['pain_generalised', 'vomiting'],
        ['abdominal_pain_any', 'obstruction', 'vomiting'],
        ['abdominal_pain_any', 'obstruction', 'distended'],
        ['obstruction', 'distended', 'vomiting'],
        ['abdominal_pain_any', 'distended', 'vomiting_repeated'],
        ['abdominal_pain_any', 'shock_signs', 'fever'],
        ['abdominal_pain_any', 'sbp_low'],
        ['abdominal_pain_any', 'hr_high'],
        ['abdominal_pain_any', 'rigors'],
        ['abdominal_pain_any', 'pain_spreading', 'fever'],
        ['abdominal_pain_any', 'pain_spreading', 'fever_reading'],
        ['abdominal_pain_any', 'aneurysm'],
        ['right_lower_pain', 'fever_reading'],
        ['right_lower_pain', 'fever'],
        ['right_lower_pain', 'severe_pain'],
        ['right_lower_pain', 'abdominal_pain_severe'],
        ['abdominal_pain_any', 'fever', 'rigors'],
        ['abdominal_pain_any', 'rigors', 'vomiting'],
        ['jaundice', 'abdominal_pain_any'],
        ['right_lower_pain', 'fever', 'vomiting'],
        ['right_lower_pain', 'rigid_abdomen'],
        ['right_lower_pain', 'poor_feeding', 'fever'],
        ['jaundice', 'fever'],
        ['jaundice', 'fever_reading'],
        ['jaundice', 'rigors'],
        ['gallstones', 'rigors'],
        ['gallstones', 'fever_reading'],
        ['aneurysm', 'abdominal_pain_any'],
        ['aneurysm', 'back_pain'],
      ],
    },
  ],
};
