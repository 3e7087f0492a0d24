/** One section of `npm run bench`. run.ts runs every part in turn. */
export interface BenchPart {
  name: string;
  /** Prints its own figures; resolves to false when a target was missed. */
  run(): Promise<boolean>;
}
