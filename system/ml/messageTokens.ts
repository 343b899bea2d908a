import { findingContext } from '../triage/findingContext.js';
import { normalizeText } from '../triage/normalizeText.js';
import { type TokenizedMessage, tokenizeMessage } from '../triage/tokenizeMessage.js';
import type { HyperParameters } from './hyperParameters.js';

const MARK = { negated: 'no_', historical: 'was_', hypothetical: 'if_' } as const;
/**
 * How many leading tokens are read for context. Why a bound: each token's context scans its
 * sentence, so a pasted wall of text would cost its length squared; past the bound words are
 * read bare, which only ever leaves a symptom looking present (the safe side).
 */
const MARKED_TOKENS = 600;

/**
 * The tokens a classifier reads: the rules' tokens, each marked with its context when
 * `contextMarks` is on ("no chest pain" gives `no_chest no_pain`), so the model can learn that
 * a denied or past symptom is not the symptom.
 */
export function messageTokens(text: string, hp: Pick<HyperParameters, 'contextMarks'>): string[] {
  if (!hp.contextMarks) return normalizeText(text);
  const whole = tokenizeMessage(text);
  const message = leading(whole, MARKED_TOKENS);
  return whole.tokens.map((token, i) => {
    if (i >= MARKED_TOKENS) return token;
    const context = findingContext(message, [{ start: i, end: i + 1 }]);
    return context === null ? token : `${MARK[context.kind]}${token}`;
  });
}

function leading(message: TokenizedMessage, n: number): TokenizedMessage {
  if (message.tokens.length <= n) return message;
  return {
    tokens: message.tokens.slice(0, n),
    sentenceOf: message.sentenceOf.slice(0, n),
    clauseOf: message.clauseOf.slice(0, n),
    segmentOf: message.segmentOf.slice(0, n),
  };
}
