/**
 * The sources an article cites, with their mentions merged: "Foreign Minister Sergey
 * Lavrov" and a later "Lavrov" are one person; "the president" and "he" refer back to
 * the person last named with that title (or last named at all).
 */
import type { Source, SourceKind } from './types';
import type { SourcePhrase } from './attribution';

export interface Entry {
  name: string;
  kind: SourceKind;
  title?: string;
  mentions: number;
  sentences: Set<number>;
  /** Lower-case words of the name, for surname matching. */
  words: string[];
}

const PERSONAL = new Set(['he', 'she']);

export class SourceBook {
  private readonly entries: Entry[] = [];
  private lastPerson: Entry | null = null;
  private lastOther: Entry | null = null;

  /** Records a mention and returns the source it refers to (null when it cannot be resolved). */
  mention(p: SourcePhrase, sentence: number): Entry | null {
    const e = this.resolve(p);
    if (!e) return null;
    e.mentions++;
    e.sentences.add(sentence);
    if (e.kind === 'person') this.lastPerson = e;
    else if (e.kind === 'organization' || e.kind === 'document') this.lastOther = e;
    return e;
  }

  private resolve(p: SourcePhrase): Entry | null {
    if (p.kind === 'pronoun') {
      if (PERSONAL.has(p.name)) return this.lastPerson;
      if (p.name === 'it') return this.lastOther;
      return null;
    }
    if (p.definite && p.head) {
      const head = p.head;
      for (let k = this.entries.length - 1; k >= 0; k--) {
        const e = this.entries[k]!;
        if (e.kind === 'anonymous' || e.kind === 'vague') continue;
        if (e.title?.toLowerCase().split(/\s+/).includes(head) || e.words.includes(head)) return e;
      }
    }
    const kind = p.kind as SourceKind;
    const words = p.name.toLowerCase().replace(/^the\s+/, '').split(/\s+/);
    const key = words.join(' ');
    if (kind === 'person') {
      const last = words[words.length - 1]!;
      for (let k = this.entries.length - 1; k >= 0; k--) {
        const e = this.entries[k]!;
        if (e.kind !== 'person') continue;
        const same = e.words.join(' ') === key;
        const surname = e.words[e.words.length - 1] === last && (words.length === 1 || e.words.length === 1);
        if (same || surname) {
          if (words.length > e.words.length) {
            e.name = p.name;
            e.words = words;
          }
          if (p.title && !e.title) e.title = p.title;
          return e;
        }
      }
    } else {
      const found = this.entries.find((e) => e.kind === kind && e.words.join(' ') === key);
      if (found) return found;
    }
    const e: Entry = { name: p.name, kind, mentions: 0, sentences: new Set(), words };
    if (p.title) e.title = p.title;
    this.entries.push(e);
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
