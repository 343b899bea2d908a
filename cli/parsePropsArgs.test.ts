import { expect, test } from 'vitest';
import { parsePropsArgs, UsageError } from './parsePropsArgs.js';

test('reads every option', () => {
  expect(
    parsePropsArgs([
      '--seed=-12',
      '--path',
      '7:0:2',
      '--runs',
      '50',
      '--time',
      '1.5',
      '--max-steps',
      '40',
      '--property',
      'conv',
      '--variant',
      'v',
      '--shard',
      '2/3',
      '--ci',
    ]),
  ).toEqual({
    seed: -12,
    path: '7:0:2',
    runs: 50,
    time: 1.5,
    maxSteps: 40,
    property: 'conv',
    variant: 'v',
    shard: { index: 2, count: 3 },
    ci: true,
  });
  expect(parsePropsArgs(['--until-coverage', '95%', '--deep'])).toEqual({
    untilCoverage: 95,
    deep: true,
  });
  expect(parsePropsArgs(['--guided', '--runs', '30'])).toEqual({ guided: true, runs: 30 });
  expect(parsePropsArgs(['--replay', 'a.json'])).toEqual({ replay: 'a.json' });
  expect(parsePropsArgs(['--show', 'a.json'])).toEqual({ show: 'a.json' });
  expect(parsePropsArgs(['--help'])).toBe('help');
  expect(parsePropsArgs([])).toEqual({});
});

test.each([
  [['--bogus'], /Unknown option '--bogus'/],
  [['extra'], /positional argument/],
  [['--runs', '0'], /--runs must be a whole number from 1/],
  [['--runs', '1.5'], /--runs must be a whole number/],
  [['--seed', 'x'], /--seed must be a whole number/],
  [['--time', '0'], /--time must be a positive number of seconds/],
  [['--max-steps', '0'], /--max-steps must be a whole number from 1/],
  [['--path', '1:2'], /--path needs the --seed/],
  [['--seed', '1', '--path', 'x'], /--path must look like 12:0:3/],
  [['--until-coverage', '0'], /--until-coverage must be a percentage above 0, at most 100/],
  [['--until-coverage', '101'], /--until-coverage must be a percentage/],
  [['--until-coverage', ''], /--until-coverage must be a percentage/],
  [
    ['--seed', '1', '--path', '3', '--until-coverage', '90'],
    /--path cannot be combined with --until-coverage/,
  ],
  [['--seed', '1', '--path', '3', '--guided'], /--path cannot be combined with --guided/],
  [['--shard', '3/2'], /--shard must look like 2\/4/],
  [['--shard', '0/2'], /--shard must look like/],
  [['--shard', '1-2'], /--shard must look like/],
  [['--ci', '--deep'], /--ci and --deep are two modes/],
  [['--replay', 'a.json', '--seed', '3'], /--replay takes no other option, got --seed/],
  [['--show', 'a.json', '--replay', 'b.json'], /--replay takes no other option, got --show/],
  [['--show', 'a.json', '--runs', '3'], /--show takes no other option, got --runs/],
  [['--runs'], /argument missing/],
])('rejects %j', (argv, message) => {
  expect(() => parsePropsArgs(argv)).toThrow(UsageError);
  expect(() => parsePropsArgs(argv)).toThrow(message);
});
