import type { Command } from '../command.js';
import { blockedCommand } from './blocked.js';
import { countCommand } from './count.js';
import { explainCommand } from './explain.js';
import { rankCommand } from './rank.js';
import { checkCommand } from './check.js';
import { graphCommand } from './graph.js';
import { reportCommand } from './report.js';
import { planCommand } from './plan.js';
import { summaryCommand } from './summary.js';
import { diffCommand } from './diff.js';
import { timelineCommand } from './timeline.js';
import { whatifCommand } from './whatif.js';

/** Every command of `tthc`, in the order `tthc --help` lists them. */
export const commands: Command[] = [checkCommand, summaryCommand, blockedCommand, explainCommand, countCommand, rankCommand, reportCommand, graphCommand, planCommand, whatifCommand, timelineCommand, diffCommand];
