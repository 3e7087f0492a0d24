import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/index';

const SEED =
  'The initiative aligns with statements made by Russian Foreign Minister Sergey Lavrov in July. ' +
  'Lavrov highlighted the two nations’ shared commitment. ' +
  'According to the Interior Ministry, three people were arrested. ' +
  'The ministry later released their names.';

describe('sources', () => {
  it('lists the group a vague mark names, from its own words, not the verb or medium after them', () => {
    const sources = (text: string): string[] => analyze(text).sources.map((s) => `${s.kind}:${s.name}`);
    expect(sources('Doctors treating the patients said many had burns.')).toContain('vague:doctors');
    expect(sources('Supporters on social media questioned the decision.')).toEqual(['vague:supporters']);
    expect(sources('Players said they were shocked.')).toEqual(['vague:players']);
  });

  it('extracts a named person with the title and merges later mentions', () => {
    const report = analyze(SEED);
    const lavrov = report.sources.find((s) => s.name === 'Sergey Lavrov');
    expect(lavrov).toMatchObject({ kind: 'person', mentions: 2, title: 'Russian Foreign Minister', sentences: [0, 1] });
    expect(report.sources.filter((s) => /Lavrov/.test(s.name))).toHaveLength(1);
  });

  it('extracts organisations and resolves "the ministry" to them', () => {
    const report = analyze(SEED);
    expect(report.sources.find((s) => s.kind === 'organization')).toMatchObject({ name: 'Interior Ministry', mentions: 1 });
    expect(report.sentences[2]!.sources).toEqual(['Interior Ministry']);
  });

  it('merges "Mr Obama", "President Obama" and "the president" into "Barack Obama"', () => {
    const report = analyze(
      'President Barack Obama said the laws had failed. Mr Obama said it again. The president said he was frustrated. He said nothing else.',
    );
    const obama = report.sources.filter((s) => s.kind === 'person');
    expect(obama).toHaveLength(1);
    expect(obama[0]).toMatchObject({ name: 'Barack Obama', title: 'President', mentions: 4, sentences: [0, 1, 2, 3] });
  });

  it('lists anonymous and vague sources with their mentions', () => {
    const report = analyze('Officials said the plan failed. Critics say it never worked. Officials said more.');
    expect(report.sources.map((s) => [s.name, s.kind, s.mentions])).toEqual([
      ['officials', 'anonymous', 2],
      ['critics', 'vague', 1],
    ]);
  });

  it('takes a country or capital that speaks for its government as an organisation', () => {
    const report = analyze(
      'Moscow denied the accusations. The U.S. said it would respond. Saudi Arabia said output would rise. Coach Denzel Washington said the team was ready.',
    );
    expect(report.sources.map((s) => [s.name, s.kind])).toEqual([
      ['Moscow', 'organization'],
      ['U.S.', 'organization'],
      ['Saudi Arabia', 'organization'],
      ['Denzel Washington', 'person'],
    ]);
    expect(report.findings.filter((f) => f.category === 'named-source').map((f) => f.text)).toEqual([
      'Moscow denied',
      'The U.S. said',
      'Saudi Arabia said',
      'Coach Denzel Washington said',
    ]);
  });

  it('does not take a sentence-initial common word for a name: "Pals say", "Local reports said"', () => {
    const report = analyze('Pals say the star is heartbroken. Local reports said dozens of homes were damaged.');
    expect(report.findings.filter((f) => f.category === 'named-source')).toEqual([]);
    expect(report.sources.map((s) => [s.name, s.kind])).toEqual([
      ['pals', 'anonymous'],
      ['local reports', 'vague'],
    ]);
  });

  it('knows platforms and companies by name, and that "All" and "I’d" are not people', () => {
    const report = analyze('Uber said it would appeal. Twitter said the account was suspended. All agreed that it was late, the mayor said. “I’d say so,” he said.');
    expect(report.sources.filter((s) => s.kind === 'person').map((s) => s.name)).toEqual(['the mayor']);
    expect(report.sources.filter((s) => s.kind === 'organization').map((s) => s.name)).toEqual(['Uber', 'Twitter']);
  });

  it('keeps the dots of "U.S." in an unnamed group: "U.S. officials said"', () => {
    const report = analyze('Two U.S. officials said the strike was carried out by a drone.');
    expect(report.sources.map((s) => [s.name, s.kind])).toEqual([['u.s. officials', 'anonymous']]);
    expect(report.findings.map((f) => [f.category, f.text])).toEqual([['anonymous-source', 'Two U.S. officials said']]);
  });

  it('reads inverted attributions and appositives', () => {
    const report = analyze(
      '“We will not give up,” said chief inspector Jennifer Mattinson. Hicks, a Navy veteran herself, said she was proud.',
    );
    expect(report.sources.map((s) => [s.name, s.title])).toEqual([
      ['Jennifer Mattinson', 'chief inspector'],
      ['Hicks', undefined],
    ]);
  });
});

describe('sentence sourcing', () => {
  it('gives every sentence one status', () => {
    const text = [
      'Prime Minister Habib Essid said the attack was planned.',
      'A source familiar with the matter said the attack was planned.',
      'Some say the attack was planned.',
      'The gunman allegedly planned the attack.',
      'There is no evidence that the attack was planned.',
      'The attack was planned, a report shows.',
      'The attack was planned.',
    ].join(' ');
    const links = [{ start: text.indexOf('a report shows'), end: text.indexOf('a report shows') + 8, href: 'https://example.org/report.pdf' }];
    const report = analyze(text, { links });
    expect(report.sentences.map((s) => s.sourcing)).toEqual(['named', 'anonymous', 'vague', 'hedged', 'gap', 'linked', 'unattributed']);
    expect(report.summary.bySourcing).toEqual({ named: 1, anonymous: 1, vague: 1, hedged: 1, gap: 1, linked: 1, unattributed: 1 });
  });

  it('attributes every sentence of a quotation to its speaker', () => {
    const report = analyze('“It was awful. We were all scared,” Lavrov said. The weather was fine.');
    expect(report.sentences.map((s) => [s.sourcing, s.sources])).toEqual([
      ['named', ['Lavrov']],
      ['named', ['Lavrov']],
      ['unattributed', []],
    ]);
  });

  it('counts a headline apart and follows HTML blocks', () => {
    const plain = analyze('Obama admits gun laws failed\n\nPresident Barack Obama has admitted it.');
    expect(plain.sentences.map((s) => s.block)).toEqual(['headline', 'body']);
    const text = 'A caption here. Body text.';
    const html = analyze(text, { blocks: [{ start: 0, end: 15, kind: 'caption' }, { start: 16, end: 26, kind: 'body' }] });
    expect(html.sentences.map((s) => s.block)).toEqual(['caption', 'body']);
  });
});

describe('sources: mentions of the same name merged across kinds and titles', () => {
  it('takes an untitled one-word name and the organisation of that name for one source', () => {
    for (const text of [
      'A study published in The Lancet found that it works. The Lancet said more.',
      'The Lancet said it works. A study published in The Lancet found more.',
    ]) {
      const report = analyze(text);
      expect(report.sources.map((s) => [s.kind, s.name, s.mentions]), text).toEqual([['organization', 'Lancet', 2]]);
    }
    // A person of that surname stays a person of her own.
    const report = analyze('The Lancet said it works. A study published in The Lancet found more. Jane Lancet said it failed.');
    expect(report.sources.map((s) => [s.kind, s.name])).toEqual([['organization', 'Lancet'], ['person', 'Jane Lancet']]);
  });

  it('keeps a person with her affiliation one source across mentions', () => {
    const report = analyze('Jane Smith of Harvard said the plan failed. Smith said it again. She said nothing else.');
    expect(report.sources).toEqual([{ name: 'Jane Smith', kind: 'person', title: 'Harvard', mentions: 3, sentences: [0, 1, 2] }]);
  });

  it('resolves "the institute" to an institution named with lower-case words', () => {
    const report = analyze('The Institute for Fiscal Studies said taxes would rise. The institute said more.');
    expect(report.sources.map((s) => [s.kind, s.name, s.mentions])).toEqual([['organization', 'Institute for Fiscal Studies', 2]]);
  });
});

describe('sources: the authors of a work named before', () => {
  it('credits "the authors wrote" to the study, journal or body named before it', () => {
    const report = analyze('A study published in the journal Nature in March found that the haze had thinned. The effect was small, the authors wrote.');
    expect(report.findings.filter((f) => f.category === 'named-source').map((f) => f.text)).toContain('the authors wrote');
    expect(report.sources).toEqual([expect.objectContaining({ name: 'Nature', kind: 'organization', mentions: 2, sentences: [0, 1] })]);
    const its = analyze('A report by the Resolution Foundation found wages fell. Its authors said more work was needed.');
    expect(its.sources).toEqual([expect.objectContaining({ name: 'Resolution Foundation', mentions: 2 })]);
  });

  it('names no source when no work was named before the authors', () => {
    const report = analyze('The effect was small, the authors wrote.');
    expect(report.findings.filter((f) => f.category === 'named-source')).toEqual([]);
    expect(report.sources).toEqual([]);
  });

  it('refers the authors back to a work or its author, never to a body merely named', () => {
    const body = analyze('The Bank of England said rates would rise. The authors said the risk was small.');
    expect(body.findings.filter((f) => f.category === 'named-source').map((f) => f.text)).toEqual(['The Bank of England said']);
    expect(body.sentences.map((s) => s.sourcing)).toEqual(['named', 'unattributed']);
    // A body named after the work does not take its place.
    const after = analyze('A study by Jane Smith found the drug worked. The Bank of England said rates would rise. The authors said the risk was small.');
    expect(after.sources.map((s) => [s.name, s.mentions])).toEqual([['Jane Smith', 2], ['Bank of England', 1]]);
    // Researchers publish under their body's name; "according to a study by" cites the study's author.
    expect(analyze('Researchers at Stanford University found the drug worked. The authors said more.').sources.map((s) => [s.name, s.mentions])).toEqual([['Stanford University', 2]]);
    expect(analyze('According to a study by the Grattan Institute, prices rose. The authors said more.').sources.map((s) => [s.name, s.mentions])).toEqual([['Grattan Institute', 2]]);
  });
});

describe('sources: a body named by one word', () => {
  const kinds = (text: string): Array<[string, string]> => analyze(text).sources.map((s) => [s.kind, s.name]);

  it('reads one name word after "the" as a body: a person’s name takes no article', () => {
    expect(kinds('The Met said the man was arrested.')).toEqual([['organization', 'Met']]);
    expect(kinds('Rates will rise, the Fed said. Fed officials said more.')[0]).toEqual(['organization', 'Fed']);
  });

  it('reads a word that names a body elsewhere in the article, before a role only a body has, as that body', () => {
    expect(kinds('Ofwat said it would act. Ofwat’s chief executive said bills would rise.')[0]).toEqual(['organization', 'Ofwat']);
    expect(kinds('Ofwat chief executive David Black said bills would rise. Ofwat said it would act.')).toEqual([
      ['person', 'David Black'],
      ['organization', 'Ofwat'],
    ]);
    expect(kinds('Arsenal said the player was injured. The Arsenal board said it would appeal.')[0]).toEqual(['organization', 'Arsenal']);
  });

  it('reads a name with an appositive headed by a body’s noun as that body', () => {
    expect(kinds('Unicef, the UN children’s agency, said the number had doubled.')).toEqual([['organization', 'Unicef']]);
    expect(kinds('Ofwat, the water regulator, said bills would rise.')).toEqual([['organization', 'Ofwat']]);
    // A person described by her place in a body, or by her post, stays a person.
    for (const s of ['Smith, the head of the agency, said it would act.', 'Jones, who runs the agency, said it would act.', 'Smith, a former police officer, said it would act.']) {
      expect(kinds(s)[0]![0], s).toBe('person');
    }
  });

  it('keeps a single name a person without such a sign, or when people have that role too', () => {
    expect(kinds('Obama said the plan failed.')).toEqual([['person', 'Obama']]);
    expect(kinds('Adele said she was tired. Adele’s spokesperson said she would rest.')[0]).toEqual(['person', 'Adele']);
  });
});

describe('sources: a body’s acronym after "the"', () => {
  it('lists the acronym as written, even one whose letters spell a common word', () => {
    const r = analyze('The BBC said it. The BBC reported more. According to the BBC, it rose.');
    expect(r.sources.map((s) => [s.kind, s.name, s.mentions])).toEqual([['organization', 'BBC', 3]]);
    expect(analyze('The WHO recommends that people wash their hands.').sources.map((s) => [s.kind, s.name])).toEqual([['organization', 'WHO']]);
    // The relative pronoun stays one.
    expect(analyze('A strategist who has advised the campaign said it.').sources.map((s) => s.kind)).not.toContain('organization');
  });
});

describe('sources: a clause or a participle after the name', () => {
  const kinds = (text: string): Array<[string, string]> => analyze(text).sources.map((s) => [s.kind, s.name]);

  it('reads a name before a clause opened by a pronoun of things as a body, past the digit groups of a number', () => {
    expect(kinds('FoodNet, which runs some 1,400 food banks, said it handed out 3.1 million parcels.')).toEqual([['organization', 'FoodNet']]);
    // A person's clause opens with "who" and keeps the person.
    expect(kinds('Smith, who runs some 1,400 food banks, said demand had doubled.')).toEqual([['person', 'Smith']]);
  });

  it('ends a named work at the participle that says when it appeared', () => {
    const r = analyze('Support rose to 46 per cent, according to a YouGov poll published last week.');
    expect(r.findings.filter((f) => f.category === 'named-source').map((f) => f.text)).toEqual(['according to a YouGov poll']);
    expect(r.sources.map((s) => [s.kind, s.name])).toEqual([['document', 'YouGov poll']]);
  });
});

describe('sources: bodies and documents in the forms wire copy gives them', () => {
  const named = (text: string): string[] => analyze(text).findings.filter((f) => f.category === 'named-source').map((f) => f.text);
  const kinds = (text: string): Array<[string, string]> => analyze(text).sources.map((s) => [s.kind, s.name]);

  it('reads past a name’s acronym in brackets to its verb', () => {
    expect(named('The Directorate General of Civil Aviation (DGCA) said it had ordered an inquiry.')).toEqual(['The Directorate General of Civil Aviation (DGCA) said']);
    expect(kinds('The Directorate General of Civil Aviation (DGCA) said it had ordered an inquiry.')).toEqual([['organization', 'Directorate General of Civil Aviation']]);
  });

  it('cites a document set off by a participle of its signing', () => {
    expect(kinds('The final communiqué, signed by all eight heads of state, says the waiver will apply.')).toEqual([['document', 'the final communiqué']]);
  });

  it('takes a body’s blame as its statement of a cause, not the passive', () => {
    expect(named('The company blamed the delay on a supplier.')).toEqual(['The company blamed']);
    expect(named('The crash was blamed on ice.')).toEqual([]);
  });
});

describe('sources: names joined to a lower-case particle', () => {
  it('reads "al-Marri" and "el-Sisi" as names, with their titles', () => {
    const r = analyze('Qatari foreign ministry spokesman Khalid al-Marri said mediators were optimistic. President Abdel Fattah el-Sisi said talks would resume.');
    expect(r.sources.map((s) => [s.kind, s.name, s.title])).toEqual([
      ['person', 'Khalid al-Marri', 'Qatari foreign ministry spokesman'],
      ['person', 'Abdel Fattah el-Sisi', 'President'],
    ]);
  });

  it('leaves a prefix that is no particle lower case', () => {
    expect(analyze('Pro-Kremlin media said the talks had failed.').sources.map((s) => s.kind)).toEqual(['vague']);
  });
});

describe('sources: documents that allege and reports based on something', () => {
  const named = (text: string): string[] => analyze(text).findings.filter((f) => f.category === 'named-source').map((f) => f.text);

  it('reads "alleges" as a document’s or a body’s statement', () => {
    expect(named('The indictment alleges that fewer than five agreements were real.')).toEqual(['The indictment alleges']);
    // The adjective stays a hedge.
    expect(analyze('The alleged victim said she was afraid.').findings.map((f) => f.rule)).toEqual(['hedge-alleged']);
  });

  it('cites a report past a clause that says what it is based on', () => {
    expect(named('The report, based on a survey of 3,200 households, found that families skip meals.')).toEqual(['The report, based on a survey of 3,200 households, found']);
  });
});
