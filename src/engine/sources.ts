/**
 * The sources an article cites, with their mentions merged: "Foreign Minister Sergey
 * Lavrov" and a later "Lavrov" are one person; "the president" and "he" refer back to
 * the person last named with that title (or last named at all). Every lookup is a map
 * lookup, so a long text with many sources stays linear.
 */
import type { Source, SourceKind } from './types';
import type { SourcePhrase } from './attribution';
import type { AttributionLexicon } from './lang/types';

export interface Entry {
  name: string;
  kind: SourceKind;
  title?: string;
  mentions: number;
  sentences: Set<number>;
  /** Lower-case words of the name. */
  words: string[];
}

/** "ofwat's", "ofwat’s": a possessive's ending. */
const POSSESSIVE_END = /['’]s$/;
const SPACE = 32;
/** Lower-case words of a name, without a definite article opening it (`article`: "the"). */
const lowerWords = (s: string, article: RegExp): string[] => s.toLowerCase().replace(article, '').split(/\s+/);
/** Words of a title, without the punctuation of "Col., military spokesman". */
const titleWords = (s: string, article: RegExp): string[] => lowerWords(s.replace(/[.,]+(?=\s|$)/g, ''), article);

/** A definite article opening a name ("the" of "the ministry"), made once per pack, not per article. */
const articleRes = new WeakMap<AttributionLexicon['grammar'], RegExp>();
function articleRe(grammar: AttributionLexicon['grammar']): RegExp {
  let re = articleRes.get(grammar);
  if (!re) articleRes.set(grammar, (re = new RegExp(`^(?:${[...grammar.definiteArticles].join('|')})\\s+`)));
  return re;
}

export class SourceBook {
  private readonly entries: Entry[] = [];
  private readonly byKey = new Map<string, Entry>();
  /** The person last mentioned with this surname. */
  private readonly bySurname = new Map<string, Entry>();
  /** The named source last mentioned with this word in its name or title ("president", "ministry"). */
  private readonly byDescriptor = new Map<string, Entry>();
  private lastPerson: Entry | null = null;
  private lastOther: Entry | null = null;
  /** The work last cited, or the body or person cited through it: what "the authors" refer back to. */
  private lastWork: Entry | null = null;

  /** Single words seen naming a body, before one of its roles: "ofwat" of "Ofwat's chief executive". */
  private readonly bodyNames = new Set<string>();
  private readonly article: RegExp;

  /**
   * `places`: countries and capitals that speak for a government ("Moscow denied");
   * `bodyRoles`: roles only a body has ("chief executive"), which tell a body's name;
   * `grammar`: the pronouns and articles mentions are resolved by.
   */
  constructor(private readonly lex: Pick<AttributionLexicon, 'places' | 'bodyRoles' | 'grammar'>) {
    this.article = articleRe(lex.grammar);
  }

  /** Records a mention and returns the source it refers to (null when it cannot be resolved). */
  mention(p: SourcePhrase, sentence: number): Entry | null {
    const e = this.resolve(p);
    if (!e) return null;
    e.mentions++;
    e.sentences.add(sentence);
    if (e.kind === 'person') this.lastPerson = e;
    else if (e.kind === 'organization' || e.kind === 'document') this.lastOther = e;
    if (e.kind === 'document' || p.work) this.lastWork = e;
    if (e.kind !== 'anonymous' && e.kind !== 'vague') {
      for (const w of e.words) this.byDescriptor.set(w, e);
      if (e.title) for (const w of titleWords(e.title, this.article)) this.byDescriptor.set(w, e);
    }
    if (p.title) this.noteBodyName(p.title);
    if (p.definite || p.kind === 'organization') this.noteBodyName(p.name);
    return e;
  }

  /**
   * Records the word right before a body's role that ends `phrase` ("Ofwat's chief executive",
   * "Arsenal board", the title "Ofwat chief executive"), lower case and without its
   * possessive: a body's name. Only a phrase of two words or more is lowered.
   */
  private noteBodyName(phrase: string): void {
    if (phrase.indexOf(' ') < 0) return;
    const low = phrase.toLowerCase();
    for (const role of this.lex.bodyRoles) {
      const at = low.length - role.length;
      if (at < 2 || low.charCodeAt(at - 1) !== SPACE || !low.endsWith(role)) continue;
      const owner = low.slice(low.lastIndexOf(' ', at - 2) + 1, at - 1);
      this.bodyNames.add(POSSESSIVE_END.test(owner) ? owner.slice(0, -2) : owner);
    }
  }

  private resolve(p: SourcePhrase): Entry | null {
    if (p.kind === 'pronoun') {
      if (this.lex.grammar.personalPronouns.has(p.name)) return this.lastPerson;
      return this.lex.grammar.thingPronouns.has(p.name) ? this.lastOther : null;
    }
    // "the authors wrote": the work last cited (a study, a journal, a report's author), if any;
    // never a body merely named ("The Bank of England said ... The authors said").
    if (p.refersBack) return this.lastWork;
    if (p.definite && p.head) {
      const e = this.byDescriptor.get(p.head);
      if (e) return e;
    }
    const words = lowerWords(p.name, this.article);
    // "Moscow said", "the U.S. said": a country or capital speaking is its government.
    const kind = p.kind === 'person' && !p.title && this.lex.places.has(words.join(' ')) ? 'organization' : p.kind;
    const key = `${kind}:${words.join(' ')}`;
    const known = this.byKey.get(key) ?? this.sameNameOtherKind(kind, words, p);
    if (known) return this.update(known, p);
    if (kind === 'person') {
      const same = this.bySurname.get(words[words.length - 1]!);
      // "Lavrov" after "Sergey Lavrov", or "Sergey Lavrov" after "Lavrov".
      if (same && (words.length === 1 || same.words.length === 1)) {
        if (words.length > same.words.length) {
          same.name = p.name;
          same.words = words;
          this.byKey.set(key, same);
        }
        return this.update(same, p);
      }
    }
    const e: Entry = { name: p.name, kind, mentions: 0, sentences: new Set(), words };
    if (p.title) e.title = p.title;
    this.entries.push(e);
    this.byKey.set(key, e);
    if (kind === 'person') this.bySurname.set(words[words.length - 1]!, e);
    return e;
  }

  /**
   * A name without a title is a person only by default: "The Lancet found" after "a study
   * published in The Lancet" is the journal again. An untitled person and an organisation
   * with the same name are one source, an organisation.
   */
  private sameNameOtherKind(kind: SourceKind, words: string[], p: SourcePhrase): Entry | null {
    const name = words.join(' ');
    if (kind === 'person' && !p.title) return this.byKey.get(`organization:${name}`) ?? null;
    if (kind !== 'organization') return null;
    const person = this.byKey.get(`person:${name}`);
    if (!person || person.title) return null;
    person.kind = 'organization';
    this.byKey.set(`organization:${name}`, person);
    if (this.lastPerson === person) this.lastPerson = null;
    if (this.bySurname.get(words[words.length - 1]!) === person) this.bySurname.delete(words[words.length - 1]!);
    return person;
  }

  private update(e: Entry, p: SourcePhrase): Entry {
    if (p.title && !e.title) e.title = p.title;
    if (e.kind === 'person') this.bySurname.set(e.words[e.words.length - 1]!, e);
    return e;
  }

  list(): Source[] {
    return this.entries.map((e) => {
      // "Ofwat said", and elsewhere "Ofwat's chief executive": a body, not a person. Only a single
      // word never given a title or a first name in the article.
      const kind = e.kind === 'person' && !e.title && e.words.length === 1 && this.bodyNames.has(e.words[0]!) ? 'organization' : e.kind;
      const s: Source = { name: e.name, kind, mentions: e.mentions, sentences: [...e.sentences].sort((a, b) => a - b) };
      if (e.title) s.title = e.title;
      return s;
    });
  }
}
