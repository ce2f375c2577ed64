/**
 * The levels at which a procedure is settled in a province (province, district, commune): a
 * procedure at any of them runs in provinces; one only at the central level ('trung-uong') does not.
 */
export const PROVINCIAL_LEVELS: ReadonlySet<string> = new Set(['tinh', 'huyen', 'xa']);
