import type { Statement } from './Statement.js';

/** Poisoning red flags (overdose, batteries, carbon monoxide, household products, bites) as people write them. */
export const POISONING_STATEMENTS: readonly Statement[] = [
  {
    family: 'poisoning',
    acuity: 2,
    firstPerson: 'i took 30 paracetamol about two hours ago',
    thirdPerson: '{who} took about 30 paracetamol two hours ago',
    negated: "i took two paracetamol for period pain this morning, the normal dose, and it's eased",
    past: 'i took an overdose of paracetamol in 2010, was treated in hospital and had no liver damage',
    familyHistory: 'my cousin needed a liver transplant after a paracetamol overdose',
    hypothetical: 'how much paracetamol is too much?',
  },
  {
    family: 'poisoning',
    acuity: 2,
    firstPerson: 'my 2 year old has swallowed a button battery from the remote',
    thirdPerson: "{who}'s 2 year old has swallowed a button battery from the remote",
    negated:
      'my 2 year old was playing with the remote but all the batteries are accounted for and the cover is taped shut',
    past: 'my daughter swallowed a battery in 2018, it was removed quickly and she was fine',
    familyHistory: 'my nephew swallowed a coin as a toddler and it passed',
    hypothetical: 'why are button batteries dangerous for children?',
  },
  {
    family: 'poisoning',
    acuity: 2,
    firstPerson:
      'the whole family has headaches and feels sick since the boiler was switched on, and the co alarm is going off',
    thirdPerson:
      '{who} and the kids have headaches and sickness since the boiler came on and the co alarm is beeping',
    negated: 'our boiler was serviced last week, the co alarm is quiet and nobody has any symptoms',
    past: 'we had a carbon monoxide leak in 2012, got the boiler replaced and have been fine since',
    familyHistory: 'my grandparents had carbon monoxide poisoning from an old gas fire',
    hypothetical: 'what are the signs of carbon monoxide poisoning?',
  },
  {
    family: 'poisoning',
    acuity: 1,
    firstPerson: "i took extra oxycodone and i'm so sleepy my breathing feels slow and shallow",
    thirdPerson:
      '{who} took extra oxycodone and now is so sleepy that {their} breathing is slow and shallow',
    negated:
      "i take my oxycodone exactly as prescribed and i'm alert, just wondering about constipation",
    past: "i overdosed on heroin in 2009 and was revived with naloxone, i've been clean for years",
    familyHistory: 'my brother died of an opioid overdose',
    hypothetical: 'how does naloxone work?',
  },
  {
    family: 'poisoning',
    acuity: 2,
    firstPerson: 'my 3 year old has bitten into a dishwasher tablet and is drooling and crying',
    thirdPerson: "{who}'s 3 year old bit into a dishwasher tablet and is drooling and crying",
    negated:
      "my 3 year old got into the cupboard but the dishwasher tablets are all still sealed and she's fine",
    past: 'my son swallowed some bleach as a toddler in 2014, he was checked at hospital and was fine',
    familyHistory: 'my brother drank bleach as a child',
    hypothetical: 'what should you do if a child swallows cleaning products?',
  },
  {
    family: 'poisoning',
    acuity: 2,
    firstPerson: 'i took a whole box of my amitriptyline an hour ago and my heart is racing',
    thirdPerson: '{who} took a whole box of amitriptyline an hour ago and has a racing heart',
    negated:
      "i take one amitriptyline at night as prescribed, i'm just asking if it's safe with ibuprofen",
    past: 'i overdosed on my antidepressants in 2011, was in intensive care and recovered fully',
    familyHistory: 'my aunt took an overdose of her tablets years ago',
    hypothetical: 'why are tricyclic antidepressants dangerous in overdose?',
  },
  {
    family: 'poisoning',
    acuity: 2,
    firstPerson:
      "i ate some wild mushrooms i picked yesterday and now i've got terrible vomiting and diarrhoea",
    thirdPerson:
      '{who} ate wild mushrooms picked yesterday and now has terrible vomiting and diarrhoea',
    negated: 'i only eat shop-bought mushrooms and i feel completely well',
    past: "i got ill from wild mushrooms in 2005, was treated and have been fine since, i don't forage any more",
    familyHistory: 'my grandad got poisoned by mushrooms he picked',
    hypothetical: 'how do you tell poisonous mushrooms from edible ones?',
  },
  {
    family: 'poisoning',
    acuity: 2,
    firstPerson: "my 18 month old has eaten some of grandma's blood pressure tablets",
    thirdPerson:
      "{who}'s 18 month old has eaten some blood pressure tablets from grandma's handbag",
    negated: "my 18 month old found grandma's pill box but it was locked and nothing is missing",
    past: 'my daughter ate one of my iron tablets in 2016, poison control said it was fine and it was',
    familyHistory: "my brother swallowed our nan's tablets when he was little",
    hypothetical: 'which medicines are most dangerous to toddlers?',
  },
  {
    family: 'poisoning',
    acuity: 2,
    firstPerson:
      "i took a pill at a festival and now i'm burning up, my jaw is clenched and my heart is going crazy",
    thirdPerson:
      '{who} took a pill at a festival and now is burning up, with a clenched jaw and a pounding heart',
    negated: "i went to a festival, didn't take anything and feel fine, just tired",
    past: "i overheated on ecstasy at a rave in the 90s and was treated in hospital, i've not touched drugs since",
    familyHistory: 'my cousin ended up in hospital after taking a pill at a festival',
    hypothetical: 'what are the dangers of mdma?',
  },
  {
    family: 'poisoning',
    acuity: 1,
    firstPerson:
      "i've drunk a whole bottle of vodka, the room is spinning and i keep passing out and being sick",
    thirdPerson:
      '{who} drank a whole bottle of vodka, keeps passing out and being sick, and is hard to rouse',
    negated: 'i had two glasses of wine at dinner and feel absolutely fine',
    past: 'i got alcohol poisoning at 16 and ended up in a&e, i drink sensibly now',
    familyHistory: 'my uncle had alcohol poisoning at a stag do years ago',
    hypothetical: 'what are the signs of alcohol poisoning?',
  },
  {
    family: 'poisoning',
    acuity: 2,
    firstPerson: "i've accidentally injected my whole insulin dose twice tonight",
    thirdPerson: '{who} has accidentally injected the full insulin dose twice tonight',
    negated: "i've taken my insulin as normal tonight, one dose, and my sugar is 7.2",
    past: 'i doubled up on my insulin by mistake in 2015, the hospital monitored me and i was fine',
    familyHistory: 'my grandad took his insulin twice once and ended up in hospital',
    hypothetical: 'what happens if you take too much insulin?',
  },
  {
    family: 'poisoning',
    acuity: 2,
    firstPerson:
      "i've been bitten by an adder on my ankle while walking and my leg is swelling fast and i feel sick",
    thirdPerson:
      '{who} was bitten by an adder on the ankle and the leg is swelling fast with sickness',
    negated: "i saw an adder on my walk but it didn't bite me, i'm fine, just a bit shaken",
    past: 'i was bitten by an adder in 2006, had antivenom and made a full recovery',
    familyHistory: 'my grandad was bitten by an adder as a boy',
    hypothetical: 'are adder bites dangerous in the uk?',
  },
];
