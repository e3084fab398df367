import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { WordTable } from './words.js';

type Wink = ReturnType<typeof winkNLP>;

/**
 * New words one wink instance may learn before it is replaced. wink adds every word it has not
 * seen to its model's vocabulary and never forgets it, so a long-lived analyzer would grow
 * without bound; about 250 bytes a word keeps one instance's vocabulary near 12 MB.
 */
export const MAX_NEW_WORDS = 50_000;

/** Characters one instance may read when its vocabulary cannot be inspected (a changed model). */
const MAX_CHARS_BLIND = 20_000_000;

/** The part of wink's loaded core model this module reads: its vocabulary. */
interface Vocabulary {
  readonly list: readonly unknown[];
  readonly intrinsicSize: number;
}

interface Loaded {
  readonly nlp: Wink;
  /** The word layer's table of the words this instance has read. */
  readonly words: WordTable;
  readonly vocabulary: Vocabulary | undefined;
  chars: number;
}

let loaded: Loaded | undefined;
let generation = 0;

/** Reads the vocabulary out of a freshly loaded core model, or undefined when its shape is not the known one. */
function vocabularyOf(core: unknown): Vocabulary | undefined {
  const lexeme = (core as { features?: { lexeme?: Partial<Vocabulary> } } | null)?.features?.lexeme;
  if (!lexeme || !Array.isArray(lexeme.list) || typeof lexeme.intrinsicSize !== 'number') return undefined;
  return lexeme as Vocabulary;
}

/** A new wink instance with a vocabulary of its own (wink loads a fresh core model per instance). */
function load(): Loaded {
  const loadCore = model.core as unknown;
  let vocabulary: Vocabulary | undefined;
  const tracked =
    typeof loadCore === 'function'
      ? {
          ...model,
          core(): unknown {
            const core: unknown = (loadCore as () => unknown)();
            vocabulary = vocabularyOf(core);
            return core;
          },
        }
      : model;
  const nlp = winkNLP(tracked, ['sbd', 'negation', 'pos']);
  generation++;
  return { nlp, words: new WordTable(), vocabulary, chars: 0 };
}

/** Words the instance has learned beyond its model's own vocabulary. */
function learned(current: Loaded): number {
  return current.vocabulary ? current.vocabulary.list.length - current.vocabulary.intrinsicSize : 0;
}

function exhausted(current: Loaded): boolean {
  return current.vocabulary ? learned(current) >= MAX_NEW_WORDS : current.chars >= MAX_CHARS_BLIND;
}

/**
 * The wink-nlp instance for the next parse of `length` characters, loaded on first use (never at
 * import time) and replaced once it has learned {@link MAX_NEW_WORDS} words. Call once per parse:
 * the whole text is read by the one instance returned.
 */
export function wink(length = 0): Wink {
  if (!loaded || exhausted(loaded)) {
    loaded = undefined; // the old instance and its vocabulary can be collected while the new model loads
    loaded = load();
  }
  loaded.chars += length;
  return loaded.nlp;
}

/** The word table that belongs with the instance {@link wink} last returned (words are normalised once per instance). */
export function winkWords(): WordTable {
  loaded ??= load();
  return loaded.words;
}

/** How many instances have been loaded and how many words the current one has learned (for tests). */
export function winkState(): { readonly generation: number; readonly learned: number } {
  return { generation, learned: loaded ? learned(loaded) : 0 };
}
