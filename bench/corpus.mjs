// Report-like text for the benches: the project's own fixtures when present, else invented paragraphs.
// Never reads ../shared (users and CI do not have it).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const AREAS = ['Harwick', 'Northmere', 'Eastbrook', 'Calder Vale', 'Stanmoor', 'Ashford Mere', 'Westholm'];
const RATINGS = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'];

// Invented sentences in the register of awards, inspections and plans. {A} area, {N} number, {P} percent, {R} rating.
const SENTENCES = [
  '{A} Youth Justice Service has been awarded the SEND Quality Mark for its work with children who have additional needs.',
  'Inspectors rated the {A} partnership {R} overall, with {N} out of 12 standards judged good or better.',
  'A co-located CAMHS nurse and a speech and language therapist screen every child at the point of referral.',
  'There was no resettlement plan for {N} of the children released from custody during the inspection period.',
  'Case managers use trauma-informed approaches and build on each child\'s strengths and interests.',
  'First-time entrants in {A} are lower than the regional and national averages, and reoffending continues to fall.',
  'About {P}% of children were in suitable education, training or employment at the end of their order.',
  'The management board, chaired by the director of children\'s services, holds partners to account for outcomes.',
  'Children and their families told inspectors they felt listened to and helped to shape their plans.',
  'Black and mixed heritage boys remain over-represented in the cohort, and the board has commissioned an audit.',
  'The out-of-court disposal panel diverts children from formal processing wherever it is safe to do so.',
  'Staff receive regular supervision, reflective practice sessions and training on contextual safeguarding.',
  'Restorative justice conferences gave victims a voice, and {N} reparation projects ran across {A} this year.',
  'Transitions to adult probation services start {N} months before a child turns eighteen.',
  'Workers identify signs of criminal exploitation early and refer children to the national referral mechanism.',
  'Substance misuse workers offer one-to-one sessions, and {P} per cent of those referred engaged with the service.',
  'The Harbour Project, run with the police and the local council, offers mentoring, sport and music after school.',
  'In {N} cases, the assessment of risk of harm to others was not sufficiently analytical.',
  'Leaders have a clear vision for a child-first service, shared by staff at every level of the organisation.',
  'An education, health and care plan was in place for {N} children, and the SENCo attended planning meetings.',
];

/** A seeded pseudo-random generator (mulberry32), so every run builds the same text. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function paragraph(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const count = 3 + Math.floor(next() * 4);
  const out = [];
  for (let i = 0; i < count; i++) {
    out.push(
      pick(SENTENCES)
        .replaceAll('{A}', pick(AREAS))
        .replaceAll('{R}', pick(RATINGS))
        .replaceAll('{N}', String(1 + Math.floor(next() * 40)))
        .replaceAll('{P}', String(Math.floor(next() * 100))),
    );
  }
  return out.join(' ');
}

function fixtureTexts(root) {
  try {
    const dir = join(root, 'fixtures');
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8'));
  } catch {
    return [];
  }
}

/**
 * About `bytes` characters of report-like text: the fixtures concatenated and repeated when there are
 * at least 5 of them, else generated paragraphs. Returns the text and where it came from.
 */
export function reportText(root, bytes) {
  const fixtures = fixtureTexts(root);
  const parts = [];
  let size = 0;
  if (fixtures.length >= 5) {
    for (let i = 0; size < bytes; i++) {
      const t = fixtures[i % fixtures.length];
      parts.push(t);
      size += t.length + 2;
    }
    return { text: parts.join('\n\n').slice(0, bytes), source: `fixtures/*.txt (${fixtures.length} files, repeated)` };
  }
  const next = random(42);
  while (size < bytes) {
    const p = paragraph(next);
    parts.push(p);
    size += p.length + 2;
  }
  return { text: parts.join('\n\n').slice(0, bytes), source: 'generated report-like paragraphs' };
}
