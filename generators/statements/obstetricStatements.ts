import type { Statement } from './Statement.js';

/** Obstetric red flags (RCOG: bleeding, movements, pre-eclampsia, ectopic, labour, after birth) as patients write them. */
export const OBSTETRIC_STATEMENTS: readonly Statement[] = [
  {
    family: 'obstetric',
    acuity: 2,
    firstPerson: "i'm 34 weeks pregnant and bleeding heavily, it's soaked through my clothes",
    thirdPerson:
      "{who} is 34 weeks pregnant and bleeding heavily, it's soaked through {their} clothes",
    negated: "i'm 34 weeks pregnant and there's no bleeding at all, just heartburn and a sore back",
    past: "i had a bleed at 34 weeks in my first pregnancy in 2015, the baby was delivered safely and we're both fine",
    familyHistory: 'my mum bled heavily when she was pregnant with me',
    hypothetical: 'is any bleeding in late pregnancy normal?',
  },
  {
    family: 'obstetric',
    acuity: 2,
    firstPerson: "i'm 36 weeks and my baby hasn't moved at all today",
    thirdPerson: "{who} is 36 weeks pregnant and the baby hasn't moved at all today",
    negated:
      "i'm 36 weeks and the baby is kicking loads as usual, i just want to know about my birth plan",
    past: "at 36 weeks with my first i had a day of reduced movements, they monitored me and he was fine, he's 8 now",
    familyHistory: 'my sister had reduced movements in her pregnancy and had to be induced',
    hypothetical: 'how often should i feel my baby move each day?',
  },
  {
    family: 'obstetric',
    acuity: 2,
    firstPerson:
      "i'm 32 weeks pregnant with a bad headache, flashing lights in my eyes and my face and hands have swollen up",
    thirdPerson:
      '{who} is 32 weeks pregnant with a bad headache, flashing lights in {their} vision and a swollen face and hands',
    negated:
      "i'm 32 weeks pregnant, my blood pressure was normal at my check and i've no headache or swelling",
    past: 'i had pre-eclampsia with my first baby in 2013, she was born early but healthy and my blood pressure went back to normal',
    familyHistory: 'my mum had pre-eclampsia when she was pregnant with my brother',
    hypothetical: 'what are the symptoms of pre-eclampsia?',
  },
  {
    family: 'obstetric',
    acuity: 2,
    firstPerson:
      "i'm 6 weeks pregnant with sharp pain low down on one side, pain in my shoulder tip and i feel faint",
    thirdPerson:
      '{who} is 6 weeks pregnant with sharp pain low on one side, pain in the shoulder tip and feels faint',
    negated: "i'm 6 weeks pregnant with no pain or bleeding, just some morning sickness",
    past: "i had an ectopic pregnancy in 2012 that was treated with surgery, and i've since had two healthy babies",
    familyHistory: 'my sister had an ectopic pregnancy a few years ago',
    hypothetical: 'what are the signs of an ectopic pregnancy?',
  },
  {
    family: 'obstetric',
    acuity: 2,
    firstPerson: "i'm 29 weeks and my waters have just gone and i'm having regular tightenings",
    thirdPerson:
      '{who} is 29 weeks pregnant, {their} waters have just broken and the tightenings are coming regularly',
    negated:
      "i'm 29 weeks pregnant, no leaking and no tightenings, just wondering when to start maternity leave",
    past: 'my waters broke at 29 weeks in my first pregnancy in 2016, my daughter spent time in neonatal care and is healthy now',
    familyHistory: "my cousin's waters broke early and her baby was born at 30 weeks",
    hypothetical: 'what happens if your waters break too early?',
  },
  {
    family: 'obstetric',
    acuity: 2,
    firstPerson:
      "i gave birth 3 days ago and i've suddenly started bleeding heavily with clots the size of my fist",
    thirdPerson:
      '{who} gave birth 3 days ago and has suddenly started bleeding heavily with clots the size of a fist',
    negated: 'i gave birth 3 weeks ago and the bleeding is light and tailing off, no clots',
    past: 'i had a big bleed after giving birth in 2014 and needed a transfusion, i recovered well',
    familyHistory: 'my grandmother nearly died from bleeding after childbirth',
    hypothetical: 'how much bleeding is normal after giving birth?',
  },
  {
    family: 'obstetric',
    acuity: 2,
    firstPerson:
      "i'm 30 weeks pregnant and my bump has gone rock hard and painful and it won't ease off",
    thirdPerson:
      '{who} is 30 weeks pregnant and the bump has gone rock hard and painful without easing',
    negated: "i'm 30 weeks and my bump feels soft with no pain, the baby's moving well",
    past: 'my placenta came away early in my 2011 pregnancy, my son was delivered by emergency c-section and is fine',
    familyHistory: 'my aunt had a placental abruption with her second baby',
    hypothetical: 'what is a placental abruption?',
  },
  {
    family: 'obstetric',
    acuity: 1,
    firstPerson:
      "i'm 37 weeks pregnant and just had a fit, my partner says i was shaking all over and i'm still so drowsy",
    thirdPerson:
      '{who} is 37 weeks pregnant and just had a fit, shaking all over, and is still very drowsy',
    negated: "i'm 37 weeks pregnant, no fits or funny turns, just struggling to sleep",
    past: "i had eclampsia with my first baby in 2009, we both came through it and i've had no fits since",
    familyHistory: 'my great aunt died from fits during pregnancy',
    hypothetical: 'what is eclampsia?',
  },
  {
    family: 'obstetric',
    acuity: 1,
    firstPerson: 'my waters just broke at 38 weeks and i can feel the cord coming out',
    thirdPerson: "{who}'s waters just broke at 38 weeks and the cord is coming out",
    negated:
      "i'm 38 weeks, my waters haven't broken and nothing unusual, just packing my hospital bag",
    past: "i had a cord prolapse with my second baby in 2012, they did an emergency section and he's healthy",
    familyHistory: 'my sister had a cord prolapse during her first labour',
    hypothetical: 'what is a cord prolapse?',
  },
  {
    family: 'obstetric',
    acuity: 2,
    firstPerson:
      "i had a c-section 10 days ago and i've suddenly got chest pain when i breathe and i'm really breathless",
    thirdPerson:
      '{who} had a c-section 10 days ago and suddenly has chest pain on breathing and is really breathless',
    negated: "10 days after my c-section i'm breathing fine with no chest pain, just a sore scar",
    past: 'i had a blood clot on my lung after my c-section in 2013, i had injections for months and have been fine since',
    familyHistory: 'my cousin had a clot after giving birth',
    hypothetical: 'why are blood clots more common after a c-section?',
  },
  {
    family: 'obstetric',
    acuity: 2,
    firstPerson:
      "i'm 28 weeks pregnant, i was in a car crash and now my belly hurts and i've got some bleeding",
    thirdPerson:
      '{who} is 28 weeks pregnant, was in a car crash and now has belly pain and some bleeding',
    negated:
      "i'm 28 weeks pregnant and just got a small dent in the car park, no bump to my belly, no pain or bleeding",
    past: 'i was in a minor car accident when pregnant in 2010, they checked the baby and all was fine',
    familyHistory: 'my mum was in a car crash while pregnant with me',
    hypothetical: 'should you get checked after a fall in pregnancy?',
  },
  {
    family: 'obstetric',
    acuity: 2,
    firstPerson:
      "i had my baby last week, i haven't slept for three days and i'm hearing voices and feel like someone is watching me",
    thirdPerson:
      "{who} had a baby last week, hasn't slept for three days, is hearing voices and thinks people are watching {them}",
    negated:
      "i had my baby last week and i'm tired but myself, sleeping when the baby sleeps, no strange thoughts",
    past: 'i had postpartum psychosis after my first baby in 2012, i was treated in a mother and baby unit and recovered fully',
    familyHistory: 'my mum had postpartum psychosis after having my brother',
    hypothetical: 'what is postpartum psychosis?',
  },
  {
    family: 'obstetric',
    acuity: 2,
    firstPerson:
      "i'm 10 weeks pregnant, bleeding through a pad an hour with cramps and i feel dizzy",
    thirdPerson:
      '{who} is 10 weeks pregnant, bleeding through a pad an hour with cramps and feeling dizzy',
    negated:
      "i'm 10 weeks pregnant and there's no bleeding or cramping, i just want to book my scan",
    past: 'i had a miscarriage at 10 weeks in 2017, it was sad but physically i recovered well',
    familyHistory: 'my mum had several miscarriages before she had me',
    hypothetical: 'how much bleeding is normal in early pregnancy?',
  },
];
