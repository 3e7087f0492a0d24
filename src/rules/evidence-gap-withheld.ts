/**
 * Information that exists but has not been released: "has not disclosed", "details were
 * not released", "no official announcement", "an undisclosed sum".
 */
import type { Rule } from '../engine/rule';
import { alts, INFORMATION } from './fragments';

/** Said of what is kept back whole: "the full noise assessment", "the complete list". */
const WHOLE = '[full|complete|entire|final|detailed|internal|official|independent|unredacted]';
/** Papers someone keeps: "the diaries", "the contract", "the minutes". */
const PAPERS = 'report|reports|assessment|assessments|findings|results|minutes|list|contract|contracts|correspondence|diaries|diary|emails|letters|messages|accounts|transcript|transcripts|recordings|footage|terms|names|figures';
/** A body's papers only, none of a private life's (letters, messages, diaries). */
const BODY_PAPERS = 'report|reports|assessment|assessments|findings|results|minutes|list|contract|contracts|accounts|transcript|transcripts|terms|figures|data|details|documents|records|evidence|analysis|audit|review';
/**
 * What a body keeps back, after "has not released / provided / shared": "the name", "a costing",
 * "the scores given to each project", "receipts". (Not "the budget", "its timetable" or "a
 * timeline": those come out on a date, and not yet is no gap; nor "the result", "the number"
 * or "a photo", which a count, a jail or a family keeps as often.)
 */
const KEPT_BACK = `name|names|identity|identities|findings|results|report|reports|logs|copy|terms|cause|assessment|assessments|analysis|audit|calculations|workings|methodology|breakdown|footage|recordings|transcript|transcripts|costing|costings|scores|receipts|invoices|valuation|valuations|register|registers|projections|weightings|${alts(INFORMATION)}`;
/** Kept back, the participle to follow: "was not", "has not yet been", "were never". */
const KEPT_BY =
  '[was not|were not|wasn’t|weren’t|has not been|have not been|had not been|hasn’t been|haven’t been|has not yet been|have not yet been|had not yet been|is not|are not|isn’t|aren’t|has never been|have never been|was never|were never]';
/**
 * The same, future and modal too, for "disclosed" only: "the fee will not be disclosed". ("The
 * suspects could not be released on bail", "bodies could not be returned": no gap.)
 */
const KEPT_BY_ANY = `[${alts(KEPT_BY)}|is not being|are not being|will not be|won’t be|would not be|could not be|cannot be]`;
/** Not done (yet), the verb of making public to follow: "has not", "did not", "has yet to". */
const NOT_YET_DONE = '[has not|have not|had not|did not|has yet to|have yet to|hasn’t|haven’t|hadn’t|didn’t]';
const NOT_YET = `${NOT_YET_DONE} [yet|]`;
/** The same, or not as a rule, by whoever holds it, the verb of handing over to follow: "does not". */
const NOT_DONE = `[${alts(NOT_YET_DONE)}|does not|do not|doesn’t|don’t] [yet|]`;
/** What may come before the thing kept back: "the", "its own", "the full", "an impact", "the updated flood". */
const KEPT_LEAD = `[the|any|its|their|his|her|a|an|that|this|these|those|such|] [own|] [impact|risk|safety|environmental|independent|full|detailed|official|separate|quarterly|annual|<word>|${WHOLE} <word>|[updated|revised|draft] <word>|]`;

export const evidenceGapWithheld: readonly Rule[] = [
  {
    id: 'evidence-gap-not-disclosed',
    category: 'evidence-gap',
    name: 'Has not disclosed',
    explanation:
      'Someone is holding back information the story needs. Ask why, and whether the claim can be judged without it.',
    check: 'context',
    patterns: [
      '[has not|have not|had not|did not|does not|do not|would not|will not|has never|hasn’t|haven’t|hadn’t|didn’t|doesn’t|wouldn’t|won’t] [yet|publicly|officially|] [disclose|disclosed|reveal|revealed|specify|specified|identify|identified|name|named|explain|explained|detail|detailed|elaborate|elaborated|tell us|tell reporters|tell journalists|tell the public]',
      // Never explained, without an auxiliary: "the selectors never explained it publicly" (not
      // "named", a name given: "he never named the band").
      // "she never disclosed her illness" is a life, not a gap: disclosure only when public.
      'never [publicly|officially|] [explained|specified|detailed|elaborated]',
      'never [publicly|officially] [disclosed|revealed]',
      // Would not confirm what the story reports: "the spokesman would not confirm the figures".
      '[would not|wouldn’t|will not|won’t] [immediately|] confirm',
      // "Has not released the name": only with what is withheld, since "has not released an album" is no gap.
      // "Did not break out sales": a figure kept inside a total. With its object, since "war did not break out" is no gap.
      // Also "does not publish that figure", "has not yet published the data", "did not release rostering figures".
      `${NOT_DONE} [release|released|publish|published|make public|made public|break out|broken out|broke out|itemise|itemize|itemised|itemized] ${KEPT_LEAD} [${KEPT_BACK}|modelling|modeling|model|conditions|criteria|assumptions|list|lists|minutes|correspondence|sales|revenue|revenues|earnings|numbers|figure|estimate|estimates|times]`,
      // The same with the papers after it, a body's only: "Parks Canada has not made public the
      // incident reports" (not "the singer has not made public the letters she wrote").
      `${NOT_YET} [make|made] public [the|its|their|any|these|those|that|this] [<word>|${WHOLE}|] [<word>|] [${BODY_PAPERS}]`,
      // Papers kept from the public: "Vale has not made the diaries public" (not "the couple have
      // not made their relationship public", a private life).
      `${NOT_YET} [make|made] [the|its|their|his|her|any|these|those|that|this] [<word>|${WHOLE}|] [${PAPERS}|${alts(INFORMATION)}] public`,
      // A figure revised and not shown: "has not released an updated budget" (not "has not yet published the budget", due on a date).
      `${NOT_YET} [release|released|publish|published] [an|a|the|its|their|any] [updated|revised] [budget|budgets|estimate|estimates|costing|costings|forecast|forecasts]`,
      // A company's accounts, kept back or not filed: "has not released accounts since 2022".
      `${NOT_YET} [release|released|publish|published|file|filed] [its|their|any|] [annual|audited|full|] [accounts|financial statements]`,
      // Test results, two words saying which: "has not released air monitoring results".
      `${NOT_DONE} [release|released|publish|published|make public|made public] [the|its|their|any|] [own|] <word> <word> [results|data|figures|findings|readings]`,
      // (Not "does not publish the weekly traffic reports": a habit of broadcasting, no gap.)
      `[has not|have not|had not|hasn’t|haven’t] [release|released|publish|published|make public|made public] [the|its|their|any|] [own|] <word> <word> [reports|projections]`,
      // A count kept back: "has not released the number of officers on duty" (not "the number of
      // hostages", people freed, nor "a number of prisoners"; nor "the recipe does not give the number of servings").
      // (Not "has not yet published the number of deaths, which is due on Tuesday": on a timetable.)
      `${NOT_YET_DONE} [release|released|publish|published|disclose|disclosed] the [exact|precise|total|full|overall|] number of`,
      // Papers kept back that have other senses alone: "has not provided the scoring sheets" (not
      // "bed sheets"), "has not published the contract" (not "do not provide a contract"), "any
      // medical bulletin" (not "its parish bulletin"), "the review of the royalty regime" (not "a review of the album").
      `${NOT_YET} [release|released|publish|published|provide|provided] [the|its|their] [<word>|] [score|scoring|marking|tally] sheets`,
      `${NOT_YET} [release|released|publish|published|disclose|disclosed] the [full|signed|final|<word>|] contract`,
      `${NOT_YET} [release|released|publish|published|issue|issued] [any|a|the|its|] medical [bulletin|bulletins]`,
      // A review a body promised (not "the paper did not publish the review of the play").
      '[has not|have not|had not|hasn’t|haven’t] published the review of',
      // Kept back by both sides of a dispute: "neither side has published the letter" (not its
      // results or its annual report, which come out on a date).
      `neither [side|party|company|club|firm|government|camp] [has|had] [yet|] [published|released|disclosed|made public] [the|its|their|any] [<word>|] [letter|letters|correspondence|contract|contracts|terms|minutes|emails|messages|agreement|details|list|names|evidence|documents|recordings|footage|transcript|transcripts]`,
      // How it was done, not set out: "insurers have not published how they calculate the risk".
      `${NOT_YET} [publish|published|disclose|disclosed] [how|why]`,
      // Not shared: "has not shared the data", "has not shared any evidence".
      `${NOT_YET} [publicly|] [share|shared] [the|any|its|their|his|her|that|this|these|those|] [${KEPT_BACK}]`,
      // Handed over, the records themselves (not "did not provide accurate times for buses", a service).
      `${NOT_DONE} [provide|provided|hand over|handed over] ${KEPT_LEAD} [${KEPT_BACK}]`,
      // Not yet done: "police have yet to name the victim" (the verbs "yet to disclose/publish" are evidence-gap-yet-to-be-confirmed's).
      '[has yet to|have yet to|had yet to|is yet to|are yet to] [name|identify|specify|reveal|detail]',
      // A figure kept back: "the company gave no breakdown by dose", "gave no figures".
      // ("gave no further details" is evidence-gap-no-reason-given's.)
      '[gave|give|gives|giving|provided|provides|offered|offers] no [more|other|] [breakdown|breakdowns|figure|figures|numbers|estimate|estimates|detail|details|data|timescale]',
      '[gave|give|gives|giving|provided|provides|offered|offers] no further [breakdown|breakdowns|figure|figures|numbers|estimate|estimates|detail|data]',
    ],
    window: 1,
    // "would not say to go there": an instruction, not withheld information; "did not publish
    // its revised forecasts until March": a timetable.
    // Nor "released the number of beavers it had planned to free": people or animals set free.
    rejectAfter: ['to', 'until', '[hostages|prisoners|detainees|captives|inmates|animals|birds|beavers|hedgehogs|salmon|fish|balloons|doves]'],
    examples: {
      match: [
        'Organisers have not released the split times from the 30km mat.',
        'The airline has not released its own fatigue risk data.',
        'It is understood the firm wrote to the board, though neither side has published the letter.',
        'Ventus has not released the full noise assessment for the homes closest to the site.',
        'The council has not released the full list of services facing cuts.',
        'But the company hasn’t released the test conditions behind the two-day figure.',
        'Vale has not made the diaries public.',
        'Parks Canada has not made public the incident reports that led to the decision.',
        'It did not provide the inspection report when asked.',
        'The club has not shared the findings with players.',
        'The funding body has not published the assessors’ reports.',
        'The company has not released accounts since 2022.',
        'Nordvind has not released maintenance logs for the machine.',
        'His office has not released a copy of the lease.',
        'The studio has not disclosed the design’s specific features.',
        'But it won’t tell us what measures it is taking.',
        'Police have not released the name of the driver.',
        'The selectors never explained it publicly.',
        'It has not released its own admissions data.',
        'Police have not yet identified the victim.',
        'Police have yet to name the victim.',
        'The company did not break out sales of the new range.',
        'The agency has not published an impact assessment.',
        'The ministry did not elaborate on the reasons.',
        'The spokesman would not confirm the figures.',
        'NHS England does not publish that figure.',
        'The ministry has not yet published the data.',
        'The Home Office has not published the modelling behind that figure.',
        'The company gave no breakdown by dose.',
        'The trust gave no timescale for reopening the canal.',
        'The delivery body has not released an updated budget for the other venues.',
        'His office has not provided receipts for 17 of the charges.',
        'The department has not released air monitoring results for any of the sites.',
        'Insurers have not published how they calculate flood risk.',
        'The school has not released its immunisation register.',
        'The exchange has not released audited financial statements since 2022.',
        'The field office confirmed it was investigating but gave no further detail.',
      ],
      noMatch: ['The app did not provide accurate times for buses.', 
        'The studio disclosed the design’s specific features on Monday.',
        '“Our ancestors wouldn’t say to go down there and hug the whales.”',
        'The band has not released an album since 2010.',
        'The chancellor has not yet published the budget, which is due on 26 November.',
        'The festival has not yet released its timetable.',
        'The chain has not released the locations of the 20 new stores.',
        'The band has not released its first two albums on vinyl.',
        'The band has not released any new studio recordings since 2015.',
        'The couple have not made their relationship public.',
        'The club did not make the signing public until Friday.',
        'Fighting did not break out until the evening.',
        'The ministry elaborated on the reasons in a statement.',
        'Officials confirmed the figures on Monday.',
        'The company gave a breakdown by dose.',
      ],
    },
  },
  {
    id: 'evidence-gap-would-not-say',
    category: 'evidence-gap',
    name: 'Would not say',
    explanation:
      'A question the story raises is left open by the people who could answer it. Note what is missing: who, how many, why.',
    check: 'context',
    // The open question is part of the match, so that the words after it can be checked.
    patterns: [
      '[did not|didn’t|would not|wouldn’t|could not|couldn’t|has not|hasn’t|have not|haven’t|will not|won’t|does not|doesn’t|do not|don’t|has yet to|have yet to] [immediately|yet|] [say|said] [whether|if|how|why|what|when|who|where|which|exactly]',
      // A figure kept inside a total: "the agency did not break down how many were linked to smoke"
      // (not "he did not break down when the verdict was read").
      '[did not|didn’t|would not|wouldn’t|has not|hasn’t|does not|doesn’t] break down [how|whether|which|what|where|who]',
      // The same with nobody named as silent: "it was not specified how much the deal was worth".
      'it [was|is|has|had] not [been|yet been|] [specified|disclosed|revealed|explained|stated|made clear|said] [how|why|whether|when|who|what|where|which|if|exactly]',
    ],
    window: 2,
    // An instruction left out, not a fact withheld: "the signs do not say which exit to take";
    // nor a feeling too strong for words: "he could not say how grateful he was".
    rejectAfter: ['to', '[grateful|thankful|proud|sorry|happy|pleased|relieved|delighted|glad|sad|moved|touched|lucky|honoured|honored|excited|thrilled]'],
    examples: {
      match: ['Police would not say how many people were detained.', 'The company did not say whether it would appeal.', 'The palace has not said whether the king will attend.', 'Officials have yet to say what caused the outage.', 'Court filings do not say how the money was moved.', 'The agency did not break down how many of those admissions were linked to smoke.', 'It was not specified how much the deal was worth.'],
      noMatch: ['He did not say a word all evening.', 'We do not say goodbye to old friends lightly.', 'The signs do not say which exit to take.', 'He could not say how grateful he was to the nurses.'],
    },
  },
  {
    id: 'evidence-gap-not-released',
    category: 'evidence-gap',
    name: 'Details not released',
    explanation:
      'Key facts have been kept back. Note which ones, and read conclusions that depend on them with care.',
    check: 'context',
    patterns: [
      `${KEPT_BY} [immediately|yet|officially|publicly|fully|] [released|made public|published|revealed|made available|given|specified|named|identified|returned]`,
    ],
    window: 5,
    // Not yet, on a timetable: "final figures were not published until Thursday".
    rejectNext: ['[until|till|before]'],
    requireBefore: [
      '[details|detail|information|name|names|identity|identities|victim|victims|suspect|suspects|cause|source of|sources of|origin of|origins of|terms|amount|price|figures|data|results|findings|report|documents|evidence|specifics|location|value|sum|toll|number|motive|reason|reasons|timeline|contents|costs|cost|calls|messages|emails|requests|' +
        // A measurement or a costing: "the exact reading was not released" (not "list", "score" or
        // "total", also a player's: "despite his score of 98, he was not named in the team").
        'reading|readings|costing|costings|criteria|' +
        // Papers a decision rests on: "the museum's legal advice has not been published".
        'advice|analysis|assessment|modelling|modeling|review|audit|minutes|correspondence|contract|agreement|study|accounts|transcript|' +
        // What a thing is: "the nature of the procedure was not revealed".
        'nature|extent|scale|content|' +
        // How a poll was done: "the poll's margin of error was not published".
        'margin of error|methodology|sample|weighting|weightings]',
    ],
    examples: {
      match: ['Details of the agreement were not released.', 'The nature of the procedure was not revealed.', 'The museum’s legal advice has not been published.', 'The names of the victims have not been made public.', 'The victim has not been named.', 'Messages left at his office were not returned.', 'The cause of the illness has not yet been identified.', 'The source of the outbreak has not been identified.'],
      noMatch: ['Final figures were not published until Thursday.', 'Whatever the outcome of the appeal, he was not given a fair hearing, his lawyer said.', 'Details of the agreement were released on Friday.', 'The album was not released in Europe.'],
    },
  },
  {
    id: 'evidence-gap-not-disclosed-passive',
    category: 'evidence-gap',
    name: 'Was not disclosed',
    explanation:
      'Something the story reports has been kept back, whatever it is: a price, a total, a reason. Note what, and read conclusions that depend on it with care.',
    // Disclosure is only ever of information, so unlike "was not released" (an album, a hostage)
    // it needs no subject named.
    check: 'context',
    patterns: [`${KEPT_BY_ANY} [immediately|yet|officially|publicly|fully|] disclosed`],
    // Not yet, on a timetable: "the fee will not be disclosed until the deal closes".
    // Kept from someone in the story ("his HIV status was not disclosed to his partner", "the
    // crash was not disclosed to regulators", "not disclosed as required by law"): the
    // concealment is the news, not a gap in what the article can show. (Kept from "the family"
    // or "the public" is both.)
    // Nor a promise of confidentiality: "your details will not be disclosed to third parties",
    // "names will not be disclosed without consent".
    rejectNext: ['[until|till|before|without]', 'to [his|her] <word>', 'to [the|] [regulators|regulator|investors|shareholders|borrowers|customers|patients|auditors|jury|court|board|lenders|buyers|insurers|police]', 'to [third parties|anyone|any third party|other|others|outside]', 'as required'],
    examples: {
      match: ['The total owed was not disclosed.', 'The price was not disclosed.', 'Terms of the deal have not been disclosed.', 'The fee will not be disclosed.'],
      noMatch: ['The price was disclosed in a filing on Monday.', 'His HIV status was not disclosed to his partner.', 'Your details will not be disclosed to third parties.', 'The fee will not be disclosed until the deal closes.', 'The donation was not disclosed as required by law.'],
    },
  },
  {
    id: 'evidence-gap-details-of-not-released',
    category: 'evidence-gap',
    name: 'Details of … not released',
    explanation:
      'The particulars of something the story reports have been kept back. Note which ones, and read conclusions that depend on them with care.',
    check: 'context',
    // Not a relative clause inside a longer subject: "the names of the 12 hostages who have not
    // been released were read out".
    window: 1,
    rejectAfter: ['[was|were|is|are|has|have|had|will|would]'],
    // The head noun further back than the rule above reads, across an "of" phrase of three to
    // five words: "details of a promised simplification of fares have not been released", "the
    // names of the other brands involved were not released".
    patterns: [
      '[details|names|identities|identity|terms|contents|results|findings|cause|nature|extent|scale|location] of <word> <word> [<word>|] [<word>|] <word> [was not|were not|wasn’t|weren’t|has not been|have not been|had not been|hasn’t been|haven’t been] [immediately|yet|officially|publicly|] [released|made public|published|revealed|made available|specified]',
    ],
    examples: {
      match: ['Details of a promised simplification of fares have not been released.', 'The names of the other brands involved were not released.'],
      noMatch: ['Details of the deal and its timing were released on Friday.', 'The names of the 12 hostages who have not been released were read out at the rally.'],
    },
  },
  {
    id: 'evidence-gap-no-official-word',
    category: 'evidence-gap',
    name: 'No official announcement',
    explanation:
      'Nothing has been said on the record. Whatever the story reports on this point comes from elsewhere; look for where.',
    check: 'phrase',
    patterns: [
      'no [official|independent|public|immediate|further|formal|] [confirmation|announcement|announcements|statement|explanation|details|information|figures|word|documentation]',
      // With a word saying which: "no distribution lists have been made public".
      'no [official|independent|public|further|] [<word>|] [data|numbers|statistics|documents|lists|list|records|reports|findings|accounts] [has|have|had|was|were] [yet|] [been|] [released|published|provided|made public|given|disclosed|produced|presented]',
      // No count of one's own: "there are no official estimates".
      'no [official|reliable] [estimate|estimates|count]',
      '[few|scant|little|limited|no further|no other] [details|information] [was|were|is|are|has been|have been|had been] [immediately|yet|publicly|] [available|released|given|provided|forthcoming|made available]',
    ],
    examples: {
      match: [
        'No official announcements have been made.',
        'There was no independent confirmation of the figures.',
        'Few details were immediately available.',
        'The scheme was called a success, although no data has been released to support that.',
        'Rations were sent, but no distribution lists have been made public.',
        'There are no official estimates of the quantities smuggled.',
      ],
      noMatch: ['The official announcement came on Monday.'],
    },
  },
  {
    id: 'evidence-gap-no-record',
    category: 'evidence-gap',
    name: 'No record of it',
    explanation:
      'Nothing on paper backs the point: no record, no file, no register entry. Ask who would hold such a record and whether anyone has looked.',
    check: 'context',
    patterns: ['no [official|public|written|formal|court|police|medical|] [record|records]'],
    window: 1,
    // Someone's denial that they hold one ("the academy said it had no record of any such
    // incident", "we have no record of this message") answers a claim; it reports no gap.
    rejectBefore: ['had', 'has', 'have', 'keep', 'keeps', 'kept', 'hold', 'holds', 'held', 'found',
      // What data show is a finding: "timing data showed no record of her passing".
      'showed', 'shows', 'show', 'contained', 'contains'],
    examples: {
      match: ['There is no record of the payment in the council’s accounts.', 'No official records of the meeting exist.'],
      noMatch: ['The academy said it had no record of any such incident.', '“We have no record of this message being sent,” the insurer said.', 'Timing data showed no record of her passing two checkpoints.'],
    },
  },
  {
    id: 'evidence-gap-no-reason-given',
    category: 'evidence-gap',
    name: 'No reason given',
    explanation:
      'A decision or event is reported without its explanation, because none was offered. The missing reason is part of the story: ask who could give it and why they have not.',
    check: 'phrase',
    patterns: [
      '[gave|give|gives|giving|offered|offer|offers|offering|provided|provide|provides|cited|cite|cites] no [reason|reasons|explanation|explanations|motive|justification|rationale|timeline|timetable|further details]',
      // No hint of the answer: "the club gave no indication of when he would return".
      '[gave|give|gives|giving|offered|offer|offers|offering|provided|provide|provides] no [indication|hint|sign|clue] [of|as to|about] [when|whether|how|why|what|who|where|which|if]',
      // A figure with nothing behind it: "the report provides no source for the figure" (not "no
      // source of drinking water").
      '[gave|give|gives|given|giving|offered|offer|offers|provided|provide|provides|cited|cite|cites|named|name|names|included|include|includes] no [source|sources|citation|citations|reference|references] [for|to back]',
      'no [reason|reasons|explanation|motive|justification|rationale] [was|were|has been|have been|had been|is|are] [immediately|yet|officially|publicly|] [given|offered|provided|cited|disclosed|released|announced]',
    ],
    examples: {
      match: ['The airline gave no reason for the cancellation.', 'No explanation was offered for the delay.', 'The club gave no indication of when he would return.', 'The report provides no source for the figure.'],
      noMatch: ['The airline gave a reason for the cancellation: a strike.', 'The minister had no reason to doubt the figures.', 'The striker gave no sign of slowing down.', 'The river is a source of water for the town.', 'The river provides no source of drinking water for the town.'],
    },
  },
  {
    id: 'evidence-gap-few-details',
    category: 'evidence-gap',
    name: 'Offered few details',
    explanation:
      'Whoever could explain has said little ("offered few details", "has been tight-lipped"). What is reported rests on that little; look for what is still missing and who is withholding it.',
    check: 'context',
    patterns: [
      '[gave|give|gives|giving|offered|offer|offers|offering|provided|provide|provides|providing|released|shared|disclosed] [few|little|scant|only scant|scarce|only limited|limited|sparse] [details|detail|information|explanation|evidence|specifics]',
      // Keeping quiet as a state ("has been tight-lipped"), not a look ("Tight-lipped, she left").
      '[<be>|remain|remains|remained|stay|stays|stayed] tight-lipped',
      'no way of [knowing|telling|verifying|confirming|checking|establishing|independently verifying]',
    ],
    window: 3,
    // Privacy, not a gap in the story: "shared little information about her private life".
    rejectAfter: ['about [her|his|their] [private|personal|own|family|love]', 'about [herself|himself|themselves]'],
    examples: {
      match: ['The government has offered few details about the plan.', 'The company has been tight-lipped about its plans.', 'There is no way of knowing how many were killed.', 'Police have released little information about his death.'],
      noMatch: ['The government has offered full details of the plan.', 'She shared little information about her private life in the interview.', 'Tight-lipped, she left the court.'],
    },
  },
  {
    id: 'evidence-gap-details-scarce',
    category: 'evidence-gap',
    name: 'Details are scarce',
    explanation:
      'Admits that little is known yet, usually early in a breaking story. Expect the account to change, and read confident details elsewhere in the piece with care.',
    check: 'context',
    patterns: [
      '[remain|remained|remains|was|were|are|is|have been|has been] [still|so far|] [sketchy|scarce|scant|sparse|patchy|hazy|few and far between|hard to come by|thin on the ground]',
    ],
    window: 5,
    requireBefore: ['[details|information|facts|data|figures|news]'],
    examples: {
      match: ['Details of the attack remain sketchy.', 'Information from the region was scarce.'],
      noMatch: ['Full details were published on the ministry’s website.'],
    },
  },
  {
    id: 'evidence-gap-undisclosed',
    category: 'evidence-gap',
    name: 'Undisclosed',
    explanation:
      'Marks a fact as withheld: an undisclosed sum, location or reason. Ask who knows it and why it is kept back.',
    check: 'context',
    patterns: ['[undisclosed|unspecified]'],
    window: 1,
    // A lawsuit's formula: damages are left for the court to set, not withheld.
    rejectAfter: ['damages'],
    examples: {
      match: ['The club was sold for an undisclosed sum.', 'He was held on unspecified charges.'],
      noMatch: ['The club was sold for $40 million.', 'The suit alleges negligence and seeks unspecified damages.'],
    },
  },
  {
    id: 'evidence-gap-kept-secret',
    category: 'evidence-gap',
    name: 'Kept secret',
    explanation:
      'Information exists but is not available to the public or the reporter. The story can only describe it second hand.',
    check: 'context',
    patterns: [
      '[kept|keeps|keep|keeping|remains|remain|remained] [secret|under wraps|confidential|classified|sealed]',
    ],
    window: 1,
    // "The worst-kept secret", "the best-kept secret": an idiom for what everyone knows.
    rejectBefore: ['[worst|best|well|badly|poorly|closely|closest|most closely]'],
    examples: {
      match: ['The terms of the deal were kept secret.', 'The plans remain under wraps.'],
      noMatch: ['The terms of the deal were published in full.', 'His move to Madrid was the worst-kept secret in football.', 'The recipe is one of the best-kept secrets in the industry.'],
    },
  },
  {
    id: 'evidence-gap-behind-closed-doors',
    category: 'evidence-gap',
    name: 'Behind closed doors',
    explanation:
      'Talks or decisions held out of public view: what was said is known only from those inside. Look for who gave the account of it, and whether the record is published.',
    check: 'context',
    patterns: ['behind closed doors'],
    window: 6,
    // Sport's other sense: a match played without spectators hides nothing.
    rejectBefore: ['[play|plays|played|playing|match|matches|game|games|fixture|fixtures|tie|final|derby|friendly|qualifier|race|spectators|fans|supporters|stadium]'],
    examples: {
      match: ['The talks took place behind closed doors.', 'Ministers met behind closed doors to agree the budget.'],
      noMatch: ['The match will be played behind closed doors after crowd trouble.', 'The derby was staged behind closed doors.'],
    },
  },
];
