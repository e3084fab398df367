import { list } from './phrases.js';
import { spanText, wordAt, type Window } from './window.js';

const BOUNDARY = new Set([
  ',',
  ';',
  ':',
  '.',
  '!',
  '?',
  '(',
  ')',
  '[',
  ']',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '–',
  '—',
  '•',
  '●',
  '▪',
  '|',
]);
const PHRASE_STARTS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET']);
const NOT_IN_PHRASE = new Set(list('VERB|AUX|PUNCT|CCONJ|SCONJ|PART|SYM|ADV|NUM|X|SPACE'));
const TRAILING = new Set(['ADP', 'DET', 'PRON', 'CCONJ']);
const MAX_WORDS = 12;
const BARE_FIGURE = /^[\d.,]+$/;

function text(w: Window, a: number, b: number): string | null {
  return spanText(w, a, b)?.text ?? null;
}

/** Drops trailing function words ("of", "the", "and") from `[a, b]`. */
function trimEnd(w: Window, a: number, b: number): number {
  let end = b;
  while (end >= a && TRAILING.has(w.tokens[end]?.pos ?? '')) end--;
  return end;
}

/** After "of": everything up to the clause's end ("88% of children finished their plans on time"). */
function afterOf(w: Window, p: number): string | null {
  let end = p - 1;
  for (let q = p; q < w.tokens.length && q - p < MAX_WORDS; q++) {
    const word = wordAt(w, q);
    if (BOUNDARY.has(word) || (q > p && w.cues.clauseJoiners.has(word))) break;
    end = q;
  }
  end = trimEnd(w, p, end);
  return end >= p ? text(w, p, end) : null;
}

/** A bare noun phrase after the figure ("victims" in "seven out of 11 victims said ..."). */
function nounPhrase(w: Window, p: number): string | null {
  if (!PHRASE_STARTS.has(w.tokens[p]?.pos ?? '')) return null;
  let end = p - 1;
  for (let q = p; q < w.tokens.length && q - p < MAX_WORDS; q++) {
    const t = w.tokens[q];
    if (!t || BOUNDARY.has(wordAt(w, q)) || NOT_IN_PHRASE.has(t.pos)) break;
    // a capitalised word after a common noun starts something else: "standards Good"
    if (q > p && t.value !== wordAt(w, q) && w.tokens[q - 1]?.pos === 'NOUN') break;
    end = q;
  }
  end = trimEnd(w, p, end);
  const head = w.tokens[end];
  // "61 per cent the year before": a time phrase is not what the figure is about
  if (!head || w.cues.durations.has(wordAt(w, end))) return null;
  return end >= p && (head.pos === 'NOUN' || head.pos === 'PROPN') ? text(w, p, end) : null;
}

/** The phrase ending at position `p`, back to a boundary or one of `stops` ("aged 16 to 17" before "(64%)"). */
function clauseBefore(w: Window, p: number, stops: ReadonlySet<string>, figures = false): string | null {
  let start = p + 1;
  for (let q = p; q >= 0 && p - q < MAX_WORDS; q--) {
    const word = wordAt(w, q);
    // another figure ends the phrase: "the national rate of 26% and the regional rate of 27%"
    if (BOUNDARY.has(word) || stops.has(word) || (figures && (word === '%' || w.tokens[q]?.type === 'number'))) break;
    start = q;
  }
  while (start <= p && (w.tokens[start]?.pos === 'ADP' || w.tokens[start]?.pos === 'CCONJ')) start++;
  return start <= p ? text(w, start, p) : null;
}

/**
 * The noun phrase a figure spanning positions `[first, next)` is about: what follows "of", a noun phrase
 * right after it, the clause before a bracketed figure, or the subject of "X is 30%".
 */
export function subjectOf(w: Window, first: number, next: number): string | null {
  const after = wordAt(w, next);
  if (after === 'of') return afterOf(w, next + 1);
  if (wordAt(w, first - 1) === '(') {
    // "31 (65 per cent)": a bare figure before the bracket is not a subject
    const clause = clauseBefore(w, first - 2, w.cues.subjectListEnds);
    return clause !== null && BARE_FIGURE.test(clause) ? null : clause;
  }
  const phrase = nounPhrase(w, next);
  if (phrase) return phrase;
  if (w.cues.copulas.has(wordAt(w, first - 1))) {
    let verb = first - 1;
    while (verb > 0 && w.cues.copulas.has(wordAt(w, verb - 1))) verb--;
    return clauseBefore(w, verb - 1, w.cues.subjectClauseEnds, true);
  }
  return null;
}
