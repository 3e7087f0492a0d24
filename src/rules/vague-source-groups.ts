/**
 * Unnamed groups made to speak: "critics argue", "experts say", "some view", "others
 * question" (Wikipedia's "unsupported attributions", the classic weasel words).
 * The group and its verb are matched together, so "his many critics" or "many people
 * died" stay unmarked.
 */
import type { Rule } from '../engine/rule';
import { alts, ANAPHORIC, ASIDE, CLAIMED_AS_WON, FAREWELL, GROUP_AUX, GROUP_VERB, PEOPLE_VERB, POINT_TO, QUANTIFIER_AUX, QUANTIFIER_VERB } from './fragments';

const says = (group: string): string => `${group}${ASIDE} ${GROUP_AUX} ${GROUP_VERB}`;

/**
 * Words just before a group that show it is not being quoted: determiners that point back
 * to people already named ("the researchers said"), and a comparison with what a group
 * expected ("faster than politicians fear", "higher than analysts expected", "ahead of the
 * $2.33 billion analysts had expected"), where the group's view is a yardstick, not a source
 * of the claim.
 */
const NOT_QUOTED = [...ANAPHORIC, 'than', '[billion|million|trillion|bn|percent|cents|pence|points|figure|level|pace|rate]'];

/**
 * After "some/many/others" + verb: the participle of a headline or a passive, not a view
 * voiced. "Many feared dead" (a hedge of its own), "many believed to be dead were found",
 * "others told to leave".
 */
const PARTICIPLE_AFTER = ['to', 'dead', 'missing', 'killed', 'trapped', 'drowned', 'lost', 'injured', 'hurt', 'buried'];

/** Kinds of organisation named by what they do, not by name: "rights groups", "aid agencies". */
const ORGANISATION_KIND =
  '[rights|human rights|civil rights|civil liberties|privacy|press freedom|free speech|aid|humanitarian|relief|advocacy|campaign|environmental|green|conservation|opposition|industry|business|trade|lobby|pressure|consumer|civil society|watchdog|activist|community|religious|faith|medical|health|student|farm|anti-war|pro-democracy|monitoring|non-profit|nonprofit|charity|disability|anti-corruption|transparency|patient|veterans|' +
  // Groups of the people they speak for: "farmers' groups have long complained", "parents' organisations say".
  "farmers'|parents'|residents'|tenants'|victims'|patients'|fans'|supporters'|women's|teachers'|workers'|pensioners'|motorists'|passengers']";
const ORGANISATION = '[groups|organisations|organizations|agencies|bodies|charities|parties]';

/**
 * Groups that an article may describe by what they did or where they are, instead of by
 * name: professions ("researchers who study misinformation", "pharmacists in Ohio") and
 * ordinary people ("users who shared it").
 */
const DESCRIBED_GROUP =
  '[experts|specialists|scientists|researchers|scholars|academics|economists|historians|doctors|physicians|nurses|pharmacists|lawyers|attorneys|analysts|strategists|commentators|engineers|psychologists|epidemiologists|teachers|critics|activists|campaigners|people|users|residents|locals|voters|workers|parents|investors|traders|students|patients|customers|shoppers|farmers|viewers|readers|fans|' +
  'editors|publishers|regulators|lenders|employers|managers|developers|landlords|tenants|drivers|passengers|commuters|players|coaches|supporters|opponents|advocates|lawmakers|legislators|democrats|republicans|conservatives|liberals|members|families|relatives|' +
  'survivors|owners|homeowners|riders|staff|gps|regulars|others|anglers]';

/**
 * Where an unnamed group speaks from when it is not a town: a body. "Democrats in the
 * legislature describe her as ...". (Online, see vague-source-online-crowd.)
 */
const GROUP_FORUM =
  '[[in|within|across] [the legislature|parliament|congress|the senate|the assembly|the party|the industry|the sector|the profession|the field|the community|the region|the area|the city|the town|the village|the neighbourhood|the neighborhood|' +
  'the north|the south|the east|the west|the north-east|the north-west|the south-east|the south-west|the midlands|the suburbs|rural areas]]';

/** People who speak up online, as a crowd: "users", "fans", "pet owners". */
const ONLINE_CROWD = `[${DESCRIBED_GROUP}|pet owners|dog owners|mums|moms|mothers|commenters|gamers|runners|subscribers|followers|listeners|travellers|travelers|motorists|employees|holders]`;

/** Where a crowd speaks from online: a platform, or a forum or group someone runs ("Volta's community forum", "local Facebook groups"). */
const ONLINE_PLACE =
  '[social media|reddit|x|twitter|facebook|tiktok|instagram|youtube|threads|bluesky|mumsnet|discord|telegram|whatsapp|the internet|' +
  '[the|its|their|a|local|] [online|internet|<possessive> [community|support|user|online|fan]] [forum|forums]|' +
  '[<possessive>|the|its|their|a|local|<word>|] [subreddit|subreddits|message board|message boards|facebook group|facebook groups|whatsapp group|whatsapp groups|fan page]]';

/** A share of a group, before its noun: "some", "many", "a few" (and one word: "some senior"). */
const SHARE = '[some|many|most|several|other|a few|a number of] [<word>|]';

/** A verb of being before a stance: "were", "remain", "have been far more". */
const BEING = '[are|were|remain|remained|seemed|appeared|have been|had been|stayed] [more|far more|much more|rather|deeply|]';

/** Those whose caution is a judgement, not a way of behaving: experts of a field, markets, officials. */
const JUDGES =
  '[experts|specialists|scientists|researchers|scholars|academics|economists|analysts|strategists|commentators|observers|investors|traders|markets|officials|diplomats|lawmakers|legislators|policymakers|regulators|' +
  'doctors|physicians|clinicians|neurologists|cardiologists|oncologists|psychiatrists|psychologists|epidemiologists|virologists|historians|engineers|lawyers|bankers|executives|forecasters|pollsters]';

/**
 * After a placed group: another speaker does the telling ("people in the building were
 * evacuated, police said"), or the group is addressed or spoken of, not heard ("homeowners in
 * the area are expected to clear brush", "fans on social media were said to be furious").
 */
const PLACED_GROUP_NOT_SPEAKING = [
  'police', 'officials', 'authorities', 'officers', 'spokesman', 'spokeswoman', 'spokesperson', 'ministry', 'told to', 'told by', 'little', 'nothing',
  '[are|were|is|was] [being|] [expected|required|asked|advised|urged|encouraged|warned] to', '[are|were|is|was|have been|had been] told',
  '[are|were|is|was] [said|thought|believed|understood|reported|known] to', ...FAREWELL,
];

/** Another speaker does the telling: "people who fled were evacuated, police said". */
const OTHER_TELLER = ['police', 'officials', 'authorities', 'officers', 'spokesman', 'spokeswoman', 'spokesperson', 'ministry', 'told to', 'told by', 'little', 'nothing', ...FAREWELL];

export const vagueSourceGroups: readonly Rule[] = [
  {
    id: 'vague-source-critics',
    category: 'vague-source',
    name: 'Critics say',
    explanation:
      'Gives an objection to critics nobody can identify, so the reader cannot judge how many they are or what they know. Look for a named critic, or at least a described one.',
    check: 'phrase',
    patterns: [says('[critics|detractors|skeptics|sceptics|opponents]')],
    examples: {
      match: ['Critics say the law would muzzle the press.', 'Opponents have long argued that the tax is unfair.', 'Critics, however, argue that the plan is unaffordable.', 'Some critics even argue that the ban is counterproductive.'],
      noMatch: ['The president has faced bitter battles with his many critics.'],
    },
  },
  {
    id: 'vague-source-critics-of',
    category: 'vague-source',
    name: 'Critics of the plan say',
    explanation:
      'A camp described by what it opposes or supports, not by who is in it. Ask for a named member and whether they speak for the rest.',
    check: 'context',
    patterns: [
      '[critics|opponents|supporters|proponents|defenders|detractors|advocates|sceptics|skeptics|residents|locals|villagers|voters] of',
      // Specialists described only by their distance from the work: "cardiologists not involved in the trial said".
      '[experts|scientists|researchers|doctors|physicians|specialists|cardiologists|oncologists|epidemiologists|virologists|economists|analysts|academics|scholars|historians|lawyers|attorneys|engineers|psychologists|pharmacists|strategists] [not involved in|who were not involved in|unconnected with|independent of|not connected with]',
      // People described by how the reporter reached them: "residents reached by phone said".
      '[residents|locals|villagers|voters|people|shoppers|workers|farmers|parents|families|survivors|refugees] [reached|contacted|interviewed|approached|questioned|speaking|who spoke]',
    ],
    window: 5,
    requireAfter: [GROUP_VERB],
    markThroughRequired: true,
    examples: {
      match: ['Critics of the plan say it will raise rents.', 'Opponents of the dam have long warned of floods.', 'Residents of Kharkiv said they heard explosions.', 'Residents reached by phone said the shelling had not stopped.', 'Cardiologists not involved in the trial said the results were promising.', 'Entertainment lawyers not involved in the case said the ruling would stand.'],
      noMatch: ['Critics of the plan marched through the city.', ],
    },
  },
  {
    id: 'vague-source-people-at',
    category: 'vague-source',
    name: 'People at the scene said',
    explanation:
      'An unnamed group placed only by where it was ("people at the scene", "doctors at the hospital", "residents in the town"). Being there gives access, but the reader learns neither who nor how many; look for a named witness or an official count.',
    check: 'context',
    patterns: [
      '[people|doctors|medics|paramedics|nurses|staff|workers|teachers|parents|residents|locals|villagers|voters|shopkeepers|traders|survivors|passengers|guests|fans|students|activists|observers|monitors|witnesses|journalists|aid workers|volunteers|farmers|ranchers|growers|fishermen|landlords|tenants|' +
        'employees|engineers|firefighters|technicians|contractors|miners|pilots|neighbours|neighbors|shoppers|builders] ' +
        // Placed by an article, or by a word for nearby ones: "workers at neighbouring units said".
        '[at|in|inside|near|outside|on] [the|a|an|this|that|neighbouring|neighboring|nearby|surrounding|other]',
      // A group placed by the body it speaks from: "Democrats in the legislature describe her".
      `${DESCRIBED_GROUP} ${GROUP_FORUM}`,
      // People placed by whom they belong to: "relatives of the missing say", "families of the victims say".
      '[families|relatives|parents|fans|users|customers|colleagues] of [the|a|an|this|that|those|his|her|their]',
      // Or by whose families they are, in the plural: "families of boys on the waiting list say".
      '[families|relatives|parents] of [<word>|] [boys|girls|children|pupils|patients|victims|prisoners|inmates|soldiers|workers|residents|passengers|students|babies|hostages|detainees|miners|crew|people|journalists|activists|fishermen|women|men|schoolgirls|schoolboys]',
      // People placed by the reporter's own contact with them: "passengers we have spoken to say",
      // "everyone we interviewed".
      '[people|residents|locals|villagers|voters|passengers|travellers|travelers|commuters|customers|fans|guests|patients|parents|staff|workers|neighbours|neighbors|tourists|holidaymakers|spectators|drivers|students|teachers|shoppers|survivors|refugees|fishermen|farmers|growers|traders|owners|everyone|everybody] ' +
        '[we|i] [have|had|] [spoken to|spoke to|spoken with|spoke with|talked to|talked with|met|interviewed|asked]',
    ],
    window: 5,
    requireAfter: [PEOPLE_VERB],
    markThroughRequired: true,
    // Another speaker does the telling: "people in the building were evacuated, police said".
    // Also a group addressed, not heard: "homeowners in the area are expected to clear brush".
    rejectAfter: PLACED_GROUP_NOT_SPEAKING,
    rejectBefore: [...NOT_QUOTED, 'said', 'says', 'told'],
    examples: {
      match: ['GPs in the area say vaccine uptake is low.', 'Commuters in the south-east say fares are too high.', 'People at the scene said the car did not stop.', 'Democrats in the legislature describe her as stubborn.', 'Doctors at the hospital said the boy was in a critical condition.', 'Residents in the town say the river has never been this low.', 'People on the ground say the aid is not getting through.', 'Relatives of the missing say the search was called off too soon.', 'Families of boys on the waiting list say they are anxious.', 'Ranchers outside the park say the decision is overdue.', 'Activists on the ground report that the shelling continues.', 'Passengers we have spoken to say they were given no information.', 'Everyone we interviewed described the same queue.', 'Two employees at the venue said staff had been told nothing.', 'Workers at neighbouring units said they heard a bang.'],
      noMatch: ['Players in the squad were told to rest.', 'Users on social media shared the video thousands of times.', 'Residents in the area reported a gas leak to the council.', 'Students in the class said their goodbyes to the teacher.', 'People in the building were evacuated, police said.', 'Doctors at the hospital treated 40 people overnight.', 'The staff at the school said goodbye to the head teacher.', 'Passengers on the train were told to stay in their seats.', 'Fans of the show have been left heartbroken.', 'Relatives of the victims found the car.', 'Families of soldiers killed in the war were given medals.', 'Passengers we spoke to were told to wait at the gate.', 'Fans we met outside the ground found their seats taken.', 'Shoppers across the North East are being urged to check their fridges.', 'Staff on the privacy team are said to have raised objections.'],
    },
  },
  {
    id: 'vague-source-trade-figures',
    category: 'vague-source',
    name: 'Industry figures say',
    explanation:
      'People of a trade, unnamed, speak for all of it ("industry figures warn", "senior business figures say"). Ask who they are, and whether they have a stake in what they warn of.',
    check: 'context',
    // With verbs no statistic takes: not "industry figures show a fall", "suggest a rise", "tell a
    // different story", "worried investors".
    patterns: [
      `[industry|business|sector] figures ${GROUP_AUX} [say|says|said|warn|warns|warned|believe|believes|believed|fear|fears|feared|argue|argues|argued|insist|insists|insisted|complain|complained|criticised|criticized|claim|claims|claimed]`,
    ],
    window: 1,
    // Data described as data: "official industry figures say 1.2 million cars were sold".
    rejectBefore: ['[official|latest|new|weak|poor|gloomy|disappointing|strong|monthly|quarterly|annual|provisional|published|government]'],
    examples: {
      match: ['Industry figures warn that a shortage of trained engineers could leave homes cold.', 'The tax is putting younger applicants off, industry figures say.'],
      noMatch: ['Industry figures show a 4% fall in sales.', 'Industry figures suggest the market shrank last year.', 'Official industry figures say 1.2 million cars were sold last year.'],
    },
  },
  {
    id: 'vague-source-online-crowd',
    category: 'vague-source',
    name: 'Users online say',
    explanation:
      'A view credited to people posting online ("users on Reddit reported", "fans on social media have flagged"). Posts can be a lead, but anyone can write them and the loudest are seldom typical. Look for a named person, a count, or a check of what they describe.',
    check: 'context',
    patterns: [
      // Placed on the platform, the verb after: "Several users on Volta's community forum reported".
      `${SHARE} ${ONLINE_CROWD} [on ${ONLINE_PLACE}|online]`,
      `${ONLINE_CROWD} [on ${ONLINE_PLACE}|online]`,
    ],
    // Three words: further on, the verb may be another speaker's ("fans on social media shared the
    // clip, the club said").
    window: 3,
    // Not posting alone ("fans on social media posted tributes"), nor reporting ("users on X
    // reported the scam to Action Fraud").
    requireAfter: [PEOPLE_VERB, '[have|had|] [flagged|complained|described|accused|questioned|speculated]'],
    markThroughRequired: true,
    // Sharing is no telling: "Users on social media shared the video thousands of times". Nor is
    // a crowd addressed or spoken of: "users on social media are being urged to report scams";
    // nor one that reports a post to the platform: "users on X reported the post to moderators".
    rejectAfter: [
      ...PLACED_GROUP_NOT_SPEAKING,
      'flagged [the|a|an|this|that|his|her|their|its] [account|accounts|post|posts|video|videos|comment|comments|page|tweet|tweets|clip|clips|user|users|image|images]',
      'flagged [it|them|him|her]',
      'and',
      // The passive's first words, all the window may see: "users on social media are being urged to".
      '[are|were|is|was] being',
      '[are|were|is|was|have been|had been] [told|warned|urged|asked|advised]',
    ],
    rejectBefore: [...NOT_QUOTED, 'said', 'says', 'told'],
    examples: {
      match: ['Several users on Volta’s community forum said direct debits of more than £1,000 had been taken.', 'Fans on social media have flagged other discrepancies.', 'Parents on online forums had complained about the batteries.', 'Supporters on social media questioned the decision.'],
      noMatch: ['Users on social media shared the video thousands of times.', 'Fans on Reddit were quick to circulate clips from the match.', 'The fans on social media said little.', 'Users on social media are being urged to report scam adverts.', 'Fans on social media posted tributes to the player.', 'Users on X reported the scam to Action Fraud.', 'Members on the patients’ forum said waiting times were too long.', 'She has 80,000 followers on X and said she would stand.'],
    },
  },
  {
    id: 'vague-source-posted-online',
    category: 'vague-source',
    name: 'People posted online that',
    explanation:
      'What some people posted online is given as the news ("several runners posted on social media that marshals had given wrong directions"). Posts are a lead, not a finding: look for how many, who, and whether anyone checked.',
    check: 'context',
    patterns: [`[${SHARE}|dozens of|hundreds of|] ${ONLINE_CROWD} [have|had|] [posted|reported|complained|claimed|written|wrote|alleged] [on ${ONLINE_PLACE}|online]`],
    window: 1,
    // "Posted online about their delight at the signing", "posted saying how proud they were": feelings, no claim.
    requireAfter: ['[that|claiming]'],
    rejectBefore: [...NOT_QUOTED, 'said', 'says', 'told'],
    examples: {
      match: ['Several runners posted on social media that marshals had given conflicting directions.', 'Dozens of pet owners have posted online that their dogs fell sick.', 'Some shoppers reported on social media that stores had pulled the product.'],
      noMatch: ['The runners posted on social media that they had finished.', 'Fans posted on social media a video of the goal.', 'Fans have posted online about how much they will miss him.'],
    },
  },
  {
    id: 'vague-source-group-who',
    category: 'vague-source',
    name: 'Researchers who study it say',
    explanation:
      'An unnamed group described by what its members do or did ("researchers who study misinformation", "users who shared the post", "analysts who examined the photos"). The description sounds like a credential but names nobody; ask who, and how many.',
    check: 'context',
    // The verb of the relative clause is part of the match, so a view voiced inside it
    // ("users who say they were hacked have complained") is not the group's statement.
    patterns: [
      `${DESCRIBED_GROUP} who <word>`,
      // People who serve, by what they have done ("soldiers who have trained on the vehicle
      // describe"); only with "have", since "soldiers who allegedly took part" is a hedge's.
      '[soldiers|troops|commanders|pilots|firefighters|employees|volunteers|veterans] who [have|had] <word>',
      // The same described by a participle: "experts consulted by the paper", "doctors treating the victims".
      `${DESCRIBED_GROUP} [consulted by|contacted by|interviewed by|quoted by|cited by|treating|representing|advising|monitoring|studying|tracking|working on|working with|working in]`,
    ],
    window: 6,
    // A view voiced, not what the group found or did: "researchers who study bats found a new species".
    requireAfter: [PEOPLE_VERB],
    markThroughRequired: true,
    // Set beside others, not quoted: "like others who have studied the case, Jones says".
    rejectBefore: [...NOT_QUOTED, 'said', 'says', 'told', 'like', 'unlike', 'among'],
    // "Students who passed told their parents": news passed on in private, not a statement.
    // A verb of view in the passive is done to the group, not voiced by it: "engineers working
    // on the products are expected to be spared".
    rejectAfter: [...OTHER_TELLER, '[told|tell|tells] [their|his|her|my|our|family|friends]', '[are|were|is|was|be|been|being] [expected|told|considered|regarded|believed|thought|predicted|estimated|feared]'],
    examples: {
      match: ['Others who worked on the series describe a tense set.', 'Researchers who study misinformation say the video spread in hours.', 'Soldiers who have trained on the vehicle describe frequent breakdowns.', 'Several users who shared it said they had been fooled.', 'Independent analysts who examined photographs of the site said the damage was extensive.', 'Doctors treating the victims said many had burns.', 'Experts consulted by the newspaper said the design was unsafe.', 'Riders who use the app describe drivers who did not match their photos.'],
      noMatch: ['Like others who have studied the case, Jones says the evidence is thin.', 'Researchers who study bats found a new species.', 'The researchers who led the trial said the results were clear.', 'People who fled the fire were evacuated, police said.', 'Users who say they were hacked have filed complaints.', 'Students who passed the exam told their parents.', 'Doctors treating the victims were praised, officials said.', 'Lawyers representing the families filed the suit on Monday.', 'Data analysts and engineers working on the company’s AI products are expected to be spared.'],
    },
  },
  {
    id: 'vague-source-group-in-place',
    category: 'vague-source',
    name: 'Pharmacists in Ohio reported',
    explanation:
      'An unnamed group placed only by its town or region ("pharmacists in Cleveland", "doctors in Gaza"). Being there gives access, but the reader learns neither who nor how many; look for a named witness, a trade body or an official count.',
    check: 'context',
    patterns: [`${DESCRIBED_GROUP} [in|across|from|throughout|along] <name>`],
    window: 5,
    // A claim, including one made by reporting ("doctors in Gaza reported 40 deaths"); not
    // what happened to the group ("pharmacists in Cleveland were robbed").
    requireAfter: [PEOPLE_VERB, '[report|reports|reported] [a|an|<number>|that|the|shortages|cases|deaths]'],
    rejectBefore: [...NOT_QUOTED, 'said', 'says', 'told'],
    // What was done to the group, not said by it: "parents in Kestwick have been warned".
    rejectAfter: [...OTHER_TELLER, 'for duty', 'for work', '[have been|has been|had been|were|are|was|is|being] [warned|told|asked|urged|advised|reassured|promised|assured|reminded]'],
    examples: {
      match: ['Pharmacists in Cleveland and Dayton reported a rush of customers.', 'Doctors in Gaza said the hospital had run out of fuel.', 'Residents across Florida say they were not warned.'],
      noMatch: ['Pharmacists in Cleveland were robbed on Monday.', 'Students from Leeds won the debate.', 'Nurses in London reported for duty despite the strike.'],
    },
  },
  {
    id: 'vague-source-experts',
    category: 'vague-source',
    name: 'Experts say',
    explanation:
      'Borrows the authority of experts without naming any. Which experts, in what field, and do they agree? A named specialist can be checked; "experts" cannot.',
    check: 'context',
    patterns: [
      says('[experts|specialists]'),
      // A figure put by experts, none named: "industry experts put the figure at more than three million".
      '[industry|independent|outside|some|] [experts|specialists] [put|puts|estimate|estimated|have put] the [figure|number|cost|total|bill|loss|losses|toll|damage|death toll] at',
      // With their field: "experts on parliamentary standards say", "specialists in the region warn".
      `[experts|specialists] [on|in] [the|] [<word>|<word> <word>] ${GROUP_AUX} ${GROUP_VERB}`,
      // A split among unnamed experts, with no one on either side: "experts are divided".
      '[experts|specialists|scientists|economists|analysts|researchers|scholars|historians] [are|were|remain|remained|have been|have become] [deeply|sharply|bitterly|increasingly|growing|] [divided|split|concerned|worried|alarmed|sceptical|skeptical|unconvinced|convinced|confident|optimistic|pessimistic]',
      // Their caution as a verdict on a finding: "outside experts were more cautious".
      '[experts|specialists|scientists|economists|analysts|researchers] [are|were|remain|remained] [more|far more|much more|rather|] [cautious|wary|guarded|circumspect]',
      // The same split with nobody in it at all: "scientific opinion is divided".
      '[scientific|expert|medical|legal|economic|academic|informed|professional] opinion [is|was|remains|remained|has been] [deeply|sharply|bitterly|] [divided|split]',
      // The mood of a profession: "growing concern among economists".
      '[concern|concerns|fears|fear|consensus|agreement|unease|doubts|doubt|scepticism|skepticism|alarm|speculation|optimism|pessimism|disagreement|debate] among [experts|specialists|scientists|economists|analysts|researchers|scholars|historians|investors|traders|doctors|observers|diplomats|commentators]',
    ],
    window: 1,
    rejectBefore: NOT_QUOTED,
    examples: {
      match: ['The bank has not said how many customers were affected, but industry experts put the figure at more than three million.', 
        'A number of experts have challenged the idea that the siege was terrorism.',
        'Whale experts regard New Zealand as a stranding hotspot.',
        'Experts are divided over whether the policy works.',
        'Scientists are increasingly concerned about the rate of melting.',
        'Scientific opinion is divided on the question.',
        'Outside experts were more cautious.',
        'There is growing concern among economists that the recovery is stalling.',
        'The rules say nothing about in-laws, and experts on parliamentary standards say the wording has long been ambiguous.',
      ],
      noMatch: ['The experts said they had reviewed every sample.', 'Experts in the region will meet on Friday.'],
    },
  },
  {
    id: 'vague-source-analysts',
    category: 'vague-source',
    name: 'Analysts say',
    explanation:
      'Attributes an assessment to unnamed analysts or commentators. Ask who they are, whom they work for, and whether the article names even one.',
    check: 'context',
    patterns: [says('[analysts|commentators|pundits|strategists|forecasters|pollsters|bookmakers|market participants|market players]')],
    window: 1,
    rejectBefore: NOT_QUOTED,
    examples: {
      match: ['Market participants expect a cut in June.', 'Party strategists blamed the defeat on the water bill.', 'As many forecasters anticipate, the Pacific will cool.', 'Analysts expect the bank to raise rates again.', 'Commentators have suggested the talks are doomed.', 'Pollsters say the race is too close to call.', 'The forecast, which analysts have called optimistic, assumes steady growth.'],
      // A yardstick, not a source: "higher than analysts expected".
      noMatch: ['The analysts at the bank said they expect another rise.', 'Profits were higher than analysts had expected.', 'Analysts called early to warn their clients.'],
    },
  },
  {
    id: 'vague-source-scientists',
    category: 'vague-source',
    name: 'Scientists say',
    explanation:
      'Puts a claim in the mouth of an unnamed profession. Look for the study, the researcher or the institution that the claim comes from.',
    check: 'context',
    patterns: [
      says(
        '[scientists|researchers|scholars|academics|economists|historians|doctors|physicians|psychologists|epidemiologists|lawyers|climatologists|meteorologists|biologists|physicists|nutritionists|dietitians|dieticians|psychiatrists|virologists|immunologists|geologists|ecologists|sociologists|criminologists|demographers|statisticians|pharmacists|dentists|surgeons|paediatricians|pediatricians|midwives|therapists|clinicians|neuroscientists|astronomers|archaeologists|anthropologists|seismologists|volcanologists|glaciologists|hydrologists|oceanographers|toxicologists|cardiologists|oncologists|gps|vets]',
      ),
      // Engineers only with verbs of a view, or a finding put as a clause: what they find on
      // inspection is a defect seen, not a claim ("engineers found cracks in the piers", not
      // "engineers found that the design was flawed").
      `engineers${ASIDE} ${GROUP_AUX} [${alts(PEOPLE_VERB)}|found that|find that|${POINT_TO}]`,
    ],
    window: 1,
    // Researchers of a named institution are named: "a study by Stanford University researchers found".
    rejectBefore: [...NOT_QUOTED, '<institution>'],
    examples: {
      match: ['Structural engineers say repairs to masonry piers of this age are rarely simple.', 'Engineers found that the design was flawed.', 'Astronomers have proposed that the first black holes formed directly from gas.', 'Other researchers point to the eruption of the volcano.', 'Scientists think the dieback may be linked to the strandings.', 'In a study published last month, researchers concluded that no advance could help.', 'Nutritionists say the diet is unsustainable.', 'Scientists now know that the virus spreads through the air.'],
      noMatch: ['The researchers said the results surprised them.', 'A 2022 study by Stanford University researchers found that the stoves leak methane.', 'Engineers have proposed a new bridge over the river.', 'The ice melted faster than scientists predicted.', 'The bridge was shut after engineers found cracks in its piers.'],
    },
  },
  {
    id: 'vague-source-supporters',
    category: 'vague-source',
    name: 'Supporters say',
    explanation:
      'Speaks for a camp rather than a person. Ask who in that camp says so, and whether they represent it.',
    check: 'context',
    patterns: [says('[proponents|supporters|advocates|defenders|backers|fans|campaigners|activists|allies]')],
    window: 1,
    // "Campaigners claimed victory": a win, not a view.
    rejectAfter: [...FAREWELL, ...CLAIMED_AS_WON],
    examples: {
      match: [
        'The project’s proponents emphasize its symbolic significance.',
        'A number of the company’s fans and supporters defended the price surge.',
      ],
      noMatch: ['The supporters marched to the stadium.', 'Fans said goodbye to the old stadium with a final match.', 'Campaigners claimed victory after a six-year push.'],
    },
  },
  {
    id: 'vague-source-groups',
    category: 'vague-source',
    name: 'A whole group says',
    explanation:
      'Credits a view to an entire group (residents, voters, libertarians, elders) as if it spoke with one voice. Look for named members and for how many actually hold the view.',
    check: 'context',
    patterns: [
      // A share of a group: "many of the workers say", "some of those evacuated said".
      `[some|many|most|several|a few|a number|a handful|dozens|scores|hundreds|thousands] of [the|those] [<word>|] <plural> ${GROUP_AUX} ${PEOPLE_VERB}`,
      // The same after a relative pronoun: "complaints from policyholders, many of whom say".
      `[some|many|most|several|all|a few|a number|a handful|dozens|hundreds|thousands] of whom ${GROUP_AUX} ${PEOPLE_VERB}`,
      `[lawmakers|legislators|politicians|senators|mps|regulars|gps|actuaries|anglers|conservatives|liberals|progressives|libertarians|environmentalists|democrats|republicans|conservationists|residents|locals|elders|parents|voters|investors|traders|veterans|farmers|villagers|teachers|feminists|nationalists|insurers|landlords|tenants|consumers|patients|users|netizens|commenters|bloggers|viewers|readers|listeners|audiences|customers|shoppers|commuters|passengers|motorists|workers|students|nurses|shareholders|homeowners|taxpayers|savers|pensioners|journalists|reporters|soldiers|troops|firefighters|pilots|programmers|accountants|artists|musicians|shopkeepers|fishermen|growers|landowners|medics|paramedics|rescuers|rescue workers|emergency workers|health workers|medical staff|hospital staff|staff|executives|operatives|hardliners|moderates|councillors|councilors|families|relatives|survivors|victims|editors|publishers|regulators|lenders|employers|players|coaches|commanders|generals|guests|diners|restaurateurs|chefs|advisers|advisors|managers|protesters|protestors|cyclists|employees|climbers|hikers|tourists|holidaymakers|travellers|travelers|headteachers|vice-chancellors|pupils|carers|builders|bankers|miners|dockers|donors|volunteers]${ASIDE} ${GROUP_AUX} ${PEOPLE_VERB}`,
      // Staff as a body of people: "members of staff said" (the bare "staff" after "of" is a title's, below).
      `members of staff ${GROUP_AUX} ${PEOPLE_VERB}`,
      // Leaders of a kind, never of a named body: "business leaders warned", "religious leaders condemned".
      `[business|community|religious|faith|church|world|industry|civic|tribal|local|opposition|union|student|military|senior|western|european|arab|african|muslim|christian|jewish|hindu|village|clan|council|health|city|hospital|school|sector|police|party|farming|tech|trade] leaders ${GROUP_AUX} ${GROUP_VERB}`,
      // People of standing, never the numbers: "opposition figures warned" (not "party figures
      // point to a fall", data; and only with verbs of people, not "found" or "reported").
      `[opposition|senior|establishment|prominent] figures ${GROUP_AUX} ${PEOPLE_VERB}`,
    ],
    window: 1,
    // Also a view the writer infers from evidence ("which suggests investors doubt the plan"):
    // nobody is quoted, so no unnamed source. Nor a group inside someone's reported words ("a
    // teacher said staff had raised concerns"): the speaker is the source, named or not.
    // "The general staff": an army's command, a body of its own, not a group of employees.
    // "Would make students feel unsafe": a group made to do something is no speaker (with the one
    // word this window sees: "make international students feel" stays marked).
    // "Told the Gazette that staff had raised concerns": the group inside someone's reported words.
    // After "of", a title or a body's name: "the chief of staff said", "the Joint Chiefs of Staff said".
    rejectBefore: [...NOT_QUOTED, 'of', 'said', 'says', 'told', 'added', 'that', 'suggests', 'suggest', 'suggested', 'suggesting', 'indicates', 'indicate', 'indicating', 'implies', 'implying', 'shows', 'show', 'showed', 'showing', 'means', 'meaning', 'general', 'make', 'makes', 'made', 'making', 'let', 'lets', 'letting', 'help', 'helps', 'helped', 'helping'],
    // Headline passives ("Residents told to evacuate", "Parents warned to keep children in")
    // and calls for help or action: the group is addressed, it does not speak.
    // "Said goodbye", "said prayers": not a statement.
    rejectAfter: ['to', 'for', 'police', 'emergency', 'little', 'nothing', ...FAREWELL],
    examples: {
      match: [
        'Libertarians say regulation stifles innovation.',
        'Indigenous elders say the whales come ashore to die.',
        'Some lawmakers say the bill was rushed.',
        'Viewers claimed the vote had been rigged.',
        'Parents say they were not consulted.',
        'Residents reported hearing explosions overnight.',
        'Medics said at least 12 people were killed.',
        'Customers reported that the app had been down for hours.',
        'Parents called the closure a betrayal.',
        'Farmers called on the government to act.',
        'Many of the workers say they have not been paid.',
        'Some of the residents said they had not been warned.',
        'Business leaders warned that the tax would cost jobs.',
        'The failed attempt could lead to a wider purge, opposition figures warned.',
        'Community leaders have called for calm.',
        'Hospital leaders are less sure.',
        'Insurance executives say premiums will rise.',
        'Victims’ families say they have been ignored.',
        'Regulars say the kitchen was always spotless.',
        'Members of staff said the ward had been short of nurses for months.',
        'Investors are worried that the bank will raise rates again.',
        'Republican operatives, for their part, say the margin is too large.',
        'Soldiers here say shells are still rationed.',
        'Ukrainian commanders expect a new push once the ground freezes.',
        'Vice-chancellors argue that dozens of institutions are already running deficits.',
        'Rival restaurateurs whisper that bookings slumped after the review.',
        'Advisers generally agree that savers near retirement should not panic.',
        'Hospital managers fear that cancer cases will be caught up this time.',
        'Residents are convinced the plant is to blame.',
        'The ships are a pull factor, an argument rescue workers have repeatedly disputed.',
        'Hikers say the path has been closed for weeks.',
        'Residents say much of the town was flooded.',
        'Parents say better lighting would make the park safer.',
        'Residents say by the time fire crews arrived, the house was gone.',
        'It had 600 complaints from policyholders, many of whom say their claims were delayed.',
        'Since then, several residents have reported sightings in gardens.',
      ],
      noMatch: ['Party figures point to a sharp fall in membership.',
        'One senior council officer told the Gazette that staff had raised concerns about the invoices.',
        'Shares jumped 24%, suggesting investors expect a higher offer.',
        'The residents said the water had been off for a week.',
        'The sell-off suggests investors doubt the plan.',
        'The talk would make students feel unsafe.',
        'Shareholders can object to the deal by voting against it.',
        'Passengers saw smoke coming from the engine.',
        'Investigators said the fire started in the kitchen.',
        'Volunteers were convinced to stay another week.',
        'Residents told to evacuate as wildfire spreads',
        'Workers called in sick.',
        'Shareholders called the meeting to order.',
        'Journalists reported from the front line.',
        'Customers reported faults to the helpline.',
        'Residents called for help.',
        'People adapt faster than politicians fear.',
        'The head teacher said staff had raised concerns in March.',
        'The White House chief of staff said the talks would resume.',
        'North Korea fired a missile on Thursday, South Korea’s Joint Chiefs of Staff said.',
        'Staff said goodbye to the last patients on Friday.',
        'Some of the players said goodbye to the fans.',
        'Many of the homes were destroyed by the floods.',
        'Some of the residents saw their homes destroyed.',
        'Business leaders met the chancellor on Monday.',
        'Families said goodbye to the soldiers at the gate.',
        'Community leaders called the meeting to order.',
        'Staff remain confident of finishing on time.',
        'The army’s general staff said the attack had been repelled.',
        'Parents know that children need sleep.',
      ],
    },
  },
  {
    id: 'vague-source-owners',
    category: 'vague-source',
    name: 'Business owners say',
    explanation:
      'Credits a view to a whole trade (business owners, employers, retailers, developers) as if it spoke with one voice. Traders have interests of their own; look for a named firm or trade body and for how many actually hold the view.',
    check: 'context',
    patterns: [
      `[owners|business owners|small business owners|shop owners|restaurant owners|bar owners|employers|bosses|retailers|manufacturers|producers|developers|designers|architects|writers|authors] ${GROUP_AUX} ${PEOPLE_VERB}`,
    ],
    window: 1,
    // The owners or makers of something already named are an identified party, not a trade:
    // "the club’s owners said", "the game’s developers said", "the study’s authors wrote".
    rejectBefore: [...NOT_QUOTED, '<possessive>', 'suggests', 'suggest', 'suggested', 'indicates', 'shows', 'showed', 'means'],
    rejectAfter: ['to', 'for', 'police', 'emergency'],
    examples: {
      match: ['Local business owners say trade has fallen.', 'Retailers warn that the tax will push up prices.', 'Employers have long complained that the rules are too complex.'],
      noMatch: [
        'The club’s owners said they were cooperating fully with the police.',
        'The game’s developers said a patch was on the way.',
        'The owners said the restaurant would reopen in June.',
        'Shop owners called for help as the water rose.',
      ],
    },
  },
  {
    id: 'vague-source-many-people',
    category: 'vague-source',
    name: 'Many people say',
    explanation:
      'Counts unnamed people as support without saying who or how many. Ask for a poll, a named person, or a number.',
    check: 'context',
    patterns: ['[many|some|most|a lot of|lots of|plenty of|countless|numerous|several|a number of|dozens of] people'],
    window: 5,
    requireAfter: [QUANTIFIER_VERB],
    // A count asked after, not a group that holds a view: "it was not clear how many people had voted".
    rejectBefore: ['how'],
    markThroughRequired: true,
    // The same verbs telling what people did or had done to them: "many people were told to
    // leave", "most people see a doctor", "many people called the hotline".
    rejectAfter: ['were told', 'are told', 'was told', 'been told', 'being told', 'called the', 'call the', 'called for', 'see a', 'see the', 'saw a', 'saw the', 'saw their', 'see their'],
    examples: {
      match: [
        'Many people, both military and civilian, told her they did not find the picture offensive.',
        'Most people do not believe this.',
        'Some people actually think the moon landing was staged.',
        'Several people told the BBC they had lost everything.',
      ],
      noMatch: ['Many people died in the flood.', 'Many people found themselves homeless after the storm.', 'Many people were told to leave their homes.'],
    },
  },
  {
    id: 'vague-source-unnamed-organisations',
    category: 'vague-source',
    name: 'Rights groups say',
    explanation:
      'Attributes a claim to a kind of organisation ("rights groups", "aid agencies", "Western intelligence agencies") without naming one. Organisations have names and publish their findings: look for which one, and for its report.',
    check: 'context',
    patterns: [
      says(`${ORGANISATION_KIND} ${ORGANISATION}`),
      // Placed, still unnamed: "student groups on the campus allege", "aid agencies in Gaza say".
      says(`${ORGANISATION_KIND} ${ORGANISATION} [in|on|at|across|inside] [the|] [<word>|<word> <word>]`),
      // The group's reaction as a noun: "drew criticism from civil liberties groups".
      `[criticism|condemnation|opposition|objections|backlash|warnings|concern|concerns|praise|support] from ${ORGANISATION_KIND} ${ORGANISATION}`,
      says('[intelligence|spy|security|western|foreign|international|aid|law enforcement] [agencies|services|governments|powers|capitals]'),
      // Watchdogs of a field, none named: "ethics watchdogs say" (not "the watchdog said", one named before).
      says('[ethics|election|financial|media|safety|food|energy|consumer|privacy|government|industry|environmental|independent] watchdogs'),
    ],
    window: 1,
    rejectBefore: NOT_QUOTED,
    examples: {
      match: [
        'Rights groups say hundreds have been detained since the protests began.',
        'Western intelligence agencies believe the plot was ordered from abroad.',
        'Aid organisations have warned that famine is imminent.',
        'The bill has drawn criticism from civil liberties groups.',
        'Ethics watchdogs say the award should be reviewed.',
        'Student groups on the campus allege that the racket went far beyond the three arrested men.',
      ],
      noMatch: ['The rights groups named in the report, Amnesty and Human Rights Watch, say hundreds have been detained.', 'Aid agencies delivered 40 tonnes of food on Monday.', 'The two watchdogs said they would work together.'],
    },
  },
  {
    id: 'vague-source-investigators-believe',
    category: 'vague-source',
    name: 'Detectives believe',
    explanation:
      'A line of inquiry credited to investigators as a body ("detectives believe the two had met"). It may be the police’s own theory, but nobody is named and it is not a finding; look for who said so and on what evidence.',
    // Conditional: "Detectives believe the attack was planned, Det Supt Jane Rowe said" names
    // who holds the theory. What investigators said is left alone: often the force's statement.
    check: 'conditional',
    patterns: [
      '[investigators|detectives][, however,|] [now|still|also|] [believe|suspect]',
      // The standard police form: "detectives investigating the murder believe".
      '[investigators|detectives] investigating the [<word>|] <word> [believe|suspect]',
    ],
    satisfiedBy: ['named-source', 'according to', '[police|officers|a spokesman|a spokeswoman|a spokesperson] [said|say|says]'],
    examples: {
      match: ['Detectives believe the two had met at least once before.', 'Investigators believe the route was controlled by the cartel.', 'Detectives investigating the murder believe the victim knew her attacker.'],
      noMatch: ['Detectives believe the attack was planned, Det Supt Jane Rowe said.', 'Investigators believe the gunman acted alone, according to the FBI.', 'Investigators said the fire started in the kitchen.'],
    },
  },
  {
    id: 'vague-source-some-group',
    category: 'vague-source',
    name: 'Some backbenchers believe',
    explanation:
      'A quantifier and a group ("some backbenchers", "many farmers", "most economists") hold a view together. The reader learns neither who they are nor how many; look for a named member or a survey.',
    // Conditional: "most voters think ..., according to a YouGov survey" counts them.
    check: 'conditional',
    // One describing word may come between: "several former employees told", "many younger voters
    // feel", "some business leaders have expressed doubts"; the verb right after the group keeps
    // "many homes were destroyed" out.
    patterns: [
      `[some|many|most|several|numerous|countless|other|a few|a number of|a handful of|dozens of|scores of] [former|current|senior|junior|local|fellow|younger|older|leading|prominent|ordinary|rank-and-file|<word>|<possessive> <word>|] <plural> ${QUANTIFIER_AUX} [privately|publicly|openly|quietly|secretly|] ${QUANTIFIER_VERB}`,
      // A share of someone's circle: "some of his rivals had whispered", "many of her colleagues believe".
      `[some|many|most|several|a few|a number|a handful|dozens|scores] of [his|her|their|its] [<word>|] <plural> ${QUANTIFIER_AUX} [privately|publicly|openly|quietly|secretly|] ${QUANTIFIER_VERB}`,
      // Placed by where they sit or belong: "some MPs on the government benches privately believe",
      // "some academics at the university say".
      // No modal here: "some areas in the north could see 20cm of snow" is a forecast.
      `[some|many|most|several|a few|a number of|a handful of] <plural> [on|in|within|inside|across|at] [the|their|] [<word> <plural>|<word>] ${GROUP_AUX} [privately|publicly|openly|quietly|secretly|] ${QUANTIFIER_VERB}`,
    ],
    // A named member makes the group less vague ("some, including Dr Smith, say"); another
    // speaker joined on by "and" does not.
    satisfiedBy: ['named-source-in-statement', 'link', '[poll|polls|survey|surveys|census|filings|study|studies] [found|shows|showed|show|suggests|suggested|by|of|conducted|published]', 'according to'],
    examples: {
      match: ['Several former employees told the paper that complaints were ignored.', 'Some backbenchers privately believe the leader is finished.', 'Many farmers fear the deal will ruin them.', 'Most Democrats now think the bill is dead.', 'Some Democrats have already signalled unease about the nominee.', 'A number of backbenchers have privately expressed concern.', 'Some business leaders have privately expressed doubts about the plan.', 'Some central bankers have signalled caution.', 'Other researchers reached the same conclusion in 2019.', 'Some investors have pushed the company to cut costs.', 'Many parents are convinced of it.', 'Some investors are not so certain.', 'Some MPs on the government benches privately believe the book was timed.', 'Several residents’ welfare associations allege that a tanker mafia is at work.', 'Some of his rivals said he had cheated.', 'Some academics at the university have defended the decision.'],
      noMatch: ['Some areas in the north could see 20cm of snow.', 'Many households in the region could see bills rise.', 'Several climbers reached the same summit a day later.', 'Many motorists were urged to exercise caution.', 'Many homes were destroyed by the floods.', 'Some voters stayed at home.', 'Some investors have signalled a turn in the market by buying bonds.', 'Some campaigners have raised money for the appeal.', 'Most Britons think the monarchy should stay, a survey by Ipsos found.', 'Several office buildings were evacuated.', 'Some protesters pushed him to the ground.', 'Many passengers were not sure where to go.'],
    },
  },
  {
    id: 'vague-source-group-stance',
    category: 'vague-source',
    name: 'Some experts were cautious',
    explanation:
      'A quantified, unnamed group is given a stance that closes the sentence ("some neurologists were cautious", "many economists remain wary"). It reads as a verdict from the field, yet nobody is named and nobody is counted; look for a named member, and for what exactly they doubt.',
    check: 'context',
    patterns: [
      `${SHARE} <plural> ${BEING} [sceptical|skeptical|unconvinced|doubtful|unimpressed|unpersuaded|divided|split]`,
      // Caution is also a way of behaving ("many drivers were cautious"): a stance only of those
      // whose judgement is their trade.
      `${SHARE} ${JUDGES} ${BEING} [cautious|wary|guarded|circumspect]`,
    ],
    window: 1,
    // Only where the sentence ends with the stance: a stance about something ("cautious about
    // the findings") is vague-source-some-group's; "cautious on the icy roads" is behaviour.
    rejectAfter: ['<word>'],
    examples: {
      match: ['Some neurologists were cautious.', 'Many economists remain wary.', 'Other cardiologists were more guarded.'],
      noMatch: ['Some drivers were cautious on the icy roads.', 'Many hikers remained wary of the weather.', 'The neurologists were cautious.', 'Many drivers were cautious.'],
    },
  },
  {
    id: 'vague-source-many-in',
    category: 'vague-source',
    name: 'Many in the party fear',
    explanation:
      'A share of a group ("many in the party", "some in Washington", "those inside the company") is made to hold a view. Nobody is named and nobody is counted; ask who, and how many.',
    check: 'context',
    patterns: [
      '[many|some|most|few|others|several|plenty] [in|within|inside|across|around|among|on] [the|his|her|their|its|both|]',
      // The circle of a person or a body: "those around the prime minister say", "those inside the company".
      'those [around|inside|within|close to|in|on] [the|his|her|their|its|both|]',
    ],
    window: 5,
    requireAfter: [QUANTIFIER_VERB],
    markThroughRequired: true,
    // What was done to them, not what they hold: "those on board were told to stay seated";
    // what others think they were or did: "most of those on board are thought to have been
    // families" (not "many in the party are thought to favour an election", a view they hold);
    // and silence: "those around him said little".
    rejectAfter: ['were told', 'are told', 'was told', 'been told', 'being told', '[are|is|were|was] [thought|believed|said|understood|feared|reported] to have', 'said little', 'said nothing', 'say little', 'say nothing'],
    examples: {
      match: ['Many in the party are thought to favour a snap election.', 'Many in the party fear a repeat of the last defeat.', 'Some in Washington believe the sanctions have failed.', 'Others within the government have questioned the plan.', 'Those around the prime minister say he will fight on.', 'Those inside the company say morale is low.'],
      noMatch: ['Many in the crowd were injured in the crush.', 'Some in the audience cheered loudly.', 'Those on board were told to stay in their seats.', 'Those in need can apply for a grant.', 'Those around him said little as he left the court.', 'Most of those on board are thought to have been families.'],
    },
  },
  {
    id: 'vague-source-by-some',
    category: 'vague-source',
    name: 'Criticised by some',
    explanation:
      'A passive whose agent is an unnamed group: "seen by many as", "criticised by some", "considered by experts". It reports a judgement and hides whose it is; ask who, and how many.',
    check: 'context',
    window: 1,
    // "Praised by critics at The Times", "by experts from the WHO": identified after all.
    rejectAfter: ['at', 'from', 'including', 'such as', 'like'],
    patterns: [
      '[met with|greeted with|received with] [scepticism|skepticism|criticism|derision|alarm|concern|dismay|suspicion|doubt|caution] [by|from] [some|many|others|most|critics|experts|analysts|observers|commentators|scholars|historians|economists|scientists|skeptics|sceptics|opponents|pundits]',
      '[seen|viewed|regarded|considered|described|called|branded|labelled|labeled|hailed|praised|criticised|criticized|condemned|dismissed|questioned|challenged|disputed|blamed|derided|lauded|welcomed|decried|denounced|attacked|slammed|panned|ridiculed|mocked|accused|touted|billed|deemed|thought of|perceived] by [some|many|others|most|critics|experts|analysts|observers|commentators|scholars|historians|economists|scientists|skeptics|sceptics|opponents|supporters|detractors|pundits|witnesses|residents|locals|insiders|officials|diplomats|onlookers]',
    ],
    examples: {
      match: ['The plan has been met with scepticism by some economists.', 'The measure is seen by many as a test of the coalition.', 'The painting is considered by some scholars to be a forgery.', 'The plan has been criticised by some as a giveaway.'],
      noMatch: ['The plan has been criticised by the Institute for Fiscal Studies as a giveaway.', 'The album was praised by critics at Rolling Stone.'],
    },
  },
  {
    id: 'vague-source-those-who-study',
    category: 'vague-source',
    name: 'Those who study it say',
    explanation:
      'An unnamed group described by its interest in the subject ("those who study the region", "people who follow the market"). It sounds expert but names nobody; ask who, and whether even one is quoted by name.',
    check: 'context',
    patterns: [
      '[those|people|many|some|others|anyone|everyone] who [study|studies|studied|follow|follows|followed|watch|watches|track|tracks|monitor|monitors|cover|covers|research|researches|specialise in|specialize in]',
    ],
    window: 6,
    // Views only, not what such people saw or found: "people who follow the team saw the video".
    requireAfter: [QUANTIFIER_VERB],
    markThroughRequired: true,
    examples: {
      match: ['Those who study the region say the truce is fragile.', 'People who follow the market closely expect a cut.'],
      noMatch: ['Those who study at night are allowed extra time.', 'People who follow the team on social media saw the video.'],
    },
  },
  {
    id: 'vague-source-people-say',
    category: 'vague-source',
    name: 'People say',
    explanation:
      'The vaguest attribution of all. Ask which people, and how the writer knows what they say.',
    check: 'context',
    patterns: ['[people|everyone|everybody] [are saying|keep saying|always say|have said|say|will tell you]'],
    window: 1,
    rejectAfter: FAREWELL,
    examples: {
      match: ['People say the mayor has lost touch.', 'Everyone will tell you the bridge is unsafe.'],
      noMatch: ['Two people were hurt when the bridge collapsed.', 'In the hospice, people say goodbye to their families in private.'],
    },
  },
  {
    id: 'vague-source-some-say',
    category: 'vague-source',
    name: 'Some say',
    explanation:
      '"Some" can be anyone, or no one. Ask who holds the view and whether it is a fringe or a mainstream position.',
    check: 'context',
    patterns: [`some ${QUANTIFIER_AUX} ${QUANTIFIER_VERB}`],
    window: 1,
    rejectAfter: PARTICIPLE_AFTER,
    examples: {
      match: ['While some view it as a legitimate tribute, others disagree.', 'Some have suggested that the vote was rushed.'],
      noMatch: ['Some of the votes were counted twice.', 'Some saw their homes destroyed by the fire.', 'Some feared missing after the flood were found safe.'],
    },
  },
  {
    id: 'vague-source-others-say',
    category: 'vague-source',
    name: 'Others say',
    explanation:
      'An unnamed other side. Ask who "others" are; a view worth quoting is worth attributing.',
    check: 'context',
    patterns: [`others ${QUANTIFIER_AUX} ${QUANTIFIER_VERB}`],
    window: 1,
    rejectAfter: PARTICIPLE_AFTER,
    examples: {
      match: ['Others question the lack of transparency.', 'Others have warned that the dam could fail.'],
      noMatch: ['The others were released on Tuesday.', 'Others told to leave their homes refused.'],
    },
  },
  {
    id: 'vague-source-many-believe',
    category: 'vague-source',
    name: 'Many believe',
    explanation:
      'Presents a view as widely held without evidence of how widely. Ask for a survey or named holders of the view.',
    check: 'context',
    patterns: [
      `[many|most] ${QUANTIFIER_AUX} ${QUANTIFIER_VERB}`,
      '[many|most|some|others] [are|were] of the [opinion|view|belief]',
      // The same count turned down: "few believe the deal will last", "not everyone agrees".
      `[few|very few|not many|hardly anyone|hardly anybody|not everyone|not all] ${QUANTIFIER_AUX} [seriously|really|] ${QUANTIFIER_VERB}`,
    ],
    window: 1,
    // After "be", "most" is a superlative: "engineers are thought to be most worried about seepage"
    // (not after "is": "the truth is most agree").
    rejectBefore: ['[be|been|being]'],
    rejectAfter: PARTICIPLE_AFTER,
    examples: {
      match: ['Many believe the election was stolen.', 'The truth is most agree the reform came too late.', 'Most agree that the reform came too late.', 'Few believe the deal will last.', 'Not everyone agrees that the reform came too late.'],
      noMatch: ['Many of the ballots arrived late.', 'Many feared dead as boat capsizes off Libya', 'Many believed to be dead were found alive.', 'Few saw the goal coming.', 'Not all passengers were told to leave.', 'Engineers are thought to be most worried about water seeping behind the lining.'],
    },
  },
  {
    id: 'vague-source-observers',
    category: 'vague-source',
    name: 'Observers',
    explanation:
      'Unnamed onlookers lend a view weight without being accountable for it. Ask who is observing, and from where.',
    check: 'context',
    // Bare "observers" is also a plain noun ("bird observers", "the observers’ gallery"):
    // mark it when a vague modifier describes the group or when the group is made to speak.
    patterns: [
      '[international|political|independent|outside|foreign|western|some|many|most|several|other|informed|well-informed|seasoned|longtime|long-time|veteran|keen|close|neutral|regional|diplomatic|industry|market|media|legal|local|knowledgeable|careful|casual|critical] observers',
      says('observers'),
      // "Watchers" of a field are observers by another name ("bird watchers" are not).
      '[market|industry|political|media|kremlin|china|fed|royal|wall street|city|policy|economy|tech|oil|bond|currency|palace|election|washington|westminster|beltway|eu|brussels] watchers',
    ],
    window: 1,
    // Monitoring missions ("election observers from the OSCE") report, they are not a vague group.
    rejectBefore: ['election', 'electoral', 'osce', 'eu', 'un', 'ceasefire', 'truce', 'military', 'accredited'],
    rejectAfter: ['from'],
    examples: {
      match: [
        'The lack of evidence raised questions among international observers.',
        'Observers say the vote was the freest in decades.',
        'Some observers have questioned the timing of the raid.',
        'Market watchers are betting on a cut in September.',
      ],
      noMatch: [
        'Election observers from the OSCE will arrive on Monday.',
        'Bird observers counted 4,000 puffins on the island.',
        'The observers’ gallery was closed for repairs.',
        'Bird watchers counted 4,000 puffins on the island.',
      ],
    },
  },
  {
    id: 'vague-source-according-to-group',
    category: 'vague-source',
    name: 'According to some',
    explanation:
      'An "according to" that names no one. Attribution needs someone a reader could look up.',
    check: 'phrase',
    patterns: [
      'according to [some|many|most|critics|experts|analysts|observers|commentators|scientists|researchers|economists|historians|scholars|residents|locals|activists|campaigners|supporters|opponents|sceptics|skeptics|fans|brokers|shipbrokers|traders|dealers|bankers|investors|those|others]',
    ],
    examples: {
      match: ['According to some, the deal was signed in secret.', 'The drug is safe, according to experts.', 'War-risk premiums have tripled, according to brokers in London.'],
      noMatch: ['According to the health ministry, the drug is safe.'],
    },
  },
  {
    id: 'vague-source-bare-group',
    category: 'vague-source',
    name: 'Unnamed group says (any group)',
    explanation:
      'An unnamed group is made to speak: "brokers say", "estate agents report". With no article, number or name, the reader cannot tell which of them, how many, or what they know. Look for a named member of the group, or a survey of it.',
    check: 'attribution',
    kinds: ['vague'],
    forms: ['subject-verb'],
    groupShape: 'bare',
    examples: {
      match: [
        'Mortgage lenders will pass on the cut within days, brokers say.',
        'Estate agents report a rush of first-time buyers.',
        'Business groups in Leeds and Newcastle say the walkout could cost millions.',
      ],
      noMatch: ['Jones says the cut will be passed on.', 'The brokers said the cut would be passed on.', 'Figures show a rush of first-time buyers.', 'Two brokers said the cut would be passed on.'],
    },
  },
];
