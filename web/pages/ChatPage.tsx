import { EmergencyNotice } from './EmergencyNotice.js';
import { Layout } from './Layout.js';
import { SignInForms } from './SignInForms.js';

/**
 * `/chat`: the patient's conversations. The shell is static; `client/chat.ts` signs in, lists
 * the conversations from the server (on any device), sends messages, reads the history and
 * listens for a nurse's decision on the WebSocket.
 */
export function ChatPage() {
  return (
    <Layout title="Patient chat" script="chat" notice={<EmergencyNotice />}>
      <SignInForms register={true} />
      <section id="signed-in" hidden aria-labelledby="conversation-heading">
        <div class="bar">
          <p id="who" class="who" />
          <p id="connection" class="connection" aria-live="polite">
            Offline
          </p>
          <button type="button" id="sign-out" class="secondary">
            Sign out
          </button>
        </div>
        <div id="emergency-banner" class="emergency-banner" role="alert" tabindex={-1} hidden />
        <div class="conversation-head">
          <h2 id="conversation-heading">Your conversation</h2>
          <button type="button" id="new-conversation" class="secondary">
            New conversation
          </button>
        </div>
        <ol id="history" class="history" aria-label="Messages and replies" />
        <p id="history-empty" class="muted">
          Describe what is wrong in your own words: when it started, how bad it is, anything that
          makes it better or worse.
        </p>
        <form id="message-form" class="composer">
          <label for="message-text">Describe your symptoms</label>
          <textarea id="message-text" name="text" rows={3} required />
          <div class="row">
            <button type="submit">Send</button>
            <p id="message-error" class="field-error" aria-live="assertive" />
          </div>
        </form>
        <details id="past-conversations" class="past">
          <summary>Earlier conversations</summary>
          <ul id="conversation-list" class="conversation-list" />
        </details>
      </section>
    </Layout>
  );
}
