import type { Metric } from '../../metrics/schema.js';
import type { ReportSummary } from '../../schema.js';
import type { Outcome } from '../output/outcome.js';
import type { ReportPart } from '../pool/protocol.js';
import { highlightText } from './highlight.js';
import { esc, themeClass } from './html.js';

/** One document's article in the HTML report: facts, themes, metrics, names and the highlighted text. */
export function renderDocument(outcome: Outcome): ReportPart {
  if ('error' in outcome) {
    const html = `<article class="doc failed"><h2>${esc(outcome.id)}</h2><p class="error"><code>${esc(outcome.error.code)}</code> ${esc(outcome.error.message)}</p></article>\n`;
    return { html, area: null, themes: [] };
  }
  const s = outcome.summary;
  const html = [
    `<article class="doc"><h2>${esc(outcome.id)}</h2>`,
    facts(s),
    themeChips(s),
    metricsTable(s.metrics),
    names(s),
    `<details open><summary>Text with evidence highlighted</summary><div class="text">${highlightText(outcome.text, s)}</div></details>`,
    '</article>\n',
  ].join('');
  return { html, area: s.subject?.area ?? null, themes: s.themes.map((t) => t.id) };
}

function facts(s: ReportSummary): string {
  const d = s.document;
  const award = d.award
    ? `${d.award.level}${d.award.redesignation ? ', redesignated' : ''}${d.award.commendations.length ? `, commended: ${d.award.commendations.join(', ')}` : ''}`
    : '';
  const rows: [string, string][] = [
    ['Kind', d.kind],
    ['Subject', s.subject ? `${s.subject.name} (${s.subject.type})` : ''],
    ['Area', s.subject?.area ?? ''],
    ['Title', d.title ?? ''],
    ['Date', d.date ?? ''],
    ['Rating', d.rating ?? ''],
    ['Award', award],
  ];
  const items = rows.filter(([, v]) => v !== '').map(([k, v]) => `<dt>${k}</dt><dd>${esc(v)}</dd>`);
  return `<dl class="facts">${items.join('')}</dl>`;
}

function themeChips(s: ReportSummary): string {
  if (s.themes.length === 0) return '<p class="none">No themes found.</p>';
  const chips = s.themes.map(
    (t) =>
      `<li class="chip ${themeClass(t.id)}" data-theme="${esc(t.id)}">${esc(t.label)} <span class="score">${t.score.toFixed(2)}</span> <span class="n">${t.mentions.length}×</span></li>`,
  );
  return `<h3>Themes</h3><ul class="chips">${chips.join('')}</ul>`;
}

function metricsTable(metrics: readonly Metric[]): string {
  const rows = metrics.map((m) => {
    const value = 'value' in m ? String(m.value ?? '') : `${m.direction}`;
    const total =
      'total' in m && m.total !== null ? String(m.total) : m.kind === 'comparison' ? m.baselines.join(', ') : '';
    return `<tr><td>${esc(m.kind)}</td><td>${esc(m.text)}</td><td>${esc(value)}</td><td>${esc(total)}</td><td>${esc(m.subject ?? '')}</td></tr>`;
  });
  return `<h3>Metrics</h3><table class="metrics"><thead><tr><th>Kind</th><th>Text</th><th>Value</th><th>Of / baselines</th><th>About</th></tr></thead><tbody>${rows.join('') || '<tr><td colspan="5" class="none">No figures found.</td></tr>'}</tbody></table>`;
}

function names(s: ReportSummary): string {
  const lists: [string, string[]][] = [
    ['Organisations', s.organisations.map((o) => `${o.name}${o.acronym ? ` (${o.acronym})` : ''} — ${o.type}`)],
    ['People', s.people.map((p) => (p.role ? `${p.name}, ${p.role}` : p.name))],
    ['Acronyms', [...new Map(s.acronyms.map((a) => [a.acronym, `${a.acronym}: ${a.expansion}`])).values()]],
  ];
  const parts = lists
    .filter(([, items]) => items.length > 0)
    .map(
      ([title, items]) => `<h4>${title}</h4><ul>${[...new Set(items)].map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`,
    );
  return parts.length ? `<section class="names"><h3>Names</h3>${parts.join('')}</section>` : '';
}
