import type { Statement } from './Statement.js';

/** Anaphylaxis red flags (food, stings, drugs, dyes, vaccines, angioedema) as patients write them. */
export const ANAPHYLAXIS_STATEMENTS: readonly Statement[] = [
  {
    family: 'anaphylaxis',
    acuity: 1,
    firstPerson:
      "i ate something with peanuts and my throat feels like it's closing and my lips are swelling",
    thirdPerson:
      '{who} ate something with peanuts and {their} throat is closing up and {their} lips are swelling',
    negated:
      'no swelling of my lips or throat after eating out, i avoided the peanuts and i feel fine',
    past: "i had a reaction to peanuts as a child and needed adrenaline, i've avoided them since and carry an epipen",
    familyHistory: 'my brother has a peanut allergy and carries an epipen',
    hypothetical: 'what are the signs of anaphylaxis?',
  },
  {
    family: 'anaphylaxis',
    acuity: 1,
    firstPerson:
      "i got stung by a wasp 10 minutes ago and now i'm wheezing, dizzy and covered in hives",
    thirdPerson: '{who} got stung by a wasp and is now wheezing, dizzy and covered in hives',
    negated:
      "i got stung by a wasp on my hand, it's a bit red and sore where it stung but i feel completely fine otherwise",
    past: 'i had a bad reaction to a bee sting in 2003 and had desensitisation treatment, no problems since',
    familyHistory: 'my dad is allergic to bee stings and carries an epipen',
    hypothetical: 'how do you know if a wasp sting is an allergic reaction?',
  },
  {
    family: 'anaphylaxis',
    acuity: 1,
    firstPerson: "i've used my epipen but my tongue is still swelling and i feel faint",
    thirdPerson:
      '{who} has used {their} epipen but {their} tongue is still swelling and {they} nearly fainted',
    negated:
      "i haven't needed my epipen in years and i feel fine, i just need a replacement because mine has expired",
    past: 'i used my epipen once in 2014 after eating prawns, went to a&e and recovered fully',
    familyHistory: 'my niece had to use her epipen at school once',
    hypothetical: 'what should you do after using an epipen?',
  },
  {
    family: 'anaphylaxis',
    acuity: 1,
    firstPerson:
      "i took my first amoxicillin tablet an hour ago and now my face is swelling and i'm struggling to breathe",
    thirdPerson:
      "{who} took {their} first amoxicillin an hour ago and now {their} face is swelling and {they} can't breathe properly",
    negated:
      "i've taken amoxicillin for three days with no swelling, rash or breathing problems, just asking if i can have a glass of wine",
    past: "i had a bad allergic reaction to penicillin in 2001 and it's on my records, i avoid it and have had no problems since",
    familyHistory: 'my mum is allergic to penicillin',
    hypothetical: 'what does a penicillin allergy look like?',
  },
  {
    family: 'anaphylaxis',
    acuity: 1,
    firstPerson:
      "my 18 month old had her first taste of egg and now she's covered in hives, coughing and gone floppy",
    thirdPerson:
      "{who}'s 18 month old just had egg for the first time and is covered in hives, coughing and floppy",
    negated:
      'my 18 month old had egg for the first time with no rash, swelling or coughing, she loved it',
    past: 'my daughter reacted to egg as a baby, she outgrew it and is fine now at 6',
    familyHistory: "my cousin's son had a severe milk allergy as a baby",
    hypothetical: 'what is the safest way to introduce egg to a baby?',
  },
  {
    family: 'anaphylaxis',
    acuity: 1,
    firstPerson: "i had prawns at dinner and now my voice has gone hoarse and it's hard to swallow",
    thirdPerson:
      "{who} had prawns at dinner and now {their} voice has gone hoarse and {they} can't swallow properly",
    negated:
      "i had prawns at dinner and feel fine, no swelling, my voice is normal and i'm swallowing fine",
    past: 'i had a reaction to shellfish in my twenties, got tested, and have avoided it since without trouble',
    familyHistory: "my husband's sister is allergic to shellfish",
    hypothetical: 'can you suddenly become allergic to shellfish as an adult?',
  },
  {
    family: 'anaphylaxis',
    acuity: 1,
    firstPerson:
      "i suddenly came out in hives all over, my heart is racing and i feel like i'm going to collapse",
    thirdPerson:
      '{who} suddenly came out in hives all over and now can barely stand and is going pale',
    negated: 'no hives, no racing heart and i feel steady, just mild hay fever sneezing',
    past: "i had an unexplained allergic reaction in 2012, the allergy clinic couldn't find a cause and it's never happened again",
    familyHistory: 'my aunt had anaphylaxis from an unknown cause once',
    hypothetical: 'can you have anaphylaxis without knowing what caused it?',
  },
  {
    family: 'anaphylaxis',
    acuity: 1,
    firstPerson:
      'i dyed my hair an hour ago and now my eyes and face are swelling up and my throat feels tight',
    thirdPerson:
      '{who} dyed {their} hair an hour ago and now {their} face is swelling up and {their} throat feels tight',
    negated:
      'i did a patch test before dyeing my hair and had no reaction, no swelling or tightness',
    past: "i reacted to hair dye in 2010 with a swollen face, had treatment and now i don't use ppd dyes",
    familyHistory: 'my sister had a bad hair dye reaction at a salon',
    hypothetical: 'why do you need to do a patch test before hair dye?',
  },
  {
    family: 'anaphylaxis',
    acuity: 1,
    firstPerson:
      "i'm 15 and ate a bagel with sesame, now i'm being sick, wheezing and my chest is tight",
    thirdPerson: '{who} ate a bagel with sesame and is being sick, wheezing and has a tight chest',
    negated: 'i ate a sesame bagel and feel totally fine, no wheeze or sickness',
    past: 'i reacted to sesame when i was little but passed a food challenge at the hospital in 2019',
    familyHistory: 'my brother had a sesame allergy growing up',
    hypothetical: 'is sesame a common allergy?',
  },
  {
    family: 'anaphylaxis',
    acuity: 1,
    firstPerson:
      'i was treated for an allergic reaction this morning, and now tonight my lips and throat are swelling again',
    thirdPerson:
      '{who} was treated for an allergic reaction this morning and now {their} lips and throat are swelling again',
    negated:
      "my hay fever is bothering me but there's no swelling of my lips or throat, and my breathing is fine",
    past: 'years ago my allergic reaction came back a few hours after the first one, they kept me in overnight and i was fine',
    familyHistory: 'my mum had a second wave of an allergic reaction after a wasp sting',
    hypothetical: 'can anaphylaxis come back after it has been treated?',
  },
  {
    family: 'anaphylaxis',
    acuity: 1,
    firstPerson: 'i take ramipril and my tongue has suddenly swollen up so much i can hardly talk',
    thirdPerson:
      '{who} takes ramipril and {their} tongue has suddenly swollen so much {they} can hardly talk',
    negated:
      "i've been on ramipril for years with no swelling of my tongue or lips, just asking about a dry cough",
    past: 'i had tongue swelling from a blood pressure tablet in 2015, they switched it and it never happened again',
    familyHistory: "my dad's lips swelled up on a blood pressure tablet once",
    hypothetical: 'can blood pressure tablets cause swelling of the tongue?',
  },
  {
    family: 'anaphylaxis',
    acuity: 1,
    firstPerson:
      "i had a jab at the pharmacy 10 minutes ago and now my throat is itchy and tight and i'm coming out in a rash",
    thirdPerson:
      '{who} had a jab at the pharmacy 10 minutes ago and now has a tight, itchy throat and a spreading rash',
    negated:
      'i had my flu jab yesterday and just have a sore arm, no rash, swelling or breathing problems',
    past: 'i had an allergic reaction to a vaccine as a child but have had all my jabs since in hospital without issues',
    familyHistory: 'my grandma had an allergic reaction to a vaccine once',
    hypothetical: 'how common are allergic reactions to vaccines?',
  },
  {
    family: 'anaphylaxis',
    acuity: 1,
    firstPerson:
      "my son kissed his girlfriend after she'd eaten cashews and now his lips are swelling and he's coughing and wheezing",
    thirdPerson:
      "{who}'s son kissed someone who'd eaten cashews and now his lips are swelling and he's coughing and wheezing",
    negated: "my son has a nut allergy but he's had no contact with nuts and he's absolutely fine",
    past: 'my son had a reaction from touching a nutty surface in 2016, we used his epipen and he recovered quickly',
    familyHistory: 'my nephew has a cashew allergy and carries two epipens',
    hypothetical: 'can you have an allergic reaction from kissing someone who ate nuts?',
  },
];
