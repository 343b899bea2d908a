import type { Statement } from './Statement.js';

/** Suicidal ideation red flags (plan, means, intent, hints, psychosis, postnatal, elderly) as people write them. */
export const SUICIDAL_IDEATION_STATEMENTS: readonly Statement[] = [
  {
    family: 'suicidal_ideation',
    acuity: 2,
    firstPerson: "i want to kill myself and i've saved up my tablets to do it tonight",
    thirdPerson:
      "{who} keeps saying there's no point going on and has been saving up tablets to take tonight",
    negated:
      "i'm not suicidal and have no thoughts of harming myself, just stressed with work deadlines",
    past: "years ago when i was depressed i stockpiled tablets, i handed them to my gp, got treatment and i've been well since",
    familyHistory: 'my uncle took his own life when i was a teenager',
    hypothetical: 'what are the warning signs that someone might be suicidal?',
  },
  {
    family: 'suicidal_ideation',
    acuity: 2,
    firstPerson:
      "i go to bed every night hoping i won't wake up and i can't see things getting better",
    thirdPerson: "{who} goes to bed hoping not to wake up and can't see things ever getting better",
    negated:
      "i don't have any thoughts about not wanting to wake up, i'm sleeping badly because of the heat",
    past: "when i was depressed in 2012 i used to hope i wouldn't wake up, but medication and counselling helped and i'm happy now",
    familyHistory: 'my mum struggled with depression and dark thoughts when i was growing up',
    hypothetical: "is wishing you wouldn't wake up the same as being suicidal?",
  },
  {
    family: 'suicidal_ideation',
    acuity: 2,
    firstPerson: "i've written goodbye letters to my family and given my dog to my sister",
    thirdPerson: '{who} has written goodbye letters and has been giving {their} things away',
    negated:
      "i'm clearing out the loft and giving old clothes to charity, i'm in a good place and feeling positive",
    past: "years ago i wrote a goodbye note during a breakdown, i got help in time and i'm doing well now",
    familyHistory: 'my cousin left a note before he died by suicide',
    hypothetical: 'why do people give away their belongings before suicide?',
  },
  {
    family: 'suicidal_ideation',
    acuity: 1,
    firstPerson: "i'm at the top of the multi-storey car park and i'm going to jump",
    thirdPerson:
      '{who} just rang me from the top of a multi-storey car park saying this is goodbye and {they} will jump',
    negated:
      'i was at the multi-storey car park today to pick up my car, no dark thoughts at all, just annoyed at the parking fees',
    past: "i once went to a bridge meaning to jump in 2011, a stranger talked to me and i got help, i've been well since",
    familyHistory: 'my grandad died after jumping from a bridge when my mum was young',
    hypothetical: 'do suicide prevention barriers on bridges actually work?',
  },
  {
    family: 'suicidal_ideation',
    acuity: 2,
    firstPerson: "i've got everything i need to end my life and i've picked the place",
    thirdPerson: '{who} has got everything ready to end {their} life and has picked a place',
    negated:
      "i have no plans to hurt myself and nothing like that in my head, i'm just down about my exam results",
    past: 'during a crisis in my twenties i had a plan to end my life, the crisis team helped and those thoughts have gone',
    familyHistory: 'my aunt had a suicide plan when she was unwell years ago but she recovered',
    hypothetical: 'how do crisis teams help someone who has a suicide plan?',
  },
  {
    family: 'suicidal_ideation',
    acuity: 2,
    firstPerson:
      "i'm 15 and i don't want to be alive anymore, i've been thinking about how to do it",
    thirdPerson: "{who} is 15 and keeps saying life isn't worth living and wants to die",
    negated: "i'm 15 and happy, no thoughts of hurting myself, i'm only asking about acne cream",
    past: "i had really dark thoughts when i was 14, but school counselling helped and now at 19 i'm fine",
    familyHistory: 'my older brother had suicidal thoughts as a teen and got through it with help',
    hypothetical: 'how can parents tell if their teenager is thinking about suicide?',
  },
  {
    family: 'suicidal_ideation',
    acuity: 2,
    firstPerson: "the voices are telling me to kill myself and they're getting louder",
    thirdPerson: '{who} says the voices keep telling {them} to end {their} life',
    negated:
      "i'm not hearing any voices and have no thoughts of ending my life, my mental health is stable on my medication",
    past: "i heard voices telling me to hurt myself during an episode in 2013, treatment worked and i've been stable for years",
    familyHistory: 'my dad has schizophrenia which is well managed',
    hypothetical: 'what are command hallucinations?',
  },
  {
    family: 'suicidal_ideation',
    acuity: 2,
    firstPerson:
      "my partner left me, i've been drinking and i've got a bottle of pills in front of me",
    thirdPerson:
      "{who} has been drinking since {their} partner left and is sitting with a bottle of pills saying it's over",
    negated:
      "my partner and i broke up last month, it's sad but i'm coping well with my friends and not thinking of hurting myself",
    past: "after a breakup in 2015 i thought about taking pills, i called a helpline and got support, that's all behind me",
    familyHistory: 'my brother went through a dark patch after his divorce years ago',
    hypothetical: 'does alcohol make suicidal thoughts worse?',
  },
  {
    family: 'suicidal_ideation',
    acuity: 2,
    firstPerson:
      "since having my baby i feel everyone would be better off without me and i've thought about ending it",
    thirdPerson:
      'since having the baby, {who} says everyone would be better off without {them} and has talked about ending it',
    negated:
      "since having my baby i'm tired but happy, and i've had no dark thoughts, just want to book my 6 week check",
    past: "i had postnatal depression with suicidal thoughts after my first baby in 2014, treatment helped and i'm well now",
    familyHistory: 'my mum had bad postnatal depression after having me',
    hypothetical: 'how common is postnatal depression?',
  },
  {
    family: 'suicidal_ideation',
    acuity: 2,
    firstPerson:
      "i'm 78, my wife died last year and i've decided i don't want to go on, i've stopped my heart tablets on purpose",
    thirdPerson:
      '{who} is 78, lost {their} partner last year and has stopped taking {their} heart tablets on purpose to die',
    negated:
      "i'm 78 and although i miss my late wife, i'm enjoying my grandchildren and have no wish to die",
    past: 'after my husband died in 2005 i wanted to die too for a while, bereavement counselling got me through',
    familyHistory: 'my grandad gave up on life after my nan died',
    hypothetical: 'are older men at higher risk of suicide?',
  },
  {
    family: 'suicidal_ideation',
    acuity: 2,
    firstPerson: "i can't do this anymore, i'm going to end it all tonight",
    thirdPerson:
      "{who} messaged me saying {they} can't do this anymore and will end it all tonight",
    negated:
      "work has been hard but i'm not going to harm myself, i just need a sick note for stress",
    past: "i once told a friend i was going to end it all, that was in 2010 and with help i'm in a much better place",
    familyHistory: 'my cousin attempted suicide when we were at school and is doing well now',
    hypothetical: 'what should you say if a friend tells you they want to end it all?',
  },
  {
    family: 'suicidal_ideation',
    acuity: 2,
    firstPerson: "i've been cutting more and more and this time i want it to be deep enough to die",
    thirdPerson:
      '{who} has been self-harming more and more and told me next time it will be to die',
    negated: "i don't self-harm and have no urge to, i've just got a paper cut from work",
    past: 'i self-harmed as a teenager but stopped over ten years ago with therapy',
    familyHistory: 'my sister used to self-harm when she was at school',
    hypothetical: 'is self-harm always a sign of suicidal thoughts?',
  },
  {
    family: 'suicidal_ideation',
    acuity: 2,
    firstPerson: "i've been looking up ways to kill myself online because of my debts",
    thirdPerson: '{who} has been searching online for ways to die because of {their} debts',
    negated:
      "my debts are stressing me out but i'm not thinking of harming myself, i just need advice about a payment plan",
    past: "money worries made me think about suicide in 2008, debt advice and counselling helped and i've been fine since",
    familyHistory: 'my father took his own life after his business failed',
    hypothetical: 'where can people with debt and suicidal thoughts get help?',
  },
  {
    family: 'suicidal_ideation',
    acuity: 1,
    firstPerson: "i've got my shotgun out of the cabinet and i'm thinking of using it on myself",
    thirdPerson:
      '{who} has taken {their} shotgun out of the cabinet and is talking about using it on {them}self',
    negated:
      'i keep my shotgun locked away for clay shooting and i have no thoughts of harming myself',
    past: "i thought about using my gun on myself after leaving the army in 2006, i gave it up and got help, i'm well now",
    familyHistory: 'my uncle, a farmer, died by suicide with his gun',
    hypothetical: 'why is removing access to guns important in suicide prevention?',
  },
  {
    family: 'suicidal_ideation',
    acuity: 2,
    firstPerson:
      "there's no point booking a follow up, i won't be here next week, i've made my decision",
    thirdPerson:
      "{who} says there's no point booking a follow up because {they} won't be here next week",
    negated:
      "i won't be here next week because i'm on holiday in spain, can we book the follow up for after?",
    past: "many years ago i told my doctor i wouldn't be around much longer because i planned to die, i'm grateful they got me help",
    familyHistory: "my grandma used to say she wouldn't be here much longer when she was depressed",
    hypothetical: "what do people mean when they hint that they won't be around?",
  },
  {
    family: 'suicidal_ideation',
    acuity: 2,
    firstPerson: "i tried to end my life earlier today and it didn't work, and i still want to die",
    thirdPerson: '{who} tried to end {their} life earlier today and still wants to die',
    negated:
      "i have never tried to end my life and i'm not having any thoughts like that, just feeling a bit flat in winter",
    past: 'i survived a suicide attempt in 2007 and have been well and supported since',
    familyHistory: 'my cousin survived a suicide attempt and now volunteers for a charity',
    hypothetical: 'what support do people get after a suicide attempt?',
  },
];
