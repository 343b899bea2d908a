import type { Statement } from './Statement.js';

/** Breathing difficulty red flags (asthma, copd, clot, choking, croup, infants) as patients write them. */
export const BREATHING_DIFFICULTY_STATEMENTS: readonly Statement[] = [
  {
    family: 'breathing_difficulty',
    acuity: 1,
    firstPerson:
      "i can't breathe properly, i can only say a couple of words before i have to stop for air",
    thirdPerson: '{who} can only get a couple of words out before stopping for breath',
    negated: 'my breathing is completely normal and i can chat away fine, just a blocked nose',
    past: "i had a severe asthma attack in 2009 and was in hospital, it's been well controlled since",
    familyHistory: 'my brother was rushed to hospital with a bad asthma attack as a teenager',
    hypothetical: 'how do you know when breathlessness is an emergency?',
  },
  {
    family: 'breathing_difficulty',
    acuity: 2,
    firstPerson:
      "my asthma is really bad, i've had 10 puffs of my blue inhaler and it's not helping",
    thirdPerson:
      "{who}'s had ten puffs of {their} blue inhaler and it isn't helping {their} breathing at all",
    negated:
      "my asthma is well controlled, i've not needed my blue inhaler for weeks, i just need a repeat of my brown one",
    past: 'i had asthma attacks as a kid that put me in hospital but i grew out of it years ago',
    familyHistory: 'my mum had asthma all her life',
    hypothetical: 'how many puffs of a blue inhaler can you take in an asthma attack?',
  },
  {
    family: 'breathing_difficulty',
    acuity: 1,
    firstPerson: "my lips have gone blue and i'm gasping for air",
    thirdPerson: '{who} is gasping for air and {their} lips have gone blue',
    negated: "my lips are a normal pink colour and i'm breathing easily, i just feel cold",
    past: 'my lips went blue during a bad bout of pneumonia in 2012, but i made a full recovery',
    familyHistory: "my grandad's lips used to go blue with his lung disease",
    hypothetical: "what does it mean when someone's lips turn blue?",
  },
  {
    family: 'breathing_difficulty',
    acuity: 2,
    firstPerson:
      "i got off a long flight yesterday, my calf is swollen and now i'm suddenly short of breath with a sharp pain when i breathe in",
    thirdPerson:
      "{who} flew back from australia yesterday, {their} calf is swollen and now {they} suddenly can't catch {their} breath",
    negated:
      "after my long flight my breathing is fine and my legs aren't swollen, i'm just jet lagged",
    past: 'i had a blood clot in my lung after surgery in 2013, took blood thinners for six months and have been fine since',
    familyHistory: 'my mum had a clot on her lung after a long flight',
    hypothetical: 'how do you stop getting blood clots on a long flight?',
  },
  {
    family: 'breathing_difficulty',
    acuity: 2,
    firstPerson:
      "my copd is much worse today, i'm fighting for breath even sitting still and my rescue pack hasn't helped",
    thirdPerson:
      "{who} has copd and is fighting for breath even sitting still, and the rescue pack hasn't helped",
    negated: "my copd is stable, breathing as usual, and i'm only asking when my next review is",
    past: 'i was admitted with a copd flare in 2016 but have stayed out of hospital since',
    familyHistory: 'my dad had copd from smoking',
    hypothetical: 'what is in a copd rescue pack?',
  },
  {
    family: 'breathing_difficulty',
    acuity: 1,
    firstPerson: 'a piece of meat is stuck in my throat and i can hardly breathe',
    thirdPerson: "{who} is choking on a piece of food and can't breathe or cough it up",
    negated: "i'm not choking at all, food goes down fine, just a tickly throat from a cold",
    past: 'i choked on a fishbone years ago and had it removed at a&e, no problems since',
    familyHistory: 'my grandad choked on a sweet once and my gran had to do back blows',
    hypothetical: 'how do you do back blows on someone who is choking?',
  },
  {
    family: 'breathing_difficulty',
    acuity: 2,
    firstPerson:
      'my 2 year old is making a high-pitched noise when breathing in and the skin under her ribs is sucking in',
    thirdPerson:
      "{who}'s 2 year old is making a high-pitched noise breathing in and the skin is sucking in under the ribs",
    negated: 'my 2 year old is breathing quietly and easily, just a runny nose from nursery',
    past: "my daughter had croup as a baby and needed steroids, she's 7 now and fine",
    familyHistory: 'my nephew had croup a few times when he was little',
    hypothetical: 'what does croup sound like?',
  },
  {
    family: 'breathing_difficulty',
    acuity: 2,
    firstPerson:
      "i'm 22 and tall, and i've suddenly got a sharp pain on one side of my chest and can't get a full breath in",
    thirdPerson:
      "{who} suddenly has a sharp pain on one side of {their} chest and can't take a full breath",
    negated:
      "no sharp chest pain and i can take full deep breaths fine, i've just pulled a muscle in my back lifting boxes",
    past: "i had a collapsed lung in 2014 and had a drain put in, it's never happened again",
    familyHistory: 'my brother had a collapsed lung twice when he was at uni',
    hypothetical: 'what causes a lung to collapse on its own?',
  },
  {
    family: 'breathing_difficulty',
    acuity: 1,
    firstPerson:
      "i can't lie flat because i feel like i'm drowning, and i'm coughing up pink frothy stuff",
    thirdPerson: "{who} can't lie flat without gasping and is coughing up pink frothy spit",
    negated: 'i can lie flat and sleep fine with no coughing or breathlessness',
    past: "i had fluid on my lungs from heart failure in 2015 but with tablets i've been stable for years",
    familyHistory: 'my gran had heart failure and slept propped up on pillows',
    hypothetical: 'why do people with heart failure get breathless lying down?',
  },
  {
    family: 'breathing_difficulty',
    acuity: 1,
    firstPerson: "i've been wheezing all night, now i'm too tired to breathe and keep nodding off",
    thirdPerson:
      '{who} has been wheezing all night and is now too exhausted to breathe and keeps nodding off',
    negated: "no wheezing last night, i slept well and i'm breathing easily",
    past: "i once got so tired during an asthma attack that i needed intensive care, that was in 2008 and i've been well since",
    familyHistory: 'my sister needed intensive care for an asthma attack years ago',
    hypothetical: 'what is a silent chest in asthma?',
  },
  {
    family: 'breathing_difficulty',
    acuity: 2,
    firstPerson:
      "i've had a chest infection for days and now i'm so breathless i can't walk to the loo",
    thirdPerson:
      "{who} has had a chest infection for days and now gets so breathless {they} can't walk to the toilet",
    negated: 'my chest infection has cleared, i can walk the dog without getting breathless',
    past: 'i had pneumonia in 2017 that left me breathless for weeks but i got fully better',
    familyHistory: 'my nan was in hospital with pneumonia last winter',
    hypothetical: 'how do you know if a chest infection has turned into pneumonia?',
  },
  {
    family: 'breathing_difficulty',
    acuity: 2,
    firstPerson:
      'i breathed in a lot of smoke from a kitchen fire and now my voice is hoarse and my breathing feels tight',
    thirdPerson:
      '{who} breathed in smoke from a house fire and now has a hoarse voice and tight breathing',
    negated:
      "the kitchen fire was tiny, i didn't breathe any smoke in and my breathing and voice are normal",
    past: 'i was treated for smoke inhalation after a fire in 2005 and my lungs have been fine since',
    familyHistory: 'my uncle is a firefighter who was treated for smoke inhalation once',
    hypothetical: 'why is smoke inhalation dangerous even if you feel ok?',
  },
  {
    family: 'breathing_difficulty',
    acuity: 1,
    firstPerson: 'my 3 month old is grunting with every breath and breathing really fast',
    thirdPerson: "{who}'s 3 month old is grunting with each breath and breathing really fast",
    negated: 'my 3 month old is breathing calmly and feeding well, just a bit snuffly',
    past: "my son had bronchiolitis at 3 months and needed oxygen, he's 5 now and healthy",
    familyHistory: 'my niece was in hospital with bronchiolitis as a baby',
    hypothetical: 'how fast should a baby breathe?',
  },
  {
    family: 'breathing_difficulty',
    acuity: 2,
    firstPerson:
      "my legs have been getting weaker over three days and now it's getting harder to breathe",
    thirdPerson:
      "{who}'s legs have been getting weaker for three days and now {their} breathing is getting harder",
    negated: 'my legs feel strong and my breathing is fine, just achy after a long walk',
    past: "i had guillain-barré in 2010 and was on a ventilator, but i've made a full recovery",
    familyHistory: 'my cousin had guillain-barré after a stomach bug',
    hypothetical: 'can guillain-barré syndrome affect breathing?',
  },
  {
    family: 'breathing_difficulty',
    acuity: 2,
    firstPerson: "my peak flow is down to 200 when it's normally 500 and i'm really wheezy",
    thirdPerson:
      "{who}'s peak flow has dropped to 200 from {their} usual 500 and {they} can't stop wheezing",
    negated: "my peak flow is 490, which is normal for me, and i'm not wheezy",
    past: "my peak flow crashed during an attack in 2011 but it's been normal since i started a preventer",
    familyHistory: 'my mum checks her peak flow every morning for her asthma',
    hypothetical: 'what peak flow reading means you should go to hospital?',
  },
  {
    family: 'breathing_difficulty',
    acuity: 2,
    firstPerson:
      "i fell off a ladder onto my side and now every breath hurts and i'm getting more and more breathless",
    thirdPerson:
      '{who} fell off a ladder onto {their} side and is getting more and more breathless',
    negated:
      'i fell off the bottom step of a ladder but landed on my feet, no pain and my breathing is fine',
    past: 'i broke three ribs in a car crash in 2012, it took a few months but they healed well',
    familyHistory: 'my dad broke his ribs falling off a ladder a few years ago',
    hypothetical: 'how long do broken ribs take to heal?',
  },
];
