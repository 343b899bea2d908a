import { hash } from 'node:crypto';

/**
 * The stored form of a session token. Why a hash: a leaked database must not hand out live
 * sessions.
 */
export const sessionTokenHash = (token: string): string => hash('sha256', token, 'hex');
