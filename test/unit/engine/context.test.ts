/**
 * Context, end to end through analyze() with the real rule catalogue: negation and
 * reversal, word sense, quoted speech, and named vs anonymous vs vague attribution.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/index';
import type { CategoryId } from '../../../src/engine/types';

const found = (text: string, category?: CategoryId): string[] =>
  analyze(text)
    .findings.filter((f) => !category || f.category === category)
    .map((f) => f.text);

describe('negation and reversal', () => {
  it('marks missing evidence but not evidence', () => {
    expect(found('There is no evidence that the vote was rigged.', 'evidence-gap')).toEqual(['no evidence']);
    expect(found('There is evidence that the vote was rigged.', 'evidence-gap')).toEqual([]);
  });

  it('does not mark a confirmation as a gap', () => {
    expect(found('Officials confirmed the report.', 'evidence-gap')).toEqual([]);
  });
});

describe('sentence and paragraph edges', () => {
  it('never marks a phrase across a paragraph break', () => {
    expect(found('The minister is said to favour the plan.', 'hedge')).toEqual(['is said to']);
    expect(found('The minister is said\n\nto favour the plan.', 'hedge')).toEqual([]);
  });

  it('marks a phrase wrapped over a line break inside a paragraph', () => {
    expect(found('The minister is said\nto favour the plan.', 'hedge')).toEqual(['is said\nto']);
  });
});

describe('the extent of a mark', () => {
  it('runs an unnamed group on through the verb that makes it a source', () => {
    expect(found('Doctors at the hospital said the boy was stable.', 'vague-source')).toEqual(['Doctors at the hospital said']);
    expect(found('Many in the party fear a repeat of the defeat.', 'vague-source')).toEqual(['Many in the party fear']);
    expect(found('A senior official at the ministry said the talks had stalled.', 'anonymous-source')).toEqual(['A senior official at the ministry said']);
  });

  it('stops at the group\'s own words when another finding lies on the way to the verb', () => {
    expect(found('Doctors at the hospital reportedly said the boy was stable.')).toEqual(['Doctors at the', 'reportedly']);
    expect(found('Critics of the plan have long claimed it will fail.')).toEqual(['Critics of', 'claimed']);
  });

  it('keeps a loaded verb marked inside a source\'s mark, as beside a named source', () => {
    const marks = (text: string) => analyze(text).findings.map((f) => [f.category, f.text]);
    expect(marks('Critics insisted the plan would fail.')).toEqual([['vague-source', 'Critics insisted'], ['loaded-verb', 'insisted']]);
    expect(marks('Some residents claimed the water was unsafe.')).toEqual([['vague-source', 'Some residents claimed'], ['loaded-verb', 'claimed']]);
    expect(marks('Mr Smith claimed the water was unsafe.')).toEqual([['named-source', 'Mr Smith claimed'], ['loaded-verb', 'claimed']]);
    // The verb in its other sense stays unmarked inside the source's mark too.
    expect(marks('Critics claimed victory.')).toEqual([['vague-source', 'Critics claimed']]);
    // And the source's mark still runs on through its verb past the loaded one.
    expect(marks('Residents who claimed they were ignored said they would sue.')).toEqual([
      ['vague-source', 'Residents who claimed they were ignored said'],
      ['loaded-verb', 'claimed'],
    ]);
  });

  it('never runs on out of a quotation or over an aside with another speaker', () => {
    const quoted = analyze('"Doctors at the hospital," she said, "had no fuel."').findings.find((f) => f.category === 'vague-source');
    expect(quoted).toMatchObject({ text: 'Doctors at the', quoted: true });
    expect(found('Doctors at the hospital, the health minister said, were exhausted.')).toEqual(['Doctors at the', 'the health minister said']);
  });
});

describe('unnamed studies and demands', () => {
  it('lets a study opening the sentence be named right after its comma', () => {
    expect(found('In one study, children given sugar behaved no differently.', 'vague-source')).toEqual(['In one study,']);
    expect(found('In a new study, the Pew Research Center found that most adults use TikTok.', 'vague-source')).toEqual([]);
  });

  it('does not take a court trial for a study, nor pressing for time or a goal for a demand', () => {
    expect(found('In a separate trial, a former aide was convicted of fraud.')).toEqual([]);
    expect(found('Players pressed for an equaliser in the closing minutes.')).toEqual([]);
    expect(found('Reporters pressed him for details of the deal.')).toEqual([]);
    expect(found('Safety advocates have pressed the company to act.', 'vague-source')).toEqual(['advocates have pressed the company to']);
  });
});

describe('word sense', () => {
  it('"claimed" the reporting verb, not "claimed responsibility" or "the insurance claim"', () => {
    expect(found('He claimed the attack was staged.', 'loaded-verb')).toEqual(['claimed']);
    expect(found('The group claimed responsibility for the attack.', 'loaded-verb')).toEqual([]);
    expect(found('The insurance claim was rejected.')).toEqual([]);
  });

  it('"clearly" the certainty, not "clearly visible"', () => {
    expect(found('Clearly, the plan failed.', 'certainty')).toEqual(['Clearly']);
    expect(found('The crater was clearly visible from the road.', 'certainty')).toEqual([]);
  });

  it('"perceived" the adjective, not "perceived by"', () => {
    expect(found('It reinforces the perceived alliance between them.', 'hedge')).toEqual(['perceived']);
    expect(found('It was perceived by many as a threat.', 'hedge')).toEqual([]);
  });

  it('"May" the month is no speculation', () => {
    expect(found('The talks resumed in May.', 'speculation')).toEqual([]);
    expect(found('The summit may have been a turning point.', 'speculation')).toEqual(['may have been']);
  });
});

describe('quoted speech', () => {
  it('marks words inside quotation marks but counts them as quoted', () => {
    const report = analyze('“The man allegedly fled,” the officer said. The man allegedly returned.');
    const hedges = report.findings.filter((f) => f.category === 'hedge');
    expect(hedges.map((f) => [f.text, f.quoted])).toEqual([
      ['allegedly', true],
      ['allegedly', false],
    ]);
    expect(report.summary.byCategory.hedge).toBe(2);
    expect(report.summary.quotedByCategory.hedge).toBe(1);
  });

  it('keeps a quote that runs over several sentences quoted', () => {
    const report = analyze('“It is clearly over. They will undoubtedly lose,” she said.');
    expect(report.findings.filter((f) => f.category === 'certainty').map((f) => f.quoted)).toEqual([true, true]);
  });

  it('never lends the verb after a quotation to a group or person inside it', () => {
    expect(found('“There is very little a resident can do,” he said.', 'anonymous-source')).toEqual([]);
    expect(found("'You can't spend a grant on an engineer who doesn't exist,' said Mark Eyles.", 'anonymous-source')).toEqual([]);
    expect(found('“Heat is dangerous for people who live alone,” she said.', 'vague-source')).toEqual([]);
    // Not a title or a scare quote after the words, nor a quotation going on after its speaker.
    expect(found('A person who works on "Jeopardy!" said the show would go on.', 'anonymous-source')).toEqual(['A person who works on']);
    expect(found('Allies of Truss, dubbed "the Trussketeers," say she will fight on.', 'anonymous-source')).toEqual(['Allies of']);
    expect(found('"Clearly," he said, "this is unacceptable."', 'certainty')).toEqual(['Clearly']);
    expect(found("Officials at the E.U.'s executive said the plan was dead.", 'anonymous-source')).toEqual(["Officials at the E.U.'s executive said"]);
    expect(found("Officials at the U.S.' embassy said it was closed.", 'anonymous-source')).toEqual(['Officials at']);
    expect(found('"I complained to officials in Terminal B," he said.', 'anonymous-source')).toEqual([]);
    // Outside the quotation the same words still speak.
    expect(found('A resident said the water had been off for days.', 'anonymous-source')).toEqual(['A resident']);
    expect(found('People who live nearby said the noise was constant.', 'vague-source')).toEqual(['People who live nearby said']);
  });
});

describe('named, anonymous and vague sources', () => {
  const status = (text: string): string => analyze(text).sentences[0]!.sourcing;

  it('tells them apart', () => {
    expect(status('Prime Minister Habib Essid said the talks had failed.')).toBe('named');
    expect(status('A senior official said the talks had failed.')).toBe('anonymous');
    expect(status('Officials said the talks had failed.')).toBe('anonymous');
    expect(status('Critics say the talks had failed.')).toBe('vague');
  });

  it('marks the named attribution as named-source and the others in their categories', () => {
    expect(found('Prime Minister Habib Essid said the talks had failed.')).toEqual(['Prime Minister Habib Essid said']);
    expect(found('A senior official said the talks had failed.', 'anonymous-source')).toHaveLength(1);
    expect(found('Critics say the talks had failed.', 'vague-source')).toHaveLength(1);
    expect(found('Officials said the talks had failed.', 'named-source')).toEqual([]);
  });

  it('lets a named source satisfy "studies show"', () => {
    expect(found('Studies show that coffee is healthy.', 'vague-source')).toHaveLength(1);
    expect(found('Studies show that coffee is healthy, according to the World Health Organization.', 'vague-source')).toEqual([]);
  });
});
