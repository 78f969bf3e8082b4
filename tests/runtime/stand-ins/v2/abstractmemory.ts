/** Stand-in for `abstractmemory` (tests/api/v2/abstractmemory/index.d.ts and core.d.ts). */
import { label, record } from '../recorder.js';

export type MemoryLevel = 'working' | 'episodic' | 'semantic';

export interface MemoryItem {
  content: string;
  level: MemoryLevel;
  createdAt: Date;
}

const defaultIngestion = new Date(Date.UTC(2024, 0, 1));

export class TemporalMemory {
  readonly #label: string;
  readonly #facts: { content: string; ingestionTime: Date }[] = [];

  constructor(options?: { capacity?: number }) {
    this.#label = label('TemporalMemory', this);
    const { capacity, ...unknown } = options ?? {};
    record('TemporalMemory.constructor', this.#label, [{ capacity, ...unknown }]);
  }

  /** A bi-temporal fact: when it happened (eventTime) and when it was recorded (ingestionTime). */
  addFact(subject: string, predicate: string, object: string, eventTime?: Date, ingestionTime?: Date): void {
    record('TemporalMemory.addFact', this.#label, [subject, predicate, object, eventTime, ingestionTime]);
    this.#facts.push({ content: `${subject} ${predicate} ${object}`, ingestionTime: ingestionTime ?? defaultIngestion });
  }

  search(query: string, limit?: number): MemoryItem[] {
    record('TemporalMemory.search', this.#label, [query, limit]);
    const hits = this.#facts
      .filter((fact) => fact.content.toLowerCase().includes(query.toLowerCase()))
      .map((fact): MemoryItem => ({ content: fact.content, level: 'semantic', createdAt: new Date(fact.ingestionTime.getTime()) }));
    return limit === undefined ? hits : hits.slice(0, limit);
  }

  clear(): void {
    record('TemporalMemory.clear', this.#label, []);
    this.#facts.length = 0;
  }
}

export function summarize(items: MemoryItem[]): string {
  record('summarize', undefined, [items]);
  return items.map((item) => item.content).join('; ');
}
