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

const PERSONAL = new Set(['he', 'she']);
const lowerWords = (s: string): string[] => s.toLowerCase().replace(/^the\s+/, '').split(/\s+/);
/** Words of a title, without the punctuation of "Col., military spokesman". */
const titleWords = (s: string): string[] => lowerWords(s.replace(/[.,]+(?=\s|$)/g, ''));

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

  /** `places`: countries and capitals that speak for a government ("Moscow denied"). */
  constructor(private readonly lex?: Pick<AttributionLexicon, 'places'>) {}

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
      if (e.title) for (const w of titleWords(e.title)) this.byDescriptor.set(w, e);
    }
    return e;
  }

  private resolve(p: SourcePhrase): Entry | null {
    if (p.kind === 'pronoun') {
      if (PERSONAL.has(p.name)) return this.lastPerson;
      return p.name === 'it' ? this.lastOther : null;
    }
    // "the authors wrote": the work last cited (a study, a journal, a report's author), if any;
    // never a body merely named ("The Bank of England said ... The authors said").
    if (p.refersBack) return this.lastWork;
    if (p.definite && p.head) {
      const e = this.byDescriptor.get(p.head);
      if (e) return e;
    }
    const words = lowerWords(p.name);
    // "Moscow said", "the U.S. said": a country or capital speaking is its government.
    const kind = p.kind === 'person' && !p.title && this.lex?.places.has(words.join(' ')) ? 'organization' : p.kind;
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
      const s: Source = { name: e.name, kind: e.kind, mentions: e.mentions, sentences: [...e.sentences].sort((a, b) => a - b) };
      if (e.title) s.title = e.title;
      return s;
    });
  }
}
