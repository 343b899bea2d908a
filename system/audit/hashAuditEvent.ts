import { hash } from 'node:crypto';
import type { AuditEvent } from '../domain/auditEvent.js';

/**
 * The chain hash of an event: sha256 over its predecessor's hash and its content. The content
 * is serialized as a JSON array of the fields in a fixed order, which is canonical by
 * construction and several times cheaper than sorting keys on every append.
 * WARNING: adding a field to AuditEvent means adding it here, or it goes unsealed.
 */
export function hashAuditEvent(event: Omit<AuditEvent, 'hash'>): string {
  const { agent, entity, outcome } = event;
  const content = JSON.stringify([
    event.seq,
    event.id,
    event.type,
    event.subtype,
    event.action,
    event.recorded,
    agent.who,
    agent.role,
    entity.what,
    outcome.code,
    outcome.label,
    outcome.detail,
    event.correlationId,
    event.purposeOfUse?.code ?? null,
    event.purposeOfUse?.reason ?? null,
  ]);
  return hash('sha256', event.prevHash + content, 'hex');
}
