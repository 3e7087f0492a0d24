/**
 * Appeals to research or reports that are not identified: "studies show", "evidence
 * suggests", "media reports say". Conditional: a named source or a link in the same
 * sentence identifies the study, and then nothing is marked.
 */
import type { Rule } from '../engine/rule';
import { alts, OFFICIAL_MODIFIER } from './fragments';

/** Bodies that publish research. */
const PUBLISHER = '[journal|university|institute|college|laboratory|agency|foundation|commission|ministry|department]';
/**
 * Words that show the study or report is identified after all: "published in the journal
 * Nature", "a poll by Gallup", "a Harvard University study", "researchers from the institute".
 * A publisher counts only tied to the work, not anywhere in the sentence ("police fired tear
 * gas outside the commission's offices").
 */
const IDENTIFIED =
  `[${PUBLISHER} [<word>|] [study|studies|survey|surveys|poll|polls|report|reports|research|researchers|scientists|data|figures|analysis|paper]|[by|from|at|of] [the|a|an|its|their|] [<word>|<word> <word>|] ${PUBLISHER}|the journal|` +
  'published in|study by|survey by|poll by|report by|researchers at|scientists at|conducted by|commissioned by|carried out by|led by|' +
  // Journals known by their bare names: "published in The Lancet".
  'in nature|in science|in the lancet|in the bmj|in jama|in cell|in pnas|in plos one|in the new england journal of medicine|in nejm|in annals of|in the annals of]';

const SHOW =
  '[have|has|had|] [long|consistently|repeatedly|also|previously|already|] [show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|indicated|prove|proves|proved|proven|find|finds|found|demonstrate~|confirm~|reveal~|conclude~]';

/** Outlets as a kind, and what they do with a story. */
const MEDIA = '[media|press|television|tv|newspapers|outlets|news outlets|broadcasters|news agencies|tabloids]';
/** What an unidentified report does with a claim. */
const REPORTS_VERB = '[say|said|suggest|suggested|indicate|indicated|claim|claimed|have said|have suggested|have claimed|had suggested]';
/** What unnamed posts and rumours are made to do: "social media posts suggested", "claims circulating online allege". */
const POSTS_VERB = '[say|said|suggest|suggested|claim|claimed|allege|alleged|indicate|indicated|have suggested|have claimed]';
const MEDIA_VERB = '[reported|reports|report|said|say|says|claimed|claim|suggested|suggest|quoted|cited|have reported|have said]';

export const vagueSourceStudies: readonly Rule[] = [
  {
    id: 'vague-source-studies-show',
    category: 'vague-source',
    name: 'Studies show',
    explanation:
      'Cites research without identifying it. Which study, by whom, published where, and how large? Without a name or a link the claim cannot be checked.',
    check: 'conditional',
    patterns: [
      `[studies|research|surveys|polls|recent studies|several studies|many studies|numerous studies|some studies|new research|recent research|scientific research|a study|one study|a recent study|a new study|another study|one recent study|a survey|a recent survey|a poll|a recent poll] ${SHOW}`,
      // Placed only by where they were done, as findings: "Studies overseas have shown" (not "his
      // studies abroad showed him another life").
      '[studies|research] [overseas|abroad|elsewhere] [have|has] [shown|found|suggested|indicated|demonstrated|confirmed]',
      '[a|one|another] [recent|new|] study published',
      // A study described by its size or kind, not its name: "a large trial later found no
      // benefit", "one earlier review concluded". "Trial" only as research, not in court:
      // "a trial found him guilty" has no such word before it.
      `[a|an|one|another] [large|larger|small|major|big|recent|new|later|separate|subsequent|earlier|previous|long-term|national|international|follow-up|] ` +
        `[study|analysis|review|meta-analysis|experiment|[randomised|randomized|clinical|controlled|placebo-controlled|drug|vaccine|large|larger|major|big|follow-up] trial] ` +
        `[later|subsequently|since|eventually|also||] ${SHOW}`,
      // A study that opens the sentence and is never named: "In one study, children given sugar
      // behaved no differently". A comma at once: "in a study published in Nature" may name it.
      '[in|from] [one|a|an|another] [large|small|major|recent|new|later|separate|earlier|previous|<number>|] [study|survey|experiment|analysis|review|poll][,]',
    ],
    satisfiedBy: ['named-source-in-statement', 'link', IDENTIFIED],
    examples: {
      match: ['Studies show that children who read early do better.', 'Studies overseas have shown similar effects in bumblebees.', 'In one study, children given sugar behaved no differently.', 'Research has consistently found that tutoring helps.', 'In a study published just last month, researchers concluded that no advance could help.', 'A large trial later found no benefit.', 'One earlier review concluded that the pills had no effect.', 'Action Fraud figures show reports rose by 40% last year, and surveys have found that men are now the most targeted.'],
      noMatch: [
        'Studies show that children who read early do better, according to the Education Ministry.',
        'The study’s authors declined to comment.',
        'A new study published in the journal Nature found that the ice sheet is shrinking.',
        'A study published in the BMJ last week found that the drug is safe.',
        'A trial found him guilty of fraud in 2019.',
        'A large trial by the University of Oxford later found no benefit.',
        'In a study published in the journal Nature, the team measured the ice.',
        'In one study, researchers at Stanford University gave children sugar.',
      ],
    },
  },
  {
    id: 'vague-source-evidence-suggests',
    category: 'vague-source',
    name: 'Evidence suggests',
    explanation:
      'Appeals to evidence in general rather than to a piece of it. Ask what evidence, gathered by whom.',
    check: 'conditional',
    patterns: [
      '[evidence|the evidence|science|the science|history|experience|the literature] [suggests|shows|indicates|proves|has shown|tells us|teaches us|demonstrates|says]',
    ],
    satisfiedBy: ['named-source-in-statement', 'link', IDENTIFIED],
    examples: {
      match: ['Evidence suggests the virus spread earlier than thought.', 'History shows that sanctions rarely work.'],
      noMatch: ['Evidence gathered by the World Health Organization suggests the virus spread earlier than thought.'],
    },
  },
  {
    id: 'vague-source-reports-say',
    category: 'vague-source',
    name: 'According to reports',
    explanation:
      'Relies on reports it does not identify. Which outlet, and did it have its own sources? Unnamed reports are often the same single claim repeated.',
    check: 'conditional',
    patterns: [
      'according to [media|news|press|local|local news|local media|some|many|several|unconfirmed|earlier|recent|other|various|multiple|] reports',
      'according to [local|foreign|western|social|some|other|international|regional|] media',
      '[local|foreign|western|social|international|regional|some|other] media [reported|reports|report|said|say|says|claimed|claim|suggested|suggest|have reported|have said]',
      'reports [have|had|] [emerged|surfaced|circulated|swirled]',
      // The live blog's formula: "reports are coming in of an explosion".
      '[reports|unconfirmed reports] [are|were|have been|had been] [now|] [coming in|emerging|circulating|surfacing|trickling in|filtering through|filtering out]',
      '[media|news|press|local|local media|local news|some|many|several|multiple|various|other|earlier|recent] reports [say|said|suggest|suggested|indicate|indicated|claim|claimed|show|showed|state|stated|have said|have suggested|have claimed] [that|]',
      // A figure from unnamed reports: "some reports put the death toll at 50".
      '[media|news|press|local|local media|local news|some|many|several|multiple|various|other|earlier|recent|unconfirmed|initial|early] reports [put|puts|estimated|estimate|placed|have put]',
      'there [have been|has been|had been|were|are] [unconfirmed|several|many|some|multiple|numerous|conflicting|repeated|widespread|] reports',
      // Groups on a platform, none named: "according to local Facebook groups".
      'according to [local|community|neighbourhood|neighborhood|online|some|several|] [facebook|whatsapp|telegram|online|community] [groups|forums|pages]',
      // Posts nobody is named for: "social media posts suggested the fire began in a warehouse".
      `[social media|online|unverified|anonymous] [posts|accounts|rumours|rumors|claims|messages] ${POSTS_VERB}`,
      // The same placed on social media: "reports on social media put the number at 100",
      // "posts circulating on social media have claimed".
      `[reports|posts|rumours|rumors|claims] [circulating|shared|spreading|] [on|across] social media [${alts(POSTS_VERB)}|put|puts|have said]`,
      // Bare, at the head of a claim: "Reports suggest the talks have stalled."
      'reports [say|said|suggest|suggested|indicate|indicated|claim|claimed|have said|have suggested|have claimed|had suggested]',
      // Outlets of a kind, none named: "named by trade publications as Greenway Farms", "according
      // to industry publications", "trade papers say".
      `[reported|named|identified|cited|quoted|revealed|first reported] by [trade|industry|local|national|regional|foreign|state|financial|tech|several|some|other|various|multiple] [publications|outlets|newspapers|papers|tabloids|press|media]`,
      'according to [trade|industry|national|state|financial|tech|several|some|other|various|multiple] [publications|outlets|newspapers|papers|tabloids|press]',
      // A figure from estimates nobody signs: "could cost £20m, according to industry estimates".
      'according to [industry|trade|market|unofficial|informal|rough|various|other] [calculations|projections]',
      'according to [industry|trade|market|unofficial|informal|rough|various|other|] estimates',
      '[industry|trade|market|unofficial|informal|rough] estimates [put|puts|suggest|suggests|say|show|shows|have put|value|valued]',
      `[trade|industry] [publications|press|outlets|papers] ${MEDIA_VERB}`,
      // Placed only by a country or by a kind of outlet: "reports in Spain suggest", "reports
      // in the local press said".
      `reports [in|from] [<place>|[the|] [<word>|] [media|press|papers|newspapers|tabloids]] ${REPORTS_VERB}`,
      // What moved a story, with no report named: "amid reports of a rift". Not "after reports
      // of a stabbing", which police receive.
      'amid [unconfirmed|media|press|news|local|widespread|] reports [that|of]',
      '[after|following] [unconfirmed|media|press|news|local|widespread] reports [that|of]',
      // The live blog's "we are hearing reports of".
      '[hearing|seeing|getting] [unconfirmed|some|several|many|multiple|conflicting|more|] reports [that|of]',
    ],
    satisfiedBy: ['named-source', 'link', IDENTIFIED],
    examples: {
      match: [
        'Many reports suggest that drivers are unhappy.',
        'Unconfirmed reports on social media put the number of missing at well over 100.',
        'Posts circulating on social media have claimed the flyby will trigger earthquakes.',
        'The cancellation could cost the promoter more than £20m, according to industry estimates.',
        'Industry estimates put the cost at £20m.',
        'According to local Facebook groups, the panda has been spotted in a pub garden.',
        'According to local news reports, the factory closed in March.',
        'There have been reports of looting in the north.',
        'According to local media, the bridge collapsed at dawn.',
        'Reports have emerged of a second explosion.',
        'Reports suggest the talks have stalled.',
        'Some reports put the death toll at 50.',
        'Reports are coming in of an explosion near the station.',
        'Social media posts suggested the fire began in a warehouse.',
        'Reports in Spain suggest the club has made an offer.',
        'We are hearing reports of long queues at polling stations.',
        'The grower, named by trade publications as Greenway Farms in Kent, did not respond to requests for comment.',
        'Trade publications say the deal is off.',
      ],
      noMatch: [
        'According to local news reports, the factory closed in March, Mayor Anne Hidalgo said.',
        'According to a report by the European Commission, the factory closed in March.',
        'Reports show the river rose two metres overnight.',
        'Police were called after reports of a man with a knife.',
        'Officers are investigating reports of a break-in.',
        'The council will publish reports on the project in May.',
        'The deal was first reported by trade publications, and Reuters confirmed it on Monday.',
      ],
    },
  },
  {
    id: 'vague-source-on-reports',
    category: 'vague-source',
    name: 'Rose on reports that',
    explanation:
      'A market move or an event is pinned on reports nobody names ("oil rose on reports that producers would cut output"). Which report, from whom, and was it confirmed? Markets move on rumours too.',
    check: 'context',
    patterns: ['on [unconfirmed|media|press|news|local|widespread|] reports [that|of]'],
    window: 1,
    // The reports as the object of a reaction, not the source of a claim: "has not commented on
    // reports that", "was questioned on reports of".
    rejectBefore: [
      'comment', 'comments', 'commented', 'commenting', 'speak', 'spoke', 'speaking', 'respond', 'responded', 'responding', 'react', 'reacted', 'reacting',
      'drawn', 'questioned', 'asked', 'pressed', 'quizzed', 'silent', 'remarks', 'statement', 'act', 'acted', 'acting', 'vote', 'voted', 'work', 'worked', 'rely', 'relied',
    ],
    // "That" as a relative pronoun: documents, not rumours ("voted on reports that have been submitted").
    rejectAfter: ['have', 'has', 'had', 'were', 'was', 'are', 'is', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'detail', 'details', 'show', 'shows', 'showed', 'cover', 'covers', 'covered', 'include', 'includes', 'included', 'describe', 'describes', 'described', 'list', 'lists', 'appear', 'appeared'],
    examples: {
      match: ['Oil rose 2% on reports that producers would extend their cuts.', 'Shares in the bank jumped on unconfirmed reports of a takeover bid.'],
      noMatch: [
        'The club has not commented on reports that its manager will be sacked.',
        'The minister declined to comment on reports of a rift.',
        'Police acted on reports of a disturbance.',
        'The minister spoke on reports that the hospital would close.',
        'The committee will decide on reports that have been submitted by the auditors.',
      ],
    },
  },
  {
    id: 'vague-source-national-media',
    category: 'vague-source',
    name: 'Ukrainian media reported',
    explanation:
      'Credits a report to a country’s or a government’s media in general ("Ukrainian media reported", "state television said") instead of to an outlet. Outlets differ in reliability and some relay official lines; ask which one, and where it got the story.',
    // Not conditional: the country's name before "media" reads like a named source to the
    // attribution analysis, and a named official quoted by those media does not name the outlet.
    check: 'phrase',
    patterns: [
      `${OFFICIAL_MODIFIER} [state|state-run|state-owned|state-controlled|pro-government|pro-kremlin|opposition|independent|] ${MEDIA} ${MEDIA_VERB}`,
      `[state|state-run|state-owned|state-controlled|pro-government|pro-kremlin|opposition|independent] ${MEDIA} ${MEDIA_VERB}`,
      // A country's press as a whole: "according to Norwegian media reports", "according to Iranian state media".
      `according to <demonym> [state|state-run|] ${MEDIA} [reports|]`,
    ],
    examples: {
      match: ['The trawler was carrying 400 tonnes of mackerel, according to Norwegian media reports.', 'Ukrainian media reported that the dam had been hit.', 'State television said the president had cast his vote.', 'Russian state media reported that the drone had been shot down.'],
      noMatch: ['Chinese media have been barred from the event.', 'State media showed footage of the parade.'],
    },
  },
  {
    id: 'vague-source-growing-evidence',
    category: 'vague-source',
    name: 'A growing body of evidence',
    explanation:
      'Suggests a mass of research without pointing to any of it. Ask for the key studies and whether they agree.',
    check: 'conditional',
    patterns: [
      '[a growing|a large|a substantial|an increasing|a mounting|a vast|a considerable] body of [evidence|research|literature|work|studies|data]',
      '[growing|mounting|increasing] evidence',
    ],
    satisfiedBy: ['named-source-in-statement', 'link', IDENTIFIED],
    examples: {
      match: ['A growing body of evidence links sleep to memory.', 'There is mounting evidence that the drug works.'],
      noMatch: ['There is evidence that the drug works.'],
    },
  },
];
