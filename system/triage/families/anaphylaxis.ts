import { near, ordered, unless, word } from '../RedFlagPattern.js';
import type { FamilyDefinition } from '../RedFlagRule.js';
import { RED_FLAG_CONCEPTS as V } from '../redFlagConcepts.js';

// Triggers people name (stings, the common food allergens, drugs, latex, contrast), per
// Resuscitation Council UK and NHS anaphylaxis guidance. Everyday foods count only through
// "allergic to" or "a reaction to", which `allergy_context` reads.
const TRIGGER =
  'sting|stung|stinger|egg|eggs|bee|bees|wasp|wasps|hornet|hornets|nut|nuts|peanut*|cashew*|almond*|pistachio*|walnut*|hazelnut*|pecan*|brazil nut|sesame|shellfish|seafood|crab|crabs|crab claws|crayfish|langoustine*|prawn*|shrimp|lobster|mussel*|oyster*|scallop*|penicillin|amoxicillin|amoxil|coamoxiclav|co amoxiclav|augmentin|flucloxacillin|cefalexin|antibiotic*|latex|contrast|dye|first dose|new tablet|new tablets|new medicine|new medication|ramipril|lisinopril|enalapril|perindopril|ibuprofen|naproxen|aspirin|jab|injection|vaccine|vaccination|infusion|booster';
const SWELLING =
  'swell*|swollen|swelled|puffy|puffed|puffing|ballooning|blowing up|blown up|blew up|thick|thicker|bigger|getting bigger|huge|tingl*';

/** Anaphylaxis with and without skin signs (Resuscitation Council UK 2021, NHS). */
export const ANAPHYLAXIS: FamilyDefinition = {
  findings: [
    {
      // Resuscitation Council UK: skin or lip signs spreading, with the throat involved, can
      // become an airway problem within minutes.
      id: 'throat_irritation',
      patterns: [
        word(
          'throat a bit scratchy|scratchy throat|throat is scratchy|throat feels scratchy|throat itchy|itchy throat|throat is itchy|throat feels funny|funny throat|throat feels weird|throat feels strange|tickle in my throat|throat tingling|tingling throat',
        ),
      ],
    },
    {
      id: 'rash_to_face',
      patterns: [
        near(
          6,
          'spreading|spread|spreads|moving|moved|gone|going|creeping|up to',
          'face|lips|mouth|eyes|eyelids|tongue|neck',
        ),
      ],
    },

    {
      id: 'anaphylaxis_words',
      patterns: [
        word('anaphyla*|anaphylactic'),
        near(
          5,
          'used|use|using|gave|given|give|giving|needed|need|jabbed|injected|had to use|administered|do i use|should i use',
          'epipen|epipens|epi pen|jext|emerade|adrenaline pen|adrenaline injector|adrenaline|autoinjector|auto injector',
        ),
      ],
    },
    {
      id: 'throat_closing',
      patterns: [
        unless(
          ordered(
            6,
            'throat|airway',
            `${V.CLOSING}|${V.TIGHT}|${V.SWELL}|thick|narrow*|closing up|swelling up|getting tight|feels tight|scratchy and tight|tight and scratchy`,
          ),
          'feet|foot|ankles|ankle|legs|knee|knees|fingers|hands',
          2,
        ),
        near(
          5,
          'cant|cannot|hard to|struggling to|unable to|difficult to|trouble',
          'swallow|swallowing',
        ),
        unless(ordered(3, `${V.TIGHT}|swollen|swelling|closing`, 'throat'), 'sore', 2),
        near(4, 'voice', 'hoarse|croaky|odd|strange|funny|changed|different|weird|husky'),
        word(
          'drooling|cant swallow my own spit|clear my throat|clearing her throat|clearing his throat|clearing their throat',
        ),
      ],
    },
    {
      id: 'angioedema',
      patterns: [
        unless(
          near(4, 'tongue|tongues|lips|lip|mouth|throat|uvula', SWELLING),
          'crying|cried|tears|cold sore|cold sores|dentist|filling|spicy|chilli|burn|burnt|hot food',
          5,
        ),
        unless(
          near(4, 'face|eyes|eyelids|eye', 'swell*|swollen|swelled|puffed up|blowing up|blown up'),
          'crying|cried|tears|film|sleep|hay fever|hayfever|pollen|tired|lol|haha|stye|conjunctivitis',
          8,
        ),
      ],
    },
    {
      id: 'allergen_exposure',
      antecedent: 'event',
      patterns: [
        word(TRIGGER),
        unless(
          word(
            'allergic|allergy|allergies|anaphylactic|a reaction|reaction to|reacting to|reacted to|allergic reaction',
          ),
          'mondays|monday|work|homework|exercise|maths|people|mornings|cleaning|hay fever|hayfever|pollen|dust|mites|cat|cats|dog|dogs|grass|plasters|perfume',
          4,
        ),
      ],
    },
    {
      id: 'recent_exposure',
      patterns: [
        unless(
          near(
            8,
            TRIGGER,
            'ate|eaten|eating|took|taken|swallowed|stung|bitten|injected|given|gave|started|first dose|bite of|had some|ago|just|after|this morning|tonight|at lunch|at dinner|minutes|mins|an hour',
          ),
          'can i|should i|safe to|allowed|repeat|prescription|with my|instead of',
          4,
        ),
      ],
    },
    {
      id: 'hives',
      patterns: [
        word(
          'hives|welts|urticaria|blotch*|red patches|red lumps|itchy all over|rash all over|came up in|coming up in|bumps all over|lumps all over|rash spreading|itchy rash|raised rash|itching like mad|itchy hands and feet|hands and feet are itching|hands and feet itching|hands and feet itchy|palms itching|itchy palms|soles itching|itching all over|itchy everywhere|big red welts|red welts|welts all over',
        ),
      ],
    },
    {
      id: 'airway_trouble',
      patterns: [
        word(
          'wheez*|wheezy|breathless*|short of breath|cant breathe|hard to breathe|chest tight|tight chest|chest feels tight|chest is tight|cough that wont stop|coughing nonstop|coughing non stop|cough nonstop|croaky|hoarse|stridor|cant get a full breath|difficulty breathing|trouble breathing|breathing is noisy|breathing noisy|noisy breathing|breathing sounds funny|whistling when|throat tight|tight throat|throat feels tight',
        ),
      ],
    },
    {
      id: 'circulation_trouble',
      patterns: [
        word(
          'feel faint|feeling faint|very faint|fainted|collapsed|collaps*|heart pounding|heart racing|pounding heart|racing heart|floppy|clammy|lie on the floor|lie down on the floor|passed out|going to pass out|about to pass out|very dizzy|really dizzy|barely stand|cant stand|can barely stand|going pale|gone pale|very pale|grey',
        ),
      ],
    },
    {
      id: 'gut_trouble',
      patterns: [
        word(
          'vomit*|sick|tummy pain|tummy pains|stomach pain|stomach cramps|cramps|belly pain|tummy ache|stomach ache|diarrhoea|diarrhea',
        ),
      ],
    },
    {
      id: 'feels_wrong',
      patterns: [
        word(
          'feels funny|feel funny|feels strange|feel strange|feels weird|scared|frightened|panicky|sense of doom|feels wrong|not right',
        ),
      ],
    },
  ],
  rules: [
    {
      family: 'anaphylaxis',
      acuity: 1,
      when: [
        // Resuscitation Council UK: in a baby, floppiness or sudden sleepiness is the circulation.
        ['allergen_exposure', 'hives', 'drowsy'],

        ['anaphylaxis_words'],
        ['throat_closing'],
        ['angioedema'],
        ['recent_exposure', 'airway_trouble'],
        ['recent_exposure', 'circulation_trouble'],
        ['allergen_exposure', 'sbp_low'],
        ['hives', 'airway_trouble'],
        ['hives', 'circulation_trouble'],
        ['hives', 'sbp_low'],
        ['allergen_exposure', 'hives', 'near_faint'],
      ],
    },
    {
      family: 'anaphylaxis',
      acuity: 2,
      when: [
        ['recent_exposure', 'hives', 'throat_irritation'],
        ['recent_exposure', 'hives', 'rash_to_face'],

        ['recent_exposure', 'near_faint'],
        ['allergen_exposure', 'hives', 'gut_trouble'],
        ['allergen_exposure', 'hives', 'feels_wrong'],
        ['allergen_exposure', 'gut_trouble', 'feels_wrong'],
      ],
    },
  ],
};
