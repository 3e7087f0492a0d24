/**
 * The catalogue as a whole, every default rule on: each sentence must be marked in the
 * expected category, on the expected words. Per-rule examples run each rule alone; this
 * checks that the rules together still give each signal to the right category when
 * several could compete for the same words (the longest match wins).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/index';
import type { CategoryId } from '../../../src/engine/types';

const CASES: Array<[sentence: string, category: CategoryId, words: string]> = [
  ['North Korean soldiers allegedly took part in the fighting.', 'hedge', 'allegedly'],
  ['The alleged gunman was detained.', 'hedge', 'alleged'],
  ['The tablets were believed to contain DNP.', 'hedge', 'believed to'],
  ['The monument reinforces the perceived alliance.', 'hedge', 'perceived'],
  ['Fighters of the so-called Islamic State claimed the attack.', 'hedge', 'so-called'],
  ['The government has not provided concrete evidence of their involvement.', 'evidence-gap', 'has not provided concrete evidence'],
  ['The footage could not be independently verified.', 'evidence-gap', 'could not be independently verified'],
  ['It was not immediately clear what caused the blast.', 'evidence-gap', 'not immediately clear'],
  ['The ministry declined to comment.', 'evidence-gap', 'declined to comment'],
  ['The company did not respond to a request for comment.', 'evidence-gap', 'did not respond'],
  ['Details of the deal were not released.', 'evidence-gap', 'not released'],
  ['There is no evidence that the vaccine causes autism.', 'evidence-gap', 'no evidence'],
  ['While some view it as a tribute, others question the cost.', 'vague-source', 'some view'],
  ['Critics argue the law would muzzle the press.', 'vague-source', 'Critics argue'],
  ['Critics of the plan say it will raise rents.', 'vague-source', 'Critics of'],
  ['Experts believe the outbreak has peaked.', 'vague-source', 'Experts believe'],
  ['The vote raised questions among international observers.', 'vague-source', 'observers'],
  ['It has been suggested that the fire was deliberate.', 'vague-source', 'It has been suggested'],
  ['Studies show that early readers do better.', 'vague-source', 'Studies show'],
  ['According to local news reports, the factory closed.', 'vague-source', 'According to local news reports'],
  ['Lavrov praised the troops, a claim that has been echoed by Russian defense officials.', 'vague-source', 'echoed by'],
  ['Sources say the deal is off.', 'anonymous-source', 'Sources'],
  ['The bank will cut jobs, people familiar with the matter said.', 'anonymous-source', 'familiar with'],
  ['The officer spoke on condition of anonymity.', 'anonymous-source', 'condition of anonymity'],
  ['A senior official said the strike was approved in May.', 'anonymous-source', 'A senior official said'],
  ['Officials said the road would reopen on Friday.', 'anonymous-source', 'Officials said'],
  ['Industry insiders expect the merger to fail.', 'anonymous-source', 'insiders'],
  ['The dress was stolen from her room, TMZ has learned.', 'anonymous-source', 'has learned'],
  ['Uber claims that its rating system is more efficient.', 'loaded-verb', 'claims that'],
  ['But he insisted progress had been made.', 'loaded-verb', 'insisted'],
  ['Obama has admitted that his failure was a frustration.', 'loaded-verb', 'admitted'],
  ['It honours the troops in what Moscow describes as a critical phase.', 'loaded-verb', 'describes as'],
  ['The strategy is clearly to get developers on board.', 'certainty', 'clearly'],
  ['It was undoubtedly the worst storm in memory.', 'certainty', 'undoubtedly'],
  ['It is well known that the drug has side effects.', 'certainty', 'well known'],
  ['Everyone knows the roads are falling apart.', 'certainty', 'Everyone knows'],
  ['The email proves he knew about the leak.', 'certainty', 'proves'],
  ['The monument is expected to be built near Kursk.', 'speculation', 'is expected to'],
  ['Its completion could serve as a powerful symbol.', 'speculation', 'could serve as'],
  ['Yahoo is likely to have a tax bill on the sale.', 'speculation', 'likely'],
  ['The virus may have spread earlier than thought.', 'speculation', 'may have'],
  ['Whether that will work remains to be seen.', 'speculation', 'remains to be seen'],
  ['Early sketches suggest a focus on sacrifice.', 'speculation', 'suggest'],
  // The unnamed reports stay unnamed even where the attribution analysis reads them as a name.
  ['Local reports suggest the worst damage is in the north.', 'vague-source', 'Local reports suggest'],
  // A name inside the claimed clause is what the reports say, not who says it.
  ['Reports in Spain claim that Garcia has already agreed terms with the club.', 'vague-source', 'Reports in Spain claim'],
  // An unnamed person described by a who-clause is marked from the article, as "A senior official said" is.
  ['A lineman who was at the scene said a transformer had failed.', 'anonymous-source', 'A lineman who was at the scene said'],
  ['One manager, who was told of the plans on Tuesday, said morale was low.', 'anonymous-source', 'One manager, who was told of the plans on Tuesday, said'],
];

describe('signals with the whole catalogue on', () => {
  it.each(CASES)('%s -> %s', (sentence, category, words) => {
    const hits = analyze(sentence).findings.filter((f) => f.category === category);
    expect(hits.map((f) => f.text).join(' | '), `${category} in "${sentence}"`).toContain(words);
  });
});

describe('a group word that ends an organisation’s name', () => {
  it('is the named organisation, not an unnamed group', () => {
    const findings = analyze('The Association of British Insurers said claims would rise.').findings;
    expect(findings.map((f) => f.rule)).toEqual(['named-source-said']);
  });

  it('still marks the bare group', () => {
    const findings = analyze('British farmers say the deal will ruin them.').findings;
    expect(findings.filter((f) => f.category === 'vague-source').map((f) => f.text)).toEqual(['farmers say']);
  });
});

describe('a named source after the claim', () => {
  it('still vouches for unnamed studies when it closes the sentence', () => {
    const findings = analyze('Studies show that early readers do better, Dr Jane Smith said.').findings;
    expect(findings.filter((f) => f.category === 'vague-source')).toEqual([]);
  });
});

describe('a supported claim', () => {
  it('leaves the loaded verb inside it marked', () => {
    const findings = analyze('Reports in Spain claim that the coach has resigned, according to the newspaper Marca.').findings;
    expect(findings.filter((f) => f.category === 'loaded-verb').map((f) => f.text)).toEqual(['claim that']);
    expect(findings.filter((f) => f.category === 'vague-source')).toEqual([]);
  });

  it('covers the group words of its own category', () => {
    const findings = analyze('Most voters think the economy is the main issue, according to a YouGov survey.').findings;
    expect(findings.filter((f) => f.category === 'vague-source')).toEqual([]);
  });
});
