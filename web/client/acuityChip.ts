/// <reference lib="dom" />
import { ACUITY_LABEL } from './acuityLabel.js';
import { h } from './h.js';

/**
 * An acuity as colour, number and word (ESI colours: red, orange, yellow, green, blue), so
 * that urgency never rests on colour alone.
 */
export const acuityChip = (acuity: number): HTMLElement =>
  h(
    'span',
    { class: `chip acuity-${acuity}`, title: ACUITY_LABEL[acuity] },
    h('span', { class: 'chip-number' }, String(acuity)),
    h('span', { class: 'chip-word' }, ACUITY_LABEL[acuity] ?? ''),
  );
