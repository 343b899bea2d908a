import { near, ordered, unless, word } from '../RedFlagPattern.js';
import type { FamilyDefinition } from '../RedFlagRule.js';

// Medicines and household products that poison centres name (TOXBASE, Poison Control).
const SUBSTANCE =
  'pill|pills|tablet|toilet cleaner|cleaner|cleaning product|blue liquid|foxglove|yew|leaves|plant|lily|daffodil|laburnum|valium|paracetamol|acetaminophen|tylenol|panadol|calpol|cocodamol|co codamol|codeine|tramadol|morphine|oxycodone|oxycontin|oxy|oxys|percs|fentanyl|heroin|methadone|buprenorphine|opioid*|opiate*|amitriptyline|nortriptyline|sertraline|citalopram|fluoxetine|mirtazapine|venlafaxine|antidepressant*|diazepam|xanax|alprazolam|benzo|benzos|pregabalin|gabapentin|zopiclone|zolpidem|sleeping tablets|sleeping pills|lithium|digoxin|insulin|metformin|gliclazide|amlodipine|beta blocker*|propranolol|bisoprolol|atenolol|blood pressure pills|blood pressure tablets|iron tablets|iron|vitamins|aspirin|ibuprofen|naproxen|warfarin|quetiapine|olanzapine|oramorph|oxynorm|novomix|novorapid|lantus|diltiazem|verapamil|heart tablets|heart pills|blood pressure tablets|blood pressure pills|bp tablets|bp pills|meds trolley|medicine trolley|medication trolley|antifreeze|dishwasher|dishwasher liquid|bleach|dishwasher tablet|dishwasher pod|dishwasher tablets|washing pod|washing pods|laundry pod|laundry pods|liquitab*|detergent|button battery|coin battery|battery|batteries|magnet|magnets|weed killer|weedkiller|pesticide|rat poison|slug pellets|mushroom*|toadstool*|berries|white spirit|petrol|paraffin|lamp oil|drain cleaner|oven cleaner|caustic|acid|descaler|e liquid|vape liquid|nicotine|methanol|ketamine|mdma|ecstasy|cocaine|spice|gbl|ghb|vodka|alcohol|pills|tablets|medicine|medicines|pill box|dosette|nail polish remover|essential oil|mouthwash|hand sanitiser|sanitizer';

/** Poisoning and overdose, accidental or deliberate (TOXBASE public advice, Poison Control, CDC). */
export const POISONING: FamilyDefinition = {
  findings: [
    {
      id: 'breathing_odd',
      patterns: [
        word(
          'breathing funny|breathing weird|breathing strange|breathing oddly|breathing is funny|breathing is weird|breathing sounds funny',
        ),
      ],
    },

    {
      // Products a poison centre treats as dangerous in any amount swallowed (TOXBASE).
      id: 'toxic_product',
      patterns: [
        word(
          'antifreeze|ethylene glycol|screenwash|screen wash|bleach|drain cleaner|oven cleaner|caustic|weed killer|weedkiller|paraquat|rat poison|slug pellets|methanol|lamp oil|paraffin|white spirit|petrol|dishwasher tablet|dishwasher tablets|washing pod|washing pods|laundry pod|laundry pods|liquitab*|pesticide|descaler|toilet cleaner|limescale remover|button battery|coin battery|nicotine liquid|e liquid|vape liquid|vape refill|vape refills|vape juice|vape pod|refill for my vape|nicotine pouch|nicotine pouches|nicotine gum',
        ),
      ],
    },

    {
      id: 'overdose',
      patterns: [
        unless(
          word(
            'overdose|overdosed|overdosing|od|oded|took too many|taken too many|too many tablets|too many pills|double dose|double doses|double digoxin|taking double|whole packet|whole box|whole bottle|whole strip|took a load|took loads|took lots|took a lot|taken a load|taken loads|necked|downed',
          ),
          'if i|what if|how many|by accident one|accidentally one|extra one',
          4,
        ),
        ordered(
          6,
          'took|taken|take|swallowed|had|drank|drunk|necked|downed|ate|eaten|has taken|has had',
          'a load|loads|lots|a lot|a bunch|a handful|handful|most of|all of|the whole|a whole|whole|a packet|packet|a box|a bottle|two packets|a strip|a few boxes|boxes|a few packets|packets|all her|all his|all their|all my|a week of|a weeks worth|weeks worth|a weeks supply|a months worth|a month of|a fortnight of',
          SUBSTANCE,
        ),
      ],
    },
    {
      id: 'ingestion',
      antecedent: 'event',
      patterns: [
        near(
          6,
          'mixed|mixing|popped|popping|snorted|snorting|smoked|injected|dropped|necked|sipping',
          'xanax|bars|lean|purple drank|benzos|pills|tablets|oxy|percs|percocet|fentanyl|heroin|ketamine|mdma|ecstasy|molly|pingers|spice|gbl|ghb|codeine|tramadol',
        ),

        unless(
          near(
            8,
            'swallowed|swallow|ate|eat|eats|eaten|eating|drank|drunk|drink|drinks|took|taken|cooked|foraged|picked|got into|bit into|bite of|bitten into|chewed|chewing|licked|sucked|in his mouth|in their mouth|in her mouth|put in his mouth|put in their mouth|put in her mouth|missing|gulped|sipped|had a sip|had some',
            SUBSTANCE,
          ),
          'prescribed|as prescribed|with food|on an empty|daily|every day|every morning|dose|repeat|prescription|can i take|should i take|safe to take',
          4,
        ),
        near(
          8,
          'empty|missing|gone from|found him with|found them with|found her with|open',
          'pill box|pillbox|dosette|blister|bottle|packet|tablets|pills',
        ),
      ],
    },
    {
      id: 'battery_or_magnet',
      patterns: [
        near(
          10,
          'battery|batteries|button battery|coin battery|cell battery|magnet|magnets',
          'missing|swallowed|swallow|ate|in his mouth|in their mouth|in her mouth|gone|cant find|cannot find|choking|drooling|coughing',
        ),
      ],
    },
    {
      id: 'corrosive_signs',
      patterns: [
        word(
          'drooling|drooling loads|cant swallow|cannot swallow|wont swallow|burning mouth|mouth burning|burns in his mouth|burns in their mouth|burns in her mouth|white stuff round his mouth|white stuff round their mouth|white stuff round her mouth|holding her throat|holding his throat|holding their throat|croaky|hoarse|wont drink|dribbling|dribbling a lot',
        ),
      ],
    },
    {
      id: 'insulin_error',
      patterns: [
        near(
          8,
          'insulin|novorapid|lantus|humalog|levemir|tresiba',
          'twice|double|extra|too much|whole pen|wrong dose|two doses|injected again|by mistake|accidentally',
        ),
      ],
    },
    {
      id: 'envenomation',
      patterns: [
        near(
          10,
          'adder|snake|snakebite|viper|scorpion|jellyfish|weever',
          'bite|bitten|bit|stung|sting|swelling|swollen',
        ),
      ],
    },
    {
      id: 'medication_error',
      patterns: [
        word(
          'every day instead of once a week|instead of once a week|daily instead of weekly|every day instead of weekly|twice by mistake|took them twice|taken them twice|took her tablets twice|took his tablets twice|took my tablets twice|morning tablets twice|double dosed|doubled up on',
        ),
        near(
          10,
          'paracetamol|cocodamol|co codamol|lemsip|calpol',
          'every 2 hours|every 3 hours|every two hours|every three hours|tabs a day|tablets a day|#n a day',
        ),
      ],
    },
    {
      id: 'carbon_monoxide',
      antecedent: 'event',
      patterns: [
        word(
          'better outside|better when outside|better when i go outside|better when we go out|better when we go outside|better when we are out|better when were out|better when we leave|worse at home|better out of the house|better away from home|better at work|boiler is old|old boiler',
        ),

        near(
          8,
          'boiler|gas fire|gas heater|gas stove|gas cooker|flue|chimney|log burner|wood burner|aga|heater',
          'noise|noises|noisy|smell|smells|soot|sooty|yellow flame|orange flame|broken|playing up|weird|funny|strange|leak|leaking|banging|since the|serviced|was fitted|got fitted|was installed',
        ),

        near(
          8,
          'bbq|barbecue|charcoal|heater|stove|burner',
          'tent|indoors|inside|garage|caravan|closed|shut',
        ),
        word(
          'carbon monoxide|co alarm|co detector|monoxide|generator|exhaust fumes|fumes|barbecue indoors|bbq indoors|charcoal indoors',
        ),
      ],
    },
    {
      id: 'co_symptoms',
      patterns: [
        word(
          'headache|headaches|dizzy|sick|vomit*|nausea|drowsy|confused|slumped|sleepy|tired|breathless|collapsed|everyone in the house|all of us|weve all|we have all|we all have|we all feel|even the dog|the dog too|whole family|everyone has|all of us have|the dog is|dog is|the cat is|cat is|the dog seems|pets',
        ),
      ],
    },
    {
      id: 'opioid_signs',
      patterns: [
        word(
          'pinpoint pupils|pin point pupils|tiny pupils|pupils tiny|pupils are tiny|pupils like pinpoints|pupils really small|needle by him|needle by her|needle next to him|needle next to her|needle in his arm|needle in her arm',
        ),
      ],
    },
    {
      id: 'breathing_slow',
      patterns: [
        word(
          'breathing slow|breathing is slow|breathing seems slow|breathing feels slow|breathing very slow|breathing really slow|breathing slowly|slow breathing|breathing is very slow|breath is slow|breathing but like once|breathing once every|breaths are slow|breaths are really slow|breaths are very slow|breaths really slow|breaths very slow|breaths are slower|breathing is shallow and slow|long gaps between breaths|gaps between breaths',
        ),
      ],
    },
    {
      id: 'toxic_signs',
      patterns: [
        word(
          'heart feels slow|slow heart|heartbeat feels slow|slow and uneven|uneven|losing bits of time|losing time|cant walk straight|mouth ulcers|clenched jaw|jaw clenched|pounding heart|heart pounding|burning up|ears ringing|ringing in my ears|ringing ears|tinnitus|breathing fast|pinpoint pupils|tiny pupils|pupils tiny|shaking|twitching|floaty|drunk|feels drunk|feel drunk|yellowish|seeing yellow|everything looks yellow|heart racing|pulse is|slow breathing|breathing slow|breathing is slow|gurgling|snoring|wont wake|cant wake|vomiting|being sick|been sick|sweating|agitated|hot and sweaty',
        ),
      ],
    },
  ],
  rules: [
    {
      family: 'poisoning',
      acuity: 1,
      when: [
        // TOXBASE: an overdose with any fall in consciousness needs the airway watched now.
        ['overdose', 'drowsy'],
        ['ingestion', 'drowsy', 'breathing_odd'],

        ['overdose', 'unresponsive'],
        ['ingestion', 'unresponsive'],
        // TOXBASE/ESI: a poisoned patient who can barely be roused, breathes slowly or has
        // gone blue needs airway and breathing support now.
        ['overdose', 'very_drowsy'],
        ['ingestion', 'very_drowsy'],
        ['overdose', 'breathing_slow'],
        ['ingestion', 'breathing_slow'],
        ['overdose', 'blue'],
        ['ingestion', 'blue'],
        ['opioid_signs', 'breathing_slow'],
        ['opioid_signs', 'very_drowsy'],
        ['ingestion', 'rr_critical'],
        ['ingestion', 'age_child', 'drowsy'],
        ['overdose', 'seizure'],
        ['ingestion', 'seizure'],
        ['overdose', 'noisy_breathing'],
        ['ingestion', 'noisy_breathing'],
        ['overdose', 'rr_critical'],
        ['carbon_monoxide', 'unresponsive'],
        ['carbon_monoxide', 'collapse'],
        ['overdose', 'collapse'],
        ['ingestion', 'collapse'],
      ],
    },
    {
      family: 'poisoning',
      acuity: 2,
      when: [
        // TOXBASE: a small child who is sick after a dangerous product is poisoned until shown not.
        ['toxic_product', 'infant', 'vomiting'],
        ['toxic_product', 'young_child', 'vomiting'],

        ['ingestion', 'toxic_product'],
        ['ingestion', 'young_child'],

        ['overdose'],
        ['many_tablets'],
        ['battery_or_magnet'],
        ['insulin_error'],
        ['medication_error'],
        ['envenomation'],
        ['ingestion', 'age_child'],
        ['opioid_signs', 'drowsy'],
        ['ingestion', 'vomiting_repeated'],
        ['ingestion', 'infant'],
        ['ingestion', 'corrosive_signs'],
        ['ingestion', 'toxic_signs'],
        ['ingestion', 'drowsy'],
        ['ingestion', 'confusion'],
        ['ingestion', 'vomiting_repeated'],
        ['ingestion', 'suicide_words'],
        ['carbon_monoxide', 'co_symptoms'],
        ['toxic_signs', 'overdose'],
      ],
    },
  ],
};
