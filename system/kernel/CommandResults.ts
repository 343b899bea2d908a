import type { HistoryPage } from '../conversation/readHistory.js';
import type { MessageSent } from '../conversation/sendMessage.js';
import type { DeploymentView } from '../deployment/deploymentView.js';
import type { ModelDeployment } from '../deployment/modelDeployment.js';
import type { ModelVersion } from '../deployment/modelVersion.js';
import type { CommandType } from '../domain/command.js';
import type { ConversationId } from '../domain/conversation.js';
import type { Escalation } from '../domain/escalation.js';
import type { PatientId } from '../domain/patient.js';
import type { ReviewCase } from '../domain/reviewCase.js';
import type { UserId } from '../domain/user.js';
import type { FlagConfig } from '../flags/triageFlag.js';
import type { SignedIn } from '../identity/signIn.js';
import type { ConversationSummary } from '../records/listConversations.js';
import type { StaffMember } from '../records/listStaff.js';
import type { PatientConversation } from '../records/readConversation.js';
import type { EscalationBoardView } from '../records/readEscalations.js';
import type { CaseDetail, Queue } from '../review/readQueue.js';

/** The value each command answers with when it succeeds. */
export interface CommandResults {
  registerPatient: { patientId: PatientId };
  bootstrapAdmin: { userId: UserId };
  createStaff: { userId: UserId };
  signIn: SignedIn;
  signOut: { endedAt: number };
  startConversation: { conversationId: ConversationId };
  sendMessage: MessageSent;
  readHistory: HistoryPage;
  closeConversation: { conversationId: ConversationId; closedAt: number };
  acknowledgeEscalation: Escalation;
  resolveEscalation: Escalation;
  deescalate: Escalation;
  /** Escalations sent up to the charge nurse, and canaries the analysis aborted. */
  runDueTimers: { reEscalated: string[]; rolloutsAborted: string[] };
  readQueue: Queue;
  readCase: CaseDetail;
  claimCase: ReviewCase;
  releaseCase: ReviewCase;
  reassignCase: ReviewCase;
  decideCase: ReviewCase;
  registerModel: ModelVersion;
  validateModel: ModelVersion;
  stageModel: ModelVersion;
  startCanary: ModelVersion;
  advanceCanary: ModelVersion;
  promoteModel: ModelVersion;
  abortRollout: ModelVersion;
  rollbackModel: ModelVersion;
  readDeployment: DeploymentView;
  setFlag: FlagConfig;
  setGatePolicy: ModelDeployment;
  readConversation: PatientConversation;
  readEscalations: EscalationBoardView;
  listStaff: { staff: StaffMember[] };
  listConversations: { conversations: ConversationSummary[] };
}

// Why this check: a command type without a result entry would silently answer `unknown`.
type Exhaustive = CommandType extends keyof CommandResults ? true : never;
export const commandResultsAreExhaustive: Exhaustive = true;
