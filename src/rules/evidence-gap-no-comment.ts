/**
 * One side did not answer: "declined to comment", "did not respond to a request for
 * comment", "did not give a direct answer". The story lacks that side's account.
 */
import type { Rule } from '../engine/rule';

const NOT_DONE = '[did not|didn’t|has not|have not|had not|hasn’t|haven’t|hadn’t|does not|doesn’t|never|has yet to|have yet to|had yet to]';

/** "Attempts to reach", "efforts to contact": the reporter trying to get the other side. */
const REACH_ATTEMPT = '[attempts|efforts|repeated attempts|repeated efforts|calls|an attempt|an effort] to [reach|contact|get hold of|speak to]';

/** Who a reporter asks for comment: "the company", "the club’s spokesman", "his lawyers". */
const COMMENTING_PARTY =
  '[company|firm|family|families|spokesperson|spokesman|spokeswoman|spokespeople|ministry|department|office|embassy|lawyer|lawyers|attorney|attorneys|solicitor|solicitors|representative|representatives|agent|publicist|club|campaign|police|government|authorities|council|owner|owners|operator|airline|bank|organisers|organizers|management|board|union|army|military|agency|regulator|party|school|university|hospital|charity|team|officials|executives|developer|landlord|retailer|manufacturer]';

export const evidenceGapNoComment: readonly Rule[] = [
  {
    id: 'evidence-gap-declined-to-comment',
    category: 'evidence-gap',
    name: 'Declined to comment',
    explanation:
      'The party best placed to confirm or deny chose not to. The story carries only one side on this point; silence is neither a confirmation nor a denial.',
    check: 'phrase',
    patterns: [
      '[declined|refused|declines|refuses|declining|refusing] to [comment|elaborate|speculate|discuss|confirm|say|answer|specify|disclose|reveal|identify|name|give details|provide details|be interviewed|give an interview|grant an interview|give interviews|speak|talk|go into detail|release|respond|reply|publish|be drawn|cooperate|co-operate|take questions|answer questions]',
      // Drawn into saying more; not the sports draw ("won't be drawn against Spain", "drawn into the same group").
      '[would not|wouldn’t|will not|won’t|could not|couldn’t] be drawn [on|about|further|when|into discussing|into commenting|into speculation|into speculating|into detail|into details|into the row|into a row|into the debate|into the dispute|into the controversy]',
      '[would not|wouldn’t|will not|won’t|could not|couldn’t] be drawn[.|,]',
      // Neither side of the question answered: "would neither confirm nor deny the report".
      '[neither confirm nor deny|neither confirmed nor denied|neither confirms nor denies|would not confirm or deny|did not confirm or deny|declined to confirm or deny|refused to confirm or deny]',
      '[would not|wouldn’t|did not|didn’t|could not|couldn’t] [immediately|] comment',
      '[has not|hasn’t|have not|haven’t|had not|hadn’t] [yet|publicly|] commented',
      // The negation in the subject: "neither side has commented", "none of the companies has responded".
      // A bare "neither … responded" is also a patient's ("neither had responded to treatment"):
      // it needs "publicly" or what went unanswered.
      '[neither|neither side|neither party|neither company|neither government|neither camp|none of them] [has|have|had] [yet|publicly|officially|] commented',
      '[neither side|neither party|neither company|neither government|neither camp] [has|have|had] [yet|publicly|officially|] responded',
      // "Neither side would confirm it", "neither company would comment".
      // Not a test that "could not confirm" anything: "neither scan could confirm a fracture".
      '[neither side|neither party|neither company|neither firm|neither government|neither camp|neither club|neither man|neither woman|neither family|neither minister|neither player|neither agency|neither bank|neither council|neither of them|none of them|neither of the [companies|clubs|parties|firms|sides|men|women|families|banks|governments|agencies|councils|two]] [would|will] [confirm|comment]',
      '[neither|none of them] [has|have|had] [yet|] [publicly|officially] responded',
      '[neither|none of them] [has|have|had] [yet|] responded to [requests|a request|questions|inquiries|enquiries|emails|messages|calls|the allegations|the claims|the accusations|the report]',
      'no [immediate|further|official|public|] comment',
      // A bare "no response from" is also a team's on the pitch ("no response from Liverpool after
      // they went 2-0 down"): it needs "immediate"/"official", or the request that went unanswered.
      'no [immediate|official|public] [response|reply] from',
      // More than a bare refusal: "declined to give further details".
      '[declined|refused|declines|refuses|declining|refusing] to [give|provide|offer|release|share] [further|more|any|additional|other] [details|information|comment]',
      // Questions passed on to someone else: "a spokesman referred questions to the police".
      '[referred|refers|referring|redirected|redirects|directed|deferred] [questions|inquiries|enquiries|requests|queries|reporters|calls] to',
      // Or an institution that answers reporters, never a side on the pitch: "there was no
      // response from the ministry", "no reply from the company".
      'no [response|reply] from [the|his|her|their|its] [<word>|] [company|ministry|government|police|council|department|agency|firm|embassy|consulate|campaign|spokesman|spokeswoman|spokesperson|office|regulator|authorities|army|military|prosecutors|prosecutor|lawyers|lawyer|attorneys|attorney|family|school|hospital|university|board|owners|developer|landlord|retailer|airline|bank|manufacturer|platform|operator|administration|committee|organisers|organizers|charity|union|trust|watchdog|party|minister|mayor|governor|senator]',
      'no [response|reply] [from <word>|from the <word>|from <word> <word>|from the <word> <word>|] to [a|our|the|repeated|several|] [request|requests|questions|inquiries|enquiries|email|emails|calls|messages|phone calls]',
    ],
    examples: {
      match: ['The ministry declined to comment on the report.', 'The company declined to cooperate with the inquiry.', 'A spokesman would not comment.', 'The army has not commented on the report.', 'The embassy had no immediate comment.', 'The senator’s office declined to respond to questions about the trip.', 'Neither side has commented publicly on the talks.', 'A spokesman refused to be drawn on the matter.', 'The agency would neither confirm nor deny the report.', 'There was no immediate response from the ministry.', 'There was no response from the club to requests for comment.', 'There was no response from the ministry.', 'There has been no reply from the company’s lawyers.', 'Police declined to give further details.', 'The chief executive declined to give an interview.', 'A spokesman referred questions to the police.', 'Neither has publicly responded to the claims.', 'A mediator was contacted, though neither side would confirm it.', 'The spokesman would not be drawn.', 'The minister declined to take questions after the statement.'],
      noMatch: ['The ministry commented on the report in a statement.', 'Both sides have commented on the talks.', 'The artist was drawn to the sea.', 'The response from the ministry was swift.', 'Arsenal won’t be drawn against another English side.', 'England could not be drawn against Spain.', 'The two clubs could not be drawn into the same group.', 'There was no response from Liverpool after they went 2-0 down.', 'There was no response from the home side after the break.', 'There was no response from the crowd when the band came on.', 'The doctor referred him to a specialist.', 'Neither had responded to treatment by Friday.', 'Neither side would concede a goal until the second half.'],
    },
  },
  {
    id: 'evidence-gap-no-response',
    category: 'evidence-gap',
    name: 'Did not respond',
    explanation:
      'The other side has not answered the reporter’s questions. Look for an update, and read the claims against them as not yet answered.',
    check: 'context',
    patterns: [
      `${NOT_DONE} [immediately|yet|] [respond|responded|reply|replied|answer|answered]`,
      `${NOT_DONE} [immediately|yet|] [respond|responded|reply|replied] to [a|an|our|repeated|multiple|several|emailed|written|] [request|requests|questions|inquiries|enquiries|email|emails|message|messages] [for comment|seeking comment|]`,
    ],
    window: 5,
    rejectAfter: [
      'treatment', 'well', 'to the drug', 'antibiotics', 'medication', 'chemotherapy', 'the call of',
      // A patient or a disease not responding: "did not respond to the first round of chemotherapy".
      'to [the|a|an|his|her|their|any|] [first|second|third|initial|standard|usual|last|] [round|rounds|course|courses|dose|doses|drug|drugs|therapy|therapies|medicine|medicines|vaccine|surgery|radiotherapy|chemo|steroids|insulin|stimulus|stimuli|antibiotic]',
    ],
    examples: {
      match: [
        'The company did not respond to a request for comment.',
        'Her lawyer did not immediately reply to questions.',
        'The ministry has yet to respond.',
      ],
      noMatch: ['The tumour did not respond to treatment.', 'She did not respond to the first round of chemotherapy.', 'His cancer did not respond to the usual drugs.'],
    },
  },
  {
    id: 'evidence-gap-calls-not-returned',
    category: 'evidence-gap',
    name: 'Calls not returned',
    explanation:
      'The reporter tried to reach someone and got no answer, so their side is missing. Check for a later response.',
    check: 'phrase',
    patterns: [
      `${NOT_DONE} [immediately|] [return|returned] [a|our|my|his|her|their|repeated|several|multiple|] [call|calls|phone call|phone calls|message|messages|email|emails|request|requests|texts] [for comment|seeking comment|]`,
    ],
    examples: {
      match: [
        'The senator did not return calls on Friday.',
        'The firm has not returned repeated messages.',
        'Her agent did not return requests for comment.',
        'Her people did not return my calls.',
      ],
      noMatch: ['The senator did not return to Washington on Friday.'],
    },
  },
  {
    id: 'evidence-gap-went-unanswered',
    category: 'evidence-gap',
    name: 'Went unanswered',
    explanation:
      'The reporter’s calls or emails got no reply, so one side of the story is missing. Look for an update with that side’s answer.',
    check: 'context',
    patterns: ['[went|go|goes|have gone|has gone|had gone|have so far gone] unanswered'],
    window: 6,
    requireBefore: ['[calls|call|emails|email|messages|message|requests|request|inquiries|enquiries|letters|letter|texts]'],
    examples: {
      match: ['Calls to the ministry went unanswered.', 'Repeated emails to the club have gone unanswered.'],
      noMatch: ['The phone went unanswered for hours, his daughter said.'],
    },
  },
  {
    id: 'evidence-gap-unreachable',
    category: 'evidence-gap',
    name: 'Could not be reached',
    explanation:
      'Someone the story is about could not be asked. Their side is missing; look for it in later reporting.',
    check: 'phrase',
    patterns: [
      '[could not|couldn’t|cannot] be [immediately|] [reached|contacted] [for comment|]',
      '[was not|were not|is not|are not|wasn’t|weren’t|isn’t|aren’t|not] [immediately|] available for comment',
      'unavailable for comment',
      // Kept from the reporter, the passive cousin of "declined to comment": "the senator was
      // not made available for an interview", "no one was made available to answer questions".
      '[was not|were not|is not|are not|wasn’t|weren’t|isn’t|aren’t|has not been|have not been|had not been|hasn’t been|haven’t been|could not be|not] [immediately|] [made available|available] for [an|] [interview|interviews|questions]',
      '[was not|were not|wasn’t|weren’t|has not been|have not been|had not been|hasn’t been|haven’t been|could not be|not] [immediately|] made available [for comment|to [comment|answer questions|reporters|journalists|the press|the media]]',
    ],
    examples: {
      match: [
        'The owner could not be reached for comment.',
        'A spokeswoman was not immediately available for comment.',
        'The driver could not be immediately reached.',
        'Whitcombe was not made available for an interview.',
        'The chief executive was not made available to reporters.',
      ],
      noMatch: ['The owner was reached by phone and answered our questions.', 'The minister was made available for interviews after the speech.', 'The vaccine was not made available to children under five.'],
    },
  },
  {
    id: 'evidence-gap-attempts-to-reach',
    category: 'evidence-gap',
    name: 'Attempts to reach them failed',
    explanation:
      'The reporter tried to get the other side and failed, so the story carries one side only. Look for a later update with their answer.',
    check: 'context',
    // Someone who could comment: not a rescue ("attempts to reach the trapped miners failed")
    // nor a summit. A party word, a person's name or pronoun, or "for comment" says so.
    patterns: [
      `${REACH_ATTEMPT} [him|her|<name>|<possessive> ${COMMENTING_PARTY}|[the|a|an|his|her|their|its] [<word>|] ${COMMENTING_PARTY}]`,
      `${REACH_ATTEMPT} [them|<word>|the <word>|<word> <word>|the <word> <word>] [for comment|for a comment|for a response|for their response|for his response|for her response]`,
      '[attempts|efforts|repeated attempts|repeated efforts|an attempt|an effort] to [obtain comment from|get comment from|seek comment from]',
    ],
    window: 8,
    requireAfter: ['[were|was|have been|has been|had been|proved|proven] [unsuccessful|in vain|fruitless|unanswered]', '[failed|went unanswered]'],
    examples: {
      match: ['Attempts to reach the family were unsuccessful.', 'Efforts to contact the company on Sunday failed.', 'Attempts to reach Mr Okafor for comment were unsuccessful.', 'Repeated attempts to reach the club’s spokesman failed.'],
      noMatch: [
        'Attempts to reach the summit were abandoned in the storm.',
        'Efforts to contact survivors continued through the night.',
        'Repeated attempts to reach the trapped miners have failed.',
        'Efforts to reach survivors in the rubble were unsuccessful.',
        'Attempts to reach the summit failed in bad weather.',
      ],
    },
  },
  {
    id: 'evidence-gap-asked-for-comment',
    category: 'evidence-gap',
    name: 'Asked for comment',
    explanation:
      'A request for comment is still open, so the story carries only one side for now. Check for an update.',
    check: 'context',
    patterns: ['for comment', 'for [a|an] [response|comment|statement|reply]'],
    window: 6,
    requireBefore: ['[asking|asked|ask|asks|reached out|contacted|approached|request|requests|requested|seeking|sought]'],
    examples: {
      match: [
        'Ars is asking Mojang for comment and will update this post.',
        'We have contacted the ministry for comment.',
        'The BBC has approached the ministry for a response.',
      ],
      noMatch: ['The minister was available for comment and explained the decision.', 'The teacher waited for a response from the class.'],
    },
  },
  {
    id: 'evidence-gap-no-answer',
    category: 'evidence-gap',
    name: 'No direct answer',
    explanation:
      'A question was put and not answered. The missing answer is information too; note what was avoided.',
    check: 'phrase',
    patterns: [
      '[did not|didn’t|would not|wouldn’t|could not|couldn’t|failed to|never] [give|provide|offer] [a|an|any|] [direct|clear|straight|specific|full|satisfactory|detailed|] [answer|response|reply|explanation|timeline|timetable|breakdown|estimate|figure|tally|reason|reasons|justification|rationale|date|indication]',
      // A number asked for and refused: "declined to give a figure", "refused to put a number on it",
      // "would not put a price on the deal".
      '[declined|refused|declines|refuses|declining|refusing] to [give|provide|offer|share|disclose|reveal|release] [a|an|any|the|] [precise|exact|specific|firm|detailed|] [figure|figures|number|numbers|estimate|breakdown|tally|total|timeline|timetable|date|price|valuation|cost]',
      '[declined to|refused to|declines to|refuses to|declining to|refusing to|did not|didn’t|would not|wouldn’t|could not|couldn’t|will not|won’t] put [a|any] [precise|exact|firm|] [figure|number|price|date|timescale|timeline|value] on',
      // The allegations left unanswered: "the statement did not address the allegations".
      '[did not|didn’t|does not|doesn’t|would not|wouldn’t|failed to|has not|hasn’t|have not|haven’t] [directly|specifically|publicly|] [address|rebut|engage with] [the|those|these|any of the|his|her|their|its] [allegations|accusations|claims|criticism|criticisms|questions|concerns|charges|complaints|findings]',
      '[dodged|sidestepped|evaded|deflected|ducked|skirted|avoided answering] [the|a|repeated|several|] [question|questions]',
    ],
    examples: {
      match: ['He did not give a direct answer to that question.', 'Natarajan declined to give a figure when an analyst asked for one.', 'The club refused to put a number on the losses.', 'The minister sidestepped the question.', 'The ministry did not provide a breakdown of the dead.', 'Officials did not give a reason for the closure.', 'The statement did not address the allegations.'],
      noMatch: ['He gave a direct answer to that question.', 'She declined to give a speech at the dinner.', 'The ministry provided a breakdown of the dead by age.', 'The statement addressed the allegations point by point.'],
    },
  },
];
