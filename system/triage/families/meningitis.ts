import { near, unless, word } from '../RedFlagPattern.js';
import type { FamilyDefinition } from '../RedFlagRule.js';

const SPOTS =
  'rash|spots|spot|dots|marks|blotches|blotch|bruises|bruising|pinpricks|pin pricks|pinprick';

/** Meningitis and meningococcal disease (NICE NG240, Meningitis Research Foundation, NHS glass test). */
export const MENINGITIS: FamilyDefinition = {
  findings: [
    {
      id: 'nonblanching_rash',
      patterns: [
        near(
          6,
          'glass test|glass|tumbler',
          'not going away|not going|doesnt go|didnt go|not fading|still there|still see|stays|stayed|wont go',
        ),

        near(
          10,
          SPOTS,
          'doesnt make it fade|didnt make it fade|doesnt make them fade|didnt make them fade|dont fade|doesnt fade|didnt fade|wont fade|not fading|not fade|does not fade|did not fade|still there under|still see them through|non blanching|nonblanching|dont go when|didnt go when|dont go away when|dont disappear|didnt disappear|doesnt go|stay when i press|stayed when i pressed|dont go white|didnt go white|dont blanch|doesnt blanch|didnt blanch|cant press away|cannot press away|wont press away|doesnt press away|dont press away|wont go when i press|doesnt go when i press',
        ),
        near(
          4,
          'purple|purplish|dark red|red purple|deep red|tiny red|tiny dark|pinprick|pinpricks|pin prick|pin pricks|pinpoint|pinpoints|petechia*|purpura|purpuric',
          SPOTS,
        ),
        word('petechiae|petechial|purpura|purpuric|non blanching|nonblanching'),
        // NICE NG240: a rash like bruises is purpura until shown otherwise.
        near(
          8,
          'rash|spots|blotches|blotchy|patches|marks',
          'like bruises|like tiny bruises|like a bruise|like bruising|look like bruises|looks like bruises|looks like bruising',
        ),
        near(
          8,
          'glass|tumbler',
          'didnt go|didnt fade|doesnt go|doesnt fade|dont go|dont fade|still there|still see|didnt disappear|it didnt',
        ),
      ],
    },
    {
      id: 'neck_stiff',
      patterns: [
        near(
          6,
          'moves his head|moves her head|moves their head|move his head|move her head|move their head|turn his head|turn her head',
          'cry|cries|crying|screams|screaming|scream|hurts|wont',
        ),

        unless(
          near(
            5,
            'neck',
            'stiff*|rigid|cant bend|cant move|hurts to bend|cant look down|cant touch|doesnt let me touch|wont let me touch|doesnt let us touch|wont let us touch|screams when|cries when|cry when|chin to chest|chin on chest|not want to move|doesnt want to move|wont move|hurts when he bends|hurts when she bends|hurts when i bend|hurts when they bend|arching|arched|arches',
          ),
          'slept|sleeping|pillow|funny angle|sofa|gym|whiplash|desk|one side only|on the left side only|on the right side only|turning left|turning right|pulled',
          10,
        ),
        near(6, 'chin', 'chest', 'cant|cannot|wont|unable|hurts'),
      ],
    },
    {
      id: 'photophobia',
      patterns: [
        word(
          'makes my eyes hurt|makes her eyes hurt|makes his eyes hurt|makes their eyes hurt|flinches when i open the curtains|flinches at the light|the light hurts|light is hurting|light hurting her|light hurting his|light hurting their|light hurting my|light hurts|light hurting|hurts her eyes|hurts his eyes|hurts their eyes|hurts my eyes|cant stand the light|cant bear the light|close the curtains|curtains shut|curtains closed|dark room|dark bedroom|photophobia|sensitive to light|light sensitive|light is too bright|bright lights hurt|bright light hurts|cant look at my phone|cant look at the screen|cant look at screens|cant look at my screen|cant look at the light|screen hurts my eyes|screens hurt|hurts to look at the light|hurts to look at light',
        ),
      ],
    },
    {
      id: 'bulging_fontanelle',
      patterns: [
        near(
          8,
          'soft spot|soft place|fontanelle|fontanel|top of his head|top of their head|top of her head|top of head',
          'bulge|bulges|bulging|bulged|swell*|swollen|swelling|tight|raised|hard|pushed out|sticking out|tense',
        ),
      ],
    },
    {
      id: 'meningitis_words',
      antecedent: true,
      patterns: [
        unless(
          word('meningitis|meningococcal|meningococcus|men b|menb|meningococcal septicaemia'),
          'jab|jabs|vaccine|vaccination|booster|immunisation|runs in|had meningitis|as a baby|years ago|in the',
          4,
        ),
      ],
    },
    {
      id: 'limb_pain_child',
      patterns: [
        // NICE NG240: leg pain shown by a child who cries when the legs are touched.
        near(
          6,
          'cries|crying|screams|screaming|winces|howls|yelps',
          'touch her legs|touch his legs|touch their legs|touch her leg|touch his leg|touched her legs|touched his legs|touch her arms|touch his arms|move her legs|move his legs',
        ),

        near(
          6,
          'legs|leg|arms|joints|muscles',
          'hurt|hurts|ache|aching|pain|pains|painful|agony',
          'wont walk|cant walk|cant stand|impossible|screaming|crying|so much|loads|agony|really bad',
        ),
      ],
    },
  ],
  rules: [
    {
      family: 'meningitis',
      acuity: 1,
      when: [
        ['nonblanching_rash', 'unresponsive'],
        ['nonblanching_rash', 'drowsy', 'fever'],
        ['nonblanching_rash', 'drowsy', 'fever_reading'],
        ['nonblanching_rash', 'very_drowsy'],
        ['nonblanching_rash', 'confusion', 'fever'],
        ['nonblanching_rash', 'confusion', 'fever_reading'],
        ['neck_stiff', 'unresponsive'],
        ['bulging_fontanelle', 'unresponsive'],
      ],
    },
    {
      family: 'meningitis',
      acuity: 2,
      when: [
        ['nonblanching_rash'],
        ['bulging_fontanelle'],
        ['neck_stiff', 'fever'],
        ['neck_stiff', 'fever_reading'],
        ['neck_stiff', 'headache'],
        ['neck_stiff', 'photophobia'],
        ['neck_stiff', 'vomiting'],
        ['neck_stiff', 'confusion'],
        ['neck_stiff', 'drowsy'],
        ['photophobia', 'fever', 'headache'],
        ['photophobia', 'fever_reading', 'headache'],
        ['photophobia', 'vomiting', 'headache'],
        ['meningitis_words', 'fever'],
        ['meningitis_words', 'fever_reading'],
        ['meningitis_words', 'headache'],
        ['meningitis_words', 'vomiting'],
        ['fever', 'cold_peripheries', 'limb_pain_child'],
        ['fever_reading', 'cold_peripheries', 'limb_pain_child'],
        ['fever_reading', 'cold_peripheries', 'pale_grey'],
        ['headache', 'fever', 'confusion'],
        ['headache', 'fever_reading', 'confusion'],
      ],
    },
  ],
};
