import type { Onset } from '../scenario.js';

/** Sentences saying how long something has been going on, by typical onset. */
export const DURATIONS: Record<Onset, readonly string[]> = {
  minutes: [
    'It started about {n:5-45} minutes ago',
    'This came on suddenly {~about half an hour ago|just now|a few minutes ago|about 20 minutes ago}',
    'Started {n:10-40} mins ago',
    'It came on out of nowhere {~just now|a little while ago}',
    'It happened just before I started typing this',
    'All of a sudden, maybe {n:10-30} minutes ago',
    'It began while we were {~having dinner|watching TV|in the car|getting ready for bed}',
    'Within the last hour',
    'It started around {~ten|twenty|forty} minutes ago',
  ],
  hours: [
    'It started {n:2-6} hours ago',
    'Since this morning',
    'Since lunchtime',
    "It's been going on since last night",
    'Started earlier today',
    'This has been building over the last few hours',
    'It began when {s} woke up',
    "Since about {n:3-9} o'clock {~this morning|tonight|this evening}",
    'For the last {n:3-8} hours or so',
  ],
  days: [
    'For {n:2-5} days now',
    'Since {~Monday|the weekend|Tuesday|Thursday|Friday}',
    "It's been {~a couple of|a few|three|two} days",
    'Started {~yesterday|the day before yesterday}',
    'On and off for {n:2-4} days',
    'This has been going on since {~yesterday morning|last week}',
    'It began {n:2-4} days ago and is about the same',
    'For about {~48 hours|two days|three days}',
  ],
  weeks: [
    'For {~a couple of|about three|a few} weeks',
    'On and off for {~a month|a few weeks|six weeks}',
    'Since {~last month|the start of the month|Christmas|the summer}',
    "It's been {n:2-6} weeks now",
    'For ages really, at least a month',
    'Over the past few weeks',
    'Since about {n:2-5} weeks ago',
    'It comes and goes and has done for weeks',
  ],
};
