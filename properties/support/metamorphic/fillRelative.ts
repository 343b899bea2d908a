import { RELATIVES, type Relative } from '../../../generators/statements/relatives.js';
import type { Statement } from '../../../generators/statements/Statement.js';

// Why a filter: an obstetric statement is about someone who can be pregnant, and a paediatric
// one is written by a parent about their child ("{who}'s 6 week old"), so about a grown-up.
const CAN_BE_PREGNANT = RELATIVES.filter(
  (r) => r.they === 'she' && !/gran|aunt|mother/.test(r.who),
);
const PARENTS = RELATIVES.filter((r) => !/son|daughter|neighbour|friend|flatmate/.test(r.who));

/** The statement's third-person form, about a relative it suits. */
export function fillRelative(statement: Statement, pick: number): string {
  const pool =
    statement.family === 'obstetric'
      ? CAN_BE_PREGNANT
      : statement.family === 'paediatric'
        ? PARENTS
        : RELATIVES;
  const r: Relative = pool[pick % pool.length]!;
  return statement.thirdPerson
    .replaceAll('{who}', r.who)
    .replaceAll('{they}', r.they)
    .replaceAll('{their}', r.their)
    .replaceAll('{them}', r.them);
}
