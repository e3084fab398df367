import { themes } from '../../taxonomy.js';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const INDEX = new Map(themes.map((t, i) => [t.id, i]));

/** The CSS class giving a theme its colour (`t0`, `t1`, …; `tx` for themes outside the taxonomy). */
export function themeClass(id: string): string {
  const i = INDEX.get(id);
  return i === undefined ? 'tx' : `t${i}`;
}

/** A distinct, light colour per theme index (golden-angle hues). */
export function themeHue(index: number): number {
  return Math.round((index * 137.508) % 360);
}
