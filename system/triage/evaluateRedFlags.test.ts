import { describe, expect, test } from 'vitest';
import { evaluateRedFlags } from './evaluateRedFlags.js';
import { normalizeText } from './normalizeText.js';
import type { RedFlagFamily } from './redFlagFamily.js';
import { RED_FLAG_RULES, type RedFlagRule } from './redFlagRules.js';
import { RuleVerdict } from './ruleVerdict.js';

const families = (text: string): RedFlagFamily[] =>
  evaluateRedFlags(text).hits.map((h) => h.family);

const REALISTIC: Record<RedFlagFamily, readonly string[]> = {
  major_trauma: [
    'my brother has been stabbed in the stomach and is going pale',
    'the kettle scalded my toddler and the burn is bigger than my hand',
  ],
  seizure: [
    'my son is having a fit right now and it has been 6 minutes',
    'she had a seizure for the first time',
  ],
  neurological: [
    'worst headache of my life came on suddenly like being hit with a bat',
    'he banged his head and has been sick three times',
    'numb between my legs and I cannot wee, with bad back pain',
  ],
  sepsis: [
    'I have a water infection and now I am shaking uncontrollably and very confused',
    'on chemo and my temperature is 38.4',
  ],
  meningitis: [
    'purple spots on her legs that do not fade when I press a glass on them',
    'fever and a stiff neck and the light hurts his eyes',
  ],
  obstetric: [
    'I am 34 weeks pregnant and the baby has not moved today',
    '30 weeks pregnant and bleeding heavily',
  ],
  paediatric: [
    'my 6 week old has a temperature of 38.3',
    'my baby is floppy and has a weak high pitched cry',
  ],
  acute_abdomen: [
    'my belly is hard as a board and I cannot move',
    'sudden pain in my left testicle and it is swollen',
  ],
  poisoning: ['my toddler swallowed a button battery', 'I took 20 paracetamol an hour ago'],
  abnormal_vitals: ['my sats are 86%', 'bp 75/40 and I feel faint', 'blood sugar 2.1'],

  stroke: [
    "My mum's face has dropped on the left and her words are all slurred",
    'his arm went weak and numb on one side about 20 minutes ago',
    "I can't raise my right arm and my mouth feels droopy",
    'she suddenly lost the sight in one eye',
    'I think grandad is having a stroke, his face looks wrong',
  ],
  cardiac_chest_pain: [
    'I have chest pain spreading into my left arm and jaw',
    'crushing chest pain for 20 mins, feel clammy',
    'pressure in my chest and I am sweating loads',
    'my chest feels tight and the pain goes up into my neck',
  ],
  breathing_difficulty: [
    "I can't breathe properly, please help",
    'my little boy is struggling to breathe',
    'she is gasping and her lips are going blue',
    'I really cannot catch my breath even sitting still',
  ],
  anaphylaxis: [
    'my throat feels like it is closing after eating nuts',
    'stung by a wasp, hives all over and I am wheezing',
    'my tongue is swelling up',
    'I had an allergic reaction and my lips are swollen and throat is tight',
  ],
  suicidal_ideation: [
    'I want to kill myself',
    "I don't want to be alive anymore",
    'I have been thinking about ending my life',
    'there is no reason to live',
    'I took an overdose on purpose',
  ],
  severe_bleeding: [
    "I cut my hand and it won't stop bleeding",
    'he is bleeding heavily from a cut on his leg',
    'I have been coughing up blood',
    'there is so much blood, it is spurting out',
  ],
  fainting: [
    'I fainted at the bus stop',
    'my wife passed out in the kitchen',
    'he blacked out for a few seconds',
    'my dad collapsed in the garden',
    'she lost consciousness for a minute',
  ],
  confusion: [
    'my nan is suddenly confused and does not know where she is',
    "dad doesn't recognise me",
    'my husband is not making sense when he talks',
    'she seems disoriented since this morning',
  ],
};

describe('realistic phrasings hit their family at acuity 2 or more urgent', () => {
  const cases = Object.entries(REALISTIC).flatMap(([family, texts]) =>
    texts.map((text) => [family, text] as const),
  );
  test.each(cases)('%s: %s', (family, text) => {
    const verdict = evaluateRedFlags(text);
    expect(verdict.hits.map((h) => h.family)).toContain(family);
    expect(verdict.acuity).toBeLessThanOrEqual(2);
  });
});

describe('benign phrasings raise nothing', () => {
  test.each([
    'I have a mild headache',
    'my knee hurts when I run',
    'sore throat since yesterday',
    'need a repeat prescription',
    'I burnt my finger while cooking dinner',
    'I was painting the fence and my shoulder aches',
    'my throat feels scratchy at night',
    'can I take ibuprofen with my blood pressure tablets?',
    'I cut my finger but it has stopped bleeding',
  ])('%s', (text) => {
    const verdict = evaluateRedFlags(text);
    expect(verdict.acuity).toBe(5);
    expect(verdict.hits).toEqual([]);
    expect(verdict.rationale).toMatch(/^No red flag found/);
  });
});

describe('perturbations that must still match', () => {
  test.each([
    ['casing', "I CaN'T BrEaThE"],
    ['punctuation, emoji, newlines', "i...can't!!!😭\n\nbreathe 🙏"],
    ['accents, precomposed and combining', 'I cán\u0301t bréathe'],
    ['fullwidth letters', "I ｃａｎ'ｔ ｂｒｅａｔｈｅ"],
    ['styled mathematical letters', "I can't 𝐛𝐫𝐞𝐚𝐭𝐡𝐞"],
    ['zero-width and bidi characters', "I ca\u200Bn't bre\u200Dat\u2060he\u200F"],
    ['Cyrillic and Greek look-alikes', "I cаn't brεathе"],
    ['curly apostrophe', 'I can\u2019t breathe'],
    ['insertion', "I can't breathje"],
    ['deletion', "I can't brethe"],
    ['substitution', "I can't brezthe"],
    ['transposition', "I can't braethe"],
    ['a typo inside a stem', 'I cant braeth'],
  ])('%s', (_, text) => {
    expect(families(text)).toContain('breathing_difficulty');
  });

  test('a typo in a word shorter than 5 letters is not promised', () => {
    // Why this test? It pins the contract's edge: "arm" with a typo ("amr") must not match.
    expect(normalizeText('a heavy ache in my left amr')).toContain('amr');
    expect(families('a heavy ache in my left amr')).toEqual([]);
  });

  test('punctuation inside a phrase is noise, not a new sentence', () => {
    expect(families('crushing!!! chest!!! pain')).toContain('cardiac_chest_pain');
    expect(families('crushing\u200bchest\u200bpain going to my arm')).toContain(
      'cardiac_chest_pain',
    );
  });
});

describe("context (ConText): a finding counts only as the patient's problem now", () => {
  test.each([
    ['negated', 'no chest pain, no breathlessness, just a tickly cough'],
    ['negated across a list', 'no fever, rash or stiff neck, just tired'],
    ['historical', 'I had a stroke in 2019, can I get my repeat clopidogrel?'],
    ["a relative's history", 'my dad had a heart attack at 50, should I get checked?'],
    ['hypothetical', 'what should I do if my baby stops breathing?'],
    ['a general question', 'what are the warning signs of sepsis?'],
  ])('%s: %s', (_, text) => {
    const verdict = evaluateRedFlags(text);
    expect(verdict.acuity).toBeGreaterThan(2);
    expect(verdict.lowered.length).toBeGreaterThan(0);
    expect(verdict.rationale).toContain('Not counted');
  });

  test.each([
    ['uncertainty stays urgent', "I'm not sure if she's breathing"],
    ['a negation that is the finding', 'he is not breathing'],
    ['a negation that ends before it', "no, she can't breathe"],
    ['the past and now', 'I had a stroke in 2019 and now my face is drooping'],
    ['a relative writing for the patient', 'my dad is clutching his chest and sweating'],
    ['a conditional threat', "if this doesn't work I'm going to end my life"],
    ['a rhetorical question', "what's the point in living anymore"],
  ])('%s: %s', (_, text) => {
    expect(evaluateRedFlags(text).acuity).toBeLessThanOrEqual(2);
  });
});

describe('verdict', () => {
  test('the most urgent hit sets the acuity and the rationale names every family', () => {
    const verdict = evaluateRedFlags('I fainted and now I am coughing up blood, my sats are 85');
    expect(RuleVerdict.parse(verdict)).toEqual(verdict);
    expect(verdict.hits.map((h) => h.family)).toEqual([
      'breathing_difficulty',
      'severe_bleeding',
      'abnormal_vitals',
      'fainting',
    ]);
    expect(verdict.acuity).toBe(1);
    expect(verdict.rationale).toContain('severe_bleeding');
    expect(verdict.rationale).toContain('fainted');
    expect(verdict.rationale).toContain('SpO2 85% (below 90%)');
  });

  test('is deterministic', () => {
    const text = 'my chest is crushing and my left arm is numb';
    expect(evaluateRedFlags(text)).toEqual(evaluateRedFlags(text));
  });

  test('empty and symbol-only texts raise nothing', () => {
    for (const text of ['', '   ', '😷🤒', '\u0301\u0301', "'; DROP TABLE messages; --"]) {
      expect(evaluateRedFlags(text).hits).toEqual([]);
    }
  });

  test('takes another rule set', () => {
    const rules: RedFlagRule[] = [
      { family: 'fainting', acuity: 2, patterns: [{ all: ['swoon*'] }] },
    ];
    expect(evaluateRedFlags('she swooned', rules).hits).toHaveLength(1);
    expect(evaluateRedFlags('I fainted', rules).hits).toEqual([]);
  });

  test('refuses rule words the typo contract cannot hold', () => {
    const bad = (word: string): RedFlagRule[] => [
      { family: 'fainting', acuity: 2, patterns: [{ all: [word] }] },
    ];
    expect(() => evaluateRedFlags('x', bad('arm*'))).toThrow(/too short/);
    expect(() => evaluateRedFlags('x', bad("can't"))).toThrow(/rule word/);
  });

  test('every shipped rule is acuity 1 or 2', () => {
    for (const rule of RED_FLAG_RULES) expect(rule.acuity).toBeLessThanOrEqual(2);
  });
});

describe('normalizeText', () => {
  test('folds and splits', () => {
    expect(normalizeText("Ｍy DAD'S fácе—is\u200B droopy!!😭\nHELP")).toEqual([
      'my',
      'dads',
      'face',
      'is',
      'droopy',
      'help',
    ]);
  });
});
