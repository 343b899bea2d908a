import type { Statement } from './Statement.js';

/** Neurological red flags (thunderclap headache, head injury, cauda equina, cord, eye) as patients write them. */
export const NEUROLOGICAL_STATEMENTS: readonly Statement[] = [
  {
    family: 'neurological',
    acuity: 2,
    firstPerson:
      "i've got the worst headache of my life, it came on like a thunderclap a few minutes ago",
    thirdPerson:
      '{who} suddenly got the worst headache of {their} life, like being hit on the back of the head',
    negated:
      'no sudden or severe headache, just a dull ache behind my eyes from the screen that paracetamol fixed',
    past: 'i had a bleed on the brain in 2010 that started with a sudden headache, i had it coiled and have been fine since',
    familyHistory: 'my aunt died from a brain haemorrhage in her forties',
    hypothetical: 'what does a subarachnoid haemorrhage headache feel like?',
  },
  {
    family: 'neurological',
    acuity: 2,
    firstPerson: "i'm on rivaroxaban and i fell and banged my head on the pavement an hour ago",
    thirdPerson:
      '{who} is on rivaroxaban and fell and banged {their} head on the pavement an hour ago',
    negated:
      "i'm on rivaroxaban and haven't had any falls or knocks, i just need a repeat prescription",
    past: "i banged my head while on blood thinners in 2016, the scan was clear and i've been fine since",
    familyHistory: 'my grandad had a bleed on the brain after a fall on warfarin years ago',
    hypothetical: 'why is a head injury more dangerous on blood thinners?',
  },
  {
    family: 'neurological',
    acuity: 2,
    firstPerson:
      "my back pain is now shooting down both legs, i've gone numb around my bottom and i can't tell when i need a wee",
    thirdPerson:
      "{who} has back pain going down both legs, is numb around the bottom and can't feel the need to wee",
    negated:
      "i've just got ordinary lower back ache from gardening, no numbness, and my bladder and bowels are working normally",
    past: 'i had cauda equina surgery in 2014, recovered well and my bladder works normally',
    familyHistory: 'my mum had emergency back surgery for a squashed nerve bundle',
    hypothetical: 'what are the red flags for back pain?',
  },
  {
    family: 'neurological',
    acuity: 2,
    firstPerson: "i got knocked out playing rugby this afternoon and i've been sick twice since",
    thirdPerson: '{who} was knocked out playing rugby this afternoon and has been sick twice since',
    negated:
      "i took a knock at rugby but wasn't knocked out, no sickness, no headache and i feel fine",
    past: 'i got a concussion playing rugby at school and recovered fully within a few weeks',
    familyHistory: 'my brother had several concussions from boxing',
    hypothetical: 'what are the signs of concussion?',
  },
  {
    family: 'neurological',
    acuity: 2,
    firstPerson:
      'i have prostate cancer and my back pain is worse and both my legs have gone weak and wobbly today',
    thirdPerson:
      '{who} has prostate cancer and {their} back pain is worse and both legs have gone weak today',
    negated:
      'my prostate cancer is in remission and i have no back pain or leg weakness, just a check-up question',
    past: "i had spinal cord pressure from cancer in 2016 that was treated with radiotherapy, i'm walking well",
    familyHistory: "my uncle's cancer spread to his spine",
    hypothetical: 'what is metastatic spinal cord compression?',
  },
  {
    family: 'neurological',
    acuity: 2,
    firstPerson:
      "i'm 72, my temple is tender, my jaw aches when i chew and the vision in one eye keeps going dim",
    thirdPerson:
      '{who} is 72 with a tender temple, jaw pain on chewing and vision in one eye that keeps going dim',
    negated:
      "my eyesight is fine and my temples aren't sore, i'm 72 and just need my glasses checked",
    past: 'i had giant cell arteritis in 2015, steroids sorted it out and my eyesight was saved',
    familyHistory: 'my mum had temporal arteritis in her seventies',
    hypothetical: 'what is giant cell arteritis?',
  },
  {
    family: 'neurological',
    acuity: 2,
    firstPerson:
      "i have a brain shunt and i've had a worsening headache with vomiting and drowsiness since this morning",
    thirdPerson:
      '{who} has a brain shunt and has had a worsening headache with vomiting and drowsiness since this morning',
    negated:
      'my shunt has been working fine for years, no headaches or sickness, just due my check',
    past: "my shunt blocked in 2012 and was replaced, and it's worked ever since",
    familyHistory: 'my nephew has had a shunt since he was a baby',
    hypothetical: 'what are the signs of a blocked shunt?',
  },
  {
    family: 'neurological',
    acuity: 2,
    firstPerson:
      "my eye suddenly became really painful and red, my vision is blurry with halos around lights and i'm being sick",
    thirdPerson:
      "{who}'s eye has suddenly gone really painful and red with blurry vision, halos around lights and vomiting",
    negated: 'my eyes are comfortable and my vision is clear, just a bit dry from the air con',
    past: 'i had an acute glaucoma attack in 2011 and had laser treatment, my eyes have been fine since',
    familyHistory: 'my grandad had glaucoma',
    hypothetical: 'what is acute angle-closure glaucoma?',
  },
  {
    family: 'neurological',
    acuity: 2,
    firstPerson:
      "i fell off my bike, there's clear watery fluid dripping from my nose and bruising behind my ear",
    thirdPerson:
      '{who} fell off a bike, has clear watery fluid dripping from the nose and bruising behind one ear',
    negated: 'i fell off my bike onto the grass, no head knock at all, just a grazed knee',
    past: 'i fractured my skull in a cycling accident in 2009 and recovered without any problems',
    familyHistory: 'my cousin fractured his skull falling off a horse',
    hypothetical: 'what does clear fluid from the nose after a head injury mean?',
  },
  {
    family: 'neurological',
    acuity: 2,
    firstPerson:
      'i came off a trampoline onto my head, my neck really hurts and both my arms are tingling',
    thirdPerson:
      '{who} landed on {their} head coming off a trampoline, has bad neck pain and tingling in both arms',
    negated:
      'i had a go on the trampoline and feel great, no neck pain or tingling, just tired legs',
    past: 'i broke a bone in my neck diving in 2006, i wore a collar for months and healed fully',
    familyHistory: 'my uncle broke his neck in a diving accident',
    hypothetical: 'how do you know if you have injured your neck?',
  },
  {
    family: 'neurological',
    acuity: 2,
    firstPerson:
      'since this afternoon both my legs have gone numb from the waist down and i can hardly walk',
    thirdPerson:
      "{who}'s legs have gone numb from the waist down since this afternoon and walking is nearly impossible",
    negated:
      "my legs feel normal and i'm walking fine, i just get a bit of cramp in my calf at night",
    past: 'i had inflammation of my spinal cord in 2013 that made my legs numb, it settled with treatment and i walk normally',
    familyHistory: 'my sister had transverse myelitis a few years ago',
    hypothetical: 'what can cause sudden numbness from the waist down?',
  },
  {
    family: 'neurological',
    acuity: 2,
    firstPerson:
      "i hit my head a week ago and the headache has been getting steadily worse and i'm so drowsy",
    thirdPerson:
      '{who} hit {their} head a week ago and the headache has been getting worse every day, with more and more drowsiness',
    negated:
      "i bumped my head a week ago, it was sore for a day and i've been completely fine since",
    past: 'i had a slow bleed on my brain after a fall in 2015, had it drained and have been well since',
    familyHistory: 'my dad had a subdural haematoma after a fall',
    hypothetical: 'can a bleed on the brain happen days after a head injury?',
  },
];
