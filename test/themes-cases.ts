import type { ThemeId } from '../src/index.js';

/** Per theme: sentences that must produce it, and sentences that must not. */
export interface ThemeCases {
  readonly found: readonly string[];
  readonly notFound: readonly string[];
}

/** Written for these tests: varied wordings, spellings, hyphenation and acronyms; false friends in `notFound`. */
export const THEME_CASES: Record<ThemeId, ThemeCases> = {
  'trauma-informed': {
    found: [
      'All case managers have completed trauma-informed practice training.',
      'The team uses a trauma informed approach with every child.',
      'Staff apply the Trauma Recovery Model when planning interventions.',
      'The team has become attachment-aware, and it uses the SECURE STAIRS framework.',
      'Enhanced case management is offered to children with the most complex histories.',
      'The service is trauma aware and trauma-responsive in how it writes court reports.',
      'Assessments are informed by an understanding of trauma and adverse childhood experiences.',
    ],
    notFound: [
      'The child was taken to the major trauma centre after the collision.',
      'Case formulation meetings are held monthly.',
      'Inspectors reviewed 40 cases in the spring.',
    ],
  },
  'co-location': {
    found: [
      'A CAMHS nurse is co-located with the youth justice team.',
      'The speech therapist is colocated in the YOT office two days a week.',
      'Health workers are co located in the same building as case managers.',
      'The service benefits from collocated professionals, including an educational psychologist.',
      'A police officer is seconded to the YOS.',
      'The reduction in probation secondees has affected the service.',
      'An education worker is embedded in the team.',
      'The substance misuse worker is based within the Youth Justice Service.',
      'The partnership has an in-house psychologist.',
      'A health worker is attached to the YOT.',
    ],
    notFound: [
      'Quality Lead status recognises embedded and sustained practice across the partnership.',
      'The service was rated second-highest in the region.',
      'The psychologist works with the service when asked.',
      'The office is based in the town centre.',
      'The service is based in the Civic Centre, next to the library.',
    ],
  },
  ete: {
    found: [
      'Most children were in education, training or employment when their order ended.',
      'The ETE worker helps children back into school.',
      'Only a third of the cohort were in EET at the end of their sentence.',
      'NEET rates among 16 and 17 year olds remain high.',
      'The team works to prevent permanent exclusion and keeps children in mainstream schools.',
      'Several children had been excluded from school before they were referred.',
      'Links with local colleges and training providers have improved.',
      'Two young people started apprenticeships with local employers.',
      'The virtual school head attends the inclusion panel.',
      'Children on reduced timetables are reviewed every month.',
      'Children were helped to sit their GCSEs while on remand.',
    ],
    notFound: [
      'The College of Policing published new guidance on stop and search.',
      'The team do an amazing job every day.',
      'Some children have been sentenced to detention and training orders.',
      'Social exclusion is common among families in the area.',
      'The school holidays are a busy time for the service.',
    ],
  },
  resettlement: {
    found: [
      'Resettlement planning starts on the first day of a custodial sentence.',
      'Re-settlement support continued after the child came home.',
      'Two children were remanded to youth detention accommodation.',
      'Children released from young offenders institutions need a home to go to.',
      'The number of children sentenced to custody is very low.',
      'Case managers visit the secure estate every month.',
      'Accommodation was arranged before release.',
      'The child was supported during the licence period.',
    ],
    notFound: [
      'Staff in the police custody suite received training on child development.',
      'Liaison and diversion workers are based in police custody.',
      'The council issued a press release about the award.',
      'HM Inspectorate of Prisons joined the inspection.',
      'The Prisons and Probation Ombudsman published a report.',
    ],
  },
  disproportionality: {
    found: [
      'Black children are over-represented in the youth justice cohort.',
      'The service has reduced disproportionality in out-of-court decisions.',
      'Mixed heritage boys were more likely to be remanded.',
      'Leaders have adopted an anti-racist practice framework.',
      'Overrepresentation of children in care remains a concern.',
      'Children said they had been discriminated against because of their race.',
      'BAME children made up 30% of the caseload.',
    ],
    notFound: [
      'The service has a diverse workforce.',
      'The equality act applies to all public bodies.',
      'Children from all backgrounds were seen by the team.',
    ],
  },
  send: {
    found: [
      'Children with SEND are identified at the start of an order.',
      'Three children were waiting for an EHCP.',
      'The school SENCO attends planning meetings.',
      'The service screens every child for special educational needs.',
      'Staff have completed training on neurodiversity, ADHD and autism.',
      'An education, health and care plan was in place for half of the children.',
      'A learning disability nurse reviews new referrals.',
      'The SEND Team and the youth justice team meet every week.',
    ],
    notFound: [
      'We will send the report to the board next week.',
      'Please send your comments to the youth justice office.',
      'The team sent letters to all families.',
    ],
  },
  'speech-language': {
    found: [
      'A speech and language therapist assesses every child who enters the service.',
      'The SaLT sees children within two weeks of referral.',
      'Many children have speech, language and communication needs (SLCN).',
      'Communication passports go with children to court.',
      'Speech & language therapy is available to all children on the caseload.',
      'The SALT provision has helped children understand their court orders.',
    ],
    notFound: [
      'The salt marsh near the estuary is a nature reserve.',
      'The communications team published a press release.',
      'The SLT (senior leadership team) of the school met the service.',
    ],
  },
  'mental-health': {
    found: [
      'Children can see a CAMHS worker at the youth justice office.',
      'A CAHMS practitioner joined the health panel.',
      'Forensic CAMHS offer consultation to case managers.',
      'The service has a clinical psychologist and a mental health nurse.',
      'Emotional wellbeing support is offered to every child.',
      'A therapist from a local charity sees children weekly.',
      'Children were referred for counselling after assessment.',
    ],
    notFound: [
      'A speech and language therapist sees children weekly.',
      'The educational psychologist assessed the child for dyslexia.',
      'The health and safety policy was updated.',
    ],
  },
  'prevention-diversion': {
    found: [
      'The early help team works with children before they offend.',
      'Most children were diverted away from the criminal justice system.',
      'The number of first-time entrants has fallen.',
      'First time entrants are lower than in similar areas.',
      'The out-of-court disposal panel meets weekly.',
      'Children who receive a community resolution are offered support.',
      'The Turnaround programme works with children on the edge of the justice system.',
      'Preventative work is led by the youth service.',
      'Children are referred to the Youth Justice Bureau instead of being charged.',
      'Opportunities to intervene early were often missed.',
    ],
    notFound: [
      'The team has a good turnaround time for reports.',
      'The Citizens Advice Bureau helped the family with debts.',
      'The court sentenced the child to a referral order.',
      'Staff were 2.5 FTE below establishment, a full-time equivalent gap.',
    ],
  },
  'multi-agency': {
    found: [
      'The partnership has strong multi-agency arrangements.',
      'Multiagency meetings take place weekly.',
      'Inter-agency information sharing is timely.',
      'The YOS has a data sharing agreement with the police.',
      'Joint working between health and the YJS is effective.',
      'Children at risk are discussed at MASH.',
      'A team around the child meeting was held within five days.',
      'The service works closely with other agencies to support children.',
      'Relationships between the SEND team and the YJS are strong.',
      'Poor intelligence-sharing hampered the response.',
    ],
    notFound: [
      'The award was presented at a ceremony in London.',
      'The child lives with his grandmother.',
      'Inspectors rated the service as good.',
      'Staff build good working relationships with children.',
      'Children and staff worked together to paint the mural.',
    ],
  },
  participation: {
    found: [
      'Children co-produced the new assessment leaflet.',
      'The service has a participation strategy for children and carers.',
      'The voice of the child is clear in every plan.',
      "Children's views shaped the redesign of the reception area.",
      'Young people with lived experience sit on the interview panel.',
      'The team sought feedback from children and used it to change the service.',
      'Children were involved in decision-making about their own plans.',
      'Coproduction with families is central to the service.',
    ],
    notFound: [
      'Participation in education has increased.',
      'Children involved in offending are referred to the panel.',
      'The board made a decision about the budget.',
      'Decision-making about sentencing was timely.',
      'Partners gave their views on the draft plan.',
    ],
  },
  family: {
    found: [
      'The service takes a whole-family approach.',
      'A family-centred plan was agreed with the child and their parents.',
      'Parenting support is offered to every family.',
      'Family therapists work alongside case managers.',
      'The team is working with families to improve school attendance.',
      'Family group conferencing is used before court.',
    ],
    notFound: [
      'Children and families directorate staff attended the meeting.',
      'The family court made an order.',
      'We asked children and their parents or carers for their thoughts on the service.',
    ],
  },
  exploitation: {
    found: [
      'Child criminal exploitation is a growing concern in the town.',
      'The MACE panel reviews children at risk of CCE and CSE.',
      'Children were moved across the county by county lines gangs.',
      'The service uses a contextual safeguarding approach.',
      'Serious youth violence has fallen since the strategy began.',
      'A knife crime programme is run in schools.',
      'The child was referred to the National Referral Mechanism.',
      'Several children had been groomed and trafficked.',
    ],
    notFound: [
      'The service took the opportunity to exploit its new building.',
      'The child has harmful sexual behaviour.',
      'The plan was signed off by the local safeguarding children partnership.',
      'The report was published in March.',
    ],
  },
  restorative: {
    found: [
      'Restorative justice is offered to every victim.',
      'Children completed reparation in the community.',
      'Victims were well served by the YOS.',
      'The victim worker contacts victims within ten days.',
      'Restorative approaches are used in local schools.',
      'The RJ practitioner facilitated a conference.',
    ],
    notFound: [
      'Children who are victims of exploitation need protection.',
      'Child victims come from a wide range of backgrounds.',
      'The restoration of the old building is complete.',
      'The victim was taken to hospital after being stabbed.',
    ],
  },
  transitions: {
    found: [
      'Transitions to adult services are planned well in advance.',
      'An 18-25 service supports young adults after their order ends.',
      'The move from the YOT to adult probation was smooth.',
      'The service supports children beyond the cliff-edge at 18.',
      'A transitions panel meets monthly.',
      'The child was transferred to probation before his eighteenth birthday.',
    ],
    notFound: [
      'The organisational transition to the new structure took a year.',
      'The inspection was led by HM Inspectorate of Probation.',
      'Children moved from custody to the community.',
      'Children and young adults attended the festival.',
    ],
  },
  'identity-strengths': {
    found: [
      'The service takes a strengths-based approach.',
      'Plans build on each child’s strengths and interests.',
      'Work supports a pro-social identity.',
      'Desistance is at the heart of the service.',
      'Children take part in positive activities such as boxing and football.',
      'Sessions build self-esteem and resilience.',
      'Staff help children to move away from offending.',
    ],
    notFound: [
      'Inspectors found some clear strengths in the service.',
      'A key strength of the partnership is its board.',
      'The child asked about gender identity services.',
      'Staff resilience was tested during the pandemic.',
    ],
  },
  workforce: {
    found: [
      'All staff received training in trauma-informed practice.',
      'The service invests in professional development.',
      'Upskilling the frontline teams has been a priority.',
      'Staff vacancies were a principal problem.',
      'Caseloads are manageable and supervision is regular.',
      'The service has recruited two new case managers.',
      'High staff turnover has affected the quality of work.',
    ],
    notFound: [
      'Children under their supervision are likely to thrive.',
      'He was sentenced to a detention and training order.',
      'Most children were in education or training.',
      'Gangs recruited children from local estates.',
    ],
  },
  leadership: {
    found: [
      'Leaders have a clear vision for the service.',
      'The management board holds partners to account.',
      'Strong leadership has driven improvement.',
      'Governance arrangements are clear and effective.',
      'Reducing reoffending is a strategic priority for the partnership.',
      'Board members visit the service every quarter.',
    ],
    notFound: [
      'The Youth Justice Board published its annual report.',
      'Marius Frank, Project Leader at the charity, spoke at the event.',
      'The team leader called the family.',
    ],
  },
  'substance-misuse': {
    found: [
      'The substance misuse worker sees children weekly.',
      'Children with drug and alcohol problems get specialist support.',
      'Cannabis use was common among children on the caseload.',
      'Alcohol misuse was addressed in the plan.',
    ],
    notFound: [
      'Children were exploited to sell drugs along county lines.',
      'The child was diagnosed with foetal alcohol spectrum disorder.',
      'Inspectors met the substance of the recommendations.',
    ],
  },
};
