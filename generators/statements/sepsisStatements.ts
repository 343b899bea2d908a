import type { Statement } from './Statement.js';

/** Sepsis red flags (NICE/UK Sepsis Trust signs, chemo, no spleen, after birth, elderly) as patients write them. */
export const SEPSIS_STATEMENTS: readonly Statement[] = [
  {
    family: 'sepsis',
    acuity: 1,
    firstPerson:
      "i've got a high fever, my skin looks blotchy and mottled and i feel like i'm going to die",
    thirdPerson:
      '{who} has a high fever and blotchy, mottled skin and keeps saying something is really wrong',
    negated: 'my temperature is normal and my skin looks fine, i just have a head cold',
    past: 'i had sepsis from a kidney infection in 2014, spent a week in hospital and made a full recovery',
    familyHistory: 'my grandmother died of sepsis after a chest infection',
    hypothetical: 'what are the early signs of sepsis?',
  },
  {
    family: 'sepsis',
    acuity: 2,
    firstPerson:
      "i've had a water infection for a few days and now i've got pain in my side and i can't stop shaking with chills",
    thirdPerson:
      '{who} has had a water infection for days and now has pain in {their} side and uncontrollable shaking chills',
    negated:
      'my water infection is clearing up on antibiotics, no fever or shivers, just a bit of stinging left',
    past: 'a water infection went to my kidneys and caused sepsis in 2012, i was treated and have been well since',
    familyHistory: 'my mum was admitted with a kidney infection once',
    hypothetical: 'when does a water infection become dangerous?',
  },
  {
    family: 'sepsis',
    acuity: 2,
    firstPerson: 'i had chemo 8 days ago and my temperature is 38.3 and i feel shivery',
    thirdPerson: '{who} had chemo 8 days ago and now has a temperature of 38.3 and is shivery',
    negated:
      'i finished chemo two years ago and my temperature is normal, just asking about my follow up scan',
    past: "i had an infection during chemo in 2016 that needed iv antibiotics, i've been well since finishing treatment",
    familyHistory: 'my aunt got neutropenic sepsis during her breast cancer treatment',
    hypothetical: 'why is a temperature dangerous during chemotherapy?',
  },
  {
    family: 'sepsis',
    acuity: 2,
    firstPerson:
      "i've had a fever and been vomiting, i haven't had a wee since yesterday and i feel terrible",
    thirdPerson:
      "{who} has had a fever and vomiting, hasn't had a wee since yesterday and seems really unwell",
    negated: "i'm weeing normally and have no fever, just feeling a bit run down",
    past: 'i stopped passing urine when i had sepsis in 2015 but my kidneys recovered fully',
    familyHistory: "my grandad's kidneys failed when he had sepsis",
    hypothetical: 'why does sepsis stop you from weeing?',
  },
  {
    family: 'sepsis',
    acuity: 2,
    firstPerson:
      "the red area on my leg has spread up past my knee since this morning and i've got a fever and feel awful",
    thirdPerson:
      "the redness on {who}'s leg has spread past the knee since this morning, with a fever and shivering",
    negated: "my leg has a small mosquito bite that's a bit itchy, not spreading and no fever",
    past: "i had cellulitis in my leg that turned into sepsis in 2013, antibiotics sorted it and it hasn't come back",
    familyHistory: 'my dad gets cellulitis every few years',
    hypothetical: 'how fast does cellulitis spread?',
  },
  {
    family: 'sepsis',
    acuity: 2,
    firstPerson:
      "i'm 84 with a chest infection and today i feel freezing cold, my temp is only 35.2 and i can barely get up",
    thirdPerson:
      '{who} is 84 with a chest infection and today is freezing cold with a temperature of 35.2 and can barely get up',
    negated:
      "i'm 84 and my chest infection has cleared, my temperature is normal and i'm pottering about fine",
    past: "at 80 i had sepsis from pneumonia, i recovered and now at 86 i'm doing well",
    familyHistory: 'my aunt had sepsis in her 80s',
    hypothetical: 'can you have sepsis with a low temperature?',
  },
  {
    family: 'sepsis',
    acuity: 2,
    firstPerson:
      "since my operation 5 days ago my wound is oozing pus, i've got a fever and my heart is racing",
    thirdPerson:
      "{who}'s operation wound is oozing pus 5 days after surgery, with a fever and a racing heart",
    negated: 'my wound from the operation is clean and dry, no fever, just a bit itchy as it heals',
    past: 'my wound got infected after surgery in 2011 and i got sepsis, but i was treated and recovered',
    familyHistory: 'my brother had a wound infection after his appendix op',
    hypothetical: 'how can you tell if a surgical wound is infected?',
  },
  {
    family: 'sepsis',
    acuity: 2,
    firstPerson: "i had my baby 4 days ago and now i've got a fever, shivers and smelly discharge",
    thirdPerson: '{who} had a baby 4 days ago and now has a fever, shivers and smelly discharge',
    negated:
      'my baby is 4 weeks old and i feel well, no fever or smelly discharge, just tired from night feeds',
    past: "i had an infection after giving birth in 2015 and needed antibiotics, i've been fine since",
    familyHistory: 'my sister got a womb infection after her c-section',
    hypothetical: 'what are the signs of infection after giving birth?',
  },
  {
    family: 'sepsis',
    acuity: 2,
    firstPerson:
      "my 4 year old has a fever but her hands and feet are ice cold, she's crying with leg pain and looks pale",
    thirdPerson: "{who}'s 4 year old has a fever, ice cold hands and feet, leg pain and looks pale",
    negated:
      'my 4 year old is running around as normal, no fever, warm hands and feet, just a runny nose',
    past: 'my son had sepsis at age 2 in 2016, he recovered fully and is thriving',
    familyHistory: "my cousin's baby was treated for sepsis in hospital",
    hypothetical: 'what are the signs of sepsis in children?',
  },
  {
    family: 'sepsis',
    acuity: 2,
    firstPerson:
      "i've had a tampon in for two days and now i've got a high fever, a sunburn-like rash and i feel faint",
    thirdPerson:
      '{who} left a tampon in for two days and now has a high fever, a sunburn-like rash and feels faint',
    negated:
      'i change my tampons regularly and i feel well, no fever or rash, just normal period cramps',
    past: 'i had toxic shock syndrome at 17, was treated in intensive care and have been fine since',
    familyHistory: 'my cousin had toxic shock syndrome years ago',
    hypothetical: 'what is toxic shock syndrome?',
  },
  {
    family: 'sepsis',
    acuity: 2,
    firstPerson:
      "the ulcer on my diabetic foot has gone black and smelly and i've got a fever and chills",
    thirdPerson:
      "the ulcer on {who}'s diabetic foot has gone black and smelly and there's fever and chills with it",
    negated: 'my diabetic foot check was all clear, no ulcers or infection, just some dry skin',
    past: 'i had an infected foot ulcer in 2015 that needed antibiotics in hospital, it healed and my feet have been fine since',
    familyHistory: 'my uncle lost toes to a diabetic foot infection',
    hypothetical: 'why are foot infections dangerous for diabetics?',
  },
  {
    family: 'sepsis',
    acuity: 2,
    firstPerson: "i don't have a spleen and i've suddenly got a temperature of 39.2 with shivering",
    thirdPerson: '{who} has no spleen and has suddenly got a temperature of 39.2 with shivering',
    negated:
      "i had my spleen out years ago, i'm up to date with my jabs and i feel well with no fever",
    past: 'after having my spleen removed i had a bad infection in 2009, since then i take my antibiotics and have been fine',
    familyHistory: 'my brother had his spleen removed after a car accident',
    hypothetical: 'why do people without a spleen need to take antibiotics?',
  },
];
