import type { ParsedToken } from './parsed.js';

/** Most token records a pool keeps (about 90 bytes each): the tokens of a 400-page report. */
export const MAX_POOLED = 100_000;

/**
 * Token records lent to one parse at a time and given back when its analysis is over, so that analysing a long
 * document does not make a fresh record for every token. Records that live through a whole analysis are the
 * collector's dearest work: each is copied, then promoted, while the stages run, and collected again later.
 * A parse that starts while the records are lent out (an analysis inside another) gets none and makes its own.
 */
export class TokenPool {
  private records: ParsedToken[] = [];

  /** The records, for one parse to overwrite and add to (up to {@link MAX_POOLED}); the pool is empty until they are given back. */
  lend(): ParsedToken[] {
    const records = this.records;
    this.records = [];
    return records;
  }

  /** Takes back records lent out: no token of the document parsed with them may be read after this. */
  giveBack(records: ParsedToken[]): void {
    if (records.length > this.records.length) this.records = records;
  }
}
