import { near, unless, word } from '../RedFlagPattern.js';
import type { FamilyDefinition } from '../RedFlagRule.js';

// Why these cancel a seizure word: patients say their app or booking system "has a fit".
const NOT_A_PERSON =
  'system|app|computer|website|laptop|booking|software|server|printer|internet|wifi|phone|car|boss|teacher|manager|dog|cat|tantrum|fitting room|fitted|fits in my|fits in the|fits me|fit note|fit for work|keep fit|fit and well|fit and healthy|fit and feel|perfectly fit|im fit|i am fit|fit as|fitness';
const SEIZURE =
  'seizure|seizures|seizing|seized|fit|fits|fitting|having a fit|convuls*|epileptic fit|tonic clonic|grand mal|status epilepticus|jerking|twitching all over|shaking all over|shaking whole body|shaking his whole body|shaking her whole body|whole body shaking|stiff and jerking|eyes rolled|eyes rolling|eyes go up|eyes went up|eyes rolled back|foaming at the mouth';

/** Seizures, thunderclap headache, head injury, cord compression and rapid weakness (NICE NG232, NG234, NHS). */
export const NEUROLOGICAL: FamilyDefinition = {
  findings: [
    {
      id: 'pupils_unequal',
      patterns: [
        word(
          'unequal pupils|one pupil bigger|one pupil is bigger|one pupil much bigger|one pupil is much bigger|one pupil looks bigger|one pupil looked bigger|one pupil is larger|one pupil larger|pupils are different sizes|pupils different sizes|different sized pupils',
        ),
      ],
    },

    {
      // A meter that reads HI is past its scale (about 33 mmol/L): with vomiting, DKA (NICE NG17).
      id: 'glucose_meter_hi',
      patterns: [
        near(
          4,
          'sugar|sugars|glucose|meter|bm|reading',
          'says hi|reads hi|reading hi|showing hi|shows hi|just says hi|hi on',
        ),
      ],
    },

    {
      id: 'seizure',
      patterns: [unless(word(SEIZURE), NOT_A_PERSON, 6)],
    },
    {
      id: 'seizure_ongoing',
      patterns: [
        unless(
          near(
            10,
            SEIZURE,
            'right now|now|still|wont stop|not stopping|hasnt stopped|for 5|for five|over 5|over five|more than 5|5 min|5 mins|5 minutes|five minutes|#n minutes|#n mins|#n min|minute|another|again|third|second one|keeps|one after another|back to back|in a row|in between|between them|not woken|hasnt woken|never properly|properly come round|not come round|havent come round|hasnt come round|not coming round|coming round between',
          ),
          NOT_A_PERSON,
          8,
        ),
        // NICE: fits one after another without coming round between are status epilepticus.
        near(
          18,
          SEIZURE,
          'didnt come round|not come round properly|come round properly|didnt wake up in between|not waking in between|not recovering in between|didnt recover in between',
        ),
      ],
    },
    {
      id: 'thunderclap',
      patterns: [
        near(
          8,
          'headache|head ache|head pain|pain in my head|pain in his head|pain in their head|pain in her head|back of my head|back of his head|back of their head|back of her head|head',
          'worst|worse|thunderclap|like being hit|hit with a bat|hit by a bat|hit over the head|exploded|explosion|explode|popped|something popped|came on in a second|came on in seconds|like a bomb|like a gunshot|like a thunderclap|worst of my life|worst ever|worst pain',
        ),
        near(
          6,
          'sudden*|suddenly|out of nowhere|out of the blue|instantly|in a second|in seconds',
          'headache|head ache|head pain|pain in my head|severe headache|pain in the back of my head|grabbed his head|grabbed their head|grabbed her head|clutching his head|clutching their head|clutching her head',
        ),
        word('thunderclap|subarachnoid|brain bleed|bleed on the brain|bleeding in the brain'),
      ],
    },
    {
      id: 'headache',
      patterns: [
        word(
          'headache|headaches|head ache|head pain|pain in head|pain in her head|pain in his head|pain in my head|pain in their head|head is pounding|banging head|banging headache|migraine|head hurts|head really hurts|head is killing|head pounding|pounding head|head is banging|head banging|head is killing me|head killing me|splitting head|splitting headache',
        ),
      ],
    },
    {
      id: 'head_injury',
      antecedent: 'event',
      patterns: [
        // NICE NG232: a rider thrown off without a helmet has hit their head until shown otherwise.
        word(
          'no helmet|without a helmet|wasnt wearing a helmet|helmet cracked|helmet is cracked|cracked my helmet|cracked his helmet|cracked her helmet|helmet split',
        ),

        near(
          8,
          'hit|hits|banged|bumped|bump|knocked|smacked|bashed|whacked|cracked|fell|fall|fallen|came off|landed|head butted|headbutted',
          'head|his head|their head|her head|my head|skull|forehead|back of the head|temple',
        ),
        word('head injury|head injuries|concussion|concussed|knocked out|knocked unconscious'),
      ],
    },
    {
      id: 'head_injury_flag',
      patterns: [
        word(
          'clear fluid|fluid from his nose|fluid from their nose|fluid from her nose|fluid from the nose|fluid from his ear|fluid from their ear|fluid from her ear|blood from his ear|blood from their ear|blood from her ear|blood from the ear|cant remember what happened|doesnt remember what happened|memory loss|blacked out|lost consciousness|knocked out|unequal pupils|one pupil bigger|different sized pupils|wont stop crying|irritable|not himself|not herself|keeps asking the same|keeps repeating|was out for|were out for|out cold|out for a minute|out for a few|out for about|one pupil is much bigger|one pupil is bigger|one pupil much bigger|pupils are different sizes|pupils different sizes|one pupil looks bigger|one pupil looked bigger|one pupil is larger|one pupil larger|not remember what happen|doesnt remember|dont remember what happen|cant remember anything|asking the same question|ask same question|same question again|same questions again|was sleep for|was asleep for a|passed out|out for one minute|out for 1 minute',
        ),
      ],
    },
    {
      id: 'skull_fracture_signs',
      patterns: [
        near(6, 'clear|watery|clear watery', 'fluid|liquid', 'nose|ear|ears'),
        // Why no single word for the fluid: "stuff" or "dripping" alone would stop reading as
        // typos of other rules' words.
        near(6, 'watery stuff|clear stuff|clear watery stuff|watery liquid', 'nose|ear|ears'),
        word(
          'bruising behind his ear|bruising behind their ear|bruising behind her ear|bruising behind my ear|bruising behind one ear|bruising behind the ear|panda eyes|battle sign',
        ),
      ],
    },
    {
      id: 'neck_injury',
      patterns: [
        near(8, 'neck', 'hurts|hurting|pain|painful|sore|cant move|agony'),
        near(
          8,
          'both arms|both hands|arms|hands',
          'tingling|tingly|numb|pins and needles|cant feel',
        ),
      ],
    },
    {
      id: 'shunt',
      antecedent: true,
      patterns: [word('shunt|vp shunt|brain shunt')],
    },
    {
      id: 'cord_level',
      patterns: [
        near(
          6,
          'numb|numbness|cant feel|no feeling|paralysed|paralyzed|weak',
          'from the waist down|waist down|from the chest down|chest down|from the neck down|below the waist',
        ),
      ],
    },
    {
      id: 'cancer',
      antecedent: true,
      patterns: [
        word('cancer|tumour|tumor|metastas*|secondaries|myeloma|lymphoma|oncologist|oncology'),
      ],
    },
    {
      id: 'anticoagulant',
      antecedent: true,
      patterns: [
        word(
          'warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|eliquis|xarelto|pradaxa|lixiana|clopidogrel|ticagrelor|prasugrel|heparin|blood thinner|blood thinners|anticoagulant*|anticoagulated|haemophilia|hemophilia|bleeding disorder|von willebrand',
        ),
      ],
    },
    {
      id: 'saddle_numb',
      patterns: [
        near(
          8,
          'saddle|privates|private area|bum|bottom|genitals|genital|down below|between my legs|between his legs|between their legs|between her legs|groin|back passage|when i wipe|wiping|inner thighs|vagina|penis|anus',
          'numb|numbness|tingl*|cant feel|no feeling|dead|strange|someone elses|pins and needles|reduced feeling',
        ),
      ],
    },
    {
      id: 'bladder_bowel_loss',
      patterns: [
        near(
          6,
          'cant|cannot|can not|couldnt|unable to|not able to|havent|hasnt|no urge|not needed|havent needed|havent been able',
          'pee|wee|urinate|pass urine|pass any urine|passed any urine|pee at all|wee at all|do a wee|have a wee|go for a wee|empty my bladder|control my bladder|control my bowels|feel when i need',
        ),
        word(
          'wet myself|wet himself|wet herself|incontinen*|lost control of my bladder|lost control of my bowels|lost control of his bladder|lost control of her bladder|bladder problems|bowel problems|toilet problems|leaking urine|soiled myself',
        ),
      ],
    },
    {
      id: 'back_pain',
      patterns: [
        word(
          'back pain|back ache|backache|bad back|lower back|upper back|sciatica|back is killing|slipped disc|disc|spine|spinal',
        ),
      ],
    },
    {
      id: 'both_legs',
      patterns: [
        near(
          8,
          'both legs|both my legs|both his legs|both their legs|both her legs|legs',
          'weak|weaker|weakness|numb|numbness|tingl*|giving way|gave way|cant walk|cant stand|heavy|jelly',
        ),
        word('into both legs|down both legs|in both legs'),
      ],
    },
    {
      id: 'ascending_weakness',
      patterns: [
        near(
          10,
          'weaker|weakness|weak|numb|tingling',
          'every day|each day|day by day|spreading|spread|spread up|moved up|moving up|creeping up|going up|getting worse|now my hands|now my arms|hands too|arms too|need the frame|cant walk|cant climb|since the flu|after food poisoning|after a stomach bug|over three days|over 3 days|over two days|over 2 days|over a few days|over the last few days|over the week',
        ),
      ],
    },
    {
      id: 'diabetic',
      antecedent: true,
      patterns: [
        word(
          'diabetic|diabetes|insulin|type 1|type one|type 2|type two|t1d|hypo|hypos|hypoglyc*|low sugar|sugar low|sugars low|gliclazide|metformin|sulfonylurea',
        ),
      ],
    },
    {
      id: 'hypo_signs',
      patterns: [
        word(
          'slurring|slurred|acting drunk|seems drunk|like hes drunk|like shes drunk|staring|sweating buckets|shaky and confused|shaky and muddled|muddled|talking nonsense|cant think straight|not answering|not making sense|cant wake|really sleepy|drowsy|confused|aggressive|combative|fitting|not with it|glazed|vacant',
        ),
      ],
    },
  ],
  rules: [
    {
      family: 'seizure',
      acuity: 1,
      when: [
        ['seizure_ongoing'],
        ['seizure', 'unresponsive'],
        ['seizure', 'blue'],
        ['seizure', 'cant_breathe'],
        ['seizure', 'pregnant'],
        ['seizure', 'noisy_breathing'],
      ],
    },
    {
      family: 'seizure',
      acuity: 2,
      when: [['seizure']],
    },
    {
      family: 'neurological',
      acuity: 1,
      when: [
        // NICE NG232: a head injury with a pupil that widens and a level of waking that falls.
        ['head_injury', 'pupils_unequal', 'drowsy'],
        ['head_injury', 'pupils_unequal', 'very_drowsy'],

        ['diabetic', 'hypo_signs'],
        ['glucose_low', 'hypo_signs'],
        ['glucose_low', 'confusion'],
        ['glucose_low', 'drowsy'],
        ['head_injury', 'unresponsive'],
      ],
    },
    {
      family: 'neurological',
      acuity: 2,
      when: [
        ['glucose_meter_hi', 'vomiting'],
        ['glucose_meter_hi', 'breathless'],
        ['glucose_meter_hi', 'drowsy'],
        ['glucose_meter_hi', 'confusion'],

        ['thunderclap'],
        ['skull_fracture_signs'],
        ['head_injury', 'neck_injury'],
        ['shunt', 'headache'],
        ['shunt', 'vomiting'],
        ['shunt', 'drowsy'],
        ['cord_level'],
        ['both_legs', 'sudden'],
        ['head_injury', 'vomiting_repeated'],
        ['head_injury', 'drowsy'],
        ['head_injury', 'confusion'],
        ['head_injury', 'seizure'],
        ['head_injury', 'anticoagulant'],
        ['head_injury', 'head_injury_flag'],
        ['head_injury', 'speech_trouble'],
        ['head_injury', 'collapse'],
        ['headache', 'sudden', 'vomiting'],
        ['headache', 'vomiting', 'drowsy'],
        ['headache', 'confusion'],
        ['saddle_numb'],
        ['bladder_bowel_loss', 'back_pain'],
        ['bladder_bowel_loss', 'both_legs'],
        ['both_legs', 'back_pain'],
        ['ascending_weakness'],
        ['cancer', 'back_pain', 'limb_weak'],
        ['cancer', 'back_pain', 'both_legs'],
        ['cancer', 'back_pain', 'neck_injury'],
        ['headache', 'bp_crisis'],
      ],
    },
  ],
};
