import { conversationWalk } from '../generators/conversation.js';
import { conversationGoals } from '../generators/conversationGoals.js';
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
import { preparedWorld } from './support/preparedWorld.js';
import {
  conversationSystem,
  runConversationTrace,
  signUpPatients,
} from './support/runConversationTrace.js';

/**
 * The conversation lifecycle against the real system on SQLite: every answer matches the
 * machine, and invariants 1-3 and 17-19 hold after every step.
 */
export const conversationProperty: PropertyDefinition<ConversationStep> = {
  name: 'conversation',
  trace: (maxSteps, guide) => machineWalk(conversationWalk, { maxSteps, invalidRate: 0.15, guide }),
  print: conversationWorld.print,
  stepSchema: ConversationStep,
  goals: conversationGoals,
  machines: [conversationModel],
  variants: Object.keys(CONVERSATION_VARIANTS),
  defaultMaxSteps: 30,
  runner(variant) {
    const sqlite = openSqliteStore(':memory:');
    const make = variant === undefined ? undefined : CONVERSATION_VARIANTS[variant];
    if (variant !== undefined && !make) throw new Error(`no variant "${variant}" of conversation`);
    const ports = make ? make(sqlite) : { store: sqlite, redFlagRules: RED_FLAG_RULES };
    // Why one connection restored before each run: a fresh system with its patients signed in
    // then costs microseconds, and its own transactions stay real commits.
    const patients = preparedWorld(sqlite, () =>
      signUpPatients(conversationSystem(ports.store, ports.redFlagRules, 1).system, WORLD_PATIENTS),
    );
    return {
      async run(steps, probe) {
        await runConversationTrace(steps, { ...ports, patients: await patients() }, probe);
      },
      close: () => sqlite.close(),
    };
  },
};
