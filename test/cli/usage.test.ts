import { describe, expect, it } from 'vitest';
import { blockedCommand } from '../../src/cli/commands/blocked.js';
import { countCommand } from '../../src/cli/commands/count.js';
import { diffCommand } from '../../src/cli/commands/diff.js';
import { explainCommand } from '../../src/cli/commands/explain.js';
import { planCommand } from '../../src/cli/commands/plan.js';
import { rankCommand } from '../../src/cli/commands/rank.js';
import { timelineCommand } from '../../src/cli/commands/timeline.js';
import { whatifCommand } from '../../src/cli/commands/whatif.js';

describe('the usage line of the analysis and planning commands', () => {
  it.each([blockedCommand, explainCommand, countCommand, rankCommand, planCommand, whatifCommand, timelineCommand, diffCommand].map((c) => [c.name, c] as const))(
    'tthc %s names every option it accepts',
    (_name, command) => {
      const shown = new Set([...command.usage.matchAll(/(--?[\w-]+)/g)].map((m) => m[1]));
      const missing = command.options.filter((o) => !shown.has(`--${o.name}`) && !(o.short && shown.has(`-${o.short}`)));
      expect(missing.map((o) => o.name)).toEqual([]);
    },
  );
});
