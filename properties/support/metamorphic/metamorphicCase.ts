import { applyTypos, perturbText } from '../../../generators/perturbText.js';
import { ALL_STATEMENTS } from '../../../generators/statements/allStatements.js';
import { BENIGN_SENTENCES } from '../../../generators/statements/benignSentences.js';
import type { Statement } from '../../../generators/statements/Statement.js';
import { fillRelative } from './fillRelative.js';
import type { MetamorphicStep, Relation } from './MetamorphicStep.js';

/** Acuity as ESI counts it: 1 most urgent, 5 least; 1 and 2 escalate. */
export type Urgency = 1 | 2 | 3 | 4 | 5;

/**
 * One metamorphic test made concrete: the messages to triage (each the first of a fresh
 * conversation), and what their acuities must satisfy; `problem` answers null when they do.
 */
export interface MetamorphicCase {
  relation: Relation;
  texts: readonly string[];
  /** What the acuities must satisfy, in words, for the report. */
  expects: string;
  problem(acuities: readonly Urgency[]): string | null;
}

/**
 * What the protocol lets a patient send (server/PROTOCOL.md: 2,000 code points); a buried
 * message stays under it so the relation tests triage, not the length check.
 */
const BURY_LIMIT = 1950;
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

const statementAt = (i: number): Statement => ALL_STATEMENTS[i % ALL_STATEMENTS.length]!;
const benignAt = (i: number): string => BENIGN_SENTENCES[i % BENIGN_SENTENCES.length]!;
const sentence = (s: string): string => (/[.!?]$/.test(s) ? s : `${s}.`);
const join = (parts: readonly string[]): string => parts.map(sentence).join(' ');

/** Never less urgent than the reference: `follow` acuity at most `reference`. */
const notLower = (what: string) => (a: readonly Urgency[]) =>
  a[1]! <= a[0]! ? null : `${what}: acuity ${a[0]} became ${a[1]}`;

/** Must not escalate: acuity 3 or above. */
const calm = (what: string) => (a: readonly Urgency[]) =>
  a[0]! >= 3 ? null : `${what} escalated at acuity ${a[0]}`;

/** Builds the case a step describes. */
export function metamorphicCase(step: MetamorphicStep): MetamorphicCase {
  const s = statementAt(step.statement);
  const source = s.firstPerson;
  const others = (step.others.length > 0 ? step.others : [step.statement + 1]).map(statementAt);
  const benign = step.benign.map(benignAt);
  const relation = step.relation;
  const pair = (follow: string, what: string): MetamorphicCase => ({
    relation,
    texts: [source, follow],
    expects: 'acuity[1] <= acuity[0]',
    problem: notLower(what),
  });
  const single = (text: string, what: string): MetamorphicCase => ({
    relation,
    texts: [text],
    expects: 'acuity[0] >= 3 (not escalated)',
    problem: calm(what),
  });

  switch (relation) {
    case 'pad': {
      const cut = benign.length === 0 ? 0 : step.at % (benign.length + 1);
      return pair(join([...benign.slice(0, cut), source, ...benign.slice(cut)]), 'padded');
    }
    case 'bury':
      return pair(bury(source, step), 'buried in a long message');
    case 'third_person':
      // Why against the bank's acuity too: the relative's words are not the patient's, so a
      // first-person form the triage over-reads sets no bar for them.
      return {
        relation,
        texts: [source, fillRelative(s, step.relative)],
        expects: `acuity[1] <= max(acuity[0], ${s.acuity})`,
        problem: (a) =>
          a[1]! <= Math.max(a[0]!, s.acuity)
            ? null
            : `written by a relative: acuity ${a[0]} (statement ${s.acuity}) became ${a[1]}`,
      };
    case 'typo': {
      const typos = step.edits.slice(0, 2).map((e, i) => ({
        word: e,
        at: step.at + i,
        kind: (['insert', 'delete', 'substitute', 'transpose'] as const)[(e + i) % 4]!,
        letter: 'etaoinshr'[(step.at + e) % 9]!,
      }));
      return pair(applyTypos(source, typos), 'with a typo');
    }
    case 'lookalike':
      return pair(
        perturbText(source, {
          casing: 'as_written',
          casingSeed: 0,
          typos: [],
          disguises: (step.edits.length > 0 ? step.edits : [step.at]).map((e, i) => ({
            at: e,
            kind: 'confusable' as const,
            variant: i + step.at,
          })),
          separators: [],
          frame: ['', ''],
        }),
        'with look-alike letters',
      );
    case 'invisible':
      return pair(invisible(source, step), 'with invisible characters');
    case 'negated':
      return single(s.negated, 'a denied red flag');
    case 'past':
      return single(s.past, 'a red flag long past');
    case 'family_history':
      return single(s.familyHistory, "a relative's history");
    case 'hypothetical':
      return single(s.hypothetical, 'a hypothetical question');
    case 'negated_beside_flag': {
      const flag = others[0]!.firstPerson;
      const parts = step.at % 2 === 0 ? [s.negated, flag] : [flag, s.negated];
      return {
        relation,
        texts: [flag, join(parts)],
        expects: 'acuity[1] <= acuity[0]',
        problem: notLower('a red flag beside a denied one'),
      };
    }
    case 'join': {
      const other = others[0]!.firstPerson;
      return {
        relation,
        texts: [source, other, join([source, other])],
        expects: 'acuity[2] <= min(acuity[0], acuity[1])',
        problem: (a) =>
          a[2]! <= Math.min(a[0]!, a[1]!)
            ? null
            : `two messages joined: acuities ${a[0]} and ${a[1]} became ${a[2]}`,
      };
    }
    case 'monotone': {
      // Why a chain: each red flag added to the message must leave it at least as urgent.
      const chain = [benign.length > 0 ? join(benign.slice(0, 3)) : source];
      for (const o of others) chain.push(join([chain.at(-1)!, o.firstPerson]));
      return {
        relation,
        texts: chain,
        expects: 'acuity[0] >= acuity[1] >= ... (never less urgent)',
        problem: (a) => {
          for (let i = 1; i < a.length; i++) {
            if (a[i]! > a[i - 1]!) return `adding red flag ${i}: acuity ${a[i - 1]} became ${a[i]}`;
          }
          return null;
        },
      };
    }
  }
}

/** The source among benign sentences, repeated up to the limit, at a position the step picks. */
function bury(source: string, step: MetamorphicStep): string {
  const pool = step.benign.length > 0 ? step.benign : [0, 1, 2];
  const filler: string[] = [];
  let length = [...source].length;
  for (let i = 0; ; i++) {
    const next = sentence(benignAt(pool[i % pool.length]! + Math.floor(i / pool.length)));
    if (length + next.length + 1 > BURY_LIMIT) break;
    filler.push(next);
    length += next.length + 1;
  }
  const cut = step.at % (filler.length + 1);
  return join([...filler.slice(0, cut), source, ...filler.slice(cut)]);
}

/** Zero-width characters inside words and, for half the steps, one of them as the only separator. */
function invisible(source: string, step: MetamorphicStep): string {
  const separator = ZERO_WIDTH[step.at % ZERO_WIDTH.length]!;
  // Why never the separator inside a word: then no reader, person or program, could tell
  // "nu mb" from "numb".
  const inside = ZERO_WIDTH.filter((z) => z !== separator);
  const chars = [...source];
  for (const [k, e] of step.edits.entries()) {
    const at = e % chars.length;
    if (/\p{L}/u.test(chars[at]!))
      chars[at] = `${chars[at]}${inside[(k + step.at) % inside.length]}`;
  }
  const text = chars.join('');
  return Math.floor(step.at / ZERO_WIDTH.length) % 2 === 1 ? text.replaceAll(' ', separator) : text;
}
