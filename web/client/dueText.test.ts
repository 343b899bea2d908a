import { describe, expect, test } from 'vitest';
import { dueText, nameWithAge } from './dueText.js';

describe('what a row says of its due time and its patient', () => {
  test('due by a time of day, then overdue by how long, with units', () => {
    const due = Date.UTC(2026, 0, 1, 12, 0);
    expect(dueText(due, due - 60_000)).toEqual({
      text: `Due by ${new Date(due).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' })}`,
      overdue: false,
    });
    expect(dueText(due, due + 5 * 60_000 + 3000)).toEqual({
      text: 'Overdue by 5 min 03 s',
      overdue: true,
    });
  });
  test('the age follows the name when known, and nothing stands in for an unknown one', () => {
    expect(nameWithAge('Pat', 67)).toBe('Pat, 67');
    expect(nameWithAge('Pat', 0)).toBe('Pat, 0');
    expect(nameWithAge('Pat', undefined)).toBe('Pat');
    expect(nameWithAge('Pat', null)).toBe('Pat');
  });
});
