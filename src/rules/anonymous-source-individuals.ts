/**
 * Unnamed individuals who are not officials: "a colleague remembered", "one resident
 * said", "an unidentified poster", "one Twitter response", "a whistleblower".
 */
import type { Rule } from '../engine/rule';
import { alts, FAREWELL, optional } from './fragments';

/** People in a trade or a campaign who know things by their work: "a supplier", "an operative". */
const TRADE = 'supplier|dealer|distributor|contractor|broker|trader|operative|pollster|lobbyist|donor|fundraiser|organiser|organizer';

/** The camp or trade that describes an unnamed professional: "a Republican strategist", "an industry analyst". */
const CAMP =
  '[republican|democratic|democrat|gop|labour|tory|conservative|liberal|party|campaign|political|veteran|senior|longtime|former|industry|market|city|wall street|tech|oil|energy|defence|defense]';

/**
 * How wire copy introduces an unnamed person: an indefinite noun phrase ("a", "one",
 * "another"), a standing ("former", "senior"), a role of one or two words ("lineman", "door
 * supervisor", "EU official"), then what places them ("who was at the scene", "close to the
 * talks") and the verb that makes them a source. The role is an open word: the describing
 * clause and the verb right after it make it a person.
 */
const INDEFINITE = '[a|an|one|another]';
/** The verb of a clause the person is the subject of, or an order's "to": after it, the person is reported on or told, not a source. */
const CLAUSE_VERB = '[<be>|<have>|will|would|could|can|may|might|must|should|remained|remains|died|dies|suffered|earned|received|lost|needed|to]';
/** A speaker of its own after a comma: "..., police said", "..., he added". */
const OTHER_SPEAKER = '<word>, [<word>|<word> <word>] [said|says|told|added|confirmed|reported]';
/** Counted people are informants only with a former post: "three former engineers said"; "several users who shared it said" is a group. */
const COUNTED = '[a|an|one|another|two|three|four|several]';
const STANDING = '[former|senior|longtime|long-time|veteran|junior|retired|current|one-time|]';
const ROLE = '[<word>|<word> <word>]';
/**
 * A role of three words, or with "of" or "to", only after a rank: "a former chief of staff",
 * "a former adviser to the president". Bare, it would be a quantity ("a lot of people who
 * voted for him said", "a group of fans").
 */
const LONG_ROLE = '[<word>|<word> <word>|<word> <word> <word>|<word> [of|to] [the|] <word>]';
const RANKED_ROLE = `[former|senior|longtime|long-time|veteran|retired] ${LONG_ROLE}`;
/** The words of a describing clause or its object, bounded: "was at the scene", "the negotiations". */
const CLAUSE = '[<word> <word>|<word> <word> <word>|<word> <word> <word> <word>|<word> <word> <word> <word> <word>|<word> <word> <word> <word> <word> <word>]';
const OBJECT = '[<word>|<word> <word>|<word> <word> <word>]';
/** A clause between commas may run longer: "who was told of the plans on Tuesday". */
const CLAUSE_IN_COMMAS = `[${alts(CLAUSE)}|<word> <word> <word> <word> <word> <word> <word>|<word> <word> <word> <word> <word> <word> <word> <word>]`;
/** Access without a name: "close to the talks", "involved in the negotiations", "briefed on the plan". */
const PLACED =
  '[close to|involved in|familiar with|briefed on|knowledgeable about|with [direct|detailed|firsthand|first-hand|inside|] knowledge of|working on|working at|working in|present at|present in|privy to]';
/** What the unnamed person does as a source: says, tells, recalls, "puts it". */
const SPOKE =
  '[said|says|told|tells|added|adds|recalled|recalls|remembered|remembers|described|describes|explained|explains|insisted|claimed|warned|wrote|writes|noted|argued|conceded|admitted|acknowledged|confided|put it]';
/** Where someone works, up to four words: "the scene", "the company’s Leicester plant", "one Russell Group university". */
const WORKPLACE = '[<word>|<word> <word>|<word> <word> <word>|<word> <word> <word> <word>|one of [the|its|their] [<word>|<word> <word>|<word> <word> <word>]]';
/** Verbs of a person speaking for themselves, which a report or an article does not take. */
const SPOKE_IN_PERSON = '[told|tells|admitted|admits|conceded|concedes|confided|confides|recalled|recalls|remembered|remembers]';
/**
 * A word just before the phrase that makes the person an object, not the speaker: "the
 * family of a man who died said", "she told a former colleague who had said".
 */
const OBJECT_OF = [
  '[to|by|with|for|from|of|about|against|among|than|like|met|told|asked|interviewed|hired|questioned|arrested|charged|shot|no]',
  // A cleft or a predicate: "it was a neighbour who called police and said".
  '[is|was|are|were|be|been|being]',
];
/**
 * Just after the verb: the statement went to the authorities, not to the reporter ("told
 * police"), or the verb is a participle ("a former aide said to be furious", "told to leave").
 */
const NOT_A_SOURCE = ['to', 'police', 'officers', 'detectives', 'investigators', 'paramedics', 'magistrates', 'jurors', 'nothing', 'goodbye', 'farewell', 'prayers', 'grace'];

export const anonymousSourceIndividuals: readonly Rule[] = [
  {
    id: 'anonymous-source-unnamed',
    category: 'anonymous-source',
    name: 'Unnamed source',
    explanation:
      'The article itself says the source has no name. Ask what the source could know, and whether anything on the record supports it.',
    check: 'phrase',
    patterns: [
      '[unnamed|unidentified|anonymous|nameless] [senior|government|administration|military|intelligence|security|police|western|former|industry|company|party|state|federal|local|] [source|sources|official|officials|person|people|individual|individuals|poster|posters|user|users|caller|callers|employee|employees|staffer|staffers|aide|aides|witness|witnesses|insider|insiders|informant|informants|whistleblower|whistleblowers|tipster|tipsters|commenter|commenters|account|accounts|executive|executives|diplomat|diplomats|officer|officers|letter|memo|note|tweet|post|blogger|bloggers|worker|workers|adviser|advisers|advisor|advisors|spokesperson|spokesman|spokeswoman|friend|relative|colleague|colleagues|author|writer|investor|investors|buyer|buyers|bidder|bidders|party|parties|expert|experts|analyst|analysts|researcher|researchers|scientist|scientists|doctor|doctors|lawyer|lawyers|partner|partners|company|companies|businessman|buyer|seller|bank|banks|firm|firms]',
    ],
    examples: {
      match: ['On one Facebook page an unidentified poster put up her picture.', 'The paper cited unnamed intelligence officials.', 'The stake was bought by unnamed investors.'],
      // Donors give money, not information: an anonymous gift names no source.
      noMatch: ['An unidentified man was arrested at the scene.', 'An anonymous donor gave £1m to the hospital.'],
    },
  },
  {
    id: 'anonymous-source-unnamed-worker',
    category: 'anonymous-source',
    name: 'An unnamed nurse said',
    explanation:
      'Someone at work, in a trade the article gives, speaks without a name. They may know the place well; ask why they are not named and whether anyone on the record confirms it.',
    check: 'context',
    // Any trade, so only as a source, with a verb of saying after it: not a victim, a defendant
    // or a hire ("an unnamed player was fined", "the trust paid an unnamed consultant"). Not
    // "unidentified", how victims and suspects are first described.
    patterns: [
      '[unnamed|anonymous] [<word>|] [nurse|nurses|teacher|teachers|assistant|assistants|producer|producers|manager|managers|director|directors|member of staff|staff member|staff members|crew member|crew members|contractor|contractors|engineer|engineers|pilot|pilots|agent|agents|player|players|coach|consultant|consultants|technician|technicians|associate|associates]',
    ],
    window: 4,
    // "Revealed", "confirmed", "warned" only with "that": "an unnamed player accused of assault",
    // "an unnamed agent confirmed as the buyer" are no speakers.
    requireAfter: [
      '[said|says|told|tells|claimed|claims|alleged|alleges|described|describes|recalled|recalls|wrote|writes|added|explained|insisted|who says|who said|who spoke|who asked|was quoted|is quoted|were quoted|as saying|speaking]',
      '[revealed|confirmed|warned|admitted|tweeted|posted] [that|on]',
    ],
    // A hedge, not a speaker: "an unnamed player said to be worth £50m".
    rejectAfter: ['said to [be|have]'],
    examples: {
      match: ['The post quotes an unnamed nurse who says staff were told to keep quiet.', 'An unnamed production assistant was quoted as saying he threw a chair.', 'An anonymous player told the BBC the manager had lost the dressing room.', 'The newspaper quoted an unnamed teacher as saying the exam was leaked.'],
      noMatch: ['An unnamed player was fined £50,000 by the FA.', 'The trust paid an unnamed consultant £300,000.', 'The survey was anonymous so teachers could speak freely.', 'An unnamed player said to be worth £50m has been arrested.', 'An unnamed player accused of assault has been suspended by his club.'],
    },
  },
  {
    id: 'anonymous-source-acquaintance',
    category: 'anonymous-source',
    name: 'A colleague recalled',
    explanation:
      'A friend, colleague or neighbour speaks without a name. Personal closeness gives access but also a point of view; ask who this is and what they saw themselves.',
    check: 'context',
    patterns: [
      '[a|an|one|another] [second|third|fourth|fifth|] [longtime|long-time|close|old|] [colleague|friend|neighbour|neighbor|relative|acquaintance|associate|classmate|employee|staffer|witness|eyewitness|bystander|former colleague|family friend|family member|confidant|confidante|former employee|former staffer|former aide|co-worker|coworker|passer-by|passerby|resident|local|onlooker|person|pal] [who spoke to|who talked to|who spoke with|who talked with|]',
    ],
    window: 4,
    // A likeness, not a person: "she felt like a friend", "treated me as a colleague". (A named
    // person's description, "Meena Krishnan, a resident of HSR Layout, said", gives way to the
    // named attribution around it: see analyze.ts.)
    rejectBefore: ['like', 'as'],
    // The verb is someone else's after a comma: "one person remained missing, police said".
    rejectAfter: [OTHER_SPEAKER],
    requireAfter: [
      '[said|says|told|tells|recalled|recalls|remembered|remembers|described|describes|claimed|claims|added|explained|alleged|wrote|writes|noted|insisted|confided|revealed|hinted|hints]',
    ],
    examples: {
      match: [
        'A third person said the meeting had ended abruptly.',
        'A colleague of Rothman’s then remembered the name.',
        'One resident told reporters the shelling lasted all night.',
        'A person who attended said the vote was close.',
        'An employee who spoke to the paper said conditions were poor.',
        'One longtime friend hinted that he has been eyeing a fish market in Margate.',
        'In New York, a resident said the power had been out for days.',
      ],
      noMatch: [
        '“I trusted her because she felt like a friend,” she said.',
        'A colleague of hers, Dr Maria Lopez, runs the lab.',
        'Three people were hurt and one person remained missing, police said.',
      ],
    },
  },
  {
    id: 'anonymous-source-one-told',
    category: 'anonymous-source',
    name: 'One warden told the paper',
    explanation:
      'Unnamed people, known only by a job or a role and perhaps counted, spoke to the press. The story rests on their word; ask why they are not named and whether anyone on the record says the same.',
    check: 'context',
    // Whatever the job ("one long-serving warden", "another site foreman"): telling the press
    // makes them a source.
    patterns: [
      '[one|another] [<word>|] <word> [told|tells]',
      // Counted: "three consultants told Digital Health Weekly".
      '[two|three|four|five|six|several] [<word>|] <plural> [told|tell]',
    ],
    window: 2,
    // The press, not a listener in the story ("one juror told the judge", "one of them told me",
    // "one picture tells the story"): an outlet by its name or its kind, or reporters.
    requireAfter: ['<name>', '[the|this|our|a|local] [paper|newspaper|outlet|programme|program|broadcaster|magazine|website|station]', '[reporters|journalists]'],
    // Not one person among those reported on: "Police said one man told the court he was innocent".
    rejectBefore: ['[said|says|told|that]'],
    // Nor someone in the story ("told me I’d never manage it"), nor evidence on the record.
    rejectNext: ['[me|us|him|her|them|you|police|officers|detectives]', 'the [court|jury|inquest|tribunal|hearing|inquiry|committee|judge|magistrates]'],
    examples: {
      match: ['One long-serving warden told the Clarion: “We’re given a number.”', 'Another site foreman told reporters the crane had failed twice.', 'Three consultants told Digital Health Weekly that two serious incidents had followed.'],
      noMatch: ['Police said one man told the court he was innocent.', 'One warden said the targets were real.', 'One witness told the inquest she heard a bang.', 'Two men told police they had seen the car.', 'One juror told the judge she could not continue.', 'Police said one man told the BBC he was innocent.', 'One witness told the Court of Appeal she heard a bang.', 'One picture tells the story of the flood.', '“One of them told me I’d never manage the hill.”'],
    },
  },
  {
    id: 'anonymous-source-vox-pop',
    category: 'anonymous-source',
    name: 'One man said',
    explanation:
      'A voice from the street, unnamed. It can illustrate a mood but not establish a fact; look for how many people were asked and how they were chosen.',
    check: 'context',
    patterns: [
      // With the kind of job or place in front: "one bus driver told", "another hotel guest said".
      '[one|another] [<word>|<word> <word>|] [man|woman|person|voter|parent|mother|father|student|worker|driver|shopper|protester|protestor|fan|viewer|reader|listener|farmer|nurse|doctor|teacher|soldier|officer|trader|refugee|survivor|manager|employee|staffer|engineer|agent|director|pilot|landlord|tenant|owner|coach|player|' +
        // People met at an event or a place: "one guest says", "one waiter told me".
        'guest|diner|waiter|waitress|customer|passenger|commuter|traveller|traveler|villager|pensioner|patient|spectator|attendee|volunteer|member|insider|pal|' +
        // Crews at an incident and voices online: "one firefighter on the line told", "one popular streamer wrote".
        'firefighter|paramedic|miner|contractor|technician|streamer|influencer|blogger|commenter] ' +
        // Placed, briefly, by where they stand: "one firefighter on the line", "another man in the crowd".
        '[[at|on|in|inside|outside] [the|a|an] [<word>|<word> <word>]|] ' +
        '[said|says|told|tells|wrote|writes|added|explained|recalled|complained|insisted|claimed|swears|swore|confided|revealed|whispered|admitted|joked]',
      // Inverted: "said one competitor", "says another regular".
      '[said|says|told|according to] [one|another] [<word>|] [man|woman|person|resident|witness|voter|parent|mother|father|student|worker|driver|shopper|protester|fan|farmer|nurse|doctor|teacher|soldier|trader|refugee|survivor|local|onlooker|' +
        'competitor|runner|rider|player|spectator|passenger|commuter|customer|guest|diner|patient|pensioner|villager|neighbour|neighbor|regular|supporter|volunteer|employee|colleague|teammate|insider|' +
        'waiter|waitress|barman|barmaid|shopkeeper|stallholder|vendor|fisherman|cabbie|porter|cleaner|tourist|holidaymaker]',
      // One unnamed expert or trader: "one analyst said", "an economist told Reuters", "one supplier told the outlet",
      // also described by camp or trade: "a Republican strategist said", "one City banker warned".
      `[a|an|one|another] ${optional(CAMP)} [analyst|economist|strategist|expert|banker|lawyer|scientist|researcher|investor|executive|consultant|observer|${TRADE}] [said|says|told|tells|wrote|writes|added|noted|warned|explained|cautioned]`,
      '[witnesses|eyewitnesses|onlookers|bystanders] [said|say|says|told|tell|described|reported|recalled]',
      // Insiders by former employment, unnamed: "current and former employees describe a culture of fear".
      '[current and former|former and current|former] [employees|staff|staffers|workers|executives|colleagues|players|members|students|patients|managers|engineers|moderators|contractors|teammates] [say|said|says|told|tell|describe|described|claim|claimed|allege|alleged|recall|recalled]',
      // The unnamed circle of a person, the tabloid staple: "friends say", "pals claim". The verb
      // must follow at once: "he spent the day with friends, he said" is no attribution.
      '[friends|pals|close friends|family friends|relatives|acquaintances|former colleagues|neighbours|neighbors|confidants] [say|said|says|told|tell|claim|claimed|insist|insisted|fear|feared|reveal|revealed|describe|described|describes|recall|recalled|recalls]',
      '[friends|pals|relatives|neighbours|neighbors] of [the|his|her|their] [former|late|missing|young|] [victim|victims|family|couple|star|singer|actor|actress|player|suspect|deceased|man|woman|boy|girl|pair|dead] [say|said|says|told|tell|claim|claimed|insist|insisted|fear|feared|describe|described|describes|recall|recalled|recalls]',
    ],
    // The person is what is reported, not who reports it, when a verb of its own follows:
    // "Police said one man was arrested", "The team said another player had tested positive".
    window: 1,
    // Nor when the person reported on speaks in turn: "Police said one man told the court he was innocent".
    rejectBefore: ['[said|says]'],
    // Nor "said" in another sense: "One man in the dock said nothing", "said a prayer".
    rejectAfter: [CLAUSE_VERB, '[told|tells|said|says|claimed|insisted|admitted|denied]', 'nothing', ...FAREWELL],
    rejectNext: ['a prayer'],
    examples: {
      match: ['One woman said she had waited six hours for a bus.', 'One bus driver told the paper the air-conditioning had broken.', 'One guest says the pair barely looked at each other.', 'The shelling lasted all night, witnesses said.', 'Pals say the star has been heartbroken since the split.', 'One analyst said the shares were overpriced.', 'Current and former employees describe a culture of fear.', 'One supplier told the outlet that production had begun.', 'A Republican strategist said the race was tightening.', 'Neighbours described the family as quiet and private.', '“She wasn’t out there with us,” said one competitor, who finished third.', '“You go out early, or you don’t go out,” said one waiter.', 'One firefighter on the line told The Canadian Press it was the worst fire he had seen.', '“Everyone knows,” one popular streamer wrote in a post.', 'But pals of the former couple say things turned bitter.'],
      noMatch: [
        'One woman was taken to hospital.',
        'He spent the holiday with friends, he said.',
        'He described his neighbours as kind.',
        'Police said one man was arrested at the scene.',
        'The team said another player had tested positive.',
        'The manager told one waiter to go home.',
        'Police said one shopkeeper suffered cuts to his face.',
        'Police said one man told the court he was innocent.',
        'One man in the dock said nothing throughout the hearing.',
        'Relatives of the missing boy said prayers at the church.',
        'One passenger on the flight said a prayer.',
      ],
    },
  },
  {
    id: 'anonymous-source-professional-who',
    category: 'anonymous-source',
    name: 'A strategist who has advised the campaign said',
    explanation:
      'An unnamed professional described by what they did ("a strategist who has advised the campaign", "a lawyer who represents several victims"). The description suggests access but names no one; ask who it is and whose side they are on.',
    check: 'context',
    patterns: [`[a|an|one|another] ${optional(CAMP)} [analyst|economist|strategist|expert|banker|lawyer|scientist|researcher|investor|executive|consultant|engineer|doctor|${TRADE}] who`],
    window: 6,
    requireAfter: ['[said|says|told|tells|added|recalled|described|explained|insisted|claimed|warned|wrote|noted]'],
    markThroughRequired: true,
    // An appositive after a name ("Jane Roe, a strategist who worked for him, said") names the
    // speaker; another speaker in the window ("an engineer who ... was arrested, police said").
    rejectBefore: ['<word>,'],
    rejectAfter: ['police', 'officials', 'authorities', 'prosecutors', 'investigators'],
    examples: {
      match: ['A Republican strategist who has advised the campaign tells us the mood is tense.', 'A lawyer who represents several of the victims said the offer was an insult.'],
      noMatch: [
        'Jane Roe, a Democratic strategist who worked for the senator, said the race was close.',
        'An engineer who designed the bridge was arrested, police said.',
        'A lawyer who represents the family will speak at the hearing.',
      ],
    },
  },
  {
    id: 'anonymous-source-participant',
    category: 'anonymous-source',
    name: 'Someone who was there said',
    explanation:
      'An unnamed person described only by having been present: at a meeting, in the room, at the scene. Presence gives access, but the reader cannot tell who it was or whose side they are on; look for a second account.',
    check: 'context',
    patterns: [
      '[[a|an|one|another|two|three|several] [person|people|participant|participants|attendee|attendees|delegate|delegates|guest|guests|member|members|aide|aides|staffer|staffers|official|officials|employee|employees|colleague|colleagues|relative|relatives]|someone|somebody] [present|' +
        'who was present|who were present|who attended|who was there|who were there|who was at|who were at|who was inside|who were inside|in the room|who was in the room|who were in the room|who took part|at the meeting|' +
        // Placed by their work, not their presence: "several people who work at the company said".
        'who work at|who works at|who worked at|who work for|who works for|who worked for|who work in|who works in|who worked in|who work on|who works on|who worked on]',
      // Someone placed by a body near the writer: "someone at my agency told me" (not "someone at
      // the bank told her", a person in the story).
      '[someone|somebody] [at|in|inside|within|from] [my|our] [<word>|<word> <word>]',
      // A member of a body, unnamed: "a member of the royal household said", "one member of staff told".
      '[a|one|another|two|three|several] [member|members] of [staff|the [<word>|<word> <word>]]',
    ],
    window: 6,
    requireAfter: ['[said|says|told|tells|described|describes|recalled|recalls|claimed|added|wrote|insisted|revealed]'],
    markThroughRequired: true,
    // What happened to them, told by another ("two members of the team were injured, the club
    // said"), or a name in apposition ("a member of the committee, Jane Smith, said").
    rejectAfter: ['[was|were] [injured|killed|hurt|arrested|detained|found|taken|released|sacked|suspended|fired|evacuated|rescued|treated]', '<name>,'],
    examples: {
      match: ['One person present at the dinner said the mood soured quickly.', 'Two people in the room described a shouting match.', 'Several people who work at the company said morale was low.', 'The couple have separated, a person who works on the series said.', 'Someone who was at the meeting said voices were raised.', 'An aide who was present said the president was furious.', 'A member of the royal household said the Queen was tired.', 'One member of staff told the paper the ward was unsafe.', 'Someone at my agency told me a streaming service is interested.'],
      noMatch: ['She rang the helpline and someone at the bank told her the money was safe.', 'Someone in the crowd shouted at the police.', 'One person present at the protest was arrested.', 'Two people who work at the plant were injured.', 'Someone who was at the meeting was later arrested.', 'A member of the public found the body and called police.', 'Two members of the team were injured, the club said.', 'A member of the committee, Jane Smith, said the vote was fair.'],
    },
  },
  {
    id: 'anonymous-source-social-media',
    category: 'anonymous-source',
    name: 'A social media user',
    explanation:
      'An unnamed account or post stands in for a source. Accounts can be fake or unrepresentative; look for who is behind it and whether it is typical.',
    check: 'context',
    window: 1,
    // The channel of a known speaker, not an unnamed one: "she denied it in an Instagram post".
    rejectBefore: ['in', 'on', 'via', 'through', 'by'],
    patterns: [
      '[one|another|a|an|that|this] [twitter|facebook|reddit|tiktok|instagram|youtube|threads|bluesky|weibo|telegram|social media|online|internet] [user|poster|commenter|commentator|tweeter|account|troll]',
      // A post or reply is a text, not a person: an unnamed voice only when quoted as one
      // among many ("one Twitter response began"); "a social media post claiming ..." is the claim itself.
      '[one|another] [twitter|facebook|reddit|tiktok|instagram|youtube|threads|bluesky|weibo|telegram|social media|online|internet] [response|reply|post]',
      '[one|another|that|this] [tweeter|commenter|redditor|netizen]',
    ],
    examples: {
      match: ['“Surge pricing in a crisis?” one Twitter response began.', 'Or maybe, as that tweeter in Sydney suggested, they are just greedy.'],
      noMatch: ['The company posted its statement on Twitter.', 'The singer denied the reports in an Instagram post.', 'Parents panicked after a social media post claiming the medicine was contaminated.', 'A Facebook post showed the flooded street.'],
    },
  },
  {
    id: 'anonymous-source-whistleblower',
    category: 'anonymous-source',
    name: 'A whistleblower',
    explanation:
      'An unnamed insider who exposes wrongdoing. Whistleblowers are vital but must be weighed: look for documents or other witnesses that back the account.',
    check: 'context',
    patterns: ['[a|an|one|the|another] [registered|confidential|paid|police|covert|secret|] [whistleblower|whistle-blower|informant|informer|tipster|leaker|mole inside]'],
    window: 1,
    // What someone was, not who told: "he was a paid informer for the Stasi", "became an informant".
    rejectBefore: ['[was|is|were|are|been|being|became|become|becomes|as]'],
    // The word as a modifier: "filed a whistleblower claim", "a whistleblower hotline".
    rejectAfter: ['claim', 'complaint', 'complaints', 'lawsuit', 'suit', 'case', 'award', 'reward', 'programme', 'program', 'protection', 'protections', 'law', 'laws', 'hotline', 'status', 'policy', 'scheme', 'scandal', 'network', 'handler', 'handlers'],
    examples: {
      match: ['A whistleblower told the committee that safety checks were skipped.', 'Police acted on a tip from an informant.', 'The intelligence about the gun came from a registered informant.', 'A whistleblower claims the company knew about the defects for years.'],
      noMatch: ['The committee heard from the safety inspector, Anna Berg.', 'She filed a whistleblower claim under the False Claims Act.', 'He was a paid informer for the Stasi for a decade.'],
    },
  },
  {
    id: 'anonymous-source-described',
    category: 'anonymous-source',
    name: 'An unnamed person, described',
    explanation:
      'An unnamed person introduced by a role and what gives them access: "a banker close to the talks", "an official involved in the negotiations", "a former engineer". The description suggests they know, but names no one; ask who it is, how they know, and whose side they are on.',
    check: 'context',
    patterns: [
      // Placed by access, one or a few: "A banker close to the talks said", "Two people involved
      // in the production said", "A City Hall staffer familiar with the negotiations said"
      // (found by the rarer words of access).
      `${COUNTED} [${STANDING} ${ROLE}|${STANDING} <word> <word> <word>|${RANKED_ROLE}] ${PLACED} ${OBJECT} ${SPOKE}`,
      // Placed by having talked to the outlet by its name: "Three captains who spoke to FlightOps
      // Weekly described" ("who spoke to the Gazette" is anonymous-source-described-who's).
      `${COUNTED} [${STANDING} ${ROLE}|${RANKED_ROLE}] who [spoke|talked|have spoken|had spoken|has spoken] [exclusively|separately|privately|] to [<name>|us] ${SPOKE}`,
      // Known by a former post, which makes the role a person's: "A former ZipKid engineer told".
      `${COUNTED} former ${LONG_ROLE} ${SPOKE}`,
      // Placed by a workplace: "A worker at the company’s Leicester plant told", "An admissions
      // officer at one Russell Group university said". People work "at" a place; documents are
      // "in" a paper ("a report in the Times said"), so "at" alone places a person.
      // (A short list of standings keeps "at" the word the scanner looks for, not the article.)
      `${INDEFINITE} [former|senior|] ${ROLE} at ${WORKPLACE} ${SPOKE}`,
      // Counted, with a former post: "Two former adjusters at Western Mutual said".
      `[two|three|four|several] former ${ROLE} at ${WORKPLACE} ${SPOKE}`,
      // Placed by having been there: "according to a councillor who was present".
      `according to ${INDEFINITE} [former|senior|] ${ROLE} who [was|were|had been] [present|there|in the room|at the meeting]`,
      // Or by having worked there: "according to a consultant who has worked on the plan" (only a
      // person "has worked"; a report or a model may be "working on the assumption").
      `according to ${INDEFINITE} [former|senior|] ${ROLE} [who works|who worked|who has worked|who had worked] [at|on|in|for|with]`,
      // Placed "in" a town or an area, with a verb no document takes: "One agent in Kensington admitted".
      `${INDEFINITE} [former|senior|] ${ROLE} in [<word>|<word> <word>] ${SPOKE_IN_PERSON}`,
    ],
    window: 1,
    rejectBefore: OBJECT_OF,
    rejectAfter: NOT_A_SOURCE,
    examples: {
      match: [
        'A banker close to the talks said the price would rise.',
        'Three captains who spoke to FlightOps Weekly described duties starting at 05:00.',
        'A City Hall staffer familiar with the negotiations said a developer had been lined up.',
        'An EU official involved in the negotiations said Brussels would pay half.',
        'Two people involved in the production said the final block was shot in Spain.',
        'A former ZipKid engineer told the paper that managers knew.',
        'A former chief of staff put it bluntly: she wants the job.',
        'Three former engineers said their warnings were ignored.',
        'A former adviser to the president told CNN the plan was dead.',
        'A worker at the company’s Leicester plant told BBC Radio Leicester that staff had been sent home.',
        'An admissions officer at one Russell Group university said it still had places.',
        'An executive at one of the three major labels said the labels were quietly relieved.',
        'Two former adjusters at Western Mutual said they were told to close files within 30 days.',
        'The two switched sides after a private meeting, according to a councillor who was present.',
        'The cost doubled, according to a consultant who has worked on the authority’s capital plan.',
        'One agent in Kensington admitted that some homes had been on the market for a year.',
      ],
      noMatch: [
        'A former engineer told police he had seen the fire.',
        'A former aide said to be close to the minister has resigned.',
        'A village close to the border was shelled overnight, officials said.',
        'No one close to the family said a word.',
        'She told a banker close to the talks said nothing.',
        'A report in the Times said the talks had failed.',
        'An article in The Atlantic described the plan as doomed.',
        'A worker at the plant told police he had heard a bang.',
      ],
    },
  },
  {
    id: 'anonymous-source-told-the-paper',
    category: 'anonymous-source',
    name: 'Three miners told The Herald',
    explanation:
      'Unnamed people who talked to the outlet, known by what they did or how many they were ("Three miners who escaped the collapse told The Herald", "two analysts who cover the company told ScienceWire"). The description suggests they know, but names no one; ask who they are and how the outlet checked what they said.',
    check: 'context',
    // A longer clause than the unnamed-person rules take, or counted people: telling the outlet is
    // what makes them its informants.
    // (Shorter clauses of one person are anonymous-source-described-who's.)
    patterns: [
      `[two|three|four|five|six|several] ${ROLE} who ${CLAUSE_IN_COMMAS} told`,
      `${INDEFINITE} ${ROLE} who [<word> <word> <word> <word> <word> <word> <word>|<word> <word> <word> <word> <word> <word> <word> <word>] told`,
    ],
    window: 3,
    requireAfter: ['[<name>|us|this newspaper|this paper|this website|reporters|journalists]'],
    // Testimony is no informant's: "told the High Court", "told Parliament", "told the Senate Intelligence Committee".
    // Nor an order: "told reporters to move back".
    rejectAfter: ['[court|parliament|congress|senate|commons|lords|assembly|committee|inquiry|tribunal|jury|hearing|council|judge|magistrates|police|officers|detectives|investigators|mps]', '[reporters|journalists|us] to'],
    rejectBefore: OBJECT_OF,
    examples: {
      match: [
        'Three miners who escaped the collapse told The Herald that the shaft had been shored up with gum poles.',
        'One operator who runs 14 homes in the East Midlands told Care Sector News that a third of her staff had left.',
        'Two analysts who cover the company told ScienceWire the filing would slip.',
      ],
      noMatch: [
        'Two men who were convicted of the murder told the High Court they had been tortured.',
        'Three ministers who attended the meeting told Parliament the plan was sound.',
        'Police arrested a man who told BBC News he was innocent.',
      ],
    },
  },
  {
    id: 'anonymous-source-described-who',
    category: 'anonymous-source',
    name: 'A lineman who was at the scene said',
    explanation:
      'An unnamed person known only by a role and a clause about them: "a lineman who was at the scene", "a door supervisor who was working that night". The clause suggests access but names no one; ask who it is, how they know, and whose side they are on.',
    check: 'context',
    // The article, the role (one or two words), its clause and the verb. The mark starts at
    // the article, as the other unnamed-person rules do ("A lineman who was at the scene said").
    // The scanner still finds it by "who", a far rarer word than "a", and tries the words before it.
    patterns: [
      `${INDEFINITE} ${ROLE} who ${CLAUSE} ${SPOKE}`,
      // Counted, who spoke to the paper itself: "Three guests who spoke to the Gazette said" (a
      // group that merely shared something, "several users who shared the photo", is vague).
      `[two|three|four|five|six|several] ${ROLE} who [spoke|talked] [to|with] [the|this|our] [<word>|<word> <word>] ${SPOKE}`,
      // The clause set off by commas: "One manager, who was told of the plans on Tuesday, said".
      `${INDEFINITE} ${ROLE}, who ${CLAUSE_IN_COMMAS}, ${SPOKE}`,
      // The same placed first: "A commander on the front line, who gave only his call sign, said".
      // (Kept short before "who", so that the scanner still looks for it by "who", not the article.)
      `${INDEFINITE} <word> [at|in|on|from] [the|a|an|] [<word>|<word> <word>], who ${CLAUSE_IN_COMMAS}, ${SPOKE}`,
    ],
    window: 2,
    rejectBefore: OBJECT_OF,
    rejectAfter: NOT_A_SOURCE,
    examples: {
      match: [
        'A lineman who was at the scene said a transformer had failed.',
        'A door supervisor who was working that night said the victim had been turned away.',
        'One nurse who worked on the ward told the inquiry it was understaffed.',
        'One manager, who was told of the plans on Tuesday, said morale was low.',
        'Three guests who spoke to the Gazette said the parfait had tasted off.',
        'A commander on the front line, who gave only his call sign, said the unit had lost half its vehicles.',
      ],
      noMatch: [
        'The family of a man who died in the crash said they were devastated.',
        'A man who was stabbed outside the club has died, police said.',
        'Officers shot a man who police said was armed.',
        'No one who was there said a word.',
        'The lineman who was at the scene said a transformer had failed.',
        // Counted and unnamed: a group (vague-source), not an informant.
        'Several users who shared the photo said they had seen it before.',
        'A lot of people who voted for him said they regretted it.',
        'It was a neighbour who called police and said the door was open.',
        'She married a man who told her he was rich.',
        'Jane Smith, who was told of the plans on Tuesday, said morale was low.',
      ],
    },
  },
  {
    id: 'anonymous-source-said-described',
    category: 'anonymous-source',
    name: 'Said a former aide who ...',
    explanation:
      'The inverted attribution of wire copy ending on an unnamed, described person: "..., said a former chief of staff who remains close to her". The description suggests access but names no one; ask who it is and whether anyone says the same on the record.',
    check: 'context',
    // The description runs on to the sentence's end or its next comma: longest first.
    patterns: [`[said|says|added|recalled] ${INDEFINITE} [${STANDING} ${ROLE}|${RANKED_ROLE}] [who|${alts(PLACED)}] [<word> <word> <word> <word> <word>|<word> <word> <word> <word>|<word> <word> <word>|<word> <word>|<word>]`],
    window: 1,
    // Only the inverted order, after the quote or clause: "“...,” said a former aide". Without
    // the comma, "he said a former aide who ..." tells what was said about someone.
    requireBefore: ['<word>,'],
    examples: {
      match: ['“There is no doubt she wants it,” said a former chief of staff who remains close to her.', 'The bid will fail, said a banker close to the talks.'],
      noMatch: ['He said a former aide who worked for him had lied.', 'Police said a man who was at the scene had been arrested.'],
    },
  },
  {
    id: 'anonymous-source-counted-people',
    category: 'anonymous-source',
    name: 'Two drivers said',
    explanation:
      'A few people, counted but not named, stand behind the claim: "two drivers on the picket line said", "one museum attendant said". The number sounds precise, yet the reader cannot tell who they are, how they were chosen or how they know. Look for names, or for how many people were asked.',
    check: 'attribution',
    kinds: ['anonymous', 'vague'],
    forms: ['subject-verb'],
    groupShape: 'counted',
    examples: {
      match: [
        'Two drivers on the picket line said morale was holding up.',
        'Three subcontractors said they were owed between €40,000 and €250,000 each.',
        'The alarm had been faulty for weeks, one museum attendant said.',
        'A few shopkeepers told the Gazette that trade had halved.',
      ],
      noMatch: [
        'Police said two drivers were arrested at the scene.',
        'The two drivers said they had not been paid.',
        'Nearly one in five parents say they have delayed a vaccine.',
        'Thousands of commuters said the fares were too high.',
      ],
    },
  },
];
