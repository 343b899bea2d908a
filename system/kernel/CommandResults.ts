import type { HistoryPage } from '../conversation/readHistory.js';
import type { MessageSent } from '../conversation/sendMessage.js';
import type { CommandType } from '../domain/command.js';
import type { ConversationId } from '../domain/conversation.js';
import type { PatientId } from '../domain/patient.js';

/** The value each command answers with when it succeeds. */
export interface CommandResults {
  registerPatient: { patientId: PatientId };
  startConversation: { conversationId: ConversationId };
  sendMessage: MessageSent;
  readHistory: HistoryPage;
  closeConversation: { conversationId: ConversationId; closedAt: number };
}

// Why this check: a command type without a result entry would silently answer `unknown`.
type _Exhaustive = CommandType extends keyof CommandResults ? true : never;
export const commandResultsAreExhaustive: _Exhaustive = true;
