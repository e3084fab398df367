import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | undefined;

/** The shared wink-nlp instance, loaded on first use (never at import time). */
export function wink(): Wink {
  instance ??= winkNLP(model, ['sbd', 'negation', 'pos']);
  return instance;
}
