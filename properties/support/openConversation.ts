import type { MessageSentValue, System } from '../../system/index.js';
import type { SignedInUser } from './signUp.js';

/** A patient's open conversation, and a way to send messages to it that must be accepted. */
export async function openConversation(system: System, patient: SignedInUser) {
  const started = await system.execute({ type: 'startConversation', session: patient.session });
  if (!started.ok) throw new Error(`setup: no conversation: ${JSON.stringify(started.error)}`);
  const conversationId = started.value.conversationId;
  const send = async (text: string): Promise<MessageSentValue> => {
    const sent = await system.execute({
      type: 'sendMessage',
      session: patient.session,
      conversationId,
      text,
    });
    if (!sent.ok) throw new Error(`setup: message refused: ${JSON.stringify(sent.error)}`);
    return sent.value;
  };
  return { conversationId, send };
}
