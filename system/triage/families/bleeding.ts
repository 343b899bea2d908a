import { near, ordered, unless, word } from '../RedFlagPattern.js';
import type { FamilyDefinition } from '../RedFlagRule.js';
import { RED_FLAG_CONCEPTS as V } from '../redFlagConcepts.js';

/** Severe bleeding: uncontrolled, heavy, arterial, vomited or passed (St John Ambulance, NHS). */
export const BLEEDING: FamilyDefinition = {
  findings: [
    {
      id: 'bleeding_uncontrolled',
      patterns: [
        near(
          8,
          'bleed*|bled|blood|nose|socket|gauze',
          'hasnt slowed|hasnt slowed down|not slowing|isnt slowing|wont slow|keeps filling|filling with blood|even when i pinch|even when he pinches|even when she pinches|even pinching',
        ),

        unless(
          near(
            8,
            V.BLEED,
            `${V.NOT_STOPPING}|not stop|no stop|dont stop|still bleeding|still coming|still running|keeps bleeding|keeps coming|keeps pouring|wont clot|not clotting|through three|through two|through 2|through 3|coming through|through the tea towel|through the towel|through the bandage|through bandage|through bandages|through the dressings|through dressing|through the dressing|through the cloth|through every`,
          ),
          'blood pressure|blood test|blood tests|blood sugar|blood results|give blood|giving blood|blood donor|blood monitor',
          2,
        ),
        ordered(4, 'bleed*|bled', V.A_LOT),
        ordered(2, V.HEAVY, 'bleed*|blood loss|haemorrhag*|hemorrhag*'),
        word(V.HAEMORRHAGE),
        ordered(4, V.MUCH_OF, 'blood'),
        near(10, V.SOAKED, V.DRESSING, V.BLEED),
        near(8, 'wound|cut|gash', V.SOAKED, `${V.DRESSING}|towel|towels|cloth|through`),
        near(
          8,
          'pressing|pressed|pressure|pinched|pinching',
          'still bleeding|still coming|keeps bleeding|still running|not stopping|wont stop|coming through',
        ),
        near(
          6,
          'nosebleed|nose bleed|nose bleeding|bleeding nose',
          'hour|hours|#n minutes|#n mins|wont stop|not stopping|still|back of my throat|back of his throat|back of her throat',
        ),
      ],
    },
    {
      id: 'bleeding_arterial',
      patterns: [
        near(
          6,
          'cut|cuts|wound|gash|slash|flap|the one on|stab wound|laceration|fistula|varicose vein|vein',
          'gushing|pumping|spurting|spurts|squirting|pulses out|pulsing out|pulsing|pouring out|burst|has burst',
        ),
        word(
          'pulses out|pulsing out|spurts out|squirts out|jeans are soaked|trousers are soaked|clothes are soaked|soaked in blood|soaking through',
        ),

        near(
          5,
          'blood|bleed*',
          'pumping|spurt*|in spurts|squirting|pouring|gushing|pouring out|everywhere|puddle|pool|pools|streaming|spraying',
        ),
        near(
          6,
          V.SOAKED,
          'through|right through',
          'towel|towels|cloth|tea towel|t shirt|bandage|dressing',
        ),
      ],
    },
    {
      id: 'vomiting_blood',
      patterns: [
        unless(
          ordered(5, V.BRING_UP, 'blood|bloody|bright red|red blood|clots|coffee grounds'),
          'tiny|speck|specks|flecks|streak|bit of|little',
          3,
        ),
        word(
          'haematemesis|hematemesis|coffee ground vomit|coffee grounds|coffee granules|coffee ground|like coffee',
        ),
        near(
          8,
          'coughed up|coughing up|brought up|threw up|vomited',
          'cup|cupful|mugful|half a cup|mouthful|mouthfuls|lot|lots|loads',
        ),
        near(6, 'spitting|spat|spit', 'mouthful|mouthfuls|blood'),
      ],
    },
    {
      id: 'melaena',
      patterns: [
        near(
          8,
          'black|tarry|tar|jet black|dark red|maroon',
          'poo|poos|stool|stools|poop|bowel movement|motions|faeces|feces',
        ),
      ],
    },
    {
      id: 'tonsillectomy',
      antecedent: true,
      patterns: [near(6, 'tonsils|tonsillectomy|adenoids', 'out|removed|operation|taken out')],
    },
    {
      id: 'haematoma',
      patterns: [
        near(
          8,
          'thigh|leg|arm|calf|tummy|belly|bruise|bruising|swelling|lump',
          'massive|huge|hard and|dark purple|getting bigger|swelling up|tense',
        ),
      ],
    },
    {
      id: 'rectal_bleeding_heavy',
      patterns: [
        near(
          10,
          'blood|bleeding|bloody',
          'from my bottom|from his bottom|from their bottom|from her bottom|from my bum|from the back passage|rectal|toilet bowl|toilet is full|pan is full|bowl is full|full of blood',
        ),
      ],
    },
    {
      id: 'bloody_diarrhoea',
      patterns: [
        near(4, 'bloody|blood', 'diarrhoea|diarrhea|runs|poo|poos|stools'),
        near(8, 'times a day|times today|times since', 'blood|bloody'),
      ],
    },
    {
      id: 'blood_in_urine',
      patterns: [near(6, 'pee|peeing|wee|weeing|urine|pissing', 'blood|bloody|clots|pure blood')],
    },
    {
      id: 'shock_signs',
      patterns: [
        word(
          'white as a sheet|pale|grey|ashen|cold and clammy|clammy|sweaty and cold|cold and shaky|feel cold|feeling cold|heart racing|racing heart|heart is racing|dizzy|lightheaded|light headed|faint|fainted|feel funny|feels funny|weak|confused|drowsy|going grey|looks grey|collapsed',
        ),
      ],
    },
    {
      id: 'heavy_period',
      patterns: [
        near(
          10,
          'pad|pads|tampon|tampons|period|bleeding',
          'every hour|every half hour|every 30 minutes|every #n|hourly|soaking|soaked|flooding|clots the size|big clots|large clots|heaviest',
        ),
      ],
    },
    {
      id: 'wound_deep',
      patterns: [
        word(
          'gaping|gaping open|wont close|can see bone|see the bone|can see fat|yellowy stuff|yellow stuff inside|deep cut|deep wound|deep gash|very deep|to the bone|severed|amputat*|chopped off|cut off|sliced off|burst open|split open|come open|came open|sliced open|sliced my hand open|something white showing|white showing|edges dont close|dont close',
        ),
      ],
    },
    {
      id: 'bleeding_any',
      patterns: [
        near(
          3,
          'nose|mouth|gums|socket|wound',
          'pouring|pumping|streaming|gushing|filling with blood|keeps filling',
        ),

        unless(
          word('bleed*|bled|blood|bloody|nosebleed|nosebleeds|nose bleed|bleeding nose'),
          'test|tests|results|pressure|sugar|donor|donate|donating|give blood|giving blood|boiling|type|group|count|thinner|thinners|bank|bath|shot|orange',
          2,
        ),
      ],
    },
  ],
  rules: [
    {
      family: 'severe_bleeding',
      acuity: 1,
      when: [
        ['bleeding_arterial'],
        ['bleeding_uncontrolled'],
        ['vomiting_blood', 'shock_signs'],
        ['heavy_period', 'collapse'],
        ['bleeding_any', 'sbp_critical'],
        ['bleeding_any', 'unresponsive'],
      ],
    },
    {
      family: 'severe_bleeding',
      acuity: 2,
      when: [
        ['vomiting_blood'],
        ['coughing_blood', 'breathless'],
        ['melaena', 'shock_signs'],
        ['melaena', 'anticoagulant'],
        ['melaena', 'near_faint'],
        ['melaena', 'collapse'],
        ['bleeding_any', 'anticoagulant'],
        ['bleeding_any', 'sbp_low'],
        ['heavy_period', 'shock_signs'],
        ['heavy_period', 'near_faint'],
        ['blood_in_urine', 'bladder_bowel_loss'],
        ['wound_deep'],
        ['tonsillectomy', 'bleeding_any'],
        ['haematoma', 'anticoagulant'],
        ['haematoma', 'shock_signs'],
        ['rectal_bleeding_heavy', 'bleeding_uncontrolled'],
        ['rectal_bleeding_heavy', 'shock_signs'],
        ['rectal_bleeding_heavy', 'near_faint'],
        ['bloody_diarrhoea', 'hr_high'],
        ['bloody_diarrhoea', 'heart_racing'],
        ['bloody_diarrhoea', 'distended'],
      ],
    },
  ],
};
