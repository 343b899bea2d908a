import { near, unless, word } from '../RedFlagPattern.js';
import type { FamilyDefinition } from '../RedFlagRule.js';
import { RED_FLAG_CONCEPTS as V } from '../redFlagConcepts.js';

// Why these cancel chest pain: pain that pressing reproduces, after a strain or a cough, is
// chest-wall pain (NICE CG95 lists it among features that make angina less likely).
const CHEST_WALL =
  'infection|infections|cold|phlegm|mucus|flu|virus|covid|drawers|freezer|hair|acne|spots|rash|press|pressing|pressed|touch|touching|pulled|strain*|muscle|bench|benching|twist*|twisting|lifting|reproducible|tender to touch|sore to touch|when i cough|coughing|bruised|rib|ribs|broke|indigestion after|heartburn after';

/** Acute coronary syndrome, typical and atypical (NICE CG95, AHA warning signs). */
export const CARDIAC: FamilyDefinition = {
  findings: [
    {
      id: 'arm_any',
      patterns: [word('his arm|her arm|my arm|arm too|left arm|his arms|her arms|my arms')],
    },
    {
      // NICE CG95: chest pain that GTN does not ease is a heart attack until shown otherwise.
      id: 'gtn_failed',
      patterns: [
        near(
          6,
          'spray|gtn|glyceryl|nitro|nitroglycerin',
          'not working|isnt working|not helping|isnt helping|didnt help|no help|doesnt help|after 2 doses|after two doses|after 3 doses',
        ),
      ],
    },
    {
      // Someone who cannot say what hurts (dementia, a baby) shows it with a hand on the chest.
      id: 'chest_rubbing',
      patterns: [
        word(
          'rubbing her chest|rubbing his chest|rubbing their chest|clutching her chest|clutching his chest|holding her chest|holding his chest|clutching at her chest|clutching at his chest',
        ),
      ],
    },
    {
      id: 'low_bp_words',
      patterns: [
        word(
          'bp low|bp is low|bp very low|low bp|blood pressure low|blood pressure is low|low blood pressure|pressure is low|pressure dropped|bp dropped|bp has dropped',
        ),
      ],
    },

    {
      id: 'chest_pain',
      patterns: [
        unless(
          near(5, V.CHEST, `${V.CHEST_PAIN}|weight|band|vice|elephant|sitting on`),
          CHEST_WALL,
          8,
        ),
      ],
    },
    {
      id: 'chest_pain_any',
      patterns: [near(5, V.CHEST, `${V.CHEST_PAIN}|weight|band|vice|elephant|sitting on`)],
    },
    {
      id: 'central_ache',
      patterns: [
        near(
          5,
          'ache|aching|pain|pressure|tightness|heaviness|heavy|discomfort',
          'in the middle|in the centre|in the center|central|middle of my chest|centre of my chest|center of my chest|behind my breastbone',
        ),
      ],
    },
    {
      id: 'chest_crushing',
      patterns: [
        near(8, V.CHEST, V.CRUSHING),
        near(
          4,
          'weight|elephant|someone|something',
          'on my chest|on his chest|on their chest|on her chest|sitting on',
        ),
      ],
    },
    {
      id: 'radiation',
      patterns: [
        near(
          6,
          'radiat*|spread*|spreading|going down|goes down|going up|goes up|goes through|going through|goes into|going into|into my|into his|into her|up into|down into|moving into|travels|shooting',
          'arm|arms|jaw|jaws|neck|shoulder|shoulders|back|throat|teeth',
        ),
        near(
          4,
          'left arm|left shoulder|left side of my neck|both arms|down my arm|down his arm|down their arm|down her arm',
          'ache|aches|aching|pain|hurts|heavy|numb|tingl*|dead|weird',
        ),
      ],
    },
    {
      id: 'arm_jaw_ache',
      patterns: [
        near(
          5,
          'jaw|jaws|left arm|both arms|both my arms|both his arms|both her arms|both their arms|left shoulder|upper back|between shoulder blades|between the shoulder blades|between my shoulder blades|between my shoulder blade|between his shoulder blades|between his shoulder blade|between their shoulder blades|between their shoulder blade|between her shoulder blades|between her shoulder blade|throat',
          'ache|aches|aching|pain|pains|hurts|heavy|heaviness|tight|tightness|pressure|squeez*|discomfort|sudden pressure',
        ),
      ],
    },
    {
      id: 'epigastric',
      patterns: [
        near(4, 'stomach|tummy|belly', 'top bit|top part|upper part|at the top'),

        word(
          'indigestion|heartburn|gastric|upper stomach|upper tummy|upper belly|top of my stomach|top of his stomach|top of their stomach|top of her stomach|top of the stomach|pit of my stomach|behind my breastbone|behind the breastbone|behind his breastbone|behind their breastbone|behind her breastbone|burning in my chest|acid',
        ),
      ],
    },
    {
      id: 'exertional',
      patterns: [
        near(
          10,
          'walk|walked|walking|climb*|stairs|hill|exercise|exertion|gardening|hoovering|carrying',
          'had to stop|made me stop|made me sit|came on|comes on|come on|came back|goes when i rest|went when i rested|until it went|sit on the step|sit down|when i walked|when i walk|when walking|walked up|up the stairs',
        ),
      ],
    },
    {
      id: 'heart_attack_words',
      patterns: [
        unless(
          word(`${V.HEART_ATTACK}|heart problem`),
          'sank|sink|sinks|skipped a beat|nearly gave me|nearly had|almost gave me|almost had|gave me a|of a morning|of a day|lol|haha|rehab|class|check|health check|results|ecg results',
          5,
        ),
      ],
    },
    {
      id: 'heart_history',
      antecedent: true,
      patterns: [
        word(
          'stent|stents|bypass|angina|gtn|nitro*|heart disease|heart attack before|had a heart attack|cardiac history|angioplasty',
        ),
      ],
    },
    {
      id: 'risk_factor',
      antecedent: true,
      patterns: [
        word(
          'diabetic|diabetes|smoker|smoke|cholesterol|high blood pressure|hypertension|family history of heart|overweight|menopause|postnatal|had my baby|just had a baby',
        ),
      ],
    },
    {
      id: 'nausea',
      patterns: [
        word(
          'nausea|nauseous|nauseated|feel sick|feels sick|feeling sick|felt sick|queasy|vomit*|throwing up|being sick|been sick|sick',
        ),
      ],
    },
    {
      id: 'heart_racing',
      patterns: [
        word(
          'palpitations|heart racing|heart is racing|heart pounding|heart is pounding|racing heart|pounding heart|heart going really fast|heart going so fast|heart beating fast|heart beating really fast|heart fluttering|irregular heartbeat|heart is going|heart going mad|heart going crazy|heart going nuts|heart going like the clappers|heart going ten to the dozen',
        ),
      ],
    },
    {
      id: 'device_shock',
      patterns: [
        near(
          8,
          'defibrillator|icd|implanted',
          'shocked|shock|shocks|gone off|went off|fired|firing',
        ),
      ],
    },
    {
      id: 'tearing_pain',
      patterns: [near(8, 'tearing|ripping|torn|tore', 'pain|chest|back|through')],
    },
  ],
  rules: [
    {
      family: 'cardiac_chest_pain',
      acuity: 1,
      when: [
        ['chest_pain_any', 'collapse'],
        ['chest_pain_any', 'unresponsive'],
        ['chest_pain_any', 'sbp_critical'],
      ],
    },
    {
      family: 'cardiac_chest_pain',
      acuity: 2,
      when: [
        // AHA: jaw and both arms together is the heart's pattern, not a muscle's.
        ['arm_jaw_ache', 'radiation'],

        ['sweating', 'pale_grey', 'doom'],
        ['epigastric', 'arm_any', 'pale_grey'],
        ['chest_pain_any', 'gtn_failed'],
        ['heart_history', 'gtn_failed'],
        ['chest_rubbing', 'nausea'],
        ['chest_rubbing', 'vomiting'],
        ['chest_rubbing', 'low_bp_words'],

        // AHA: in older people a heart attack often passes for indigestion; a change of colour
        // or fast breathing beside it is not indigestion.
        ['epigastric', 'older', 'pale_grey'],
        ['epigastric', 'pale_grey', 'breathing_fast'],

        ['heart_attack_words'],
        ['chest_crushing'],
        ['chest_pain'],
        ['chest_pain_any', 'radiation'],
        ['chest_pain_any', 'sweating'],
        ['chest_pain_any', 'breathless'],
        ['chest_pain_any', 'pale_grey'],
        ['chest_pain_any', 'nausea'],
        ['chest_pain_any', 'heart_history'],
        ['chest_pain_any', 'exertional'],
        ['chest_pain_any', 'sbp_low'],
        ['central_ache', 'nausea'],
        ['central_ache', 'exertional'],
        ['central_ache', 'sweating'],
        ['central_ache', 'breathless'],
        ['arm_jaw_ache', 'exertional'],
        ['arm_jaw_ache', 'sweating'],
        ['arm_jaw_ache', 'breathless'],
        ['arm_jaw_ache', 'nausea'],
        ['arm_jaw_ache', 'chest_pain_any'],
        ['epigastric', 'sweating'],
        ['epigastric', 'pale_grey', 'breathless'],
        ['epigastric', 'near_faint', 'sweating'],
        ['breathless', 'doom'],
        ['sweating', 'pale_grey', 'breathless'],
        ['tearing_pain'],
        ['device_shock'],
        ['heart_racing', 'collapse'],
        ['heart_racing', 'chest_pain_any'],
        ['bp_severe', 'chest_pain_any'],
      ],
    },
  ],
};
