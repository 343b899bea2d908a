/// <reference lib="dom" />
import type { CaseDetail } from '../../system/index.js';
import { acuityChip } from './acuityChip.js';
import { acuityLabel } from './acuityLabel.js';
import { dueSpan } from './dueSpan.js';
import { nameWithAge } from './dueText.js';
import { familyLabel } from './familyLabel.js';
import { h } from './h.js';
import { localTime } from './renderConversation.js';
import { formatDuration } from './slaText.js';

type Fact = [string, string | Node];

const facts = (list: HTMLElement, entries: readonly Fact[]) =>
  list.replaceChildren(
    ...entries.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
  );

const OUTCOME_WORDS = { approved: 'Approved', rejected: 'Rejected', modified: 'Modified' };

/**
 * Shows a case as a nurse judges it: who the patient is, the acuity (colour, number, word),
 * how long they have waited and who holds it; the basis in a nurse's words (red flags found,
 * the model's opinion and how sure it was, the reasoning, the advice the patient would get);
 * the internals (ids, hashes, versions, flag variant) behind the details toggle; and, once
 * decided, the decision in place of the controls.
 */
export function renderCase(panel: HTMLElement, detail: CaseDetail, me: string, now: number): void {
  const { reviewCase: c, assessment: a, escalation, names } = detail;
  const nameOf = (id: string | null) =>
    id === null ? 'nobody' : id === me ? 'you' : (names[id] ?? 'another nurse');
  panel.hidden = false;
  panel.dataset.caseId = c.id;
  panel.dataset.status = c.status;
  panel.querySelector('#case-heading')!.textContent = nameWithAge(
    names[c.patientId] ?? 'Unknown patient',
    detail.age,
  );
  const owner =
    c.status === 'pending'
      ? 'Waiting for a nurse to claim it'
      : c.status === 'claimed'
        ? `Claimed by ${nameOf(c.assignee)}`
        : `${OUTCOME_WORDS[c.status]} by ${nameOf(c.decision?.by ?? null)}`;
  panel.querySelector('#case-summary')!.replaceChildren(
    acuityChip(c.acuity),
    // Why no ticking once decided: the patient no longer waits on a nurse.
    c.decision === null
      ? h(
          'span',
          { class: 'waiting', 'data-since': String(c.createdAt) },
          `Waiting ${formatDuration(now - c.createdAt)}`,
        )
      : h('span', {}, `Waited ${formatDuration(c.decision.at - c.createdAt)}`),
    ...(c.decision === null ? [dueSpan(detail.dueAt, now)] : []),
    h('span', {}, owner),
  );
  const hits =
    a.ruleHits.length === 0
      ? 'None found in the message.'
      : h(
          'ul',
          { class: 'plain' },
          ...a.ruleHits.map((hit) =>
            h('li', {}, `${familyLabel(hit.family)} (acuity ${hit.acuity}): “${hit.matched}”`),
          ),
        );
  const model =
    a.modelAcuity === null
      ? 'No model answered; the rules alone set the acuity.'
      : `${acuityLabel(a.modelAcuity)}, ${Math.round(a.confidence * 100)}% sure (the model's own estimate that this acuity is right).`;
  facts(panel.querySelector('#case-basis')!, [
    [
      'Acuity',
      `${acuityLabel(a.acuity)}: the more urgent of the rules (${a.ruleAcuity}) and the model`,
    ],
    ['Red flags', hits],
    ['Model opinion', model],
    ...(a.degraded
      ? ([
          ['Model unavailable', 'Triage ran on the rules alone, so a nurse must review it.'],
        ] as Fact[])
      : []),
    ['Reasoning', a.rationale],
    ['Advice if approved', a.advice],
  ]);
  facts(panel.querySelector('#case-internals')!, [
    ['Case', c.id],
    ['Assessment', a.id],
    ['Opened', new Date(c.createdAt).toISOString()],
    ['Model version', a.modelVersion],
    ['Flag variant', a.flagVariant],
    ['Inputs hash', a.inputsHash],
  ]);
  panel
    .querySelector('#case-escalation')!
    .replaceChildren(
      escalation
        ? h(
            'p',
            { class: 'note' },
            `This patient also has an open emergency (${acuityLabel(escalation.acuity)}, ${escalation.status}): see Emergencies.`,
          )
        : '',
    );
  const decided = panel.querySelector<HTMLElement>('#case-decision')!;
  const actions = panel.querySelector<HTMLElement>('#case-actions')!;
  // Why hide the controls once decided: a decision is final, and live buttons invite a click
  // that can only be refused.
  actions.hidden = c.decision !== null;
  decided.hidden = c.decision === null;
  if (c.decision) {
    const d = c.decision;
    decided.replaceChildren(
      h(
        'p',
        {},
        h(
          'strong',
          {},
          `${OUTCOME_WORDS[c.status as keyof typeof OUTCOME_WORDS]} by ${nameOf(d.by)}`,
        ),
        ` at ${localTime(d.at, now)}${d.breakGlass ? ' (break-glass)' : ''}.`,
      ),
      h('p', {}, `Reason: ${d.reason}`),
      h('p', {}, `Advice sent to the patient: ${d.advice}`),
    );
  }
  const claim = panel.querySelector<HTMLElement>('#claim')!;
  const release = panel.querySelector<HTMLElement>('#release')!;
  // The next step is the primary button: claim a waiting case, release one you hold.
  claim.classList.toggle('secondary', c.status !== 'pending');
  release.classList.toggle('secondary', !(c.status === 'claimed' && c.assignee === me));
}
