/**
 * Longest run of non-space characters handed to wink. wink's tokenizer is quadratic (worse for
 * URL-like runs) in the length of a run without spaces: one 64 KB "word" takes seconds, one 1 MB
 * "word" would take half an hour. No prose word is this long, so longer runs are not read.
 */
export const MAX_RUN = 64;

const WORD = 0;
const SPLIT = 1;
const TO_SPACE = 2;
const TO_NEWLINE = 3;

/**
 * The class of every UTF-16 code unit: wink's own splitters (spaces, no-break spaces, CR, LF, tab),
 * other whitespace wink does not split on (replaced one for one by a space or a newline), or word.
 */
const CLASSES = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (const c of [0x20, 0x0a, 0x0d, 0x09, 0xa0, 0x2002, 0x2003, 0x2004, 0x2005, 0x2009, 0x200a, 0x202f, 0x205f]) {
    table[c] = SPLIT;
  }
  for (const c of [0x1680, 0x2000, 0x2001, 0x2006, 0x2007, 0x2008, 0x200b, 0x3000, 0xfeff]) table[c] = TO_SPACE;
  for (const c of [0x0b, 0x0c, 0x85, 0x2028, 0x2029]) table[c] = TO_NEWLINE;
  return table;
})();

/** True for the characters wink splits tokens on (its `splitter`). */
export function isSplitter(c: number): boolean {
  return CLASSES[c] === SPLIT;
}

/**
 * The text wink reads: the same length as `text`, with the same characters at every position a
 * token can cover. Other whitespace becomes a space or newline, and runs of more than
 * {@link MAX_RUN} non-space characters become spaces, so tokenizing stays linear. Linear itself.
 */
export function prepare(text: string): string {
  const pieces: string[] = [];
  let kept = 0; // text[kept, i) is copied unchanged when flushed
  let run = 0; // start of the current run of non-splitters
  for (let i = 0; i < text.length; i++) {
    const cls = CLASSES[text.charCodeAt(i)];
    if (cls === WORD) continue;
    if (i - run > MAX_RUN) kept = blankRun(text, pieces, kept, run, i);
    if (cls !== SPLIT) {
      pieces.push(text.slice(kept, i), cls === TO_NEWLINE ? '\n' : ' ');
      kept = i + 1;
    }
    run = i + 1;
  }
  if (text.length - run > MAX_RUN) kept = blankRun(text, pieces, kept, run, text.length);
  if (pieces.length === 0) return text;
  pieces.push(text.slice(kept));
  return pieces.join('');
}

/** Queues `text[kept, run)` as is and the over-long run `[run, end)` as spaces; returns where copying resumes. */
function blankRun(text: string, pieces: string[], kept: number, run: number, end: number): number {
  pieces.push(text.slice(kept, run), ' '.repeat(end - run));
  return end;
}
