import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import type { AnalysisResult, ProcedureResult } from '../../src/analysis/result-types.js';
import { renderBlockedCsv } from '../../src/report/blocked-csv.js';
import { renderBlockedMarkdown } from '../../src/report/blocked-markdown.js';
import { renderBlockedText } from '../../src/report/blocked-text.js';
import { renderExplainText } from '../../src/report/explain-text.js';
import type { Lang } from '../../src/report/labels.js';
import { loadFixture } from '../analysis/helpers/fixture.js';
import { loadReportFixture } from './fixture-analysis.js';

// Giấy V is issued only by cap-z, which needs a procedure the catalog lacks: cap-z cannot be
// decided, so Giấy V is obtainable only if cap-z is, and xin-v is unknown.
const result = analyze(loadReportFixture('lenient-undecided-issuer', true), { at: '2023-01-01', lenient: true });

const textLine = (r: AnalysisResult, code: string, lang: Lang) =>
  renderBlockedText(r, { lang }).split('\n').find((l) => l.startsWith(`${code} `));
const markdownRow = (r: AnalysisResult, code: string, lang: Lang) =>
  renderBlockedMarkdown(r, { lang }).split('\n').find((l) => l.startsWith(`| ${code} |`));
const csvRow = (r: AnalysisResult, code: string, lang: Lang) =>
  renderBlockedCsv(r, { lang }).split('\r\n').find((l) => l.startsWith(`${code},`));

describe('blocked reports of a document obtainable only through a procedure that cannot be decided', () => {
  it('is the case the analysis gives: the requirement unknown, the document obtainable through cap-z, unknown', () => {
    const xinV = result.results.find((r) => r.code === 'xin-v')!;
    expect(xinV.status).toBe('unknown');
    expect(xinV.requirements[0].candidates[0].reason).toMatchObject({ kind: 'obtainable', via: { code: 'cap-z', status: 'unknown' } });
  });

  it('name the state of cap-z in the text table, in English and Vietnamese', () => {
    expect(textLine(result, 'xin-v', 'en')).toMatch(/ Paper V: obtainable through procedure cap-z, which cannot be decided$/);
    expect(textLine(result, 'xin-v', 'vi')).toMatch(/ Giấy V: xin được qua thủ tục cap-z, mà thủ tục này chưa xác định được$/);
  });

  it('name the state of cap-z in the Markdown table, in English and Vietnamese', () => {
    expect(markdownRow(result, 'xin-v', 'en')).toBe('| xin-v | Apply for V | HN |  | Paper V: obtainable through procedure cap-z, which cannot be decided |');
    expect(markdownRow(result, 'xin-v', 'vi')).toBe('| xin-v | Xin V | HN |  | Giấy V: xin được qua thủ tục cap-z, mà thủ tục này chưa xác định được |');
  });

  it('name the state of cap-z in the CSV reason cell only, the columns unchanged, in English and Vietnamese', () => {
    const header = 'code,name,province,level,field,ministry,essential,status,paper,best_form,deadlock,unmet_documents,blocked_needs,basis,reason';
    expect(renderBlockedCsv(result, { lang: 'en' }).split('\r\n')[0]).toBe(header);
    expect(csvRow(result, 'xin-v', 'en')).toBe('xin-v,Xin V,HN,xa,,,false,unknown,false,,false,giay-v,,,"Paper V: obtainable through procedure cap-z, which cannot be decided"');
    expect(csvRow(result, 'xin-v', 'vi')).toBe('xin-v,Xin V,HN,xa,,,false,unknown,false,,false,giay-v,,,"Giấy V: xin được qua thủ tục cap-z, mà thủ tục này chưa xác định được"');
  });

  it('name it for an issuer that is an unresolved reference too', () => {
    const ghost = analyze(loadFixture('lenient-unknown'), { at: '2023-01-01', lenient: true });
    expect(textLine(ghost, 'ghost-obtained', 'en')).toMatch(
      / Giấy được cấp: obtainable through procedure khong-ton-tai \(unresolved reference\), which cannot be decided$/,
    );
    expect(csvRow(ghost, 'ghost-obtained', 'vi')).toMatch(
      /,"Giấy được cấp: xin được qua thủ tục khong-ton-tai \(tham chiếu không tìm thấy\), mà thủ tục này chưa xác định được"$/,
    );
  });

  it('leave cap-z to its own line in tthc explain, as before', () => {
    const tree = renderExplainText(result, 'xin-v', { lang: 'en' });
    expect(tree).toContain('└─ ? Paper V [paper] — the required document; obtainable through procedure cap-z\n      └─ cap-z Issue Z — unknown\n');
  });
});

describe('blocked reports of plain data: a document obtainable through a procedure in any state', () => {
  // The analysis of a catalog writes `obtainable` only through a procedure that is met or
  // unknown; the result's schema allows any state, and a blocked one is said too.
  function withIssuer(status: 'met' | 'blocked' | 'unknown'): AnalysisResult {
    const xinV = structuredClone(result.results.find((r) => r.code === 'xin-v')!) as ProcedureResult;
    const reason = xinV.requirements[0].candidates[0].reason;
    if (reason.kind !== 'obtainable') throw new Error('fixture changed');
    reason.via.status = status;
    xinV.status = 'blocked';
    xinV.requirements[0].status = 'blocked';
    return { ...result, results: [xinV] };
  }

  it('says a blocked issuer is blocked, in every format and both languages', () => {
    const r = withIssuer('blocked');
    expect(textLine(r, 'xin-v', 'en')).toMatch(/ Paper V: obtainable through procedure cap-z, which is blocked$/);
    expect(textLine(r, 'xin-v', 'vi')).toMatch(/ Giấy V: xin được qua thủ tục cap-z, mà thủ tục này bị chặn$/);
    expect(markdownRow(r, 'xin-v', 'en')).toMatch(/ Paper V: obtainable through procedure cap-z, which is blocked \|$/);
    expect(markdownRow(r, 'xin-v', 'vi')).toMatch(/ Giấy V: xin được qua thủ tục cap-z, mà thủ tục này bị chặn \|$/);
    expect(csvRow(r, 'xin-v', 'en')).toMatch(/,"Paper V: obtainable through procedure cap-z, which is blocked"$/);
    expect(csvRow(r, 'xin-v', 'vi')).toMatch(/,"Giấy V: xin được qua thủ tục cap-z, mà thủ tục này bị chặn"$/);
  });

  it('adds nothing for an issuer that is met', () => {
    const r = withIssuer('met');
    expect(textLine(r, 'xin-v', 'en')).toMatch(/ Paper V: obtainable through procedure cap-z$/);
    expect(csvRow(r, 'xin-v', 'vi')).toMatch(/,Giấy V: xin được qua thủ tục cap-z$/);
  });
});
