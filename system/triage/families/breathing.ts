import { near, ordered, unless, word } from '../RedFlagPattern.js';
import type { FamilyDefinition } from '../RedFlagRule.js';
import { RED_FLAG_CONCEPTS as V } from '../redFlagConcepts.js';

const BREATHLESS =
  'chest is whistling|whistling chest|breathing through a straw|through a straw|cant get enough air|not getting enough air|air hunger|short of breath|shortness of breath|breathless*|out of breath|puffed|winded|struggling for breath|fighting for breath|stopping for breath|difficulty breathing|breathing difficult*|trouble breathing|hard to breathe|hard to breath|harder to breathe|harder to breath|breathing is getting harder|breathing getting harder|cant catch my breath|cant catch his breath|cant catch her breath|cant get my breath|cant get a full breath|cant take a deep breath|cant breathe properly|breathing is hard|breathing hard|laboured breathing|labored breathing|working hard to breathe|breathing heavily|gasping|wheez*|tight chest|chest is tight|chest feels tight';

/** Breathing difficulty and low oxygen (BTS/SIGN acute asthma, NICE, ESI v4 level 1). */
export const BREATHING: FamilyDefinition = {
  findings: [
    { id: 'asthmatic', antecedent: true, patterns: [word('asthma|asthmatic|asthmas')] },

    {
      id: 'cant_talk',
      patterns: [
        word(
          'cant talk|cannot talk|can not talk|cant speak|cannot speak|unable to talk|unable to speak|cant get words out|too breathless to talk',
        ),
      ],
    },

    {
      // Pulled from water after going under: NHS and RLSS advise A&E whatever the child looks
      // like, since the lungs can fail hours later.
      id: 'submersion',
      antecedent: 'event',
      patterns: [
        word(
          'fell in the pool|fell into the pool|fell in the water|fell into the water|fell in the river|fell in the pond|fell into the pond|fell in the canal|nearly drowned|almost drowned|near drowning|went under the water|under the water for|face down in the bath|face down in the water|face down in the pool|pulled him out of the water|pulled her out of the water|pulled them out of the water|got her out of the pool|got him out of the pool|got them out of the pool|went under in the bath|slipped under in the bath',
        ),
      ],
    },

    {
      id: 'cant_breathe',
      patterns: [
        unless(
          ordered(4, V.NOT_ABLE, V.BREATH),
          'nose|nostril|nostrils|blocked|stuffy|mask|smell|laugh*|laughing|excitement|nerves',
          4,
        ),
        unless(
          ordered(
            2,
            'not|isnt|stopped|hasnt|no longer|wasnt|doesnt seem to be|not really|stops|stopping',
            'breathing|breathe',
          ),
          'fast|faster|quick|quickly|rapid|rapidly|heavily|hard|through',
          1,
        ),
        unless(
          word(
            'pauses in her breathing|pauses in his breathing|pauses in their breathing|pausing in her breathing|pausing in his breathing|pausing in their breathing|pauses in breathing|stops breathing|stopped breathing|not breathing|apnoea|apnea|breathing pauses',
          ),
          'fast|faster|quick|quickly|rapid|rapidly|heavily|hard|through',
          1,
        ),
        unless(
          word(V.GASP),
          'printer|weeds|roses|plants|traffic|engine|laugh*|laughing|market|economy|deadlines',
          4,
        ),
        near(
          4,
          'not sure if|not sure whether|dont know if|cant tell if|unsure if|check if|checking if|is she|is he',
          'breathing|breathe|still breathing',
        ),
      ],
    },
    {
      id: 'cant_speak_breathless',
      patterns: [
        ordered(
          6,
          'only|barely|cant|cannot|can not|unable|too|struggling|hard to|struggling to|difficult to',
          'say|talk|speak|finish|get|get out',
          'words|word|sentence|sentences|full sentence',
        ),
        near(
          6,
          'breath*|puffed|wheez*|asthma|air',
          'cant talk|cannot talk|can not talk|cant speak|cannot speak|unable to talk|too breathless to talk|too puffed to talk|cant finish a sentence|cant finish sentences|can only say',
        ),
        near(6, 'choked|choking|chokes', 'cant speak|cant cough|cant talk|clutching|cant breathe'),
      ],
    },
    {
      id: 'blue',
      patterns: [
        unless(
          near(5, V.SKIN_SITES, V.BLUE),
          'blueberr*|smoothie|lipstick|juice|lolly|sweets|slushie|paint|dye|crayon|marker|pen|ink|swim|swimming|swam|pool|sea|cold water|ice|bruise|bruised|bruising|eye shadow',
          5,
        ),
        unless(
          ordered(2, V.TURNING, 'blue|bluish|blueish|purple|grey|gray|dusky'),
          'blueberr*|smoothie|paint|dye|hair|sky|bruise|bruises',
          5,
        ),
        unless(
          word(
            'cyanosed|cyanotic|cyanosis|blue lips|lips are blue|lips look blue|lips blue|blue round the mouth|blue around the mouth|grey round the mouth|grey around the mouth|dusky round the mouth',
          ),
          'blueberr*|smoothie|lipstick|juice|lolly|sweets|slushie|paint|dye|crayon|marker|ink|swim|swimming|swam|pool|sea|cold water|ice',
          6,
        ),
      ],
    },
    {
      id: 'breathless',
      patterns: [
        unless(
          word(BREATHLESS),
          'walking up|stairs|hill|gym|run|running|jog|jogging|exercise|climbing',
          3,
        ),
        near(4, 'breath*', V.LABOURED),
      ],
    },
    {
      id: 'breathless_exertional',
      patterns: [word(BREATHLESS)],
    },
    {
      id: 'breathless_rest',
      patterns: [
        near(
          10,
          BREATHLESS,
          'sitting|resting|at rest|lying down|sitting still|in bed|walk to the kitchen|to walk to the kitchen|in his chair|in their chair|in her chair|in my chair|doing nothing|talking|walking to the loo|to the toilet|across the room|to the bathroom|few steps|without stopping|cant walk|can barely walk|even sitting',
        ),
        near(
          6,
          'cant|cannot|barely|struggling to',
          'walk across the room|walk to the bathroom|walk to the toilet|get to the toilet|walk to the loo|get up the stairs',
        ),
      ],
    },
    {
      id: 'breathing_fast',
      patterns: [
        near(
          4,
          'breath*|breathes',
          'fast|faster|rapid*|quick|quickly|shallow|racing|really fast|very fast|so fast|panting|puffing',
        ),
        word('tachypnoea|tachypnea|panting'),
      ],
    },
    {
      id: 'noisy_breathing',
      patterns: [
        near(
          4,
          'breath*|breathes|each breath|every breath',
          'noisy|rattl*|gurgl*|snoring|grunt*|rasping|crackly|crackling|bubbly|loud',
        ),
        word('grunting|grunts|grunted|gurgling|stridor|stridulous|like a seal|seal bark'),
        near(
          6,
          'squeaky|whistling|high pitched|crowing|harsh',
          'noise|sound|breath*|breathes|all the time|at rest|asleep',
        ),
      ],
    },
    {
      id: 'recession',
      patterns: [
        near(
          8,
          'ribs|rib|under her ribs|under his ribs|under their ribs|chest|tummy|belly|throat|neck|collarbone',
          'sucking in|sucks in|sucked in|pulling in|pulls in|drawing in|caving in|sinking in|tugging|going in',
        ),
        word(
          'recession|recessions|intercostal|tracheal tug|head bobbing|nostrils flare|nostrils flaring|nasal flaring|flaring nostrils|flaring his nostrils|flaring their nostrils|flaring her nostrils|using my neck muscles|neck muscles to breathe|using his neck muscles|using her neck muscles',
        ),
        near(4, 'head', 'bobbing|bobs'),
        near(4, 'nostrils|nose', 'flare|flaring|flares'),
      ],
    },
    {
      id: 'asthma_attack',
      patterns: [
        near(
          8,
          'inhaler|ventolin|salbutamol|blue|puffer|reliever',
          'every 20 mins|every 20 minutes|every half hour|every 30 mins|every 30 minutes|every 15 mins|twice no better|no better',
        ),

        near(
          10,
          'inhaler|ventolin|salbutamol|blue pump|puffer|puffs|nebuliser|nebulizer|reliever',
          'not helping|isnt helping|no help|not working|isnt working|doesnt help|didnt help|not lasting|only lasts|lasts about|every hour|every 2 hours|every two hours|constantly|10 puffs|ten puffs|20 puffs|not touching it|nothing helps',
        ),
        word('asthma attack|bad asthma attack|severe asthma|silent chest'),
        // BTS/SIGN: ten puffs or more of the reliever is the dose for an attack, whatever
        // the reliever is called ("12 puffs of blue").
        near(
          3,
          '#n puffs|#n pumps|#n sprays',
          'of blue|of my blue|of ventolin|of salbutamol|of my inhaler|of the inhaler|still cant|not helping|no help|no better',
        ),
        near(6, 'wheez*', '#n puffs', 'still|cant|no help|not helping'),
      ],
    },
    {
      id: 'cant_lie_flat',
      patterns: [
        near(
          4,
          'cant|cannot|unable to|can not',
          'lie flat|lay flat|lie down flat|lie down without',
        ),
        near(
          8,
          'breath*|breathe',
          'lying flat|lie flat|lying down|lay down|propped up|pillows|sitting up to sleep|sleep sitting up',
        ),
      ],
    },
    {
      id: 'pulmonary_oedema',
      patterns: [
        word(
          'pink frothy|pinky frothy|pink and frothy|frothy pink stuff|frothy phlegm|frothy sputum|like hes drowning|like shes drowning|like theyre drowning|like he is drowning|like she is drowning|frothy spit|frothy pink|pink froth|feel like im drowning|feels like im drowning|like im drowning|drowning in my own',
        ),
      ],
    },
    {
      id: 'peak_flow_low',
      patterns: [
        near(
          8,
          'peak flow|peakflow',
          'down to|dropped|half|halved|really low|very low|below|lowest',
        ),
      ],
    },
    {
      id: 'smoke_inhalation',
      antecedent: 'event',
      patterns: [near(10, 'smoke|fire|fumes', 'breath*|cough*|hoarse|black')],
    },
    {
      id: 'pleuritic_pain',
      patterns: [
        near(
          8,
          'pain|sharp|stabbing|hurts',
          'breathe in|breathing in|deep breath|when i breathe|when he breathes|when she breathes|to breathe',
        ),
      ],
    },
    {
      id: 'calf_swelling',
      patterns: [
        near(6, 'calf|calves|leg', 'swollen|swelling|swelled|sore|painful|red|hot|tender'),
      ],
    },
    {
      id: 'coughing_blood',
      patterns: [
        ordered(5, V.BRING_UP, 'blood|bloody|red bits|streaks of blood'),
        ordered(1, V.COUGH, 'blood|bloody'),
        ordered(3, 'blood', V.SPUTUM),
      ],
    },
    {
      id: 'copd_oxygen',
      antecedent: true,
      patterns: [
        word(
          'copd|emphysema|home oxygen|on oxygen|oxygen concentrator|cystic fibrosis|bronchiectasis',
        ),
      ],
    },
  ],
  rules: [
    {
      family: 'breathing_difficulty',
      acuity: 1,
      when: [
        // BTS/SIGN: in asthma, a child or adult who tires, slows or drifts off is life-threatening.
        ['asthmatic', 'breathing_slow'],
        ['asthmatic', 'drowsy', 'confusion'],
        ['asthmatic', 'very_drowsy'],

        // BTS/SIGN: an attack that takes the words away is life-threatening.
        ['asthma_attack', 'cant_talk'],

        ['submersion', 'unresponsive'],
        ['submersion', 'blue'],

        ['cant_breathe'],
        ['cant_speak_breathless'],
        ['blue'],
        ['spo2_critical'],
        ['rr_critical'],
        ['breathless', 'unresponsive'],
        ['breathless', 'drowsy'],
        ['breathing_fast', 'confusion'],
        ['noisy_breathing', 'unresponsive'],
        ['recession', 'spo2_low'],
        ['recession', 'cant_speak_breathless'],
        ['asthma_attack', 'breathless_rest'],
        ['breathless', 'spo2_low', 'confusion'],
        ['pulmonary_oedema'],
        ['noisy_breathing', 'breathing_fast', 'age_lt_1y'],
        ['noisy_breathing', 'breathing_fast', 'infant'],
      ],
    },
    {
      family: 'breathing_difficulty',
      acuity: 2,
      when: [
        ['submersion'],

        ['breathless_rest'],
        ['peak_flow_low', 'breathless'],
        ['spo2_low'],
        ['recession'],
        ['noisy_breathing', 'age_child'],
        ['noisy_breathing', 'breathless'],
        ['asthma_attack'],
        ['breathless', 'sudden'],
        ['breathless', 'getting_worse'],
        ['breathless', 'pleuritic_pain'],
        ['breathless', 'calf_swelling'],
        ['breathless', 'coughing_blood'],
        ['breathless', 'confusion'],
        ['breathless', 'collapse'],
        ['breathless', 'hr_high'],
        ['breathless', 'rr_high'],
        ['breathless', 'pale_grey'],
        ['breathless', 'copd_oxygen'],
        ['breathless', 'cant_lie_flat'],
        ['breathing_fast', 'age_lt_1y'],
        ['breathing_fast', 'pale_grey'],
        ['breathing_fast', 'drowsy'],
        ['rr_high'],
        ['smoke_inhalation', 'breathless'],
        ['smoke_inhalation', 'noisy_breathing'],
        ['smoke_inhalation', 'airway_trouble'],
        ['pleuritic_pain', 'sudden'],
      ],
    },
  ],
};
