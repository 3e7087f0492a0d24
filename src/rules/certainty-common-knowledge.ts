/**
 * Appeals to what everyone supposedly knows, and declarations that doubt is impossible:
 * "it is well known", "everyone knows", "there is no doubt", "it is clear that".
 */
import type { Rule } from '../engine/rule';

export const certaintyCommonKnowledge: readonly Rule[] = [
  {
    id: 'certainty-well-known',
    category: 'certainty',
    name: 'It is well known',
    explanation:
      'Claims a fact is common knowledge so it needs no source. Ask known by whom; a fact worth stating is worth sourcing.',
    check: 'phrase',
    patterns: ['[it is|it’s|it was|as is|as is now] [well|common|universally] known', '[common knowledge|well-established fact|established fact|well-documented fact]'],
    examples: {
      match: ['It is well known that the drug has side effects.', 'It is common knowledge that the mayor drinks.'],
      noMatch: ['The drug’s side effects are listed on the label.'],
    },
  },
  {
    id: 'certainty-everyone-knows',
    category: 'certainty',
    name: 'Everyone knows',
    explanation:
      'Rests a claim on universal agreement that nobody has measured. Ask who "everyone" is, and whether anyone disagrees.',
    check: 'context',
    patterns: [
      '[everyone|everybody|we all] [knows|know|knew|agrees|agree|agreed|understands|understood|accepts|accepted|can see|could see]',
      '[anyone|anybody] can see',
      '[nobody|no one] [seriously|really|now|any longer|] [doubts|disputes|denies|questions]',
      '[nobody|no one] [can|could] [seriously|really|honestly|] [doubt|dispute|question]',
    ],
    window: 2,
    // A count of dissent, not a certainty: "not everyone agrees".
    rejectBefore: ['not'],
    // Acquaintance, not agreement: "everyone knew him as Bob", "everybody knows each other".
    rejectAfter: ['[him|her|them|me|us] [as|well|personally|from|by]', 'each other', 'one another'],
    examples: {
      match: ['Everyone knows the election was rigged.', 'Everyone knows her husband lied.', 'Nobody doubts her ability, her coach said.', 'Everyone knows you can’t trust the polls.', '“Everyone knew the numbers were wrong,” one manager said.', 'We all know the system is broken.', 'Nobody can seriously doubt that the scheme failed.', 'No one now disputes that the reform failed.'],
      noMatch: ['Not everyone agrees the reform came too late.', 'Everyone voted in the first round.', 'Everyone knew him as Bob.', 'Everybody knows each other in the village.', 'Everyone knew her well.'],
    },
  },
  {
    id: 'certainty-everyone-in-knows',
    category: 'certainty',
    name: 'Everyone in the industry knew',
    explanation:
      'Rests a claim on what a whole field or place supposedly knows ("everyone in the industry knew what was going on"). Nobody has asked them all; ask who actually knew, and how the writer knows that they did.',
    check: 'context',
    patterns: [
      // A field without its article too: "everybody in football knows how this works".
      '[everyone|everybody] [in|at|on|around] [the|this|that|our|] <word> [knows|knew|understands|understood]',
      // The place said by an adverb: "everybody down here knew", "everyone round here knows".
      '[everyone|everybody] [here|there|down here|up here|out here|round here|around here|locally] [knows|knew|understands|understood]',
    ],
    window: 3,
    // Knowing a fact, told by the clause after it (not "everyone in the village knew him", "knew it").
    requireAfter: ['[what|that|how|why|where|whether|when|who]', '[the|a|an|this|his|her|their|its] [<word>|<word> <word>] [was|were|is|are|had|has|would|could|did]', '[he|she|they|it|there] [was|were|is|are|had|has|would|could|did]'],
    rejectBefore: ['not'],
    // Know-how, not a fact: "everyone in the team knew what to do"; acquaintance: "everyone in
    // Texas knows someone who owns a gun", "knows a family that has lost a job".
    rejectAfter: ['[what|where|when|how|who|whether|which] to', '[someone|somebody]', '[people|a <word>|an <word>] [who|that|whose]'],
    examples: {
      match: ['“Everyone in the industry knew what was going on,” she writes.', 'Everyone in this valley knows the dam has been seeping since the rains.', '“Everybody down here knew that shaft was going to go,” he said.', '“Everybody in football knows how this works,” he said.'],
      noMatch: ['Everyone in the village knew him.', 'Everyone in Paris knew her name.', 'Everybody round here knows everybody else.', '“He was toast. Everyone in the building knew it.”', 'Not everyone in the room knew what had happened.', 'Everyone in the team knew what to do.'],
    },
  },
  {
    id: 'certainty-goes-without-saying',
    category: 'certainty',
    name: 'Goes without saying',
    explanation:
      'Says a point is too obvious to support, which spares it from scrutiny. Ask what would support it.',
    check: 'phrase',
    patterns: ['[it goes without saying|needless to say|it stands to reason|stands to reason|it should come as no surprise|it comes as no surprise|it is no secret|it’s no secret|it is no surprise]'],
    examples: {
      match: ['Needless to say, the plan failed.', 'It stands to reason that prices will rise.'],
      noMatch: ['The plan failed, the audit found.'],
    },
  },
  {
    id: 'certainty-it-is-clear',
    category: 'certainty',
    name: 'It is clear that',
    explanation:
      'Announces a conclusion as obvious rather than arguing it. Look at what evidence comes before it: is it clear, or only asserted?',
    check: 'context',
    patterns: [
      '[it is|it’s|it was|it has become|it became|it becomes|it seems|it now seems|it is now|it’s now|it was now] [quite|abundantly|very|perfectly|crystal|absolutely|increasingly|all too|] clear',
    ],
    window: 1,
    // "It is clear from the documents that ...": the basis is named.
    rejectAfter: ['from'],
    examples: {
      match: ['It’s clear that Apple chose not to compromise.', 'It is abundantly clear that the policy failed.'],
      noMatch: ['It is not clear whether the policy failed.', 'It is clear from the documents that the minister was warned.'],
    },
  },
  {
    id: 'certainty-no-doubt',
    category: 'certainty',
    name: 'No doubt',
    explanation:
      'Rules out doubt by assertion. Ask who doubts it, and what the evidence is.',
    check: 'phrase',
    patterns: [
      '[no doubt|without a doubt|without doubt|without any doubt|beyond doubt|beyond any doubt|beyond all doubt|there is no doubt|there can be no doubt|there’s no doubt|little doubt|no question that|there is no question|without question|beyond question|no two ways about it]',
      // The tag that closes a claim: "we will miss him, no question." Not "took no question from".
      'no question about [it|that]',
      '<word>, no question',
    ],
    examples: {
      match: ['There is no doubt that the fire was set deliberately.', 'She is without question the best player of her generation.', 'He is the heartbeat of this team, no question.'],
      noMatch: ['Doubts remain about the cause of the fire.', 'The minister took no question from reporters.'],
    },
  },
  {
    id: 'certainty-no-denying',
    category: 'certainty',
    name: 'There is no denying',
    explanation:
      'Forbids disagreement instead of answering it. Ask who denies it and why their view is not given.',
    check: 'phrase',
    patterns: [
      '[there is no denying|there’s no denying|no one can deny|nobody can deny|no one could deny|it cannot be denied|it can’t be denied|undeniable|irrefutable|indisputable|unquestionable|incontrovertible|incontestable]',
    ],
    examples: {
      match: ['There is no denying that the economy has slowed.', 'The evidence is undeniable.'],
      noMatch: ['The minister denied that the economy had slowed.'],
    },
  },
  {
    id: 'certainty-the-fact-is',
    category: 'certainty',
    name: 'The fact is',
    explanation:
      'Labels an opinion or a disputed point as fact. Check whether it is a fact with a source, or a judgement in disguise.',
    check: 'phrase',
    patterns: [
      '[the fact is|the fact of the matter is|the simple fact is|the truth is|the simple truth is|the reality is|the plain truth is|make no mistake|let’s be clear|let us be clear|let there be no doubt|it is a fact that|it’s a fact that]',
    ],
    examples: {
      match: ['The fact is, the scheme never worked.', 'Make no mistake: this is a crisis.'],
      noMatch: ['The scheme never worked, according to the audit.'],
    },
  },
  {
    id: 'certainty-the-science-is-settled',
    category: 'certainty',
    name: 'The evidence is clear',
    explanation:
      'Declares the evidence settled without presenting it. Look for the studies or data meant, and whether experts agree.',
    check: 'phrase',
    patterns: [
      '[the science|the evidence|the data|the research|the record|the numbers|the facts] [is|are|speak|speaks] [clear|settled|unambiguous|overwhelming|conclusive|for themselves|for itself]',
    ],
    examples: {
      match: ['The science is settled on this question.', 'The numbers speak for themselves.'],
      noMatch: ['The science is still developing on this question.'],
    },
  },
];
