import fc from 'fast-check';
import { z } from 'zod';
import { applyTypos, perturbation, perturbText } from './perturbText.js';
import { ALL_STATEMENTS } from './statements/allStatements.js';
import { RELATIVES } from './statements/relatives.js';
import { BENIGN_SENTENCES, HOSTILE_TEXTS } from './symptomPhrases.js';

/** The largest message the protocol lets a patient send (server/PROTOCOL.md), in code points. */
export const MAX_MESSAGE_CODE_POINTS = 2000;

/** The families the statement bank writes about, by its own names. */
const RedFlagFamily = z.enum([
  'stroke',
  'cardiac_chest_pain',
  'breathing_difficulty',
  'anaphylaxis',
  'suicidal_ideation',
  'severe_bleeding',
  'fainting',
  'confusion',
  'seizure',
  'neurological',
  'sepsis',
  'meningitis',
  'obstetric',
  'paediatric',
  'acute_abdomen',
  'poisoning',
  'abnormal_vitals',
  'major_trauma',
]);
type RedFlagFamily = z.infer<typeof RedFlagFamily>;

/** A generated patient message with the truth it was built to carry (for replaying stored data). */
export const SymptomTextSchema = z.object({
  text: z.string(),
  textClass: z.enum(['ok', 'empty', 'oversize', 'invalid_characters']),
  redFlag: RedFlagFamily.nullable(),
});
/** A generated patient message: `textClass` and `redFlag` come from construction, not a check. */
export type SymptomText = z.infer<typeof SymptomTextSchema>;

type Flag = { family: RedFlagFamily; sentence: string };

// Why the independent statements (generators/statements/), written from guidance by an author
// who never saw the rules: an oracle made from the rules' own phrases cannot catch their gaps.
const FLAGS: readonly Flag[] = ALL_STATEMENTS.flatMap((s, i) => {
  const r = RELATIVES[i % RELATIVES.length]!;
  const third = s.thirdPerson
    .replaceAll('{who}', r.who)
    .replaceAll('{they}', r.they)
    .replaceAll('{their}', r.their)
    .replaceAll('{them}', r.them);
  return [
    { family: RedFlagFamily.parse(s.family), sentence: s.firstPerson },
    { family: RedFlagFamily.parse(s.family), sentence: third },
  ];
});
const SEPARATORS = ['. ', ', ', ' ', '\n', '! ', ' and ', '... '];
// A red-flag sentence stands as a sentence of its own: run into a neighbour with no break, a
// neighbour's words ("back in 2019") would rightly read as its context.
const SENTENCE_SEPARATORS = ['. ', '\n', '! ', '... ', '? '];
// C0 controls (NUL, ESC, ...), DEL and C1 controls; VT and FF are left out because they are
// also whitespace, which would make a text of nothing else "empty" rather than invalid.
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000E', '\u001B', '\u001F', '\u007F'];
// Next to letters, VT and FF are invalid too.
// Why only forbidden characters, never sequences like an ANSI colour code: inserts land inside
// words, and the system scans a refused text for red flags with its forbidden characters
// removed; readable text inserted mid-word would change the words the patient wrote.
const CONTROL_INSERTS = [...CONTROLS, '\u000B', '\u000C'];
const C1 = ['\u0080', '\u0085', '\u009B', '\u009F'];
const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D'];
const BLANKS = [' ', '\t', '\n', '\r', '\u000B', '\u000C', '\u00A0', '\u3000', '\u2028', '\u2029'];
const FORMATS = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u202E', '\u2066'];

// Noise that keeps words in one clause: runs of spaces, tabs, emoji, wide and no-break spaces.
const INLINE_NOISE = [
  '  ',
  '\t',
  ' 😭 ',
  '😭',
  '🙏',
  ' 🤒🤕 ',
  ' 🤦‍♀️ ',
  '\u3000',
  '\u00A0',
  ' *** ',
];
const inlineNoise = (noise: string): string =>
  INLINE_NOISE[[...noise].reduce((h, c) => h + (c.codePointAt(0) ?? 0), 0) % INLINE_NOISE.length]!;

/** The length of a text in code points, as the protocol counts a message. */
export const codePoints = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

const benignBody = fc.array(fc.constantFrom(...BENIGN_SENTENCES), { minLength: 1, maxLength: 4 });
const separator = fc.constantFrom(...SEPARATORS);

/** Benign sentences, perturbed: the common case and where shrinking ends. */
const benignText = fc
  .record({ body: benignBody, sep: separator, p: perturbation() })
  .map(({ body, sep, p }) => perturbText(applyTypos(body.join(sep), p.typos), p));

/** A red-flag sentence, typos and all, optionally between benign sentences. */
const flaggedText = fc
  .record({
    flag: fc.constantFrom(...FLAGS),
    before: fc.array(fc.constantFrom(...BENIGN_SENTENCES), { maxLength: 2 }),
    after: fc.array(fc.constantFrom(...BENIGN_SENTENCES), { maxLength: 2 }),
    sep: fc.constantFrom(...SENTENCE_SEPARATORS),
    p: perturbation(),
  })
  .map(({ flag, before, after, sep, p }) => {
    const body = [...before, applyTypos(flag.sentence, p.typos), ...after].join(sep);
    // Why inline noise only: a newline or "!!!" inside one red-flag sentence makes two
    // sentences, and a finding's words must share one (RED_FLAGS.md); between sentences the
    // separators above already break.
    const separators = p.separators.map((s) => ({ ...s, noise: inlineNoise(s.noise) }));
    return { family: flag.family, text: perturbText(body, { ...p, typos: [], separators }) };
  });

const optionalFlag = fc.option(flaggedText, { nil: null });

/** Injection strings, markup, odd scripts and bidi controls, with or without a red flag. */
const hostileText = fc
  .record({
    hostile: fc.constantFrom(...HOSTILE_TEXTS),
    flag: optionalFlag,
    bidi: fc.constantFrom(['', ''], ['\u202B', '\u202C'], ['\u2067', '\u2069'], ['\u200F', '']),
    flagFirst: fc.boolean(),
  })
  .map(({ hostile, flag, bidi, flagFirst }): SymptomText => {
    const parts = flag === null ? [hostile] : [hostile, bidi[0] + flag.text + bidi[1]];
    const text = (flagFirst ? parts.toReversed() : parts).join(' ');
    return { text, textClass: 'ok', redFlag: flag?.family ?? null };
  });

/** Benign filler of exactly `size` code points (sentences or emoji, padded). */
function filler(size: number, kind: 'sentences' | 'emoji', offset: number): string {
  let out = '';
  let n = 0;
  for (let i = offset; ; i++) {
    const next = kind === 'emoji' ? '😷🤒 ' : `${BENIGN_SENTENCES[i % BENIGN_SENTENCES.length]}. `;
    const k = codePoints(next);
    if (n + k > size) break;
    out += next;
    n += k;
  }
  return out + ' '.repeat(size - n);
}

/** Legal texts at or just under the limit, a red flag possibly buried in the middle. */
const longText = fc
  .record({
    flag: optionalFlag,
    size: fc.oneof(fc.constant(MAX_MESSAGE_CODE_POINTS), fc.integer({ min: 1800, max: 2000 })),
    kind: fc.constantFrom<'sentences' | 'emoji'>('sentences', 'emoji'),
    offset: fc.nat({ max: BENIGN_SENTENCES.length - 1 }),
    place: fc.constantFrom('start', 'middle', 'end'),
  })
  .map(({ flag, size, kind, offset, place }): SymptomText => {
    const core = flag === null ? '' : ` ${flag.text}. `;
    const room = Math.max(0, size - codePoints(core));
    const head = place === 'start' ? 0 : place === 'end' ? room : Math.floor(room / 2);
    const text = filler(head, kind, offset) + core + filler(room - head, kind, offset + 7);
    return { text, textClass: 'ok', redFlag: flag?.family ?? null };
  });

const okText: fc.Arbitrary<SymptomText> = fc.oneof(
  {
    weight: 40,
    arbitrary: benignText.map((text): SymptomText => ({ text, textClass: 'ok', redFlag: null })),
  },
  {
    weight: 45,
    arbitrary: flaggedText.map(
      (f): SymptomText => ({ text: f.text, textClass: 'ok', redFlag: f.family }),
    ),
  },
  { weight: 10, arbitrary: hostileText },
  { weight: 5, arbitrary: longText },
);

/** Nothing but whitespace and invisible format characters, sometimes far past the size limit. */
const emptyText = fc
  .oneof(
    fc.array(fc.constantFrom(...BLANKS, ...FORMATS), { maxLength: 40 }).map((cs) => cs.join('')),
    fc.integer({ min: MAX_MESSAGE_CODE_POINTS + 1, max: 5000 }).map((n) => ' \u200B'.repeat(n)),
  )
  .map((text): SymptomText => ({ text, textClass: 'empty', redFlag: null }));

/** Content (possibly with a red flag) past the limit; controls inside do not change the class. */
const oversizeText = fc
  .record({
    content: fc.oneof(
      benignText.map((text) => ({ text, family: null })),
      flaggedText,
    ),
    size: fc.oneof(
      { weight: 2, arbitrary: fc.constant(MAX_MESSAGE_CODE_POINTS + 1) },
      { weight: 3, arbitrary: fc.integer({ min: 2001, max: 2200 }) },
      { weight: 2, arbitrary: fc.integer({ min: 2001, max: 20_000 }) },
      { weight: 1, arbitrary: fc.integer({ min: 2001, max: 100_000 }) },
    ),
    kind: fc.constantFrom<'sentences' | 'emoji'>('sentences', 'emoji'),
    control: fc.option(fc.constantFrom(...CONTROLS, ...C1, ...LONE_SURROGATES), { nil: null }),
  })
  .map(({ content, size, kind, control }): SymptomText => {
    const core = `${content.text} ${control ?? ''}`;
    const text = core + filler(Math.max(0, size - codePoints(core)), kind, 0);
    return { text, textClass: 'oversize', redFlag: content.family };
  });

/** Texts with forbidden characters (controls, C1, a lone surrogate), within the size limit. */
const invalidText = fc.oneof(
  fc
    .record({
      content: fc.oneof(
        benignText.map((text) => ({ text, family: null })),
        flaggedText,
      ),
      inserts: fc.array(
        fc.record({ at: fc.nat(), char: fc.constantFrom(...CONTROL_INSERTS, ...C1) }),
        { minLength: 1, maxLength: 3 },
      ),
      // One lone surrogate at most: a high one inserted just before a low one would pair up.
      surrogate: fc.option(fc.record({ at: fc.nat(), char: fc.constantFrom(...LONE_SURROGATES) }), {
        nil: null,
      }),
      toLimit: fc.boolean(),
    })
    .map(({ content, inserts, surrogate, toLimit }): SymptomText => {
      // Inserted between code points, so no surrogate pair of the content is split.
      const units = Array.from(content.text);
      for (const { at, char } of surrogate === null ? inserts : [...inserts, surrogate]) {
        units.splice(at % (units.length + 1), 0, char);
      }
      let text = units.join('');
      const room = MAX_MESSAGE_CODE_POINTS - codePoints(text);
      if (toLimit && room > 0) {
        // Why the space: filler glued to a red flag's last word ("gibberish" + "need") hides it.
        text += ` ${filler(room - 1, 'sentences', 3)}`;
      }
      return { text, textClass: 'invalid_characters', redFlag: content.family };
    }),
  // Controls and nothing readable: not "empty" (controls are not whitespace), so invalid.
  fc
    .record({
      control: fc.constantFrom(...CONTROLS, ...C1),
      around: fc.array(fc.constantFrom(' ', '\n', '\u200B', ...CONTROLS, ...C1), { maxLength: 11 }),
      at: fc.nat(),
    })
    .map(({ control, around, at }): SymptomText => {
      const chars = around.toSpliced(at % (around.length + 1), 0, control);
      return { text: chars.join(''), textClass: 'invalid_characters', redFlag: null };
    }),
);

/**
 * Patient messages: about 85% valid (benign, red-flag, hostile and near-limit texts, garbled
 * the ways patients and attackers garble them) and 15% that the message limits must refuse.
 * Shrinks toward a short benign valid text.
 */
export const symptomText = (): fc.Arbitrary<SymptomText> =>
  fc.oneof(
    { weight: 85, arbitrary: okText },
    { weight: 5, arbitrary: emptyText },
    { weight: 5, arbitrary: oversizeText },
    { weight: 5, arbitrary: invalidText },
  );

/**
 * Benign texts of exactly the size limit and one code point either side: the boundary the
 * protocol draws, each side of it, with nothing else about the text to decide the answer.
 * Apart from `symptomText()` so the texts that generator samples (a seeded corpus) stay as they were.
 */
export const boundaryText = (): fc.Arbitrary<SymptomText> =>
  fc
    .record({
      // Why the limit itself last: fast-check favours the first, and long texts reach it anyway.
      size: fc.constantFrom(
        MAX_MESSAGE_CODE_POINTS + 1,
        MAX_MESSAGE_CODE_POINTS - 1,
        MAX_MESSAGE_CODE_POINTS,
      ),
      kind: fc.constantFrom<'sentences' | 'emoji'>('sentences', 'emoji'),
      offset: fc.nat({ max: BENIGN_SENTENCES.length - 1 }),
    })
    .map(({ size, kind, offset }): SymptomText => {
      const text = filler(size, kind, offset);
      const textClass = size > MAX_MESSAGE_CODE_POINTS ? 'oversize' : 'ok';
      return { text, textClass, redFlag: null };
    });
