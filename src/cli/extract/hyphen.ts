/** First halves of compounds whose hyphen is kept when they break at a line end ("well-\nknown" → "well-known"). */
const COMPOUND_HEADS = new Set([
  'well',
  'self',
  'multi',
  'non',
  'co',
  'cross',
  'child',
  'young',
  'family',
  'long',
  'short',
  'high',
  'low',
  'full',
  'part',
  'first',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'ex',
  'anti',
  'semi',
  'mid',
  'trauma',
  'person',
  'strengths',
  'evidence',
  'school',
  'community',
  'out',
  'follow',
]);

// A word, a hyphen (ASCII, U+2010 or a soft hyphen), optional spaces, one line break, then a lower-case word.
const BREAK = /(?<!\p{L})(\p{L}{1,40})[-\u00ad\u2010][ \t]{0,8}\r?\n[ \t]{0,8}(\p{Ll}\p{L}{0,39})/gu;
// A compound spelt with a hyphen inside one line: "co-located".
const COMPOUND = /(?<!\p{L})\p{L}{1,40}-\p{L}{1,40}/gu;

/**
 * Repairs words hyphenated across line ends, as PDF text has them: "lan-\nguage" → "language".
 * The hyphen is kept for common compound heads ("well-\nknown" → "well-known") and whenever the
 * same text spells the hyphenated form elsewhere; a line break followed by a capital is left alone.
 */
export function repairHyphenation(text: string): string {
  if (!/[-\u00ad\u2010][ \t]*\r?\n/.test(text)) return text;
  const compounds = new Set(Array.from(text.matchAll(COMPOUND), (m) => m[0].toLowerCase()));
  return text.replace(BREAK, (_match, head: string, tail: string) => {
    const keep = COMPOUND_HEADS.has(head.toLowerCase()) || compounds.has(`${head}-${tail}`.toLowerCase());
    return keep ? `${head}-${tail}` : `${head}${tail}`;
  });
}
