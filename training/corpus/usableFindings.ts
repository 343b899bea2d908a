import { isBaby, type Person } from './person.js';
import type { Finding } from './scenario.js';

const PREFIX = /^([IRBC]):/;

function fits(prefix: string | undefined, person: Person): boolean {
  switch (prefix) {
    case 'I':
      return person.self;
    case 'R':
      return !person.self;
    case 'B':
      return isBaby(person);
    case 'C':
      return person.stage === 'child' || person.stage === 'teen';
    default:
      return true;
  }
}

/** The findings whose `I:`/`R:`/`B:`/`C:` prefix admits this person, with prefixes removed. */
export function usableFindings(findings: readonly Finding[], person: Person): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    if (typeof finding !== 'string') {
      out.push(finding);
      continue;
    }
    const prefix = PREFIX.exec(finding)?.[1];
    if (fits(prefix, person)) out.push(prefix ? finding.slice(2) : finding);
  }
  return out;
}
