import { type Distribution, distribution } from './distribution.js';

/** A label's value: what `probe.label(name, value)` counts. */
export type LabelValue = string | number | boolean;

/** How often each value of one label occurred, and in how many runs. */
export interface LabelSummary {
  name: string;
  occurrences: number;
  /** Runs in which the label occurred at least once. */
  runs: number;
  values: Array<{ value: string; count: number; runs: number }>;
}

/** The samples of one measured quantity (e.g. recovery time in ms) over all runs. */
export interface MeasureSummary {
  name: string;
  samples: number;
  total: number;
  distribution: Distribution;
}

/** The labelled statistics of a property run, in the spirit of Hypothesis's statistics. */
export interface StatisticsSummary {
  runs: number;
  stepsPerRun: Distribution;
  labels: LabelSummary[];
  measures: MeasureSummary[];
}

interface Tally {
  count: number;
  runs: number;
}

/** Collects steps per run and the labels a property attaches to its runs. */
export class RunStatistics {
  readonly #labels = new Map<string, { tally: Tally; values: Map<string, Tally> }>();
  /** Labels and `label=value` pairs already counted for the current run. */
  readonly #seen = new Set<string>();
  /** Steps per run as a histogram: traces are short, runs may be millions. */
  readonly #steps = new Map<number, number>();
  readonly #measures = new Map<string, Map<number, number>>();
  #runs = 0;

  beginRun(): void {
    this.#seen.clear();
  }

  /** Counts one occurrence of `name = value` in the current run. */
  label(name: string, value: LabelValue): void {
    let label = this.#labels.get(name);
    if (!label) {
      label = { tally: { count: 0, runs: 0 }, values: new Map() };
      this.#labels.set(name, label);
    }
    const text = String(value);
    let tally = label.values.get(text);
    if (!tally) {
      tally = { count: 0, runs: 0 };
      label.values.set(text, tally);
    }
    this.#bump(label.tally, name);
    this.#bump(tally, `${name}\u0000${text}`);
  }

  /** Records one sample of a measured quantity, kept to 0.1 so the histogram stays small. */
  measure(name: string, value: number): void {
    let histogram = this.#measures.get(name);
    if (!histogram) {
      histogram = new Map();
      this.#measures.set(name, histogram);
    }
    const rounded = Math.round(value * 10) / 10;
    histogram.set(rounded, (histogram.get(rounded) ?? 0) + 1);
  }

  endRun(steps: number): void {
    this.#runs++;
    this.#steps.set(steps, (this.#steps.get(steps) ?? 0) + 1);
  }

  summary(): StatisticsSummary {
    const labels = [...this.#labels]
      .map(([name, { tally, values }]) => ({
        name,
        occurrences: tally.count,
        runs: tally.runs,
        values: [...values]
          .map(([value, t]) => ({ value, count: t.count, runs: t.runs }))
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const measures = [...this.#measures]
      .map(([name, histogram]) => {
        let samples = 0;
        let total = 0;
        for (const [value, count] of histogram) {
          samples += count;
          total += value * count;
        }
        return { name, samples, total, distribution: distribution(histogram) };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    return { runs: this.#runs, stepsPerRun: distribution(this.#steps), labels, measures };
  }

  #bump(tally: Tally, seenKey: string): void {
    tally.count++;
    if (this.#seen.has(seenKey)) return;
    this.#seen.add(seenKey);
    tally.runs++;
  }
}
