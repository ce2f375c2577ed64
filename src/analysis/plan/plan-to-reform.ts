import type { Catalog, ProvisionObject } from '../../catalog/types.js';
import { legalNumberKey } from '../../text/vietnamese.js';
import type { Reform } from '../reform/types.js';
import type { Change } from './plan-types.js';

/**
 * The plan as a reform file: one new legal document (type `other`, in force from `at`,
 * id `plan` or `plan-2`… when taken) whose `amends` are the plan's amendments, and a
 * `connect` entry per connection, from `at`.
 */
export function planToReform(catalog: Catalog, changes: Change[], at: string): Reform {
  const reform: Reform = {};
  const amends = changes.filter((c) => c.kind === 'amend');
  const connects = changes.filter((c) => c.kind === 'connect');
  if (amends.length > 0) {
    const ids = new Set(catalog.legal.map((l) => l.id));
    const numbers = new Set(catalog.legal.map((l) => legalNumberKey(l.number)));
    let n = 1;
    const suffix = () => (n === 1 ? '' : `-${n}`);
    while (ids.has(`plan${suffix()}`) || numbers.has(legalNumberKey(`KH-TTHC${suffix()}`))) n++;
    reform.legal = [
      {
        id: `plan${suffix()}`,
        number: `KH-TTHC${suffix()}`,
        type: 'other',
        title: 'Kế hoạch sửa đổi để gỡ vướng thủ tục hành chính (tthc plan)',
        effective: at,
        amends: amends.map((c) => {
          const provision: ProvisionObject = { legal: c.provision.legal };
          if (c.provision.article !== undefined) provision.article = c.provision.article;
          if (c.provision.clause !== undefined) provision.clause = c.provision.clause;
          if (c.provision.point !== undefined) provision.point = c.provision.point;
          if (c.provision.form !== undefined) provision.form = c.provision.form;
          return { provision, accept: [c.accept] };
        }),
      },
    ];
  }
  if (connects.length > 0) {
    reform.connect = connects.map((c) => ({ data_source: c.data_source, province: c.province, from: at }));
  }
  return reform;
}
