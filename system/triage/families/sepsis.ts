import { near, unless, word } from '../RedFlagPattern.js';
import type { FamilyDefinition } from '../RedFlagRule.js';

/** Sepsis, adult and child (NICE NG51 high-risk criteria, UK Sepsis Trust, CDC); neutropenic sepsis (NICE CG151). */
export const SEPSIS: FamilyDefinition = {
  findings: [
    {
      id: 'infection_source',
      antecedent: true,
      patterns: [
        unless(
          word(
            'infection|infections|infected|uti|utis|water infection|urine infection|kidney infection|bladder infection|pyelonephritis|chest infection|pneumonia|cellulitis|abscess|boil|wound|flu|covid|virus|viral|tonsillitis|strep|antibiotics|antibiotic|trimethoprim|nitrofurantoin|amoxicillin|doxycycline|catheter|stoma|drain|operation|surgery|op|post op|after my op|c section|caesarean|kidney stone|gallbladder|appendix|diverticulitis|ulcer|leg ulcer|foot ulcer|bite|septic|sepsis|urosepsis|chemo|line|picc|biopsy|injects|injecting|iv drug|dialysis|cloudy bag|drain bag|tattoo|piercing',
          ),
          'scan|letter|results|appointment|next week|booked|waiting list|leaflet|what signs|risk of',
          4,
        ),
      ],
    },
    {
      id: 'immunosuppressed',
      antecedent: true,
      patterns: [
        word(
          'chemo|chemotherapy|neutropen*|leukaemia|leukemia|lymphoma|myeloma|cancer treatment|immunotherapy|immunosuppress*|high dose steroids|on steroids|transplant|no spleen|without a spleen|spleen removed|spleen was removed|dont have a spleen|havent got a spleen|had my spleen out|splenectomy|sickle cell|on methotrexate|biologics|hiv|prednisolone|steroids for',
        ),
      ],
    },
    {
      id: 'sepsis_words',
      patterns: [
        unless(
          word('sepsis|septic|septicaemia|septicemia|blood poisoning|urosepsis'),
          'had sepsis|recovering|recovered|treated|treated for|admitted with|admitted for|discharged|fit note|after being treated|trust|support|post sepsis|survivor|survivors|awareness',
          6,
        ),
      ],
    },
    {
      id: 'mottled',
      patterns: [
        near(
          6,
          'mottled|mottling|blotchy|blotches|patchy|marbled|purple|purplish|purple grey|grey|blue|bluish|dusky',
          'skin|knees|knee|legs|arms|hands|feet|body|tummy|chest|lips',
        ),
        word('mottled|mottling|purple grey|blue grey'),
      ],
    },
    {
      id: 'no_urine',
      patterns: [
        near(
          8,
          'not|havent|hasnt|no|barely|hardly|didnt|hadnt|not had|not passed|not done|tiny bit of',
          'wee|weed|weeing|pee|peed|peeing|urine|urinated|passed urine|wet nappy|wet nappies|wee all day|a wee',
        ),
        word(
          'dry nappy|dry nappies|nappy dry|nappies dry|nappy has been dry|no wet nappies|no wees|no pee|no urine|bag nearly empty|bag is nearly empty|nearly empty all day|hardly anything in the bag|barely anything in the bag|nothing in the bag',
        ),
      ],
    },
    {
      id: 'spreading_redness',
      patterns: [
        near(
          10,
          'red area|redness|red patch|red mark|red line|red streak|red streaks|the red',
          'spread*|spreading|bigger|doubled|past my knee|past the knee|up my leg|up my arm|drew round',
        ),
      ],
    },
    {
      id: 'tampon_or_discharge',
      antecedent: true,
      patterns: [
        word(
          'tampon|tampons|smelly discharge|foul discharge|offensive discharge|smelly lochia|discharge smells|pus|oozing pus|oozing|smells off|fluid smells',
        ),
      ],
    },
    {
      id: 'feels_deathly',
      patterns: [
        word(
          'feel awful|feels awful|feel dreadful|feels dreadful|feel terrible|never felt this ill|never felt so ill|worst ive ever felt|going to die|feel like death|really unwell|very unwell|so unwell|really poorly|very poorly|feel rough|really ill|very ill',
        ),
      ],
    },
  ],
  rules: [
    {
      family: 'sepsis',
      acuity: 1,
      when: [
        ['infection_source', 'unresponsive'],
        ['fever', 'unresponsive'],
        ['fever_reading', 'unresponsive'],
        ['mottled', 'unresponsive'],
        ['infection_source', 'sbp_critical'],
        ['mottled', 'collapse', 'cold_peripheries'],
        ['fever', 'mottled', 'doom'],
        ['fever_reading', 'mottled', 'doom'],
        ['infection_source', 'spo2_critical'],
      ],
    },
    {
      family: 'sepsis',
      acuity: 2,
      when: [
        ['spreading_redness', 'near_faint'],
        ['infection_source', 'fever', 'feels_deathly'],
        ['infection_source', 'fever_reading', 'feels_deathly'],

        ['fever_reading', 'feels_deathly', 'breathing_fast'],
        ['fever', 'feels_deathly', 'breathing_fast'],
        // NICE NG51: a temperature below 36 with altered mental state or fast breathing.
        ['temp_below_36', 'drowsy'],
        ['temp_below_36', 'confusion'],
        ['temp_below_36', 'breathing_fast'],
        ['mottled', 'shock_signs'],

        // NICE NG51: an infection with cold hands and feet and an ashen colour is high risk.
        ['infection_source', 'cold_peripheries', 'pale_grey'],
        ['rigors', 'confusion'],

        ['sepsis_words'],
        ['immunosuppressed', 'feels_deathly'],
        // NICE NG51: a high temperature with a racing heart in someone who feels gravely ill.
        ['fever_reading', 'heart_racing', 'feels_deathly'],
        ['fever', 'heart_racing', 'feels_deathly'],
        ['infection_source', 'fever_reading', 'abdominal_pain_any'],
        ['no_urine', 'shock_signs', 'vomiting'],
        ['infection_source', 'fever', 'rigors'],
        ['infection_source', 'fever_reading', 'rigors'],
        ['infection_source', 'fever', 'heart_racing'],
        ['spreading_redness', 'fever'],
        ['spreading_redness', 'fever_reading'],
        ['spreading_redness', 'rigors'],
        ['tampon_or_discharge', 'fever'],
        ['tampon_or_discharge', 'fever_reading'],
        ['postpartum', 'fever', 'rigors'],
        ['fever', 'hives', 'near_faint'],
        ['immunosuppressed', 'fever'],
        ['immunosuppressed', 'fever_reading'],
        ['immunosuppressed', 'rigors'],
        ['infection_source', 'confusion'],
        ['infection_source', 'mottled'],
        ['infection_source', 'no_urine'],
        ['infection_source', 'rigors'],
        ['infection_source', 'breathless_rest'],
        ['infection_source', 'breathless', 'rigors'],
        ['infection_source', 'breathing_fast'],
        ['infection_source', 'sbp_low'],
        ['infection_source', 'rr_high'],
        ['infection_source', 'hr_high'],
        ['infection_source', 'temp_low'],
        ['infection_source', 'temp_below_36'],
        ['infection_source', 'drowsy'],
        ['infection_source', 'spo2_low'],
        ['fever', 'confusion'],
        ['fever_reading', 'confusion'],
        ['fever', 'mottled'],
        ['fever_reading', 'mottled'],
        ['fever', 'no_urine'],
        ['fever_reading', 'no_urine'],
        ['fever', 'cold_peripheries', 'pale_grey'],
        ['fever', 'drowsy'],
        ['fever_reading', 'drowsy'],
        ['fever_reading', 'rigors'],
        ['fever', 'rigors', 'feels_deathly'],
        ['rigors', 'confusion'],
        ['rigors', 'no_urine'],
        ['mottled', 'cold_peripheries'],
        ['mottled', 'no_urine'],
        ['temp_low', 'rigors'],
        ['temp_low', 'confusion'],
        ['fever', 'hr_high', 'breathless'],
        ['fever_reading', 'hr_high'],
        ['fever_reading', 'rr_high'],
        ['fever_reading', 'sbp_low'],
      ],
    },
  ],
};
