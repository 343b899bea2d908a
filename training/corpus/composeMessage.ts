import type { Acuity } from './corpusExample.js';
import type { Rng } from './createRng.js';
import { negationTail } from './negation/negationTail.js';
import type { Person } from './person.js';
import { personFits } from './person.js';
import { pickPerson } from './pickPerson.js';
import { AGE_SENTENCES, backgroundFor } from './pools/backgroundContext.js';
import { CHATTER } from './pools/chatter.js';
import { CLOSERS } from './pools/closers.js';
import { relativeIntrosFor, SECOND_COMPLAINT_LEADS, SELF_INTROS } from './pools/connectors.js';
import { DURATIONS } from './pools/durations.js';
import { normalVitalsFor } from './pools/normalVitalSnippets.js';
import { OPENER_ENDINGS, OPENERS } from './pools/openers.js';
import { type RenderContext, renderTemplate } from './renderTemplate.js';
import type { Finding, Scenario } from './scenario.js';
import { applyStyle } from './style/applyStyle.js';
import { runOn } from './style/runOn.js';
import { sentenceCase } from './style/sentenceCase.js';
import { usableFindings } from './usableFindings.js';

const SECOND_COMPLAINT_ODDS: Record<Acuity, number> = { 1: 0, 2: 0.15, 3: 0.2, 4: 0.2, 5: 0.2 };

/** A rendered message and the label it earned (the more urgent of its complaints). */
export type ComposedMessage = { text: string; acuity: Acuity };

function render(finding: Finding, ctx: RenderContext): string {
  return renderTemplate(typeof finding === 'string' ? finding : finding(ctx), ctx);
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function choosePerson(scenario: Scenario, rng: Rng): [Person, Finding[]] {
  for (let tries = 0; tries < 20; tries++) {
    const person = pickPerson(rng, scenario.who, scenario.needsAge);
    const findings = usableFindings(scenario.findings, person);
    if (findings.length > 0) return [person, findings];
  }
  throw new Error(`scenario ${scenario.id} has no finding usable for its people`);
}

/** Draws chatter without repeats across one message. */
function chatterSource(rng: Rng): (count: number) => string[] {
  const pool = rng.shuffle(CHATTER);
  let used = 0;
  return (count) => {
    used += count;
    return pool.slice(used - count, used);
  };
}

function secondComplaint(minors: readonly Scenario[], ctx: RenderContext): [string, Acuity] | null {
  // Why not pregnancy complaints: the person may be postpartum, and a bump would contradict it.
  const fitting = minors.filter((m) => m.who !== 'pregnant' && personFits(m.who, ctx.person));
  if (fitting.length === 0) return null;
  const minor = ctx.rng.pick(fitting);
  const findings = usableFindings(minor.findings, ctx.person);
  if (findings.length === 0) return null;
  const text = `${ctx.rng.pick(SECOND_COMPLAINT_LEADS)} ${lowerFirst(render(ctx.rng.pick(findings), ctx))}`;
  return [text, minor.acuity];
}

// Why: a key sentence that already says when ("for 3 days", "an hour ago") needs no second timing.
const SAYS_WHEN =
  /\b(ago|minutes|mins|hours|days|weeks|months|since|yesterday|last night|this morning|earlier|today|tonight)\b/i;

function contextSentences(scenario: Scenario, ctx: RenderContext, key: string): string[] {
  const { rng, person } = ctx;
  const out: string[] = [];
  if (scenario.onset && !SAYS_WHEN.test(key) && rng.chance(0.5)) {
    out.push(render(rng.pick(DURATIONS[rng.pick(scenario.onset)]), ctx));
  }
  const details = scenario.details ? usableFindings(scenario.details, person) : [];
  for (const detail of rng.shuffle(details).slice(0, rng.chance(0.6) ? rng.int(1, 2) : 0)) {
    out.push(render(detail, ctx));
  }
  if (scenario.tail) out.push(render(scenario.tail, ctx));
  if (!scenario.hardNegative && scenario.acuity === 3 && scenario.negations && rng.chance(0.25)) {
    const tail = negationTail(scenario.negations, person, rng);
    if (tail) out.push(render(tail, ctx));
  }
  const grown = person.stage === 'adult' || person.stage === 'older';
  if (grown && !person.self && !person.ageStated && rng.chance(0.2))
    out.push(render(rng.pick(AGE_SENTENCES), ctx));
  if (rng.chance(0.25)) out.push(render(rng.pick(backgroundFor(person.stage)), ctx));
  if ((scenario.normalVitals ?? scenario.acuity >= 3) && rng.chance(0.1)) {
    out.push(render(rng.pick(normalVitalsFor(person.stage)), ctx));
  }
  // Why reorder: the key sentence's neighbours should not always arrive in the same order.
  return out.length > 1 && rng.chance(0.3) ? [out[0]!, ...rng.shuffle(out.slice(1))] : out;
}

/** Builds one message for a scenario from independent parts, then applies style noise. */
export function composeMessage(
  scenario: Scenario,
  rng: Rng,
  minors: readonly Scenario[],
): ComposedMessage {
  const [person, findings] = choosePerson(scenario, rng);
  const ctx: RenderContext = { person, rng, nonNative: rng.chance(0.08), introduced: false };
  const sentences: string[] = [];
  let acuity = scenario.acuity;

  if (!person.self && rng.chance(0.25)) {
    sentences.push(render(rng.pick(relativeIntrosFor(person.stage)), ctx));
    ctx.introduced = true;
  } else if (person.self && !person.pregnant && rng.chance(0.08)) {
    sentences.push(render(rng.pick(SELF_INTROS), ctx));
  }
  const chatter = chatterSource(rng);
  const buried = rng.chance(0.12);
  if (buried) sentences.push(...chatter(rng.int(2, 3)));
  else if (rng.chance(0.1)) sentences.push(...chatter(1));

  const key = render(rng.pick(findings), ctx);
  sentences.push(key);
  ctx.introduced = true;
  sentences.push(...contextSentences(scenario, ctx, key));

  // Why none at ESI 1: a second, trivial complaint in a cardiac-arrest message rings false.
  if (rng.chance(SECOND_COMPLAINT_ODDS[scenario.acuity])) {
    const second = secondComplaint(minors, ctx);
    if (second) {
      sentences.push(second[0]);
      acuity = Math.min(acuity, second[1]) as Acuity;
    }
  }
  if (buried) sentences.push(...chatter(rng.int(1, 2)));
  else if (rng.chance(0.1)) sentences.push(...chatter(1));
  if (rng.chance(0.65)) sentences.push(render(rng.pick(CLOSERS), ctx));

  let body = rng.chance(0.12) ? runOn(sentences, rng) : sentences;
  if (rng.chance(0.65)) {
    const opener = render(rng.pick(OPENERS), ctx);
    const ending = rng.pick(OPENER_ENDINGS);
    body =
      ending === ''
        ? [`${opener} ${lowerFirst(body[0] ?? '')}`, ...body.slice(1)]
        : [opener + ending, ...body];
  }
  return { text: applyStyle(sentenceCase(body), rng, ctx.nonNative), acuity };
}
