import type { Catalog } from '../../catalog/types.js';
import type { LegalIndex } from '../../graph/legal-index.js';
import { provisionInfo } from '../provision-info.js';
import type { ModelChange } from './model-types.js';
import type { Change } from './plan-types.js';

/** A model change as the plan prints it: names and Vietnamese labels resolved from the catalog. */
export function describeChange(change: ModelChange, catalog: Catalog, legal: LegalIndex): Change {
  if (change.kind === 'amend') {
    const provision = provisionInfo(change.unit, legal);
    const entity =
      change.acceptKind === 'document'
        ? catalog.documents.find((d) => d.id === change.accept)
        : catalog.data_sources.find((s) => s.id === change.accept);
    const name = entity?.name ?? change.accept;
    return {
      kind: 'amend',
      id: change.id,
      provision,
      accept: change.accept,
      accept_kind: change.acceptKind,
      accept_name: name,
      ...(entity?.name_en !== undefined ? { accept_name_en: entity.name_en } : {}),
      label: `Sửa ${provision.label} để chấp nhận ${name}`,
    };
  }
  const source = catalog.data_sources.find((s) => s.id === change.dataSource);
  const province = catalog.provinces.find((p) => p.code === change.province);
  const sourceName = source?.name ?? change.dataSource;
  const provinceName = province?.name ?? change.province;
  return {
    kind: 'connect',
    id: change.id,
    data_source: change.dataSource,
    data_source_name: sourceName,
    ...(source?.name_en !== undefined ? { data_source_name_en: source.name_en } : {}),
    province: change.province,
    province_name: provinceName,
    ...(province?.name_en !== undefined ? { province_name_en: province.name_en } : {}),
    label: `Kết nối ${sourceName} tại ${provinceName}`,
  };
}
