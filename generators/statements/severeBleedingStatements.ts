import type { Statement } from './Statement.js';

/** Severe bleeding red flags (wounds, gut, lungs, nose on thinners, periods, after surgery) as patients write them. */
export const SEVERE_BLEEDING_STATEMENTS: readonly Statement[] = [
  {
    family: 'severe_bleeding',
    acuity: 1,
    firstPerson:
      "i cut my arm on glass and blood is spurting out and won't stop even pressing on it",
    thirdPerson:
      '{who} cut {their} arm on glass and blood is spurting out even with pressure on it',
    negated: 'just a small cut on my finger from chopping veg, it stopped bleeding with a plaster',
    past: "i cut an artery in my wrist in an accident in 2006, had surgery and it's healed with just a scar",
    familyHistory: 'my dad had a bad chainsaw injury years ago and needed stitches',
    hypothetical: 'how do you stop heavy bleeding from a cut?',
  },
  {
    family: 'severe_bleeding',
    acuity: 2,
    firstPerson: "i've been throwing up bright red blood, about a cupful",
    thirdPerson: '{who} has been vomiting bright red blood, a cupful or more',
    negated:
      "i was sick once from a stomach bug but there was no blood, i'm keeping fluids down now",
    past: 'i had a bleeding stomach ulcer in 2010 that was treated with a camera and tablets, fine since',
    familyHistory: 'my grandad had a bleeding ulcer from drinking',
    hypothetical: 'what causes someone to vomit blood?',
  },
  {
    family: 'severe_bleeding',
    acuity: 2,
    firstPerson:
      'my poo has been black and sticky like tar since yesterday and i feel dizzy when i stand',
    thirdPerson:
      "{who}'s poo has been black and tarry since yesterday and standing up makes {them} dizzy",
    negated: "my poo is a normal colour, no blood or black stools, i'm just a bit constipated",
    past: 'i had black stools from a bleeding ulcer in 2012, got treated and have had no trouble since',
    familyHistory: 'my mum had a bleed from her stomach years ago',
    hypothetical: 'why does blood in your stomach make your poo black?',
  },
  {
    family: 'severe_bleeding',
    acuity: 2,
    firstPerson: "i'm passing lots of dark red blood from my bottom, the toilet bowl is full of it",
    thirdPerson:
      '{who} is passing lots of blood from {their} bottom and the toilet bowl is full of it',
    negated: "no blood from my bottom at all, i'm just asking about the bowel screening kit",
    past: "i had a big bleed from my bowel in 2013 caused by diverticular disease, i've been fine since",
    familyHistory: 'my uncle had bowel bleeding from diverticulitis',
    hypothetical: 'what is the difference between bright red and dark blood in poo?',
  },
  {
    family: 'severe_bleeding',
    acuity: 2,
    firstPerson:
      "i'm on warfarin and my nose has been pouring blood for 40 minutes despite pinching it",
    thirdPerson:
      '{who} is on warfarin and {their} nose has been pouring blood for 40 minutes despite pinching it',
    negated: "my nose hasn't bled at all since starting warfarin, i just need my inr booked",
    past: "i had a nosebleed on warfarin in 2015 that needed packing at a&e, it's never happened since",
    familyHistory: 'my grandma used to get nosebleeds on her blood thinners',
    hypothetical: 'how long should you pinch your nose for a nosebleed?',
  },
  {
    family: 'severe_bleeding',
    acuity: 2,
    firstPerson: "i'm soaking through a pad every 20 minutes with big clots and i feel faint",
    thirdPerson:
      '{who} is soaking through a pad every 20 minutes with big clots and nearly fainted in the bathroom',
    negated: 'my period is normal, just a bit of cramp, no heavy bleeding or clots',
    past: "i had very heavy periods that made me anaemic years ago, a coil sorted it and they've been normal since",
    familyHistory: 'my mum had a hysterectomy for heavy bleeding',
    hypothetical: 'how heavy is too heavy for a period?',
  },
  {
    family: 'severe_bleeding',
    acuity: 2,
    firstPerson:
      "my 6 year old had his tonsils out a week ago and he's spitting out bright red blood",
    thirdPerson:
      "{who}'s 6 year old had tonsils out a week ago and is spitting out bright red blood",
    negated:
      "my 6 year old's tonsil op went well, no bleeding at all and he's eating ice lollies happily",
    past: "my son bled after his tonsil operation in 2016, they sorted it and he's been fine since",
    familyHistory: 'my brother had a bleed after his tonsils were taken out as a kid',
    hypothetical: 'is bleeding after tonsil removal normal?',
  },
  {
    family: 'severe_bleeding',
    acuity: 2,
    firstPerson: "i'm coughing up mouthfuls of fresh blood",
    thirdPerson: '{who} is coughing up mouthfuls of fresh blood',
    negated: "i've got a tickly cough but there's no blood in anything i cough up",
    past: 'i coughed up blood from a lung infection in 2009, antibiotics cleared it and it never came back',
    familyHistory: 'my grandad coughed up blood when he had tb',
    hypothetical: 'is coughing up blood always serious?',
  },
  {
    family: 'severe_bleeding',
    acuity: 2,
    firstPerson:
      'my wound from my operation last week has burst open and blood is soaking through every dressing',
    thirdPerson:
      "{who}'s wound from last week's operation has opened and is soaking through every dressing with blood",
    negated:
      'my operation wound is healing nicely, dry and no bleeding, i just need the stitches out',
    past: 'my wound bled after my c-section in 2017, they fixed it and i healed well',
    familyHistory: 'my dad had a wound bleed after his hip replacement',
    hypothetical: 'how do you look after a wound after surgery?',
  },
  {
    family: 'severe_bleeding',
    acuity: 2,
    firstPerson: "i hit my head on a cupboard and my scalp is bleeding heavily, i'm on apixaban",
    thirdPerson:
      '{who} is on apixaban, banged {their} head on a cupboard and {their} scalp is pouring with blood',
    negated: 'i brushed my head on a cupboard door, no cut and no bleeding, just embarrassed',
    past: 'i needed staples in my scalp after a fall in 2014, it healed perfectly',
    familyHistory: 'my gran had a bad head cut after a fall last year',
    hypothetical: 'why do scalp cuts bleed so much?',
  },
  {
    family: 'severe_bleeding',
    acuity: 2,
    firstPerson:
      "i've sliced the tip of my finger off on a mandolin and it's bleeding through the tea towel",
    thirdPerson:
      '{who} has sliced off the tip of a finger on a mandolin and blood is coming through the tea towel',
    negated:
      "i nicked my finger on the mandolin slicer, a tiny scratch that barely bled and it's fine",
    past: "i lost the tip of my finger in a work accident in 2008, it healed and i've adapted",
    familyHistory: 'my grandad lost a finger in a factory accident',
    hypothetical: 'what should you do with a severed fingertip?',
  },
  {
    family: 'severe_bleeding',
    acuity: 1,
    firstPerson: 'a varicose vein on my leg has burst and blood is pumping out onto the floor',
    thirdPerson: "a varicose vein on {who}'s leg has burst and blood is pumping out onto the floor",
    negated: "my varicose veins ache a bit after standing but there's no bleeding",
    past: 'a varicose vein burst on my leg in 2011, i had it treated and have had no bleeds since',
    familyHistory: 'my nan had her varicose veins stripped in the 80s',
    hypothetical: 'can varicose veins burst?',
  },
];
