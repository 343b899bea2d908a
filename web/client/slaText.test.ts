import { describe, expect, test } from 'vitest';
import { formatDuration, slaText } from './slaText.js';

describe('slaText', () => {
  test('counts down to the deadline, then counts how far past it', () => {
    expect(slaText(130_000, 0, 10_500)).toEqual({
      text: 'acknowledge within 1:59',
      overdue: false,
    });
    expect(slaText(130_000, 0, 135_000)).toEqual({ text: 'SLA passed 0:05 ago', overdue: true });
  });

  test('without a deadline, says how long ago the escalation was raised', () => {
    expect(slaText(null, 1000, 62_000)).toEqual({ text: 'raised 1:01 ago', overdue: false });
  });

  test('formats hours, and never a negative duration', () => {
    expect(formatDuration(3_725_000)).toBe('1:02:05');
    expect(formatDuration(-5)).toBe('0:00');
  });
});
