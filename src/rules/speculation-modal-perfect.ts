/**
 * Epistemic modals that offer a possibility as an explanation: "may have", "may be",
 * "may not work". A bare "may" or "could" (permission, ability, "May" the month) is
 * never marked: the modal must come with the verb that makes it a guess.
 */
import type { Rule } from '../engine/rule';

/**
 * Words that make "May" the month: "in May have faded", "since May have been".
 * No modal follows them ("those in may have" is not English). Not "late", "early",
 * "last", "next" or "through" alone: a modal follows those too ("voters who arrived late
 * may have been turned away", "water seeping through may have").
 */
const MONTH_BEFORE = ['in', 'since', 'until', 'till', 'of', 'mid', 'from', 'during', 'throughout'];

/**
 * The same in a window of two words, where a one-word entry must be the word just before
 * the modal: '<word> in' finds "in" only there. Adds the two-word month phrases, "in late
 * May", "since last May", "from March through May".
 */
const MONTH_BEFORE_TWO_WORDS = [
  `<word> [${MONTH_BEFORE.join('|')}]`,
  '[in|since|until|till|of|from|during|by|before|after|throughout] [late|early|mid|last|next]',
  '[january|february|march|april|june|july|august|september|october|november|december] [through|to]',
];

export const speculationModalPerfect: readonly Rule[] = [
  {
    id: 'speculation-may-have',
    category: 'speculation',
    name: 'May have',
    explanation:
      'Offers a possible past event without establishing it. Ask what evidence points to it, and what the other possibilities are.',
    check: 'context',
    // "might have" + verb is left out: in news it is mostly counterfactual ("we might have read
    // of hero cabdrivers"), not a guess about what happened.
    // Not "could not have": emphasis ("could not have come at a worse time"), not a guess.
    patterns: [
      '[may|might|must] [not|well|also|already|never|even|] have',
      'could [well|also|already|even|] have',
      // "We may have underestimated": a speaker's guess about their own past, which "we might
      // have read of heroes" (a counterfactual, kept out by "we" below) is not.
      'we may [not|well|also|] have',
    ],
    window: 1,
    // "You could have heard a pin drop", "we might have read of heroes": figures of speech.
    rejectBefore: ['you', 'we', ...MONTH_BEFORE],
    rejectAfter: [
      // "may have the option", "may have to": possession and obligation; "have been" is the next rule's.
      'a', 'an', 'the', 'to', 'some', 'more', 'any', 'no', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'one', 'two', 'fun', 'time', 'access', 'enough', 'little', 'much', 'many', 'few', 'until', 'up', 'been',
      // Counterfactual expectation or speech ("one might have expected", "it might have said more"), not a guess about the past.
      'expected', 'hoped', 'wanted', 'liked', 'preferred', 'suggested', 'said', 'offered', 'mentioned', 'asked', 'thought', 'imagined',
    ],
    examples: {
      match: [
        'The virus may have spread earlier than thought.',
        'A faulty valve could have caused the crash.',
        'The driver might have fallen asleep at the wheel.',
        'Those who left early may have escaped the worst.',
        'Water seeping through may have weakened the foundations.',
        'It is a combination of factors, and we may have underestimated some of them.',
      ],
      noMatch: [
        'Members may have a guest at the dinner.',
        'We may have to wait until May.',
        'We may have a guest speaker at the dinner.',
        'Once we might have read of hero cabdrivers.',
        'The injury could not have come at a worse time.',
        'You could have heard a pin drop in the room.',
        'Hopes of a rate cut in May have faded.',
      ],
    },
  },
  {
    id: 'speculation-may-have-been',
    category: 'speculation',
    name: 'May have been',
    explanation:
      'Suggests a past state or cause that has not been shown. Look for the evidence, and for who thinks so.',
    check: 'context',
    patterns: ['[may|might|could|must] [not|well|also|already|never|even|] have been'],
    // Two words: room for "in late May" before the modal.
    window: 2,
    rejectBefore: MONTH_BEFORE_TWO_WORDS,
    // "could not have been more pleased" is an idiom of degree; "might have been different
    // with a larger sample" imagines another past, it does not guess at this one.
    rejectAfter: ['more', 'better', 'worse', 'happier', 'prouder', 'easier', 'clearer', 'further', 'different', 'otherwise'],
    examples: {
      match: ['The time needed for such a sale may not have been worth it.', 'The fire might have been started deliberately.', 'Voters who arrived late may have been turned away.', 'Errors in the accounts may have been deliberate.'],
      noMatch: ['We could not have been more pleased.', 'The results might have been different with a larger sample.', 'Had the referee seen it, things could have been otherwise.', 'Prices since May have been stable.', 'Sales in late May have been strong.', 'Prices from March through May have been stable.'],
    },
  },
  {
    id: 'speculation-may-be',
    category: 'speculation',
    name: 'May be',
    explanation:
      'States a possibility, not a finding. Look for whether the article gives a basis for it, or lets it stand as fact.',
    check: 'context',
    patterns: ['[may|might] [well|also|even|not|yet|] be'],
    // Two words: room for where a reader does it ("may be read on the website").
    window: 2,
    // Said to the reader, not about the story: "you may be surprised", "if you are a developer,
    // you may be essential".
    rejectBefore: ['you'],
    // Permission and obligation: "may be able", "may be required"; what readers may do:
    // "tickets may be purchased online", "details may be found on the website".
    rejectAfter: [
      'able', 'allowed', 'permitted', 'required', 'eligible', 'entitled', 'exempt', 'subject', 'asked', 'obliged', 'liable',
      // ("May be sold" as a forecast, "the club may be sold", is speculation-could-be-sold's.)
      'purchased', 'bought', 'sold', 'booked', 'ordered', 'obtained', 'submitted', 'collected', 'downloaded', 'accessed', 'viewed',
      'found', 'reached', 'contacted', 'sent', 'made', 'paid', 'renewed', 'redeemed', 'returned', 'exchanged', 'refilled', 'reused', 'recycled',
      // Where a reader can do it, not when it will happen: "may be read on the agency's website"
      // (not "may be read as an endorsement", "charges may be filed next week").
      '[read|watched|streamed|viewed|completed|lodged|filed] [online|on|at|in full|in person|by post|free]',
    ],
    examples: {
      match: ['The giant tree, which may be 2,000 years old, is under threat.', 'The report might not be accurate.'],
      noMatch: ['Visitors may enter the park at dawn.', 'Drivers may be required to show a permit.', 'Tickets may be purchased online from Monday.', 'Single-use bottles may be refilled with tap water.', 'The full review may be read on the agency’s website.', 'If you write code for a lab, you may be essential to its work.'],
    },
  },
  {
    id: 'speculation-may-lie',
    category: 'speculation',
    name: 'May lie / may remain',
    explanation:
      'Places something where it has not been found, or says it may still be there ("ice that may lie in shadowed craters", "the data already shared may remain with the firms"). A possibility, not a finding: look for the evidence, and for who thinks so.',
    check: 'context',
    // A state that may hold now, as "may be" does, with verbs of being somewhere.
    patterns: ['[may|might|could] [still|also|even|well|yet|] [lie|lurk|exist|remain]'],
    window: 1,
    // Permission: "you may lie down", "tenants may remain in the flat", "donors may remain anonymous".
    rejectBefore: ['you', 'we', 'i', 'tenants', 'residents', 'patients', 'students', 'pupils', 'staff', 'members', 'guests', 'visitors', 'passengers', 'donors', 'employees', 'children', 'players'],
    rejectAfter: ['down', 'open', 'seated', 'silent', 'anonymous', 'in your', 'in their seats', 'on board'],
    examples: {
      match: ['Its instruments will study ice that may lie in permanently shadowed craters near the poles.', 'The data already shared may remain with the advertising firms.', 'Older pipes that might still exist under the street are a risk.'],
      noMatch: ['Tenants may remain in the flat until the end of March.', 'Donors may remain anonymous if they wish.', 'After the injection you may lie down for ten minutes.', 'The ice lies in permanently shadowed craters.'],
    },
  },
  {
    id: 'speculation-may-not',
    category: 'speculation',
    name: 'May not work',
    explanation:
      'Doubts an outcome without showing the evidence for the doubt. Ask what it is based on.',
    check: 'context',
    patterns: ['[may|might] not'],
    window: 1,
    // "You may not enter": prohibition, addressed to people.
    rejectBefore: ['you', 'visitors', 'students', 'users', 'passengers', 'employees', 'members', 'customers', 'applicants', 'one', 'children', 'pupils', 'staff', 'drivers', 'players', 'guests', 'tenants', 'candidates', 'and',
      // People bound by rules of office: "MPs may not claim rent", "trustees may not accept gifts".
      'mps', 'councillors', 'judges', 'directors', 'trustees', 'committee'],
    // Permission: "visitors may not enter", "soldiers may not carry phones".
    rejectAfter: ['have', 'be', 'enter', 'carry', 'bring', 'use', 'leave', 'take', 'wear', 'park', 'smoke', 'drink', 'sell', 'buy', 'photograph', 'film', 'record', 'travel', 'attend', 'vote', 'apply', 'publish', 'disclose', 'share', 'remove', 'exceed', 'operate', 'drive', 'fly', 'fish', 'hunt', 'camp', 'access', 'join', 'stand', 'sit', 'receive', 'keep',
      // Rules of office: "committee members may not trade in the week before".
      'trade', 'invest', 'practise', 'practice', 'lobby', 'bet', 'gamble'],
    // A bare "may not" closing its sentence echoes the clause before it ("we may sign one or
    // two, we may not"): a speaker keeping options open, not a doubt about an outcome.
    requireAfter: ['<word>'],
    examples: {
      match: ['The incidents suggest that the system may not work as well as regulation.', 'The cuts might not last.', 'Analysts warn the ceasefire may not hold beyond the weekend.', 'Shareholders may not accept the offer.'],
      noMatch: ['Visitors may not enter after dark.', 'Pilots may not fly more than nine hours a day.', 'Members of the policy committee may not trade at all in the week before a decision.', 'The manager said: “We may sign a striker, we may not.”', 'They will come back next year, or they might not.'],
    },
  },
  {
    id: 'speculation-may-well',
    category: 'speculation',
    name: 'May well',
    explanation:
      'Raises a possibility while sounding confident about it. Ask what makes it likely, and who thinks so.',
    check: 'phrase',
    patterns: ['[may|might|could] well'],
    examples: {
      match: ['The court may well decide otherwise.', 'The tax could well rise again next year.'],
      noMatch: ['The court may decide in May.'],
    },
  },
];
