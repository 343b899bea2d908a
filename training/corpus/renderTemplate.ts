import type { Rng } from './createRng.js';
import type { Person } from './person.js';

/** What a template needs to render: the person, the dice, and the state of the telling. */
export type RenderContext = {
  person: Person;
  rng: Rng;
  /** Writer's grammar: "my husband he have" instead of "my husband has". */
  nonNative: boolean;
  /** True once the person has been named, so later mentions use pronouns. */
  introduced: boolean;
};

const INNERMOST = /\{([^{}]*)\}/;

const PRONOUNS = {
  f: { s: 'she', o: 'her', p: 'her', r: 'herself' },
  m: { s: 'he', o: 'him', p: 'his', r: 'himself' },
  self: { s: 'I', o: 'me', p: 'my', r: 'myself' },
} as const;

function pronouns(person: Person) {
  return person.self ? PRONOUNS.self : PRONOUNS[person.sex];
}

function decimal(rng: Rng, low: number, high: number): string {
  const text = (low + rng.next() * (high - low)).toFixed(1);
  return text.endsWith('.0') && rng.chance(0.4) ? text.slice(0, -2) : text;
}

function range(body: string): [number, number] {
  const [low, high] = body.slice(2).split('-').map(Number);
  if (low === undefined || high === undefined || Number.isNaN(low) || Number.isNaN(high)) {
    throw new Error(`bad range token {${body}}`);
  }
  return [low, high];
}

function personToken(token: string, ctx: RenderContext): string {
  const { person } = ctx;
  const p = pronouns(person);
  const named = person.self || ctx.introduced;
  switch (token) {
    case 'S':
      if (named) return p.s;
      return ctx.nonNative ? `${person.noun} ${p.s}` : person.noun;
    case 'P':
      return named ? p.p : `${person.noun}'s`;
    case 'O':
      return named ? p.o : person.noun;
    case 's':
    case 'o':
    case 'p':
    case 'r':
      return p[token];
    case 'age':
      return String(Math.floor(person.ageMonths / 12));
    case 'man':
      return person.sex === 'f' ? 'woman' : 'man';
    default:
      throw new Error(`unknown template token {${token}}`);
  }
}

function expand(body: string, ctx: RenderContext): string {
  if (body.startsWith('~')) return ctx.rng.pick(body.slice(1).split('|'));
  if (body.startsWith('n:')) {
    const [low, high] = range(body);
    return String(ctx.rng.int(low, high));
  }
  if (body.startsWith('d:')) return decimal(ctx.rng, ...range(body));
  const bar = body.indexOf('|');
  if (bar >= 0) {
    // Agreement: first form for "I", second for he/she; non-native writers often keep the
    // first form ("he have"), though hardly ever "he am".
    const first = body.slice(0, bar);
    const second = body.slice(bar + 1);
    if (ctx.person.self) return first;
    return ctx.nonNative && first !== 'am' && ctx.rng.chance(0.75) ? first : second;
  }
  return personToken(body, ctx);
}

/**
 * Renders a template: {S} {P} {O} name the person (noun first, pronoun once introduced),
 * {s} {o} {p} {r} are pronouns, {have|has} agrees with the subject, {~a|b|c} picks one,
 * {n:1-9} and {d:1.0-2.5} draw numbers. Tokens nest; the innermost is expanded first.
 */
export function renderTemplate(template: string, ctx: RenderContext): string {
  let out = template;
  for (let match = INNERMOST.exec(out); match; match = INNERMOST.exec(out)) {
    out =
      out.slice(0, match.index) +
      expand(match[1] ?? '', ctx) +
      out.slice(match.index + match[0].length);
  }
  return out;
}
