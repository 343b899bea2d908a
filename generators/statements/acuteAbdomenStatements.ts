import type { Statement } from './Statement.js';

/** Acute abdomen red flags (appendix, perforation, aneurysm, obstruction, torsion, pancreas) as patients write them. */
export const ACUTE_ABDOMEN_STATEMENTS: readonly Statement[] = [
  {
    family: 'acute_abdomen',
    acuity: 2,
    firstPerson:
      "the pain started around my belly button and has moved to the bottom right, it's agony when i walk or cough",
    thirdPerson:
      "{who}'s pain started around the belly button and has moved to the bottom right, it's agony walking or coughing",
    negated: "no tummy pain at all, i'm eating normally, just a bit bloated after christmas dinner",
    past: 'i had my appendix out in 2010 and have had no tummy problems since',
    familyHistory: "my brother's appendix burst when he was 12",
    hypothetical: 'what side is your appendix on?',
  },
  {
    family: 'acute_abdomen',
    acuity: 2,
    firstPerson:
      "i've got sudden severe pain across my whole tummy and it's gone hard as a board, i can't move",
    thirdPerson:
      "{who} has sudden severe pain across the whole tummy, it's hard as a board and {they} can't move",
    negated: 'my tummy is soft and not painful, i only have a bit of wind after eating beans',
    past: 'i had a perforated ulcer repaired in 2008 and my stomach has been fine since',
    familyHistory: 'my grandad had a burst stomach ulcer',
    hypothetical: 'what does a perforated bowel feel like?',
  },
  {
    family: 'acute_abdomen',
    acuity: 1,
    firstPerson:
      "i'm 74 with a known aneurysm in my tummy and i've suddenly got severe pain in my belly and back and feel faint",
    thirdPerson:
      '{who} is 74 with a known tummy aneurysm and suddenly has severe belly and back pain and feels faint',
    negated:
      'my tummy aneurysm scan was stable this year, no pain at all, just asking when the next one is',
    past: 'i had my aortic aneurysm repaired in 2014 and my follow-up scans have been fine',
    familyHistory: 'my dad died of a burst aortic aneurysm',
    hypothetical: 'who gets screened for abdominal aortic aneurysm?',
  },
  {
    family: 'acute_abdomen',
    acuity: 2,
    firstPerson:
      "my tummy is swollen like a drum, i keep vomiting and i haven't passed wind or pooed for two days",
    thirdPerson:
      "{who}'s tummy is swollen like a drum with constant vomiting and no wind or poo for two days",
    negated:
      "i'm passing wind and going to the toilet normally, no vomiting, just a bit of indigestion",
    past: "i had a blocked bowel from adhesions in 2012, it settled in hospital and hasn't happened again",
    familyHistory: 'my nan had a bowel obstruction in her eighties',
    hypothetical: 'what are the signs of a blocked bowel?',
  },
  {
    family: 'acute_abdomen',
    acuity: 2,
    firstPerson:
      "i've got sudden severe pain low on my left side that's making me vomit, it came on while i was exercising",
    thirdPerson:
      '{who} has sudden severe pain low on the left side that came on while exercising and is making {them} vomit',
    negated: 'no tummy or pelvic pain, my period is due and i just have the usual mild cramps',
    past: "i had a twisted ovary in 2016 that was untwisted in surgery, and i've had no problems since",
    familyHistory: 'my sister had surgery for a twisted ovary',
    hypothetical: 'what is ovarian torsion?',
  },
  {
    family: 'acute_abdomen',
    acuity: 2,
    firstPerson:
      "i've got severe pain in the top of my tummy going through to my back and i can't stop being sick after a heavy night drinking",
    thirdPerson:
      "{who} has severe pain at the top of the tummy going through to the back and can't stop being sick after a heavy night drinking",
    negated: 'no tummy pain or vomiting after my night out, just tired',
    past: 'i had pancreatitis in 2013 from gallstones, had my gallbladder out and have been fine since',
    familyHistory: 'my uncle had pancreatitis from drinking',
    hypothetical: 'what causes pancreatitis?',
  },
  {
    family: 'acute_abdomen',
    acuity: 2,
    firstPerson:
      "my hernia in my groin has popped out, gone hard and really painful, and i can't push it back in",
    thirdPerson:
      "{who}'s groin hernia has come out, gone hard and very painful and won't go back in",
    negated:
      "my hernia goes back in easily, it's soft and doesn't hurt, i'm waiting for my routine op",
    past: 'i had a stuck hernia fixed in emergency surgery in 2011, the repair has held since',
    familyHistory: 'my grandad had a hernia repair',
    hypothetical: 'when does a hernia need emergency surgery?',
  },
  {
    family: 'acute_abdomen',
    acuity: 2,
    firstPerson:
      "i have atrial fibrillation and i've suddenly got terrible tummy pain that's much worse than it looks, with sickness",
    thirdPerson:
      '{who} has atrial fibrillation and suddenly has terrible tummy pain and keeps being sick',
    negated:
      'my af is controlled on tablets and i have no tummy pain or sickness, just checking my next ecg',
    past: 'i had a blocked gut artery in 2015 that needed surgery, i recovered well',
    familyHistory: 'my grandma had a clot in her bowel artery',
    hypothetical: 'what is mesenteric ischaemia?',
  },
  {
    family: 'acute_abdomen',
    acuity: 2,
    firstPerson:
      "i've got awful pain from my back round to my groin that comes in waves, i'm shaking and have a fever",
    thirdPerson:
      '{who} has awful pain from the back round to the groin in waves, with shaking and fever',
    negated:
      'no back or groin pain and no fever, i just want to know how much water to drink to avoid stones',
    past: 'i had a kidney stone in 2013 that passed on its own, none since',
    familyHistory: 'my dad gets kidney stones',
    hypothetical: "how do you know if you're passing a kidney stone?",
  },
  {
    family: 'acute_abdomen',
    acuity: 2,
    firstPerson:
      "my 7 year old has pain in the bottom right of his tummy, won't jump or walk properly and has a fever",
    thirdPerson:
      "{who}'s 7 year old has pain low on the right side of the tummy, won't walk properly and has a fever",
    negated:
      "my 7 year old's tummy ache went after he had a poo, he's bouncing on the trampoline now",
    past: 'my son had his appendix out at 7 in 2015 and has been healthy since',
    familyHistory: "my sister's appendix was taken out when she was a child",
    hypothetical: "how can you tell if a child's tummy ache is appendicitis?",
  },
  {
    family: 'acute_abdomen',
    acuity: 2,
    firstPerson:
      "my colitis is flaring, i'm going to the toilet 10 times a day with blood, my tummy is swollen and my heart is racing",
    thirdPerson:
      "{who}'s colitis is flaring with bloody diarrhoea 10 times a day, a swollen tummy and a racing heart",
    negated: 'my colitis has been in remission for two years, no blood, just due my blood test',
    past: "i had a severe colitis flare in 2012 that needed steroids in hospital, it's been calm since",
    familyHistory: "my aunt has crohn's disease",
    hypothetical: 'what is a severe ulcerative colitis flare?',
  },
  {
    family: 'acute_abdomen',
    acuity: 2,
    firstPerson:
      "i've gone yellow, i've got pain under my right ribs and i'm shivering with a fever",
    thirdPerson:
      '{who} has gone yellow with pain under the right ribs and is shivering with a fever',
    negated:
      'my skin and eyes are a normal colour and i have no tummy pain, just a little heartburn after coffee',
    past: "i had an infected bile duct from a gallstone in 2014, it was cleared and i've been well since",
    familyHistory: 'my mum had her gallbladder removed',
    hypothetical: 'what does it mean if your skin goes yellow?',
  },
];
