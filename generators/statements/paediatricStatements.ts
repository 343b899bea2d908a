import type { Statement } from './Statement.js';

/** Paediatric red flags (NICE traffic light: infants, dehydration, bile, apnoea, torsion, dka) as parents write them. */
export const PAEDIATRIC_STATEMENTS: readonly Statement[] = [
  {
    family: 'paediatric',
    acuity: 2,
    firstPerson: 'my 6 week old has a temperature of 38.4',
    thirdPerson: "{who}'s 6 week old has a temperature of 38.4",
    negated: "my 6 week old's temperature is 36.8, he's feeding well, just a bit of baby acne",
    past: "my daughter had a fever at 6 weeks old in 2019 and was checked in hospital, she's 5 now and healthy",
    familyHistory: 'my brother was admitted with a fever as a newborn',
    hypothetical: 'what temperature is too high for a newborn?',
  },
  {
    family: 'paediatric',
    acuity: 2,
    firstPerson:
      "my 5 month old has had diarrhoea all day and hasn't had a wet nappy for 12 hours, her soft spot looks sunken",
    thirdPerson:
      "{who}'s 5 month old has had diarrhoea all day with no wet nappy for 12 hours and a sunken soft spot",
    negated: 'my 5 month old has plenty of wet nappies, no diarrhoea, and is feeding happily',
    past: "my son got dehydrated from a tummy bug at 5 months and needed a drip, he's 10 now and fine",
    familyHistory: "my cousin's baby was admitted with dehydration",
    hypothetical: 'how many wet nappies should a baby have a day?',
  },
  {
    family: 'paediatric',
    acuity: 2,
    firstPerson: 'my 3 week old is vomiting green bile and his tummy looks swollen',
    thirdPerson: "{who}'s 3 week old is vomiting green bile and the tummy looks swollen",
    negated:
      "my 3 week old brings up a little milk after feeds, it's white, not green, and he's gaining weight",
    past: "my son had a twisted bowel as a newborn in 2018 and had surgery, he's healthy now",
    familyHistory: 'my nephew had an operation for a blocked bowel as a baby',
    hypothetical: 'why is green vomit in a baby serious?',
  },
  {
    family: 'paediatric',
    acuity: 1,
    firstPerson:
      'my 2 month old keeps stopping breathing for 15 seconds and going blue around the lips',
    thirdPerson:
      "{who}'s 2 month old keeps pausing breathing for 15 seconds and going blue around the lips",
    negated: 'my 2 month old is pink and breathing steadily, just a bit of cradle cap',
    past: 'my daughter had a breathing pause at 2 months in 2016, tests were clear and it never happened again',
    familyHistory: 'my niece was on a breathing monitor as a baby',
    hypothetical: 'is it normal for newborns to pause their breathing?',
  },
  {
    family: 'paediatric',
    acuity: 1,
    firstPerson: "my 3 year old is really floppy and i can't wake her properly",
    thirdPerson: "{who}'s 3 year old is really floppy and won't wake up properly",
    negated: 'my 3 year old is wide awake and bouncing around the living room',
    past: "my son was floppy and hard to wake with a virus when he was 3, he was checked and recovered, he's 12 now",
    familyHistory: 'my sister was hospitalised as a toddler when she was hard to wake',
    hypothetical: 'how do you tell if a child is just sleepy or seriously unwell?',
  },
  {
    family: 'paediatric',
    acuity: 2,
    firstPerson:
      "my 13 year old son woke up with sudden agonising pain in one testicle and he's being sick",
    thirdPerson:
      "{who}'s 13 year old son woke with sudden agonising pain in one testicle and is being sick",
    negated: 'my 13 year old son has no pain down below, he just pulled a thigh muscle at rugby',
    past: "my son had a twisted testicle at 13 in 2018, surgery fixed it and he's fine",
    familyHistory: 'my husband had testicular torsion as a teenager',
    hypothetical: 'what are the signs of testicular torsion in boys?',
  },
  {
    family: 'paediatric',
    acuity: 2,
    firstPerson:
      'my 9 month old is screaming and pulling his knees up every few minutes and his nappy has red jelly-like poo',
    thirdPerson:
      "{who}'s 9 month old screams and pulls up the knees every few minutes and there's red jelly-like poo in the nappy",
    negated: "my 9 month old's poo is normal and he's not in pain, just teething and dribbling",
    past: 'my son had a bowel telescoping problem at 9 months in 2017 that was fixed without surgery',
    familyHistory: 'my cousin had intussusception as a baby',
    hypothetical: 'what is intussusception in babies?',
  },
  {
    family: 'paediatric',
    acuity: 2,
    firstPerson:
      'my 2 year old fell off the bunk bed, banged her head, has been sick three times and is very sleepy',
    thirdPerson:
      "{who}'s 2 year old fell off a bunk bed onto the head, has vomited three times and is very sleepy",
    negated:
      'my 2 year old bumped her head on the table, cried for a minute and is now playing normally, no sickness',
    past: 'my daughter fractured her skull falling off a bunk bed in 2015 but healed completely',
    familyHistory: 'my brother had a bad head injury falling out of a tree as a kid',
    hypothetical: 'when should you take a toddler to a&e after a head bump?',
  },
  {
    family: 'paediatric',
    acuity: 2,
    firstPerson:
      "my 8 year old has been weeing loads and drinking constantly, now he's vomiting, breathing deeply and his breath smells like pear drops",
    thirdPerson:
      "{who}'s 8 year old has been weeing and drinking loads and is now vomiting with deep breathing and pear-drop breath",
    negated:
      "my 8 year old drinks a normal amount and isn't weeing more than usual, she's just a fussy eater",
    past: "my son was diagnosed with type 1 diabetes at 8 when he got very ill, he's managed it well for years",
    familyHistory: 'my uncle has had type 1 diabetes since childhood',
    hypothetical: 'what are the signs of type 1 diabetes in children?',
  },
  {
    family: 'paediatric',
    acuity: 2,
    firstPerson: 'my 1 day old has gone yellow already and is very sleepy and not feeding',
    thirdPerson:
      "{who}'s 1 day old baby has already gone yellow and is very sleepy and not feeding",
    negated: "my 10 day old's slight yellow tinge has gone, he's feeding well and alert",
    past: "my daughter needed light therapy for jaundice as a newborn, she's a healthy 4 year old now",
    familyHistory: 'my brother needed a blood transfusion for jaundice as a newborn',
    hypothetical: 'when is newborn jaundice a worry?',
  },
  {
    family: 'paediatric',
    acuity: 2,
    firstPerson:
      "my 4 month old has a temp of 39.5, a weak high-pitched cry and isn't interested in feeds",
    thirdPerson:
      "{who}'s 4 month old has a temp of 39.5, a weak high-pitched cry and no interest in feeds",
    negated:
      "my 4 month old had her jabs yesterday and has a temp of 37.4, she's feeding and smiling",
    past: 'my son had a high fever at 4 months that turned out to be a kidney infection, treated and fine since',
    familyHistory: "my sister's baby had a high fever with a urine infection",
    hypothetical: 'what temperature is a fever in a 4 month old?',
  },
  {
    family: 'paediatric',
    acuity: 1,
    firstPerson:
      "my 5 year old is drooling, can't swallow his spit, is sitting forward and has a high fever",
    thirdPerson:
      "{who}'s 5 year old is drooling, can't swallow, is sitting leaning forward and has a high fever",
    negated: 'my 5 year old is swallowing fine and eating his dinner, just a mild sore throat',
    past: "my son had epiglottitis at 5 in 2014 and was treated in intensive care, he's fully recovered",
    familyHistory: 'my uncle had epiglottitis as a child before the hib jab',
    hypothetical: 'what is epiglottitis and why is it dangerous?',
  },
];
