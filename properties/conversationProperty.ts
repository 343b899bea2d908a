import { conversationWalk } from '../generators/conversation.js';
import { machineWalk } from '../generators/machineWalk.js';
import type { PropertyDefinition } from '../harness/PropertyDefinition.js';
import { ConversationStep } from '../models/conversationStep.js';
import {
  conversationModel,
  conversationWorld,
  WORLD_PATIENTS,
} from '../models/conversationWorld.js';
import { openSqliteStore, RED_FLAG_RULES } from '../system/index.js';
import { CONVERSATION_VARIANTS } from './support/conversationVariants.js';
import { runConversationTrace } from './support/runConversationTrace.js';

/**
 * The conversation lifecycle against the real system on SQLite: every answer matches the
 * machine, and invariants 1-3 and 17-19 hold after every step.
 */
export const conversationProperty: PropertyDefinition<ConversationStep> = {
  name: 'conversation',
  trace: (maxSteps) => machineWalk(conversationWalk, { maxSteps, invalidRate: 0.15 }),
  print: conversationWorld.print,
  stepSchema: ConversationStep,
  machines: [conversationModel],
  variants: Object.keys(CONVERSATION_VARIANTS),
  defaultMaxSteps: 30,
  runner(variant) {
    const sqlite = openSqliteStore(':memory:');
    const make = variant === undefined ? undefined : CONVERSATION_VARIANTS[variant];
    if (variant !== undefined && !make) throw new Error(`no variant "${variant}" of conversation`);
    const ports = make ? make(sqlite) : { store: sqlite, redFlagRules: RED_FLAG_RULES };
    return {
      async run(steps, probe) {
        // Why one connection emptied before each run: a fresh system then costs microseconds,
        // and the system's own transactions stay real commits (no outer transaction).
        sqlite.truncateAll();
        await runConversationTrace(steps, { ...ports, patients: WORLD_PATIENTS }, probe);
      },
      close: () => sqlite.close(),
    };
  },
};
