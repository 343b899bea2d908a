import { z } from 'zod';
import {
  CloseConversation,
  ReadHistory,
  SendMessage,
  StartConversation,
} from './commands/conversationCommands.js';
import {
  AbortRollout,
  AdvanceCanary,
  PromoteModel,
  ReadDeployment,
  RegisterModel,
  RollbackModel,
  SetFlag,
  SetGatePolicy,
  StageModel,
  StartCanary,
  ValidateModel,
} from './commands/deploymentCommands.js';
import {
  AcknowledgeEscalation,
  Deescalate,
  ResolveEscalation,
  RunDueTimers,
} from './commands/escalationCommands.js';
import {
  BootstrapAdmin,
  CreateStaff,
  RegisterPatient,
  SignIn,
  SignOut,
} from './commands/identityCommands.js';
import {
  ListConversations,
  ListStaff,
  ReadConversation,
  ReadEscalations,
} from './commands/recordCommands.js';
import {
  ClaimCase,
  DecideCase,
  ReadCase,
  ReadQueue,
  ReassignCase,
  ReleaseCase,
} from './commands/reviewCommands.js';

/** Every command the system takes, checked at the boundary. */
export const Command = z.discriminatedUnion('type', [
  RegisterPatient,
  BootstrapAdmin,
  CreateStaff,
  SignIn,
  SignOut,
  StartConversation,
  SendMessage,
  ReadHistory,
  CloseConversation,
  AcknowledgeEscalation,
  ResolveEscalation,
  Deescalate,
  RunDueTimers,
  ReadQueue,
  ReadCase,
  ClaimCase,
  ReleaseCase,
  ReassignCase,
  DecideCase,
  RegisterModel,
  ValidateModel,
  StageModel,
  StartCanary,
  AdvanceCanary,
  PromoteModel,
  AbortRollout,
  RollbackModel,
  ReadDeployment,
  SetFlag,
  SetGatePolicy,
  ReadConversation,
  ReadEscalations,
  ListStaff,
  ListConversations,
]);
export type Command = z.infer<typeof Command>;
/** A command as a caller writes it (defaults may be left out). */
export type CommandInput = z.input<typeof Command>;
export type CommandType = Command['type'];
/** The checked command of one type. */
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
