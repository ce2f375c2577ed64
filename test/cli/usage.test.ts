import { describe, expect, it } from 'vitest';
import { blockedCommand } from '../../src/cli/commands/blocked.js';
import { countCommand } from '../../src/cli/commands/count.js';
import { explainCommand } from '../../src/cli/commands/explain.js';
import { rankCommand } from '../../src/cli/commands/rank.js';

describe('the usage line of the analysis commands', () => {
  it.each([blockedCommand, explainCommand, countCommand, rankCommand].map((c) => [c.name, c] as const))(
    'tthc %s names every option it accepts',
    (_name, command) => {
      const shown = new Set([...command.usage.matchAll(/(--?[\w-]+)/g)].map((m) => m[1]));
      const missing = command.options.filter((o) => !shown.has(`--${o.name}`) && !(o.short && shown.has(`-${o.short}`)));
      expect(missing.map((o) => o.name)).toEqual([]);
    },
  );
});
