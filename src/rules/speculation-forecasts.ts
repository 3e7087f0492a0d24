/**
 * Forecasts offered without a basis: "is expected to", "is set to", "could lead to",
 * "could serve as", "is likely to", "it remains to be seen".
 */
import type { Rule } from '../engine/rule';

const MODAL = '[could|may|might] [well|also|eventually|soon|one day|potentially|ultimately|further|yet|]';
/** The same without "may", for verbs that "may" turns into a permission ("visitors may bring food into the park"). */
const MIGHT = '[could|might] [well|also|eventually|soon|one day|potentially|ultimately|further|yet|]';
/** Sanctions and losses that follow a scandal or a slump: "arrests", "job cuts", "lawsuits". */
const SANCTIONS = 'arrests|charges|prosecutions|suspensions|bans|fines|sanctions|closures|cuts|job cuts|job losses|layoffs|redundancies|strikes|walkouts|protests|resignations|lawsuits|legal action|recalls|downgrades';
/** What something turns out to be, after "could prove": "decisive", "harder", "a turning point". */
const TURN_OUT_AS =
  'decisive|costly|costlier|crucial|critical|difficult|hard|harder|tougher|trickier|fatal|deadly|pivotal|popular|unpopular|controversial|expensive|disastrous|impossible|tricky|' +
  'problematic|elusive|short-lived|temporary|fruitless|futile|lasting|durable|resilient|insufficient|inadequate|effective|ineffective|damaging|dangerous|lucrative|' +
  'a turning point|a boon|a blow|a headache|a lifeline|a game-changer|a game changer|a setback|the difference|the deciding factor|the tipping point';

/**
 * Mild side effects as a medicine label lists them ("may cause drowsiness"): a documented
 * effect that some people get, not a forecast.
 */
const SIDE_EFFECT =
  'drowsiness|dizziness|sleepiness|tiredness|fatigue|insomnia|nausea|vomiting|headaches|a headache|headache|diarrhoea|diarrhea|constipation|' +
  'a rash|rashes|itching|irritation|skin irritation|redness|swelling|soreness|stinging|dry mouth|blurred vision|indigestion|heartburn|bloating|' +
  'an upset stomach|upset stomach|stomach upset|side effects|side-effects|an allergic reaction|allergic reactions|choking';

/** What sets a duty: "under county rules, homeowners are expected to clear brush". */
const DUTY_SOURCE = '[rules|rule|regulations|law|laws|policy|policies|guidelines|guidance|code|bylaws|by-laws|ordinance|ordinances|contract|contracts|terms|code of conduct|protocol]';

/**
 * Who may or could do something by permission or ability, not as a forecast: "you could
 * push the pram", "volunteers may help at the stall", "anyone who could help".
 */
const ABLE_SUBJECT = ['you', 'we', 'i', 'who', 'nothing', 'nobody', 'anyone', 'everyone', 'someone', 'he', 'she', 'they', 'volunteers', 'visitors', 'readers', 'residents', 'patients', 'users', 'customers', 'members', 'shareholders', 'staff', 'parents', 'teachers', 'drivers'];

export const speculationForecasts: readonly Rule[] = [
  {
    id: 'speculation-is-expected-to',
    category: 'speculation',
    name: 'Is expected to',
    explanation:
      'A forecast with the forecaster left out. Who expects it, and on what basis? Expectations are often the subject’s own plans or hopes.',
    check: 'context',
    patterns: [
      '[is|are|was|were|be|been] [widely|largely|generally|also|still|now|not|] [expected|anticipated] to',
      '[it is|it was|it’s] [widely|generally|] expected that',
      // The same forecast with its event as the subject: "a new offensive is widely expected
      // once the roads dry out". Only with the crowd adverb: "the result was expected" is no forecast.
      '[is|are] [widely|generally|largely|universally|now widely] [expected|anticipated]',
      // Expected at a time still to come: "a cheaper model is expected later this year" (not a
      // schedule, "payment is expected within 30 days", "results are expected later on Tuesday").
      '[is|are] [also|now|] expected [later this|later next|early next|in the coming|sometime next|some time next]',
      // The same forecast in an aside, without its verb: "the talks, expected to last three days, opened".
      '<word>, [widely|largely|generally|] [expected|anticipated] to',
      // A forecast of how many: "more cases are expected", "further delays are expected". Not a
      // schedule ("final results are expected on Tuesday"), which has no "more".
      '[more|further|fewer|additional] [<word>|] <plural> [are|were|is|was] [also|] [expected|anticipated|forecast|predicted]',
    ],
    // A duty, not a forecast: "under county rules, homeowners are expected to clear brush",
    // "staff are expected to wear uniforms". Eight words reach back to the rule that sets it.
    window: 8,
    // Not "according to the law firm" or "met by law enforcement": "under" the rules, or "by law," alone.
    rejectBefore: [
      `[under|in line with|in accordance with] [the|its|their|new|current|existing|<word>|the <word>|the new|<possessive>|] ${DUTY_SOURCE}`,
      'by law,',
      `${DUTY_SOURCE} [say|says|said|state|states|stipulate|stipulates|require|requires|dictate|dictates]`,
    ],
    // The duty verb is looked for in the whole window, so only those hardly used otherwise
    // after "expected to": not "wear masks" ("is expected to require passengers to wear masks").
    rejectAfter: [
      '[comply with|abide by|adhere to|obey|conform to|behave [appropriately|responsibly|professionally]|dress [appropriately|smartly|modestly|formally|conservatively]]',
      'wear [uniforms|a uniform|school uniform|helmets|a helmet|hard hats|a tie|ties|suits|a suit|name badges|badges|hi-vis|high-visibility]',
    ],
    examples: {
      match: ['The monument’s location is expected to be in a region of strategic significance.', 'The president is expected to meet relatives in Nairobi.', 'The bridge is anticipated to reopen in May.', 'The talks, expected to last three days, opened in Vienna on Tuesday.', 'A rate cut is widely expected when the bank meets in June.', 'A spring offensive is generally anticipated.', 'A cheaper X9 Lite is expected later this year.', 'Residents are expected to return home on Friday.', 'The minister is expected to announce rules requiring passengers to wear masks.', 'Protesters met by law enforcement officers are expected to return on Sunday.', 'More cases are expected in the coming weeks.'],
      noMatch: [
        'The president met relatives in Nairobi, his office said.',
        'The talks lasted three days, as expected.',
        'Profits were stronger than expected.',
        'Guests are expected at the door by seven.',
        'Final results are expected on Tuesday.',
        'Under county rules, homeowners in the area are expected to clear brush within 100 feet of their houses.',
        'Staff are expected to wear uniforms at all times.',
        'Visitors are expected to comply with the park’s rules.',
        'By law, employers are expected to report breaches within 72 hours.',
      ],
    },
  },
  {
    id: 'speculation-is-set-to',
    category: 'speculation',
    name: 'Is set to',
    explanation:
      'Presents a future event as all but certain. Ask who says it will happen, and what could stop it.',
    check: 'context',
    patterns: [
      '[is|are|was|were] [now|also|widely|increasingly|strongly|heavily|] [set|poised|slated|projected|forecast|predicted|tipped|on course|on track|primed] to',
      '[looks|look|looked|seems|seemed|appears|appeared] [set|poised|on course|on track] to',
      // An outcome called before it happens: "the bill looks certain to pass", "seems destined for relegation".
      '[looks|look|looked|seems|seem|seemed|appears|appear|appeared] [certain|destined] [to|for]',
      // Tipped for a post or a prize, not for good service.
      '[is|are|was|were] [now|also|widely|increasingly|strongly|heavily|] tipped for [promotion|the top job|the job|the post|the role|a return|a recall|a comeback|a call-up|selection|glory|success|the title|relegation|a place|a starting place|a peerage|a knighthood|the presidency|the leadership|big things|stardom|an award|an oscar|the prize]',
    ],
    window: 1,
    // "set to music", "set to zero": another sense.
    rejectAfter: ['music', 'zero', 'the', 'a', 'an'],
    examples: {
      match: ['The company is set to announce record profits.', 'Inflation is projected to fall next year.', 'The central bank is widely tipped to cut rates.', 'Turnout looked on course to exceed 2020 levels.', 'The bill looks certain to pass.', 'The minister is tipped for promotion.'],
      noMatch: ['The poem was set to music in 1910.', 'The waiter was tipped for good service.'],
    },
  },
  {
    id: 'speculation-poised-for',
    category: 'speculation',
    name: 'Poised for',
    explanation:
      'The noun form of "is set to": an outcome presented as imminent ("poised for a return to the top flight", "on track for a record year"). Ask who expects it and what could still stop it.',
    check: 'context',
    // Not "on course for" or "heading for": ships and planes are, literally.
    patterns: ['[is|are|was|were|looks|look|looked|seems|seem|seemed|appears|appear|appeared] [now|also|] [poised|primed|on track] for'],
    window: 1,
    // A journey, not a forecast: "the train was on track for Paris".
    rejectBefore: ['[train|trains|ship|ships|plane|planes|flight|flights|bus|buses|convoy|vessel|ferry]'],
    rejectAfter: ['<place>'],
    examples: {
      match: ['The team is poised for a return to the top flight.', 'The company is on track for a record year.'],
      noMatch: ['The ship was on course for Malta when the storm hit.', 'The train was on track for Paris.', 'The convoy is on track for Kyiv.'],
    },
  },
  {
    id: 'speculation-could-lead-to',
    category: 'speculation',
    name: 'Could lead to',
    explanation:
      'Predicts a consequence without showing why it would follow. Look for evidence or precedent that supports the chain of cause and effect. (A side effect listed as on a medicine label, "may cause drowsiness", a reminder of a known risk, or a mechanism a study found is not a forecast and is not marked.)',
    // The modal here is a forecast about what will happen ("the ruling could lead to a wave of
    // lawsuits"). Three uses state a known effect instead, which ANNOTATION.md does not count as
    // speculation (like "may" of permission): a documented side effect in a label's words, where
    // "may" says that some people get it ("the treatment may cause drowsiness"); guidance that
    // reminds the public of a known mechanism ("residents are reminded that blocked drains could
    // lead to flooding"); and a mechanism someone found ("he found that tiny differences in
    // starting values could lead to drastically different outcomes"), where the finding, not the
    // writer's guess, stands behind the "could". A bare "blocked drains could lead to flooding"
    // stays marked: its words are a forecast's, and nothing but world knowledge tells the two apart.
    check: 'context',
    patterns: [
      `${MODAL} [lead to|result in|cause|trigger|spark|fuel|prompt|usher in|pave the way|open the door|open the way|clear the way|open the floodgates|set off|unleash|provoke|bring about|give rise to|set a [dangerous|legal|new|worrying|troubling|important|] precedent|embolden]`,
      // Sanctions and losses to come: "suspensions could follow within weeks", "further arrests
      // could follow" (not "you could follow the river", "further details may follow", "a rash
      // may follow"); claims only as more of them ("further claims may follow").
      `[[more|further|other|similar|provisional] [${SANCTIONS}|claims]|${SANCTIONS}] ${MODAL} follow`,
    ],
    // Eight words back reach the frame ("[found that] tiny differences in starting values could lead to").
    window: 8,
    rejectBefore: [
      '[found|finds|find|showed|shown|shows|demonstrated|demonstrates|discovered|discovers|proved|proven|established|realised|realized] that',
      // Advice to the reader or the public: "patients are advised that", "drivers are reminded".
      '[are|is|be|were|been|being] [advised|reminded]',
      '[please|] [note|remember] that',
      // A label's or leaflet's own words: "the leaflet warns that it may cause drowsiness".
      '[label|labels|leaflet|leaflets|packaging|packet|insert|inserts|instructions] [says|say|warns|warn|states|state|notes|note|lists|list]',
    ],
    // Side effects listed as a label lists them: right after the verb ("may cause drowsiness; do
    // not drive"), or each closing its item ("may cause temporary hair loss and nausea.", "eye
    // irritation and coughing"); not harms still argued over ("may cause cancer"), nor a word of
    // the kind inside another noun ("could lead to changes to the airline's fatigue risk management").
    rejectNext: [`[mild|minor|temporary|some|occasional|slight|common|short-term|severe|serious|rebound|persistent|excessive|] [${SIDE_EFFECT}]`],
    rejectAfter: [`[${SIDE_EFFECT}][.|,]`, `[${SIDE_EFFECT}] [and|or|in|among|for|if|when|after|as]`],
    examples: {
      match: [
        'A formal review could lead to changes to the airline’s fatigue risk management.',
        'The deal may result in a payment of up to $1 billion.',
        'The ruling could lead to a wave of lawsuits.',
        'Experts warned that the drug may cause heart problems in older patients.',
        'Ministers fear the strike could lead to food shortages within days.',
        'A return could set a precedent for hundreds of other objects.',
        'The ruling could set a dangerous precedent.',
        'A smooth restart could embolden the owners of other closed plants.',
        'Provisional suspensions could follow within weeks.',
        'Police said further arrests could follow.',
      ],
      noMatch: [
        'The drug may cause drowsiness; do not drive.',
        'The treatment may cause temporary hair loss and nausea.',
        'The ruling led to a wave of lawsuits.',
        'Patients are advised that the treatment may cause drowsiness.',
        'This medicine may cause mild nausea or dizziness.',
        'Residents are reminded that blocked drains could lead to flooding.',
        'The leaflet warns that the tablets may cause an upset stomach.',
        'He found that tiny differences in starting values could lead to drastically different outcomes.',
        'From the car park you could follow the river to the falls.',
        'Further details may follow.',
        'A rash may follow within days of vaccination.',
        'Fans who want more could follow the band on tour.',
      ],
    },
  },
  {
    id: 'speculation-could-become',
    category: 'speculation',
    name: 'Could become / could serve as',
    explanation:
      'Sketches a possible future as if it were on its way. Ask who predicts it and how likely it is.',
    check: 'phrase',
    patterns: [
      `${MODAL} [become|serve as|turn into|emerge as|end up|evolve into|act as|function as|develop into|grow into|replace|overtake]`,
      // What something will turn out to be: "the damage could prove harder to repair", "could prove
      // decisive"; not a proof ("he could prove he was at home"), nor a permission ("applicants may
      // prove their identity with a passport").
      `${MIGHT} prove [more|less|far more|even more|] [${TURN_OUT_AS}]`,
      // Forecasts of breakdown or runaway change: "the ice shelf could collapse". Not "may rise
      // or fall": market copy hedges prices that way all the time (see neutral-copy.test.ts).
      `${MODAL} [collapse|fail|escalate|spread|spill over|drift|disappear|vanish|backfire|falter|spiral|double|triple]`,
      // A verdict on what is still to come: "the decision could prove costly", "it may prove decisive".
      `${MODAL} prove [costly|decisive|fatal|crucial|pivotal|critical|difficult|expensive|disastrous|controversial|popular|unpopular|to be|a]`,
      // A record forecast: "this winter's flu season could be the worst in a decade".
      `${MODAL} be [the|among the|one of the] [worst|biggest|largest|highest|lowest|deadliest|costliest|hottest|coldest|wettest|driest|strongest|weakest|busiest|first|last|final|most|least|best|` +
        'hardest|toughest|longest|shortest|fastest|slowest|steepest|sharpest|greatest|smallest|closest|tightest|warmest|wildest|richest|poorest|safest|cheapest|dearest|heaviest|loudest|bloodiest|darkest|bleakest|fiercest|narrowest|widest|latest]',
    ],
    examples: {
      match: [
        'Affordable taxi fares could become a thing of the past.',
        'The reputational damage could prove harder to repair.',
        'Its completion could serve as a powerful symbol.',
        'The government could collapse within weeks.',
        'This year’s flu season could be the worst in a decade.',
        'Experts have warned that this winter could be the hardest the health service has faced.',
        'The decision could prove costly for the club.',
      ],
      noMatch: ['Its completion served as a powerful symbol.', 'This year’s flu season was the worst in a decade.', 'The decision proved costly for the club.', 'He could prove he was at home that night.', 'Applicants may prove their identity with a passport.'],
    },
  },
  {
    id: 'speculation-could-rise',
    category: 'speculation',
    name: 'Could rise / may strengthen',
    explanation:
      'Forecasts a trend (a storm strengthening, prices rising, a slump deepening) without saying who forecasts it or on what model. Look for the forecaster and the range of outcomes.',
    check: 'context',
    patterns: [
      `${MODAL} [strengthen|intensify|deepen|widen|rise|fall|drop|climb|surge|soar|plunge|slump|slow|stall|shrink|grow|balloon|rebound|recover|rally|slide|tumble|sink|jump|spike|dip|exceed|surpass|top|persist|drag on|linger|take years|take months|take weeks|take decades|` +
        // A trend forecast to fade: "the rally could run out of steam", "the recovery may lose momentum".
        `run out of steam|run out of road|lose momentum|lose steam|peter out|fizzle out|stall out|run its course]`,
      // A figure forecast against another: "the true figure could be twice the official count".
      // (Not "twice the size": portions and families are compared that way as often.)
      `${MODAL} be [far higher|much higher|even higher|far lower|much lower]`,
      // A level forecast: "temperatures could reach 40C", "the death toll may hit 100", "oil could hit a record".
      `${MODAL} [reach|hit] [<number>|a record|record|new highs|new lows|as much as|as high as|as many as|up to|more than|its highest|their highest|its lowest|their lowest]`,
      // Value lost at a stroke: "could wipe £2bn off exports".
      `${MODAL} [wipe|knock|shave] [<number>|up to|as much as|billions|millions] off`,
      // An absence forecast: "the striker could be out for months".
      `${MODAL} be [out|sidelined|ruled out|absent|gone] [for|until|]`,
      // A value forecast: "the deal could be worth up to $4bn".
      `${MODAL} be worth`,
      // A trend forecast for someone: "those still working could see their income cut by 10 per cent".
      // (An owner's, not "the": "residents could see the water rise" is eyesight.)
      `${MODAL} see [their|its|his|her] [<word>|<word> <word>] [cut|cuts|fall|falls|rise|rises|drop|drops|double|halve|shrink|grow|soar|slump|disappear|vanish|wiped out|reduced|increased|slashed]`,
    ],
    window: 1,
    // "Shares may rise or fall": both ways at once is a disclaimer, not a forecast; "you could rise early" is ability.
    // "It could be worth asking", "prices could be worth watching": advice, not a forecast.
    rejectAfter: ['or', 'asking', 'checking', 'considering', 'noting', 'trying', 'remembering', 'watching', 'keeping', 'reading', 'looking', 'waiting', 'bearing', 'a look', 'it'],
    // "Residents could drop off bulky items": a particle's verb, no trend (not "sales could drop off sharply").
    rejectNext: ['off [children|kids|items|bags|passengers|parcels|bulky|rubbish|waste|donations|their children|their kids|their bags]'],
    rejectBefore: ['you'],
    examples: {
      match: ['Shares could rally if the deal goes through.', 'The storm could strengthen into a hurricane by Thursday.', 'Unemployment may rise further next year.', 'The clean-up could take years.', 'The winger may be sidelined until March.', 'The deal could be worth up to $4bn.', 'The rally could run out of steam if jobs data disappoint.', 'The recovery may lose momentum over the winter.', 'Temperatures could reach 40 degrees on Friday.', 'The death toll may hit 100 as rescuers reach remote villages.', 'Temperatures could reach 40C this weekend.', 'Oil could hit $100 a barrel.', 'Those still working could see their eventual income cut by 10 per cent.', 'The ban could wipe £2bn off exports.', 'Losses could be much higher than reported.'],
      noMatch: ['Residents said they could see the water rise by the minute.', 'From the ladder you could reach the top shelf.', 'The new ferry could take up to 500 passengers.', 'Parents may take up to 18 weeks of unpaid leave.', 'The rally ran out of steam in the afternoon.', 'The value of investments may rise or fall.', 'In those days you could rise early and walk to the river.', 'Prices could be worth watching.'],
    },
  },
  {
    id: 'speculation-could-take-weeks',
    category: 'speculation',
    name: 'Could take weeks',
    explanation:
      'Forecasts how long something will take (repairs, a review, a recovery) without saying who estimates it or on what basis. Look for the estimate’s source and what would make it longer.',
    check: 'context',
    patterns: [
      // With a bound: "the review could take up to a year" (not "the ferry could take up to 500 passengers").
      `${MIGHT} take [up to|at least|as long as|more than] [a|an|<number>|two|three|four|five|six|several|many|] [hour|hours|day|days|week|weeks|month|months|year|years|decade|decades]`,
      // Without: "repairs could take several weeks", "clearing it could take a month".
      `${MIGHT} take [a|an|<number>|two|three|four|five|six|several|a few|many] [more|further|] [hour|hours|day|days|week|weeks|month|months|year|years|decade|decades]`,
    ],
    window: 1,
    // Time taken, not time needed: "staff could take a day off", "mothers could take 52 weeks of
    // leave", "a week's holiday", "a day trip", "a year out".
    rejectAfter: ['off', 'of', 'out', 'trip', 'trips', 'pass', 'passes', 'supply', 'holiday', 'holidays', 'leave', 'break', 'breaks', 'maternity', 'paternity', 'paid', 'unpaid', 'annual', 'sick', 's', "'", '’', 'in lieu', 'return', 'abroad'],
    rejectBefore: ['you'],
    examples: {
      match: ['The inspector general’s review could take up to a year.', 'Repairs to the bridge parapet could take several weeks.', 'Clearing the backlog could take a month even if crews return tomorrow.'],
      noMatch: ['The ferry could take up to 500 passengers.', 'Staff could take a day off in lieu.', 'Mothers could take 52 weeks of maternity leave.', 'Women could take 52 weeks’ maternity leave.', 'Staff could take a week’s holiday at Christmas.', 'Visitors could take a day trip to the islands.'],
    },
  },
  {
    id: 'speculation-could-erode',
    category: 'speculation',
    name: 'Could eat into / could lose',
    explanation:
      'Forecasts a loss (a mild winter eating into sales, pensioners losing income) without saying who forecasts it or how likely it is. Look for the model or the person behind the figure, and for the range of outcomes.',
    check: 'context',
    patterns: [
      // (Harms named outright, "could undermine", "could derail", are speculation-could-harm's.)
      `${MODAL} [eat into|cut into|erode|dent|weigh on]`,
      // A loss forecast with its size or its stake: "could lose up to £30,000", "may lose its majority".
      // Not "he could lose the ball": a player's ability, not a forecast.
      `${MODAL} lose [up to|as much as|as many as|more than|<number>|their|its|control|power|money|millions|billions|thousands|jobs|seats|ground|market share|out]`,
    ],
    window: 1,
    // "In those days you could lose your job for that": a general truth, not a forecast.
    rejectBefore: ['you', 'anyone', 'nobody', 'no one'],
    // Ability, not a forecast: "she could lose weight only by fasting".
    rejectAfter: ['weight', 'sleep', 'track', 'themselves', 'himself', 'herself'],
    examples: {
      match: ['A mild winter could eat into sales of its heaviest coats.', 'Men in the poorest areas could lose up to £30,000 in pension income.', 'The party may lose its majority at the next election.'],
      noMatch: ['In those days you could lose your job for a joke.', 'The winter ate into sales of coats.', 'He could lose the ball in traffic.'],
    },
  },
  {
    id: 'speculation-could-push',
    category: 'speculation',
    name: 'Could push up / could squeeze',
    explanation:
      'Forecasts an effect (prices pushed up, margins squeezed, a fire pushing into new ground, results skewed) without saying who forecasts it or on what basis. Look for the forecaster, the model or precedent behind it, and how likely it is.',
    check: 'context',
    // Verbs of change and impact that also have a plain sense of ability ("he could push the
    // pram", "she could lift 100 kilos"): a subject who acts by ability or permission rejects them below.
    patterns: [
      // A push in some direction: "could push prices higher", "could drive up costs", "could tip
      // the economy into recession", "the fire could push into the hills", "could bring down the
      // government", "could push the fire front back". Not with "may", which these verbs read as
      // permission: "members may bring guests into the club".
      `${MIGHT} [push|drive|send|pull|drag|knock|tip|nudge|force|bring|ratchet] [<word>|<word> <word>|<word> <word> <word>|] [up|down|higher|lower|into|toward|towards|back|above|below|beyond|out of|off course]`,
      // A push only, no carrying: four or five words between, or a count with a word beside it
      // ("could push another 300,000 households into fuel poverty", "could push the Surma and
      // Kushiyara rivers higher"), and "onto" ("could push more drivers onto the ferry"; not "the
      // boats could bring the migrants onto the island").
      `${MIGHT} push [<word> <word> <word> <word>|<word> <word> <word> <word> <word>|<number> <word>|<word> <number> <word>] [up|down|higher|lower|into|onto|toward|towards|above|below|beyond]`,
      `${MIGHT} push [<word>|<word> <word>|<word> <word> <word>] onto`,
      // Pressure on someone to act: "could force the company to sell", "could push him to resign".
      `${MIGHT} [force|push|pressure|compel|oblige] [<word>|<word> <word>] to`,
      // The same, with verbs that read as permission after "may": "could hit exporters", "could
      // lift the ban" ("councils may raise council tax by up to 5%" is a permission).
      `${MIGHT} [lift|hit|raise|tilt|swing|sway|generate]`,
      // A cost forecast: "the change could add £500 to bills".
      `${MIGHT} add [up to|as much as|more than|about|around|several hundred|several thousand|several million|several billion|hundreds of|thousands of|millions|billions|tens of|<number>]`,
      // An effect with verbs that are no permission: "could squeeze margins", "may speed
      // recovery", "could skew the comparison".
      `${MODAL} [squeeze|skew|distort|inflate|hamper|hinder|stifle|complicate|dampen|crimp|curtail|strain|overwhelm|swamp|sap|drain|deplete|` +
        `accelerate|speed|speed up|hasten|slow down|deter|discourage|spur|rattle|spook|unsettle|upend|reignite|rekindle|inflame|revive|reinvigorate|kick-start|jump-start]`,
      // People left worse off: "the cut could leave hundreds without a bus", "could leave families out of pocket".
      // Only people or a count are left so: "passengers could leave the airport without a visa" is
      // permission; with them, "may" forecasts too ("the storm may leave thousands without power").
      `${MODAL} leave [<number>|hundreds|thousands|millions|tens of thousands|dozens|many|him|her|them|us|you|families|households|residents|patients|pensioners|workers|customers|passengers|people|villagers|tenants|children|farmers|savers|pupils|motorists|taxpayers|borrowers|commuters|travellers|travelers|homeowners|staff|consumers|users|councils|businesses|firms|the government|the country|the club|the city] [of <word>|of <word> <word>|<word>|] [without|stranded|homeless|jobless|exposed|worse off|out of pocket|unable|facing|short|waiting]`,
      // The same, passive: "workers could be left with nothing", "could be left out of pocket"
      // (not "bags could be left without charge at the cloakroom", a permission).
      `${MIGHT} be left [with nothing|with little|with nowhere to go|stranded|homeless|jobless|worse off|out of pocket|high and dry|footing the bill]`,
      // Seats won in an election: "the Greens could pick up as many as three seats" (not "the
      // plane could take 300 passengers", a capacity, nor "each team could pick up three points").
      `${MIGHT} [pick up|win|gain|take|snatch|capture] [as many as|up to|more than|at least|a handful of|dozens of|several|<number>|one|two|three|four|five|six|seven|eight|nine|ten] [<word>|] [seats|councils|wards|constituencies|districts|states|mps|senators|votes]`,
      // Talks or a timetable overrunning: "the talks could run into the weekend" (not "children
      // could run into the road").
      `${MIGHT} [run|drag|stretch|spill] [on|over|] into [the|next|a|another|] [weekend|week|month|year|new year|night|evening|early hours|summer|autumn|fall|winter|spring|season|weeks|months|<number>]`,
      // A turn for the worse, or a hand forced: "the split could turn messy", "the data could force its hand".
      `${MIGHT} turn [messy|ugly|nasty|violent|sour|bitter|deadly|acrimonious]`,
      `${MIGHT} force [its|his|her|their|our|my|<possessive>] hand`,
      // Not "may delay", which speculation-could-help has: "could delay the launch".
      'could [also|further|] [delay|postpone|hold up]',
      // A price put on a deal before it is struck: "a deal that could value the company at £4 billion".
      `${MODAL} value [it|them|<word>|the <word>|the <word> <word>|<possessive> <word>] at`,
    ],
    window: 2,
    rejectBefore: ABLE_SUBJECT,
    // Movement, not an effect: "cars could speed through the town", "he could squeeze past";
    // both ways at once is a disclaimer ("could push prices up or down"); "hit the ball" is skill.
    // "Could push them back only after the wind dropped": ability, as in "could be sold only until ten".
    rejectAfter: ['or', 'only', 'open', 'shut', 'through', 'past', 'along', 'away', 'around', 'between', 'himself', 'herself', 'themselves', 'yourself', 'ourselves', '[the|a] ball', 'targets', 'weights'],
    examples: {
      match: [
        'A shortage of trained engineers could leave customers waiting months for an installation.',
        'The increase could push another 300,000 households into fuel poverty.',
        'Heavy rain could push the Surma and Kushiyara rivers higher still.',
        'The storm may leave thousands without power.',
        'If they do, the fire could push into the hills above the town.',
        'A southerly change could push the fire front back towards the town.',
        'The price war could squeeze its margins well into 2027.',
        'Cheaper borrowing could reignite the housing market.',
        'Rates may fall in the spring, which could revive demand.',
        'The closure could leave hundreds of villagers without a bus.',
        'Campaigners say the change could leave dozens of elderly people unable to reach a doctor.',
        'The strike could leave thousands of passengers stranded.',
        'The change could add up to £500 to bills.', 'The system could add several hundred million dollars to capital costs.',
        'The ruling could leave the government facing a bill of £2bn.',
        'The decision could leave her unable to compete.',
        'The Games could generate $2bn in tourism, the bid team says.',
        'Both have hired top lawyers, and the split could turn messy.',
        'The bank wants to pause, but the data could force its hand.',
        'A cheap diabetes drug may speed recovery of the sense of smell.',
        'The patients were older, which could skew the comparison.',
        'Bidders are circling in a deal that could value the company at about £4 billion.',
        'A weaker pound could push inflation higher next year.',
        'Workers could be left with nothing if the firm goes into administration.',
        'The Greens could pick up as many as three seats.',
        'The talks, scheduled to end on Friday, could run into the weekend.',
        'The tariffs could hit exporters in the Midlands hardest.',
        'The strike could delay the launch by a month.',
        'The ruling could force the company to sell its stake.',
      ],
      noMatch: ['Fans could leave the ground without paying.', 
        'The new ferry could take 300 passengers.',
        'Children could run into the road from the playground.',
        'Bags could be left without charge at the cloakroom.',
        'In those days you could push a pram along the towpath.',
        'Drivers could speed through the town at night.',
        'He could hit the ball a long way.',
        'The fire pushed into the hills above the town.',
        'Residents may lift the barrier to let cars through.',
        'After the operation he could push the pram into the lift again.',
        'Users may drag files into the window.',
        'Firefighters could push the flames back only after the wind dropped.',
        'Councils may raise council tax by up to 5% without a referendum.',
        'Members may bring guests into the club on Fridays.',
      ],
    },
  },
  {
    id: 'speculation-could-help',
    category: 'speculation',
    name: 'May help',
    explanation:
      'Promises a benefit that has not been shown ("the pill may help people lose weight", "the deal could help cut costs"). Health and business copy lean on it; ask for the trial or the numbers behind the promise.',
    check: 'context',
    // "Could" is also past ability ("doctors could treat only the urgent cases", "nothing could
    // prevent the collapse"): with it only the help-type verbs, or a forward-looking adverb.
    patterns: [
      `[may|might] [well|also|eventually|soon|one day|potentially|ultimately|further|yet|] [help|improve|ease|reduce|lower|prevent|protect|relieve|alleviate|lessen|curb|delay|reverse|cure|treat]`,
      `could [well|also|eventually|soon|one day|potentially|ultimately|further|yet|] [help|improve|ease|reduce|lower|relieve|alleviate|lessen|curb]`,
      `could [eventually|soon|one day|potentially|ultimately|someday|one day soon] [prevent|protect|delay|reverse|cure|treat]`,
    ],
    window: 1,
    // What people may or could do (permission, ability): "volunteers may help at the stall",
    // "anyone who could help is asked to call police".
    rejectBefore: ABLE_SUBJECT,
    examples: {
      match: ['The pill may help people with diabetes lose weight.', 'The new rules could ease pressure on hospitals.', 'A daily walk might reduce the risk of dementia.', 'The drug could one day cure the disease.', 'A booster may prevent severe illness.'],
      noMatch: [
        'Anyone who could help is asked to call police.',
        'Volunteers may help at the stall on Saturday.',
        'The pill helped patients lose weight in the trial.',
        'Doctors could treat only the most urgent cases during the war.',
        'Nothing could prevent the collapse of the bank in 2008.',
        'In the 1990s, a single dose could cure the infection.',
      ],
    },
  },
  {
    id: 'speculation-could-come-by',
    category: 'speculation',
    name: 'Could come as soon as',
    explanation:
      'Forecasts when something will happen or how long it will go on ("a ruling could come as early as June", "the shortage could last until next year"). Timetables like this usually come from someone with an interest in them; look for who set it.',
    check: 'context',
    patterns: [
      `${MODAL} [come|happen|arrive|rule|decide|vote|announce|resign|quit|close|reopen|end|start|begin|go ahead|take place|take effect|last|continue|be announced|be decided|be made|be held|` +
        `be signed|be approved|be finalised|be finalized|be completed|be ready|be over|` +
        // Another attempt: "ministers could try again at a summit in June".
        `try again|meet again|reconvene|resume|revisit the|` +
        // A launch date: "the phone could launch as early as next spring", "the striker could return next month".
        `launch|debut|go on sale|hit shelves|return|be released|` +
        // A departure or reopening time: "the first flights could leave by early afternoon".
        `leave|depart|take off|set sail|sail|fly|land|reopen|resume|restart|be restored|be back|` +
        `be unveiled|be launched|be named|be appointed|be introduced|be published|be lifted|` +
        // Ready for use: "a version of the test could be available on the NHS within two years".
        `be available|be in place|be operational|be on sale]`,
    ],
    window: 4,
    // "Anyone could vote until 8pm", "shoppers may return items within 30 days": permission, not a forecast.
    rejectBefore: ['anyone', 'everyone', 'nobody', 'you', 'we', 'who', 'voters', 'customers', 'visitors', 'shoppers', 'buyers', 'passengers', 'guests', 'members', 'residents', 'users', 'items', 'goods', 'students', 'pupils', 'patients', 'employees', 'staff', 'tenants', 'applicants', 'holders'],
    // The forecast is a date or a span: "as early as June", "within weeks", "until next year".
    requireAfter: [
      '[as early as|as soon as|within|until|till|before|next|later this|later next|in the coming|soon|this week|this month|this year|for months|for years|for weeks|for decades|into next]',
      // "By" a time, not "by the back door": "could leave by early afternoon", "by the end of June".
      'by [early|late|mid|the end|the middle|the start|the beginning|the weekend|the summer|the spring|the autumn|the fall|the winter|the time|then|next|this|tomorrow|tonight|noon|midday|midnight|morning|lunchtime|afternoon|evening|<number>|monday|tuesday|wednesday|thursday|friday|saturday|sunday|<month>|christmas|easter|year-end|the new year]',
      // A month or an occasion: "could try again at a summit in June", "could rule in March".
      'in [<month>|the spring|the summer|the autumn|the fall|the new year]',
      'at [a|the|next|its|their] [<word>|] [summit|meeting|conference|session|hearing|congress]',
    ],
    examples: {
      match: ['The Supreme Court could rule as early as June.', 'The shortage could last until next year.', 'A decision may come within weeks.', 'The phone could launch as early as next spring.', 'The striker could return before the end of the month.', 'Ministers could try again at a summit in June.', 'The court could rule in March on the appeal.', 'The first ferries could leave by mid-morning.', 'Power could be restored within days.', 'A version of the test could be available on the NHS within two years.'],
      noMatch: ['Anyone could vote until 8pm.', 'In those days he could leave by the back door unseen.', 'She could not leave before the results came in.', 'She could try again if she wanted to.', 'Readers could try again in a few minutes if the page failed to load.', 'The shortage lasted until last year.', 'Shoppers may return items within 30 days.', 'The phone launched as early as last spring.'],
    },
  },
  {
    id: 'speculation-could-reveal',
    category: 'speculation',
    name: 'Could catch the culprit / could hinge on',
    explanation:
      'Forecasts how something still open will turn out: what a piece of evidence will show ("footage that could catch the culprit", "tests could reveal the cause"), what a case will turn on ("could hinge on a single email") or that a figure or a plan is not settled ("could still change"). Ask who expects it and on what basis; until it happens, it is a hope or a fear.',
    check: 'context',
    patterns: [
      // What evidence or an inquiry will bring to light: an outcome forecast, not an ability
      // once a person who can do it is ruled out below ("he could catch the ball").
      `${MIGHT} [catch|identify|reveal|expose|unmask|uncover|pinpoint|solve|crack|shed light on|hold the key to]`,
      // What an outcome will turn on: "the case could hinge on a single email".
      `${MODAL} [hinge on|hinge upon|come down to]`,
      // Not settled yet: "the number of jobs could still change", "the deal may yet fall through".
      '[could|might|may] [still|yet] [change|shift|be revised|be changed|be amended|go either way|fall through|unravel|fall apart]',
    ],
    window: 3,
    // Who can do it by ability or permission: "you could catch a bus", "anyone who could identify him".
    rejectBefore: ABLE_SUBJECT,
    // Other senses of catching (a bus, a glimpse, a cold, fire as a known hazard) and the
    // "only" of a past ability ("could identify the victim only by dental records").
    rejectAfter: ['only', 'fire', 'sight', 'up', '[a|the|his|her|their|its] [ball|bus|train|flight|plane|ferry|glimpse|cold|wave|break|breath|eye|attention]', 'themselves', 'himself', 'herself'],
    examples: {
      match: [
        'We’re told there is security footage that cops are looking at that could catch the culprit right in the act.',
        'Genetic tests could reveal why some patients never recover.',
        'Legal experts say the case could hinge on a single email.',
        'The number of jobs could still change, one of the people said.',
        'The title race may come down to the final day.',
      ],
      noMatch: [
        'From the roof you could catch a glimpse of the sea.',
        'He could catch the ball one-handed.',
        'Anyone who could identify the man is asked to call police.',
        'Relatives could identify the victim only by her ring.',
        'The security footage caught the culprit in the act.',
      ],
    },
  },
  {
    id: 'speculation-doubtful-for',
    category: 'speculation',
    name: 'Doubtful for the match',
    explanation:
      'A fitness forecast ("doubtful for Sunday", "a doubt for the final") that usually comes from the club or from guesswork. Look for who assessed the injury.',
    check: 'phrase',
    patterns: ['[is|are|was|were|remains|remain|looks|look|considered|rated] [a|an|] [doubtful|doubt|major doubt|big doubt|injury doubt|fitness doubt|serious doubt|touch and go|fifty-fifty|50-50] for'],
    examples: {
      match: ['The captain is doubtful for Saturday’s final.', 'The winger remains a major doubt for the trip to Madrid.'],
      noMatch: ['The captain is fit for Saturday’s final.'],
    },
  },
  {
    id: 'speculation-threatens-to',
    category: 'speculation',
    name: 'Threatens to derail',
    explanation:
      'A consequence forecast as a looming threat ("the row threatens to derail the talks"). Ask who expects it, and what would have to happen first.',
    check: 'phrase',
    patterns: [
      // The same as a risk run: "the plan risks alienating voters", "the decision risks a backlash".
      '[risks|risk|risked|risking] [alienating|undermining|derailing|deepening|worsening|reigniting|triggering|sparking|provoking|fuelling|fueling|damaging|jeopardising|jeopardizing|losing|angering|inflaming|a backlash|a repeat|a split|a rebellion|a revolt|a showdown|a recession]',
      '[threatens|threaten|threatened|threatening] to [derail|undermine|overshadow|upend|unravel|destabilise|destabilize|spill over|engulf|wreck|scupper|torpedo|overwhelm|eclipse|reignite|escalate|worsen|deepen|paralyse|paralyze|split|topple|bankrupt|cripple|swamp|tip|plunge|drag]',
    ],
    examples: {
      match: ['The row threatens to derail the peace talks.', 'Rising debt threatened to topple the government.', 'The plan risks alienating voters.'],
      noMatch: ['The union threatened a strike in March.', 'Climbers took risks on the descent.'],
    },
  },
  {
    id: 'speculation-stands-to',
    category: 'speculation',
    name: 'Stands to gain',
    explanation:
      'Forecasts who will win or lose from an event as if it were settled. Ask who made the estimate and what it assumes.',
    check: 'phrase',
    // Gains and losses, not "stands to inherit", which a will can settle.
    patterns: ['[stand|stands|stood|standing] to [gain|lose|benefit|make|earn|profit|win|suffer|reap|pocket|save]'],
    examples: {
      match: ['The deal stands to benefit shareholders of both firms.', 'Farmers stand to lose millions if the ban goes ahead.'],
      noMatch: ['The statue stands to the left of the gate.'],
    },
  },
  {
    id: 'speculation-could-mean',
    category: 'speculation',
    name: 'Could mean',
    explanation:
      'Reads a meaning into events that has not been shown. Ask who draws the conclusion and what else it could mean.',
    check: 'phrase',
    patterns: [`${MODAL} [mean|spell|signal|herald|point to|foreshadow|signify|hint at|explain|help explain|help to explain|account for|help account for]`],
    examples: {
      match: ['The vote could spell the end of the coalition.', 'The move may signal a shift in policy.', 'The results may help explain why some patients recover faster.'],
      noMatch: ['The vote ended the coalition.'],
    },
  },
  {
    id: 'speculation-could-harm',
    category: 'speculation',
    name: 'Could hurt',
    explanation:
      'Warns of an effect that has not happened. Look for the basis of the warning: a model, a precedent, an interested party?',
    check: 'context',
    window: 1,
    // "Nothing could overshadow the wedding": a figure of speech, no forecast.
    rejectBefore: ['nothing'],
    patterns: [
      // Who or what would suffer: "how many jobs could be affected".
      `${MODAL} be [affected|hit|hurt|harmed|impacted|lost|cut|axed|wiped out|at risk|put at risk]`,
      // What might be done to someone or something: "could be forced to resign", "could be called to testify", "could be scrapped".
      '[could|might] [also|even|yet|] be [forced|ordered|compelled|called|summoned|scrapped|cancelled|canceled|shelved|delayed|postponed|blocked|struck down|overturned|derailed|jailed|fined|sued|banned|suspended|sacked|fired|disqualified|stripped|evicted|deported|extradited]',
      // A misuse feared: "an identifier that could be used to link it to a named person", "data
      // that might be exploited by hackers". Not "tickets could be used on any bus": a use to harm.
      '[could|might] [also|even|easily|yet|] be [exploited|abused|misused|weaponised|weaponized|hacked|leaked|used against|used in phishing|used for [phishing|blackmail]|used to [identify|track|trace|link|target|spy on|monitor|profile|manipulate|blackmail|discriminate|deanonymise|deanonymize|re-identify]]',
      `${MODAL} [face|cost|hurt|harm|damage|threaten|undermine|jeopardize|jeopardise|derail|cripple|destabilize|destabilise|worsen|weaken|wipe out|reshape|transform|boost|revolutionize|revolutionise|disrupt|devastate|doom]`,
      // Supplies running out, costs running up: "food stocks could run out within weeks", "the
      // bill could run into the millions".
      `${MODAL} [run out|run dry|run short|run low|dry up|run into [the|] [thousands|millions|billions|hundreds|tens of millions|six figures|seven figures]]`,
      // Lives or jobs at stake: "the longer journey could put lives at risk", "could save tens of
      // thousands of young lives".
      `${MODAL} put [lives|jobs|patients|people|children|mothers|babies|[<word>|<word> <word>] at risk|[<word>|<word> <word>] in danger]`,
      // (Lives and jobs only: "customers could save £200 by switching" is advice.)
      `${MODAL} save [lives|jobs|[<number>|thousands|millions|hundreds|tens of thousands|hundreds of thousands] [of|] [<word>|] [lives|jobs]]`,
      // A shadow or a revival cast on an event or a debate: "the row could overshadow the visit", "could renew debate".
      `${MIGHT} [overshadow|eclipse] [the|a|an|its|his|her|their|this|that|] [<possessive>|] [<word>|] [visit|summit|talks|trip|tour|launch|celebrations|ceremony|event|campaign|conference|election|festival|match|games|tournament|anniversary|wedding|coronation]`,
      `${MIGHT} [renew|reignite|revive|rekindle|reopen] [the|a|an|its|this|that|] [<word>|] [debate|debates|row|rows|dispute|disputes|tensions|fears|calls|questions|concerns]`,
    ],
    examples: {
      match: ['The longer journey could put lives at risk on winter nights.', 'Wide use of the vaccines could save tens of thousands of young lives each year.', 'The company did not say how many jobs could be affected.', 'The stolen details could be used in phishing fraud.', 'Each record carried a device identifier that could be used to link it to a named person.', 'The tariffs could cost thousands of jobs.', 'The scandal may undermine trust in the police.', 'The bank could face a fine of up to $1 billion.', 'If the case goes ahead, the actor could be called to testify.', 'The minister could be forced to resign.', 'Palace insiders fear the row could overshadow the King’s state visit.', 'The shooting could renew debate over a safe-storage bill.', 'Food stocks in the city could run out within weeks.', 'The legal bill could run into the millions.'],
      noMatch: ['Customers could save £200 a year by switching supplier.', 'The tariffs cost thousands of jobs last year.', 'Nothing could overshadow the wedding for the couple.', 'Fans could renew their season tickets until Friday.', 'He was forced to resign in 2019.', 'The launch could be seen from the beach.'],
    },
  },
  {
    id: 'speculation-could-knock-on',
    category: 'speculation',
    name: 'Could push back / could affect',
    explanation:
      'Forecasts a knock-on effect (a release pushed into next year, schools affected, a debut, a task made harder) as if it were on its way. Ask who expects it, and what it rests on.',
    check: 'context',
    // "Could" and "might" only: "may" of these verbs is a permission ("visitors may make their way to the exit").
    patterns: [
      // A date or a figure pushed, however far its direction comes ("the walkout could push the
      // release of the film, currently dated for June, into 2027"); not a thing ("he could push
      // the trolley", "push the start button"). (Pushes with their direction near are speculation-could-push's.)
      // (Not a date: "couples could push the date of their wedding back free of charge" is a permission.)
      `${MIGHT} push [<possessive>|the|its|their] [next|] [release|launch|cost|costs|price|prices|bills|number|total|toll|rate|rates|figure|debt|deficit|opening|vote|decision]`,
      // (Not a count or a bound, which a leaflet gives as often: "side effects could affect up to 1 in 10 people".)
      `${MIGHT} affect [more than|as many as|international|future]`,
      `${MIGHT} close [thousands|hundreds|dozens|as a result|for good|permanently|within]`,
      `${MIGHT} make [his|her] [debut|comeback]`,
      `${MIGHT} make it [harder|easier|far harder|far easier|much harder|much easier|even harder|even easier|more difficult|more expensive|difficult|impossible|cheaper|costlier|tougher]`,
      `${MIGHT} make [<word>|<word> <word>|<word> <word> <word>] think twice`,
    ],
    window: 2,
    // Ability or advice, not a forecast: "you could make it to the final", "nobody could make it
    // easier", "cooks could make it easier by halving the sugar".
    rejectBefore: ['you', 'nobody', 'no one', 'nothing', 'anyone', 'we', 'i', 'few'],
    rejectAfter: ['by'],
    // A release lever, not a release date: "the pilot could push the release lever".
    rejectNext: ['[lever|levers|button|buttons|catch|valve|handle|mechanism|pedal]'],
    examples: {
      match: [
        'Any lengthy delay could push its release, currently dated for May, into 2027.',
        'The walkouts could affect more than 20,000 schools.',
        'He could make his debut against Leeds on Saturday.',
        'The incident could make enterprise customers think twice about the service.',
      ],
      noMatch: [
        'You could leave your bags at the front desk.',
        'Fans could leave the ground without paying.',
        'He could push the trolley onto the platform.',
        'Cooks could make it easier by halving the sugar.',
        'Side effects could affect 1 in 100 patients.',
        'Visitors may leave the park without a ticket.',
        'He pushed the release back a year.',
        'Nobody could make it easier for them.',
      ],
    },
  },
  {
    id: 'speculation-jobs-could-go',
    category: 'speculation',
    name: 'Jobs could go',
    explanation:
      'Forecasts job losses ("up to 40 jobs could go") without saying who counts them or how. Look for the employer’s own figure, a consultation notice or a union’s count.',
    check: 'context',
    patterns: ['[jobs|posts|roles|positions] [could|may|might] [also|yet|] [go|disappear|vanish]'],
    // Jobs going somewhere, or ahead: "jobs could go to local people", "posts could go up on the website".
    rejectNext: ['[to|ahead|through|back|up|on|into|out|abroad|overseas]'],
    examples: {
      match: ['Up to 40 jobs could go, including most of the touring chorus.', 'As many as 1,500 jobs may go.'],
      noMatch: ['Jobs could go to local people first.', 'The posts could go up on the website next week.'],
    },
  },
  {
    id: 'speculation-could-be-sold',
    category: 'speculation',
    name: 'Could be sold / could close',
    explanation:
      'Forecasts the fate of a place or a firm (a library site sold to a developer, a plant shut down, a club taken over) without saying who expects it or on what basis. Such fears are often real but unconfirmed; look for the owner’s own plans.',
    check: 'context',
    patterns: [
      '[could|might|may] [also|even|yet|soon|eventually|] be [sold|sold off|closed|shut|shut down|demolished|knocked down|bulldozed|privatised|privatized|taken over|broken up|mothballed|auctioned|auctioned off|redeveloped|nationalised|nationalized|turned into|converted into]',
    ],
    window: 4,
    // What was allowed, not what is feared: "beer could be sold only until ten", "tickets
    // could be sold at the door in those days", "medicines that may be sold over the counter".
    rejectAfter: ['[only|legally|freely|lawfully|online|without|over the counter|at the door|in those days|in those years|back then|at the time|on sundays|on mondays|on weekdays|at weekends|on weekends|for renovation|for cleaning|for maintenance|for the night|for the day|every|as normal|as usual]'],
    rejectBefore: ['you', 'anyone'],
    examples: {
      match: ['Campaigners fear the park could be sold to a developer.', 'Staff worry that the plant might be shut down next year.', 'The club could be taken over by a Gulf fund.'],
      noMatch: ['Under the old licence, beer could be sold only until ten.', 'In the 1990s tickets could be sold at the door.', 'The store could be closed for renovation on Mondays.', 'The park was sold to a developer in 2019.', 'Medicines that may be sold over the counter are listed below.', 'Eggs from farms outside the zone may be sold as normal.'],
    },
  },
  {
    id: 'speculation-feared-could',
    category: 'speculation',
    name: 'Fear that X could …',
    explanation:
      'A fear or a warning of what could happen, whatever the verb: "insiders fear Arsenal could hijack the move", "analysts warned that a closure could add half a point to inflation". The outcome is someone’s guess; ask whose, and on what evidence.',
    check: 'context',
    patterns: ['[could|might]'],
    // The frame makes the modal a forecast, whatever verb follows; the mark runs on through it.
    window: 5,
    requireBefore: ['[fear|fears|feared|fearing|warn|warns|warned|warning|worry|worries|worried|caution|cautions|cautioned] [that|]'],
    requireAfter: ['<word>'],
    markThroughRequired: true,
    // The modal of another clause: "I was worried, because I could see the smoke", "they feared
    // the worst when they could see him limping"; and an idiom: "nothing could be further from
    // the truth". ("And" and "but" stay allowed: "and observers fear the fighting could spread".)
    rejectBefore: ['[because|when|while|although|though|until|nobody|nothing|no one]'],
    // Not what someone could not do ("she feared she could not cope"), nor a modal perfect, which
    // speculation-modal-perfect reads.
    rejectAfter: ['[not|n’t|never|no|have|hardly|barely|only]'],
    examples: {
      match: [
        'Stamford Bridge insiders fear Arsenal could hijack the move.',
        'Shipping analysts warned that a prolonged closure could add half a percentage point to inflation.',
        'Members warned that easing too early could risk a rebound in inflation expectations.',
      ],
      noMatch: [
        'She feared she could not cope with the new job.',
        'He could hear the sirens from his house.',
        'Residents warned of flooding, and the council could do little.',
        'I was worried, because I could see the smoke from my kitchen.',
        'He was worried about money and could no longer pay rent.',
        'He warns that nothing could be further from the truth.',
      ],
    },
  },
  {
    id: 'speculation-likely',
    category: 'speculation',
    name: 'Likely',
    explanation:
      'A probability without a source or a number. Likely according to whom, and based on what?',
    check: 'context',
    patterns: [
      '[likely|unlikely|most likely|highly likely|highly unlikely]',
      // "More likely" of one thing is a forecast again ("the election is more likely to be
      // delayed than held"), and so is a timed one ("rates are more likely to rise next year").
      '[is|was|seems|looks|appears] [much|far|] [more|less] likely',
      '[more|less] likely to [<word>|be <word>] [next|this|later this] [year|week|month|quarter|season|summer|autumn|fall|winter|spring]',
    ],
    window: 1,
    rejectAfter: ['voters', 'voter'],
    // "An unlikely hero", "the unlikely alliance": surprising, not improbable. Otherwise a
    // comparison of rates ("smokers are more likely to fall ill", "twice as likely") is a
    // finding, not a forecast.
    rejectBefore: ['an', 'the', 'this', 'that', 'their', 'his', 'her', 'its', 'our', 'more', 'less', 'as', 'equally'],
    examples: {
      match: [
        'Yahoo is likely to have a tax bill on the sale.',
        'Prescription inserts will likely cost as much as a used car.',
        'Rates are more likely to rise next year, analysts said.',
        'The election is more likely to be delayed than held on time.',
      ],
      noMatch: ['The likelihood of rain was put at 40 percent by the Met Office.', 'An unlikely alliance of farmers and bankers formed.', 'People who sleep less are more likely to fall ill.', 'Smokers were twice as likely to be admitted to hospital.'],
    },
  },
  {
    id: 'speculation-remains-to-be-seen',
    category: 'speculation',
    name: 'It remains to be seen',
    explanation:
      'Admits the outcome is open, often after a build-up that suggests otherwise. Read the preceding claims as possibilities.',
    check: 'phrase',
    patterns: [
      '[it remains|remains|it remained|that remains|remain] to be seen',
      '[only time will tell|time will tell|too early to say|too early to tell|too soon to say|too soon to tell]',
      '[is|was|remains|remained] anyone’s guess',
    ],
    examples: {
      match: ['Whether that will work remains to be seen.', 'Only time will tell if the reform succeeds.', 'What happens next is anyone’s guess.'],
      noMatch: ['The reform was seen as a success.'],
    },
  },
];
