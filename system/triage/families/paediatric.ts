import { near, unless, word } from '../RedFlagPattern.js';
import type { FamilyDefinition } from '../RedFlagRule.js';

/** Children's red features (NICE NG143 traffic-light table, AAP, NHS), and infants' fever. */
export const PAEDIATRIC: FamilyDefinition = {
  findings: [
    {
      // NICE CG98: jaundice in a baby's first 24 hours is urgent, never the usual newborn kind.
      id: 'born_today',
      antecedent: true,
      patterns: [
        word(
          'born this morning|born today|born last night|born this afternoon|born earlier today|hours old|few hours old|born a few hours ago|born #n hours ago',
        ),
      ],
    },

    {
      // Apnoea in a baby (NICE NG143, NHS): breathing that stops for seconds is an emergency.
      id: 'apnoea',
      patterns: [
        word(
          'breathing stops|stops breathing for|breathing stopped for|pauses in breathing|pause in breathing|pauses in his breathing|pauses in her breathing|stops breathing then|gaps in breathing',
        ),
      ],
    },
    {
      // NICE CG160/NHS: Kawasaki disease, fever for five days with red eyes, lips or rash.
      id: 'kawasaki_signs',
      patterns: [
        word(
          'red eyes|bloodshot eyes|cracked lips|red cracked lips|strawberry tongue|peeling fingers|peeling skin on fingers',
        ),
      ],
    },
    {
      id: 'scald',
      antecedent: 'event',
      patterns: [
        near(
          6,
          'pulled|spilt|spilled|knocked|tipped|poured|fell in',
          'hot tea|hot cup|cup of tea|hot coffee|boiling water|the kettle|hot drink|hot water|hot soup|pan of|just boiled|boiled tea|freshly boiled|boiling|boiled water|hot bath|hot oil|chip pan',
        ),
        word('scalded|scald|scalds'),
      ],
    },
    {
      id: 'blisters',
      patterns: [
        word(
          'big blisters|blisters|blistering|blistered|skin came off|skin peeling off|skin is white',
        ),
      ],
    },

    {
      // A child too young to be trusted with what they swallowed or how they fell.
      id: 'young_child',
      antecedent: true,
      patterns: [
        word(
          'toddler|toddlers|tot|little boy|little girl|preschooler|my little one|our little one|the little one|my lo|kiddo|my son who is|my daughter who is|nursery age',
        ),
      ],
    },

    {
      id: 'infant',
      antecedent: true,
      patterns: [
        unless(
          word(
            'baby|babys|babies|newborn|new born|infant|bubba|my lo|little one|breastfed|formula|nappy|nappies|fontanelle|soft spot',
          ),
          'baby shower|baby wipes|baby oil|baby steps|babysit*|babysitter|baby brother|baby sister|had my baby|since baby|after my baby',
          2,
        ),
      ],
    },
    {
      id: 'weak_cry',
      patterns: [
        word(
          'high pitched cry|high pitched scream|weak cry|weak high pitched|strange cry|odd cry|cry doesnt sound like|doesnt sound like her|doesnt sound like him|doesnt sound like them|moaning|whimpering|whining constantly|inconsolable|cant be consoled|cant settle him|cant settle them|cant settle her',
        ),
      ],
    },
    {
      id: 'no_social_response',
      patterns: [
        word(
          'wont smile|not smiling|doesnt smile|wont look at me|not looking at me|no response|doesnt respond|not interested in anything|not interested in feeding|just lies there|just lying there|staring|floppy|limp|unresponsive|glassy eyed|not herself|not himself|not reacting',
        ),
      ],
    },
    {
      id: 'poor_feeding',
      patterns: [
        near(
          6,
          'wont|not|refusing|refuses|stopped|off|hasnt|doesnt|isnt|barely|cant',
          'feed|feeding|feeds|bottle|breastfeed|milk|drink|drinking|take the bottle|take her bottle|take his bottle|take their bottle|eat|eating|food',
        ),
      ],
    },
    {
      id: 'dehydration_signs',
      patterns: [
        near(6, 'sunken|sunk', 'soft spot|fontanelle|fontanel|eyes'),
        word(
          'no tears|without tears|cries with no tears|dry mouth|dry lips|dry tongue|skin stays up|no wet nappy|no wet nappies|dry nappy|dry nappies|nappy dry|nappy has been dry|nappies dry',
        ),
      ],
    },
    {
      id: 'bilious_vomit',
      patterns: [
        near(
          6,
          'vomit*|sick|throwing up|threw up|bringing up',
          'green|bile|bilious|dark green|yellow green',
        ),
      ],
    },
    {
      id: 'croup_stridor_rest',
      patterns: [
        near(
          12,
          'squeaky|squeak|whistling|stridor|crowing|harsh noise|high noise|high pitched noise|noisy breathing|noise when he breathes|noise when she breathes|like seal|like a seal|seal',
          'all the time|at rest|even when|asleep|sleeping|resting|constant|not going away|sitting still|calm',
        ),
      ],
    },
    {
      id: 'groin_lump',
      patterns: [
        near(
          8,
          'lump|swelling|bulge',
          'groin|scrotum|tummy button|belly button',
          'hard|wont go|doesnt go|not going|red|painful|screaming|sick|vomit*',
        ),
      ],
    },
    {
      id: 'intussusception_signs',
      patterns: [
        word(
          'redcurrant jelly|red jelly|jelly like poo|jelly poo|jelly in his nappy|jelly in their nappy|jelly in her nappy|pulling his knees up|pulling their knees up|pulling her knees up|pulls his knees up|pulls their knees up|pulls her knees up|pulls up the knees|drawing his knees up|drawing their knees up|drawing her knees up',
        ),
      ],
    },
    {
      id: 'dka_signs',
      patterns: [
        word(
          'pear drops|pear drop|fruity breath|breath smells sweet|breath smells like|breathing deeply|deep breathing|deep sighing breaths|kussmaul|weeing loads|drinking constantly|always thirsty|really thirsty|peeing loads|weeing a lot',
        ),
      ],
    },
    {
      id: 'baby_injury',
      patterns: [
        near(
          8,
          'arm|leg|wrist|ankle|thigh|head',
          'swollen|swelling|cries when|screams when|cries whenever|wont move|not moving|bruise|bruised|bruising',
        ),
      ],
    },
    {
      id: 'hot_words',
      patterns: [
        unless(
          word(
            'feels hot|feel hot|very hot|burning hot|boiling|hot to touch|hot water bottle|red hot|high temp|high temperature|fever|feverish|a temperature|a temp',
          ),
          'of|is|was|reading|says|said|#n|normal|no|not',
          2,
        ),
      ],
    },
  ],
  rules: [
    {
      family: 'paediatric',
      acuity: 1,
      when: [
        // Stridor at rest with drooling: epiglottitis until shown otherwise.
        ['croup_stridor_rest', 'corrosive_signs'],

        ['infant', 'cant_breathe'],
        ['infant', 'blue'],
        ['age_child', 'blue'],
        ['infant', 'unresponsive'],
        ['age_lt_1y', 'unresponsive'],
        ['age_lt_1y', 'spo2_critical'],
        ['age_lt_1y', 'no_social_response', 'fever'],
        ['age_lt_1y', 'no_social_response', 'fever_reading'],
        ['infant', 'no_social_response', 'fever'],
        ['age_lt_1y', 'no_social_response', 'hot_words'],
      ],
    },
    {
      family: 'paediatric',
      acuity: 2,
      when: [
        ['born_today', 'jaundice'],
        ['young_child', 'dehydration_signs', 'drowsy'],
        ['young_child', 'no_urine', 'drowsy'],

        ['infant', 'apnoea'],
        ['age_lt_1y', 'apnoea'],
        ['kawasaki_signs', 'fever', 'age_child'],
        ['kawasaki_signs', 'fever', 'age_lt_5y'],
        ['kawasaki_signs', 'fever', 'infant'],
        // NICE/NHS burns: a scald that blisters on a young child needs hospital care.
        ['scald', 'blisters', 'young_child'],
        ['scald', 'blisters', 'age_child'],
        ['scald', 'blisters', 'infant'],

        // A baby under 3 months too cold is as ill as one too hot (NICE NG143, WHO).
        ['age_lt_3m', 'temp_below_36'],

        ['infant_fever'],
        ['infant_temp_low'],
        ['age_lt_3m', 'hot_words'],
        ['age_lt_3m', 'fever'],
        ['infant', 'weak_cry'],
        ['age_lt_1y', 'weak_cry'],
        ['infant', 'no_social_response'],
        ['age_child', 'no_social_response', 'fever'],
        ['age_child', 'no_social_response', 'fever_reading'],
        ['age_child', 'no_social_response', 'pale_grey'],
        ['infant', 'noisy_breathing'],
        ['age_lt_1y', 'noisy_breathing'],
        ['infant', 'recession'],
        ['age_child', 'recession'],
        ['age_child', 'rr_high'],
        ['age_child', 'hr_high'],
        ['infant', 'dehydration_signs'],
        ['age_lt_1y', 'dehydration_signs'],
        ['age_lt_5y', 'dehydration_signs', 'poor_feeding'],
        ['age_lt_5y', 'dehydration_signs', 'drowsy'],
        ['age_child', 'dehydration_signs', 'cold_peripheries'],
        ['age_lt_3m', 'jaundice', 'drowsy'],
        ['infant', 'jaundice', 'poor_feeding'],
        ['age_lt_3m', 'jaundice', 'poor_feeding'],
        ['age_lt_1y', 'baby_injury'],
        ['infant', 'baby_injury'],
        ['infant', 'poor_feeding', 'drowsy'],
        ['infant', 'bilious_vomit'],
        ['age_lt_1y', 'bilious_vomit'],
        ['croup_stridor_rest'],
        ['intussusception_signs'],
        ['dka_signs', 'vomiting'],
        ['dka_signs', 'drowsy'],
        ['groin_lump', 'age_lt_1y'],
        ['groin_lump', 'infant'],
        ['age_child', 'drowsy', 'fever'],
        ['age_child', 'drowsy', 'fever_reading'],
        ['age_child', 'drowsy', 'vomiting_repeated'],
        ['age_lt_1y', 'drowsy'],
        ['infant', 'drowsy'],
        ['age_lt_1y', 'breathing_fast', 'poor_feeding'],
        ['age_child', 'pale_grey', 'fever_reading', 'drowsy'],
      ],
    },
  ],
};
