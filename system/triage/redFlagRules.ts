import { FAMILY_RULES } from './families/allFamilies.js';
import type { RedFlagRule } from './RedFlagRule.js';

export type { RedFlagPattern } from './RedFlagPattern.js';
export type { RedFlagRule } from './RedFlagRule.js';

/** The rules as data, in the order their hits are reported; documented in RED_FLAGS.md. */
export const RED_FLAG_RULES: readonly RedFlagRule[] = FAMILY_RULES;
