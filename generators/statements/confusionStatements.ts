import type { Statement } from './Statement.js';

/** Acute confusion red flags (delirium, hypo, head injury, fever, alcohol, liver, cold, dialysis) as people write them. */
export const CONFUSION_STATEMENTS: readonly Statement[] = [
  {
    family: 'confusion',
    acuity: 2,
    firstPerson: "i don't know where i am and i keep forgetting what i'm doing, it started today",
    thirdPerson:
      "{who} has suddenly become very confused since this morning and doesn't recognise me",
    negated: "i'm thinking clearly, no confusion at all, i just forgot my password again",
    past: "i got very confused with a water infection in 2017, antibiotics cleared it and i've been sharp since",
    familyHistory: 'my nan got confused whenever she had a water infection',
    hypothetical: 'why do water infections make older people confused?',
  },
  {
    family: 'confusion',
    acuity: 1,
    firstPerson: "i'm diabetic and i'm shaky and muddled and can't think straight, i skipped lunch",
    thirdPerson: '{who} is diabetic, skipped lunch and is now shaky, sweaty and talking nonsense',
    negated:
      "my diabetes is well controlled and i'm thinking clearly, just planning meals for the week",
    past: "i had a bad hypo that made me confused in 2014, i got a sensor and haven't had one since",
    familyHistory: 'my dad used to get confused during hypos',
    hypothetical: 'what does a hypo feel like?',
  },
  {
    family: 'confusion',
    acuity: 2,
    firstPerson:
      'i fell down the stairs and banged my head and now i keep asking the same questions',
    thirdPerson:
      '{who} fell down the stairs and banged {their} head and keeps asking the same questions over and over',
    negated: "i slipped on the last stair but didn't bang my head and i'm thinking clearly",
    past: 'i was confused for a day after falling down the stairs in 2013, the scan was fine and i recovered',
    familyHistory: 'my grandma was confused for a while after a fall a few years ago',
    hypothetical: 'is confusion after a head injury serious?',
  },
  {
    family: 'confusion',
    acuity: 2,
    firstPerson:
      "i've had a high fever all day and now i'm so muddled i can't work out what day it is",
    thirdPerson:
      "{who} has had a high fever all day and now can't work out what day it is or where home is",
    negated: "no fever and my head is clear, i just didn't sleep well",
    past: 'i had a fever that made me delirious in 2011, it was a chest infection and i got better fast',
    familyHistory: 'my grandad was delirious with pneumonia years ago',
    hypothetical: 'can a high fever make adults delirious?',
  },
  {
    family: 'confusion',
    acuity: 2,
    firstPerson:
      "i can't stay awake, i keep drifting off mid-sentence and everything feels really far away",
    thirdPerson: '{who} keeps drifting off mid-sentence and is very hard to keep awake',
    negated: "i'm a bit sleepy after a big lunch but fully alert and with it",
    past: "i was very drowsy from a low sodium level in 2016, it was corrected and i've been fine",
    familyHistory: 'my mum was very drowsy when her sodium dropped once',
    hypothetical: 'what causes someone to become very drowsy suddenly?',
  },
  {
    family: 'confusion',
    acuity: 2,
    firstPerson:
      "i've got dementia and today i'm seeing things that aren't there and i'm really frightened",
    thirdPerson:
      "{who} has dementia and today has suddenly got much worse, seeing things that aren't there and very agitated",
    negated:
      'my memory is the same as usual, no sudden changes, i just want to book my memory clinic review',
    past: 'i had a sudden bad spell with hallucinations in 2018 caused by an infection, and i settled back to my normal',
    familyHistory: "my dad had dementia and sometimes saw things that weren't there",
    hypothetical: "what's the difference between delirium and dementia?",
  },
  {
    family: 'confusion',
    acuity: 2,
    firstPerson:
      "i drink a lot and today i'm confused, wobbling when i walk and my eyes keep flickering",
    thirdPerson:
      '{who} drinks heavily and today is confused, wobbling when walking and {their} eyes keep flickering',
    negated: "i've cut down my drinking and feel clear headed and steady on my feet",
    past: "i had wernicke's from drinking in 2012, got vitamin injections and stopped drinking, i'm well now",
    familyHistory: 'my uncle had brain damage from drinking',
    hypothetical: "what is wernicke's encephalopathy?",
  },
  {
    family: 'confusion',
    acuity: 2,
    firstPerson:
      "i drank loads of water during the marathon and now i'm confused, have a thumping headache and keep vomiting",
    thirdPerson:
      '{who} drank loads of water running a marathon and now is confused, with a thumping headache and vomiting',
    negated: 'i finished my marathon feeling tired but clear headed, just sore legs',
    past: 'i got low salt levels from drinking too much water during a race in 2014, i was treated and fine',
    familyHistory: 'my cousin was hospitalised with low sodium after a triathlon',
    hypothetical: 'can drinking too much water be dangerous?',
  },
  {
    family: 'confusion',
    acuity: 2,
    firstPerson: "i have liver cirrhosis and i'm getting muddled, sleepy and my hands are flapping",
    thirdPerson: '{who} has liver cirrhosis and is getting muddled and sleepy with flapping hands',
    negated: "my liver disease is stable and i'm thinking clearly, just asking about my next scan",
    past: "i got confused from my liver in 2015 and was treated with lactulose, i've been steady since",
    familyHistory: 'my dad had cirrhosis and sometimes got confused',
    hypothetical: 'why does liver disease cause confusion?',
  },
  {
    family: 'confusion',
    acuity: 2,
    firstPerson:
      "i got locked out overnight, i'm freezing, i can't stop shivering and my thoughts are all jumbled",
    thirdPerson:
      '{who} was found outside after a night in the cold, shivering, slurring and confused',
    negated: "i was out in the cold walking the dog but i'm warm now and thinking clearly",
    past: 'i got hypothermia on a hike in 2010 and was confused, but i warmed up in hospital and was fine',
    familyHistory: 'my grandad got hypothermia when he fell in his garden',
    hypothetical: 'what are the signs of hypothermia?',
  },
  {
    family: 'confusion',
    acuity: 2,
    firstPerson:
      "i missed my dialysis two days in a row and now i'm muddled, breathless and very weak",
    thirdPerson:
      '{who} has missed dialysis two days in a row and is now muddled, breathless and very weak',
    negated:
      "i haven't missed any dialysis sessions and feel clear-headed, just asking about holiday dialysis",
    past: "i missed dialysis once in 2016 and got very confused, since then i've never missed a session",
    familyHistory: 'my aunt was on dialysis for ten years',
    hypothetical: 'what happens if you miss dialysis?',
  },
  {
    family: 'confusion',
    acuity: 2,
    firstPerson:
      "i'm type 2 diabetic, i've been thirsty and weeing loads all week, and now i feel confused and drowsy",
    thirdPerson:
      '{who} is type 2 diabetic, has been thirsty and weeing loads all week and is now confused and drowsy',
    negated: 'my type 2 diabetes is well controlled, no extra thirst and my mind is clear',
    past: "i got confused from very high sugars in 2013 before i was diagnosed, i'm well controlled now",
    familyHistory: 'my gran was admitted with very high sugar levels and confusion',
    hypothetical: 'can high blood sugar make you confused?',
  },
];
