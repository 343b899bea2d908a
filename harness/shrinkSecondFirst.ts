import fc from 'fast-check';

/** What a pair's value remembers: each half as its own arbitrary made it, to shrink it again. */
interface Halves<A, B> {
  first: fc.Value<A>;
  second: fc.Value<B>;
}

const pair = <A, B>(first: fc.Value<A>, second: fc.Value<B>): fc.Value<[A, B]> =>
  new fc.Value<[A, B]>([first.value_, second.value_], { first, second } satisfies Halves<A, B>);

class SecondFirst<A, B> extends fc.Arbitrary<[A, B]> {
  constructor(
    private readonly first: fc.Arbitrary<A>,
    private readonly second: fc.Arbitrary<B>,
  ) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<[A, B]> {
    const first = this.first.generate(mrng, biasFactor);
    return pair(first, this.second.generate(mrng, biasFactor));
  }

  canShrinkWithoutContext(_value: unknown): _value is [A, B] {
    return false;
  }

  shrink(_value: [A, B], context: unknown): fc.Stream<fc.Value<[A, B]>> {
    if (context === undefined) return fc.Stream.nil();
    const { first, second } = context as Halves<A, B>;
    return this.second
      .shrink(second.value_, second.context)
      .map((b) => pair(first, b))
      .join(this.first.shrink(first.value_, first.context).map((a) => pair(a, second)));
  }
}

/**
 * A pair drawn as `fc.tuple(first, second)` draws it (first, then second, from the same
 * random stream: the same values), but shrunk the other way round, second half first. Why:
 * the second half is an addition to the first (a swarm phase after a walk); a counterexample
 * that does not need it loses it before the first half shrinks, and then shrinks as it did
 * without the addition.
 */
export const shrinkSecondFirst = <A, B>(
  first: fc.Arbitrary<A>,
  second: fc.Arbitrary<B>,
): fc.Arbitrary<[A, B]> => new SecondFirst(first, second);
