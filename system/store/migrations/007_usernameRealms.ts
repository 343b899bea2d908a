/**
 * Usernames unique within a realm, not across them: a patient may sign up with a name a staff
 * member has, so sign-up tells nobody which names the staff use (issue 17, D6). SQLite cannot
 * drop a column's UNIQUE, so the table is rebuilt (the migration runs with foreign keys off).
 */
export const usernameRealms = `
  CREATE TABLE users_by_realm (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('patient', 'nurse', 'charge_nurse', 'ml_engineer', 'admin')),
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;
  INSERT INTO users_by_realm SELECT id, username, role, display_name, password_hash, created_at FROM users;
  DROP TABLE users;
  ALTER TABLE users_by_realm RENAME TO users;
  CREATE UNIQUE INDEX users_username ON users(role = 'patient', username);
  `;
