import type { Baseline } from './schema.js';
import { each, list, PhraseSet } from './phrases.js';

/** Which way a figure differs from its baseline; "better"/"worse" resolve by measure. */
export type Leaning = 'lower' | 'higher' | 'better' | 'worse';

/** Words that state a direction and are followed by the baseline ("lower than national"). */
export const TRIGGERS = new PhraseSet<Leaning>([
  ...each<Leaning>('lower', list('lower than|less than|fewer than|smaller than|below|beneath')),
  ...each<Leaning>(
    'higher',
    list('higher than|greater than|more than|larger than|above|exceeds|exceeding|exceeded|exceed|in excess of'),
  ),
  ...each<Leaning>('better', list('better than|outperform|outperforms|outperforming|outperformed|ahead of')),
  ...each<Leaning>('worse', ['worse than', 'poorer than', 'lagging behind', 'lags behind']),
]);

/** Words that compare without a direction ("compared with national"); a leaning makes them directional. */
export const COMPARATORS = new PhraseSet<Leaning | null>([
  ...each<Leaning | null>(
    null,
    list(
      'compare to|compare with|compare against|in comparison to|in comparison with|by comparison with|by comparison to|comparison with|comparison to|relative to|against|versus|vs|vs.|set against|when set against|benchmarked against',
    ),
  ),
  ...each<Leaning | null>(
    'better',
    list(
      'compare favourably with|compare favourably to|compare favourably against|compare favorably with|compare favorably to|compare well with|compare well to|compare well against|compare positively with',
    ),
  ),
  ...each<Leaning | null>(
    'worse',
    list(
      'compare unfavourably with|compare unfavourably to|compare unfavorably with|compare poorly with|compare poorly to|compare badly with',
    ),
  ),
]);

/** Words before a neutral comparison that give its leaning ("low in comparison to", "driving down ... compared to"). */
export const LEANINGS: ReadonlyMap<string, Leaning> = new Map<string, Leaning>([
  ...each<Leaning>(
    'lower',
    list(
      'low|lower|lowest|below|fewer|less|down|reduced|reducing|reduction|reductions|decrease|decreased|decreasing|fall|fell|fallen|falling|declined|declining|decline|dropped|smaller',
    ),
  ),
  ...each<Leaning>(
    'higher',
    list('high|higher|highest|above|more|greater|increase|increased|increasing|rising|rose|risen|rise|larger'),
  ),
  ...each<Leaning>('better', list('better|favourably|favorably|well|positively|strongly|best')),
  ...each<Leaning>('worse', list('worse|poorly|unfavourably|unfavorably|negatively|badly|worst')),
]);

/** What a figure is compared with. */
export const BASELINES = new PhraseSet<Baseline>([
  ...each<Baseline>('england-and-wales-average', ['england and wales', 'england & wales', 'england wales']),
  ...each<Baseline>('national', list('national|nationally|nationwide|england|uk|united kingdom|country|wales|welsh')),
  ...each<Baseline>(
    'regional',
    list(
      'regional|regionally|region|regions|north west|north east|south east|south west|east midlands|west midlands|yorkshire and the humber|yorkshire and humber|yorkshire|london|east of england|southeast|northwest|northeast|southwest',
    ),
  ),
  ...each<Baseline>(
    'statistical-neighbours',
    list(
      'statistical neighbours|statistical neighbour|statistical neighbors|statistical neighbor|stat neighbours|stat neighbour|statistical comparators|comparator yots|comparator yot|comparator yoss|comparator areas|comparator authorities|comparator local authorities|comparator las|comparator services|comparator group|comparator groups|comparator family|comparators|comparator|similar areas|similar authorities|similar local authorities|similar services|similar yots|comparable areas|comparable authorities|comparable services|family group|yot family|yos family|peer group|peer authorities|most similar|neighbours|neighbors',
    ),
  ),
]);

/** Words that may stand between a direction and its baselines, or between two baselines. */
export const CONNECTORS = new Set(
  list(
    "the|that|those|of|for|in|across|both|its|their|our|his|her|either|and|or|,|&|/|and/or|average|averages|rate|rates|figure|figures|level|levels|data|mean|median|benchmark|benchmarks|performance|seen|recorded|reported|all|other|equivalent|corresponding|respective|current|latest|overall|total|comparative|same|counterparts|'s|’s|position|picture|trend|trends|value|values|proportion|percentage|number|numbers|cohort|results|outcomes|pattern|ones|youth|justice|a|an",
  ),
);

/** Nouns that may follow a baseline word; any other noun makes it a name or a thing ("national standards"). */
export const BASELINE_GROUPS = new Set(
  list(
    'boroughs|authorities|areas|councils|las|yots|yoss|counties|partnerships|peers|comparators|neighbours|neighbors|group|groups|family|families',
  ),
);

/** Comparative words that may stand apart from their "than" ("a lower rate of reoffending than nationally"). */
export const COMPARATIVES: ReadonlyMap<string, Leaning> = new Map<string, Leaning>([
  ...each<Leaning>('lower', ['lower', 'fewer', 'less', 'smaller']),
  ...each<Leaning>('higher', ['higher', 'more', 'greater', 'larger']),
  ...each<Leaning>('better', ['better']),
  ...each<Leaning>('worse', ['worse', 'poorer']),
]);

/** Nouns that may end a comparison's span after its last baseline ("national rates"). */
export const BASELINE_NOUNS = new Set(
  list(
    'average|averages|rate|rates|figure|figures|level|levels|mean|median|benchmark|benchmarks|data|picture|performance|counterparts',
  ),
);

/** Adverbs that state how far apart a figure and its baseline are. */
export const DEGREES = new Set(
  list(
    'substantially|significantly|considerably|slightly|marginally|much|far|well|notably|markedly|somewhat|consistently|dramatically|noticeably|comfortably|just|further|broadly',
  ),
);

/** Words that end the reach of a comparison or leaning within a sentence. */
export const CLAUSE_BREAKS = new Set(list('.|;|:|!|?|,|but|while|whilst|whereas|although|however|though|•|–|—'));

/** Words that deny a comparison just before it ("not higher than"). */
export const DENIALS = new Set(list("not|n't|no|never|neither|nor"));
