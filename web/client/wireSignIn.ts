/// <reference lib="dom" />
import type { Announcer } from './Announcer.js';
import type { BrowserAnswer } from './callCommand.js';
import { callCommand } from './callCommand.js';
import { busy, field } from './h.js';
import type { ServerClock } from './ServerClock.js';
import type { SessionStore, StoredSession } from './SessionStore.js';

/** What a page does once a user is signed in, and when they leave. */
export interface SignInHooks {
  store: SessionStore;
  announcer: Announcer;
  clock: ServerClock;
  /** Whose accounts the page signs in: the patients' or the staff's (their names may coincide). */
  realm: 'patient' | 'staff';
  /** Starts the signed-in view; resolves when its first data is shown. */
  start(session: StoredSession): Promise<void>;
  /** Stops it (closes the subscription, clears what was shown). */
  stop(): void;
}

/** The page's sign-in state: how the rest of the page ends a session. */
export interface SignInControl {
  /** Handles an answer that says the session is no longer valid: back to the sign-in form. */
  checkSession(answer: BrowserAnswer<unknown>): void;
}

/**
 * Wires the sign-in form (and the sign-up form, where the page has one) and the sign-out
 * button, and resumes a session kept from before a reload.
 */
export function wireSignIn(hooks: SignInHooks): SignInControl {
  const { store, announcer, clock } = hooks;
  const signedOut = document.getElementById('signed-out')!;
  const signedIn = document.getElementById('signed-in')!;
  const who = document.getElementById('who')!;

  const show = async (session: StoredSession | null) => {
    signedOut.hidden = session !== null;
    signedIn.hidden = session === null;
    const role = session?.role.replace('_', ' ');
    who.textContent = session ? `${session.name ?? session.username} · ${role}` : '';
    if (session) await hooks.start(session);
  };
  const leave = () => {
    hooks.stop();
    store.clear();
    void show(null);
  };
  const signIn = async (username: string, password: string) => {
    announcer.clear();
    const answer = await callCommand(
      { type: 'signIn', username, password, realm: hooks.realm },
      clock,
    );
    announcer.answer(
      answer,
      answer.ok ? `Signed in as ${answer.value.name}.` : '',
      document.getElementById('sign-in-error'),
    );
    if (!answer.ok) return;
    const session = { ...answer.value, username };
    store.write(session);
    await show(session);
  };

  const signInForm = document.getElementById('sign-in-form') as HTMLFormElement;
  signInForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void busy(signInForm, () =>
      signIn(field(signInForm, 'username'), String(new FormData(signInForm).get('password'))),
    );
  });
  const registerForm = document.getElementById('register-form') as HTMLFormElement | null;
  registerForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    void busy(registerForm, async () => {
      announcer.clear();
      const username = field(registerForm, 'username');
      const password = String(new FormData(registerForm).get('password'));
      const birthDate = field(registerForm, 'birthDate');
      const answer = await callCommand(
        {
          type: 'registerPatient',
          username,
          password,
          displayName: field(registerForm, 'displayName'),
          ...(birthDate ? { birthDate } : {}),
        },
        clock,
      );
      announcer.answer(
        answer,
        `Account ${username} created.`,
        document.getElementById('register-error'),
      );
      if (answer.ok) await signIn(username, password);
    });
  });
  document.getElementById('sign-out')!.addEventListener('click', async () => {
    const kept = store.read();
    if (kept) {
      const answer = await callCommand({ type: 'signOut', session: kept.session }, clock);
      announcer.answer(answer, 'Signed out.');
    }
    leave();
  });
  void show(store.read());
  return {
    checkSession(answer) {
      if (!answer.ok && answer.error.code === 'unauthenticated') leave();
    },
  };
}
