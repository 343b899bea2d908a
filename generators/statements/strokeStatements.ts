import type { Statement } from './Statement.js';

/** Stroke red flags (BE-FAST: balance, eyes, face, arm, speech, time) as patients write them. */
export const STROKE_STATEMENTS: readonly Statement[] = [
  {
    family: 'stroke',
    acuity: 2,
    firstPerson:
      'the left side of my face has dropped in the last half hour and my smile looks lopsided in the mirror',
    thirdPerson: "{who}'s face has suddenly dropped on one side and {their} smile is lopsided",
    negated:
      'my face looks completely normal, even when i smile, i just wanted to ask about my repeat prescription',
    past: "my face drooped on one side when i had a small stroke in 2014, it recovered fully and i've been fine since",
    familyHistory: "my nan's face dropped on one side when she had her stroke years ago",
    hypothetical: "how can you tell if someone's face drooping is a stroke?",
  },
  {
    family: 'stroke',
    acuity: 2,
    firstPerson:
      "my right arm suddenly went weak and heavy about 20 minutes ago and i can't lift it above my shoulder",
    thirdPerson: "{who}'s right arm suddenly went weak and {they} can't lift it",
    negated:
      'no weakness in my arms or legs at all, i can lift and grip fine, my shoulder is just a bit stiff from the gym',
    past: "back in 2010 i had a stroke that left my right arm weak for a few weeks, but physio sorted it and it's strong now",
    familyHistory: 'my grandad had a stroke in his seventies that left his arm weak',
    hypothetical: 'is sudden weakness in one arm always a sign of a stroke?',
  },
  {
    family: 'stroke',
    acuity: 2,
    firstPerson: 'my speech has gone slurred all of a sudden and my words are coming out wrong',
    thirdPerson: "{who}'s speech has suddenly gone slurred and {their} words don't make sense",
    negated:
      "my speech is perfectly clear and nobody has noticed anything odd, i'm just hoarse from singing at a wedding",
    past: 'my speech was slurred for a day during a mini stroke in 2016, i take clopidogrel now and it never came back',
    familyHistory: "my aunt's speech stayed a bit slurred after her stroke",
    hypothetical: "why does a stroke make people's speech slurred?",
  },
  {
    family: 'stroke',
    acuity: 2,
    firstPerson:
      "i can't get my words out properly and i keep saying the wrong word, it started an hour ago",
    thirdPerson:
      "{who} keeps saying the wrong words and can't understand what i'm saying, it started an hour ago",
    negated:
      "i'm not having any trouble finding words or understanding people, i just keep losing my keys",
    past: 'after my stroke in 2013 i had trouble finding words for a while, speech therapy helped and i talk normally now',
    familyHistory: "my grandma couldn't find her words after her stroke and needed speech therapy",
    hypothetical:
      "what's the difference between aphasia and just forgetting words when you're tired?",
  },
  {
    family: 'stroke',
    acuity: 2,
    firstPerson: "i've suddenly lost the vision in my left eye, it's like a curtain came down",
    thirdPerson:
      '{who} has suddenly lost the sight in one eye, {they} said it was like a curtain coming down',
    negated: 'my vision is fine in both eyes, no blurring or loss, i just need new reading glasses',
    past: 'i lost the vision in one eye for a few minutes in 2015, got checked and put on statins, no problems since',
    familyHistory: 'my dad lost the sight in one eye from a stroke years ago',
    hypothetical: 'can a stroke affect your eyesight?',
  },
  {
    family: 'stroke',
    acuity: 2,
    firstPerson: "i'm suddenly seeing double, the room is spinning and i can't walk straight",
    thirdPerson: "{who} is suddenly seeing double and can't walk straight without holding the wall",
    negated: "no double vision and my balance is fine, i'm just a bit tired after a late night",
    past: "i had a stroke at the back of my brain in 2011 that caused double vision, it settled and i've been well since",
    familyHistory: 'my uncle had a brainstem stroke that made him see double',
    hypothetical: 'what does a posterior stroke feel like compared to normal dizziness?',
  },
  {
    family: 'stroke',
    acuity: 2,
    firstPerson:
      "i suddenly lost my balance and keep falling to one side, i can't stand up without holding on",
    thirdPerson:
      "{who} suddenly keeps falling to one side and can't stand without holding on to something",
    negated: "my balance is absolutely fine and i'm walking normally, i just stubbed my toe",
    past: 'i had a cerebellar stroke in 2009 that wrecked my balance for a while, rehab got me walking fine again',
    familyHistory: "my granny kept losing her balance before they found out she'd had a stroke",
    hypothetical: 'what does the b in be-fast stand for?',
  },
  {
    family: 'stroke',
    acuity: 2,
    firstPerson:
      'the whole left side of my body has gone numb, face, arm and leg, since about 10 minutes ago',
    thirdPerson:
      "the whole left side of {who}'s body has gone numb, face, arm and leg, in the last few minutes",
    negated: "no numbness or tingling anywhere, i'm only writing about my flu jab",
    past: "i had numbness down one side from a mini stroke in 2017, it went within hours and i've been on blood thinners since with no issues",
    familyHistory: 'my mum had numbness down one side before her stroke was diagnosed in the 90s',
    hypothetical: 'can numbness on one side be something other than a stroke?',
  },
  {
    family: 'stroke',
    acuity: 2,
    firstPerson:
      "in the last hour my right hand has gone clumsy, i keep dropping my cup and can't do up buttons",
    thirdPerson: '{who} has suddenly gone clumsy in one hand and keeps dropping things',
    negated: 'my hands work fine, no clumsiness or dropping things, just dry skin on my knuckles',
    past: 'years ago i had a small stroke that made my hand clumsy for a week, fully recovered and fine since',
    familyHistory: "my grandad's hand went clumsy when he had his stroke",
    hypothetical: 'is dropping things a sign of a stroke or just getting older?',
  },
  {
    family: 'stroke',
    acuity: 2,
    firstPerson:
      "i woke up this morning and can't move my left leg properly and my face feels funny",
    thirdPerson:
      '{who} woke up this morning unable to move {their} left leg properly and {their} face looks lopsided',
    negated:
      'i woke up feeling normal with no weakness at all, just a bit groggy because i slept badly',
    past: 'i woke up with a weak leg back in 2008 and it was a stroke, but i recovered well and walk fine now',
    familyHistory: 'my grandmother woke up with a stroke when i was a child',
    hypothetical: 'what happens if you have a stroke in your sleep?',
  },
  {
    family: 'stroke',
    acuity: 2,
    firstPerson:
      "my arm and face went numb for about ten minutes just now, it's mostly gone but i feel odd",
    thirdPerson:
      "{who}'s arm and face went numb for ten minutes just now and something still seems off with {them}",
    negated:
      "i haven't had any funny turns or numb spells, i'm just due my annual blood pressure check",
    past: 'i had a mini stroke in 2018, had the tests and started tablets, and nothing since',
    familyHistory: 'my dad had several mini strokes before his big one',
    hypothetical: 'should you still go to hospital if stroke symptoms go away after a few minutes?',
  },
  {
    family: 'stroke',
    acuity: 2,
    firstPerson:
      "i'm on warfarin and since lunchtime my left leg has gone weak and i'm dragging my foot",
    thirdPerson: '{who} has been dragging one foot since lunchtime and the leg seems weak',
    negated:
      "i'm not dragging my foot and both legs feel strong, i only pulled a calf muscle at football",
    past: 'i dragged my foot after a stroke in 2012, physio sorted it and i walk normally',
    familyHistory: 'my great uncle dragged his foot for years after a stroke',
    hypothetical: 'why do people drag one leg after a stroke?',
  },
  {
    family: 'stroke',
    acuity: 1,
    firstPerson: "my whole right side has stopped working and i'm struggling to stay awake",
    thirdPerson:
      "{who}'s face dropped and now {they} won't wake up properly and {their} breathing sounds like snoring",
    negated: "i'm wide awake and can move everything normally, just writing to update my address",
    past: "in 2007 i had a big stroke and was in intensive care, i've since made a good recovery",
    familyHistory: 'my nan had a massive stroke and never woke up',
    hypothetical: 'what should you do if someone having a stroke becomes unconscious?',
  },
  {
    family: 'stroke',
    acuity: 2,
    firstPerson:
      "my 9 year old has suddenly got a droopy face on one side and can't use her right arm",
    thirdPerson: "{who}'s 9 year old suddenly has a droopy face on one side and can't use one arm",
    negated: "my 9 year old's face and arms are totally normal, she just has a wobbly tooth",
    past: "my daughter had a stroke as a baby, she's 9 now and thriving at school",
    familyHistory: 'my cousin had a stroke as a child, which the doctors said was very rare',
    hypothetical: 'can children have strokes?',
  },
  {
    family: 'stroke',
    acuity: 2,
    firstPerson:
      "after a chiropractor cracked my neck i've got pain down one side of it and now my left hand and face have gone numb",
    thirdPerson:
      '{who} had {their} neck cracked at the chiropractor and now {their} face and hand are numb on one side',
    negated:
      'no numbness or weakness after my chiropractor visit, everything feels normal and the session went fine',
    past: "i had a torn neck artery that caused a mini stroke in 2016, it healed and i've been fine since",
    familyHistory: 'my sister had a neck artery tear that caused a stroke in her thirties',
    hypothetical: 'can having your neck cracked cause a stroke?',
  },
  {
    family: 'stroke',
    acuity: 2,
    firstPerson:
      "since this morning i keep bumping into things on my left and can't see anything on that side",
    thirdPerson:
      "{who} keeps walking into things on {their} left and says {they} can't see anything on that side",
    negated:
      "i'm not bumping into things and my side vision is fine, i just have a bruise from the coffee table last week",
    past: 'i lost part of my side vision after a stroke in 2014, it came back over a few months and nothing new since',
    familyHistory: 'my grandad lost half his vision after a stroke',
    hypothetical: 'can a stroke make you lose half of what you can see?',
  },
];
