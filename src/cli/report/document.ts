import type { Metric, ReportSummary } from '../../index.js';
import type { Outcome } from '../output/outcome.js';
import type { ReportPart } from '../pool/protocol.js';
import { highlightText } from './highlight.js';
import { esc, themeClass } from './html.js';

/**
 * One document's part of the HTML report: facts and themes, then its metrics, names and highlighted text, each
 * collapsed in a `<details>` until opened, so a long corpus stays a short page.
 */
export function renderDocument(outcome: Outcome): ReportPart {
  if ('error' in outcome) {
    const html = `<h2>${esc(outcome.id)}</h2><p class="error"><code>${esc(outcome.error.code)}</code> ${esc(outcome.error.message)}</p>`;
    return { html, area: null, themes: [], note: outcome.error.code };
  }
  const s = outcome.summary;
  const html = [
    `<h2>${esc(outcome.id)}</h2>`,
    facts(s),
    themeChips(s),
    metricsTable(s.metrics),
    names(s),
    collapsed('text-of', 'Text with evidence highlighted', `<div class="text">${highlightText(outcome.text, s)}</div>`),
  ].join('');
  // The heatmap groups by the gazetteer's name, so "Hull" and "Kingston upon Hull" share a row.
  const area = s.subject ? (s.subject.canonical ?? s.subject.area) : null;
  return { html, area, themes: s.themes.map((t) => t.id), note: note(s) };
}

function collapsed(cls: string, title: string, body: string): string {
  return `<details class="${cls}"><summary>${esc(title)}</summary>${body}</details>`;
}

function note(s: ReportSummary): string {
  const d = s.document;
  const detail = d.rating ?? d.award?.level ?? '';
  return detail ? `${d.kind}, ${detail}` : d.kind;
}

function facts(s: ReportSummary): string {
  const d = s.document;
  const award = d.award
    ? `${d.award.level}${d.award.redesignation ? ', redesignated' : ''}${d.award.commendations.length ? `, commended: ${d.award.commendations.join(', ')}` : ''}`
    : '';
  const rows: [string, string][] = [
    ['Kind', d.kind],
    ['Subject', s.subject ? `${s.subject.name} (${s.subject.type})` : ''],
    ['Area', areaFact(s)],
    ['Title', d.title ?? ''],
    ['Date', d.date ?? ''],
    ['Rating', d.rating ?? ''],
    ['Award', award],
  ];
  const items = rows.filter(([, v]) => v !== '').map(([k, v]) => `<dt>${k}</dt><dd>${esc(v)}</dd>`);
  return `<dl class="facts">${items.join('')}</dl>`;
}

function areaFact(s: ReportSummary): string {
  const subject = s.subject;
  if (!subject) return '';
  const known = [subject.canonical !== subject.area ? subject.canonical : null, subject.code].filter(Boolean);
  return known.length ? `${subject.area} (${known.join(', ')})` : subject.area;
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
  if (rows.length === 0) return '<p class="none">No figures found.</p>';
  const table = `<table class="metrics"><thead><tr><th>Kind</th><th>Text</th><th>Value</th><th>Of / baselines</th><th>About</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return collapsed('metrics-of', `Metrics (${rows.length})`, table);
}

function names(s: ReportSummary): string {
  const lists: [string, string[]][] = [
    ['Organisations', s.organisations.map((o) => `${o.name}${o.acronym ? ` (${o.acronym})` : ''} — ${o.type}`)],
    ['People', s.people.map((p) => (p.role ? `${p.name}, ${p.role}` : p.name))],
    ['Acronyms', [...new Map(s.acronyms.map((a) => [a.acronym, `${a.acronym}: ${a.expansion}`])).values()]],
  ];
  const groups = lists
    .map(([title, items]) => [title, [...new Set(items)]] as const)
    .filter(([, items]) => items.length);
  const count = groups.reduce((n, [, items]) => n + items.length, 0);
  const parts = groups.map(
    ([title, items]) => `<h4>${title}</h4><ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`,
  );
  return count ? collapsed('names', `Names (${count})`, parts.join('')) : '';
}
