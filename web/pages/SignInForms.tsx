/** Which page the sign-in form belongs to; ids are prefixed with it. */
export interface SignInFormsProps {
  /** Whether a patient may also create an account here. */
  register: boolean;
}

/**
 * The sign-in form (and, for patients, the sign-up form). Hidden once signed in; the client
 * module handles submission, so nothing is posted as a form.
 */
export function SignInForms({ register }: SignInFormsProps) {
  return (
    <section id="signed-out" class="signed-out" aria-labelledby="sign-in-heading">
      <form id="sign-in-form" class="card">
        <h2 id="sign-in-heading">Sign in</h2>
        <label for="sign-in-username">Username</label>
        <input id="sign-in-username" name="username" autocomplete="username" required />
        <label for="sign-in-password">Password</label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
        />
        <button type="submit">Sign in</button>
        <p id="sign-in-error" class="field-error" aria-live="assertive" />
      </form>
      {register ? (
        <form id="register-form" class="card" aria-labelledby="register-heading">
          <h2 id="register-heading">Create an account</h2>
          <label for="register-name">Your name</label>
          <input id="register-name" name="displayName" autocomplete="name" required />
          <label for="register-birth-date">Date of birth (optional: it helps the nurse)</label>
          <input id="register-birth-date" name="birthDate" type="date" autocomplete="bday" />
          <label for="register-username">Username</label>
          <input id="register-username" name="username" autocomplete="username" required />
          <label for="register-password">Password (at least 8 characters)</label>
          <input
            id="register-password"
            name="password"
            type="password"
            autocomplete="new-password"
            minlength={8}
            required
          />
          <button type="submit">Create account</button>
          <p id="register-error" class="field-error" aria-live="assertive" />
        </form>
      ) : null}
    </section>
  );
}
