import { describe, expect, test } from 'vitest';
import { formatDuration, slaText } from './slaText.js';

describe('slaText', () => {
  test('counts down to the deadline, then counts how far past it', () => {
    expect(slaText(130_000, 0, 10_500)).toEqual({
      text: 'Acknowledge within 1 min 59 s',
      overdue: false,
    });
    expect(slaText(130_000, 0, 135_000)).toEqual({ text: 'Overdue by 5 s', overdue: true });
  });

  test('without a deadline, says how long ago the escalation was raised', () => {
    expect(slaText(null, 1000, 62_000)).toEqual({ text: 'Raised 1 min 01 s ago', overdue: false });
  });

  test('formats hours with units, and never a negative duration', () => {
    expect(formatDuration(3_725_000)).toBe('1 h 02 min');
    expect(formatDuration(-5)).toBe('0 s');
  });
});
