import type { Statement } from './Statement.js';

/** Seizure red flags (clusters, long fits, first fits, febrile, hypo, withdrawal, infants) as people write them. */
export const SEIZURE_STATEMENTS: readonly Statement[] = [
  {
    family: 'seizure',
    acuity: 1,
    firstPerson:
      "i've had three fits in a row this morning and i haven't properly come round between them",
    thirdPerson:
      '{who} has had three fits in a row this morning without properly coming round between them',
    negated: "i haven't had a seizure in over a year, i just need my epilepsy medication renewed",
    past: "i had a cluster of fits in 2010 that needed hospital, my meds were changed and i've been seizure free since",
    familyHistory: 'my brother has epilepsy and had clusters of fits as a teenager',
    hypothetical: 'what is a seizure cluster?',
  },
  {
    family: 'seizure',
    acuity: 2,
    firstPerson:
      "i've just come round from a fit that my partner timed at over 5 minutes and i keep drifting off",
    thirdPerson:
      '{who} just had a fit that lasted over 5 minutes and keeps drifting off afterwards',
    negated:
      "i haven't had a fit in years, my epilepsy is controlled, just asking about my driving licence",
    past: "i had a long seizure in 2007 that needed rescue medicine, i've been seizure free for years",
    familyHistory: 'my aunt had a long seizure once and needed an ambulance',
    hypothetical: 'how long does a seizure have to last before you call an ambulance?',
  },
  {
    family: 'seizure',
    acuity: 2,
    firstPerson:
      "i've just had my first ever fit at work, bit my tongue and wet myself, and i feel very groggy",
    thirdPerson:
      '{who} has just had a first ever fit, bit {their} tongue and wet {them}self, and is very groggy',
    negated: 'never had a fit, i only bit my tongue eating a sandwich',
    past: "i had a single seizure at 19 in 2008, all the tests were clear and i've never had another",
    familyHistory: 'my mum has epilepsy, well controlled',
    hypothetical: 'what happens after someone has their first seizure?',
  },
  {
    family: 'seizure',
    acuity: 2,
    firstPerson:
      "my 18 month old just had a fit with a high temperature, it's the first time and she's very sleepy now",
    thirdPerson:
      "{who}'s 18 month old just had a fit with a high temperature for the first time and is very sleepy",
    negated:
      "my 18 month old is a bit warm from teething but she's alert, playing and has had no fits",
    past: "my son had a febrile convulsion at 18 months in 2016, he outgrew them and he's fine",
    familyHistory: 'my husband had febrile fits as a toddler',
    hypothetical: 'what causes febrile convulsions in toddlers?',
  },
  {
    family: 'seizure',
    acuity: 2,
    firstPerson:
      'i had a fit, fell and hit my head on the kitchen floor, and now i have a bad headache and a cut',
    thirdPerson:
      '{who} had a fit, fell and hit {their} head on the floor and now has a bad headache and a cut',
    negated: "i haven't had a fit or a fall, i just knocked my elbow on the door",
    past: "i hit my head during a seizure in 2012, the scan was clear and i've had no seizures since new tablets",
    familyHistory: 'my cousin cracked his head during a fit years ago',
    hypothetical: 'what should you do if someone has a seizure and hits their head?',
  },
  {
    family: 'seizure',
    acuity: 2,
    firstPerson:
      "i stopped drinking two days ago after years of heavy drinking, i've just had a fit and i'm shaking all over",
    thirdPerson:
      '{who} stopped drinking two days ago after years of heavy drinking and has just had a fit',
    negated: "i stopped drinking a year ago with help from my gp and i've had no shakes or fits",
    past: "i had a withdrawal fit when i tried to stop drinking on my own in 2011, i detoxed properly since and i'm sober",
    familyHistory: 'my dad had withdrawal fits when he gave up alcohol',
    hypothetical: 'why is it dangerous to stop drinking suddenly?',
  },
  {
    family: 'seizure',
    acuity: 1,
    firstPerson:
      "i'm type 1 and my partner says i just had a fit, my sugar was 1.9 and i still feel shaky and muddled",
    thirdPerson:
      '{who} is type 1 diabetic, had a fit just now with a sugar of 1.9 and is still shaky and muddled',
    negated: "i'm type 1, my sugars have been steady between 5 and 8, no hypos or fits",
    past: "i had a hypo fit in 2013 before i got a sensor, i've had no bad hypos since",
    familyHistory: 'my grandad had a fit from a low sugar once',
    hypothetical: 'can a low blood sugar cause a seizure?',
  },
  {
    family: 'seizure',
    acuity: 1,
    firstPerson:
      "my right arm and face have been jerking on their own for 10 minutes and i can't make it stop",
    thirdPerson: "{who}'s right arm and face have been jerking for 10 minutes and won't stop",
    negated: "my leg twitches now and then as i'm falling asleep but i'm totally fine in the day",
    past: "i had jerking in my arm from a brain scar in 2010, medication stopped it and i've had none since",
    familyHistory: 'my nephew has focal seizures that are well controlled',
    hypothetical: 'what is a focal seizure?',
  },
  {
    family: 'seizure',
    acuity: 1,
    firstPerson: 'i had a fit and have been in and out of it since, i can barely keep my eyes open',
    thirdPerson: "{who} had a fit 20 minutes ago and still hasn't woken up",
    negated: "i'm alert and well, no seizures, just want to know about the flu jab with epilepsy",
    past: "in 2009 i didn't wake properly after a seizure and was kept in hospital, but i recovered fully",
    familyHistory: 'my aunt had epilepsy and once took ages to come round after a fit',
    hypothetical: 'how long does it normally take to recover after a seizure?',
  },
  {
    family: 'seizure',
    acuity: 2,
    firstPerson:
      'my 6 month old keeps having episodes of stiffening and jerking with her eyes rolling, and she has no fever',
    thirdPerson:
      "{who}'s 6 month old keeps stiffening and jerking with eyes rolling back, without any fever",
    negated:
      "my 6 month old startles at loud noises but she's alert, feeding and has never had any jerking episodes",
    past: "my son had seizures as a baby in 2015 that stopped with treatment, he's nine and doing well",
    familyHistory: 'my niece had infantile spasms as a baby',
    hypothetical: 'what do seizures look like in babies?',
  },
  {
    family: 'seizure',
    acuity: 2,
    firstPerson: "i ran out of my epilepsy tablets three days ago and i've had two seizures today",
    thirdPerson: '{who} ran out of epilepsy tablets three days ago and has had two seizures today',
    negated: "i never miss my epilepsy tablets and haven't had a seizure in two years",
    past: "i had seizures after running out of tablets in 2014, since then i've set up repeat prescriptions and been fine",
    familyHistory: 'my brother had a seizure once when he forgot his tablets',
    hypothetical: 'what happens if you miss a dose of epilepsy medication?',
  },
  {
    family: 'seizure',
    acuity: 2,
    firstPerson:
      "i've had a fever and kept smelling strange smells for two days, i've just had a fit and my words are muddled",
    thirdPerson:
      '{who} has had a fever for two days, has just had a fit and is talking muddled nonsense',
    negated: "no fever, no fits and i'm thinking clearly, just got a sore throat",
    past: "i had encephalitis with a fit in 2012, i was treated and i've been well since",
    familyHistory: 'my cousin had encephalitis years ago and recovered',
    hypothetical: 'can an infection in the brain cause a seizure?',
  },
];
