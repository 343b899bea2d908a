import type { Statement } from './Statement.js';

/** Meningitis and meningococcal red flags (rash, neck, light, babies, students) as patients write them. */
export const MENINGITIS_STATEMENTS: readonly Statement[] = [
  {
    family: 'meningitis',
    acuity: 2,
    firstPerson:
      "i've got a fever and a rash of purple spots that don't fade when i press a glass on them",
    thirdPerson: "{who} has a fever and purple spots that don't fade when i press a glass on them",
    negated:
      "my rash fades completely when i press a glass on it and i have no fever, it's probably heat rash",
    past: 'i had meningitis at university in 2005 and made a full recovery',
    familyHistory: 'my cousin had meningitis as a baby and lost some hearing',
    hypothetical: 'how do you do the glass test for a meningitis rash?',
  },
  {
    family: 'meningitis',
    acuity: 2,
    firstPerson:
      "i've got a terrible headache, a stiff neck i can't bend forward and the light is hurting my eyes",
    thirdPerson:
      "{who} has a terrible headache and a stiff neck, can't bend it forward and the light is hurting {their} eyes",
    negated:
      "no headache, no stiff neck and light doesn't bother me, i'm just sneezing with hay fever",
    past: "i had viral meningitis in 2011 with a stiff neck and headache, it got better on its own and i've been fine",
    familyHistory: 'my brother had viral meningitis at school',
    hypothetical: 'why does meningitis cause a stiff neck?',
  },
  {
    family: 'meningitis',
    acuity: 2,
    firstPerson:
      'my 4 month old has a fever, the soft spot on his head is bulging and he has a high-pitched cry',
    thirdPerson:
      "{who}'s 4 month old has a fever, a bulging soft spot on the head and a strange high-pitched cry",
    negated: "my 4 month old's soft spot looks normal, no fever, and he's feeding and smiling",
    past: 'my daughter had meningitis at 4 months in 2017 and has grown up healthy',
    familyHistory: 'my nephew had meningitis as a baby',
    hypothetical: "what should a baby's soft spot look like?",
  },
  {
    family: 'meningitis',
    acuity: 2,
    firstPerson:
      "i'm at uni, i've got a fever, i've been vomiting and i'm so drowsy i can barely keep my eyes open",
    thirdPerson:
      '{who} is at uni and has a fever, is vomiting and is so drowsy {they} can barely stay awake',
    negated: "i'm at uni and had a rough night out, no fever or rash, just a bit of a hangover",
    past: "i had meningitis in freshers' week in 2008 and recovered fully",
    familyHistory: 'my uncle had meningitis when he was at university',
    hypothetical: 'should students get the menacwy vaccine?',
  },
  {
    family: 'meningitis',
    acuity: 2,
    firstPerson:
      'my 2 year old has a fever and tiny red-purple pinprick spots spreading on her tummy',
    thirdPerson:
      "{who}'s 2 year old has a fever and tiny red-purple pinprick spots spreading over the tummy",
    negated: 'my 2 year old has no spots or fever, just a bit grumpy from teething',
    past: 'my son had a meningitis scare at 2 with spots, he was treated in hospital and fully recovered',
    familyHistory: 'my cousin had meningococcal disease as a toddler',
    hypothetical: 'what does a meningitis rash look like on dark skin?',
  },
  {
    family: 'meningitis',
    acuity: 2,
    firstPerson: "i've had a bad headache and fever all day and i'm struggling to think straight",
    thirdPerson: "{who} has had a fever and bad headache all day and now isn't making sense",
    negated: 'no headache or fever and my mind is clear, just a bit tired after work',
    past: "i had meningitis in 2003 that made me confused for days, i've had no after-effects",
    familyHistory: 'my grandad was left with memory problems after meningitis',
    hypothetical: "what's the difference between meningitis and encephalitis?",
  },
  {
    family: 'meningitis',
    acuity: 2,
    firstPerson:
      "i'm 17 with a fever, my legs ache so much i can't stand and my hands and feet are freezing",
    thirdPerson:
      '{who} is 17 with a fever, such bad leg pain that standing is impossible, and freezing hands and feet',
    negated: "i'm 17 and my legs are only sore from football training, no fever and i feel fine",
    past: 'i had meningococcal septicaemia at 16 in 2012, i was very lucky and recovered fully',
    familyHistory: 'my cousin lost two fingers to meningococcal disease',
    hypothetical: 'what are the early signs of meningococcal disease before the rash?',
  },
  {
    family: 'meningitis',
    acuity: 1,
    firstPerson:
      "my 7 week old is floppy, won't feed, has a temperature and doesn't like being picked up",
    thirdPerson:
      "{who}'s 7 week old is floppy, won't feed, has a temperature and cries when picked up",
    negated: 'my 7 week old is feeding well, no temperature, and is alert and kicking',
    past: "my first baby had meningitis at 7 weeks in 2015, he's now a healthy 9 year old",
    familyHistory: "my sister's baby had meningitis at a few weeks old",
    hypothetical: 'why is a fever in a young baby more worrying?',
  },
  {
    family: 'meningitis',
    acuity: 2,
    firstPerson:
      "i've had an ear infection for a week and now i've got a pounding headache, neck stiffness and fever",
    thirdPerson:
      '{who} has had an ear infection for a week and now has a pounding headache, a stiff neck and a fever',
    negated:
      'my ear infection is nearly gone, no headache, no stiff neck, just a little muffled hearing',
    past: 'an ear infection spread and gave me meningitis as a child, i recovered fully',
    familyHistory: 'my son had meningitis after an ear infection when he was little',
    hypothetical: 'can an ear infection lead to meningitis?',
  },
  {
    family: 'meningitis',
    acuity: 2,
    firstPerson:
      "i'm on steroids for my lupus and i've got a fever, vomiting and a really severe headache",
    thirdPerson: '{who} is on steroids for lupus and has a fever, vomiting and a severe headache',
    negated:
      'my lupus is settled on steroids, no fever or headache, just the usual joint stiffness in the mornings',
    past: "i had a brain infection while on high-dose steroids years ago, it was treated and i've been fine since",
    familyHistory: 'my mum had a brain infection when she was on chemo',
    hypothetical: 'are people on steroids more at risk of meningitis?',
  },
  {
    family: 'meningitis',
    acuity: 2,
    firstPerson:
      "i've got a fever and purple blotches like bruises appearing on my legs and i haven't banged them",
    thirdPerson:
      '{who} has a fever and purple blotches like bruises appearing on {their} legs without any injury',
    negated:
      'the bruise on my leg is from walking into the bed frame, i have no fever and no other marks',
    past: 'i had purple blotches and fever from meningococcal disease in 2010, i was treated quickly and recovered',
    familyHistory: 'my aunt survived meningococcal septicaemia but has scars on her legs',
    hypothetical: 'why does meningitis cause a rash that looks like bruises?',
  },
  {
    family: 'meningitis',
    acuity: 2,
    firstPerson:
      'my 8 year old has a headache, keeps being sick, hates the light and is very sleepy',
    thirdPerson:
      "{who}'s 8 year old has a headache, keeps being sick, hates the light and is very sleepy",
    negated:
      "my 8 year old had a mild headache after screen time, it's gone, no fever or sickness and she's full of energy",
    past: 'my daughter had meningitis when she was 8 in 2014 and is now fine at secondary school',
    familyHistory: 'my husband had meningitis as a boy',
    hypothetical: 'how is meningitis tested for in children?',
  },
];
