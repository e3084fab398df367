import traumaInformed from '../../lexicons/themes/trauma-informed.json';
import coLocation from '../../lexicons/themes/co-location.json';
import ete from '../../lexicons/themes/ete.json';
import resettlement from '../../lexicons/themes/resettlement.json';
import disproportionality from '../../lexicons/themes/disproportionality.json';
import send from '../../lexicons/themes/send.json';
import speechLanguage from '../../lexicons/themes/speech-language.json';
import mentalHealth from '../../lexicons/themes/mental-health.json';
import preventionDiversion from '../../lexicons/themes/prevention-diversion.json';
import multiAgency from '../../lexicons/themes/multi-agency.json';
import participation from '../../lexicons/themes/participation.json';
import family from '../../lexicons/themes/family.json';
import exploitation from '../../lexicons/themes/exploitation.json';
import restorative from '../../lexicons/themes/restorative.json';
import transitions from '../../lexicons/themes/transitions.json';
import identityStrengths from '../../lexicons/themes/identity-strengths.json';
import workforce from '../../lexicons/themes/workforce.json';
import leadership from '../../lexicons/themes/leadership.json';
import substanceMisuse from '../../lexicons/themes/substance-misuse.json';

/** The theme ids of the taxonomy: a public contract, never renamed. */
export const THEME_IDS = [
  'trauma-informed',
  'co-location',
  'ete',
  'resettlement',
  'disproportionality',
  'send',
  'speech-language',
  'mental-health',
  'prevention-diversion',
  'multi-agency',
  'participation',
  'family',
  'exploitation',
  'restorative',
  'transitions',
  'identity-strengths',
  'workforce',
  'leadership',
  'substance-misuse',
] as const;

/** A theme id of the built-in taxonomy. */
export type ThemeId = (typeof THEME_IDS)[number];

/** The built-in lexicons as raw data, each with the file it came from. Validated when compiled. */
export const BUNDLED_LEXICONS: readonly { readonly source: string; readonly data: unknown }[] = [
  { source: 'lexicons/themes/trauma-informed.json', data: traumaInformed },
  { source: 'lexicons/themes/co-location.json', data: coLocation },
  { source: 'lexicons/themes/ete.json', data: ete },
  { source: 'lexicons/themes/resettlement.json', data: resettlement },
  { source: 'lexicons/themes/disproportionality.json', data: disproportionality },
  { source: 'lexicons/themes/send.json', data: send },
  { source: 'lexicons/themes/speech-language.json', data: speechLanguage },
  { source: 'lexicons/themes/mental-health.json', data: mentalHealth },
  { source: 'lexicons/themes/prevention-diversion.json', data: preventionDiversion },
  { source: 'lexicons/themes/multi-agency.json', data: multiAgency },
  { source: 'lexicons/themes/participation.json', data: participation },
  { source: 'lexicons/themes/family.json', data: family },
  { source: 'lexicons/themes/exploitation.json', data: exploitation },
  { source: 'lexicons/themes/restorative.json', data: restorative },
  { source: 'lexicons/themes/transitions.json', data: transitions },
  { source: 'lexicons/themes/identity-strengths.json', data: identityStrengths },
  { source: 'lexicons/themes/workforce.json', data: workforce },
  { source: 'lexicons/themes/leadership.json', data: leadership },
  { source: 'lexicons/themes/substance-misuse.json', data: substanceMisuse },
];
