/**
 * Schwartz–Hearst matching: the shortest suffix of `long` whose letters spell `short` in order,
 * with the first letter of `short` starting a word. Linear in the two lengths. Returns the
 * offset in `long` where the long form starts, or -1.
 */
export function longFormStart(short: string, long: string): number {
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = short.charAt(s).toLowerCase();
    if (!isAlnum(c)) {
      s--;
      continue;
    }
    while (l >= 0 && (long.charAt(l).toLowerCase() !== c || (s === 0 && l > 0 && isAlnum(long.charAt(l - 1))))) l--;
    if (l < 0) return -1;
    l--;
    s--;
  }
  return l + 1;
}

/** True when a long form is a plausible expansion: more words than nothing, not too many for the acronym. */
export function plausibleLongForm(short: string, long: string): boolean {
  const words = long.split(/[\s\-\u2013\u2014]+/).filter((w) => w !== '').length;
  const letters = short.replace(/[^A-Z0-9]/gi, '').length;
  return words >= 2 && words <= Math.min(letters + 5, letters * 2) && long.length > short.length;
}

function isAlnum(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase() || (c >= '0' && c <= '9');
}
