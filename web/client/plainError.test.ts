import { describe, expect, test } from 'vitest';
import { plainError } from './plainError.js';

describe('plainError', () => {
  test("says what to do in a nurse's words, never an id", () => {
    const entity = 'Case/case_oiNq1234';
    expect(plainError({ code: 'invalid_state', entity, status: 'pending' })).toBe(
      'Claim this case first.',
    );
    expect(
      plainError({ code: 'not_assigned', actor: 'usr_a', entity, assignee: 'usr_b' }, (id) =>
        id === 'usr_b' ? 'Nina' : '?',
      ),
    ).toBe('This case is with Nina. Claim it, or break the glass with a reason to decide it.');
    expect(plainError({ code: 'forbidden', actor: 'usr_a', action: 'case.reassign', entity })).toBe(
      'Only a charge nurse can reassign cases.',
    );
    expect(
      plainError({ code: 'forbidden', actor: 'usr_a', action: 'patient.readOtherUnit', entity }),
    ).toBe("This patient is in another unit's care: only its nurses can read their record.");
    expect(
      plainError({ code: 'invalid_state', entity: 'Escalation/esc_1', status: 'resolved' }),
    ).toBe('This escalation was already resolved.');
  });
});
