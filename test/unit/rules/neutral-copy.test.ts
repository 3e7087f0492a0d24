/**
 * Precision guard for the whole catalogue at once: plain, well-sourced news sentences,
 * many of them word-sense traps ("claimed the title", "May" the month, "clearly visible",
 * "admitted to hospital"), must give no warning with every default rule switched on.
 * Each rule's own examples test it alone; this catches what rules do together.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/index';

const NEUTRAL = [
  'The company reported a profit of $2 billion in May.',
  'Police said the man was arrested at 3 a.m. on Tuesday.',
  'He claimed the title for the third time in Paris.',
  'The storm claimed at least 12 lives.',
  'She filed an insurance claim after the flood.',
  'The peak is clearly visible from the valley.',
  'You may submit your application online until May 31.',
  'Visitors may not bring food into the museum.',
  'The so-called Excalibur portfolio will stay with Yahoo.',
  'Sources of funding include grants and donations.',
  'The bridge was closed for repairs and will reopen in June.',
  'There is evidence that the vaccine works, the study found.',
  'He was admitted to hospital with minor injuries.',
  'The team conceded two goals in the first half.',
  'The senator did not return to Washington until Monday.',
  'She insisted on paying for the tickets.',
  'The museum boasts a collection of 5,000 paintings.',
  'Researchers at the University of Oslo published the results in March.',
  'The experts said the bridge was safe.',
  'Many people attended the funeral on Saturday.',
  'Some of the money was returned to donors.',
  'Others were injured in the second blast.',
  'The officers appeared in court on Monday.',
  'The council approved the plan by seven votes to two.',
  'He has learned to live with the disease.',
  'The drug proved effective in two large trials.',
  'The project proved popular with residents.',
  'Election observers from the European Union will arrive on Monday.',
  'A source of tension between the two countries is water.',
  'The fire started in the kitchen, according to the fire department.',
  'One man was arrested at the scene.',
  'The council will decide in May whether to proceed.',
  'He was convicted of insider trading in 2004.',
  'The results are clearly marked on the map.',
  'The ship made a sudden change of course.',
  'He did not say a word during the hearing.',
  'The company said it may have to cut jobs.',
  'Shares may rise or fall in the coming weeks.',
  'The boat was bound to the jetty with rope.',
  'Critics of the film praised its score.',
  'The residents were evacuated before the flood.',
  'Investors sold shares after the announcement.',
  'The studies were published in Nature and Science.',
  'The theory was first proposed in 1905.',
  'She gave the impression of calm.',
  'Prices appear on the label.',
  'We could not have been more pleased with the result.',
  'The prince is heir apparent to the throne.',
  'Journalists must be able to protect their sources.',
  'The candidate conceded defeat shortly after midnight.',
  'The flood claimed the lives of four people.',
  'The poem was set to music in 1910.',
  'Most of the ballots were counted by Friday.',
  'He quoted the minister’s statement in full.',
  'Officials confirmed that the road would reopen on Friday.',
  'The plan was described in detail in the ministry’s report.',
  'The album was not released in Europe.',
  'The tumour did not respond to treatment.',
  'The minister was available for comment and explained the decision.',
  'The birds flew in circles above the lake.',
  // A known effect, not a forecast: a label's side effect, a reminder of a known risk.
  'This medicine may cause drowsiness.',
  'Residents are reminded that blocked drains could lead to flooding.',
  // Other senses of the "could" and "may" forecasts: a glimpse caught, a tenant's right to stay.
  'From the pier, visitors could catch a glimpse of the comet.',
  'Tenants may remain in the flat until the end of March.',
  'Some protesters pushed him to the ground.',
  'Many passengers were not sure where to go.',
  'A teacher at the school won an award.',
];

describe('neutral, sourced news copy', () => {
  it.each(NEUTRAL)('gives no warning: %s', (sentence) => {
    const warnings = analyze(sentence).findings.filter((f) => f.category !== 'named-source');
    expect(warnings.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
  });
});
