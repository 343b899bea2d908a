import type { ModelServer } from '../../../system/index.js';
import type { Relation } from './MetamorphicStep.js';

/** A deliberately broken triage, and the one relation the property must catch it on. */
export interface MetamorphicVariant {
  relation: Relation;
  /** Why the rules are off: each variant is a triage that only its model decides. */
  modelServer: ModelServer;
}

/** A model that answers `acuity(text)`, as the serving side's contract shapes answers. */
const model = (name: string, acuity: (text: string) => 1 | 2 | 3 | 4 | 5): ModelServer => ({
  predict: async ({ text }) => ({
    acuity: acuity(text),
    confidence: 0.9,
    rationale: `variant ${name}`,
    version: `variant-${name}`,
  }),
});

// Why lists of the variant's own: a broken triage is judged by the property's relations, so
// what it keys on need not (and must not) come from the rules or the statement bank.
const RELATIVE_WORDS =
  /\b(mum|dad|husband|wife|son|daughter|partner|flatmate|gran|grandad|brother|sister|neighbour|aunt|uncle|girlfriend|boyfriend|mother|stepdad|friend)\b/;
const ALARM_WORDS =
  /\b(chest|breath|breathe|blood|bleeding|seizure|fit|stroke|swollen|swelling|pain|faint|collapsed|overdose|kill|vomit|rash|fever|temperature|weak|numb|headache)\b/;

const urgentWhenShort = model('urgent-when-short', (t) => (t.length < 260 ? 2 : 5));
const urgentForTheWriterOnly = model('urgent-for-the-writer-only', (t) =>
  RELATIVE_WORDS.test(t) ? 5 : 2,
);
const exactKeywords = model('exact-keywords', (t) =>
  /^[\x20-\x7e]*$/.test(t) && ALARM_WORDS.test(t) ? 2 : 5,
);
const ignoresContext = model('ignores-context', (t) => (ALARM_WORDS.test(t) ? 2 : 5));
const oneSentenceOnly = model('reads-one-sentence', (t) => (/[.!?]\s/.test(t) ? 5 : 2));
const negationSwallowsAll = model('negation-swallows-all', (t) =>
  /\b(no|not|never|without)\b|n't\b/.test(t) ? 5 : 2,
);

/**
 * The broken triages, named `<relation>/<fault>`: each runs with no red-flag rules and a model
 * with the fault, and must break that relation.
 */
export const METAMORPHIC_VARIANTS: Record<string, MetamorphicVariant> = {
  'pad/model-urgent-when-short': { relation: 'pad', modelServer: urgentWhenShort },
  'bury/model-urgent-when-short': { relation: 'bury', modelServer: urgentWhenShort },
  'third_person/model-urgent-for-the-writer-only': {
    relation: 'third_person',
    modelServer: urgentForTheWriterOnly,
  },
  'typo/model-exact-keywords': { relation: 'typo', modelServer: exactKeywords },
  'lookalike/model-exact-keywords': { relation: 'lookalike', modelServer: exactKeywords },
  'invisible/model-exact-keywords': { relation: 'invisible', modelServer: exactKeywords },
  'negated/model-ignores-context': { relation: 'negated', modelServer: ignoresContext },
  'past/model-ignores-context': { relation: 'past', modelServer: ignoresContext },
  'family_history/model-ignores-context': {
    relation: 'family_history',
    modelServer: ignoresContext,
  },
  'hypothetical/model-ignores-context': { relation: 'hypothetical', modelServer: ignoresContext },
  'negated_beside_flag/model-negation-swallows-all': {
    relation: 'negated_beside_flag',
    modelServer: negationSwallowsAll,
  },
  'join/model-reads-one-sentence': { relation: 'join', modelServer: oneSentenceOnly },
  'monotone/model-urgent-when-short': { relation: 'monotone', modelServer: urgentWhenShort },
};
