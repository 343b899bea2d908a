import { Layout } from './Layout.js';
import { SignInForms } from './SignInForms.js';

/**
 * `/chat`: the patient's conversation. The shell is static; `client/chat.ts` signs in, sends
 * messages, reads the history and listens for a nurse's decision on the WebSocket.
 */
export function ChatPage() {
  return (
    <Layout title="Patient chat" script="chat">
      <SignInForms register={true} />
      <section id="signed-in" hidden aria-labelledby="conversation-heading">
        <div class="bar">
          <p id="who" />
          <p id="connection" class="connection" aria-live="polite">
            Offline
          </p>
          <button type="button" id="new-conversation">
            New conversation
          </button>
          <button type="button" id="sign-out">
            Sign out
          </button>
        </div>
        <h2 id="conversation-heading">Your conversation</h2>
        <p class="note">
          If you think you are having an emergency, call emergency services (911) now.
        </p>
        <ol id="history" class="history" aria-live="polite" aria-label="Messages and replies" />
        <form id="message-form" class="card">
          <label for="message-text">Describe your symptoms</label>
          <textarea id="message-text" name="text" rows={3} required />
          <button type="submit">Send</button>
        </form>
      </section>
    </Layout>
  );
}
