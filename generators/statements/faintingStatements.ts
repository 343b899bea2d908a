import type { Statement } from './Statement.js';

/** Fainting red flags (on exertion, lying down, no warning, heart disease, injury, after surgery) as people write them. */
export const FAINTING_STATEMENTS: readonly Statement[] = [
  {
    family: 'fainting',
    acuity: 2,
    firstPerson:
      'i just passed out while jogging, with no warning, and my heart was pounding beforehand',
    thirdPerson:
      '{who} just collapsed while playing football with no warning and was out for a minute',
    negated:
      "i've never fainted while exercising, i just feel a bit puffed at the end of a long run",
    past: "i fainted during a race in 2012, they found a heart rhythm problem, fixed it and i've run marathons since",
    familyHistory: 'my cousin died suddenly playing football at 19 from a heart condition',
    hypothetical: 'why would a healthy young person faint during exercise?',
  },
  {
    family: 'fainting',
    acuity: 2,
    firstPerson: "i blacked out just now after my heart started racing, and i've got a tight chest",
    thirdPerson:
      '{who} blacked out just now after {their} heart started racing and now has a tight chest',
    negated:
      "i haven't blacked out at all, my heart feels steady, just a bit nervous about my driving test",
    past: "i blacked out with a racing heart in 2014, had an ablation and it's never come back",
    familyHistory: 'my uncle had blackouts from a heart rhythm problem and got a pacemaker',
    hypothetical: "what's the difference between fainting and a blackout?",
  },
  {
    family: 'fainting',
    acuity: 2,
    firstPerson:
      "i'm 80 and collapsed in the kitchen without warning, i don't remember falling and i've cut my head",
    thirdPerson:
      "{who} is 80 and collapsed without warning in the kitchen, doesn't remember falling and has cut {their} head",
    negated: "i'm 80 and haven't had any falls or dizzy spells, just need my flu jab",
    past: 'i had unexplained collapses in 2015 until they fitted a pacemaker, no collapses since',
    familyHistory: 'my mum had a pacemaker fitted after several collapses',
    hypothetical: 'why do older people faint?',
  },
  {
    family: 'fainting',
    acuity: 2,
    firstPerson: 'i passed out while lying in bed watching tv, with no warning at all',
    thirdPerson: '{who} passed out lying in bed watching tv with no warning at all',
    negated: "no fainting or dizzy spells, i've been sleeping well and feel fine",
    past: 'i passed out lying down in 2016, they found a slow heart rhythm and fitted a pacemaker, fine since',
    familyHistory: 'my grandad passed out in his chair from a heart block back in 2019',
    hypothetical: 'is fainting while lying down more serious than fainting standing up?',
  },
  {
    family: 'fainting',
    acuity: 2,
    firstPerson:
      'i fainted and my husband says i was out for several minutes, i still feel very foggy',
    thirdPerson: '{who} fainted and was out for several minutes and is still very foggy',
    negated: "no fainting at all, i've felt steady on my feet all week",
    past: 'i was unconscious for a few minutes after fainting in 2013, all the tests were normal and it never happened again',
    familyHistory: 'my sister used to faint at the sight of blood',
    hypothetical: 'how long does someone normally stay unconscious after fainting?',
  },
  {
    family: 'fainting',
    acuity: 2,
    firstPerson: "i have a narrow heart valve and i've fainted twice today climbing the stairs",
    thirdPerson: '{who} has a narrow heart valve and has fainted twice today climbing the stairs',
    negated: 'my heart valve was checked last month and is stable, no fainting or dizziness',
    past: "i fainted from a tight heart valve in 2011, had it replaced and i've been well since",
    familyHistory: 'my father had his heart valve replaced after fainting',
    hypothetical: 'what is aortic stenosis?',
  },
  {
    family: 'fainting',
    acuity: 2,
    firstPerson:
      "i suddenly fainted and now i'm really short of breath, i had a knee operation last week",
    thirdPerson:
      '{who} suddenly fainted and is now really short of breath, a week after a knee operation',
    negated:
      "a week after my knee operation i'm walking with crutches and feel well, no fainting or breathlessness",
    past: 'i fainted from a blood clot on the lung after surgery in 2014, blood thinners sorted it',
    familyHistory: 'my aunt collapsed with a blood clot on the lung after a hip op',
    hypothetical: 'can a blood clot make you faint?',
  },
  {
    family: 'fainting',
    acuity: 2,
    firstPerson: 'my 14 year old fainted the moment her alarm clock went off this morning',
    thirdPerson: "{who}'s 14 year old fainted the moment the alarm went off this morning",
    negated: "my 14 year old has never fainted, she's just tired from revising",
    past: "my daughter fainted when she was 14 and was diagnosed with long qt, she's on beta blockers and has had no episodes",
    familyHistory: 'my brother has long qt syndrome',
    hypothetical: 'what is long qt syndrome?',
  },
  {
    family: 'fainting',
    acuity: 2,
    firstPerson: "i fainted in the shower and hit my head on the tiles, and i'm on warfarin",
    thirdPerson:
      '{who} fainted in the shower and hit {their} head on the tiles, and is on warfarin',
    negated: 'no fainting or falls, my warfarin levels have been steady, just booking my inr test',
    past: "i fainted and hit my head in 2012 while on warfarin, the scan was clear and i've been fine",
    familyHistory: 'my gran fainted and broke her hip years ago',
    hypothetical: 'should you go to hospital if you hit your head after fainting?',
  },
  {
    family: 'fainting',
    acuity: 2,
    firstPerson: "i've fainted three times today and each time there's no warning",
    thirdPerson: '{who} has fainted three times today and each time without any warning',
    negated: "i haven't fainted at all, even though i had a blood test today and hate needles",
    past: 'i had a spell of repeated fainting as a teenager, it was checked out and i grew out of it',
    familyHistory: 'my mum fainted a lot when she was younger',
    hypothetical: 'how many times is it normal to faint?',
  },
  {
    family: 'fainting',
    acuity: 2,
    firstPerson: "i've had diarrhoea for three days and every time i stand up i black out",
    thirdPerson: '{who} has had diarrhoea for three days and blacks out on standing up',
    negated: 'my tummy bug has settled, i can stand and walk around without feeling faint',
    past: 'i fainted from dehydration with a stomach bug on holiday years ago, a drip sorted me out',
    familyHistory: 'my nan collapsed from dehydration in a heatwave two summers ago',
    hypothetical: 'can dehydration make you faint?',
  },
  {
    family: 'fainting',
    acuity: 2,
    firstPerson:
      "i have a pacemaker and i've just fainted and my heart feels like it's going very slowly",
    thirdPerson: '{who} has a pacemaker and has just fainted, and {their} pulse feels very slow',
    negated:
      "my pacemaker check last week was fine, no fainting, i'm just asking about airport scanners",
    past: "my first pacemaker failed in 2010 and i fainted, it was replaced and i've had no trouble since",
    familyHistory: 'my grandad has had a pacemaker for 15 years',
    hypothetical: 'can a pacemaker stop working?',
  },
];
