/**
 * Named-source extraction on the shapes a blind batch got wrong: each case is a family
 * (every nationality, every "X of Y say"), tested with sentences that must yield a named
 * source and sentences that must not.
 */
import { describe, expect, it } from 'vitest';
import { analyze, english, type LanguagePack } from '../../../src/engine/index';
import { analyzeWith } from '../../../src/engine/analyze';
import type { AttributionGrammar } from '../../../src/engine/lang/types';

/** The named-source findings' texts and the named sources of one sentence. */
function named(text: string): { marks: string[]; sources: string[] } {
  const r = analyze(text);
  return {
    marks: r.findings.filter((f) => f.category === 'named-source').map((f) => f.text),
    sources: r.sources.filter((s) => s.kind !== 'anonymous' && s.kind !== 'vague').map((s) => s.name),
  };
}

const none = { marks: [], sources: [] };

describe('named sources: nationality adjectives and indefinite articles', () => {
  it('never names "a Western diplomat", "a U.S. official" after an inverted verb or an introducer', () => {
    for (const s of [
      'The talks collapsed, said a Western diplomat.',
      'The talks collapsed, said a senior U.S. official.',
      '“It is over,” said an Iranian negotiator close to the talks.',
      'The plan failed, according to a European diplomat.',
      'The deal is dead, said one Chinese official.',
      'The talks collapsed, said Western diplomats.',
      'The deal is off, said Kremlin officials.',
    ]) expect(named(s), s).toEqual(none);
  });

  it('never takes a nationality plus a common noun for a name: "Russian state media"', () => {
    for (const s of [
      'Russian state media reported the strike.',
      'Chinese state television said the plan failed.',
      'Western officials said the plan failed.',
      'Israelis say the plan failed.',
      'Many Americans believe in ghosts.',
    ]) {
      expect(named(s), s).toEqual(none);
    }
  });

  it('still names sources with a nationality, a title or a definite organisation', () => {
    expect(named('The talks collapsed, said Russian Foreign Minister Sergey Lavrov.').sources).toEqual(['Sergey Lavrov']);
    expect(named('The plan failed, according to the Russian foreign ministry.').sources).toEqual(['Russian foreign ministry']);
    expect(named('The Russian President said the talks were over.').marks).toEqual(['The Russian President said']);
    expect(named('The talks collapsed, said BBC correspondent Jon Sopel.').sources).toEqual(['Jon Sopel']);
    expect(named('The deal is off, said Interior Ministry spokesman Ivan Petrov.').sources).toEqual(['Ivan Petrov']);
    expect(named('The talks collapsed, said the BBC’s correspondent Jon Sopel.').sources).toEqual(['Jon Sopel']);
  });
});

describe('named sources: the speakers of "X of Y say" are the unnamed group', () => {
  it('does not credit the person or body the group belongs to', () => {
    for (const s of [
      'Allies of the former president say he has no plans to step aside.',
      'Friends of Lavrov said he was tired.',
      'People close to Lavrov said the plan failed.',
      'Aides to the president said he was tired.',
      'Officials of the Interior Ministry said the plan failed.',
      'Sources loyal to the Kremlin said the talks were over.',
      'A source at the ministry said the plan failed.',
      'Officials in Washington said the plan failed.',
      'Those around the president say he is tired.',
      'Those close to Lavrov say he is tired.',
      'Those close to the couple say she was a perfectionist.',
      'Lawyers for Mr Smith said he was innocent.',
      'Representatives of the company said it was safe.',
      'The family of the victim said they were angry.',
    ]) expect(named(s), s).toEqual(none);
    expect(analyze('Aides to the president said he was tired.').sentences[0]!.sourcing).toBe('anonymous');
  });

  it('credits the body a spokesperson speaks for: that is their post, on the record', () => {
    for (const [s, source] of [
      ['A spokesman for the Foreign Office said it was supporting the family.', 'Foreign Office'],
      ['A Home Office spokesman said the rules would change.', 'Home Office'],
      ['A spokesperson for Dunn said she was resting.', 'Dunn'],
    ] as const) expect(named(s).sources, s).toEqual([source]);
    // An adjective of a people names no body.
    expect(named('A Western spokesman said the talks were over.')).toEqual(none);
  });

  it('keeps a person a person when their spokesperson speaks, and a place where people are based no speaker', () => {
    expect(analyze('A Trump spokesman said the claims were false. Trump said he was innocent.').sources.map((s) => [s.kind, s.name])).toEqual([['person', 'Trump']]);
    expect(named('A doctor based in Gaza said supplies were low.')).toEqual(none);
  });

  it('keeps organisations named with "of"', () => {
    expect(named('The Ministry of Defence said the plan failed.').marks).toEqual(['The Ministry of Defence said']);
    expect(named('The Bank of England said rates would rise.').sources).toEqual(['Bank of England']);
    expect(named('Officials said the Bank of England would act.')).toEqual(none);
    // Offices by their place: "prosecutors in San Francisco say" names who speaks.
    expect(named('Prosecutors in San Francisco say Uber has been lying.').sources).toEqual(['San Francisco']);
  });
});

describe('named sources: sentence-initial groups are not names', () => {
  it('reads "Fans", "Neighbours", "Pollsters", "MPs", "Doctors", "Users" as unnamed groups', () => {
    for (const s of [
      'Fans claimed online that the video had been edited.',
      'Neighbours said they heard shots.',
      'Pollsters say the race has tightened.',
      'Some Conservative MPs believe the leader should go.',
      'Doctors say the virus is spreading.',
      'Users reported problems with the app.',
      'Engineers warned that the bridge was unsafe.',
      'Volunteers said the search would go on.',
      'Protesters said the police had charged without warning.',
    ]) {
      expect(named(s), s).toEqual(none);
    }
    expect(named('Jones said the race had tightened.').sources).toEqual(['Jones']);
  });
});

describe('named sources: a participial clause between subject and verb', () => {
  it('reads "The Washington Post, citing three officials, reported"', () => {
    expect(named('The Washington Post, citing three officials, reported that the plan had been shelved.').sources).toEqual(['Washington Post']);
    expect(named('Reuters, quoting a person familiar with the matter, reported the deal.').sources).toEqual(['Reuters']);
  });

  it('reads an age or "in a statement" between subject and verb, and keeps unnamed subjects unnamed', () => {
    expect(named('Smith, 45, said the plan failed.').sources).toEqual(['Smith']);
    expect(named('The agency, in a statement, said the plan failed.').marks).toEqual(['The agency, in a statement, said']);
    expect(named('Officials, in a statement, said the plan failed.')).toEqual(none);
    expect(named('Critics, citing the data, say the plan failed.')).toEqual(none);
  });

  it('does not reach past a clause that is not an appositive', () => {
    expect(named('In London, prices fell and officials said the plan failed.')).toEqual(none);
    expect(named('Lavrov arrived, and experts, citing the talks, said the plan failed.')).toEqual(none);
  });
});

describe('named sources: capitalised common words inside a name', () => {
  it('keeps "Statistics", "Research", "May" when they go on a capitalised name', () => {
    expect(named('Sales rose 12%, the Office for National Statistics said.').sources).toEqual(['Office for National Statistics']);
    expect(named('The Pew Research Center said most adults agreed.').sources).toEqual(['Pew Research Center']);
    expect(named('Prime Minister Theresa May said the deal would pass.').sources).toEqual(['Theresa May']);
  });

  it('still does not take them for names on their own', () => {
    for (const s of ['Statistics show the plan failed.', 'Research suggests the plan failed.', 'May said nothing more.']) {
      expect(named(s), s).toEqual(none);
    }
  });
});

describe('named sources: names that are not the speaker', () => {
  it('does not take a name inside a "who" clause of the subject for the speaker', () => {
    for (const s of [
      'People who follow him on Instagram say he has changed.',
      'An employee who spoke to the paper said the plant was unsafe.',
      'Officials who spoke to Reuters said the talks had stalled.',
      'The man who founded Tesla said the car was ready.',
    ]) expect(named(s), s).toEqual(none);
    // An appositive "who" clause after the name still leaves the name the speaker.
    expect(named('Smith, who heads the agency, said the plan failed.').sources).toEqual(['Smith']);
    // "that" opens what was said, not a clause of the subject.
    expect(named('He said that Reuters reported the deal.').sources).toEqual(['Reuters']);
  });

  it('does not take the one who could not confirm for a source of what is confirmed', () => {
    for (const s of [
      'The claim could not be independently confirmed by AFP.',
      'The footage has not been verified by the BBC.',
      'The figures were never confirmed by the ministry.',
    ]) expect(named(s), s).toEqual(none);
    expect(named('The claim was confirmed by AFP.').sources).toEqual(['AFP']);
  });

  it('takes investigators, detectives and inspectors, unnamed, for unnamed officials, not a name at the start of a sentence', () => {
    for (const s of ['Investigators found that the pilot had been awake for 20 hours.', 'Detectives said the man was known to police.', 'Inspectors found rats in the kitchen.']) {
      expect(named(s), s).toEqual(none);
    }
    expect(analyze('Detectives said the man was known to police.').sources.map((x) => [x.kind, x.name])).toEqual([['anonymous', 'detectives']]);
  });

  it('takes "officials from the ministry" for unnamed officials, not the ministry speaking', () => {
    for (const s of ['Officials from the ministry said the plan failed.', 'Investigators from the FAA said the engine failed.', 'Experts from Harvard say the plan failed.']) {
      expect(named(s), s).toEqual(none);
    }
  });

  it('credits numbers to the named body they come from after "according to"', () => {
    expect(named('According to figures from the UN refugee agency, 2 million people have fled.').sources).toEqual(['UN refugee agency']);
    expect(named('According to estimates by Goldman Sachs, growth will slow.').sources).toEqual(['Goldman Sachs']);
    expect(named('According to research by Harvard University, sleep matters.').sources).toEqual(['Harvard University']);
    // Numbers from nobody named: no named source.
    expect(named('According to data from a recent survey, prices rose.')).toEqual(none);
  });

  it('does not read a reporting verb that a particle turns into another verb', () => {
    for (const s of ['The council insisted on a recount.', 'The bank wrote off £2bn in loans.', 'Lavrov insisted upon a meeting.']) {
      expect(named(s), s).toEqual(none);
    }
    expect(named('Lavrov insisted that the talks would go on.').sources).toEqual(['Lavrov']);
    expect(named('Jennifer Light wrote of the plan that it had failed.').sources).toEqual(['Jennifer Light']);
  });
});

/** The named sources of one text as [name, title] pairs. */
function titled(text: string): Array<[string, string | undefined]> {
  return analyze(text)
    .sources.filter((s) => s.kind !== 'anonymous' && s.kind !== 'vague')
    .map((s) => [s.name, s.title]);
}

describe('named sources: a person and the body she belongs to', () => {
  it('credits the person named before "of", "from" or "at", with the body as her affiliation', () => {
    expect(titled('Jane Smith of Harvard said the plan failed.')).toEqual([['Jane Smith', 'Harvard']]);
    expect(titled('Jane Smith from Harvard University said the plan failed.')).toEqual([['Jane Smith', 'Harvard University']]);
    expect(titled('Mr Smith at the BBC said the plan failed.')).toEqual([['Smith', 'BBC']]);
    expect(titled('Alexei Chebanenko of the Studio said it was done.')).toEqual([['Alexei Chebanenko', 'Studio']]);
    expect(titled('Chief inspector Jennifer Mattinson from the West Mercia police said it was sad.')).toEqual([['Jennifer Mattinson', 'Chief inspector, West Mercia police']]);
    expect(titled('The plan failed, said Jane Smith of Harvard.')).toEqual([['Jane Smith', 'Harvard']]);
    expect(titled('“It was sad,” said chief inspector Jennifer Mattinson from the West Mercia police.')).toEqual([['Jennifer Mattinson', 'chief inspector, West Mercia police']]);
    expect(titled('According to Jane Smith of Harvard University, the plan failed.')).toEqual([['Jane Smith', 'Harvard University']]);
  });

  it('does so after a title or an honorific too', () => {
    expect(titled('Professor Jane Smith of Harvard said the study was flawed.')).toEqual([['Jane Smith', 'Professor, Harvard']]);
    expect(titled('The evidence is thin, said Professor Anna Lee of Oxford University.')).toEqual([['Anna Lee', 'Professor, Oxford University']]);
    expect(titled('Dr. Sarah Jones of the Mayo Clinic said the drug works.')).toEqual([['Sarah Jones', 'Mayo Clinic']]);
  });

  it('keeps names of institutions and titles that hold "of" whole', () => {
    expect(titled('The Bank of England said rates would rise.')).toEqual([['Bank of England', undefined]]);
    expect(titled('According to the Ministry of the Interior, three people died.')).toEqual([['Ministry of the Interior', undefined]]);
    expect(titled('Head of the Ministry of Defense Andrei Belyushikov outlined the plan.')).toEqual([['Andrei Belyushikov', 'Head of the Ministry of Defense']]);
  });
});

describe('named sources: institutions with lower-case words in their names', () => {
  it('reads the whole name across "for", "of", "and", "on", before and after the verb', () => {
    for (const [s, name] of [
      ['The Institute for Fiscal Studies said taxes would rise.', 'Institute for Fiscal Studies'],
      ['According to the Institute for Fiscal Studies, taxes rose.', 'Institute for Fiscal Studies'],
      ['The Department of Health and Human Services said it would act.', 'Department of Health and Human Services'],
      ['Taxes rose, said the Department of Health and Human Services.', 'Department of Health and Human Services'],
      ['The Council on Foreign Relations said it would act.', 'Council on Foreign Relations'],
      ['Taxes rose, according to the Council on Foreign Relations.', 'Council on Foreign Relations'],
      ['The Ministry of Foreign Affairs said it would act.', 'Ministry of Foreign Affairs'],
    ] as Array<[string, string]>) expect(analyze(s).sources.map((x) => [x.kind, x.name]), s).toEqual([['organization', name]]);
  });

  it('reads a body named by a plural’s possessive whole, and no team’s player as a body', () => {
    for (const [s, name] of [
      ['The British Air Line Pilots’ Association said the offer was an insult.', 'British Air Line Pilots Association'],
      ['The Teachers’ Union said it would ballot members.', 'Teachers Union'],
      ['The offer was an insult, said the Prison Officers’ Association.', 'Prison Officers Association'],
    ] as Array<[string, string]>) expect(analyze(s).sources.map((x) => [x.kind, x.name]), s).toEqual([['organization', name]]);
    expect(named('The Warriors’ Steph Curry said he was tired.').sources).toEqual(['Steph Curry']);
  });

  it('still tells a person after such a name, and joins nothing else by "and"', () => {
    expect(titled('Head of the Ministry of Defense Andrei Belyushikov outlined the plan.')).toEqual([['Andrei Belyushikov', 'Head of the Ministry of Defense']]);
    expect(titled('The Bank of England Governor Andrew Bailey said rates would rise.')).toEqual([['Andrew Bailey', 'Bank of England Governor']]);
    expect(titled('According to the Ministry of Defence and Lavrov, taxes rose.')).toEqual([['Ministry of Defence', undefined]]);
    expect(named('Kremlin Officials said the plan failed.')).toEqual(none);
  });
});

describe('named sources: a company suffix written short, and a role without an article', () => {
  it('reads "Lumora Inc. said" and "Lumora Inc., the cloud-storage company, said" as the company', () => {
    for (const s of ['Lumora Inc. said it would cut jobs.', 'Jobs will go, Lumora Inc. said.', 'Lumora Inc., the cloud-storage company, said it would cut jobs.', 'Acme Corp., which makes anvils, said it would cut jobs.']) {
      expect(analyze(s).sources.map((x) => x.kind), s).toEqual(['organization']);
      expect(named(s).marks, s).toHaveLength(1);
    }
  });

  it('reads an appositive of a role with no article: "policy lead at", "co-chair of"', () => {
    expect(named('Asha Menon, policy lead at Climate Action Network, called the outcome “a betrayal”.').sources).toEqual(['Asha Menon']);
    expect(named('“We have no choice,” Dr Priya Natarajan, co-chair of the resident doctors committee, told reporters.').sources).toEqual(['Priya Natarajan']);
    expect(named('Tom Reyes, vice-chair of the board, said the vote was close.').sources).toEqual(['Tom Reyes']);
    expect(named('Gareth Pryce, Weald Water’s director of operations, said the ban was needed.').sources).toEqual(['Gareth Pryce']);
    expect(named('The ban, Weald Water’s latest move, said nothing.')).toEqual(none);
    expect(titled('“She won the Oscar for it,” said her attorney, Marisol Greer of Greer Lind LLP.')).toEqual([['Marisol Greer', 'attorney, Greer Lind LLP']]);
  });

  it('reads a definite office or calling as a person referred back to, and the coastguard as a body', () => {
    for (const [s, mark] of [
      ['“I need to stop,” the singer wrote.', 'the singer wrote'],
      ['The savings were smaller, a report by the city controller found.', 'report by the city controller'],
      ['The coroner said the death was accidental.', 'The coroner said'],
      ['At least 11 are missing, the Italian coastguard said.', 'Italian coastguard said'],
    ]) expect(named(s!).marks, s).toEqual([mark]);
    expect(named('A star said the film was bad.')).toEqual(none);
    expect(named('“I am fine,” the 34-year-old said.').marks).toEqual(['the 34-year-old said']);
    expect(named('A 34-year-old said he was fine.')).toEqual(none);
  });
});

describe('named sources: who a work is about, a withheld name, a recall', () => {
  it('never takes the name a suit or an inquiry is about for its speaker', () => {
    for (const s of ['The suit against Meta alleges the firm hid data.', 'The inquiry into the BBC found failings.', 'The campaign against Uber says drivers are underpaid.', 'The charges against Smith allege he lied.']) {
      expect(named(s), s).toEqual(none);
    }
    expect(named('The lawsuit against Meta Platforms Inc. alleges the firm hid data.').marks).toEqual(['The lawsuit against Meta Platforms Inc. alleges']);
  });

  it('keeps a speaker whose name is withheld anonymous, whatever the role', () => {
    for (const s of [
      'The Premier League footballer, who cannot be named for legal reasons, denied the charge.',
      'The striker, who asked not to be named, said the club lied.',
      'The actress, who spoke on condition of anonymity, said the film was late.',
    ]) {
      expect(named(s).sources, s).toEqual([]);
      expect(analyze(s).sentences[0]!.sourcing, s).not.toBe('named');
    }
    expect(named('The actress, who was named best newcomer, said the film was late.').sources).toEqual(['the actress']);
    expect(named('The judge, who refused the defendant anonymity, said the case was grave.').sources).toEqual(['the judge']);
    expect(named('The officer, who was granted anonymity, told the inquiry he feared for his life.').sources).toEqual([]);
  });

  it('reads goods or envoys recalled as no statement, and "Dean" as a first name', () => {
    expect(named('Toyota recalled 10,000 cars.')).toEqual(none);
    expect(named('Ford recalled nearly 500,000 trucks.')).toEqual(none);
    expect(named('The ministry recalled its ambassador.')).toEqual(none);
    expect(named('“It was cold,” Smith recalled.').sources).toEqual(['Smith']);
    expect(named('Ms Jones recalled some of the worst nights of the siege.').sources).toEqual(['Jones']);
    expect(named('Mr Brown recalled their first meeting in 1998.').sources).toEqual(['Brown']);
    expect(titled('Dean Henderson said he was ready.')).toEqual([['Dean Henderson', undefined]]);
  });

  it('reads the families of named people as their spokespeople', () => {
    expect(named('The families of Ms Marsh and Mr Reid said in a joint statement they were overwhelmed.').marks).toEqual(['The families of Ms Marsh and Mr Reid said']);
  });
});

describe('named sources: labels are not speakers', () => {
  it('reads "Key points:", "Editor\'s notes:" opening a sentence as a label, not a source', () => {
    for (const s of ['Key points: the plan failed.', 'Editor’s notes: the plan failed.', 'Related reports: the plan failed.', 'Prices fell.\nKey points: the plan failed.']) {
      expect(named(s), s).toEqual(none);
      expect(analyze(s).sentences.every((x) => x.sourcing !== 'named'), s).toBe(true);
    }
  });

  it('still reads a name with a colon after its verb', () => {
    expect(named('Smith said: the plan failed.').sources).toEqual(['Smith']);
    expect(named('Mr Smith notes: the plan failed.').sources).toEqual(['Smith']);
    expect(named('The plan, Smith notes: failed.').sources).toEqual(['Smith']);
  });
});

describe('named sources: someone unnamed of a named body', () => {
  it('takes "a senior figure in the party", "a man from Leeds" for an anonymous speaker, not the body', () => {
    for (const s of [
      'A senior figure in the party said the plan failed.',
      'A senior figure in the Labour Party said the plan failed.',
      'A man from Leeds said the plan failed.',
      'One longtime donor to the Labour Party said the plan failed.',
    ]) {
      expect(named(s), s).toEqual(none);
      expect(analyze(s).sentences[0]!.sourcing, s).toBe('anonymous');
    }
    expect(analyze('A senior figure in the party said the plan failed.').sources.map((x) => [x.kind, x.name])).toEqual([['anonymous', 'senior figure']]);
  });

  it('takes "a Tory MP" for an unnamed politician: a party and a post in capitals name no one', () => {
    for (const [s, source] of [
      ['A Tory MP said the plan failed.', 'tory mp'],
      ['One SNP MSP said the plan failed.', 'snp msp'],
      ['A senior Labour MP told the BBC the plan failed.', 'senior labour mp'],
    ] as const) {
      expect(named(s), s).toEqual(none);
      const r = analyze(s);
      expect(r.sentences[0]!.sourcing, s).toBe('anonymous');
      expect(r.sources.map((x) => [x.kind, x.name]), s).toEqual([['anonymous', source]]);
    }
    expect(named('Tory MP Jess Phillips said the plan failed.').sources).toEqual(['Jess Phillips']);
    expect(named('The Labour MP said the plan failed.').marks).toEqual(['The Labour MP said']);
  });

  it('still credits the named body of a study, and a named person of a body', () => {
    expect(named('A study by Stanford University found that it works.').sources).toEqual(['Stanford University']);
    expect(named('Jane Smith of the party said the plan failed.').sources).toEqual(['Jane Smith']);
  });
});

describe('named sources: "state of" is a noun', () => {
  it('does not read "the US state of Louisiana" as the US stating something', () => {
    const r = analyze('A gunman opened fire at a cinema in the US state of Louisiana, killing two people.');
    expect(r.sources).toEqual([]);
    expect(named('The report states that the plan failed.').marks).toEqual(['The report states']);
  });
});

describe('named sources: studies and the bodies or journals behind them', () => {
  it('cites the journal a study was published in, as an organisation', () => {
    for (const s of [
      'A study published in The Lancet found that the drug works.',
      'According to a study published in The Lancet, the drug works.',
    ]) expect(analyze(s).sources.map((x) => [x.kind, x.name]), s).toEqual([['organization', 'Lancet']]);
    expect(analyze('A study in Nature found that the drug works.').sources.map((x) => [x.kind, x.name])).toEqual([['organization', 'Nature']]);
  });

  it('cites the named institution of a study and of its researchers', () => {
    for (const s of [
      'Research by Stanford University found that the drug works.',
      'A study by Stanford University researchers found that the drug works.',
      'According to a study by Stanford University researchers, the drug works.',
      'Stanford University researchers found that the drug works.',
    ]) expect(analyze(s).sources.map((x) => [x.kind, x.name]), s).toEqual([['organization', 'Stanford University']]);
    expect(named('According to a new study by the IMF, growth will slow.').sources).toEqual(['IMF']);
  });

  it('leaves researchers of no named institution, and studies by nobody named, unnamed', () => {
    expect(named('Harvard researchers found that the drug works.')).toEqual(none);
    expect(named('A study found that the drug works.')).toEqual(none);
    expect(named('According to a recent study, the drug works.')).toEqual(none);
  });
});

describe('named sources: abbreviated titles and a name after an unnamed role', () => {
  it('reads "Col.", "Gen.", "Sen." as titles of the name after them', () => {
    expect(titled('The strike hit, said Col. Ahmed Hassan.')).toEqual([['Ahmed Hassan', 'Col.']]);
    expect(titled('Gen. Mark Milley said the strike hit.')).toEqual([['Mark Milley', 'Gen.']]);
    expect(titled('Sen. Warren said the bill failed.')).toEqual([['Warren', 'Sen.']]);
    // Initials and honorifics stay what they were.
    expect(titled('J. K. Rowling wrote that it works.')).toEqual([['J K Rowling', undefined]]);
    expect(titled('Dr. Jane Smith said it works.')).toEqual([['Jane Smith', undefined]]);
  });

  it('credits the person named after an unnamed role, with the role in the title', () => {
    expect(titled('A military spokesman, Col. Ahmed Hassan, said the strike hit.')).toEqual([['Ahmed Hassan', 'Col., military spokesman']]);
    expect(titled('A spokesman, Ahmed Hassan, said the strike hit.')).toEqual([['Ahmed Hassan', 'spokesman']]);
    expect(analyze('A military spokesman, Col. Ahmed Hassan, said the strike hit.').sentences[0]!.sourcing).toBe('named');
  });
});

describe('named sources: police forces', () => {
  it('names a police force by its proper name, in any case and on either side of the verb', () => {
    for (const [s, name] of [
      ['West Mercia police said the tablets were fake.', 'West Mercia police'],
      ['West Mercia Police said the tablets were fake.', 'West Mercia Police'],
      ['A man was charged, Greater Manchester Police said.', 'Greater Manchester Police'],
      ['Kent Police said a man died.', 'Kent Police'],
    ] as Array<[string, string]>) expect(analyze(s).sources.map((x) => [x.kind, x.name]), s).toEqual([['organization', name]]);
  });

  it('reads bare "police" and "authorities" alike at the start of a sentence and after it: no named source', () => {
    for (const s of ['Police said a man died.', 'Police have said a man died.', 'A man died, police said.', 'Authorities said a man died.']) {
      expect(named(s), s).toEqual(none);
    }
  });
});

describe('named sources: a title in the plural opening a sentence', () => {
  it('reads "Ministers said", "Executives say" as unnamed holders of the title, not as a name', () => {
    for (const s of ['Ministers said the talks would resume.', 'Executives say the merger will create jobs.', 'Senators insist that the bill is dead.']) {
      expect(named(s), s).toEqual(none);
      expect(analyze(s).sources.map((source) => source.kind), s).toEqual(['anonymous']);
    }
    // A surname ending in s is still a name.
    expect(named('Edwards said the plan failed.').sources).toEqual(['Edwards']);
  });
});

describe('named sources: the holder of a role of a body', () => {
  it('takes "the leader of the Labour Party" for the speaker, not the party', () => {
    expect(analyze('The leader of the Labour Party said the plan failed.').sources.map((x) => [x.kind, x.name])).toEqual([['person', 'the leader of the Labour Party']]);
    expect(named('The head of the party said the plan failed.').marks).toEqual(['The head of the party said']);
  });

  it('refers it back to the person named earlier with that title', () => {
    const r = analyze('Opposition Leader Bill Shorten spoke first. The leader of the opposition said the plan failed.');
    expect(r.sources.map((x) => [x.name, x.mentions])).toEqual([['Bill Shorten', 2]]);
  });

  it('names no body by a nationality and "police"', () => {
    expect(named('Greek police said a man died.')).toEqual(none);
    expect(named('Kent police said a man died.').sources).toEqual(['Kent police']);
  });
});

describe('named sources: a word describing a source is no name', () => {
  /** Every source's kind and name. */
  const kinds = (s: string): Array<[string, string]> => analyze(s).sources.map((x) => [x.kind, x.name]);

  it('reads "reports", "estimates", "claims" as plural nouns when a verb follows them', () => {
    for (const [s, group] of [
      ['Local reports suggest the deal is close.', 'local reports'],
      ['Anecdotal reports suggest the deal is close.', 'anecdotal reports'],
      ['Press reports have suggested the deal is close.', 'press reports'],
      ['Local reports, however, suggest the deal is close.', 'local reports'],
      ['Conflicting reports claim the deal is close.', 'conflicting reports'],
    ] as Array<[string, string]>) {
      expect(named(s), s).toEqual(none);
      expect(kinds(s), s).toEqual([['vague', group]]);
    }
    // A verb that is a name's own stays one; a plural noun after it is its object.
    expect(named('Reuters reports the deal is close.').sources).toEqual(['Reuters']);
    expect(named('Smith highlights reports that the deal is close.').sources).toEqual(['Smith']);
  });

  it('reads an adjective opening the sentence before a common noun as the lower-case word it is', () => {
    for (const s of [
      'Early estimates show the deal is close.',
      'Internal documents show the deal is close.',
      'Leaked documents reveal the deal is close.',
      'Local police said the deal is close.',
      'Unconfirmed reports claim the deal is close.',
      'Multiple reports suggest the deal is close.',
    ]) expect(named(s), s).toEqual(none);
    // Before another capitalised word it opens a name.
    expect(named('Local Government Association said the deal is close.').sources).toEqual(['Local Government Association']);
    expect(named('New York Times reported the deal is close.').sources).toEqual(['New York Times']);
  });
});

describe('named sources: researchers at a named body', () => {
  /** Every source's kind and name. */
  const kinds = (s: string): Array<[string, string]> => analyze(s).sources.map((x) => [x.kind, x.name]);

  it('cites the body that researchers, scientists, analysts and economists work at', () => {
    for (const [s, mark, body] of [
      ['Researchers at the University of Cambridge found that sleep matters.', 'Researchers at the University of Cambridge found', 'University of Cambridge'],
      ['Scientists at Stanford University said the drug works.', 'Scientists at Stanford University said', 'Stanford University'],
      ['Analysts at Goldman Sachs said the market will rise.', 'Analysts at Goldman Sachs said', 'Goldman Sachs'],
      ['Economists at the IMF said growth will slow.', 'Economists at the IMF said', 'IMF'],
      ['Growth will slow, said analysts at Goldman Sachs.', 'said analysts at Goldman Sachs', 'Goldman Sachs'],
      ['A black hole was found, researchers at the University of Texas at Austin announced.', 'researchers at the University of Texas at Austin announced', 'University of Texas at Austin'],
    ] as Array<[string, string, string]>) {
      expect(named(s), s).toEqual({ marks: [mark], sources: [body] });
      expect(kinds(s), s).toEqual([['organization', body]]);
    }
  });

  it('leaves them unnamed with no named body, a place, or only some of them', () => {
    for (const s of [
      'Analysts said growth will slow.',
      'Analysts at the bank said growth will slow.',
      'Economists in London said growth will slow.',
      'Some analysts at Goldman Sachs said growth will slow.',
      'Experts from Harvard say the plan failed.',
    ]) expect(named(s), s).toEqual(none);
  });

  it('keeps a campus after "at" on the name of a university', () => {
    expect(kinds('The University of California at Berkeley said growth will slow.')).toEqual([['organization', 'University of California at Berkeley']]);
  });
});

describe('named sources: a phrase of time inside an attribution', () => {
  it('cites the journal of a study published on a day, in a month or a year', () => {
    for (const [s, journal] of [
      ['The drug works, according to a study published on Monday in JAMA Neurology.', 'JAMA Neurology'],
      ['The drug works, according to a study published last week in The Lancet.', 'Lancet'],
      ['The drug works, according to a study published in March in Nature.', 'Nature'],
      ['The drug works, according to a study published earlier this year in The Lancet.', 'Lancet'],
      ['The drug works, according to a study published online on Monday in Nature.', 'Nature'],
      ['A study published on Monday in Nature found that ships matter.', 'Nature'],
      ['A study published in the journal Nature in March found that ships matter.', 'Nature'],
    ] as Array<[string, string]>) expect(analyze(s).sources.map((x) => [x.kind, x.name]), s).toEqual([['organization', journal]]);
    expect(named('Prices rose, according to data released last week by the Office for National Statistics.').sources).toEqual(['Office for National Statistics']);
  });

  it('reads the subject across a phrase of time before its verb', () => {
    for (const [s, source] of [
      ['The ministry on Monday said the deal is close.', 'the ministry'],
      ['Smith last week said the deal is close.', 'Smith'],
      ['Mr Smith yesterday said the deal is close.', 'Smith'],
      ['The report, released last week, found that the deal is close.', 'the report'],
    ] as Array<[string, string]>) expect(named(s).sources, s).toEqual([source]);
    // A month that goes on a name is no phrase of time.
    expect(named('Prime Minister Theresa May said the deal would pass.').sources).toEqual(['Theresa May']);
  });
});

describe('named sources: live-blog time stamps and bodies named by their common noun', () => {
  /** Every source's kind and name. */
  const kinds = (s: string): Array<[string, string]> => analyze(s).sources.map((x) => [x.kind, x.name]);

  it('keeps a time stamp opening the sentence out of the source', () => {
    for (const stamp of ['10:42', '10:42 GMT', '12:00 PM PT --', '9.42pm —', '10:42 a.m.']) {
      expect(kinds(`${stamp} Reuters said flights would resume.`), stamp).toEqual([['organization', 'Reuters']]);
      expect(kinds(`${stamp} Airline officials said flights would resume.`), stamp).toEqual([['anonymous', 'airline officials']]);
      expect(named(`${stamp} The airport said flights would resume.`).marks, stamp).toEqual(['The airport said']);
    }
  });

  it('names an airport, a club, an airline, a regulator by "the" and its common noun, as the gold does', () => {
    for (const noun of ['airport', 'club', 'airline', 'regulator', 'hospital', 'charity', 'firm']) {
      expect(kinds(`Flights were cancelled, the ${noun} said.`), noun).toEqual([['organization', `the ${noun}`]]);
    }
    expect(kinds('Kestrel airport said flights would resume.')).toEqual([['organization', 'Kestrel airport']]);
  });
});

describe('named sources: more of the same families', () => {
  it('takes a named body before "who" for the speaker, and leaves unnamed people there to the rules', () => {
    expect(named('Researchers at the University of Cambridge who analysed the data found that staff felt better.')).toEqual({
      marks: ['Researchers at the University of Cambridge who analysed the data found'],
      sources: ['University of Cambridge'],
    });
    for (const s of ['People who follow him on Instagram say he is kind.', 'Fans who met Obama said he was kind.']) expect(named(s), s).toEqual(none);
  });

  it('finds the subject before a "who" clause that ends in a word naming no one', () => {
    expect(named('Researchers at the University of Cambridge who studied the drug found it was safe.')).toEqual({
      marks: ['Researchers at the University of Cambridge who studied the drug found'],
      sources: ['University of Cambridge'],
    });
    expect(named('Analysts at Goldman Sachs who follow the sector closely said demand was weak.').sources).toEqual(['Goldman Sachs']);
    expect(named('Smith, whose team ran the trial for two years, said it worked.').sources).toEqual(['Smith']);
    // Unnamed people before "who" stay the rules' to mark; a verb right after "who" is the clause's own.
    for (const s of ['The woman who found the body told police she was scared.', 'A Republican strategist who has advised the campaign tells us the mood is tense.', 'We need a Fed chair who answers to the public.']) {
      expect(named(s), s).toEqual(none);
    }
  });

  it('cites a body’s minutes and papers, and a chamber of commerce', () => {
    expect(named('The rule applies only to new buildings, according to the council’s published minutes.').sources).toEqual(['the council’s published minutes']);
    expect(named('It costs £48,000 a year, according to the council’s own budget papers.').sources).toEqual(['the council’s own budget papers']);
    expect(named('Prices have tripled, according to the city’s chamber of commerce.').sources).toEqual(['the city’s chamber']);
  });

  it('reads a document noun opening the sentence as no name', () => {
    for (const s of ['Documents show the deal is close.', 'Filings show the deal is close.', 'Papers show the deal is close.']) expect(named(s), s).toEqual(none);
    expect(named('Reuters said the deal is close.').sources).toEqual(['Reuters']);
  });
});

describe('named sources: documents and data products', () => {
  it('cites projections, forecasts, readouts, dashboards and guidance as documents, with their verbs', () => {
    expect(named('The Civic Union will win, according to a projection by the public broadcaster RTV.')).toEqual({
      marks: ['according to a projection by the public broadcaster RTV'],
      sources: ['RTV'],
    });
    expect(named('Rain is coming, according to a forecast by the Met Office.').sources).toEqual(['Met Office']);
    expect(named('The Kazakh presidency’s readout described the talks as frank.').marks).toEqual(['Kazakh presidency’s readout described']);
    expect(named('The city’s own housing dashboard shows that fewer than 1,500 have been finished.').marks).toEqual(['The city’s own housing dashboard shows']);
    expect(named('NHS guidance says children should sleep more.').marks).toEqual(['NHS guidance says']);
  });

  it('reads past a participle clause after a document: "The joint statement issued after the summit said"', () => {
    expect(named('The joint statement issued after the summit said the partners would work together.').marks).toEqual(['The joint statement issued after the summit said']);
    expect(named('The figures released on Monday show a fall.').marks).toEqual(['The figures released on Monday show']);
    // A person is no document: "The man arrested after the match said" names no one.
    expect(named('The man arrested after the match said he was sorry.')).toEqual(none);
  });

  it('takes a brand written in camel case for a name, not a unit', () => {
    expect(named('The preprint server medRxiv says on every paper that it is not peer reviewed.').sources).toEqual(['medRxiv']);
    expect(named('A spokesman for eBay said the listing was removed.').marks).toEqual([]);
    expect(named('The mRNA said nothing.')).toEqual(none);
    // A brand is an organisation, not a person.
    expect(analyze('eBay said it would appeal.').sources).toMatchObject([{ name: 'eBay', kind: 'organization' }]);
  });

  it('counts guidance and calls of a named body: recommends, advises, declared', () => {
    expect(named('It rots teeth, and the NHS recommends that children eat less sugar.').marks).toEqual(['the NHS recommends']);
    expect(named('The Foreign Office advises against all travel to the region.').marks).toEqual(['The Foreign Office advises']);
    expect(named('The Associated Press declared her the winner shortly after 11 p.m.').marks).toEqual(['The Associated Press declared']);
    // Unnamed people who recommend something name no one.
    expect(named('Doctors recommend rest.')).toEqual(none);
    // A person who advises or declares does so in another sense: a post held, a thing declared.
    expect(named('Smith advised the minister for a decade.')).toEqual(none);
    expect(named('Mr Smith declared his income in full.')).toEqual(none);
    // A body's act, not a statement.
    expect(named('Russia declared war on its neighbour in 1939.')).toEqual(none);
    expect(named('The company declared bankruptcy last year.')).toEqual(none);
  });

  it('counts a body’s verb of guidance only with what it advises or declares, not with a plain object', () => {
    for (const [s, mark] of [
      ['The WHO recommends that people wash their hands.', 'The WHO recommends'],
      ['The agency advised people to stay home.', 'The agency advised'],
      ['The agency advised all travellers in the region to avoid the area.', 'The agency advised'],
      ['The NHS recommends wearing a mask on trains.', 'The NHS recommends'],
      ['Wash your hands, the WHO recommends.', 'the WHO recommends'],
      ['The WHO declared the outbreak a pandemic in March.', 'The WHO declared'],
    ]) expect(named(s!).marks, s).toEqual([mark]);
    for (const s of [
      'Netflix recommends shows based on what you watched.',
      'Netflix recommended three new shows this week.',
      'Amazon recommends products to shoppers.',
      'The governor declared a state of emergency.',
      'The council declared a state of emergency on Monday.',
      'Wessex Water declared a dividend of £10m.',
    ]) expect(named(s), s).toEqual(none);
  });

  it('reads a lower-case "who" as the relative pronoun, not the WHO', () => {
    expect(named('A Republican strategist who has advised the campaign tells us the mood is tense.')).toEqual(none);
    expect(named('We need a Fed chair who answers to the public.')).toEqual(none);
    expect(named('The person who wrote it did not respond.')).toEqual(none);
    expect(named('The WHO said the outbreak was over.').marks).toEqual(['The WHO said']);
  });
});

/** The kind and name of every named source of one sentence. */
function namedKinds(text: string): Array<[string, string]> {
  return analyze(text)
    .sources.filter((s) => s.kind !== 'anonymous' && s.kind !== 'vague')
    .map((s) => [s.kind, s.name]);
}

describe('named sources: organisations by the words of their names', () => {
  it('reads a name ending in a word only bodies bear as an organisation', () => {
    for (const name of ['Northfield Rovers FC', 'Counterpoint Research', 'World Food Programme', 'United Nations', 'National Highways', 'Ferris Systems', 'Amnesty International', 'Brightwell Pharma']) {
      expect(namedKinds(`${name} said the claim was wrong.`), name).toEqual([['organization', name]]);
    }
  });

  it('reads a country after a sector word as a body, not a person: "Public Health England"', () => {
    for (const name of ['Public Health England', 'Sport England', 'Historic England', 'Public Health Scotland']) {
      expect(namedKinds(`${name} said the risk was low.`), name).toEqual([['organization', name]]);
    }
  });

  it('reads one such word after "the" as a body’s short name, and a name joined by "and" before a body’s noun whole', () => {
    expect(namedKinds('The Alliance says the government is hoarding grain.')).toEqual([['organization', 'Alliance']]);
    expect(namedKinds('Sea temperatures rose, according to data from the National Oceanic and Atmospheric Administration.')).toEqual([
      ['organization', 'National Oceanic and Atmospheric Administration'],
    ]);
    expect(namedKinds('It was bad, said Tom Smith and Jane Doe.')).toEqual([['person', 'Tom Smith']]);
  });

  it('still reads people as people, whatever their names end in', () => {
    expect(namedKinds('Jimmy Wales said the site was fine.')).toEqual([['person', 'Jimmy Wales']]);
    expect(namedKinds('Michael Jordan said so.')).toEqual([['person', 'Michael Jordan']]);
    expect(namedKinds('Health Secretary Wes Streeting said the plan was fine.')).toEqual([['person', 'Wes Streeting']]);
    expect(namedKinds('Liverpool FC’s Jurgen Klopp said so.')).toEqual([['person', 'Jurgen Klopp']]);
  });

  it('reads a capitalised group noun after "the" as the start of a body’s name, not unnamed people', () => {
    expect(named('The Friends of Harrowfield Library group said it would sue.')).toEqual({
      marks: ['The Friends of Harrowfield Library group said'],
      sources: ['Friends of Harrowfield Library group'],
    });
    expect(named('The campaign group Friends of the Earth said it would sue.').sources).toEqual(['Friends of the Earth']);
    for (const s of ['Friends of the family said he was kind.', 'Officials of the Interior Ministry said so.']) expect(named(s), s).toEqual(none);
  });
});

describe('named sources: observers of a body, clauses before the verb', () => {
  it('cites the body that observers, monitors and inspectors come from', () => {
    expect(named('Observers from the OSCE reported 400 violations of the ceasefire.')).toEqual({ marks: ['Observers from the OSCE reported'], sources: ['OSCE'] });
    expect(named('Inspectors from the IAEA said the site was sealed.').sources).toEqual(['IAEA']);
    // Observers from a place, or of no named body, stay unnamed.
    for (const s of ['Observers from Ukraine said the vote was fair.', 'International observers said the vote was fair.']) expect(named(s), s).toEqual(none);
  });

  it('reads past a participle clause between the speaker and the verb: "Doherty, asked about the workload, said"', () => {
    expect(named('Doherty, asked about the workload, said only that the player wanted to play.').marks).toEqual(['Doherty, asked about the workload, said']);
    expect(named('Smith, pressed on the timing, said it would be soon.').marks).toEqual(['Smith, pressed on the timing, said']);
    expect(named('Asked about the workload, the players said nothing.')).toEqual(none);
  });

  it('credits the person named after a role and a comma, after a verb or "by": "confirmed by her son, Peter"', () => {
    expect(named('Her death was confirmed by her son, Peter, who said the cause was heart failure.')).toEqual({ marks: ['confirmed by her son, Peter'], sources: ['Peter'] });
    expect(analyze('The drug worked, said the lead author, Dr. Amira Haddad, of the University of Leeds.').sources).toEqual([
      expect.objectContaining({ name: 'Amira Haddad', kind: 'person', title: 'lead author' }),
    ]);
    // A clause after the comma is no name of the role: "according to the report, Smith said".
    expect(named('It was bad, according to the report, Smith said.').sources).toEqual(['the report', 'Smith']);
  });

  it('takes the body an appositive names for the subject: "The organisers, the campaign group 4 Day Week Global, reported"', () => {
    expect(named('The organisers, the campaign group 4 Day Week Global, reported that revenue was up.').marks).toEqual(['the campaign group 4 Day Week Global, reported']);
    expect(named('The organisers, the charity Shelter, said the count was low.').sources).toEqual(['Shelter']);
    // Not a body that is someone's: "the friend of John Smith".
    expect(named('The organisers, the friend of John Smith, said so.')).toEqual(none);
  });
});

/** The vague-source findings' texts and the unnamed groups of one text. */
function groups(text: string): { marks: string[]; sources: string[] } {
  const r = analyze(text);
  return {
    marks: r.findings.filter((f) => f.category === 'vague-source').map((f) => f.text),
    sources: r.sources.filter((s) => s.kind === 'vague').map((s) => s.name),
  };
}

describe('vague sources: a bare plural subject is an unnamed group, whatever its noun', () => {
  it('reads nouns no list holds, with modifiers, a place, auxiliaries and adverbs: "brokers say", "Estate agents report"', () => {
    expect(groups('Lenders will pass on the cut within days, brokers say, though savers gain little.')).toEqual({ marks: ['brokers say'], sources: ['brokers'] });
    expect(groups('Estate agents report a rush of first-time buyers.')).toEqual({ marks: ['Estate agents report'], sources: ['estate agents'] });
    expect(groups('Prices will rise again, mortgage brokers said.')).toEqual({ marks: ['mortgage brokers said'], sources: ['mortgage brokers'] });
    expect(groups('Business groups in Leeds and Newcastle say the walkout could cost millions.')).toEqual({
      marks: ['Business groups in Leeds and Newcastle say'],
      sources: ['business groups'],
    });
    expect(groups('Farmers on the ground said the rain came too late.')).toEqual({ marks: ['Farmers on the ground said'], sources: ['farmers'] });
    expect(groups('Hospital leaders have long warned that the winter would be hard.').marks).toEqual(['Hospital leaders have long warned']);
    expect(groups('The plan is popular, but shipbuilders also argue that it came too late.').marks).toEqual(['shipbuilders also argue']);
    expect(groups('Pet groomers told the council the fees were too high.').sources).toEqual(['pet groomers']);
  });

  it('leaves a name at the sentence start: "Jones says", "Williams said", "Reynolds told"', () => {
    for (const s of ['Jones says the cut is coming.', 'Williams said the cut was coming.', 'Reynolds told the BBC the cut was coming.']) {
      expect(groups(s), s).toEqual({ marks: [], sources: [] });
      expect(named(s).marks.length, s).toBe(1);
    }
    // Mid-sentence, a capitalised word is a name, not a modifier of the group.
    expect(groups('Prices will rise, Leeds brokers said.')).toEqual({ marks: [], sources: [] });
  });

  it('leaves groups with a determiner, a number or a possessive to the rules for them: "the brokers said", "Two brokers said"', () => {
    for (const s of ['The brokers said the cut was coming.', 'Prices rose, the brokers said.', 'Two brokers said the cut was coming.', '12 brokers said the cut was coming.', "Apple's brokers said the chip was late.", 'Prices rose faster than brokers expected.']) {
      expect(groups(s).marks, s).toEqual([]);
    }
    // "Apple's engineers": engineers of a named company are its people, not a bare group.
    expect(analyze("Apple's engineers said the chip was late.").findings.map((f) => f.rule)).not.toContain('vague-source-bare-group');
  });

  it('leaves inanimate subjects to the document logic, and verbs in another sense: "Figures show", "workers found"', () => {
    for (const s of ['Figures show the cut is coming.', 'Rules say the cut is coming.', 'Documents show the plan was ready.', 'Records suggest otherwise.', 'Court papers say the deal was signed.', 'Workers found the body on Monday.', 'People in the village said prayers for the missing.', 'Voters in the swing state will decide.']) {
      expect(analyze(s).findings.map((f) => f.rule), s).not.toContain('vague-source-bare-group');
    }
  });
});

describe('named sources: a common plural opening the sentence', () => {
  it('reads "Shipbuilders in Glasgow argue" as an unnamed group, the place and the verb in no name', () => {
    for (const s of ['Shipbuilders in Glasgow argue the order is late.', 'But shipbuilders in Glasgow argue the order is late.', 'Shipbuilders argue the order is late.']) {
      const r = analyze(s);
      expect(named(s), s).toEqual(none);
      expect(r.sources.map((x) => [x.kind, x.name]), s).toEqual([['vague', 'shipbuilders']]);
      expect(r.sentences[0]!.sourcing, s).toBe('vague');
    }
    // People placed somewhere who do not report: the place does not speak for them.
    expect(named('Engineers in Glasgow found the fault.')).toEqual(none);
    // Offices by their place still name it.
    expect(named('Prosecutors in San Francisco say Uber has been lying.').sources).toEqual(['San Francisco']);
  });

  it('reads "Rules say", "Guidelines say" as things, not people: no source at all', () => {
    for (const s of ['Rules say the vote is void.', 'The rules say the vote is void.', 'Guidelines say children should sleep more.']) {
      expect(analyze(s).sources, s).toEqual([]);
    }
    // A name takes "says", and a body's plural-shaped name stays a name.
    expect(named('Williams says the vote is void.').sources).toEqual(['Williams']);
    expect(named('Reuters say the vote is void.').sources).toEqual(['Reuters']);
  });
});

describe('named sources: the function words come from the language pack', () => {
  /** English with some of its grammar changed: the engine must follow the pack, not words of its own. */
  function packWith(id: string, grammar: Partial<AttributionGrammar>): LanguagePack {
    return { ...english, id, attribution: { ...english.attribution, grammar: { ...english.attribution.grammar, ...grammar } } };
  }
  const namedWith = (text: string, pack: LanguagePack): string[] =>
    analyzeWith(text, {}, pack).findings.filter((f) => f.category === 'named-source').map((f) => f.text);

  it('reads inverted verbs, agents of a passive and definite articles from the pack', () => {
    expect(namedWith('The talks collapsed, said Hicks.', english)).toEqual(['said Hicks']);
    expect(namedWith('The talks collapsed, said Hicks.', packWith('en-no-inversion', { invertibleVerbs: new Set() }))).toEqual([]);
    expect(namedWith('Her death was confirmed by her son, Peter.', english)).toEqual(['confirmed by her son, Peter']);
    expect(namedWith('Her death was confirmed by her son, Peter.', packWith('en-no-agent', { agentPrepositions: new Set(['durch']) }))).toEqual([]);
    const sources = (pack: LanguagePack): string[] => analyzeWith('The Fed said rates would rise.', {}, pack).sources.map((x) => x.kind);
    expect(sources(english)).toEqual(['organization']);
    expect(sources(packWith('en-no-article', { definiteArticles: new Set(['der']) }))).toEqual(['person']);
  });
});

describe('named sources: documents by their title, by their owner and their forecasts', () => {
  it('reads a capitalised title ending in a document’s noun as a document, not a person', () => {
    expect(namedKinds('The World Happiness Report says Finland is the happiest country.')).toEqual([['document', 'World Happiness Report']]);
    expect(namedKinds('The Mueller Report found no such evidence.')).toEqual([['document', 'Mueller Report']]);
    // A title or an honorific before the name makes it a person's: "Mr Post".
    expect(namedKinds('Professor Jane Report said the data were sound.')).toEqual([['person', 'Jane Report']]);
  });

  it('takes a body’s or a document’s forecast that states something, not a plain object', () => {
    expect(named('The Bank’s quarterly Monetary Policy Report forecasts that inflation will return to target.').sources).toEqual(['Monetary Policy Report']);
    expect(named('The IMF forecasts that growth will slow next year.').marks).toEqual(['The IMF forecasts']);
    expect(named('Economists forecast that growth will slow.')).toEqual(none);
    expect(named('The weather forecasts were wrong all week.')).toEqual(none);
  });

  it('cites a document its owner’s pronoun points to: "according to its annual report"', () => {
    expect(named('The company faces an inquiry, according to its annual report.').marks).toEqual(['according to its annual report']);
    expect(named('Their study found that the drug worked.').marks).toEqual(['Their study found']);
    // A person's title after such a pronoun is no document: "its president" stays unresolved here.
    expect(named('The company said little. Its president said nothing.').marks).toEqual(['The company said']);
  });
});

describe('named sources: the case of the words the raw text is searched for', () => {
  it('finds a capitalised participle of publication between a document and its verb', () => {
    expect(named('The joint statement Issued after the summit said the talks failed.').marks).toEqual(['The joint statement Issued after the summit said']);
    expect(named('The joint statement issued after the summit said the talks failed.').marks).toEqual(['The joint statement issued after the summit said']);
  });
});

describe('named sources: a rebuttal whose object is fronted', () => {
  it('reads "a charge Severn Trent rejected", "a criticism the agency rejects" as the rebutter speaking', () => {
    expect(named('Some farmers blame the reservoirs, a charge Severn Trent rejected.').marks).toEqual(['Severn Trent rejected']);
    expect(named('Monitoring has been called patchy, a criticism the agency rejects.').marks).toEqual(['the agency rejects']);
    expect(named('It is a claim Severn Trent disputes.').marks).toEqual(['Severn Trent disputes']);
    expect(named('It is an allegation the ministry has long disputed.').marks).toEqual(['the ministry has long disputed']);
    expect(named('It is a claim which the agency rejects.').marks).toEqual(['the agency rejects']);
    expect(named('It was a charge the company denies.').marks).toEqual(['the company denies']);
  });

  it('gives unnamed rebutters the source "officials said" gives', () => {
    const r = analyze('Builders ignored the codes, a charge officials reject.');
    expect(r.sources.map((s) => [s.kind, s.name])).toEqual([['anonymous', 'officials']]);
    expect(r.findings.filter((f) => f.category === 'anonymous-source').map((f) => f.text)).toEqual(['officials reject']);
  });

  it('never reads rejecting or disputing with its object after it, nor a clause of the claim’s content', () => {
    for (const s of [
      'The court rejected the appeal.',
      'Voters rejected the levy.',
      'Smith disputed the claim.',
      'The union disputes the figures.',
      'The charge that officials rejected the plan is old.',
      'It is a claim which rejects the agency.',
    ]) expect(named(s), s).toEqual(none);
  });

  it('lets a named rebuttal vouch for no claim of its sentence', () => {
    const vague = (text: string): string[] => analyze(text).findings.filter((f) => f.category === 'vague-source').map((f) => f.text);
    expect(vague('Studies show the drug is unsafe, a claim the company rejects.')).toEqual(['Studies show']);
    // A named source that says so does.
    expect(vague('Studies show the drug is unsafe, the company said.')).toEqual([]);
  });
});

describe('named sources: an adverb of manner between the subject and its verb', () => {
  it('reads past "formally", "quietly", "publicly" to the subject', () => {
    expect(named('The ministry formally announced the plan.').marks).toEqual(['The ministry formally announced']);
    expect(named('The agency quietly confirmed the closure.').marks).toEqual(['The agency quietly confirmed']);
    expect(named('Smith publicly stated that the plan failed.').marks).toEqual(['Smith publicly stated']);
    expect(named('The Home Office strongly denied the report.').marks).toEqual(['The Home Office strongly denied']);
  });

  it('takes a request as it takes "asked": a body or person asking on the record', () => {
    expect(named('Nigeria’s National Commission for Museums and Monuments formally requested their return in 2022.').marks).toEqual([
      'Nigeria’s National Commission for Museums and Monuments formally requested',
    ]);
    expect(named('The Home Office requests that visitors apply early.').marks).toEqual(['The Home Office requests']);
  });

  it('never takes a noun of that shape for an adverb, nor a request for a source when it is a noun', () => {
    for (const s of [
      'The family said she was well.',
      'Information requests show the plan failed.',
      'Funding stood at 38 per cent of the $852 million requested this year.',
      'The requests were denied.',
    ]) expect(named(s), s).toEqual(none);
    // "A spokesman who requested anonymity said": the clause's verb, the spokesman unnamed.
    expect(analyze('A spokesman who requested anonymity said the talks failed.').sources.map((s) => s.kind)).toEqual(['anonymous']);
  });
});

describe('named sources: a body’s own documents', () => {
  it('reads "district budget documents", "company filings", "court documents" as the body’s documents', () => {
    expect(named('The spending rose, according to district budget documents.').marks).toEqual(['according to district budget documents']);
    expect(named('The spending rose, according to company filings.').marks).toEqual(['according to company filings']);
    expect(named('The spending rose, according to court documents.').marks).toEqual(['according to court documents']);
    expect(named('Company filings show the plan failed.').marks).toEqual(['Company filings show']);
  });

  it('keeps documents with no body, a generic body’s and an outlet’s reports as they were', () => {
    for (const s of [
      'The spending rose, according to documents.',
      'The spending rose, according to leaked documents.',
      'The spending rose, according to internal documents.',
      'The spending rose, according to police records.',
      'The spending rose, according to news reports.',
    ]) expect(named(s), s).toEqual(none);
  });
});

describe('named sources: what a named source supports', () => {
  it('supports no claim across a semicolon: the clause after it is another statement', () => {
    const vague = (text: string): string[] => analyze(text).findings.filter((f) => f.category === 'vague-source').map((f) => f.text);
    expect(vague('Posts shared widely on social media said the student had been reported; the district said it had no record of it.')).toEqual(['social media said']);
    expect(vague('Posts shared widely on social media said the student had been reported, the district said.')).toEqual([]);
  });

  it('supports no claim across a comma and a conjunction of contrast', () => {
    const vague = (text: string): string[] => analyze(text).findings.filter((f) => f.category === 'vague-source').map((f) => f.text);
    expect(vague('The club said he had a minor illness, but many supporters believe he was staying away.')).toEqual(['many supporters believe']);
    expect(vague('Many supporters believe he was staying away, although the club said he was ill.')).toEqual(['Many supporters believe']);
    expect(vague('Many supporters believe he was staying away, the club said.')).toEqual([]);
    // An aside between commas, or a clause after "that", is still the source's statement.
    expect(vague('It is thought the fire, though small, spread quickly, the fire service said.')).toEqual([]);
    expect(vague('Many economists believe rates will fall, but not before the spring, the Bank of England said.')).toEqual([]);
    expect(vague('Dr Smith said that, although studies show the drug is safe, more trials are needed.')).toEqual([]);
  });

  it('lets a named source after "and" vouch for a hedge it confirms, but not for another group’s view', () => {
    const marked = (text: string): string[] => analyze(text).findings.filter((f) => f.category !== 'named-source').map((f) => f.text);
    expect(marked('Some council colleagues have questioned that figure, and a 2023 report by the city controller found the savings were smaller.')).toEqual(['Some council colleagues have questioned']);
    expect(marked('The deal was first reported by trade publications, and Reuters confirmed it on Monday.')).toEqual([]);
  });
});

describe('named sources: documents placed by where they come from', () => {
  it('names a document, even after "a", by a participle and what it comes from, or by a named registry', () => {
    for (const [s, mark] of [
      ['The insurers relied on photographs, according to a department filing released with the announcement.', 'according to a department filing'],
      ['The plant was cited in 2021, according to inspection records obtained by the Courier.', 'according to inspection records'],
      ['She ran 2:21, according to results posted on the race website.', 'according to results'],
      ['The programme faces an overspend, according to an internal memo seen by this newspaper.', 'according to an internal memo'],
      ['Basketly raised £180 million, according to filings at Companies House.', 'according to filings'],
      ['Vaccination has fallen to 81 per cent, according to the state immunisation registry.', 'according to the state immunisation registry'],
    ]) expect(named(s!).marks, s).toEqual([mark]);
  });

  it('reads a decision and a report owned by a plural as documents: "the tribunal’s decision", "the planning officers’ report"', () => {
    for (const [s, mark] of [
      ['According to the planning officers’ report, the agency objected.', 'According to the planning officers’ report'],
      ['The level was high, according to the written decision of the independent tribunal.', 'according to the written decision'],
      ['According to the tribunal’s decision, the level was high.', 'According to the tribunal’s decision'],
    ]) expect(named(s!).marks, s).toEqual([mark]);
    expect(named('The witnesses’ accounts differ on the time.')).toEqual(none);
    // Elsewhere a decision is what was decided.
    expect(named('The decision shows how desperate they are.')).toEqual(none);
  });

  it('lets a document someone has seen speak, not its reader: "papers seen by this newspaper show"', () => {
    for (const [s, mark, kind] of [
      ['Employment tribunal papers seen by this newspaper show that she lodged a claim.', 'Employment tribunal papers seen by this newspaper show', 'document'],
      ['The bridge was rated poor, state records obtained by the Statesman Journal show.', 'records obtained by the Statesman Journal show', 'document'],
      ['Documents seen by this newspaper show that she lodged a claim.', 'Documents seen by this newspaper show', 'document'],
    ]) {
      expect(named(s!).marks, s).toEqual([mark]);
      expect(analyze(s!).sources.map((x) => x.kind), s).toEqual([kind]);
    }
  });

  it('does not place a document by a date, nor name one that nothing places', () => {
    for (const s of [
      'Prices rose, according to a report published on Monday.',
      'Prices rose, according to a report published in 2021.',
      'Prices rose, according to a report.',
      'Prices rose, according to a report released on the eve of the summit.',
      'Prices rose, according to a document posted on social media.',
      'Prices rose, according to a complaint submitted to police.',
      'Prices rose, according to a letter signed by dozens of residents.',
      'Prices rose, according to a report published in full.',
    ]) {
      expect(named(s), s).toEqual(none);
    }
  });

  it('reads a body’s own accounts as its document, but not witnesses’ accounts', () => {
    expect(named('Harbour Care’s annual accounts show operating profit rose 38 per cent.').marks).toEqual(['Harbour Care’s annual accounts show']);
    expect(named('Thames Water’s 2023-24 accounts show its debt rose.').marks).toEqual(['Thames Water’s 2023-24 accounts show']);
    expect(named('The scheme had a shortfall, according to the trust’s latest annual accounts.').marks).toEqual(['according to the trust’s latest annual accounts']);
    expect(named('The witnesses’ accounts differ on the time.')).toEqual(none);
    expect(named('Two survivors were rescued. Their accounts suggest the boat capsized in minutes.')).toEqual(none);
    expect(named('Smith’s accounts suggest he was at home that night.')).toEqual(none);
    // The body named before, by "its", with how the accounts are kept.
    expect(named('Ridings made a loss, according to its last filed accounts.').marks).toEqual(['according to its last filed accounts']);
    expect(named('The company lost £64m last year, its most recent accounts show.').marks).toEqual(['its most recent accounts show']);
    expect(named('Two survivors were rescued. Their latest accounts of the night differ.')).toEqual(none);
    expect(named('According to their latest accounts, the couple were asleep when the fire started.')).toEqual(none);
  });
});

describe('named sources: a noun after an article and a name is no verb', () => {
  it('reads "a cryptic Instagram post" as a post, not Instagram posting', () => {
    expect(named('Many fans believed a cryptic Instagram post last month was a hint.')).toEqual(none);
    expect(named('In a new paper Dr Jones notes that the effect is small.').marks).toEqual(['Dr Jones notes']);
  });
});

describe('named sources: a body named before, by its common noun', () => {
  it('reads "the gallery said", "the zoo said" as the body named before, but not the visitors to it', () => {
    expect(named('The Whitcombe Gallery has taken down a painting. The gallery said it had commissioned the analysis.').marks).toEqual(['The gallery said']);
    expect(named('A red panda escaped from Paignton Zoo. It was found on Friday, the zoo said.').marks).toEqual(['the zoo said']);
    for (const s of ['Visitors to the zoo said the enclosure was filthy.', 'Fans outside the club said the tickets were gone.', 'Fans outside Old Trafford said the tickets were gone.', 'Supporters of Jeremy Corbyn said the vote was rigged.']) {
      expect(named(s), s).toEqual(none);
    }
    // A place's officials speak for it.
    expect(named('Prosecutors in Los Angeles say the firm misled customers.').sources).toEqual(['Los Angeles']);
  });
});

describe('sources: a case put after "if" is no statement', () => {
  it('finds no source in "if someone tells you", "unless the minister says otherwise", but keeps "when Smith said"', () => {
    for (const s of ['If someone tells you the water is safe, check.', 'If Smith says yes, the deal goes ahead.', 'Unless the minister says otherwise, the school stays shut.']) {
      expect(analyze(s).sources, s).toEqual([]);
    }
    expect(named('When Smith said that, the room fell silent.').marks).toEqual(['Smith said']);
  });
});

describe('named sources: names with a joiner, a short form in brackets, a company word', () => {
  it('reads "Office for National Statistics figures show", "(Balpa) said", "Northlight Records said", "Harbour Lane Pictures said"', () => {
    expect(named('Unemployment rose, Office for National Statistics figures show.').marks).toEqual(['Office for National Statistics figures show']);
    expect(named('The British Air Line Pilots’ Association (Balpa) said talks had failed.').marks).toHaveLength(1);
    expect(analyze('Northlight Records said the track was removed.').sources.map((x) => [x.kind, x.name])).toEqual([['organization', 'Northlight Records']]);
    expect(named('Her label, Northlight Records, said the track was removed.').sources).toEqual(['Northlight Records']);
    expect(named('The stuntman was hurt, Harbour Lane Pictures said.').marks).toEqual(['Harbour Lane Pictures said']);
    expect(named('Court records show he was convicted.').sources).toEqual(['court records']);
    // A joiner inside a body's spokesperson, and none that would cut a longer name.
    expect(named('A Customs and Border Protection spokesperson said the wall was on time.').sources).toEqual(['Customs and Border Protection']);
    expect(analyze('A Marks & Spencer spokesperson said sales rose.').sources.map((x) => [x.kind, x.name])).toEqual([['organization', 'Marks & Spencer']]);
    expect(named('The Department for Work and Pensions report said claims rose.').sources).not.toContain('Work and Pensions report');
    // An acronym in brackets after a common word of the name, too.
    expect(named('The UN refugee agency (UNHCR) said 300 people fled.').marks).toEqual(['UN refugee agency (UNHCR) said']);
  });
});

describe('named sources: a common plural opening the sentence', () => {
  it('reads "Hydrologists have long warned" as a group, "Rangers have said" as a club', () => {
    expect(named('Hydrologists have long warned that the basins were too small.')).toEqual(none);
    expect(named('Rangers have said the deal is off.').marks).toEqual(['Rangers have said']);
    // British usage gives clubs and companies a plural auxiliary: still their names.
    expect(named('Barclays have said they will close 200 branches.').marks).toEqual(['Barclays have said']);
    // Bodies and groups known to be common are no names before an auxiliary either.
    expect(named('Schools have said they cannot cope.')).toEqual(none);
  });
});

describe('named sources: degree words, registers and couples', () => {
  it('reads "its most recent proxy statement", "the museum’s own acquisition register", "the couple said"', () => {
    expect(named('He earned $4m, according to its most recent proxy statement.').marks).toEqual(['according to its most recent proxy statement']);
    expect(named('The regalia were bought in 1874, according to the museum’s own acquisition register.').marks).toEqual(['according to the museum’s own acquisition register']);
    expect(named('Jo and Sam Reid married in May. The couple said they were delighted.').marks).toEqual(['The couple said']);
    expect(named('He was paid in cash, according to the arrest warrant.').marks).toEqual(['according to the arrest warrant']);
    expect(named('Eleven fires were reported, according to the recall notice.').marks).toEqual(['according to the recall notice']);
    expect(named('The review, led by former medical director Dr Fiona Kaye, found that care was poor.').marks).toEqual(['The review, led by former medical director Dr Fiona Kaye, found']);
    expect(named('The King had a knee procedure. The palace said he was resting.').marks).toEqual(['The palace said']);
    expect(named('Hollowtree Pictures, which produced the drama, said it was shocked.').sources).toEqual(['Hollowtree Pictures']);
    expect(named('A ban of three years is possible, the federation’s regulations state.').marks).toEqual(['the federation’s regulations state']);
    // An investigation is what people around it speak of, not a speaker: "people familiar with the investigation said".
    expect(named('People familiar with the investigation said the suspect fled.')).toEqual(none);
    expect(named('Fees rose, according to a letter from the regulator seen by this newspaper.').marks).toEqual(['according to a letter']);
    expect(named('Prices rose, according to a letter from a reader.')).toEqual(none);
    expect(named('Rates rose, according to a survey from the north of England.')).toEqual(none);
    // Images, polls and letters from a name cite it; only people around a name do not.
    expect(named('New images from Nasa show the storm growing.').sources).toEqual(['Nasa']);
    expect(named('Prosecutors in Manhattan said the case would proceed.').sources).toEqual(['Manhattan']);
    expect(named('Anglers along the Kennet say the fish have gone.')).toEqual(none);
  });
});

describe('named sources: a party label or a description between commas after the name', () => {
  it('reads "Sen. Maria Castellanos, D-N.M., said", "Rep. Jim Jordan, R-Ohio, said" and "…, a Democrat, said" as the person', () => {
    for (const [s, mark] of [
      ['Sen. Maria Castellanos, D-N.M., said the deal stank.', 'Sen. Maria Castellanos, D-N.M., said'],
      ['Sen. Maria Castellanos, D-N.M., who sits on the committee, said the deal stank.', 'Sen. Maria Castellanos, D-N.M., who sits on the committee, said'],
      ['Rep. Jim Jordan, R-Ohio, said the deal stank.', 'Rep. Jim Jordan, R-Ohio, said'],
      ['Sen. Maria Castellanos, a Democrat, said the deal stank.', 'Sen. Maria Castellanos, a Democrat, said'],
    ]) expect(named(s!).marks, s).toEqual([mark]);
    expect(analyze('Sen. Maria Castellanos, a Democrat, said the deal stank.').sources.map((x) => x.name)).toEqual(['Maria Castellanos']);
    // A capital "A." is an initial, not the article; a tag that is no state is no party label.
    expect(named('Her attorney, A. J. Brooks, said she would appeal.').marks).toEqual(['A. J. Brooks, said']);
    expect(named('Smith, I-Team, said the deal stank.').sources).not.toEqual(['Smith']);
    expect(named('The senator, R-Ohio, said the deal stank.').marks).toEqual(['The senator, R-Ohio, said']);
  });
});

describe('named sources: a verdict with its object and complement', () => {
  it('reads "called it “simply wrong”", "called the report “a disgrace”", "called him a liar"', () => {
    expect(named('Treasurer Evan Hughes called it “simply wrong”.').marks).toEqual(['Treasurer Evan Hughes called']);
    expect(named('The minister called the report “a disgrace”.').marks).toEqual(['The minister called']);
    expect(named('Smith called the claims “baseless”.').marks).toEqual(['Smith called']);
    expect(named('Smith called him a liar.').marks).toEqual(['Smith called']);
    expect(named('The senator branded the decision “a betrayal”.').marks).toEqual(['The senator branded']);
  });

  it('never reads a call, a name given or a noun phrase and an article as a verdict', () => {
    for (const s of [
      'She called her mother.',
      'The club called a meeting.',
      'Police called off the search.',
      'Police called it off.',
      'A man called John came in.',
      'They called the baby “Lily”.',
      'The union called for a strike.',
      'The minister called the police a second time.',
      // Debatable, left out: with no quotation marks an article after a noun phrase may start a time phrase.
      'The minister called the report a whitewash.',
    ]) expect(named(s), s).toEqual(none);
  });
});

describe('named sources: a named person’s family speaks for them', () => {
  it('reads "the family of Claire Dumont" as a spokesperson for her is read, the family its source, not the hostage', () => {
    expect(namedKinds('The family of Claire Dumont, one of the French hostages, said she was well.')).toEqual([['person', 'family of Claire Dumont']]);
    expect(named('The family of Claire Dumont said she was well.').marks).toEqual(['The family of Claire Dumont said']);
  });

  it('reads no publication or release as a document of its own ("The regulator published a report on Monday", "The released hostages said") nor a verb-spelled plural as a modifier ("the reports police said")', () => {
    for (const s of ['The regulator published a report on Monday.', 'The Met Office issued a warning for the weekend.', 'The released hostages said they had been kept in tunnels.', 'Following the reports police said a man had been arrested.']) {
      expect(named(s), s).toEqual(none);
    }
    expect(named('There will be no speeches, according to the palace’s published programme.').marks).toEqual(['according to the palace’s published programme']);
    expect(named('In Assam, the state disaster management authority said 29 districts were affected.').marks).toEqual(['the state disaster management authority said']);
  });

  it('reads no "that" that points ("has ruled that out"), no indirect question’s "what" ("unclear what the company called"), no participle that is its clause’s verb ("The hospital involved patients")', () => {
    for (const s of ['The government has ruled that out.', 'The Treasury has not ruled that option out.', 'It is unclear what the company called the product.', 'The hospital involved patients who said they felt ignored.']) {
      expect(named(s), s).toEqual(none);
    }
    expect(named('In a 2-1 decision, the Sixth Circuit Court of Appeals held that the district court had been wrong.').marks).toEqual(['the Sixth Circuit Court of Appeals held']);
  });

  it('reads "general staff" as a body only capitalised, after "the" or owned by a name ("Kalmar’s general staff"), not a hospital’s employees', () => {
    expect(named('The hospital’s general staff said they were exhausted.')).toEqual(none);
    expect(named('Kalmar’s general staff said the drills were over.').marks).toEqual(['Kalmar’s general staff said']);
  });

  it('reads court papers as documents: an affidavit, a notice, a complaint filed in a named court', () => {
    expect(named('The affidavit says Pruitt lived nearby.').marks).toEqual(['The affidavit says']);
    expect(named('The clothing was matched to Pruitt, according to an arrest affidavit filed in Marion County Circuit Court.').marks).toEqual([
      'according to an arrest affidavit filed in Marion County Circuit Court',
    ]);
    expect(named('Staff were given notice on Friday.')).toEqual(none);
  });

  it('reads no permission or possibility as an attribution, nor a hedged telling, nor "called it a career"', () => {
    for (const s of ['Defendants who cannot pay may request legal aid.', 'Customers can ask for a refund within 30 days.', 'Putin purportedly told aides the war would last years.', 'Putin reportedly told aides the war would last years.', 'Serena Williams called it a career after the US Open.']) {
      expect(named(s), s).toEqual(none);
    }
    expect(named('Theresa May said the deal was done.').marks).toEqual(['Theresa May said']);
  });

  it('reads a rebuttal only as an appositive’s "a charge", and lets it earn the sentence no status', () => {
    for (const s of ['Nearly half of the asylum claims the Home Office rejected were overturned.', 'Charges the bank disputed were refunded.']) {
      expect(named(s), s).toEqual(none);
    }
    expect(named('Builders ignored the codes, a charge Severn Trent rejected.').marks).toEqual(['Severn Trent rejected']);
    expect(analyze('The ministry may have overspent by £2bn, a claim the Treasury rejects.').sentences[0]!.sourcing).toBe('hedged');
  });

  it('names no one for a family alone, an unnamed person’s or an indefinite one', () => {
    for (const s of ['The family said she was well.', 'The family of the victim said she was well.', 'A family of Syrian refugees said they were well.']) {
      expect(named(s), s).toEqual(none);
    }
  });
});

describe('named sources: a document’s noun that is also a reporting verb', () => {
  it('reads "report" before a reporting verb or a participle of publication as the noun', () => {
    expect(named('The staff report states that four companies did it.').marks).toEqual(['The staff report states']);
    expect(named('The committee’s staff report, released on Wednesday, states that four companies did it.').marks).toEqual([
      'The committee’s staff report, released on Wednesday, states',
    ]);
    // A body's acronym spelling a common word still names the document's owner.
    expect(namedKinds('The WHO report found that the drug worked.')).toEqual([['document', 'WHO report']]);
  });

  it('still reads a group reporting', () => {
    expect(analyze('Analysts report strong demand.').sources.map((s) => [s.kind, s.name])).toEqual([['vague', 'analysts']]);
    expect(named('Analysts report, however, that demand is weak.')).toEqual(none);
  });
});

describe('named sources: a person named in an appositive with a description', () => {
  it('reads "The film’s narrator, the actor Sam Keller, tells" as Sam Keller, the description his title', () => {
    expect(titled('The film’s narrator, the actor Sam Keller, tells us that the link is clear.')).toEqual([['Sam Keller', 'actor']]);
    expect(named('Her lawyer, the barrister John Smith, said the case was weak.').sources).toEqual(['John Smith']);
  });

  it('names no person where no comma opens the appositive or a name ends it', () => {
    expect(named('He met the actor, the man said.')).toEqual(none);
    expect(titled('In March the actor Sam Keller said the link was clear.')).toEqual([['Sam Keller', 'actor']]);
  });
});

describe('named sources: a filing with a body, a consultancy, a forecast dated after its verb', () => {
  it('reads "a filing with the Federal Communications Commission" as the body’s', () => {
    expect(named('According to a filing with the Federal Communications Commission, the device uses radar.').sources).toEqual(['Federal Communications Commission']);
    expect(named('According to a study with 3,000 participants, the drug works.')).toEqual(none);
  });

  it('reads a body’s forecast with a time phrase after it, then nothing or an opener', () => {
    expect(named('The increase is larger than the consultancy Cornwall Insight had forecast last month.').marks).toEqual(['the consultancy Cornwall Insight had forecast']);
    expect(named('The bank forecast last year that growth would slow.').marks).toEqual(['The bank forecast']);
    // An act stays one: a plain object.
    expect(named('Netflix recommended shows last week.')).toEqual(none);
  });
});

describe('named sources: appositives after a name, then the verb', () => {
  it('reads an affiliation, a possessive, a role phrase or a bracketed ward between the name and the verb', () => {
    for (const [s, mark] of [
      ['Detective Inspector Sarah Boyle, of Bradford District CID, said: “We believe this.”', 'Detective Inspector Sarah Boyle, of Bradford District CID, said'],
      ['Fiona Marr, Northbridge’s chief executive, said the combination was strong.', 'Fiona Marr, Northbridge’s chief executive, said'],
      ['Tom Leeson, national chair of the Prison Officers’ Association, said the riot was avoidable.', 'Tom Leeson, national chair of the Prison Officers’ Association, said'],
      ['Councillor Dev Mistry, cabinet member for children’s services, said: “Parents will be pleased.”', 'Councillor Dev Mistry, cabinet member for children’s services, said'],
      ['On stage, Kenji Morita, Lumen’s head of mobile, said the phone was fast.', 'Kenji Morita, Lumen’s head of mobile, said'],
      ['Councillor Jane Holroyd (Upper Dale), who voted against, said the committee erred.', 'Councillor Jane Holroyd (Upper Dale), who voted against, said'],
      ['Margaret Dunn, 74, who waited 31 months for a hip replacement, said she rang every week.', 'Margaret Dunn, 74, who waited 31 months for a hip replacement, said'],
    ]) expect(named(s!).marks, s).toEqual([mark]);
    expect(named('In 2019, 74, who were patients then, said they had waited.')).toEqual(none);
  });

  it('reads a body by its possessive appositive, and a person described without a determiner', () => {
    expect(analyze('SERFOR, Peru’s national forest and wildlife service, said it would act.').sources.map((x) => [x.kind, x.name])).toEqual([['organization', 'SERFOR']]);
    expect(titled('The landowner, farmer Tom Beckett, said he had ploughed the field.')).toEqual([['Tom Beckett', 'farmer']]);
    expect(named('The landowner, farmer Tom Beckett, said he had ploughed the field.').marks).toEqual(['The landowner, farmer Tom Beckett, said']);
  });

  it('reads no name past a closing quote, an aside that opens no appositive, or an unnamed subject', () => {
    expect(named('Jones, of course, said no.')).toEqual(none);
    expect(named('“We are the officers’ friends,” he said.')).toEqual(none);
    expect(named('The residents, cabinet members said, were angry.')).toEqual(none);
    expect(named('In London, police officers said the march was calm.')).toEqual(none);
  });
});

describe('named sources: "according to" a described body, a body’s own document', () => {
  it('reads a body after its lower-case description, a participle and "by", or an ampersand', () => {
    for (const [s, mark] of [
      ['Prices rose 4%, according to the research firm Statmark.', 'according to the research firm Statmark'],
      ['According to blockchain analysis firm Chainpath, the funds moved twice.', 'According to blockchain analysis firm Chainpath'],
      ['He leads by three points, according to an average compiled by the elections site TallyRoom.', 'according to an average compiled by the elections site TallyRoom'],
      ['The domain was registered in May, according to records held by the registrar Namecheap.', 'according to records held by the registrar Namecheap'],
      ['Support stands at 41%, according to a Franklin & Marshall College poll.', 'according to a Franklin & Marshall College poll'],
    ]) expect(named(s!).marks, s).toEqual([mark]);
  });

  it('reads "Statistics Canada" as a body, but not a common plural on its own', () => {
    expect(analyze('According to Statistics Norway, prices rose.').sources.map((x) => [x.kind, x.name])).toEqual([['organization', 'Statistics Norway']]);
    expect(named('According to statistics, prices rose.')).toEqual(none);
    expect(named('According to Statistics, prices rose.')).toEqual(none);
  });

  it('reads a body’s own counts and published programme, not an unowned one', () => {
    expect(named('According to the council’s own traffic counts, traffic fell.').marks).toEqual(['According to the council’s own traffic counts']);
    expect(named('According to the palace’s published programme, the King will visit.').marks).toEqual(['According to the palace’s published programme']);
    expect(named('According to a published programme, the King will visit.')).toEqual(none);
  });
});

describe('named sources: people placed on a street are no named source', () => {
  it('reads "Some shopkeepers on Eastgate say" as an unnamed group', () => {
    expect(named('Some shopkeepers on Eastgate say they have lost trade.')).toEqual(none);
    expect(analyze('Some shopkeepers on Eastgate say they have lost trade.').sources.map((x) => x.kind)).toEqual(['vague']);
    expect(named('Shopkeepers in Leeds say trade is down.')).toEqual(none);
    // After "on" a name is a place, whoever speaks: "admitted its first tenants" is no statement of Pier Street's.
    expect(named('Its flagship project on Pier Street, which won an architecture critics’ award in June, has admitted its first 120 tenants.')).toEqual(none);
  });
});

describe('named sources: a body by a description, its forecasts, signals and rulings', () => {
  it('reads a body whose modifier is spelled as a verb, and a secretariat', () => {
    expect(named('In Assam, the state disaster management authority said 29 districts were affected.').marks).toEqual(['the state disaster management authority said']);
    expect(named('Output fell in May, the OPEC secretariat said.').sources).toEqual(['OPEC secretariat']);
  });

  it('reads a body’s forecast with a plain object, not a forecast that is a noun', () => {
    expect(named('The Bangladesh Meteorological Department forecasts heavy rain.').marks).toEqual(['The Bangladesh Meteorological Department forecasts']);
    expect(named('The company forecast was cut.')).toEqual(none);
    expect(named('Netflix recommended shows last week.')).toEqual(none);
  });

  it('reads a body’s "signalled that", not a signal as an act', () => {
    expect(named('The cut was expected, and the Bank of England has signalled that further cuts will be gradual.').marks).toEqual(['the Bank of England has signalled']);
    expect(named('The bank signalled a shift.')).toEqual(none);
    expect(named('He sent mixed signals that day.')).toEqual(none);
    expect(named('“The bank has clearly signalled it wants to pause,” she said.')).toEqual(none);
  });

  it('reads a court’s "held that" or "ruled that", never a person’s, nor "held" as an act', () => {
    expect(named('The Sixth Circuit Court of Appeals held that the law was valid.').marks).toEqual(['The Sixth Circuit Court of Appeals held']);
    for (const s of ['Police held him for questioning.', 'Smith held that the law was valid.', 'The talks were held that week.', 'The club held talks with the council.', 'The referee ruled that the goal stood.']) {
      expect(named(s), s).toEqual(none);
    }
  });
});

describe('named sources: a document the writer has seen', () => {
  it('reads a document "seen by" or "obtained by" someone, even after "an", and one dated before the appositive', () => {
    expect(named('An internal incident report dated 14 March, seen by this newspaper, states that the alarm failed.').marks).toEqual(['An internal incident report dated 14 March, seen by this newspaper, states']);
    expect(named('The letter, seen by the Gazette, says the school knew.').marks).toEqual(['The letter, seen by the Gazette, says']);
    expect(named('The memo, obtained by Reuters, shows the plan failed.').marks).toEqual(['The memo, obtained by Reuters, shows']);
  });

  it('names no document "seen as" something, nor an undated one with "an" and no sight of it', () => {
    expect(named('A report, seen as critical, says the plan failed.')).toEqual(none);
    expect(named('An email dated 3 May says the plan failed.')).toEqual(none);
  });
});

describe('named sources: a body by two common words, or by a participle telling which', () => {
  it('reads "Ukraine’s General Staff", "the general staff" as a body, not "senior staff"', () => {
    expect(named('Ukraine’s General Staff said 30 drones were shot down.').marks).toEqual(['Ukraine’s General Staff said']);
    expect(named('Kalmar’s general staff said the attack had been repelled.').marks).toEqual(['Kalmar’s general staff said']);
    expect(named('Senior staff said the plan failed.')).toEqual(none);
    expect(named('Ukraine’s staff said it.')).toEqual(none);
  });

  it('reads "the academy named in the posts said", "the company involved said", not unnamed people or "a company"', () => {
    expect(named('The girl could not be traced, and the academy named in the posts said it had no record of her.').marks).toEqual(['the academy named in the posts said']);
    expect(named('The company involved said it would appeal.').marks).toEqual(['The company involved said']);
    expect(named('The officials involved said nothing.')).toEqual(none);
    expect(named('A company named in the posts said it was wrong.')).toEqual(none);
  });
});

describe('named sources: a verdict with its object fronted, a document updated before its verb', () => {
  it('reads "in what Historic England has called one of the finds", not a call or a name', () => {
    expect(named('Archaeologists dug near Swaffham, in what Historic England has called one of the most significant finds.').marks).toEqual(['Historic England has called']);
    expect(named('A man called John arrived.')).toEqual(none);
    expect(named('Historic England called a meeting.')).toEqual(none);
  });

  it('reads "Bloom’s guidance, last updated in May, states" and "according to the menu", but no policy as a document', () => {
    expect(named('Bloom’s guidance, last updated in May, states that health data never leaves the phone.').marks).toEqual(['Bloom’s guidance, last updated in May, states']);
    expect(named('The policy has shown little effect so far.')).toEqual(none);
    expect(named('The meat comes from a farm in the Borders, according to the menu.').marks).toEqual(['according to the menu']);
    expect(named('Government policy says nothing about it.')).toEqual(none);
  });
});

describe('named sources: a business known by its founder’s possessive', () => {
  it('reads "Pemberton’s said", "Sotheby\'s said", "a spokesman for Harmon’s said" as the business', () => {
    expect(named('Pemberton’s said in a statement that it had withdrawn the lot.').marks).toEqual(['Pemberton’s said']);
    expect(named('The lot was withdrawn, Sotheby\'s said.').sources).toEqual(['Sotheby\'s']);
    expect(analyze('The lot was withdrawn, Christie’s said.').sources.map((s) => s.kind)).toEqual(['organization']);
    expect(named('A spokesman for Harmon’s said the wraps were safe.').sources).toEqual(['Harmon’s']);
  });

  it('reads no source in a contraction of "is" or "has": "It’s said", "That’s said", "The company’s said"', () => {
    expect(named('It’s said that he left in a hurry.')).toEqual(none);
    expect(named('That’s said to be the oldest tree in Kent.')).toEqual(none);
    expect(named('What’s said in the room stays there.')).toEqual(none);
    for (const s of ['Everyone’s said their piece, and now we vote.', 'Nobody’s said anything to me about it.', 'Government’s said it is reviewing the rules.', 'Johnson’s said to be furious about the leak.', 'Trump’s said he will not attend the debate.', 'Mum’s said I can go to the party.']) {
      expect(named(s), s).toEqual(none);
    }
  });
});

describe('unnamed people who are reported on, not sources', () => {
  it('marks no informant in "Police said one man was arrested" or "one person remained missing, police said"', () => {
    const anonymous = (t: string): string[] => analyze(t).findings.filter((f) => f.category === 'anonymous-source').map((f) => f.text);
    expect(anonymous('Police said one man was arrested at the scene.')).toEqual([]);
    expect(anonymous('The team said another player had tested positive.')).toEqual([]);
    expect(anonymous('Three people were hurt and one person remained missing, police said.')).toEqual([]);
    expect(anonymous('“We lost everything,” said one woman, who fled.')).toEqual(['said one woman']);
  });
});

describe('named sources: spokespeople for a body named before, and bodies that are guards', () => {
  it('reads "a spokesperson for the regulator said" as the body, not "a spokesman for the protesters"', () => {
    expect(named('A spokesperson for the regulator said it would not comment.').sources).toEqual(['the regulator']);
    expect(named('A spokeswoman for the company said sales were up.').marks).toEqual(['A spokeswoman for the company said']);
    expect(named('A spokesman for the protesters said they would march.')).toEqual(none);
  });

  it('reads "the Libyan coast guard", "the US Coast Guard" as bodies, not "the security guard"', () => {
    expect(named('A spokesman for the Libyan coast guard confirmed the rescue.').sources).toEqual(['Libyan coast guard']);
    expect(analyze('The US Coast Guard said it had found debris.').sources.map((s) => s.kind)).toEqual(['organization']);
    expect(named('The security guard said he saw nothing.')).toEqual(none);
  });
});

describe('named sources: papers placed by the court they were filed in, or by who carried them out', () => {
  it('reads "according to an indictment unsealed in Manhattan federal court" as the document, not Manhattan', () => {
    expect(named('He was charged, according to an indictment unsealed in Manhattan federal court.').marks).toEqual(['according to an indictment']);
    expect(analyze('He was charged, according to a complaint filed in federal court.').sources.map((s) => s.kind)).toEqual(['document']);
    expect(named('The drug works, according to a study published in The Lancet.').sources).toEqual(['Lancet']);
  });

  it('reads "according to a survey conducted by the board", not a survey done by anyone or anywhere', () => {
    expect(named('Wells dried up, according to a survey conducted by the board last month.').marks).toEqual(['according to a survey']);
    expect(named('Wells dried up, according to a survey conducted by volunteers.')).toEqual(none);
    expect(named('According to a poll conducted in the region, most voters agree.')).toEqual(none);
    expect(named('According to a survey conducted in the UK, prices rose.')).toEqual(none);
  });

  it('reads no source in what was told to a court, and marks only the aside of a person not in a short phrase', () => {
    const text = 'At a hearing on Tuesday the victim, who asked not to be named, told the court he was scared.';
    expect(named(text)).toEqual(none);
    expect(analyze(text).findings.map((f) => f.text)).toEqual(['asked not to be named']);
  });
});

describe('named sources: asides in brackets, missions, and a tabloid’s "reckons"', () => {
  it('reads a name through an aside in brackets, commas inside it included', () => {
    expect(named('Cllr Gareth Hughes (Conservative, Rothbury) said he would come.').sources).toEqual(['Cllr Gareth Hughes']);
    expect(named('Cllr Gareth Hughes (Conservative, Rothbury), who sits on the committee, said he would come.').sources).toEqual(['Cllr Gareth Hughes']);
    expect(named('Jane Smith (pictured) said the plan had failed.').marks).toEqual(['Jane Smith (pictured) said']);
    expect(named('The company (which makes anvils) said it would cut jobs.')).toEqual(none);
  });

  it('reads an observer mission as a body and "reckons" as a reporting verb', () => {
    expect(named('The EU observer mission said voting was peaceful.').sources).toEqual(['EU observer mission']);
    expect(named('Ex-Blues striker Danny Holt reckons Chelsea should pay whatever it takes.').sources).toEqual(['Danny Holt']);
    expect(named('She is a force to be reckoned with.')).toEqual(none);
  });
});

describe('named sources: a family known by its name, a nationality before a role', () => {
  it('reads "The Hartley family said", with or without an aside, not "The family said"', () => {
    expect(named('The Hartley family said in a statement that they were devastated.').sources).toEqual(['Hartley family']);
    expect(named('The Hartley family, who have owned the hall since 1987, said they were devastated.').sources).toEqual(['Hartley family']);
    expect(named('The family said they were heartbroken.')).toEqual(none);
  });

  it('reads "said German grandmaster Lena Hartmann" as the person', () => {
    expect(named('“It was over,” said German grandmaster Lena Hartmann.').sources).toEqual(['Lena Hartmann']);
  });
});

describe('named sources: a study published on a bare weekday', () => {
  it('reads "a study published Wednesday in the journal Clinical Neurotherapeutics" as the journal', () => {
    expect(named('It slowed decline, according to a study published Wednesday in the journal Clinical Neurotherapeutics.').marks).toEqual(['according to a study published Wednesday in the journal Clinical Neurotherapeutics']);
  });
});

describe('unnamed professions opening a sentence', () => {
  it('reads "Seismologists said" as a group, not a name, while "Rogers said" stays a name', () => {
    expect(named('Seismologists said the quake was shallow.')).toEqual(none);
    expect(analyze('Volcanologists said the eruption was slowing.').findings.map((f) => f.category)).toEqual(['vague-source']);
    expect(named('Rogers said the rock was old.').sources).toEqual(['Rogers']);
  });
});

describe('passives: who was told is no source', () => {
  it('reads no source in "Players in the squad were told to rest", but reads "IS claimed" as the group', () => {
    expect(analyze('Players in the squad were told to rest.').findings).toEqual([]);
    expect(analyze('Passengers on the train were told to stay in their seats.').findings).toEqual([]);
    expect(named('IS claimed responsibility for the attack in a statement.').sources).toEqual(['IS']);
  });
});

describe('words that only look like names at the start of a sentence', () => {
  it('reads no speaker in "Another said" or in the place of "as far away as Baton Rouge", but keeps "as far as Mr Smith said"', () => {
    expect(named('Another said the queue had been there since dawn.')).toEqual(none);
    expect(named('Residents as far away as Baton Rouge said they heard the blast.')).toEqual(none);
    expect(named('Talks have got as far as Mr Smith said they would.').marks).toEqual(['Mr Smith said']);
  });
});

describe('named sources: what a document lists and cites, and a court’s order', () => {
  it('reads "the petition lists", "The report also cited" as named, but not a body listing shares or citing a soldier', () => {
    expect(named('The company’s petition lists liabilities of $1 billion.').sources).toEqual(['the company’s petition']);
    expect(named('The report also cited a runway incursion at Denver.').marks).toEqual(['The report also cited']);
    expect(named('The report cited in the lawsuit found the pipe was corroded.').marks).toEqual(['the lawsuit found']);
    for (const s of ['He was listed as missing.', 'Officials cited security concerns.', 'The company listed its shares in New York last year.', 'The Army cited him for bravery.']) {
      expect(named(s), s).toEqual(none);
    }
  });

  it('cites a court’s order as a document, not a map', () => {
    expect(named('The pair will share custody, according to the final order.').sources).toEqual(['the final order']);
    expect(named('The order says the pair must share custody.').marks).toEqual(['The order says']);
    expect(named('The map shows the route of the march.')).toEqual(none);
  });
});

describe('named sources: a document placed by whom it went to, or by the day a court unsealed it', () => {
  it('names "a letter sent to legislative leaders", "a report to the council’s cabinet", "papers prepared for the council’s committee", "an indictment unsealed Tuesday"', () => {
    expect(named('He quit, according to a letter sent to legislative leaders.').marks).toEqual(['according to a letter']);
    expect(named('Ridership fell, according to a report to the council’s cabinet.').marks).toEqual(['according to a report']);
    expect(named('Trains were cancelled, according to papers prepared for the council’s transport committee.').marks).toEqual(['according to papers']);
    expect(named('Ten jobs go, according to a consultation paper circulated to staff.').marks).toEqual(['according to a consultation paper']);
    expect(named('He was charged, according to an indictment unsealed Tuesday in federal court.').marks).toEqual(['according to an indictment']);
  });

  it('leaves a report with no one it went to, a letter to the editor and a report sent to the writer unnamed', () => {
    for (const s of [
      'He quit, according to a report.',
      'He quit, according to a letter to the editor.',
      'He quit, according to a report sent to me.',
      'He quit, according to a report for the nation’s sake.',
      'The mayor lied, according to a letter sent to the newspaper.',
      'The show was biased, according to a complaint to Ofcom.',
      'Most back the plan, according to a survey conducted Monday.',
    ]) {
      expect(named(s), s).toEqual(none);
    }
  });
});

describe('named sources: a national body’s spokesperson, and a diocese', () => {
  it('names "a Scottish Government spokeswoman" and "a French Navy spokesman", but not "a Russian spokesman"', () => {
    expect(named('A Scottish Government spokeswoman said the plan was central.').sources).toEqual(['Scottish Government']);
    expect(named('A French Navy spokesman said the ship was safe.').sources).toEqual(['French Navy']);
    expect(named('A Russian spokesman said the ship was safe.')).toEqual(none);
    expect(named('A Google CEO said the chips would ship in March.').sources).toEqual(['Google CEO']);
  });

  it('reads "The diocese said" as the body named before', () => {
    expect(named('The diocese said it would make a claim on its insurance.').marks).toEqual(['The diocese said']);
  });
});

describe('named sources: a spokesperson for the body the story is about', () => {
  it('reads "a council spokesman" as the council, not "a police spokesman" (as "police said")', () => {
    const r = analyze('Bolton Council will close the library. A council spokesman said it was costly.');
    expect(r.findings.map((f) => [f.rule, f.text])).toEqual([['named-source-said', 'A council spokesman said']]);
    expect(r.sources.map((x) => [x.kind, x.name])).toEqual([['organization', 'council']]);
    expect(named('“Flights were diverted,” an airport spokeswoman said.').marks).toEqual(['an airport spokeswoman said']);
    expect(named('A police spokesman said the road was closed.')).toEqual(none);
  });
});

describe('named sources: a name, then its body by kind or a title after a place', () => {
  it('reads "Jane Smith, of the residents’ association, said" and "Gareth Lloyd, Wales officer for the union, said" as the person', () => {
    expect(named('Jane Smith, of the residents’ association, said it was wrong.').sources).toEqual(['Jane Smith']);
    expect(named('Tom Ellery, of the campaign group Kennet Clean Water, said the river was dying.').sources).toEqual(['Tom Ellery']);
    expect(named('Gareth Lloyd, Wales officer for the Community union, said members were angry.').sources).toEqual(['Gareth Lloyd']);
    expect(named('Smith, of course, said it was wrong.')).toEqual(none);
  });
});

describe('named sources: a role with no article before a name, and a municipality', () => {
  it('reads "Cabinet member for finance Cllr Gareth Davies said" as the person, but not a role with an article or held by many', () => {
    expect(named('Cabinet member for finance Cllr Gareth Davies said the gap was large.')).toEqual({
      marks: ['Cabinet member for finance Cllr Gareth Davies said'],
      sources: ['Cllr Gareth Davies'],
    });
    expect(named('The gap is large, and cabinet member for finance Dev Mistry told the meeting so.').sources).toEqual(['Dev Mistry']);
    expect(named('A member for finance Gareth Davies said it was large.')).toEqual(none);
    expect(named('Lawyers for former president Donald Trump said the case was weak.')).toEqual(none);
  });

  it('reads "The municipality says" as the body', () => {
    expect(named('The municipality says it is drilling boreholes.').marks).toEqual(['The municipality says']);
  });
});

describe('named sources: the record of an event', () => {
  it('reads "Minutes of the meeting show" and "a transcript of the call shows" as the record, not a time', () => {
    expect(named('Huang presented evidence last month, minutes of the meeting show.').marks).toEqual(['minutes of the meeting show']);
    expect(named('Minutes of a staff meeting, seen by this newspaper, show that two heads asked.').marks).toEqual(['Minutes of a staff meeting, seen by this newspaper, show']);
    expect(named('A transcript of the call shows he was angry.').sources).toEqual(['transcript']);
    expect(named('Ten minutes of the meeting showed how tense it was.')).toEqual(none);
    expect(named('The first minutes of the match showed why they lead.')).toEqual(none);
  });
});

describe('named sources: a document its owner identifies, however many words describe it', () => {
  it('reads "according to the authority’s own 2022 capital needs assessment" and "the company’s own estimates" as documents', () => {
    expect(named('It rose, according to the council’s own flood risk assessment.').marks).toEqual(['according to the council’s own flood risk assessment']);
    expect(named('It rose, according to the authority’s own 2022 capital needs assessment.').sources).toEqual(['the authority’s own 2022 capital needs assessment']);
    expect(named('It rose, according to the company’s own estimates.').sources).toEqual(['the company’s own estimates']);
  });

  it('leaves estimates and figures of no one unnamed: "Industry estimates show", "according to estimates"', () => {
    expect(named('Industry estimates show it rose.')).toEqual(none);
    expect(named('Industry figures show it rose.')).toEqual(none);
    expect(named('It rose, according to estimates.')).toEqual(none);
  });
});

describe('named sources: a spokesperson for a body after the verb', () => {
  it('reads "said a spokesperson for the Confederation of Passenger Transport" as the body, as before the verb', () => {
    expect(named('“It is thin,” said a spokesperson for the Confederation of Passenger Transport.')).toEqual({
      marks: ['said a spokesperson for the Confederation of Passenger Transport'],
      sources: ['Confederation of Passenger Transport'],
    });
    expect(named('It is thin, according to a spokesman for the Home Office.').sources).toEqual(['Home Office']);
    expect(named('It is thin, said a spokesman for the family.')).toEqual(none);
  });
});

describe('named sources: what a work or a group is about never speaks, named or not', () => {
  it('reads "The lawsuit against the company alleges" as the lawsuit, and neither the firm nor the government as speakers', () => {
    expect(named('The lawsuit against the company alleges fraud.').sources).toEqual(['the lawsuit']);
    expect(named('An inquiry into the firm found it lied.')).toEqual(none);
    expect(named('Protesters against the government said they would stay.')).toEqual(none);
  });
});

describe('anonymous sources: a party’s member without a name', () => {
  it('reads "One senior Tory said" and "a veteran Democrat told" as unnamed, never a person called Tory', () => {
    expect(named('One senior Tory said the leader was toast.')).toEqual(none);
    expect(named('A veteran Democrat told the paper the bill was dead.')).toEqual(none);
    expect(analyze('A senior Republican said the bill was dead.').sources.map((s) => [s.kind, s.name])).toEqual([['anonymous', 'senior republican']]);
    expect(named('Republican Senator Mitt Romney said the bill was dead.').sources).toEqual(['Mitt Romney']);
  });
});

describe('named sources: what a second review of the new shapes found', () => {
  it('reads a spokesperson’s body after the verb only when read whole', () => {
    expect(named('“It is over,” said a spokesman for the Home Office on Tuesday.').sources).toEqual(['Home Office']);
    expect(named('It was wrong, said a spokesman for the Smith family.')).toEqual(none);
    expect(named('It is wrong, said a spokesman for Transport for London.')).toEqual(none);
  });

  it('names no day or someone as the owner of data, and no length of time as a record', () => {
    expect(named('Tuesday’s numbers show it rose.')).toEqual(none);
    expect(named('Someone’s research shows the drug works.')).toEqual(none);
    expect(named('Minutes of footage from the meeting show the chair shouting.')).toEqual(none);
  });

  it('keeps a title opening the sentence, and never the accused for a speaker', () => {
    expect(named('Industry regulator Ofgem said bills would fall.').marks).toEqual(['Industry regulator Ofgem said']);
    expect(named('Lawsuits against Meta say the platform harms children.')).toEqual(none);
    expect(named('Yesterday cabinet member for finance Cllr Gareth Davies said it was fine.').sources).toEqual(['Cllr Gareth Davies']);
  });
});

describe('named sources: a work’s author before the participle that places the work', () => {
  it('reads "A survey by Merrion Strategies published on Sunday found" as its author, as without the participle', () => {
    expect(named('A survey by Merrion Strategies published on Sunday found that most would back it.').sources).toEqual(['Merrion Strategies']);
    expect(named('Customers served by Thames Water published on Sunday said it.')).toEqual(none);
  });
});

describe('anonymous sources: a party’s member, only as a speaker', () => {
  it('reads "A Senate Republican said" as unnamed, and no claim, forecast or hedge as a party’s member speaking', () => {
    expect(analyze('A Senate Republican said the bill was dead.').findings.map((f) => f.category)).toEqual(['anonymous-source']);
    expect(analyze('A Republican reportedly donated $1m to the campaign.').findings.map((f) => [f.category, f.text])).toEqual([['hedge', 'reportedly']]);
    expect(analyze('Voters elected a Republican expected to back the president.').findings.map((f) => f.category)).not.toContain('anonymous-source');
  });
});

describe('named sources: the edges the reviews of this work found', () => {
  it('keeps the speaker after a record in an opening phrase, and a spokesperson for a titled principal unnamed', () => {
    expect(named('In a transcript of the call Trump said it was perfect.').sources).toEqual(['Trump']);
    expect(named('Spokeswoman for Mayor Eric Adams said it was over.')).toEqual(none);
  });

  it('reads a spokesperson’s body after the verb with a place after it', () => {
    expect(named('“No decision has been made,” said a spokesman for Ryanair in Dublin.').marks).toEqual(['said a spokesman for Ryanair']);
  });
});

describe('named sources: a body named by what it is for, and a member before a name', () => {
  it('reads "the Committee to Protect Journalists" whole, before and after the verb and through a spokesman', () => {
    expect(named('The Committee to Protect Journalists said the arrest was unlawful.')).toEqual({
      marks: ['The Committee to Protect Journalists said'],
      sources: ['Committee to Protect Journalists'],
    });
    expect(named('The arrest was unlawful, said a spokesman for the Committee to Protect Journalists.').sources).toEqual(['Committee to Protect Journalists']);
    // The group inside the name is not an unnamed group speaking.
    expect(analyze('A spokesperson for the Committee to Protect Journalists said the arrest was unlawful.').findings.map((f) => f.category)).toEqual(['named-source']);
    // "to" between two names joins no body: no "Ministry to Parliament".
    expect(named('A letter from the Ministry to Parliament said the plan was flawed.').sources).not.toContain('Ministry to Parliament');
  });

  it('reads "said Council member Denise Carter" as the person, as it does "said BBC correspondent Jon Sopel"', () => {
    expect(named('“Rents are out of control,” said Council member Denise Carter.')).toEqual({
      marks: ['said Council member Denise Carter'],
      sources: ['Denise Carter'],
    });
    expect(named('The plan is a mistake, said Council members.')).toEqual(none);
  });
});

describe('named sources: a ministry named by its portfolio in lower case', () => {
  it('reads "the department of community safety said" as "the Department of Community Safety said" is read', () => {
    expect(named('The provincial department of community safety said it respected the decision.')).toEqual({
      marks: ['The provincial department of community safety said'],
      sources: ['provincial department of community safety'],
    });
    expect(named('The ministry of foreign affairs said the envoy was recalled.').sources).toEqual(['ministry of foreign affairs']);
    // Its officials, or someone in it, speak for themselves.
    expect(named('The department of health officials said it was fine.')).toEqual(none);
    expect(named('A department of health spokesman said it was fine.')).toEqual(none);
  });

  it('reads it after the verb, after a clause opener and through its spokesperson, but not as another word\'s object', () => {
    expect(named('It was fine, according to the ministry of finance.').marks).toEqual(['according to the ministry of finance']);
    expect(named('But the ministry of defence said it was fine.').sources).toEqual(['ministry of defence']);
    expect(named('The ministry of the interior said it was fine.').sources).toEqual(['ministry of the interior']);
    expect(named('A spokesperson for the department of health said it was fine.').sources).toEqual(['department of health']);
    expect(named('A man outside the ministry of health said he had waited six hours.')).toEqual(none);
    expect(named('Officials at the ministry of the interior said it was fine.')).toEqual(none);
  });
});

describe('named sources: accounts and scorecards are documents', () => {
  it('reads "the university’s financial statements show" and "according to the official scorecard"', () => {
    expect(named('The university’s 2022-23 financial statements show that his salary rose.').marks).toEqual(['The university’s 2022-23 financial statements show']);
    expect(named('No runs were awarded, according to the official scorecard.').sources).toEqual(['the official scorecard']);
    expect(named('He made statements that were false.')).toEqual(none);
  });
});

describe('named sources: a budget is a document', () => {
  it('reads "The draft budget estimates" as the document speaking, not "the budget was cut"', () => {
    expect(named('The draft budget estimates the closures would save $2.4 million a year.').marks).toEqual(['The draft budget estimates']);
    expect(named('The budget was cut by 10% last year.')).toEqual(none);
  });
});

describe('named sources: papers released under a law', () => {
  it('places records by the law they came out under, before and after the verb', () => {
    expect(named('It cost £6,400, according to records released under the Freedom of Information Act.').sources).toEqual(['records']);
    expect(named('Records obtained under the Freedom of Information Act show the cost rose.')).toEqual({
      marks: ['Records obtained under the Freedom of Information Act show'],
      sources: ['records'],
    });
    expect(named('It cost £6,400, according to records released under pressure.')).toEqual(none);
  });
});

describe('named sources: a company referred back to by its trade', () => {
  it('reads "the drugmaker said" and "the telco said" as the company, as "the carmaker said" is', () => {
    expect(named('The drugmaker said the trial had failed.').sources).toEqual(['the drugmaker']);
    expect(named('The Swiss telco said it would cut 500 jobs.').sources).toEqual(['Swiss telco']);
  });
});

describe('named sources: a city or a county in lower case is the local government', () => {
  it('reads "the city said" and "a county spokesman said" as the body', () => {
    expect(namedKinds('Crews reached that target in July, the city said.')).toEqual([['organization', 'the city']]);
    expect(namedKinds('The county has denied the allegations.')).toEqual([['organization', 'the county']]);
    expect(namedKinds('A city spokesperson said the video would be released.')).toEqual([['organization', 'city']]);
  });

  it('never reads the place as its government: as another word\'s object, or with a verb a place takes', () => {
    for (const s of [
      'Civilians fleeing the city said they had been shelled.',
      'Police in the city said crime had fallen.',
      'Much of the city said it was relieved.',
      'A survey of the city found crime had fallen.',
      'The city found itself at the centre of the storm.',
      'The county shows no sign of recovering from the recession.',
    ]) {
      expect(namedKinds(s).filter(([, name]) => /city|county/i.test(name)), s).toEqual([]);
    }
  });

  it('keeps a capitalised City a word of a name', () => {
    expect(namedKinds('“No,” said City Councilman Rafael Ortiz.')).toEqual([['person', 'City Councilman Rafael Ortiz']]);
    expect(namedKinds('Kansas City said it would appeal.')).toEqual([['organization', 'Kansas City']]);
  });
});

describe('named sources: a number before its noun is no name', () => {
  it('never reads "Two men" as a person "Two", but keeps a body named by a number', () => {
    expect(named('Two men were arrested and admitted the offence.')).toEqual(none);
    expect(named('Thousands said they had been left without power.')).toEqual(none);
    expect(namedKinds('Three, the mobile operator, said the network had been restored.')).toEqual([['organization', 'Three']]);
  });
});

describe('named sources: documents placed by a participle or owned by a long name', () => {
  it('ends the document at its participle and reaches a name\'s possessive five words back', () => {
    expect(named('Vehicles were damaged, according to council records obtained through a freedom-of-information request.').marks).toEqual(['according to council records']);
    expect(named('According to court documents filed on Monday, he fled.').marks).toEqual(['According to court documents']);
    expect(namedKinds('According to court documents filed by the Justice Department, the senator took bribes.')).toEqual([['organization', 'Justice Department']]);
    expect(named('The Environmental Protection Agency’s most recent water quality report found that levels had risen.').marks).toEqual([
      'Environmental Protection Agency’s most recent water quality report found',
    ]);
  });

  it('never reads a participle with its agent after a document as the document speaking', () => {
    expect(named('The council report written by the finance director warned of bankruptcy.').marks).toEqual(['report written by the finance director']);
    expect(named('The company filing first reported by Bloomberg showed the deal.').marks).toEqual(['reported by Bloomberg']);
  });
});

describe('named sources: a body named for its purpose, with its own articles', () => {
  it('reads "the Institute for the Study of War" and "the Organisation for the Prohibition of Chemical Weapons" whole', () => {
    expect(namedKinds('The Institute for the Study of War said Russian forces had advanced.')).toEqual([['organization', 'Institute for the Study of War']]);
    expect(namedKinds('The Organisation for the Prohibition of Chemical Weapons said the gas was sarin.')).toEqual([
      ['organization', 'Organisation for the Prohibition of Chemical Weapons'],
    ]);
  });

  it('still parts a person from the body after "of", and a spokesperson\'s body from its spokesperson', () => {
    expect(namedKinds('Charlotte Church said she was proud of her Welsh roots.')).toEqual([['person', 'Charlotte Church']]);
    expect(namedKinds('A spokesman for the Church of England said the review was under way.').map(([kind]) => kind)).toEqual(['organization']);
    expect(namedKinds('Jane Smith of Harvard said the data were weak.')).toEqual([['person', 'Jane Smith']]);
    expect(namedKinds('The Rev Jane Smith of St Mary’s Church said the roof was unsafe.')).toEqual([['person', 'Jane Smith']]);
  });
});

/** The unnamed sources of one sentence, kind and name, and the texts of its anonymous and vague marks. */
function unnamed(text: string): { sources: Array<[string, string]>; marks: string[] } {
  const r = analyze(text);
  return {
    sources: r.sources.filter((s) => s.kind === 'anonymous' || s.kind === 'vague').map((s) => [s.kind, s.name]),
    marks: r.findings.filter((f) => f.category === 'anonymous-source' || f.category === 'vague-source').map((f) => f.text),
  };
}

describe('unnamed sources: people counted', () => {
  it('reads a count before a group of people, or "one" before one of them, as anonymous individuals, the count no part of the name', () => {
    expect(unnamed('Two brokers said the cut would be passed on.')).toEqual({ sources: [['anonymous', 'brokers']], marks: ['Two brokers said'] });
    expect(unnamed('The alarm had been faulty for weeks, one museum attendant said.')).toEqual({
      sources: [['anonymous', 'museum attendant']],
      marks: ['one museum attendant said'],
    });
    expect(unnamed('One statistician who has worked with the panel said the score was high.').marks).toEqual(['One statistician who has worked with the panel said']);
  });

  it('marks a counted group once when a phrase rule has marked it already', () => {
    expect(unnamed('Two analysts said the shares were cheap.').marks).toEqual(['analysts said']);
  });

  it('never counts people who plead, act or are acted on, nor a group that opens no clause of its own, nor firms and things', () => {
    for (const s of [
      'Two men admitted affray at Leeds Crown Court.',
      'Two men denied that charge and were remanded.',
      'Two climbers reported missing on Snowdon.',
      'Two volunteers added a fresh coat of paint to the memorial.',
      'Two men said nothing during the hearing.',
      'Two bouncers told the man to leave.',
      'The food that two inspectors found was infested with mice.',
      'His widow and three children said they were devastated.',
      'Police said two men who were arrested had been released.',
      'Two exporters said the tariffs would wipe out their margins.',
      'Two tankers reported being attacked in the Gulf.',
      'In a survey of 2,000 adults, 600 respondents said they were struggling.',
    ]) {
      expect(unnamed(s).marks.filter((m) => /^(?:two|three|one|600)\b/i.test(m)), s).toEqual([]);
    }
  });

  it('counts people who argue, report or admit only before a clause: "argued that rates should rise"', () => {
    expect(unnamed('One economist argued that rates should rise.').marks).toEqual(['One economist argued']);
    expect(unnamed('Two drivers told The Herald that morale was holding up.').marks).toEqual(['Two drivers told']);
  });
});

describe('unnamed sources: the group a phrase finding names', () => {
  it('names the people a quantifier counts, not the quantifier, and not a word that only looks plural', () => {
    expect(unnamed('Several runners posted on social media that marshals had given conflicting directions.').sources).toEqual([['vague', 'runners']]);
    expect(unnamed('Some always said the project would fail.').sources).toEqual([['vague', 'some']]);
  });
});
