/// <reference lib="dom" />
import type { Role, UserId } from '../../system/index.js';

/** A signed-in user as a page keeps them. */
export interface StoredSession {
  session: string;
  userId: UserId;
  role: Role;
  username: string;
  /** The display name (absent in a session kept by an older page). */
  name?: string;
}

/**
 * One page's session in `sessionStorage`: it survives a reload and a server restart (sessions
 * live in the database) but not the tab, and each tab signs in on its own.
 */
export class SessionStore {
  constructor(readonly key: string) {}

  read(): StoredSession | null {
    const raw = sessionStorage.getItem(this.key);
    if (raw === null) return null;
    try {
      return JSON.parse(raw) as StoredSession;
    } catch {
      sessionStorage.removeItem(this.key);
      return null;
    }
  }

  write(session: StoredSession): void {
    sessionStorage.setItem(this.key, JSON.stringify(session));
  }

  clear(): void {
    sessionStorage.removeItem(this.key);
  }
}
