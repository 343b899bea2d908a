/// <reference lib="dom" />
import type { CaseDetail } from '../../system/index.js';
import { h } from './h.js';

const facts = (list: HTMLElement, entries: ReadonlyArray<[string, string]>) =>
  list.replaceChildren(
    ...entries.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
  );

/**
 * Shows a case and the basis of its recommendation, so the nurse can judge it: final, rule
 * and model acuity, the model version and flag variant that served it, confidence, whether
 * triage was degraded, the rationale, each rule hit, and the advice the patient would get.
 */
export function renderCase(panel: HTMLElement, detail: CaseDetail, me: string): void {
  const { reviewCase: c, assessment: a, escalation } = detail;
  panel.hidden = false;
  panel.dataset.caseId = c.id;
  panel.dataset.status = c.status;
  panel.querySelector('#case-heading')!.textContent = `Case ${c.id}: ${c.status}`;
  facts(panel.querySelector('#case-facts')!, [
    ['Status', c.status],
    ['Acuity', String(c.acuity)],
    ['Assignee', c.assignee === null ? 'nobody' : c.assignee === me ? `you (${me})` : c.assignee],
    ['Patient', c.patientId],
    ['Created (server time)', new Date(c.createdAt).toISOString()],
    ...(c.decision
      ? ([
          [
            'Decision',
            `${c.decision.outcome} by ${c.decision.by}${c.decision.breakGlass ? ' (break-glass)' : ''}`,
          ],
          ['Reason', c.decision.reason],
          ['Advice sent', c.decision.advice],
        ] as Array<[string, string]>)
      : []),
  ]);
  facts(panel.querySelector('#case-basis')!, [
    ['Final acuity', String(a.acuity)],
    ['Rule acuity', String(a.ruleAcuity)],
    ['Model acuity', a.modelAcuity === null ? 'none (no model answered)' : String(a.modelAcuity)],
    ['Model version', a.modelVersion],
    ['Flag variant', a.flagVariant],
    ['Confidence', a.confidence.toFixed(2)],
    ['Degraded', a.degraded ? 'yes: rules only, routed to review' : 'no'],
    ['Rationale', a.rationale],
    ['Recommended advice', a.advice],
    ['Inputs hash', a.inputsHash],
  ]);
  const hits = panel.querySelector('#case-rule-hits')!;
  hits.replaceChildren(
    ...(a.ruleHits.length === 0
      ? [h('li', {}, 'No red-flag rule matched.')]
      : a.ruleHits.map((hit) =>
          h('li', {}, `${hit.family} (acuity ${hit.acuity}): matched “${hit.matched}”`),
        )),
  );
  panel
    .querySelector('#case-escalation')!
    .replaceChildren(
      escalation
        ? h(
            'p',
            { class: 'note' },
            `Open escalation ${escalation.id} in this conversation: acuity ${escalation.acuity}, ${escalation.status}.`,
          )
        : '',
    );
}
