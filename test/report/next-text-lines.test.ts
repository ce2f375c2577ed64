import { describe, expect, it } from 'vitest';
import { nextTextLines } from '../../src/report/next-commands.js';

const next = [
  { command: 'tthc explain catalog/ 1.001193 --province GL', comment: 'why it is blocked' },
  { command: 'tthc plan catalog/ --province GL', comment: 'the smallest set of changes' },
];

describe('nextTextLines', () => {
  it('aligns the comments after the commands', () => {
    expect(nextTextLines('Next', next)).toEqual([
      '',
      'Next:',
      '  tthc explain catalog/ 1.001193 --province GL  # why it is blocked',
      '  tthc plan catalog/ --province GL              # the smallest set of changes',
    ]);
    expect(nextTextLines('Next', [])).toEqual([]);
  });

  it('keeps that form in a width it fits, and puts each comment above its whole command in one it does not', () => {
    expect(nextTextLines('Next', next, 77)).toEqual(nextTextLines('Next', next));
    expect(nextTextLines('Next', next, 76)).toEqual([
      '',
      'Next:',
      '  # why it is blocked',
      '  tthc explain catalog/ 1.001193 --province GL',
      '  # the smallest set of changes',
      '  tthc plan catalog/ --province GL',
    ]);
    // A command longer than the width stays whole.
    expect(nextTextLines('Next', next, 20)).toContain('  tthc explain catalog/ 1.001193 --province GL');
  });
});
