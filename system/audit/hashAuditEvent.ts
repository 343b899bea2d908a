import { createHash } from 'node:crypto';
import type { AuditEvent } from '../domain/auditEvent.js';
import { canonicalJson } from './canonicalJson.js';

/** The chain hash of an event: sha256 over its predecessor's hash and its own content. */
export function hashAuditEvent(event: Omit<AuditEvent, 'hash'>): string {
  return createHash('sha256').update(event.prevHash).update(canonicalJson(event)).digest('hex');
}
