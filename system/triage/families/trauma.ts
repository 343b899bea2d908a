import { near, word } from '../RedFlagPattern.js';
import type { FamilyDefinition } from '../RedFlagRule.js';

/** Major trauma: penetrating wounds, serious burns, high-energy injuries (NICE NG39, NHS burns). */
export const TRAUMA: FamilyDefinition = {
  findings: [
    {
      // A long lie (NHS falls, NICE CG161): hours on the floor bring cold, kidney injury and sores.
      id: 'long_lie',
      patterns: [
        word(
          'on the floor all night|on the floor for hours|on the floor overnight|been on the floor since|lying on the floor all night|couldnt get up all night|on the floor since last night|there all night after a fall|on the floor for #n hours',
        ),
      ],
    },

    {
      // NICE NG38/NHS: a broken limb with a cold, pale or numb hand or foot beyond it has lost
      // its blood supply.
      id: 'limb_deformity',
      patterns: [
        word(
          'bent in the wrong place|bent the wrong way|wrong shape|looks deformed|deformed|bone sticking out|bone is sticking out|at a funny angle|at a weird angle',
        ),
      ],
    },

    {
      id: 'penetrating_injury',
      patterns: [word('stabbed|stab wound|knifed|been shot|gunshot|shot in|impaled')],
    },
    {
      id: 'serious_burn',
      patterns: [
        word(
          'white and leathery|leathery|charred|burn bigger than|bigger than my hand|bigger than his hand|bigger than their hand|bigger than her hand|skin is peeling|skin peeling|burns on his face|burns on their face|burns on her face|chemical burn|electrical burn|electric shock|burnt his face|burnt their face|burnt her face',
        ),
        near(
          8,
          'burn|burns|burnt|scald|scalded|scalding|kettle|boiling water',
          'blister*|peeling|gone white|turned white|white and|leathery|bigger than|face|chest|large|huge|whole',
        ),
      ],
    },
    {
      id: 'high_energy_injury',
      patterns: [
        word(
          'handlebar|handlebars|hit by a car|knocked down by|run over|fell from a height|fell off the roof|fell off a roof|fell from the roof|fell off a ladder|car crash|crashed his car|crashed their car|motorbike accident|came off his motorbike|came off their motorbike|came off her motorbike',
        ),
        near(
          6,
          'tackled|kicked by|kicked in|punched in|fell onto|landed on',
          'side|tummy|stomach|belly|ribs|chest|back',
        ),
      ],
    },
    {
      id: 'injury_pain_worse',
      patterns: [
        word(
          'getting worse|worse not better|hurts to breathe|really hurts inside|hurts inside|looking pale|going pale|pale and sweaty|bruise on his tummy|bruise on their tummy|bruise on her tummy|round bruise',
        ),
      ],
    },
  ],
  rules: [
    {
      family: 'major_trauma',
      acuity: 1,
      when: [
        ['penetrating_injury', 'bleeding_any'],

        ['penetrating_injury', 'shock_signs'],
        ['penetrating_injury', 'breathless'],
      ],
    },
    {
      family: 'major_trauma',
      acuity: 2,
      when: [
        ['long_lie', 'older'],
        ['long_lie', 'temp_below_36'],

        ['limb_deformity', 'cold_peripheries'],
        ['limb_deformity', 'pale_grey'],

        ['penetrating_injury'],
        ['serious_burn'],
        ['high_energy_injury', 'injury_pain_worse'],
        ['high_energy_injury', 'shock_signs'],
        ['high_energy_injury', 'pleuritic_pain'],
      ],
    },
  ],
};
