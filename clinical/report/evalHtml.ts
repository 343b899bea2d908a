import { escapeHtml } from '../../harness/escapeHtml.js';
import type { Proportion } from '../clopperPearson.js';
import { missedTargets } from '../evalTargets.js';
import { formatProportion, formatRate } from '../formatProportion.js';
import type { EvalResult } from '../runEval.js';

/**
 * The eval report as one self-contained page: a card per configuration, then per-family bars
 * (the rate as a bar, its 95% interval as a band) side by side for every configuration.
 */
export function evalHtml(results: readonly EvalResult[]): string {
  const parts = [...new Set(results.map((r) => r.part))];
  const body = parts.map((part) => {
    const of = results.filter((r) => r.part === part);
    const families = [...new Set(of.flatMap((r) => Object.keys(r.figures.byFamily)))].sort();
    const header = of.map((r) => `<th scope="col">${escapeHtml(r.configuration)}</th>`).join('');
    const rows = [
      ...families.map((family) => {
        const cells = of.map((r) => cell(r.figures.byFamily[family]?.atRequired, 'recall'));
        return `<tr><th scope="row">${escapeHtml(family)}</th>${cells.join('')}</tr>`;
      }),
      `<tr class="total"><th scope="row">all emergencies</th>${of.map((r) => cell(r.figures.recall.atRequired, 'recall')).join('')}</tr>`,
      `<tr><th scope="row">hard items</th>${of.map((r) => cell(r.figures.hard.atRequired, 'recall')).join('')}</tr>`,
      `<tr class="total"><th scope="row">benign escalated (over-triage)</th>${of.map((r) => cell(r.figures.overTriage, 'over')).join('')}</tr>`,
    ];
    return `<section><h2>${escapeHtml(part)} part</h2>
<div class="cards">${of.map(card).join('')}</div>
<h3>Recall at the required acuity, per family</h3>
<table><thead><tr><th scope="col">family</th>${header}</tr></thead><tbody>${rows.join('\n')}</tbody></table>
</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Triage evaluation</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1200px;padding:0 1rem;color:#1b1f24}
h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:2px solid #d0d7de}
.cards{display:flex;flex-wrap:wrap;gap:1rem}
.card{border:1px solid #d0d7de;border-radius:8px;padding:.8rem 1rem;min-width:15rem;flex:1}
.card h3{margin:.1rem 0 .4rem;font-size:1rem}.card p{margin:.2rem 0}
.met{border-left:6px solid #1a7f37}.missed{border-left:6px solid #cf222e}
.verdict{font-weight:600}.met .verdict{color:#1a7f37}.missed .verdict{color:#cf222e}
table{border-collapse:collapse;width:100%;margin-top:1rem}
th,td{padding:.35rem .5rem;border-bottom:1px solid #eaeef2;text-align:left;vertical-align:middle}
tr.total th,tr.total td{border-top:2px solid #8c959f}
.bar{position:relative;height:1.1rem;background:#f6f8fa;border-radius:3px;min-width:9rem}
.fill{position:absolute;top:0;bottom:0;left:0;border-radius:3px}
.ci{position:absolute;top:.45rem;height:.2rem;background:#1b1f24;opacity:.55}
.recall .fill{background:#2f81f7}.recall.full .fill{background:#1a7f37}
.over .fill{background:#d4a72c}.over.high .fill{background:#cf222e}
.label{font-size:.8rem;color:#57606a;font-variant-numeric:tabular-nums}
</style></head><body>
<h1>Triage evaluation on the clinical reference set</h1>
<p>Every vignette is the first message of a fresh conversation, sent through the system's public
commands. A bar is the rate; the dark band is its exact 95% interval (Clopper-Pearson). Green:
every emergency caught. Targets on the locked part: recall 100% with the upper bound of
under-triage below 1.5%, over-triage at most 15%, no emergency told self-care.</p>
${body.join('\n')}
</body></html>
`;
}

function card(r: EvalResult): string {
  const missed = missedTargets(r.figures);
  const f = r.figures;
  return `<div class="card ${missed.length === 0 ? 'met' : 'missed'}">
<h3>${escapeHtml(r.configuration)}</h3>
<p>${escapeHtml(r.description)}</p>
<p>recall at required acuity: <strong>${escapeHtml(formatProportion(f.recall.atRequired))}</strong></p>
<p>over-triage: ${escapeHtml(formatProportion(f.overTriage))}</p>
<p>emergencies told self-care: ${f.emergenciesToldSelfCare}</p>
<p class="verdict">${missed.length === 0 ? 'targets met' : escapeHtml(`targets missed: ${missed.join('; ')}`)}</p>
</div>`;
}

function cell(p: Proportion | undefined, kind: 'recall' | 'over'): string {
  if (!p || p.rate === null) return '<td class="label">n/a</td>';
  const flag = kind === 'recall' ? (p.rate === 1 ? ' full' : '') : p.rate > 0.15 ? ' high' : '';
  const width = (x: number) => `${(100 * x).toFixed(1)}%`;
  return `<td><div class="bar ${kind}${flag}" role="img" aria-label="${escapeHtml(formatProportion(p))}">
<div class="fill" style="width:${width(p.rate)}"></div>
<div class="ci" style="left:${width(p.lower)};width:${width(p.upper - p.lower)}"></div></div>
<span class="label">${formatRate(p.rate)} (${p.successes}/${p.trials})</span></td>`;
}
