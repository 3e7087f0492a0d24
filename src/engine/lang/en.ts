/** The English language pack: inflection, lexicons and the data sentence splitting needs. */
import type { AttributionGrammar, LanguagePack } from './types';
import { foldCase } from '../words';

const words = (s: string): string[] => s.trim().split(/\s+/);
const set = (s: string): ReadonlySet<string> => new Set(words(s));

const VOWEL = /[aeiou]/;
/** A participle opening a clause: "citing", "speaking". */
const GERUND_RE = /^[a-z]{2,}ing$/;
/** An adverb of manner between a subject and its verb: "formally", "quietly" (not "only"). */
const ADVERB_RE = /^[a-z]{3,}ly$/;

/**
 * Frequent function words, most frequent first (roughly, from news English), then a few
 * frequent content words: the scanner avoids anchoring a pattern on any of them.
 */
const STOPWORDS = words(`
  the of to a and in that is for it on was with he as s said by at be his from are
  have has i they not an this but had were who their will we been its or one would
  she also her after more there about which than all up out t new can could two when
  if what so no into over some our other may them were only just most like any being
  him should many while you my did how do does very much even might still those these
  here then because where why each every under me us your must shall can't won't
  re ve ll d nor yet am done having hers theirs ours whom whose onto off down
  first time way people make made say well another back years year now
`);

/**
 * Over-generates on purpose: a spelling that never occurs in text costs nothing, a
 * missing one is a missed finding. allege -> alleges, alleged, alleging, allegedly;
 * admit -> admits, admitted, admitting, admittedly; imply -> implies, implied, implying.
 */
export function inflectEnglish(word: string): string[] {
  const w = foldCase(word);
  const forms = new Set([w, `${w}s`, `${w}es`, `${w}ed`, `${w}ing`, `${w}edly`, `${w}ly`]);
  const last = w.slice(-1);
  if (last === 'e') {
    const stem = w.slice(0, -1);
    forms.add(`${w}d`).add(`${w}dly`).add(`${stem}ing`);
  }
  if (last === 'y' && w.length > 2 && !VOWEL.test(w.slice(-2, -1))) {
    const stem = w.slice(0, -1);
    forms.add(`${stem}ies`).add(`${stem}ied`).add(`${stem}iedly`);
  }
  // Doubled final consonant after a single short vowel: admit -> admitted, regret -> regretted.
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(w)) {
    forms.add(`${w}${last}ed`).add(`${w}${last}ing`).add(`${w}${last}edly`);
  }
  return [...forms];
}

/** Reporting verbs, every form. Weak ones (below) also occur as ordinary words. */
const REPORTING_VERBS = words(`
  say says said saying tell tells told telling state states stated stating
  add adds added adding note notes noted noting explain explains explained explaining
  write writes wrote written writing tweet tweets tweeted tweeting retweet retweets retweeted post posts posted
  announce announces announced announcing confirm confirms confirmed confirming
  report reports reported reporting recall recalls recalled recalling
  warn warns warned warning argue argues argued arguing
  suggest suggests suggested suggesting highlight highlights highlighted highlighting
  outline outlines outlined outlining emphasize emphasizes emphasized emphasizing
  emphasise emphasises emphasised emphasising stress stresses stressed stressing
  acknowledge acknowledges acknowledged acknowledging
  insist insists insisted insisting admit admits admitted admitting
  claim claims claimed claiming concede concedes conceded conceding
  believe believes believed think thinks thought reckon reckons reckoned
  testify testifies testified testifying
  reveal reveals revealed revealing disclose discloses disclosed disclosing
  deny denies denied denying
  estimate estimates estimated find finds found conclude concludes concluded
  describe describes described describing
  ask asks asked asking reply replies replied answer answers answered
  request requests requested
  observe observes observed remark remarks remarked comment comments commented
  agree agrees agreed disagree disagrees disagreed
  point pointed points
  speak speaks spoke
  contend contends contended maintain maintains maintained
  opine opines opined opining
  predict predicts predicted
  vow vows vowed promise promises promised
  show shows showed shown
  read reads
  blame blames blamed blaming
  allege alleges
`);

const WEAK_REPORTING_VERBS = set(`
  add adds added adding post posts posted report reports reported reporting
  believe believes believed think thinks thought find finds found
  point pointed points speak speaks spoke show shows showed shown read reads
  ask asks asked asking answer answers answered agree agrees agreed
  request requests requested
  observe observes observed comment comments commented vow vows vowed promise promises promised
  blame blames blamed blaming
  allege alleges
  estimate estimates estimated describe describes described describing
  note notes noted noting warn warns warned warning state states stated stating
  maintain maintains maintained predict predicts predicted conclude concludes concluded
  confirm confirms confirmed confirming reveal reveals revealed revealing
  deny denies denied denying stress stresses stressed stressing
  suggest suggests suggested suggesting highlight highlights highlighted highlighting
  outline outlines outlined outlining emphasize emphasizes emphasized emphasizing
  emphasise emphasises emphasised emphasising recall recalls recalled recalling
  claim claims claimed claiming admit admits admitted admitting
  acknowledge acknowledges acknowledged acknowledging argue argues argued arguing
  disclose discloses disclosed disclosing tell tells telling write writes written writing
  remark remarks remarked reply replies replied testify testifies testified testifying
  contend contends contended agree disagree disagrees disagreed announce announces announced announcing
`);

/** Seats many hold at once, written in capitals ("MP", "MSP", "TD"): titles, and unnamed after "a Tory". */
const MEMBER_POSTS = `mp mps mep meps msp msps mla mlas td tds`;

/** What only a document states by its verb: "the filing lists", "the report cited" (a body lists shares, cites a soldier). */
const DOCUMENT_VERBS = words(`cite cites cited list lists listed`);

/** Guidance, calls and forecasts a named body or document makes ("the NHS recommends", "The Associated Press declared", "the report forecasts"). */
const SOURCE_VERBS = [...words(`recommend recommends recommended advise advises advised declare declares declared forecast forecasts forecasted`), ...DOCUMENT_VERBS];

/** Base forms among `verbs` whose third person singular is there too ("say", "argue", "testify"): they agree with a plural subject. */
function pluralForms(verbs: readonly string[]): ReadonlySet<string> {
  const all = new Set(verbs);
  return new Set(verbs.filter((w) => all.has(`${w}s`) || all.has(`${w}es`) || (w.endsWith('y') && all.has(`${w.slice(0, -1)}ies`))));
}

/** A plural noun's shape: "rules", "shipbuilders"; not "boss", "virus", "analysis", "news". */
const isPluralEnglish = (low: string): boolean => low.length > 3 && low.endsWith('s') && !low.endsWith('ss') && !low.endsWith('us') && !low.endsWith('is') && !low.endsWith('ews');

/** Institutions whose named researchers name them ("Stanford University researchers"): the rules and attribution share them. */
const INSTITUTION_NOUNS = words(`university institute college school laboratory hospital clinic`);

/** Upper-case and any letters as BMP ranges (the engine's RegExps run without the `u` flag). */
const UPPER = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE\u0391-\u03A9\u0400-\u042F`;
const LETTER = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF`;

/**
 * A proper name, case-sensitive: "Sergey Lavrov", "Cho Son-hui", "J. K. Rowling",
 * "the Interior Ministry", "Ministry of Defense". Bounded repetition keeps it linear.
 */
const NAME_WORD = `(?:[${UPPER}][${LETTER}]*(?:['’][${LETTER}]+)?(?:-[${LETTER}]+)*|[${UPPER}]\\.)`;
const NAME_LINK = String.raw`(?:\s+(?:of(?:\s+the)?|for|de|da|van|von|der|al|bin|du|la|le)\s+|\s+|-)`;
const NAME_EXACT = String.raw`(?:[Tt]he\s+)?${NAME_WORD}(?:${NAME_LINK}${NAME_WORD}){0,6}`;
/** Words a name may span, for the scanner: its hyphenated parts are not bounded, so a generous guess. */
const NAME_MAX_WORDS = 24;

/** Letters and digits of <word>, <plural> and <possessive>: ASCII and Latin-1 to Latin Extended-B. */
const WORD_CHAR = String.raw`A-Za-z0-9\u00C0-\u024F`;

/** Countries, capitals and seats of government: "officials in Kyiv", "allies of Ukraine". */
const PLACES = [
  ...words(`
    us u.s. usa u.s.a. uk u.k. america britain england scotland wales ireland
    russia ukraine china japan india pakistan afghanistan iran iraq syria israel
    lebanon jordan egypt libya tunisia algeria morocco sudan ethiopia kenya nigeria
    turkey greece france germany italy spain portugal poland hungary romania
    belarus georgia armenia azerbaijan kazakhstan serbia croatia austria switzerland
    belgium netherlands denmark sweden norway finland estonia latvia lithuania
    canada mexico brazil argentina venezuela colombia chile peru cuba australia
    indonesia malaysia philippines vietnam thailand myanmar taiwan qatar bahrain
    kuwait oman yemen
    washington moscow beijing kyiv kiev london paris berlin brussels tokyo seoul
    pyongyang tehran baghdad damascus ankara jerusalem riyadh cairo islamabad kabul
    caracas havana ottawa canberra madrid rome warsaw budapest minsk tbilisi doha
    taipei manila jakarta hanoi bangkok beirut amman tripoli khartoum nairobi
    pretoria abuja westminster whitehall holyrood
    sydney melbourne toronto chicago boston geneva vienna stockholm oslo copenhagen
    helsinki dublin edinburgh athens lisbon prague bucharest sofia belgrade zagreb
    shanghai mumbai singapore dubai istanbul lagos johannesburg auckland
  `),
  'united states', 'united kingdom', 'great britain', 'south korea', 'north korea',
  'saudi arabia', 'south africa', 'new zealand', 'new delhi', 'abu dhabi',
  'downing street', 'capitol hill', 'the west', 'san francisco', 'los angeles', 'new york',
  'hong kong', 'mexico city', 'buenos aires', 'sao paulo', 'rio de janeiro', 'tel aviv',
];

/** Reporting verbs that a particle turns into another verb: "insisted on", "wrote off". */
const OTHER_SENSE_PARTICLES: ReadonlyArray<readonly [string, string]> = [
  ['insist insists insisted insisting', 'on upon'],
  ['write writes wrote written writing', 'off'],
  // A noun: "the US state of Louisiana", "the state of the economy".
  ['state states', 'of'],
  // Goods or envoys called back, not a memory: "recalled its ambassador", "recalled thousands of cars".
  ['recall recalls recalled recalling', 'its thousands hundreds millions'],
  // A passive participle: "the report cited in the lawsuit", "listed as missing".
  ['cited', 'in by as'],
  ['listed', 'as'],
];

const ENGLISH_GRAMMAR: AttributionGrammar = {
  definiteArticles: set(`the`),
  determiners: set(`the a an his her their its our my your one two three several some many this that these those another other`),
  indefinites: set(`a an one another some several two three`),
  numberWords: set(`one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands dozen dozens several few`),
  articleCounts: set(`few dozen`),
  singleCounts: set(`one another`),
  nameDeterminers: set(`the a an my our her his`),
  possessiveDeterminers: set(`his her their its our my your`),
  ownerDeterminers: set(`the its their`),
  bodyDeterminers: set(`its`),
  distanceAs: { as: 'as', far: 'far' },
  conjunctions: set(`and`),
  contrastives: set(`but yet whereas although though`),
  conditionals: set(`if unless whenever`),
  complementizers: set(`that`),
  pluralAuxiliaries: set(`have are were do`),
  degreeWords: set(`most least`),
  nameJoiners: set(`and on for to`),
  orgConnectives: set(`of for on and the to`),
  purposeJoiners: set(`to`),
  genitives: set(`of`),
  agentPrepositions: set(`by`),
  groupPrepositions: set(`of to at in inside within around for with from`),
  groupLinks: set(`close closest loyal near linked allied`),
  linkPrepositions: set(`to`),
  objectPrepositions: set(`against into`),
  roleLinks: set(`for of`),
  researcherLinks: set(`at from`),
  affiliations: set(`of from at`),
  placePrepositions: words(`in on across around throughout`),
  publicationPrepositions: set(`in`),
  campusPrepositions: set(`at`),
  dataPrepositions: set(`from by of with`),
  infinitiveMarkers: set(`to`),
  relativePronouns: words(`who whom whose`),
  thingRelatives: set(`which`),
  appositiveOpeners: set(`a an the who whose which his her their its one now then also himself herself`),
  clauseOpeners: set(`in`),
  personalPronouns: set(`he she`),
  thingPronouns: set(`it`),
  firstPersonPronouns: set(`i we`),
  groupPronouns: set(`those`),
  indefinitePronouns: set(`nobody nothing someone somebody something everyone everybody everything anyone anybody anything`),
  familyNouns: set(`family families`),
  personNouns: set(`people person`),
  verbParticles: set(`out up`),
  frontedObjects: set(`what`),
  sightParticiples: set(`seen obtained`),
  provenancePrepositions: set(`by with on at in under`),
  courtNouns: set(`court courts tribunal`),
  courtParticiples: set(`unsealed`),
  portfolioBodies: set(`department ministry directorate`),
  eventRecords: set(`minutes transcript transcripts`),
  recordedEvents: set(`meeting meetings session sessions hearing hearings call calls interview interviews briefing briefings conference debate proceedings`),
  recipientPrepositions: set(`to for`),
  openRecipients: set(`newspaper paper times editor editors readers subscribers viewers listeners customers me us you him her them`),
  publicDocuments: set(`complaint complaints petition petitions`),
  demonstratives: set(`this that these those`),
  timeParts: set(`eve end start beginning middle close`),
  vicinityPrepositions: set(`outside near along beside`),
  copulas: set(`is are was were be been being`),
  negations: new Set([...words(`not never unable cannot neither nor`), "n't"]),
  nameWithheld: [
    ['condition', 'of', 'anonymity'], ['granted', 'anonymity'], ['given', 'anonymity'], ['has', 'anonymity'],
    ['cannot', 'legally', 'be', 'named'], ['cannot', 'legally', 'be', 'identified'],
    ['cannot', 'be', 'named'], ['cannot', 'be', 'identified'],
    ['not', 'be', 'named'], ['not', 'be', 'identified'],
    ['not', 'to', 'be', 'named'], ['not', 'to', 'be', 'identified'],
  ],
  passiveTriggers: set(`
    statement statements remarks comments comment made described written
    posted reported announced published confirmed quoted cited released
    issued report study analysis interview told said claimed denied
    called shared tweeted disclosed revealed stated expressed voiced
  `),
  dataNouns: set(`data figures numbers statistics estimates records research polling average averages`),
  dataParticiples: set(`released published compiled collected gathered provided issued signed adopted drafted held dated updated revised filed commissioned posted prepared submitted lodged sent circulated distributed`),
  agentParticiples: set(`conducted unsealed`),
  pluralNounVerbs: set(`points notes reports comments remarks claims answers replies highlights tweets posts outlines estimates requests`),
  genericBodies: set(`police authorities government force forces press`),
  otherSenseParticles: new Map(OTHER_SENSE_PARTICLES.flatMap(([verbs, particles]) => words(verbs).map((verb) => [verb, set(particles)] as const))),
  quantityObjectVerbs: set(`recall recalls recalled recalling`),
  rulingNouns: set(`decision decisions`),
  invertibleVerbs: set(`
    said says say wrote writes added adds recalls recalled explained
    explains noted notes asked asks tweeted continued continues
    stated states argued argues warned warns insisted insists replied
    concluded concludes observed observes remarked remarks admitted admits
    acknowledged acknowledges conceded concedes claimed claims suggested suggests
  `),
  possessiveEndings: ["'s", '’s'],
  // A US party and state after a lawmaker's name: "D-N.M.", "I-Vt.", "R-Ohio" (a state spelt
  // out is captured, to be checked against partyStates).
  partyTag: /^[DRI]-(?:(?:[A-Z]\.){1,2}|[A-Z]\.?[A-Z]\.?|[A-Z][a-z]{1,4}\.|([A-Z][a-z]+))$/,
  partyStates: set(`
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
    idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
    minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania
    tennessee texas utah vermont virginia washington wisconsin wyoming
  `),
  placeAdjectiveEndings: ['-based'],
  thingPluralEndings: ['ments'],
  professionPluralEndings: ['ists'],
  passiveAuxiliaries: set(`is are was were be been being`),
  progressiveEndings: ['ing'],
  singular: (low) => (low.endsWith('ies') && low.length > 4 ? `${low.slice(0, -3)}y` : low.endsWith('s') ? low.slice(0, -1) : undefined),
  isGerund: (word) => GERUND_RE.test(word),
  referenceParticiples: set(`named mentioned involved concerned identified`),
  isAdverb: (low) => ADVERB_RE.test(low),
  hedgeAdverbs: set(`reportedly allegedly purportedly supposedly apparently presumably probably possibly seemingly ostensibly likely`),
  permissionModals: set(`may might can must should`),
};

/** Claims a rebuttal answers when fronted as its object: "a charge Severn Trent rejected". */
const REBUTTED_NOUNS = `
      charge charges claim claims accusation accusations allegation allegations criticism criticisms
      suggestion suggestions assertion assertions characterisation characterisations characterization
      characterizations portrayal portrayals depiction depictions
    `;

/** Peoples and regions as adjectives: "Norwegian media", "a Russian official". */
const DEMONYMS = `
      western eastern northern southern european asian african arab latin nordic baltic
      american british english scottish welsh irish canadian mexican brazilian argentine
      russian ukrainian chinese japanese korean indian pakistani afghan iranian iraqi syrian
      israeli palestinian lebanese jordanian egyptian libyan tunisian algerian moroccan
      sudanese ethiopian kenyan nigerian turkish greek french german italian spanish
      portuguese polish hungarian romanian belarusian georgian armenian serbian croatian
      austrian swiss belgian dutch danish swedish norwegian finnish estonian latvian
      lithuanian venezuelan colombian chilean peruvian cuban australian indonesian
      malaysian filipino vietnamese thai taiwanese saudi qatari emirati kuwaiti yemeni
      gulf soviet
    `;

export const english: LanguagePack = {
  id: 'en',
  inflect: inflectEnglish,
  macros: {
    report: { kind: 'list', patterns: REPORTING_VERBS },
    name: { kind: 'regex', source: NAME_EXACT, caseSensitive: true, maxWords: NAME_MAX_WORDS },
    neg: { kind: 'list', patterns: words(`not n't never no without hardly nor cannot`) },
    be: { kind: 'list', patterns: words(`is are was were be been being 's 're`) },
    have: { kind: 'list', patterns: words(`has have had having 've 's 'd`) },
    // A figure, with its currency or unit when written on it: "40", "1,200", "$100", "40C", "5%", "5pm".
    number: { kind: 'regex', source: String.raw`[$£€¥]?[0-9]+(?:[,.][0-9]+){0,4}(?:%|[A-Za-z]{1,3})?`, caseSensitive: false, maxWords: 5 },
    institution: { kind: 'list', patterns: INSTITUTION_NOUNS },
    month: { kind: 'list', patterns: words(`january february march april may june july august september october november december`) },
    // The shape of a plural noun ("backbenchers", "Republicans"); bounded so it stays linear.
    plural: { kind: 'regex', source: '[a-z](?:[a-z]{1,30}(?:-[a-z]{1,30}){0,2}|(?:-[a-z]{1,30}){1,2})s', caseSensitive: false, maxWords: 3 },
    // Any word: for context rules that need something before a match ("claims" with a subject);
    // joined parts ("mother-in-law's", "don't") count as words of their own.
    word: { kind: 'regex', source: String.raw`[${WORD_CHAR}]+(?:['’-]+[${WORD_CHAR}]*){0,3}`, caseSensitive: false, maxWords: 4 },
    // A possessive ("the fund’s", "Jones’", "the retailer's"): a determiner for the noun after it.
    possessive: { kind: 'regex', source: "[a-z][a-z]{0,30}(?:-[a-z]{1,30}){0,2}(?:['\u2019]s|s['\u2019])", caseSensitive: false, maxWords: 4 },
    // A country, capital or seat of government ("Ukraine", "the West", "Downing Street").
    place: { kind: 'list', patterns: PLACES },
    // A people or region as an adjective ("Norwegian media reports").
    demonym: { kind: 'list', patterns: words(DEMONYMS) },
    // A claim a rebuttal answers ("a charge officials reject").
    rebutted: { kind: 'list', patterns: words(REBUTTED_NOUNS) },
  },
  stopwords: new Set(STOPWORDS),
  stopwordRank: new Map(STOPWORDS.map((w, i) => [w, i])),
  titleAbbreviations: set(`
    mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt sen rep gov pres supt insp
    rev fr st sr jr hon amb det messrs mmes
    jan feb mar apr jun jul aug sep sept oct nov dec
  `),
  numberAbbreviations: set(`no nos vol p pp fig art sec ch para op ed`),
  otherAbbreviations: set(`
    u.s u.k u.n e.u u.s.a d.c a.m p.m inc ltd co corp llc plc bros dept est approx etc vs
    i.e e.g et al cf ave blvd rd mt ft
  `),
  sentenceOpeners: set(`
    the a an he she it they we i you this that these those there but and yet so then
    in on at for of as if when while after before since however meanwhile still also
    his her its their our my your some many most one two no not what who why how where
    mr mrs ms dr
  `),
  attribution: {
    reportingVerbs: REPORTING_VERBS,
    weakReportingVerbs: WEAK_REPORTING_VERBS,
    sourceVerbs: SOURCE_VERBS,
    documentVerbs: new Set(DOCUMENT_VERBS),
    rebuttalVerbs: words(`reject rejects rejected rejecting dispute disputes disputed disputing`),
    verdictVerbs: words(`call calls called brand brands branded`),
    verdictIdioms: set(`career day night season quits wrap draw tie`),
    rulingVerbs: words(`hold holds held rule rules ruled signal signals signalled signaled`),
    rulingOpeners: set(`that`),
    contentObjectVerbs: new Set([...words(`forecast forecasts forecasted`), ...DOCUMENT_VERBS]),
    rebuttedNouns: words(REBUTTED_NOUNS),
    pluralVerbs: pluralForms([...REPORTING_VERBS, ...SOURCE_VERBS]),
    isPlural: isPluralEnglish,
    guidanceOpeners: set(`that against whether how what when`),
    objectPronouns: set(`him her them us me you it everyone everybody anyone`),
    articles: set(`a an the`),
    grammar: ENGLISH_GRAMMAR,
    verbModifiers: set(`
      also later earlier previously recently then once still further again already
      has have had would will could may might should did does do
      not never just first initially subsequently separately publicly privately
      repeatedly often frequently once himself herself itself themselves however
      flatly long
    `),
    institutions: new Set(INSTITUTION_NOUNS),
    // Not "experts": a label the writer gives, not a post ("experts from Harvard say" stays vague).
    researchers: set(`
      researchers scientists economists academics scholars historians epidemiologists analysts strategists
      observers monitors inspectors
    `),
    spokespeople: set(`spokesman spokeswoman spokesperson`),
    sourceIntroducers: ['according to', 'in the words of', 'as reported by', 'cited by', 'as told to'],
    titles: set(`
      ${MEMBER_POSTS}
      president vice prime minister secretary chancellor premier governor mayor senator
      congressman congresswoman representative ambassador general admiral colonel major
      captain lieutenant sergeant commander chief inspector detective superintendent
      commissioner director chairman chairwoman chair ceo cfo coo cto founder co-founder
      spokesman spokeswoman spokesperson head leader editor correspondent reporter
      professor dr judge justice attorney prosecutor lawyer counsel officer constable
      councillor councilor alderman sheriff king queen prince princess pope archbishop bishop rabbi imam reverend
      foreign defence defense interior finance health justice economy trade
      deputy assistant acting former senior executive managing general-secretary
      secretary-general analyst economist historian scientist researcher author
      sculptor artist writer columnist activist developer engineer physicist astronomer
      couple pair duo
      meteorologist mathematician biologist chemist doctor nurse teacher coach manager
      opposition party state national federal chief-executive
      lead co-chair co-chairman co-chairwoman co-director co-leader co-editor co-author co-host co-owner
      vice-chair vice-chairman vice-chairwoman vice-president vice-chancellor vice-principal
      controller comptroller auditor auditor-general ombudsman coroner registrar treasurer clerk magistrate
      warden headteacher headmaster headmistress principal provost rector curator
      singer actor actress rapper comedian presenter star footballer striker midfielder goalkeeper
    `),
    memberPosts: set(MEMBER_POSTS),
    honorifics: set(`mr mrs ms miss dr prof sir dame lord lady mx rev revd`),
    organizationNouns: set(`
      ministry department directorate agency office council committee commission court police
      service services army navy force forces government administration parliament
      congress senate house assembly university college institute institution
      foundation association union party bank fund company corporation corp inc ltd
      group organization organisation board bureau authority authorities center centre
      studio times post journal news press tribune guardian telegraph herald agency
      network channel magazine reuters bloomberg associated tmz bbc cnn nbc abc cbs
      fox ap afp kremlin pentagon whitehouse nasa who un nato fbi cia
      tass interfax xinhua snopes mashable
      twitter facebook google meta apple amazon microsoft uber lyft tesla alibaba yahoo
      netflix instagram tiktok youtube openai nvidia samsung huawei airbnb spotify
      firm club team league federation airport airline carrier hospital school museum
      charity regulator watchdog insurer lender retailer supermarket broadcaster newspaper
      utility tribunal trust gallery library zoo theatre theater orchestra festival palace
      prefecture guild
      operator manufacturer supplier publisher platform brand carmaker automaker chamber
      server district consultancy secretariat academy coastguard embassy consulate mission
      diocese archdiocese panel consortium municipality confederation
      chipmaker drugmaker conglomerate housebuilder telco
      clinic
    `),
    lowerCaseBodies: set(`city county township`),
    placeVerbs: set(`find finds found show shows showed shown reveal reveals revealed suggest suggests suggested believe believes believed speak speaks spoke`),
    organizationNameWords: set(`
      fc afc cf united rovers rangers wanderers athletic albion hotspur city town county
      ltd inc plc llc corp co gmbh
      holdings industries enterprises partners ventures capital investments securities insurance
      systems networks technologies tech labs software electronics telecom communications
      pharma pharmaceuticals biotech therapeutics motors airways airlines railways rail highways
      transport energy electric electricity gas oil petroleum utilities water foods brands stores
      media entertainment productions studios films pictures records
      nations alliance coalition trust society programme program project initiative campaign guard
      movement front network research health sport sports historic natural global international
    `),
    bodyRoles: [
      'chief executive', 'chief-executive', 'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'board', 'shareholders',
      'headquarters', 'executive director', 'managing director', 'director-general', 'director general',
    ],
    bodyCompounds: new Set(['general staff', 'high command', 'coast guard', 'national guard']),
    documentNouns: set(`
      report study survey paper analysis statement document documents filing filings
      lawsuit complaint memo letter data figures records bill notes transcript transcripts
      ruling indictment review audit assessment poll tweet post release minutes papers
      projection projections forecast forecasts readout dashboard preprint guidance tally
      communiqué communique communiqués communiques declaration treaty accord manifesto counts tallies
      menu affidavit affidavits notice notices registry register results text warrant bulletin
      regulations judgment judgement summary announcement submission prospectus
      order petition statements scorecard budget
    `),
    // Authors stand for the work they wrote: "the authors wrote" after a study is named.
    workAuthors: set(`authors`),
    // Participles opening a clause between a speaker and the verb: "Doherty, asked about the workload, said".
    // Also what a work rests on: "The report, based on a survey of 3,200 households, found".
    // And who leads it: "The review, led by former medical director Dr Fiona Kaye, found".
    clauseParticiples: set(`asked pressed questioned contacted reached interviewed approached challenged quizzed based led chaired headed`),
    anonymousNouns: set(`
      source sources official officials insider insiders person people individual
      spokesperson spokesman spokeswoman aide aides staffer staffers diplomat diplomats
      employee employees member members colleague colleagues
      friend friends pal pals relative relatives witness witnesses resident residents
      neighbour neighbours neighbor neighbors onlooker onlookers bystander bystanders
      investigators detectives inspectors deputies troopers someone somebody
    `),
    ownedDocumentNouns: set(`accounts`),
    portfolioRoles: set(`member holder lead`),
    partyMembers: set(`tory democrat republican conservative liberal socialist nationalist unionist`),
    recordModifiers: set(`annual financial audited statutory interim quarterly published filed latest recent last full-year year-end`),
    vagueNouns: set(`
      critics experts analysts observers commentators scientists researchers
      some many others few most several numerous everyone everybody people
      supporters opponents skeptics sceptics proponents detractors activists
      pundits scholars historians economists libertarians conservatives liberals
      reports studies accounts circles
      lawmakers legislators politicians voters investors traders parents farmers locals
      villagers teachers patients consumers campaigners allies viewers readers listeners
      customers shoppers commuters passengers motorists workers students nurses
      shareholders homeowners taxpayers pensioners journalists soldiers programmers
      developers artists musicians owners shopkeepers employers retailers
      media outlets newspapers broadcasters tabloids
      fans pollsters nutritionists mps
      doctors physicians surgeons clinicians psychologists psychiatrists epidemiologists
      virologists engineers users citizens tenants landlords bankers
      medics paramedics rescuers staff
      editors publishers regulators lenders managers drivers coaches players advocates democrats republicans families
      protesters protestors cyclists climbers hikers tourists holidaymakers travellers travelers
      headteachers pupils carers builders miners dockers donors volunteers
    `),
    groupSuffixes: words(`ers ors ists ians ants ents ees`),
    groupHeads: set(`
      people staff folk personnel crowds groups unions firms companies businesses banks
      agencies bodies charities councils governments families crews teams clubs bosses
      chiefs executives representatives relatives natives men women children youths elders
    `),
    thingPlurals: set(`
      papers letters numbers matters orders headquarters waters quarters chambers borders
      corners towers centers centres computers markers posters filters meters sensors
      indicators factors sectors errors motors mirrors colors colours floors doors
      complaints events incidents accidents contents restaurants plants grants
      chapters tankers freighters trawlers destroyers carriers detectors monitors scanners
      flyers fliers stickers banners newsletters dossiers outlets subcommittees containers printers
      characters narrators decrees thermometers disclaimers reminders percents
    `),
    countedVerbs: {
      speech: set(`say says said believe believes believed think thinks thought fear fears feared estimate estimates estimated allege alleges alleged predict predicts predicted`),
      notStatements: set(`nothing yes sorry`),
      thatClause: set(`add adds added explain explains explained argue argues argued claim claims claimed maintain maintains maintained warn warns warned confirm confirms confirmed report reports reported write writes wrote note notes noted suggest suggests suggested insist insists insisted agree agrees agreed complain complains complained admit admits admitted deny denies denied`),
      telling: set(`tell tells told`),
      tellingAddressees: set(`us me reporters journalists paper newspaper`),
    },
    countedOpeners: set(`but yet while though although because so`),
    tradePlurals: set(`providers brewers wholesalers exporters importers refiners distributors competitors sponsors advertisers creditors rivals giants powers bookmakers employers vendors developers`),
    groupReportingVerbs: set(`
      report reports reported warn warns warned note notes noted state states stated
      confirm confirms confirmed stress stresses stressed maintain maintains maintained
      predict predicts predicted argue argues argued claim claims claimed admit admits admitted
      acknowledge acknowledges acknowledged contend contends contended tell tells
      testify testifies testified recall recalls recalled deny denies denied
    `),
    otherSenseObjects: set(`goodbye goodbyes farewell farewells prayers prayer grace`),
    clauseJoiners: set(`and but yet while though although because that so where`),
    places: new Set(PLACES),
    pronouns: set(`he she they it we i`),
    notNames: set(`
      the a an he she it they we i you this that these those there but and yet so then
      in on at for of as if when while after before since however meanwhile still also
      from by with to into about against over under between through
      monday tuesday wednesday thursday friday saturday sunday
      january february march april may june july august september october november december
      his her its their our my your some many most one no not what who why how where
      all every each both any either neither another others
      i'd i’d i'm i’m i've i’ve i'll i’ll
      read more related advertisement
      evidence history experience science research data analysis logic reason tradition
      wisdom literature polling statistics figures numbers records common
      footage video videos images photos pictures
    `),
    nameParticles: set(`of de da van von der al el bin du la le the`),
    nameParts: set(`
      evidence history experience science research data analysis logic reason tradition
      wisdom literature polling statistics figures numbers records pictures common
      january february march april may june july august september october november december
    `),
    demonyms: set(DEMONYMS),
    sourceModifiers: set(`
      local regional national international domestic foreign
      unconfirmed unverified uncorroborated unsubstantiated anecdotal conflicting contradictory
      early earlier initial preliminary recent previous prior latest new later first
      multiple several various numerous other further additional separate widespread
      independent internal leaked official unofficial unnamed anonymous private public
      media press news social online industry
    `),
    timeNouns: set(`
      monday tuesday wednesday thursday friday saturday sunday
      january february march april may june july august september october november december
      day week weekend fortnight month year decade morning afternoon evening night
      spring summer autumn fall winter quarter
    `),
    timeOpeners: set(`on in during at over last this next early late earlier later past`),
    timeAdverbs: set(`today yesterday tonight overnight online earlier recently previously`),
    timeZones: set(`am pm a.m p.m gmt bst utc cet cest eet eest et est edt ct cst cdt mt mst mdt pt pst pdt ist jst aest aedt`),
  },
};
