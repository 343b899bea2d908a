import { type Acuity, moreUrgent } from '../domain/acuity.js';
import { type CompiledPattern, type CompiledRules, compileRules } from './compileRules.js';
import { FINDINGS } from './families/allFamilies.js';
import { type FindingContext, findingContext } from './findingContext.js';
import { findPattern, indexMessage, type Occurrence, type PatternIndex } from './matchPatterns.js';
import { normalizeText } from './normalizeText.js';
import type { Finding, RedFlagRule } from './RedFlagRule.js';
import { readVitals, type VitalReading } from './readVitals.js';
import { RED_FLAG_RULES } from './redFlagRules.js';
import type { LoweredFinding, RuleHit, RuleVerdict } from './ruleVerdict.js';
import { type TokenizedMessage, tokenizeMessage } from './tokenizeMessage.js';
import { VITAL_FINDING_IDS, vitalFindings } from './vitalFindings.js';

const compiledByRules = new WeakMap<readonly RedFlagRule[], CompiledRules>();
// Why a second cache, by content: a caller that filters the rules afresh for every system it
// builds would otherwise pay the compile each time. Bounded, since keys are large.
const compiledByContent = new Map<string, CompiledRules>();
const COMPUTED = new Set<string>(VITAL_FINDING_IDS);
const FORMAT_CHARACTER = /\p{Cf}/u;
// Findings that tell of a pregnancy or a birth, for reading weeks and blood pressure.
const PREGNANCY_FINDINGS = [
  'pregnant',
  'postpartum',
  'waters_broken',
  'contractions',
  'reduced_movements',
];
const FORMAT_CHARACTERS = /\p{Cf}/gu;
const MAX_PIECES = 12;

/** What one reading of a message found: findings with their words, and those context lowered. */
interface Reading {
  findings: Map<string, string>;
  lowered: LoweredFinding[];
}

/**
 * Finds the red flags in a patient message; deterministic and pure. Findings are read with
 * their context (ConText): a clearly negated, distant-past or hypothetical finding does not
 * count, and is reported as lowered; numbers are read as vital signs, ages and weeks of
 * pregnancy against published thresholds.
 * WARNING: a finding is lowered only on a clear cue in its own clause or sentence; uncertainty
 * ("not sure if she's breathing") keeps it, since under-triage can cost a life.
 */
export function evaluateRedFlags(
  text: string,
  rules: readonly RedFlagRule[] = RED_FLAG_RULES,
  knownFindings: readonly Finding[] = FINDINGS,
): RuleVerdict {
  const compiled =
    knownFindings === FINDINGS ? compiledFor(rules) : compileRules(rules, knownFindings, COMPUTED);
  const readings = [read(text, compiled)];
  // Why a second reading: format characters (zero-width spaces) are dropped inside words, so
  // a message that uses them as its only separators reads as one long word; read it again
  // with them as spaces, and keep what either reading found.
  if (FORMAT_CHARACTER.test(text)) {
    const spaced = splitAtFormatCharacters(text, compiled);
    if (spaced !== text) readings.push(read(spaced, compiled));
  }
  const findings = new Map<string, string>();
  for (const r of readings)
    for (const [id, basis] of r.findings) if (!findings.has(id)) findings.set(id, basis);
  const lowered = readings[0]!.lowered.filter((l) => !findings.has(l.finding));
  const hits = new Map<string, RuleHit>();
  for (const rule of compiled.rules) {
    const known = hits.get(rule.family);
    if (known !== undefined && known.acuity <= rule.acuity) continue;
    const matched = ruleMatch(rule.patterns, rule.when, readings, findings);
    if (matched !== null)
      hits.set(rule.family, { family: rule.family, acuity: rule.acuity, matched });
  }
  const ordered = rules
    .map((r) => r.family)
    .filter((f, i, all) => all.indexOf(f) === i)
    .flatMap((f) => hits.get(f) ?? []);
  return verdictOf(ordered, lowered);
}

// A run of letters and format characters that holds at least one format character.
const GLUED = /[\p{L}\p{M}\p{N}'’]*\p{Cf}[\p{L}\p{M}\p{N}'’\p{Cf}]*/gu;

/**
 * The text with format characters made spaces, except between pieces that read as one of the
 * rules' words when glued: "crushing\u200bchest\u200bpain" splits, "bl\u200eood" (blood) and
 * "nu\u200bmb" inside "went\u200bnu\u200bmb" stay whole, so an invisible character can
 * neither hide a word nor, used as the only separator, glue a message into one.
 */
function splitAtFormatCharacters(text: string, compiled: CompiledRules): string {
  const isWord = (piece: string): boolean => {
    const tokens = normalizeText(piece);
    return tokens.length === 1 && compiled.isWord(tokens[0]!);
  };
  // Why not when every piece is a word: "stiff\u200bneck" is two words, though a stem with an
  // ending ("stiff" + 4 letters) would read "stiffneck" as one.
  const reads = (pieces: readonly string[]): boolean =>
    !pieces.every(isWord) && isWord(pieces.join(''));
  // Why only the message's commonest: a message spaced with one invisible character may hide
  // others inside its words ("went\u200bnu\u2060mb"); those glue.
  const separator = commonest(text.match(FORMAT_CHARACTERS) ?? []);
  return text.replace(GLUED, (run) => {
    const pieces = run
      .split(separator)
      .map((p) => p.replace(FORMAT_CHARACTERS, ''))
      .filter((p) => p !== '');
    const words: string[] = [];
    for (let i = 0; i < pieces.length; ) {
      // Why the longest first, at most 12 pieces: a word spelt one letter at a time still joins.
      let end = Math.min(pieces.length, i + MAX_PIECES);
      while (end > i + 1 && !reads(pieces.slice(i, end))) end--;
      words.push(pieces.slice(i, end).join(''));
      i = end;
    }
    return words.join(' ');
  });
}

function commonest(characters: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const c of characters) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/**
 * The findings a message gives, each with the words or numbers behind it, and those its
 * context lowered: what the rules combine, for a reader of a verdict (and its tests).
 */
export function readFindings(text: string, rules: readonly RedFlagRule[] = RED_FLAG_RULES) {
  const { findings, lowered } = read(text, compiledFor(rules));
  return { findings: Object.fromEntries(findings), lowered };
}

function read(text: string, compiled: CompiledRules): Reading & { index: PatternIndex } {
  const message = tokenizeMessage(text);
  const index = indexMessage(message, compiled);
  const findings = new Map<string, string>();
  const lowered: LoweredFinding[] = [];
  for (const finding of compiled.findings) {
    for (const pattern of finding.patterns) {
      const chain = affirmed(
        pattern,
        index,
        (context, words) =>
          lowered.push({
            finding: finding.id,
            matched: words,
            kind: context.kind,
            cue: context.cue,
          }),
        finding,
      );
      if (chain !== null) {
        findings.set(finding.id, chain);
        break;
      }
    }
  }
  const pregnant = PREGNANCY_FINDINGS.some((id) => findings.has(id));
  const vitals = readVitals(text, pregnant).filter((v) => readingContext(message, v) === null);
  // Why weeks count too: "i'm 36 weeks" tells of a pregnancy as plainly as the word does.
  const pregnancy = pregnant || vitals.some((v) => v.kind === 'gestation');
  for (const v of vitalFindings(vitals, pregnancy)) findings.set(v.id, v.basis);
  return { findings, lowered, index };
}

/** The words of the first chain of a pattern whose context keeps it, or null. */
function affirmed(
  pattern: CompiledPattern,
  index: PatternIndex,
  onLowered: (context: FindingContext, words: string) => void = () => {},
  options: { antecedent?: boolean | 'event'; conditionalCounts?: boolean | 'always' } = {},
): string | null {
  let lowered = false;
  const chain = findPattern(pattern, index, (c) => {
    const context = findingContext(index.message, c, options);
    if (context === null) return true;
    if (!lowered) onLowered(context, wordsOf(c, index));
    lowered = true;
    return false;
  });
  return chain === null ? null : wordsOf(chain, index);
}

function ruleMatch(
  patterns: readonly CompiledPattern[],
  when: readonly (readonly string[])[],
  readings: ReadonlyArray<{ index: PatternIndex }>,
  findings: ReadonlyMap<string, string>,
): string | null {
  for (const pattern of patterns) {
    for (const { index } of readings) {
      const words = affirmed(pattern, index);
      if (words !== null) return words;
    }
  }
  const combination = when.find((ids) => ids.every((id) => findings.has(id)));
  if (combination === undefined) return null;
  return combination.map((id) => `${id} (${findings.get(id)})`).join(' + ');
}

/**
 * The context of a number where it stands: the tokens of its reading in its sentence, read
 * like a finding's. Why negation is left out: "sats not below 90" is too rare to risk
 * reading "no, sats 85" as a denial.
 */
function readingContext(message: TokenizedMessage, reading: VitalReading): FindingContext | null {
  // Whose age it is ("my dad's 18 month old") is no history of it.
  if (reading.kind === 'age') return null;
  const words = normalizeText(reading.written);
  if (words.length === 0) return null;
  const { tokens, sentenceOf } = message;
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (sentenceOf[i] !== reading.sentence) continue;
    // The last word may run on ("into the 80s" reads 80).
    if (
      !words.every(
        (w, k) => tokens[i + k] === w || (k === words.length - 1 && tokens[i + k]!.startsWith(w)),
      )
    )
      continue;
    const context = findingContext(message, [{ start: i, end: i + words.length }]);
    return context !== null && context.kind !== 'negated' ? context : null;
  }
  return null;
}

function wordsOf(chain: readonly Occurrence[], index: PatternIndex): string {
  // Stryker disable ArithmeticOperator,ArrowFunction,StringLiteral: the matched words as shown, display only
  return chain
    .toSorted((a, b) => a.start - b.start)
    .map((o) => index.message.tokens.slice(o.start, o.end).join(' '))
    .join(' + ');
  // Stryker restore ArithmeticOperator,ArrowFunction,StringLiteral
}

function compiledFor(rules: readonly RedFlagRule[]): CompiledRules {
  const known = compiledByRules.get(rules);
  // Stryker disable next-line ConditionalExpression: a cache; the rules compile the same again
  if (known !== undefined) return known;
  const key = JSON.stringify(rules);
  const compiled = compiledByContent.get(key) ?? compileRules(rules, FINDINGS, COMPUTED);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the cache's bound, memory only
  if (compiledByContent.size < 16) compiledByContent.set(key, compiled);
  compiledByRules.set(rules, compiled);
  return compiled;
}

function verdictOf(hits: RuleHit[], lowered: LoweredFinding[]): RuleVerdict {
  const context =
    lowered.length === 0
      ? ''
      : ` Not counted: ${lowered.map((l) => `"${l.matched}" (${l.finding}) ${l.kind} by "${l.cue}"`).join(', ')}.`;
  if (hits.length === 0) {
    return {
      acuity: 5,
      hits,
      lowered,
      rationale: `No red flag found: no red-flag phrase in the message.${context}`,
    };
  }
  const acuity = hits.reduce<Acuity>((a, hit) => moreUrgent(a, hit.acuity), 5);
  // Stryker disable next-line StringLiteral: the separator of the rationale's list, display only
  const found = hits
    .map((h) => `${h.family} (acuity ${h.acuity}) on ${quote(h.matched)}`)
    .join(', ');
  return {
    acuity,
    hits,
    lowered,
    rationale: `Red flags found: ${found}; rules acuity ${acuity}.${context}`,
  };
}

const quote = (matched: string) => (matched.includes('(') ? matched : `"${matched}"`);
