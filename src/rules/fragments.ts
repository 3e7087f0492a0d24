/**
 * Pattern fragments shared by several rule families. They are pieces of the phrase
 * language of src/engine/rule.ts (never regular expressions), spliced into patterns so
 * that one word list is kept in one place.
 */

/**
 * "Called" as a view: a demand ("called for", "called on") or a verdict ("called it a
 * disgrace", "called the plan a betrayal"); not "workers called in sick" or
 * "shareholders called the meeting to order".
 */
/** A verdict's adjective: "optimistic", "derivative". */
const VERDICT_ADJECTIVE =
  '[overly|wildly|hopelessly|] [optimistic|unrealistic|misleading|exaggerated|inflated|premature|naive|naïve|flawed|reckless|irresponsible|unworkable|unaffordable|implausible|inaccurate|baseless|unfounded|absurd|outdated|excessive|arbitrary|unlawful|illegal|discriminatory|racist|' +
  'derivative|simplistic|cynical|dishonest|disingenuous|misguided|dangerous|ridiculous|outrageous|shameful|disgraceful|laughable|unfair|unjust|unacceptable|insulting]';

const CALLED_AS =
  // An object and its verdict: "called it a disgrace", "called the premise derivative".
  `[on|it|them|him|her|[the|this|that|these|those|his|her|their|its] [<word>|<word> <word>] [a|an|${VERDICT_ADJECTIVE}]|` +
  // A verdict with no object left, in a relative clause: "a figure other analysts have called optimistic".
  `${VERDICT_ADJECTIVE}]`;
const CALLED = `[call|calls|called] [for|${CALLED_AS}]`;

/** The same for ordinary people, without "for": "residents called for help" asked for it. */
const PEOPLE_CALLED = `[call|calls|called] ${CALLED_AS}`;

/** A doubt or objection held as a noun: what a group "voices", "raises" or "signals". */
const STANCE =
  '[caution|wariness|hesitancy|reluctance|concern|concerns|doubt|doubts|fears|unease|disquiet|reservations|misgivings|scepticism|skepticism|opposition|objections|alarm|dismay|discomfort|displeasure|frustration]';

/**
 * "Suggest" as a view ("researchers suggested that", "critics suggest the plan is a tax",
 * "some have suggested otherwise"), not as advice with a bare verb after a pronoun
 * ("doctors suggested he rest", "nurses suggest you drink more water"): a pronoun counts
 * only with an auxiliary or a modal after it, which advice never has.
 */
const SUGGEST =
  '[suggest|suggests|suggested|suggesting] [that|otherwise|as much|so|' +
  '[he|she|it|they|we|you|i|there] [was|were|is|are|had|has|have|would|could|might|may|will|did|does|do|should|must|never|not|also|already|still|can|cannot]|' +
  '[the|a|an|this|these|those|its|their|his|her|some|many|most|such|more|further|new|other|<number>] <word>]';

/** What a group presses for: "pressed for a ban", "lobbied for an inquiry". */
const DEMAND =
  '[ban|inquiry|investigation|review|recall|referendum|vote|change|changes|reform|reforms|answers|compensation|refunds|resignation|cull|moratorium|delay|bailout|standards|rules|regulation|cuts|tax cuts]';

/** A body pressed or pushed to act: "pressed the commission for mandatory standards", "pushed the company to cut costs". */
const PRESSED_BODY =
  '[the|their|its|his|her|] [government|governments|company|companies|firm|firms|council|minister|ministers|regulator|regulators|officials|authorities|lawmakers|legislators|congress|parliament|agency|board|' +
  'club|league|school|schools|hospital|manufacturer|retailer|bank|banks|city|state|administration|president|mayor|commission|committee|management|executives|chief executive|ceo|union|unions|ministry|department|watchdog|industry]';

/**
 * Verbs of saying and holding a view, shared by the lists below. "Allege" and "report" are
 * spelled out: their ~ forms include "allegedly" and "reportedly", hedges of their own.
 * Plain words only, so the list compiles to one trie; CALLED joins it in the lists below.
 */
const VIEW =
  'say|says|said|argue~|believe~|think|thinks|thought|contend~|view|views|viewed|' +
  'fear~|worry|worries|worried|feel|feels|felt|insist~|maintain~|question~|doubt~|' +
  'speculate~|warn~|allege|alleges|alleged|alleging|wonder~|suspect~|[whisper|whispers|whispered|whispering] [that|about|of]|regard|regards|regarded|criticise~|' +
  'criticize~|point out|points out|pointed out|agree~|disagree~|expect~|predict~|[forecast|forecasts] [a|an|the|that|<number>]|forecasted|estimate~|conclude~|' +
  'told|tell|consider~|reckon~|assert~|complain~|accuse~|dismiss~|defend~|challenge~|' +
  'emphasize~|emphasise~|stress~|note~|acknowledge~|concede~|caution~|urge~|recommend~|declare~|' +
  'contest~|dispute~|object~|surmise~|posit~|anticipate~|opine~|' +
  // A remedy vouched for: "nutritionists swear by its juice".
  '[swear|swears|swore|sworn] by|' +
  // Doubts voiced as a noun phrase: "experts have raised concerns", "scientists cast doubt on",
  // "some Democrats have signalled unease". The noun decides: "raised money", "signalled a turn".
  `[raise~|voice~|express~|signal~|air~] ${STANCE}|raise~ [questions|the alarm]|cast~ doubt|` +
  // A view put forward as a hypothesis: "some astronomers have proposed that ...", not "proposed a plan".
  'propose~ that|hypothesise~|hypothesize~|theorise~|theorize~|' +
  // A demand pressed on someone: "safety advocates have pressed the company to act", "pressed for a ban".
  // Not "pressed the button to start": the one pressed is a body or a person.
  `[press|presses|pressed|pressing] [for [a|an|the|] ${DEMAND}|[them|him|her] to|${PRESSED_BODY} [to|for]]|` +
  // The same pushed or lobbied for: "some investors have pushed the company to cut costs". Not
  // "pushed him to the ground": only a body is pushed to act.
  `[push|pushes|pushed|pushing|lobby|lobbies|lobbied|lobbying] [for [a|an|the|] ${DEMAND}|${PRESSED_BODY} [to|for]]|` +
  // A verdict shared with the article's source: "other fact-checkers reached the same conclusion".
  '[reach|reaches|reached|reaching|came to|come to|comes to|arrived at] [the same|a similar|similar|a different|different|the opposite|opposite|that] [conclusion|conclusions|verdict|view]|' +
  `${SUGGEST}|` +
  // A stance held rather than voiced: "some physicians remain sceptical", "critics are unconvinced".
  '[remain|remains|remained|are|were|appear|appears|appeared|seem|seems|seemed] [still|] [[more|less|increasingly|deeply|] [sceptical|skeptical|unconvinced|doubtful]|not convinced|[convinced|adamant|persuaded] [that|of]|' +
  // Doubt by degree, set against a claim: "hospital leaders are less sure", "investors are not
  // so certain". Not a bare "not sure": "many passengers were not sure where to go" is no view.
  '[less|far less|much less|not so|not as|not entirely] [sure|certain|convinced]|' +
  // An outlook on something, not a mood: "many analysts remain cautious about the outlook",
  // "investors are worried that"; not "staff remain confident of finishing on time".
  '[more|less|increasingly|deeply|] [cautious|wary|optimistic|pessimistic|hopeful|concerned|worried] [that|about|over]]';

/**
 * Knowledge claimed for experts ("scientists now know that", "most experts accept that"), not
 * for ordinary people, where it is common sense ("parents know that children need sleep").
 */
const KNOW_THAT = '[know|knows|knew|known|accept|accepts|accepted] that';

/** The verbs of a view, "claim" included: "critics claim", "some claim". */
const OPINION = `claim~|${VIEW}`;

/**
 * "Claim" of ordinary people as a view ("residents claim the council ignored them",
 * "parents claim that", "viewers claimed the vote had been rigged"), not as applying for
 * something ("pensioners claim the allowance", "farmers claim subsidies", "users claim
 * their rewards"): a clause must follow, opened by "that", a pronoun, or a noun and its verb.
 */
const PEOPLE_CLAIM =
  '[claim|claims|claimed|claiming] [that|to have|to be|' +
  '[he|she|it|they|we|you|i|there|police|officials|nobody|no one] <word>|' +
  '[the|a|an|this|these|those|its|their|his|her|some|many|most] [<word>|<word> <word>] ' +
  '[was|were|is|are|had|has|have|would|could|might|may|will|did|does|do|should|must|never|not|knew|lied|failed|ignored|refused|tried|wanted|made|took|kept|let|used|left|gave|told|cut|broke|misled]]';

/**
 * Verbs with which an unnamed group is made to speak or hold a view: "critics argue",
 * "experts have long warned", "researchers found". Curated rather than every reporting verb.
 */
/** Judgements passed by a group: "campaigners branded the decision a betrayal". */
const VERDICT = 'brand|brands|branded|label~|condemn~|denounce~|decry~|slam~|liken~|blame~|ridicule~|lambast~|deride~|[mock|mocks|mocked|mocking] [the|a|an|his|her|their|its|him|them|it|this|that]';

/**
 * A verdict on a team, a candidate or a company: "pundits have written off the side". Not
 * "tipped": "fans tipped their caps".
 */
const WRITE_OFF = 'write off|writes off|wrote off|written off|writing off';

/**
 * A group's settled view, said of the group ("fans are convinced her next record is a breakup
 * album"); not of a quantifier, where it reports dissent ("not everyone was convinced").
 */
const CONVINCED = '[are|is|were|was|remain|remains|remained] convinced';

/**
 * A cause put forward as an explanation: "other researchers point to the eruption", "with
 * analysts pointing to mobile banking". Not for
 * ordinary people, where it is often a gesture ("residents pointed to the damaged roof").
 */
export const POINT_TO = 'point to|points to|pointed to|pointing to';

export const GROUP_VERB = `[[${OPINION}|${KNOW_THAT}|${POINT_TO}|see|sees|saw|found|find|finds|hold|holds|describe~|report|reports|reported|reporting|write|wrote|writes|observe~|counter~|charge|charges|charged|${VERDICT}|${WRITE_OFF}]|${CALLED}|${CONVINCED}]`;

/**
 * "Reported" of ordinary people as a claim, not as an account of events: "residents reported
 * hearing explosions", "customers reported that the app was down", "patients reported the
 * pain had eased"; not "journalists reported from the front line", "customers reported faults".
 */
const PEOPLE_REPORTED =
  '[report|reports|reported|reporting] [that|seeing|hearing|feeling|being|having|sightings|a sighting|' +
  '[the|a|an|their|its|his|her] [<word>|<word> <word>] [was|were|is|are|had|has|have|would|could|did]|' +
  '[he|she|they|it|we] [was|were|is|are|had|has|have|would|could|did]]';

/**
 * The same for groups of ordinary people (residents, passengers, workers), without the verbs
 * of seeing, finding and writing: "passengers saw smoke", "workers found the body",
 * "programmers wrote the code" tell what happened.
 */
export const PEOPLE_VERB = `[[${VIEW}|hold|holds|describe~|counter~|charge|charges|charged|${VERDICT}]|${PEOPLE_CLAIM}|${PEOPLE_CALLED}|${PEOPLE_REPORTED}|${CONVINCED}]`;

/**
 * The same for quantifiers as subjects ("some view", "many believe", "others question"),
 * without verbs that also tell what happened to people: "some found shelter", "many saw
 * their homes destroyed".
 */
export const QUANTIFIER_VERB = `[[${OPINION}|${POINT_TO}|see|sees|describe~]|${CALLED}]`;

const AUX =
  'have|had|has|have long|had long|has long|have also|also|have already|has already|had already|already|now|often|still|generally|widely|actually|increasingly|' +
  'had widely|have widely|has widely|had generally|have generally|' +
  // Where the group is, seen from the reporter: "soldiers here say", "residents there fear".
  'here|there|locally|first|' +
  'have recently|has recently|had recently|recently|have previously|has previously|had previously|previously|' +
  'broadly|largely|overwhelmingly|mostly|' +
  // How often or how openly a view is voiced: "experts routinely warn", "some even argue".
  'routinely|even|repeatedly|frequently|consistently|typically|usually|privately|publicly|openly|themselves|elsewhere|' +
  'have repeatedly|has repeatedly|had repeatedly|have consistently|has consistently|have publicly|have openly|' +
  // How soon: "fans quickly questioned", "residents have since reported".
  'quickly|immediately|swiftly|have since|has since|' +
  'tend to|continue to|' +
  'do not|don’t|did not|didn’t|would|will';

/**
 * An aside between a group and its verb: "critics, however, argue", "analysts, for their
 * part, expect". Spliced right after the group's word (no space before the comma).
 */
export const ASIDE =
  '[, [however|though|meanwhile|too|also|in turn|for their part|for its part|by contrast|in contrast|nonetheless|nevertheless|for example|for instance|in particular|for now|so far],|]';

/**
 * Auxiliaries and adverbs allowed between a group and its verb: "experts have long argued".
 * Not "can", "could", "may" or "might": "shareholders can object to the deal" is what the
 * group is able to do, not a view anyone voiced.
 */
export const GROUP_AUX = `[${AUX}|]`;

/** The same after a bare quantifier, where a modal is the weasel itself: "some might argue". */
export const QUANTIFIER_AUX = `[${AUX}|may|might|could|can|]`;

/** Determiners that point back to people already named: "the researchers said". */
export const ANAPHORIC = ['the', 'these', 'those', 'both', 'his', 'her', 'their', 'our', 'its', 'such'];

/** Nouns for one unnamed informant or a few of them. */
export const INFORMANT =
  '[source|sources|insider|insiders|official|officials|person|people|individual|individuals|aide|aides|' +
  'diplomat|diplomats|staffer|staffers|employee|employees|executive|executives|adviser|advisers|advisor|advisors]';

/** Modifiers of an unnamed official: "a senior administration official". */
export const OFFICIAL_MODIFIER =
  '[senior|top|high-ranking|ranking|former|current|second|third|veteran|long-serving|junior|backbench|rebel|administration|government|defense|defence|military|' +
  'intelligence|security|police|state|federal|local|regional|western|european|american|white house|' +
  'israeli|russian|ukrainian|chinese|iranian|british|french|german|turkish|arab|pakistani|afghan|iraqi|' +
  'syrian|saudi|indian|japanese|korean|egyptian|palestinian|nato|un|eu|company|party|campaign|industry|' +
  'ministry|city|county|health|election|justice department|state department|pentagon|kremlin|' +
  'u.s.|us|u.k.|uk|u.n.|e.u.|canadian|australian|italian|spanish|polish|dutch|swedish|greek|hungarian|qatari|emirati|jordanian|lebanese|' +
  'libyan|sudanese|nigerian|kenyan|brazilian|mexican|venezuelan|taiwanese|indonesian|north korean|south korean|' +
  'treasury|foreign ministry|interior ministry|downing street|whitehall|cabinet|senate|congressional|republican|' +
  'democratic|labour|tory|conservative|liberal democrat|lib dem|green|snp|plaid|dup|sinn féin|sinn fein|sdlp|reform|welsh|scottish|irish|gop|military intelligence|law enforcement|border|customs|immigration|' +
  // The services at an incident: "a coastguard officer", "a fire service official".
  'coastguard|coast guard|fire|fire service|ambulance|rescue|army|navy|prison|airport|port|hospital|embassy|council|transport|railway|' +
  // A side at the table: "one union official told the paper".
  'union|trade union|management|club|league|team|school|university|staff]';

/** "Said goodbye", "said prayers": another sense of "say", no statement. */
export const FAREWELL = ['goodbye', 'goodbyes', 'farewell', 'farewells', 'prayers', 'grace'];

/** What "claim" takes when it means winning or taking, not asserting: "claimed victory", "claims the title", "claimed 40 lives". */
export const CLAIMED_AS_WON = ['lives', 'life', 'title', 'crown', 'trophy', 'seat', 'throne', 'top', 'credit', 'victory', 'scalp', 'prize'];

/** What a party can say, show or hand over: the object of "has not provided ...". */
export const INFORMATION =
  '[evidence|proof|details|detail|documentation|documents|data|figures|information|explanation|' +
  'specifics|examples|sources|records|confirmation|corroboration|substantiation|basis]';

/** The alternatives of a `[a|b]` group, to splice into a larger one: `[${alts(group)}|c]`. */
export const alts = (group: string): string => group.slice(1, -1);

/** The same `[a|b]` group with an empty alternative, so it may be left out: `[a|b|]`. */
export const optional = (group: string): string => `${group.slice(0, -1)}|]`;
