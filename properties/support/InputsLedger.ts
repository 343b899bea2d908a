/**
 * What each assessment's inputs hash stood for in a run (invariant 3: the hash identifies what
 * triage saw): one hash always names the same inputs, and the same inputs always get the same
 * hash. Why both ways: a hash of nothing in particular passes any format check.
 */
export class InputsLedger {
  readonly #inputsOf = new Map<string, string>();
  readonly #hashOf = new Map<string, string>();

  /** Records a pair; returns what it contradicts, or null. */
  conflict(hash: string, inputs: string): string | null {
    const known = this.#inputsOf.get(hash);
    if (known !== undefined && known !== inputs)
      return `inputs hash ${hash} stands for ${known} and for ${inputs}`;
    const earlier = this.#hashOf.get(inputs);
    if (earlier !== undefined && earlier !== hash)
      return `the same inputs ${inputs} were hashed as ${earlier} and as ${hash}`;
    this.#inputsOf.set(hash, inputs);
    this.#hashOf.set(inputs, hash);
    return null;
  }
}
