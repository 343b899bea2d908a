import type { Statement } from './Statement.js';

/** Cardiac chest pain red flags (typical, atypical, women, diabetic, elderly) as patients write them. */
export const CARDIAC_CHEST_PAIN_STATEMENTS: readonly Statement[] = [
  {
    family: 'cardiac_chest_pain',
    acuity: 2,
    firstPerson: 'my chest feels crushed and the pain goes down my left arm',
    thirdPerson: "{who}'s chest feels crushed and the pain is going down {their} left arm",
    negated: 'no chest pain at all, just a bit of a cough',
    past: 'i had a heart attack in 2016 and had a stent, all fine since',
    familyHistory: 'my grandad died of a heart attack at 60',
    hypothetical: 'what are the warning signs of a heart attack?',
  },
  {
    family: 'cardiac_chest_pain',
    acuity: 2,
    firstPerson:
      "i've got a tight pain in my jaw and chest that came on walking up the stairs and i'm sweating buckets",
    thirdPerson:
      '{who} has a tight pain in {their} jaw and chest that started on the stairs and {their} face is grey and sweaty',
    negated:
      "my jaw is a bit sore from grinding my teeth at night but there's no chest pain, sweating or breathlessness",
    past: "my jaw used to ache on the stairs before i had bypass surgery in 2012, i've had no pain since",
    familyHistory: "my dad's heart attack in 2005 started as pain in his jaw",
    hypothetical: 'can a heart attack cause jaw pain?',
  },
  {
    family: 'cardiac_chest_pain',
    acuity: 2,
    firstPerson:
      "i'm 58 and have had a heavy ache between my shoulder blades for the last hour with nausea and cold sweats",
    thirdPerson:
      '{who} has had a heavy ache between {their} shoulder blades for an hour with nausea and cold sweats',
    negated:
      'my back is fine, no aching between my shoulders, no sweats or sickness, just asking about a sick note',
    past: 'my heart attack in 2015 showed up as back pain and sickness, i had a stent and have been fine since',
    familyHistory: 'my mum had a heart attack that felt like back pain and indigestion',
    hypothetical: 'do women get different heart attack symptoms from men?',
  },
  {
    family: 'cardiac_chest_pain',
    acuity: 2,
    firstPerson:
      "i'm diabetic and have what feels like bad indigestion that gaviscon isn't touching, and i'm clammy and short of breath",
    thirdPerson:
      "{who} is diabetic and has indigestion-type pain that gaviscon isn't touching, and is clammy and out of breath",
    negated:
      'just ordinary heartburn after a curry that settled straight away with gaviscon, no chest pain, sweats or breathlessness',
    past: "i'm diabetic and had a silent heart attack picked up in 2014, treated with stents and all fine since",
    familyHistory: 'my diabetic uncle had a heart attack that he thought was indigestion',
    hypothetical: 'how can you tell heartburn apart from a heart attack?',
  },
  {
    family: 'cardiac_chest_pain',
    acuity: 2,
    firstPerson:
      "i have angina and my chest pain hasn't gone after three sprays of my gtn, it's been 25 minutes",
    thirdPerson:
      "{who} has angina and the chest pain hasn't eased after three sprays of {their} gtn",
    negated:
      'my angina has been quiet for months, no chest pain, i just need more gtn spray on prescription',
    past: "i used to have angina attacks before my stent in 2013, haven't needed my spray since",
    familyHistory: 'my dad used a gtn spray for his angina for years',
    hypothetical: 'how many gtn sprays can you use before calling an ambulance?',
  },
  {
    family: 'cardiac_chest_pain',
    acuity: 2,
    firstPerson:
      "i've got a sudden ripping pain in my chest that's going straight through to my back",
    thirdPerson:
      '{who} suddenly has a ripping pain in {their} chest going straight through to {their} back',
    negated:
      "there's no tearing or ripping pain in my chest or back, i'm only stiff from moving house",
    past: 'i had an aortic tear repaired in 2010 and my scans have been fine every year since',
    familyHistory: 'my uncle died of a torn aorta in his fifties',
    hypothetical: 'what does an aortic dissection feel like?',
  },
  {
    family: 'cardiac_chest_pain',
    acuity: 2,
    firstPerson:
      "i'm 24, took cocaine last night and now my chest is really tight and my heart's pounding",
    thirdPerson:
      '{who} is 24, took cocaine at a party and now has a tight chest and a pounding heart',
    negated: "no chest tightness or palpitations, i'm feeling fine after the weekend",
    past: "i had chest pain from cocaine when i was at uni years ago, i've been clean since and had no problems",
    familyHistory: 'my brother ended up in hospital with chest pain from cocaine a few years back',
    hypothetical: 'can cocaine cause a heart attack in a young person?',
  },
  {
    family: 'cardiac_chest_pain',
    acuity: 1,
    firstPerson:
      "my chest is crushing, i've gone grey and sweaty and everything keeps going dark like i'm about to black out",
    thirdPerson:
      '{who} is clutching {their} chest, has gone grey and sweaty and keeps nearly blacking out',
    negated:
      "no chest pain and i feel steady and well, my colour's fine, just booking a cholesterol check",
    past: 'i went into shock with a big heart attack in 2009, spent a week in coronary care and have been well since',
    familyHistory: 'my great grandad collapsed and died from a heart attack at work',
    hypothetical: 'what does cardiogenic shock mean?',
  },
  {
    family: 'cardiac_chest_pain',
    acuity: 2,
    firstPerson:
      "my heart is racing really fast and irregular with chest pain and i feel like i'm going to pass out",
    thirdPerson:
      "{who}'s heart is racing and irregular with chest pain and {they} nearly passed out",
    negated: 'no racing heart and no chest pain, i just want to know if decaf is better for me',
    past: "i had an episode of fast heart rhythm in 2011 that was fixed with an ablation and i've been fine since",
    familyHistory: 'my aunt has atrial fibrillation and takes blood thinners',
    hypothetical: 'when are heart palpitations dangerous?',
  },
  {
    family: 'cardiac_chest_pain',
    acuity: 2,
    firstPerson:
      "i've been getting chest pressure when i walk the dog this week and today it's come on sitting on the sofa",
    thirdPerson:
      '{who} has been getting chest pressure walking the dog and today it came on while {they} sat still',
    negated: 'i walk the dog every day with no chest pressure or pain at all, just tired legs',
    past: 'i used to get chest pressure walking uphill before my angioplasty in 2009, none since',
    familyHistory: 'my grandad got chest pressure walking before his heart attack',
    hypothetical: 'what is unstable angina?',
  },
  {
    family: 'cardiac_chest_pain',
    acuity: 2,
    firstPerson:
      "i'm 82 and suddenly feel awful, sweaty, sick and breathless with a heavy feeling in my chest",
    thirdPerson: '{who} is 82 and has suddenly gone sweaty, sick and breathless with a heavy chest',
    negated:
      "i'm 82 and feeling well, no chest heaviness or breathlessness, just my usual creaky knees",
    past: "i had a heart attack at 70 and now at 82 i'm well and on my tablets",
    familyHistory: 'my older brother had a heart attack at 80',
    hypothetical: 'do elderly people always get chest pain with a heart attack?',
  },
  {
    family: 'cardiac_chest_pain',
    acuity: 2,
    firstPerson: "there's a heavy band across my chest and both my arms are aching and numb",
    thirdPerson: "{who} says there's a heavy band across {their} chest and both {their} arms ache",
    negated: 'my chest feels fine and my arms only ache from carrying the shopping',
    past: "i had chest pain into both arms in 2017, it turned out to be a heart attack, i'm well now after a stent",
    familyHistory: 'my father had a heart attack with pain in both arms',
    hypothetical: 'is pain in both arms a sign of a heart attack?',
  },
  {
    family: 'cardiac_chest_pain',
    acuity: 2,
    firstPerson: 'my defibrillator has shocked me twice in the last hour and i feel dizzy',
    thirdPerson:
      "{who}'s implanted defibrillator has gone off twice in the last hour and {their} head is spinning",
    negated:
      "my defibrillator hasn't fired once this year and i feel well, just booking my device check",
    past: "my icd fired once in 2015, they adjusted my meds and it hasn't gone off since",
    familyHistory: 'my dad has an icd fitted for a heart rhythm problem',
    hypothetical: 'what should you do if your icd goes off?',
  },
  {
    family: 'cardiac_chest_pain',
    acuity: 2,
    firstPerson:
      'i had a stent put in three weeks ago and the same crushing chest pain has come back tonight',
    thirdPerson:
      '{who} had a stent three weeks ago and the same crushing chest pain has come back tonight',
    negated:
      "three weeks since my stent and i've had no chest pain at all, cardiac rehab is going well",
    past: "i had a second stent in 2018 after chest pain came back, and i've had no trouble since",
    familyHistory: 'my mum needed a second stent a few years after her first',
    hypothetical: 'how common is it for chest pain to come back after a stent?',
  },
  {
    family: 'cardiac_chest_pain',
    acuity: 2,
    firstPerson:
      "since having flu last week i've got a sharp chest pain that's worse lying down, and my heart is racing",
    thirdPerson:
      "{who} had flu last week and now has a sharp chest pain that's worse lying flat, with a racing heart",
    negated:
      'the flu has cleared up, no chest pain or racing heart, just a bit of a lingering sniffle',
    past: 'i had myocarditis after a virus in 2019, it settled completely and my heart scan was normal',
    familyHistory: 'my cousin had pericarditis at university',
    hypothetical: 'can a virus inflame the heart?',
  },
  {
    family: 'cardiac_chest_pain',
    acuity: 2,
    firstPerson:
      "a squeezing pain in the middle of my chest woke me up at 3am and it's still there",
    thirdPerson:
      "a squeezing pain in the middle of {who}'s chest woke {them} at 3am and hasn't gone",
    negated: 'i slept well and woke with no pain anywhere, just want to book a health check',
    past: "chest pain woke me one night in 2014 and it was a heart attack, i've been well since on tablets",
    familyHistory: "my grandfather's heart attack woke him in the night",
    hypothetical: 'why do heart attacks often happen early in the morning?',
  },
];
