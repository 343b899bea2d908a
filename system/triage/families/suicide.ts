import { near, ordered, unless, word } from '../RedFlagPattern.js';
import type { FamilyDefinition } from '../RedFlagRule.js';
import { RED_FLAG_CONCEPTS as V } from '../redFlagConcepts.js';

// Means, plans and preparations, as 988 Lifeline, Samaritans and NICE NG225 list warning
// signs: a person need not say "suicide" to tell of a plan.
const MEANS =
  'rope|noose|ligature|belt round|dog lead|cord|bridge|train|trains|express|freight|railway|railway line|tracks|platform|level crossing|cliff|clifftop|cliff top|roof|multistorey|multi storey|car park|motorway|dual carriageway|gun|guns|shotgun|pistol|rifle|gun cabinet|knife|razor|razors|blade|blades|hosepipe|hose pipe|exhaust|charcoal|tape|plastic bag|pills|tablets|meds|medication|packets|boxes|a strip|sleeping tablets|sleeping pills|painkillers|paracetamol|insulin|morphine|lithium|amitriptyline|drugs|bleach|antifreeze|a months worth|months worth|all of them|the lot|enough to|how much it takes|how many it takes|lethal dose|fatal dose|the beam|the bath|bath is running|baths running';
const PLAN =
  'in front of me|in front of him|in front of her|lined up|lined them up|counted out|counted them out|ready to take|going to|gonna|plan|planned|planning|decided|made up my mind|tonight|this weekend|tomorrow|sunday|monday|tuesday|wednesday|thursday|friday|saturday|this week|picked a spot|picked the spot|chosen a spot|worked out|everything i need|got everything|got it all ready|ready|sorted|know exactly|exactly how|when everyone is asleep|once everyone is asleep|when everyones asleep|do it|going back tonight|not walking away|this time|when my shift ends|after my shift|after the last bell|anniversary|practising|practicing|rehears*|tested|testing|got them out|already in|already got|bought|buying|been saving|saving up|keeping back|stockpil*';
const HOPELESS =
  'its over|it s over|it is over|cant do this anymore|cant do this any more|cant go on|cant take it anymore|cant take any more|had enough|give up|giving up|no way out|no point|pointless|a burden|be a burden|burden on|better off without me|better off dead|better off without him|better off without them|better off without her|would be better off|be better off|tired of living|tired of life|sick of living|tired of everything|so tired|im tired|im just tired|so tired of|dont want to be here|dont want to be alive|dont wanna be alive|dont wanna live|dont wanna be here|wanna be dead|im done|i am done|dont want to live|dont want to wake up|not wake up|want to die|wanna die|wish i was dead|wish i were dead|want it to end|want it all to end|want it over|nothing to live for|no reason to live|no reason to go on|hopeless|worthless|nobody would notice|no one would notice|nobody would even notice|no one would even notice|wouldnt even notice|nobody would care|no one would care|nobody would miss me|no one would miss me|wont be a problem|wont be a burden|gone soon|not long now|good innings|doesnt want to wait for the end|want to go|not walking away|this time im not|no going back|for good this time|rational decision|made my decision|made a decision|at peace with it|is the end for me|the end for me|end for me|been really low|very low|so low|really low|depressed|depression|lost everything|lost the business|lost the house|fail my exams|failed my exams|cannot tell my family|finish his life|finish their life|finish her life|finish my life|do something stupid|before i do something|something stupid|not to blame|isnt to blame|is not to blame|nothing matters|nothing matters anymore|nothing matters any more|whats the point anymore|no point anymore';

/** Suicide and self-harm: intent, plans, means and preparations (988 Lifeline, Samaritans, NICE NG225). */
export const SUICIDE: FamilyDefinition = {
  findings: [
    {
      // A plan with a when ("picked a date, it's Friday"; "got a plan. tonight."): 988 and
      // Samaritans ask first whether there is a plan and a time.
      id: 'plan_made',
      conditionalCounts: true,
      patterns: [
        word(
          'picked a date|set a date|chosen a date|picked the date|set the date|chosen the date|picked a day|picked the day|got a plan|have a plan|made a plan|ive got a plan|i have a plan|got it planned|have it planned',
        ),
      ],
    },
    {
      id: 'driving_now',
      conditionalCounts: true,
      patterns: [
        word(
          'driving around right now|driving right now|driving around now|im driving now|behind the wheel now|in the car right now|on the motorway now|driving round right now',
        ),
      ],
    },

    {
      id: 'suicide_words',
      conditionalCounts: true,
      patterns: [
        near(
          4,
          'walked out|walk out|walking out|step out|stepped out|step|stepping|jump|jumped|jumping|throw myself|threw myself|throwing myself',
          'in front of a bus|in front of the bus|in front of a train|in front of the train|in front of a lorry|under a bus|under a train|under a lorry|in front of traffic|into traffic',
        ),

        near(
          8,
          'drive|driving|crash|crashing|steer|steering|swerve|swerving',
          'into the wall|into a wall|into a tree|into a bridge|off the road|off a bridge|off the bridge|into oncoming|into a lorry|into the traffic|into a pillar',
        ),
        ordered(
          5,
          'thinking about|think about|thoughts of|thoughts about|keep thinking|cant stop thinking|been thinking about|thought about',
          'jumping off|jump off|jumping from|jump from|throwing myself|hanging myself|drowning myself|overdosing|ending it|ending my life',
        ),
        word(
          'je veux mourir|veux mourir|je vais me tuer|me tuer|quiero morir|me quiero morir|quiero matarme|matarme|ich will sterben|voglio morire|quero morrer|unalive myself|unalive|kms',
        ),

        word(V.SUICIDE),
        near(2, `${V.KILL}|${V.OTHER_MEANS}`, V.SELF),
        near(2, `${V.WISH}|${V.INTENT}`, 'kms'),
        near(6, V.INTENT, V.HURT, V.SELF),
        near(2, 'end|ending', V.A_LIFE),
        near(2, 'take|taking|took', V.OWN_LIFE),
        near(4, V.WISH, 'die|dead|dying|not exist|not be here|not wake up'),
        near(5, 'better off', V.BETTER_OFF),
        near(2, V.NEGATED, V.WANT_TO_GO_ON),
        near(5, `${V.NEGATED}|doesnt|does not`, 'want|wants|wanting', 'alive'),
        near(8, V.WISH, V.NEVER_WAKE),
        // The negation is the meaning here: "no point living" states, it does not deny.
        ordered(
          4,
          'no point|no reason|not worth|no longer worth|dont see the point|cant see the point|see no point|whats the point|what is the point|nothing',
          V.LIVING,
        ),
        near(8, V.PILLS, V.ON_PURPOSE),
        near(
          8,
          'step|stepping|stepped|walk|walking|jump|jumping|throw myself|throwing myself|lie down|lying down',
          'in front of',
          'train|express|freight|lorry|bus|traffic|the 7|a car|the car',
        ),
        word(
          'buying packets|different shops|so nobody notices|so no one notices|want to do it again properly|do it properly|finish the job',
        ),
        near(4, V.HOARD, V.PILLS),
        near(4, V.HOARD, 'them|up|morphine|insulin|tablets|pills|meds'),
        near(3, V.IT_ALL, V.OVER),
        near(10, V.JUMP, `${V.HEIGHT}|car park|multi storey|balcony|window|ledge|top of`),
        near(
          14,
          MEANS,
          'on myself|on himself|on herself|on themselves|on themself|on meself|to end it',
        ),
        near(
          5,
          'ways|way|methods|how',
          'to die|to kill myself|to kill himself|to kill herself|to end it|to end my life',
        ),
        word(
          'life isnt worth living|life is not worth living|not worth living|wants to die|want to die|wanted to die|ways to die|suicide note|suicide notes|goodbye letter|goodbye letters|goodbye note|goodbye notes|left a letter|leave a letter|left a note|wrote a note|written a note|final goodbye|said goodbye to everyone|saying goodbye|kill myself|killing myself|killing himself|killing herself|end my life|take my life|unalive|kms',
        ),
      ],
    },
    {
      id: 'suicide_means',
      conditionalCounts: true,
      patterns: [
        unless(
          word(MEANS),
          'repeat|prescription|pharmacy|collect|order|side effects|dose for|how many can i take|with food|interact|commute|late|delayed|cancelled|ticket|tickets|journey|parking|driving|holiday',
          4,
        ),
      ],
    },
    { id: 'suicide_plan', conditionalCounts: true, patterns: [near(12, MEANS, PLAN)] },
    {
      id: 'means_at_hand',
      conditionalCounts: true,
      patterns: [
        near(
          8,
          MEANS,
          'in my lap|on my lap|in his lap|on his lap|in her lap|on her lap|in their lap',
        ),

        near(
          8,
          MEANS,
          'in front of me|in front of him|in front of them|in front of her|in my hand|in his hand|in their hand|in her hand|lined up|counted out|sitting with|holding|out of the cabinet|loaded|next to me|here next to me|in my room|in the boot|in the car|in the garage|with me|took a razor|took a knife|in with him|in with them|in with her|key to the gun|got them out|out of the packets|already in the garage|under my bed|in the drawer',
        ),
      ],
    },
    {
      id: 'danger_place',
      conditionalCounts: true,
      patterns: [
        word(
          'sat on the railing|sitting on the railing|on the railing|on the railings|over the railing|over the railings|wrong side of the railing|wrong side of the railings|on the parapet|over the parapet',
        ),

        near(
          6,
          'standing on|standing at|on top of|at the top of|from the top of|top of|on the edge|on the ledge|on the bridge|at the bridge|on the roof|on the railway|at the railway|on the tracks|at the cliff|clifftop|cliff top|at the station|on the platform',
          'multistorey|multi storey|car park|bridge|roof|cliff|edge|ledge|railway|tracks|platform|tower|building|station|motorway|here|up here',
        ),
        near(
          8,
          'car|cars|engine',
          'running in the garage|running with the door shut|in the garage with the door|door shut|doors shut|hosepipe|exhaust',
        ),
        near(
          8,
          'locked himself|locked herself|locked in|locked themselves',
          'bathroom|room|toilet|car|garage',
        ),
      ],
    },
    { id: 'hopeless', conditionalCounts: true, patterns: [word(HOPELESS)] },
    {
      id: 'strong_means',
      conditionalCounts: true,
      patterns: [
        word(
          'noose|ligature|made the noose|belt round his neck|belt round their neck|belt round my neck|belt round her neck|round my neck|round his neck|round their neck|round her neck|tested the beam|takes my weight',
        ),
        near(8, 'charcoal|hosepipe|hose pipe|exhaust', 'tape|car|garage|boot|tent'),
        near(6, 'gun cabinet|pistol|shotgun|rifle|gun', 'key|loaded|cleaning|out of|thinking'),
      ],
    },
    {
      id: 'rehearsal',
      conditionalCounts: true,
      patterns: [
        word(
          'practising|practicing|rehearsing|rehearsed|dry run|trial run|counted them out|lined them up|tested the beam|tested it|gets it right|get it right|worked out which|worked out where|picked a spot|picked the spot|went up there to look|went there to look|went to look at the|been up there|went up to look|went to have a look|scoping it out|checked how high',
        ),
      ],
    },
    {
      id: 'lethality',
      conditionalCounts: 'always',
      patterns: [
        near(
          6,
          'how many|how much',
          'would it take|would that take|would be too many|would be too much|to not wake up|to never wake up|to not wake|would kill me|would kill someone|would finish me',
        ),

        word(
          'how much it takes|how many it takes|how much would it take|how many would it take|lethal dose|fatal dose|enough to kill|enough to die|enough to end|how many would kill|how much would kill|overdose on|would it be quick|how long does it take|how long would it take|how easy it would be|how high|knew exactly how|how shed do it|how hed do it|how i would do it|how to do it|max amount|maximum amount|most you can take|most someone could take|could take in one go|take in one go|in one go|would be fatal|would be lethal|how many to die|how many to kill',
        ),
      ],
    },
    {
      id: 'finality',
      conditionalCounts: true,
      patterns: [
        unless(
          word(
            'wont be here|will not be here|wont be around|not be around|not going to be around|made my decision|made up my mind|this is goodbye|saying goodbye|said goodbye|say goodbye|after this weekend|after tonight|no point booking|no point in booking|wont need it|wont need them|wont be needing|won t be needing|last message|final message|sorry for everything|thanks for everything|thank you for everything|look after yourself|look after the kids|love you always|you were the best|passwords are|the passwords|email scheduled|emails scheduled|scheduled to send|note s written|notes written|note is written|written letters|wrote letters|letters to the kids|not to blame|isnt to blame|to whoever reads|wanted someone to know|just wanted to tell someone|just wanted someone to know|dont really want help|dont want help|dont want to be saved|dont want saving|dont call anyone|dont call an ambulance|isnt answering|not answering her phone|not answering his phone|not answering their phone|wont answer her phone|wont answer his phone|ready to go and join|go and join her|go and join him|join her now|be with her again|be with him again|be with mum again|ready to go',
          ),
          'holiday|away|abroad|on leave|travelling|traveling|trip|spain|france|moving|work|conference|wedding|retiring|retirement|leaving do|new job',
          10,
        ),
      ],
    },
    {
      id: 'affairs_in_order',
      conditionalCounts: true,
      patterns: [
        word(
          'affairs in order|sorted the will|made a will|written a will|write his will|write their will|write her will|wrote my will|sorted my will|gave away|given away|giving away|given his|given their|given her|gave his|gave their|gave her|said goodbye|saying goodbye|cancelled his phone|cancelled their phone|cancelled her phone|cancelled my phone|cancelled the contract|cancel all her|cancel all his|cancel all their|cancel all my|who will look after|go to my sister|going to my sister|took the dog|looked after properly|who usually finds|who finds people|who will find|the dog is going|the cat is going|if someone dies|when i die|after im gone|when im gone|after this weekend|insurance and bank|bank papers|all in one folder|easy for them|sorted it all|giving his things away|giving her things away|giving my things away|giving things away|giving their things away|cancel my appointment|cancel all my appointments',
        ),
      ],
    },
    {
      id: 'self_harm_wound',
      conditionalCounts: true,
      patterns: [
        near(
          8,
          'cut|cuts|cutting|sliced|slashed|burned|burnt|burn',
          'lighter|myself|my arm|my wrist|my wrists|my leg|my thigh|deeper|too deep|on purpose|himself|herself',
        ),
        word(
          'self harm|self harmed|self harming|selfharm|swallowed razor|swallowed blades|swallowed a blade|on purpose|deliberately|intentionally|do it again properly|wasnt enough',
        ),
      ],
    },
    {
      id: 'stopped_medication_on_purpose',
      conditionalCounts: true,
      patterns: [
        near(
          8,
          'stopped|stopping|not taking|binned|in the bin|throwing away|thrown away',
          'on purpose|deliberately|heart tablets|insulin|medication|meds|tablets',
        ),
      ],
    },
  ],
  rules: [
    {
      family: 'suicidal_ideation',
      acuity: 1,
      when: [
        ['danger_place', 'suicide_words'],
        ['driving_now', 'suicide_words'],
        ['means_at_hand', 'hopeless'],
        ['means_at_hand', 'finality'],

        // A suicide attempt under way: the overdose or the means are taken, not only thought of.
        ['suicide_words', 'overdose'],
        ['suicide_words', 'many_tablets'],
        ['hopeless', 'overdose'],
        ['hopeless', 'many_tablets'],
        ['finality', 'overdose'],
        ['finality', 'many_tablets'],
        ['suicide_words', 'means_at_hand'],

        ['danger_place', 'suicide_means'],
        ['danger_place', 'hopeless'],
        ['danger_place', 'finality'],
      ],
    },
    {
      family: 'suicidal_ideation',
      acuity: 2,
      when: [
        ['plan_made', 'hopeless'],
        ['plan_made', 'lethality'],
        ['plan_made', 'suicide_words'],

        ['suicide_words'],
        ['danger_place'],
        ['strong_means'],
        ['rehearsal', 'suicide_means'],
        ['rehearsal', 'suicide_plan'],
        ['rehearsal', 'hopeless'],
        ['means_at_hand', 'suicide_plan'],
        ['means_at_hand', 'lethality'],
        ['suicide_plan', 'hopeless'],
        ['suicide_plan', 'lethality'],
        ['suicide_plan', 'finality'],
        ['suicide_plan', 'affairs_in_order'],
        ['suicide_means', 'hopeless', 'affairs_in_order'],
        ['suicide_means', 'finality'],
        ['suicide_means', 'lethality'],
        ['lethality', 'hopeless'],
        ['finality', 'hopeless'],
        ['finality', 'affairs_in_order'],
        ['affairs_in_order', 'hopeless'],
        ['self_harm_wound', 'hopeless'],
        ['self_harm_wound', 'wound_deep'],
        ['self_harm_wound', 'serious_burn'],
        ['stopped_medication_on_purpose', 'hopeless'],
      ],
    },
  ],
};
